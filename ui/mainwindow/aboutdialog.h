#pragma once

#include <QDialog>

namespace Confer
{

// Help › About Confer: version, the libraries this build runs on, and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, for tests and for copying into bug reports.
    QString versionReport() const;
};

}
