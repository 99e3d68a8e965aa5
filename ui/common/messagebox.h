#pragma once

#include <QMessageBox>
#include <QStringList>

namespace Confer
{

// Every modal question Confer asks goes through here, so that tests can
// answer it in advance instead of clicking (KeePassXC's MessageBox idea).
// With an answer preset, nothing is shown and that answer is returned.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);

    // A question with buttons of its own wording; returns the chosen button's
    // index, or -1 when the box was closed without a choice. The last button is the escape.
    static int choose(
        QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QStringList &buttons);

    // For tests: the answers the next boxes give, in order.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextChoice(int index);
    static bool hasPresetAnswers();
    // For tests: what the last box said (title, then text), shown or answered in advance.
    static QString lastMessage();

private:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons);
};

}
