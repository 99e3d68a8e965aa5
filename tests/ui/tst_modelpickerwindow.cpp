// The window with its Models section: a picked model changes the open
// conversation's lane in a real SQLite store, or becomes the next conversation's
// default; comparisons count as recently used; Ctrl+K finds the search; Add key…
// asks for Settings › Providers.
#include "chat/welcomeview.h"
#include "mainwindow/mainwindow.h"
#include "pickertesting.h"
#include "settings/settings.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace PickerTesting;

class TestModelPickerWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { unsetProviderKeys(); }
    void init()
    {
        m_env = std::make_unique<Environment>();
        const QString error = m_env->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_env.reset(); }

    void pickingChangesTheOpenConversationsModel();
    void pickingWithoutConversationSetsTheDefault();
    void ctrlKFocusesTheSearchAndAddKeyOpensProviders();
    void firstRunExplainsTheWaysToStart();

private:
    std::unique_ptr<Environment> m_env;
};

void TestModelPickerWindow::pickingChangesTheOpenConversationsModel()
{
    Store::Database database(m_env->dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    Store::Lane lane;
    lane.model = QStringLiteral("openrouter/openai/gpt-4o-mini");
    const auto conversation = store.createConversation({lane});
    QVERIFY(conversation);
    const auto turn = store.appendUserTurn(*conversation, QStringLiteral("Hello"));
    QVERIFY(turn);
    const qint64 laneId = store.lanes(*conversation).constFirst().id;
    QVERIFY(store.beginReply(*turn, laneId));

    MainWindow window(*m_env->settings);
    window.setConversationStore(store);
    window.setProviderServices(*m_env->services);
    window.show();
    QVERIFY(window.modelPicker());
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(window.modelPicker()->model()), 15000);
    window.openConversation(*conversation);
    QSignalSpy changed(&window, &MainWindow::pickedModelChanged);

    window.modelPicker()->focusSearch();
    QTest::keyClicks(window.modelPicker()->searchBox(), QStringLiteral("opus"));
    QTest::keyClick(window.modelPicker()->searchBox(), Qt::Key_Return);
    const QString opus = QStringLiteral("anthropic/claude-opus-4-1-20250805");
    QCOMPARE(changed.size(), 1);
    QCOMPARE(window.pickedModel(), opus);

    // The lane answers with the new model from now on; the reply already written keeps the old one.
    const QList<Store::Lane> lanes = store.lanes(*conversation);
    QCOMPARE(lanes.size(), 1);
    QCOMPARE(lanes.constFirst().model, opus);
    const auto data = store.load(*conversation);
    QVERIFY(data);
    bool sawOldReply = false;
    for (const Store::Message &message : data->messages) {
        if (message.role == Store::MessageRole::Assistant) {
            QCOMPARE(message.model, QStringLiteral("openrouter/openai/gpt-4o-mini"));
            sawOldReply = true;
        }
    }
    QVERIFY(sawOldReply);
    // The next new conversation's default is untouched; the model is recently used.
    QCOMPARE(Settings(*m_env->settings).defaultModels(), QStringList());
    QCOMPARE(window.modelPicker()->model()->recentlyUsed().value(0), opus);
}

void TestModelPickerWindow::pickingWithoutConversationSetsTheDefault()
{
    MainWindow window(*m_env->settings);
    window.setProviderServices(*m_env->services);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(window.modelPicker()->model()), 15000);
    QCOMPARE(window.currentConversationId(), 0);
    QCOMPARE(window.pickedModel(), QString());

    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModelPicker *picker = window.modelPicker();
    clickRow(picker->view(), proxyIndexOf(*picker, QStringLiteral("ollama/qwen3:8b")));
    QCOMPARE(window.pickedModel(), QStringLiteral("ollama/qwen3:8b"));
    QCOMPARE(Settings(*m_env->settings).defaultModels(), QStringList {QStringLiteral("ollama/qwen3:8b")});
    // Recently used is at the top of the list now.
    QCOMPARE(topLevelKinds(picker->filterModel()).constFirst(), QStringLiteral("Recent"));

    // The models of a comparison count as recently used too, first one first.
    QSignalSpy compared(picker, &ModelPicker::comparisonRequested);
    clickRow(
        picker->view(), proxyIndexOf(*picker, QStringLiteral("openrouter/deepseek/deepseek-r1")), Qt::ControlModifier);
    clickRow(picker->view(), proxyIndexOf(*picker, QStringLiteral("anthropic/claude-opus-4-1-20250805")),
        Qt::ControlModifier);
    QTest::keyClick(picker->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(compared.size(), 1);
    QCOMPARE(picker->model()->recentlyUsed().mid(0, 3),
        (QStringList {QStringLiteral("openrouter/deepseek/deepseek-r1"),
            QStringLiteral("anthropic/claude-opus-4-1-20250805"), QStringLiteral("ollama/qwen3:8b")}));
    QCOMPARE(window.pickedModel(), QStringLiteral("ollama/qwen3:8b"));

    // A later window starts from the saved default.
    MainWindow later(*m_env->settings);
    QCOMPARE(later.pickedModel(), QStringLiteral("ollama/qwen3:8b"));
}

void TestModelPickerWindow::ctrlKFocusesTheSearchAndAddKeyOpensProviders()
{
    MainWindow window(*m_env->settings);
    window.setProviderServices(*m_env->services);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(window.modelPicker()->model()), 15000);
    auto *action = window.findChild<QAction *>(QStringLiteral("chooseModelAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QVERIFY(!action->text().isEmpty());
    window.findChild<QAction *>(QStringLiteral("showSidebarAction"))->setChecked(false);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(window.modelPicker()->searchBox()->hasFocus());
    QVERIFY(window.modelPicker()->isVisible());

    QSignalSpy providers(&window, &MainWindow::providerSettingsRequested);
    QTest::keyClicks(window.modelPicker()->searchBox(), QStringLiteral("zzz"));
    QTest::keyClick(window.modelPicker()->searchBox(), Qt::Key_Escape);
    auto *view = window.modelPicker()->view();
    view->setFocus();
    view->setCurrentIndex(proxyProviderIndex(*window.modelPicker(), QStringLiteral("mistral")));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(providers.size(), 1);
    QCOMPARE(providers.constFirst().constFirst().toString(), QStringLiteral("mistral"));
}

void TestModelPickerWindow::firstRunExplainsTheWaysToStart()
{
    // No key anywhere and no local server running.
    qunsetenv("OPENROUTER_API_KEY");
    bool removed = false;
    m_env->keys->remove(QStringLiteral("anthropic"), this, [&removed](const SecretResult &) { removed = true; });
    QTRY_VERIFY(removed);
    ProviderRegistry &registry = m_env->services->registry();
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(m_env->closedPort));
    QVERIFY(!registry.setBaseUrl(QStringLiteral("ollama"), closed));

    MainWindow window(*m_env->settings);
    window.setProviderServices(*m_env->services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomeView *>(QStringLiteral("welcomeView"));
    QVERIFY(welcome);
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(window.modelPicker()->model()), 15000);
    QTRY_VERIFY(welcome->isNothingToTalkTo());
    auto *addKey = welcome->findChild<QPushButton *>(QStringLiteral("addKeyButton"));
    auto *lookAgain = welcome->findChild<QPushButton *>(QStringLiteral("lookAgainButton"));
    QVERIFY(addKey && addKey->isVisible());
    QVERIFY(lookAgain && lookAgain->isVisible());

    QSignalSpy providers(&window, &MainWindow::providerSettingsRequested);
    QTest::mouseClick(addKey, Qt::LeftButton);
    QCOMPARE(providers.size(), 1);

    // A local server comes up: looking again finds it, and the guidance makes way.
    QVERIFY(!registry.setBaseUrl(QStringLiteral("ollama"), m_env->ollama->url()));
    QTest::mouseClick(lookAgain, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->isNothingToTalkTo(), 15000);
    QVERIFY(!addKey->isVisible());
}

QTEST_MAIN(TestModelPickerWindow)
#include "tst_modelpickerwindow.moc"
