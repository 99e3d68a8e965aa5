#include "chat/turnrunner.h"
#include "composer/composer.h"
#include "composer/parameterspopover.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "mainwindow/mainwindow.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "settings/settings.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Confer;
using namespace ConferTest;

class TestComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendNeedsATarget();
    void enterSendsShiftEnterBreaksLine();
    void growsWithTextUpToALimit();
    void sendShortcutFollowsTheSetting_data();
    void sendShortcutFollowsTheSetting();
    void sendShortcutChangesLive();
    void tokenEstimate_data();
    void tokenEstimate();
    void modelChipAsksForThePicker();
    void parametersPopoverSavesToTheStore_data();
    void parametersPopoverSavesToTheStore();
    void parametersPopoverShowsAFailedSave();
    void windowNeedsAModelToSend();
    void windowEstimatesAgainstTheCatalogsContextLength();
    void escStopsARunningSend();
};

namespace
{

QPlainTextEdit *editorOf(const QWidget &composer)
{
    return composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
}

}

void TestComposer::sendNeedsATarget()
{
    Composer composer;
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    auto *send = composer.findChild<QPushButton *>(QStringLiteral("sendButton"));
    composer.setSendAvailable(false, QStringLiteral("Choose a model"));
    editor->setPlainText(QStringLiteral("hello"));
    QVERIFY(!send->isEnabled());
    QCOMPARE(editor->placeholderText(), QStringLiteral("Choose a model"));

    composer.setSendAvailable(true);
    QVERIFY(send->isEnabled());
    editor->setPlainText(QStringLiteral("   \n "));
    QVERIFY(!send->isEnabled()); // nothing but white space
}

void TestComposer::enterSendsShiftEnterBreaksLine()
{
    Composer composer;
    composer.setSendAvailable(true);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    QSignalSpy sent(&composer, &Composer::sendRequested);

    QTest::keyClicks(editor, QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor, QStringLiteral("second"));
    QCOMPARE(sent.count(), 0);
    QCOMPARE(composer.text(), QStringLiteral("first\nsecond"));

    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("first\nsecond"));
}

void TestComposer::growsWithTextUpToALimit()
{
    Composer composer;
    composer.resize(600, 200);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *editor = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    const int empty = editor->height();
    editor->setPlainText(QStringLiteral("1\n2\n3\n4\n5"));
    const int five = editor->height();
    QVERIFY(five > empty);
    editor->setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20"));
    const int twenty = editor->height();
    QVERIFY(twenty > five);
    editor->setPlainText(QString(QStringLiteral("x\n")).repeated(60));
    QCOMPARE(editor->height(), twenty); // capped: the rest scrolls
}

void TestComposer::sendShortcutFollowsTheSetting_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("sends");
    QTest::newRow("enter: Enter sends") << QStringLiteral("enter") << int(Qt::NoModifier) << true;
    QTest::newRow("enter: Shift+Enter adds a line") << QStringLiteral("enter") << int(Qt::ShiftModifier) << false;
    QTest::newRow("enter: keypad Enter sends") << QStringLiteral("enter") << int(Qt::KeypadModifier) << true;
    QTest::newRow("ctrl+enter: Enter adds a line") << QStringLiteral("ctrl+enter") << int(Qt::NoModifier) << false;
    QTest::newRow("ctrl+enter: Shift+Enter adds a line")
        << QStringLiteral("ctrl+enter") << int(Qt::ShiftModifier) << false;
    QTest::newRow("ctrl+enter: Ctrl+Enter sends") << QStringLiteral("ctrl+enter") << int(Qt::ControlModifier) << true;
}

void TestComposer::sendShortcutFollowsTheSetting()
{
    QFETCH(QString, setting);
    QFETCH(int, modifiers);
    QFETCH(bool, sends);
    QTemporaryDir directory;
    QSettings storage(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings preferences(storage);
    preferences.setValue(Settings::Key::SendShortcut, setting);
    Composer composer;
    composer.setPreferences(&preferences);
    composer.setSendAvailable(true);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QSignalSpy sent(&composer, &Composer::sendRequested);

    QTest::keyClicks(editorOf(composer), QStringLiteral("line"));
    const bool keypad = modifiers & Qt::KeypadModifier;
    QTest::keyClick(editorOf(composer), keypad ? Qt::Key_Enter : Qt::Key_Return, Qt::KeyboardModifiers(modifiers));
    QCOMPARE(sent.size(), sends ? 1 : 0);
    QCOMPARE(composer.text(), sends ? QStringLiteral("line") : QStringLiteral("line\n"));
}

void TestComposer::sendShortcutChangesLive()
{
    QTemporaryDir directory;
    QSettings storage(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings preferences(storage);
    Composer composer;
    composer.setPreferences(&preferences);
    composer.setSendAvailable(true);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QPlainTextEdit *editor = editorOf(composer);
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QVERIFY(editor->placeholderText().contains(QStringLiteral("Enter sends")));

    // As the Settings window does it: through the same settings object, while the composer is open.
    preferences.setValue(Settings::Key::SendShortcut, QStringLiteral("ctrl+enter"));
    QVERIFY(editor->placeholderText().contains(QStringLiteral("Ctrl+Enter sends")));
    QTest::keyClicks(editor, QStringLiteral("one"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("two"));
    QCOMPARE(sent.size(), 0);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("one\ntwo"));

    preferences.setValue(Settings::Key::SendShortcut, QStringLiteral("enter"));
    QVERIFY(editor->placeholderText().contains(QStringLiteral("Shift+Enter adds a line")));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(sent.size(), 2);
}

void TestComposer::tokenEstimate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("contextLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << qint64(0) << QStringLiteral("≈ 0 tokens (estimate)");
    QTest::newRow("four characters") << QStringLiteral("abcd") << qint64(0) << QStringLiteral("≈ 1 tokens (estimate)");
    QTest::newRow("rounded up") << QStringLiteral("abcdefghij") << qint64(0) << QStringLiteral("≈ 3 tokens (estimate)");
    QTest::newRow("against the context length") << QString(QLatin1Char('x')).repeated(4000) << qint64(128000)
                                                << QStringLiteral("≈ 1,000 of 128,000 tokens (estimate)");
    QTest::newRow("longer than the context") << QString(QLatin1Char('x')).repeated(40) << qint64(8)
                                             << QStringLiteral("≈ 10 tokens (estimate), more than the model's 8");
}

void TestComposer::tokenEstimate()
{
    QFETCH(QString, text);
    QFETCH(qint64, contextLength);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Composer composer;
    composer.setModels(
        {QStringLiteral("openai/gpt-a")}, contextLength > 0 ? std::optional<qint64>(contextLength) : std::nullopt);
    editorOf(composer)->setPlainText(text);
    auto *estimate = composer.findChild<QLabel *>(QStringLiteral("tokenEstimate"));
    QCOMPARE(estimate->text(), expected);
    QVERIFY(estimate->toolTip().contains(QStringLiteral("estimate")));
}

void TestComposer::modelChipAsksForThePicker()
{
    Composer composer;
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    auto *chip = composer.findChild<QToolButton *>(QStringLiteral("modelChip"));
    composer.setModels({QStringLiteral("anthropic/claude-b")});
    QCOMPARE(chip->text(), QStringLiteral("anthropic/claude-b"));
    composer.setModels({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    QCOMPARE(chip->text(), QStringLiteral("2 models"));
    QVERIFY(chip->toolTip().contains(QStringLiteral("openai/gpt-a")));
    QSignalSpy clicked(&composer, &Composer::modelChipClicked);
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(clicked.size(), 1);
}

void TestComposer::parametersPopoverSavesToTheStore_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("edited");
    QTest::newRow("one model") << 1 << 0;
    QTest::newRow("second of two models") << 2 << 1;
}

void TestComposer::parametersPopoverSavesToTheStore()
{
    QFETCH(int, lanes);
    QFETCH(int, edited);
    QTemporaryDir directory;
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    QList<Store::Lane> seats;
    for (int i = 0; i < lanes; ++i) {
        Store::Lane lane;
        lane.model = QStringLiteral("openai/gpt-%1").arg(i);
        seats.append(lane);
    }
    const qint64 conversation = store.createConversation(seats).value();

    Composer composer;
    auto *button = composer.findChild<QToolButton *>(QStringLiteral("parametersButton"));
    QVERIFY(!button->isEnabled()); // nothing to set without a conversation
    composer.setConversation(&store, conversation);
    QVERIFY(button->isEnabled());
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    QSignalSpy saved(&composer, &Composer::parametersSaved);

    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<ParametersPopover> popover = composer.findChild<ParametersPopover *>();
    QVERIFY(popover);
    QTRY_VERIFY(popover->isVisible());
    auto *lane = popover->findChild<QComboBox *>(QStringLiteral("parametersLane"));
    QCOMPARE(lane->isVisibleTo(popover), lanes > 1);
    lane->setCurrentIndex(edited);
    popover->findChild<QPlainTextEdit *>(QStringLiteral("parametersSystemPrompt"))
        ->setPlainText(QStringLiteral("You are terse."));
    auto *temperature = popover->findChild<QDoubleSpinBox *>(QStringLiteral("parametersTemperature"));
    QVERIFY(!temperature->isEnabled()); // the model's default until asked for
    popover->findChild<QCheckBox *>(QStringLiteral("parametersSetTemperature"))->setChecked(true);
    QVERIFY(temperature->isEnabled());
    temperature->setValue(0.7);
    popover->findChild<QSpinBox *>(QStringLiteral("parametersMaxTokens"))->setValue(500);
    auto *reasoning = popover->findChild<QComboBox *>(QStringLiteral("parametersReasoning"));
    reasoning->setCurrentIndex(reasoning->findData(int(ReasoningEffort::High)));
    if (lanes > 1) {
        // Edits to one model survive switching to another before saving.
        lane->setCurrentIndex(0);
        QCOMPARE(popover->findChild<QSpinBox *>(QStringLiteral("parametersMaxTokens"))->value(), 0);
        popover->findChild<QSpinBox *>(QStringLiteral("parametersMaxTokens"))->setValue(123);
    }
    QTest::mouseClick(popover->findChild<QPushButton *>(QStringLiteral("parametersSave")), Qt::LeftButton);

    QCOMPARE(saved.size(), 1);
    QTRY_VERIFY(!popover); // closed and gone
    const QList<Store::Lane> stored = store.lanes(conversation);
    for (int i = 0; i < lanes; ++i) {
        const Store::Lane &seat = stored.at(i);
        if (i == edited) {
            QCOMPARE(seat.systemPrompt, QStringLiteral("You are terse."));
            QCOMPARE(seat.temperature, std::optional<double>(0.7));
            QCOMPARE(seat.maxOutputTokens, std::optional<int>(500));
            QCOMPARE(seat.reasoning, ReasoningEffort::High);
        } else {
            QVERIFY(seat.systemPrompt.isEmpty());
            QVERIFY(!seat.temperature);
            QCOMPARE(seat.maxOutputTokens, std::optional<int>(123));
            QCOMPARE(seat.reasoning, ReasoningEffort::Default);
        }
    }

    // Opened again, it shows what is stored.
    QTest::mouseClick(button, Qt::LeftButton);
    popover = composer.findChild<ParametersPopover *>();
    QVERIFY(popover);
    popover->findChild<QComboBox *>(QStringLiteral("parametersLane"))->setCurrentIndex(edited);
    QCOMPARE(popover->findChild<QSpinBox *>(QStringLiteral("parametersMaxTokens"))->value(), 500);
    QCOMPARE(popover->findChild<QPlainTextEdit *>(QStringLiteral("parametersSystemPrompt"))->toPlainText(),
        QStringLiteral("You are terse."));
    popover->close();
}

void TestComposer::parametersPopoverShowsAFailedSave()
{
    QTemporaryDir directory;
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    Store::Lane seat;
    seat.model = QStringLiteral("openai/gpt-a");
    const qint64 conversation = store.createConversation({seat}).value();
    ParametersPopover popover(store, conversation);
    QVERIFY(popover.load());
    popover.findChild<QSpinBox *>(QStringLiteral("parametersMaxTokens"))->setValue(64);
    QSignalSpy saved(&popover, &ParametersPopover::saved);

    QSqlQuery query(database.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = 1"))); // writes refused, as on a read-only disk
    QTest::mouseClick(popover.findChild<QPushButton *>(QStringLiteral("parametersSave")), Qt::LeftButton);
    QCOMPARE(saved.size(), 0);
    auto *error = popover.findChild<QLabel *>(QStringLiteral("parametersError"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().startsWith(QStringLiteral("Could not save the parameters")));
    QVERIFY(!store.lanes(conversation).constFirst().maxOutputTokens);

    QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = 0")));
    QTest::mouseClick(popover.findChild<QPushButton *>(QStringLiteral("parametersSave")), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(store.lanes(conversation).constFirst().maxOutputTokens, std::optional<int>(64));
}

void TestComposer::windowNeedsAModelToSend()
{
    QTemporaryDir directory;
    QSettings storage(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings preferences(storage);
    const Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    EnvironmentKeySource keys;
    ProviderServices services(profile, &keys);
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    MainWindow window(storage);
    window.setConversationStore(store);
    window.setProviderServices(services);
    window.setPreferences(preferences);
    QVERIFY(window.turnRunner());
    Composer *composer = window.composer();
    QVERIFY(!composer->isSendAvailable());
    QCOMPARE(editorOf(*composer)->placeholderText(), QStringLiteral("Choose a model to start a conversation"));

    preferences.setValue(Settings::Key::DefaultModels, QStringList {QStringLiteral("openai/gpt-a")});
    QVERIFY(composer->isSendAvailable());
    QCOMPARE(composer->findChild<QToolButton *>(QStringLiteral("modelChip"))->text(), QStringLiteral("openai/gpt-a"));
}

void TestComposer::windowEstimatesAgainstTheCatalogsContextLength()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("OPENROUTER_API_KEY", "sk-or-composer-test");
    LoopbackServer server;
    QVERIFY(server.listen());
    server.enqueue(ScriptedResponse::json(200,
        R"({"data":[{"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,"architecture":{"input_modalities":["text"],"output_modalities":["text"]},"pricing":{"prompt":"0.000003","completion":"0.000015"}}]})"));
    QTemporaryDir directory;
    QSettings storage(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings preferences(storage);
    preferences.setValue(
        Settings::Key::DefaultModels, QStringList {QStringLiteral("openrouter/anthropic/claude-sonnet-4")});
    const Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    EnvironmentKeySource keys;
    ProviderServices services(profile, &keys);
    QVERIFY(!services.registry().setBaseUrl(QStringLiteral("openrouter"), server.url(QStringLiteral("/api/v1"))));
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    MainWindow window(storage);
    window.setConversationStore(store);
    window.setProviderServices(services);
    window.setPreferences(preferences);
    auto *estimate = window.composer()->findChild<QLabel *>(QStringLiteral("tokenEstimate"));
    editorOf(*window.composer())->setPlainText(QString(QLatin1Char('x')).repeated(400));
    QCOMPARE(estimate->text(), QStringLiteral("≈ 100 tokens (estimate)")); // the catalog is not loaded yet

    services.catalog().load(*services.registry().provider(QStringLiteral("openrouter")), true);
    QTRY_COMPARE(estimate->text(), QStringLiteral("≈ 100 of 200,000 tokens (estimate)"));
}

void TestComposer::escStopsARunningSend()
{
    qputenv("OPENAI_API_KEY", "sk-composer-test");
    LoopbackServer server;
    QVERIFY(server.listen());
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Once upon a time"));
    stalled.end = ScriptedResponse::End::Stall;
    server.enqueue(stalled);
    // The Models sidebar lists the provider's models when it is first shown.
    server.setRoute(
        "/models", ScriptedResponse::json(200, R"({"object":"list","data":[{"id":"gpt-a","object":"model"}]})"));

    QTemporaryDir directory;
    QSettings storage(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings preferences(storage);
    preferences.setValue(Settings::Key::DefaultModels, QStringList {QStringLiteral("openai/gpt-a")});
    const Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    EnvironmentKeySource keys;
    ProviderServices services(profile, &keys);
    QVERIFY(!services.registry().setBaseUrl(QStringLiteral("openai"), server.url(QStringLiteral("/v1"))));
    Store::Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);

    MainWindow window(storage);
    window.setConversationStore(store);
    window.setProviderServices(services);
    window.setPreferences(preferences);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Composer *composer = window.composer();
    QPlainTextEdit *editor = editorOf(*composer);
    auto *stop = composer->findChild<QPushButton *>(QStringLiteral("stopButton"));
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!stop->isVisible());
    QSignalSpy text(window.turnRunner(), &TurnRunner::replyText);
    QSignalSpy finished(window.turnRunner(), &TurnRunner::replyFinished);

    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Tell me a story"));
    QTest::keyClick(editor, Qt::Key_Return);
    // No conversation was open: one is started with the default model and opened.
    const qint64 conversation = window.currentConversationId();
    QVERIFY(conversation != 0);
    QCOMPARE(store.lanes(conversation).constFirst().model, QStringLiteral("openai/gpt-a"));
    QVERIFY(composer->text().isEmpty());
    QVERIFY(composer->isRunning());
    QVERIFY(stop->isVisible());
    QVERIFY(!send->isVisible());
    QTRY_COMPARE(text.size(), 1);

    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!composer->isRunning());
    QVERIFY(!stop->isVisible());
    QVERIFY(send->isVisible());
    const auto reply = store.message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply->status, Store::MessageStatus::Cancelled);
    QCOMPARE(reply->content, QStringLiteral("Once upon a time"));
    const auto chatRequests = std::count_if(server.requests().cbegin(), server.requests().cend(),
        [](const RecordedRequest &request) { return request.path.endsWith("/chat/completions"); });
    QCOMPARE(chatRequests, 1);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
