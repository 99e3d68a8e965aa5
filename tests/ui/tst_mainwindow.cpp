#include "core/translations.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "sidebar/sidebarsection.h"
#include "theme/theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using Confer::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hasTheWorkbenchStructure();
    void menusHaveTheirActions_data();
    void menusHaveTheirActions();
    void promisedShortcuts_data();
    void promisedShortcuts();
    void geometryAndSplittersPersist();
    void colorSchemeSwitchesAndPersists();
    void newConversationFocusesComposer();
    void aboutNamesVersionsAndLicences();
    void quitClosesTheWindow();
    void switchesLanguageLive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
}

void TestMainWindow::cleanup()
{
    Confer::Theme::apply(Confer::Theme::ColorScheme::System);
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::hasTheWorkbenchStructure()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *mainSplitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(mainSplitter);
    QCOMPARE(mainSplitter->count(), 2);
    auto *sidebar = window.findChild<QSplitter *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(mainSplitter->widget(0), sidebar);
    QCOMPARE(sidebar->orientation(), Qt::Vertical);

    auto *conversations = window.findChild<Confer::SidebarSection *>(QStringLiteral("conversationsSection"));
    auto *models = window.findChild<Confer::SidebarSection *>(QStringLiteral("modelsSection"));
    QVERIFY(conversations && models);
    QCOMPARE(sidebar->widget(0), conversations);
    QCOMPARE(sidebar->widget(1), models);
    QCOMPARE(conversations->title(), QStringLiteral("Conversations"));
    QCOMPARE(models->title(), QStringLiteral("Models"));
    QVERIFY(conversations->isVisible() && models->isVisible());

    auto *area = window.findChild<QStackedWidget *>(QStringLiteral("conversationArea"));
    auto *composer = window.findChild<QWidget *>(QStringLiteral("composer"));
    QVERIFY(area && composer);
    QVERIFY(area->isVisible() && composer->isVisible());
    // The composer sits under the conversation area.
    QVERIFY(composer->mapTo(&window, QPoint()).y() >= area->mapTo(&window, QPoint(0, area->height())).y());
    QVERIFY(mainSplitter->widget(1)->isAncestorOf(composer));
}

void TestMainWindow::menusHaveTheirActions_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("File") << QStringLiteral("&File")
                          << QStringList {QStringLiteral("&New Conversation"), QStringLiteral("&Export…"),
                                 QStringLiteral("&Quit")};
    QTest::newRow("View") << QStringLiteral("&View")
                          << QStringList {QStringLiteral("Show &Sidebar"), QStringLiteral("&Full Screen"),
                                 QStringLiteral("&Search Conversations"), QStringLiteral("Choose &Model…"),
                                 QStringLiteral("&Leaderboard…")};
    QTest::newRow("Settings") << QStringLiteral("&Settings")
                              << QStringList {QStringLiteral("&Color Scheme"), QStringLiteral("Con&figure Confer…")};
    QTest::newRow("Help") << QStringLiteral("&Help")
                          << QStringList {QStringLiteral("&Keyboard Shortcuts"), QStringLiteral("&About Confer"),
                                 QStringLiteral("About &Qt")};
}

void TestMainWindow::menusHaveTheirActions()
{
    QFETCH(QString, menu);
    QFETCH(QStringList, actions);
    MainWindow window(*m_settings);

    QMenu *found = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == menu) {
            found = action->menu();
        }
    }
    QVERIFY2(found, qPrintable(menu));
    QStringList texts;
    for (QAction *action : found->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    QCOMPARE(texts, actions);
}

// The shortcuts the issue promises, on every platform theme (the offscreen one has no
// standard Preferences or FullScreen keys of its own).
void TestMainWindow::promisedShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("new") << QStringLiteral("newConversationAction") << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("models") << QStringLiteral("chooseModelAction") << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("search") << QStringLiteral("searchConversationsAction") << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("export") << QStringLiteral("exportAction") << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("settings") << QStringLiteral("configureAction") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("full screen") << QStringLiteral("fullScreenAction") << QKeySequence(Qt::Key_F11);
    QTest::newRow("leaderboard") << QStringLiteral("leaderboardAction")
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

void TestMainWindow::promisedShortcuts()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, key);
    MainWindow window(*m_settings);
    auto *found = window.findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(found->shortcuts().contains(key), qPrintable(found->shortcut().toString()));
}

void TestMainWindow::geometryAndSplittersPersist()
{
    const QRect geometry(40, 50, 700, 500);
    QList<int> sidebarSizes;
    {
        MainWindow window(*m_settings);
        window.setGeometry(geometry);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *mainSplitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        mainSplitter->setSizes({230, 470});
        auto *sidebar = window.findChild<QSplitter *>(QStringLiteral("sidebar"));
        sidebar->setSizes({300, 150});
        sidebarSizes = sidebar->sizes();
        window.close();
    }
    // A new window on the same settings — what the next run of Confer sees.
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.geometry(), geometry);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), 230);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("sidebar"))->sizes(), sidebarSizes);
}

void TestMainWindow::colorSchemeSwitchesAndPersists()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *dark = window.findChild<QAction *>(QStringLiteral("colorScheme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("colorScheme-light"));
    auto *system = window.findChild<QAction *>(QStringLiteral("colorScheme-system"));
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked());

    dark->trigger();
    QVERIFY(Confer::Theme::isDark());
    QVERIFY(dark->isChecked());
    QCOMPARE(m_settings->value(QStringLiteral("appearance/colorScheme")).toString(), QStringLiteral("dark"));
    QTRY_COMPARE(window.palette().color(QPalette::Window), Confer::Theme::darkPalette().color(QPalette::Window));

    light->trigger();
    QVERIFY(!Confer::Theme::isDark());
    QCOMPARE(m_settings->value(QStringLiteral("appearance/colorScheme")).toString(), QStringLiteral("light"));

    // The next window starts with the remembered choice checked.
    dark->trigger();
    MainWindow second(*m_settings);
    QVERIFY(second.findChild<QAction *>(QStringLiteral("colorScheme-dark"))->isChecked());
}

void TestMainWindow::newConversationFocusesComposer()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *editor = window.findChild<QWidget *>(QStringLiteral("composerEditor"));
    QVERIFY(editor);
    window.findChild<QAction *>(QStringLiteral("newConversationAction"))->trigger();
    QTRY_VERIFY(editor->hasFocus());
}

void TestMainWindow::aboutNamesVersionsAndLicences()
{
    Confer::AboutDialog dialog;
    const QString report = dialog.versionReport();
    QVERIFY(report.startsWith(QLatin1String("Confer 0.1.0\n")));
    QVERIFY(report.contains(QLatin1String("Qt ") + QLatin1String(qVersion())));
    QVERIFY(report.contains(QLatin1String("KSyntaxHighlighting 6.")));
    QVERIFY(report.contains(QLatin1String("QtKeychain 0.")));
    const QString licences = dialog.findChild<QLabel *>(QStringLiteral("aboutLicences"))->text();
    QVERIFY(licences.contains(QLatin1String("GNU General Public License")));
    QVERIFY(licences.contains(QLatin1String("LGPL")));
    QVERIFY(licences.contains(QLatin1String("MIT")));
    QVERIFY(licences.contains(QLatin1String("BSD")));
}

void TestMainWindow::quitClosesTheWindow()
{
    MainWindow window(*m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("quitAction"))->trigger();
    QVERIFY(!window.isVisible());
    QVERIFY(m_settings->contains(QStringLiteral("window/geometry")));
}

void TestMainWindow::switchesLanguageLive()
{
    MainWindow window(*m_settings);
    const auto fileMenuTitle = [&window] { return window.menuBar()->actions().constFirst()->text(); };
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));

    QVERIFY(Confer::Translations::install(QLocale(QStringLiteral("de_DE"))).startsWith(QLatin1String("de")));
    QTRY_COMPARE(fileMenuTitle(), QStringLiteral("&Datei"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("exportAction"))->text(), QStringLiteral("&Exportieren …"));
    QCOMPARE(window.findChild<Confer::SidebarSection *>(QStringLiteral("modelsSection"))->title(),
        QStringLiteral("Modelle"));

    Confer::Translations::install(QLocale(QStringLiteral("en_US")));
    QTRY_COMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
