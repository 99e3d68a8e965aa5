#pragma once

#include <QString>

class QWidget;

namespace Confer
{

// Every file dialog Confer shows goes through here, so that tests can give
// the answer in advance. With an answer preset, no dialog is shown.
class FileDialog
{
public:
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &directory = {}, const QString &filter = {});
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &directory = {});

    // For tests: the next dialog answers with this path (an empty one means "cancelled").
    static void setNextFileName(const QString &path);
};

}
