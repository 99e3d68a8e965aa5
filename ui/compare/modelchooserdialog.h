#pragma once

#include <QDialog>

class QSettings;

namespace Confer
{

class ModelPicker;
class ProviderServices;

// The Models list in a dialog, for picking one model for a lane (Add lane,
// Change model…). Tests answer it in advance with setNextModel().
class ModelChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ModelChooserDialog(ProviderServices &services, QSettings &settings, QWidget *parent = nullptr);

    QString chosenModel() const { return m_chosen; }

    // Shows the dialog (or takes the preset answer); empty when cancelled.
    static QString choose(ProviderServices &services, QSettings &settings, QWidget *parent, const QString &title);
    // For tests: the model the next choose() returns without showing anything.
    static void setNextModel(const QString &model);

private:
    ModelPicker *m_picker;
    QString m_chosen;
};

}
