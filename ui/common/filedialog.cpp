#include "common/filedialog.h"

#include <QFileDialog>
#include <QQueue>

namespace Confer
{

namespace
{
QQueue<QString> &presetAnswers()
{
    static QQueue<QString> answers;
    return answers;
}
}

QString FileDialog::openFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (!presetAnswers().isEmpty()) {
        return presetAnswers().dequeue();
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::saveFileName(
    QWidget *parent, const QString &caption, const QString &directory, const QString &filter)
{
    if (!presetAnswers().isEmpty()) {
        return presetAnswers().dequeue();
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &directory)
{
    if (!presetAnswers().isEmpty()) {
        return presetAnswers().dequeue();
    }
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialog::setNextFileName(const QString &path)
{
    presetAnswers().enqueue(path);
}

}
