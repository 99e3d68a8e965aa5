#pragma once

#include <QDialog>

class QTreeWidget;

namespace Confer
{

// Help › Keyboard Shortcuts: every action of a window that has a shortcut,
// grouped by the menu that holds it. Read from the window's actions when the
// dialog opens, so the list is always what the keys actually do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // Re-reads the window's actions (their texts and shortcuts may change).
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    QTreeWidget *m_view;
};

}
