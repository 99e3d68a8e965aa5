// Help › Keyboard Shortcuts lists every shortcut of the window's actions, read
// from the actions themselves: a new or changed shortcut shows up by itself.
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Confer;

namespace
{

struct Row {
    QString text;
    QString shortcut;
    QString group;
};

// The dialog's rows by action object name, with the group header above each.
QHash<QString, Row> rowsOf(ShortcutsDialog *dialog)
{
    QHash<QString, Row> rows;
    auto *view = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsView"));
    if (!view) {
        return rows;
    }
    QString group;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view->topLevelItem(i);
        const QString name = item->data(0, Qt::UserRole).toString();
        if (name.isEmpty() && item->text(1).isEmpty()) {
            group = item->text(0);
        } else {
            rows.insert(name, {item->text(0), item->text(1), group});
        }
    }
    return rows;
}

QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

}

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryShortcutOfTheWindow();
    void expectedShortcuts_data();
    void expectedShortcuts();
    void followsTheActions();
    void opensFromTheKeyboard();

private:
    ShortcutsDialog *openDialog(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestShortcutsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
}

void TestShortcutsDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

ShortcutsDialog *TestShortcutsDialog::openDialog(MainWindow &window)
{
    QAction *open = action(window, "keyboardShortcutsAction");
    if (!open) {
        return nullptr;
    }
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestShortcutsDialog::listsEveryShortcutOfTheWindow()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ShortcutsDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    const QHash<QString, Row> rows = rowsOf(dialog);

    int withShortcut = 0;
    for (QAction *each : window.findChildren<QAction *>()) {
        if (each->shortcuts().isEmpty()) {
            continue;
        }
        ++withShortcut;
        QVERIFY2(rows.contains(each->objectName()), qPrintable(each->objectName()));
        QCOMPARE(rows.value(each->objectName()).shortcut,
            QKeySequence::listToString(each->shortcuts(), QKeySequence::NativeText));
    }
    QVERIFY(withShortcut >= 5);
    QCOMPARE(rows.size(), withShortcut);

    // Opening it again brings the same dialog forward.
    QVERIFY(openDialog(window) == dialog);
    QCOMPARE(window.findChildren<ShortcutsDialog *>().size(), 1);
}

// F11, then whatever the platform theme adds.
QList<QKeySequence> fullScreenKeys()
{
    QList<QKeySequence> keys {Qt::Key_F11};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!keys.contains(key)) {
            keys.append(key);
        }
    }
    return keys;
}

void TestShortcutsDialog::expectedShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QKeySequence>>("keys");
    QTest::addColumn<QString>("group");
    QTest::newRow("new conversation") << QStringLiteral("newConversationAction") << QStringLiteral("New Conversation")
                                      << QKeySequence::keyBindings(QKeySequence::New) << QStringLiteral("File");
    QTest::newRow("export") << QStringLiteral("exportAction") << QStringLiteral("Export")
                            << QList<QKeySequence> {Qt::CTRL | Qt::Key_E} << QStringLiteral("File");
    QTest::newRow("full screen") << QStringLiteral("fullScreenAction") << QStringLiteral("Full Screen")
                                 << fullScreenKeys() << QStringLiteral("View");
    QTest::newRow("sidebar") << QStringLiteral("showSidebarAction") << QStringLiteral("Show Sidebar")
                             << QList<QKeySequence> {Qt::Key_F9} << QStringLiteral("View");
    QTest::newRow("this list") << QStringLiteral("keyboardShortcutsAction") << QStringLiteral("Keyboard Shortcuts")
                               << QList<QKeySequence> {Qt::CTRL | Qt::Key_Slash} << QStringLiteral("Help");
}

void TestShortcutsDialog::expectedShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QList<QKeySequence>, keys);
    QFETCH(QString, group);
    MainWindow window(*m_settings);
    ShortcutsDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    const Row row = rowsOf(dialog).value(action);
    QCOMPARE(row.text, text);
    QCOMPARE(row.shortcut, QKeySequence::listToString(keys, QKeySequence::NativeText));
    QCOMPARE(row.group, group);
}

void TestShortcutsDialog::followsTheActions()
{
    MainWindow window(*m_settings);
    // A part of the window adds an action with a shortcut, outside any menu…
    auto *search = new QAction(QStringLiteral("&Search History…"), &window);
    search->setObjectName(QStringLiteral("searchTestAction"));
    search->setShortcut(QKeySequence::Find);
    window.addAction(search);
    // …another one in a menu, and an existing shortcut changes.
    QMenu *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QAction *zoom = view->addAction(QStringLiteral("&Zoom In"));
    zoom->setObjectName(QStringLiteral("zoomTestAction"));
    zoom->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    action(window, "showSidebarAction")->setShortcut(Qt::CTRL | Qt::Key_B);

    ShortcutsDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    QHash<QString, Row> rows = rowsOf(dialog);
    QCOMPARE(rows.value(QStringLiteral("searchTestAction")).text, QStringLiteral("Search History"));
    QCOMPARE(rows.value(QStringLiteral("searchTestAction")).shortcut,
        QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(rows.value(QStringLiteral("searchTestAction")).group, QStringLiteral("Other"));
    QCOMPARE(rows.value(QStringLiteral("zoomTestAction")).group, QStringLiteral("View"));
    QVERIFY(rows.value(QStringLiteral("zoomTestAction")).shortcut.contains(QStringLiteral("; ")));
    QCOMPARE(rows.value(QStringLiteral("showSidebarAction")).shortcut,
        QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText));

    // Removing a shortcut removes its row the next time the list is shown.
    search->setShortcut(QKeySequence());
    QVERIFY(openDialog(window) == dialog);
    rows = rowsOf(dialog);
    QVERIFY(!rows.contains(QStringLiteral("searchTestAction")));
    QVERIFY(rows.contains(QStringLiteral("zoomTestAction")));
}

void TestShortcutsDialog::opensFromTheKeyboard()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<ShortcutsDialog *>());
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<ShortcutsDialog *>() && window.findChild<ShortcutsDialog *>()->isVisible());
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
