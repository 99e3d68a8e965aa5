#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Confer
{

namespace
{

// "Con&figure Confer…" → "Configure Confer": mnemonics and the ellipsis are
// for menus, not for a list of commands.
QString plainText(QString text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size()) {
            ++i;
        }
        out += text[i];
    }
    if (out.endsWith(QChar(0x2026))) {
        out.chop(1);
    } else if (out.endsWith(QLatin1String("..."))) {
        out.chop(3);
    }
    return out.trimmed();
}

QString shortcutText(const QAction *action)
{
    // "; " as Qt writes lists, since "Ctrl+," itself ends in a comma.
    return QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText);
}

struct Group {
    QString title;
    QList<QAction *> actions;
};

// Menus in menu bar order, each with its actions (submenus after them).
void collectMenu(QMenu *menu, const QString &prefix, QList<Group> &groups, QSet<QAction *> &seen)
{
    const QString title
        = prefix.isEmpty() ? plainText(menu->title()) : prefix + QStringLiteral(" › ") + plainText(menu->title());
    Group group {title, {}};
    QList<QMenu *> submenus;
    for (QAction *action : menu->actions()) {
        if (QMenu *submenu = action->menu()) {
            submenus << submenu;
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty()) {
            group.actions << action;
        }
    }
    if (!group.actions.isEmpty()) {
        groups << group;
    }
    for (QMenu *submenu : submenus) {
        collectMenu(submenu, title, groups, seen);
    }
}

}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setColumnCount(2);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(460, 420);
    retranslate();
}

void ShortcutsDialog::reload()
{
    m_view->clear();
    QList<Group> groups;
    QSet<QAction *> seen;
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window)) {
        for (QAction *action : mainWindow->menuBar()->actions()) {
            if (QMenu *menu = action->menu()) {
                collectMenu(menu, QString(), groups, seen);
            }
        }
    }
    // Shortcuts of actions outside the menus (added to the window or to its parts).
    Group others {tr("Other"), {}};
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->menu()) {
            others.actions << action;
        }
    }
    for (QAction *action : m_window->actions()) {
        if (!seen.contains(action) && !others.actions.contains(action) && !action->shortcuts().isEmpty()) {
            others.actions << action;
        }
    }
    if (!others.actions.isEmpty()) {
        groups << others;
    }

    QFont groupFont = m_view->font();
    groupFont.setBold(true);
    for (const Group &group : std::as_const(groups)) {
        auto *header = new QTreeWidgetItem(m_view, {group.title});
        header->setFirstColumnSpanned(true);
        header->setFont(0, groupFont);
        header->setFlags(Qt::ItemIsEnabled);
        for (const QAction *action : group.actions) {
            auto *item = new QTreeWidgetItem(m_view, {plainText(action->text()), shortcutText(action)});
            item->setData(0, Qt::UserRole, action->objectName());
            item->setToolTip(0, action->toolTip());
        }
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_view->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    reload();
}

}
