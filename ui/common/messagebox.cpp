#include "common/messagebox.h"

#include <QPushButton>
#include <QQueue>

namespace Confer
{

namespace
{
struct Preset {
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<int> choices;
    QString lastMessage;
};

Preset &preset()
{
    static Preset instance;
    return instance;
}
}

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons)
{
    preset().lastMessage = title + QLatin1Char('\n') + text;
    if (!preset().answers.isEmpty()) {
        return preset().answers.dequeue();
    }
    QMessageBox box(icon, title, text, buttons, parent);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::information(
    QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons)
{
    return ask(parent, QMessageBox::Information, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::question(
    QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons)
{
    return ask(parent, QMessageBox::Question, title, text, buttons);
}

int MessageBox::choose(
    QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QStringList &buttons)
{
    preset().lastMessage = title + QLatin1Char('\n') + text;
    if (!preset().choices.isEmpty()) {
        return preset().choices.dequeue();
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> added;
    for (const QString &label : buttons) {
        added << box.addButton(label, QMessageBox::AcceptRole);
    }
    if (!added.isEmpty()) {
        box.setDefaultButton(added.first());
        box.setEscapeButton(added.last());
    }
    box.exec();
    return int(added.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    preset().answers.enqueue(answer);
}

void MessageBox::setNextChoice(int index)
{
    preset().choices.enqueue(index);
}

bool MessageBox::hasPresetAnswers()
{
    return !preset().answers.isEmpty() || !preset().choices.isEmpty();
}

QString MessageBox::lastMessage()
{
    return preset().lastMessage;
}

}
