// TurnRunner against real loopback servers speaking the OpenAI and Anthropic
// stream formats, writing into a real SQLite file: lanes, history per lane,
// shared context, stop, branches, retry, model changes and typed errors.

#include "chat/turnrunner.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

namespace
{

// The conversation a request carries, one "role: text" per message (the system prompt left out).
QStringList conversationOf(const RecordedRequest &request)
{
    QStringList lines;
    const QJsonArray messages = request.json().value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (role != QLatin1String("system")) {
            lines.append(role + QStringLiteral(": ") + message.value(QLatin1String("content")).toString());
        }
    }
    return lines;
}

}

class TestTurnRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendsToEveryLane_data();
    void sendsToEveryLane();
    void secondTurnSendsEachLanesHistory();
    void sharedModeContinuesFromTheChosenReply();
    void laneParametersReachTheRequest();
    void stopKeepsThePartialText();
    void reasoningIsStored_data();
    void reasoningIsStored();
    void droppedConnectionIsInterrupted();
    void quittingMidAnswerKeepsIt();
    void regenerateMakesABranch_data();
    void regenerateMakesABranch();
    void editAndResendMakesABranch();
    void retryOfAFailedReply();
    void modelChangedBetweenTurns_data();
    void modelChangedBetweenTurns();
    void httpErrorsAreStoredTyped_data();
    void httpErrorsAreStoredTyped();
    void queuedRepliesAreReported();
    void failedWritesAreReportedAndRetried();
    void unknownProviderIsRefused();
    void sendsToChosenLanesOnly();
    void sendToLanesIsRefused_data();
    void sendToLanesIsRefused();
    void retryFailedAsksFailedLanesAgain_data();
    void retryFailedAsksFailedLanesAgain();
    void retryFailedLooksAtTheLastTurnOnly();
    void deltasOfOneReadAreJoined_data();
    void deltasOfOneReadAreJoined();

private:
    TurnRunner &runner() { return *m_runner; }
    ConversationStore &store() { return *m_store; }
    LoopbackServer &serverFor(const QString &model)
    {
        return model.startsWith(QLatin1String("anthropic/")) ? *m_anthropic : *m_openai;
    }
    // Waits until every reply started so far is finished.
    bool waitForReplies(QSignalSpy &started, QSignalSpy &finished);
    qint64 start(const QStringList &models);
    QList<Message> repliesOf(qint64 conversationId);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<LoopbackServer> m_openai;
    std::unique_ptr<LoopbackServer> m_anthropic;
    std::unique_ptr<EnvironmentKeySource> m_keys;
    std::unique_ptr<ProviderServices> m_services;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<TurnRunner> m_runner;
};

void TestTurnRunner::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-turnrunner-openai");
    qputenv("ANTHROPIC_API_KEY", "sk-turnrunner-anthropic");
}

void TestTurnRunner::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_openai = std::make_unique<LoopbackServer>();
    m_anthropic = std::make_unique<LoopbackServer>();
    QVERIFY(m_openai->listen());
    QVERIFY(m_anthropic->listen());
    m_openai->setFallback(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "From OpenAI.")));
    m_anthropic->setFallback(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::Anthropic, "From Anthropic.")));

    const Profile profile = Profile::inDirectory(m_directory->filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    m_keys = std::make_unique<EnvironmentKeySource>();
    m_services = std::make_unique<ProviderServices>(profile, m_keys.get());
    QVERIFY(!m_services->registry().setBaseUrl(QStringLiteral("openai"), m_openai->url(QStringLiteral("/v1"))));
    QVERIFY(!m_services->registry().setBaseUrl(QStringLiteral("anthropic"), m_anthropic->url()));

    m_database = std::make_unique<Database>(m_directory->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_runner = std::make_unique<TurnRunner>(*m_store, *m_services);
    ChatJobOptions options;
    options.maxRetries = 0; // errors reach the store at once
    m_runner->setJobOptions(options);
}

void TestTurnRunner::cleanup()
{
    m_runner.reset();
    m_store.reset();
    m_database.reset();
    m_services.reset();
    m_keys.reset();
    m_anthropic.reset();
    m_openai.reset();
    m_directory.reset();
}

bool TestTurnRunner::waitForReplies(QSignalSpy &started, QSignalSpy &finished)
{
    return QTest::qWaitFor([&] { return finished.size() == started.size(); }, 10000);
}

qint64 TestTurnRunner::start(const QStringList &models)
{
    const auto id = m_runner->startConversation(models);
    return id.value_or(0);
}

QList<Message> TestTurnRunner::repliesOf(qint64 conversationId)
{
    QList<Message> replies;
    const std::optional<ConversationData> data = m_store->load(conversationId);
    for (const Message &message : data->messages) {
        if (message.role == MessageRole::Assistant) {
            replies.append(message);
        }
    }
    return replies;
}

void TestTurnRunner::sendsToEveryLane_data()
{
    QTest::addColumn<QStringList>("models");
    QTest::newRow("one OpenAI lane") << QStringList {QStringLiteral("openai/gpt-a")};
    QTest::newRow("one Anthropic lane") << QStringList {QStringLiteral("anthropic/claude-a")};
    QTest::newRow("three lanes") << QStringList {
        QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b"), QStringLiteral("openai/gpt-c")};
}

void TestTurnRunner::sendsToEveryLane()
{
    QFETCH(QStringList, models);
    const qint64 conversation = start(models);
    QVERIFY2(conversation > 0, qPrintable(runner().lastError()));
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy text(&runner(), &TurnRunner::replyText);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QSignalSpy running(&runner(), &TurnRunner::runningChanged);

    QVERIFY2(runner().send(conversation, QStringLiteral("Hello there")), qPrintable(runner().lastError()));
    QCOMPARE(started.size(), models.size());
    QVERIFY(runner().isRunning(conversation));
    QVERIFY(waitForReplies(started, finished));
    QVERIFY(!runner().isRunning(conversation));
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.at(0).at(1).toBool(), true);
    QCOMPARE(running.at(1).at(1).toBool(), false);
    QVERIFY(text.size() >= models.size());

    const QList<Lane> lanes = store().lanes(conversation);
    QCOMPARE(lanes.size(), models.size());
    const QList<Message> replies = repliesOf(conversation);
    QCOMPARE(replies.size(), models.size());
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const auto reply = std::find_if(
            replies.cbegin(), replies.cend(), [&](const Message &m) { return m.laneId == lanes.at(i).id; });
        QVERIFY(reply != replies.cend());
        const bool anthropic = lanes.at(i).model.startsWith(QLatin1String("anthropic/"));
        QCOMPARE(reply->status, MessageStatus::Complete);
        QCOMPARE(reply->content, anthropic ? QStringLiteral("From Anthropic.") : QStringLiteral("From OpenAI."));
        QCOMPARE(reply->model, models.at(i));
        QCOMPARE(reply->metrics.answeredModel,
            ProtocolScripts::responseModel(anthropic ? Protocol::Anthropic : Protocol::OpenAI));
        QCOMPARE(reply->metrics.usage.outputTokens, std::optional<qint64>(5));
        QCOMPARE(reply->metrics.finishReason, FinishReason::Stop);
        QVERIFY(reply->metrics.durationMs);
    }
    QStringList requested;
    for (const LoopbackServer *server : {m_openai.get(), m_anthropic.get()}) {
        for (const RecordedRequest &request : server->requests()) {
            requested.append(request.json().value(QLatin1String("model")).toString());
            QCOMPARE(conversationOf(request), QStringList {QStringLiteral("user: Hello there")});
        }
    }
    QStringList expected;
    for (const QString &model : std::as_const(models)) {
        expected.append(model.section(QLatin1Char('/'), 1));
    }
    requested.sort();
    expected.sort();
    QCOMPARE(requested, expected);
}

void TestTurnRunner::secondTurnSendsEachLanesHistory()
{
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("First question")));
    QVERIFY(waitForReplies(started, finished));
    QVERIFY(runner().send(conversation, QStringLiteral("Second question")));
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(finished.size(), 4);

    QCOMPARE(m_openai->requests().size(), 2);
    QCOMPARE(conversationOf(m_openai->requests().at(1)),
        (QStringList {QStringLiteral("user: First question"), QStringLiteral("assistant: From OpenAI."),
            QStringLiteral("user: Second question")}));
    QCOMPARE(m_anthropic->requests().size(), 2);
    QCOMPARE(conversationOf(m_anthropic->requests().at(1)),
        (QStringList {QStringLiteral("user: First question"), QStringLiteral("assistant: From Anthropic."),
            QStringLiteral("user: Second question")}));
}

void TestTurnRunner::sharedModeContinuesFromTheChosenReply()
{
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    QVERIFY(store().setContextMode(conversation, ContextMode::Shared));
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Pick one")));
    QVERIFY(waitForReplies(started, finished));
    const QList<Lane> lanes = store().lanes(conversation);
    const QList<Message> replies = repliesOf(conversation);
    const auto openAiReply
        = std::find_if(replies.cbegin(), replies.cend(), [&](const Message &m) { return m.laneId == lanes.at(0).id; });
    QVERIFY(store().chooseReply(openAiReply->id));

    QVERIFY(runner().send(conversation, QStringLiteral("Go on")));
    QVERIFY(waitForReplies(started, finished));
    // The Anthropic lane continues from the OpenAI lane's chosen answer, not from its own.
    QCOMPARE(conversationOf(m_anthropic->requests().at(1)),
        (QStringList {QStringLiteral("user: Pick one"), QStringLiteral("assistant: From OpenAI."),
            QStringLiteral("user: Go on")}));
    QCOMPARE(conversationOf(m_openai->requests().at(1)),
        (QStringList {QStringLiteral("user: Pick one"), QStringLiteral("assistant: From OpenAI."),
            QStringLiteral("user: Go on")}));
}

void TestTurnRunner::laneParametersReachTheRequest()
{
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    Lane parameters = store().lanes(conversation).constFirst();
    parameters.systemPrompt = QStringLiteral("Answer in one sentence.");
    parameters.temperature = 0.25;
    parameters.maxOutputTokens = 77;
    parameters.reasoning = ReasoningEffort::Low;
    QVERIFY(store().setLaneParameters(parameters.id, parameters));
    const Lane stored = store().lanes(conversation).constFirst();
    QCOMPARE(stored.systemPrompt, parameters.systemPrompt);
    QCOMPARE(stored.temperature, parameters.temperature);
    QCOMPARE(stored.maxOutputTokens, parameters.maxOutputTokens);
    QCOMPARE(stored.reasoning, ReasoningEffort::Low);

    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Why is the sky blue?")));
    QVERIFY(waitForReplies(started, finished));
    const QJsonObject body = m_openai->requests().constFirst().json();
    const QJsonObject system = body.value(QLatin1String("messages")).toArray().at(0).toObject();
    QCOMPARE(system.value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(system.value(QLatin1String("content")).toString(), QStringLiteral("Answer in one sentence."));
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
    QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 77);
    QCOMPARE(body.value(QLatin1String("reasoning_effort")).toString(), QStringLiteral("low"));

    // Back to the defaults: nothing of it is sent any more.
    QVERIFY(store().setLaneParameters(parameters.id, Lane {}));
    QVERIFY(runner().send(conversation, QStringLiteral("And at sunset?")));
    QVERIFY(waitForReplies(started, finished));
    const QJsonObject plain = m_openai->requests().at(1).json();
    QVERIFY(!plain.contains(QLatin1String("temperature")));
    QVERIFY(!plain.contains(QLatin1String("max_completion_tokens")));
    QVERIFY(!plain.contains(QLatin1String("reasoning_effort")));
    QCOMPARE(plain.value(QLatin1String("messages")).toArray().at(0).toObject().value(QLatin1String("role")).toString(),
        QStringLiteral("user"));
}

void TestTurnRunner::stopKeepsThePartialText()
{
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Partial answer"));
    stalled.end = ScriptedResponse::End::Stall;
    m_openai->enqueue(stalled);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QSignalSpy text(&runner(), &TurnRunner::replyText);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QSignalSpy running(&runner(), &TurnRunner::runningChanged);
    QVERIFY(runner().send(conversation, QStringLiteral("Tell me a long story")));
    QTRY_COMPARE(text.size(), 1);
    QCOMPARE(text.at(0).at(1).toString(), QStringLiteral("Partial answer"));

    runner().stop(conversation);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner().isRunning(conversation));
    QCOMPARE(running.size(), 2);
    const Message reply = *store().message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply.status, MessageStatus::Cancelled);
    QCOMPARE(reply.content, QStringLiteral("Partial answer"));
    QCOMPARE(reply.metrics.finishReason, FinishReason::Cancelled);
}

void TestTurnRunner::reasoningIsStored_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("OpenAI reasoning_content") << QStringLiteral("openai/gpt-a");
    QTest::newRow("Anthropic thinking") << QStringLiteral("anthropic/claude-b");
}

void TestTurnRunner::reasoningIsStored()
{
    QFETCH(QString, model);
    const Protocol protocol = model.startsWith(QLatin1String("anthropic/")) ? Protocol::Anthropic : Protocol::OpenAI;
    serverFor(model).enqueue(ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(protocol) + ProtocolScripts::reasoning(protocol, "Let me think.")
            + ProtocolScripts::text(protocol, "Forty-two.") + ProtocolScripts::tail(protocol)));
    const qint64 conversation = start({model});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy reasoning(&runner(), &TurnRunner::replyReasoning);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("The answer?")));
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(reasoning.size(), 1);
    QCOMPARE(reasoning.at(0).at(1).toString(), QStringLiteral("Let me think."));
    const Message reply = *store().message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply.reasoning, QStringLiteral("Let me think."));
    QCOMPARE(reply.content, QStringLiteral("Forty-two."));
    QCOMPARE(reply.status, MessageStatus::Complete);
}

void TestTurnRunner::droppedConnectionIsInterrupted()
{
    ScriptedResponse dropped = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::Anthropic) + ProtocolScripts::text(Protocol::Anthropic, "Half of it"));
    dropped.chunkedEncoding = true;
    dropped.end = ScriptedResponse::End::Drop;
    m_anthropic->enqueue(dropped);
    const qint64 conversation = start({QStringLiteral("anthropic/claude-b")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Go")));
    QVERIFY(waitForReplies(started, finished));
    const Message reply = *store().message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply.status, MessageStatus::Interrupted);
    QCOMPARE(reply.content, QStringLiteral("Half of it"));
    QVERIFY(reply.error);
    QCOMPARE(reply.error->kind, ErrorKind::Network);
    QVERIFY(runner().retry(reply.id)); // an interrupted answer can be asked again
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(store().message(finished.at(1).at(0).toLongLong())->content, QStringLiteral("From Anthropic."));
}

void TestTurnRunner::quittingMidAnswerKeepsIt()
{
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Before quitting"));
    stalled.end = ScriptedResponse::End::Stall;
    m_openai->enqueue(stalled);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy text(&runner(), &TurnRunner::replyText);
    QVERIFY(runner().send(conversation, QStringLiteral("Go")));
    QTRY_COMPARE(text.size(), 1);
    const qint64 replyId = started.at(0).at(2).toLongLong();
    m_runner.reset();
    const Message reply = *store().message(replyId);
    QCOMPARE(reply.status, MessageStatus::Interrupted);
    QCOMPARE(reply.content, QStringLiteral("Before quitting"));
}

void TestTurnRunner::regenerateMakesABranch_data()
{
    QTest::addColumn<bool>("earlierTurn");
    QTest::newRow("the last answer") << false;
    QTest::newRow("an answer to an earlier prompt") << true;
}

void TestTurnRunner::regenerateMakesABranch()
{
    QFETCH(bool, earlierTurn);
    m_openai->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "First try.")));
    if (earlierTurn) {
        m_openai->enqueue(
            ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Later answer.")));
    }
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Question one")));
    QVERIFY(waitForReplies(started, finished));
    const qint64 first = finished.at(0).at(0).toLongLong();
    if (earlierTurn) {
        QVERIFY(runner().send(conversation, QStringLiteral("Question two")));
        QVERIFY(waitForReplies(started, finished));
    }
    m_openai->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Second try.")));
    const qsizetype requestsBefore = m_openai->requests().size();

    QVERIFY2(runner().regenerate(first), qPrintable(runner().lastError()));
    QVERIFY(waitForReplies(started, finished));
    const qint64 regenerated = finished.constLast().at(0).toLongLong();
    QVERIFY(regenerated != first);
    // The request carries only the history up to the regenerated answer's prompt.
    QCOMPARE(
        conversationOf(m_openai->requests().at(requestsBefore)), QStringList {QStringLiteral("user: Question one")});

    const Message old = *store().message(first);
    const Message fresh = *store().message(regenerated);
    QCOMPARE(fresh.parentId, old.parentId);
    QCOMPARE(fresh.laneId, old.laneId);
    QCOMPARE(fresh.content, QStringLiteral("Second try."));
    QCOMPARE(old.content, QStringLiteral("First try."));
    QVERIFY(fresh.active);
    QVERIFY(!old.active);
    const QList<Message> branch = store().activeBranch(conversation);
    QVERIFY(std::any_of(branch.cbegin(), branch.cend(), [&](const Message &m) { return m.id == regenerated; }));
    QVERIFY(std::none_of(branch.cbegin(), branch.cend(), [&](const Message &m) { return m.id == first; }));
    QCOMPARE(store().activeTurns(conversation).size(), earlierTurn ? 2 : 1);
}

void TestTurnRunner::editAndResendMakesABranch()
{
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Frist question")));
    QVERIFY(waitForReplies(started, finished));
    const qint64 original = store().activeTurns(conversation).constFirst().id;

    QVERIFY2(runner().editAndResend(original, QStringLiteral("First question")), qPrintable(runner().lastError()));
    QCOMPARE(started.size(), 4);
    QVERIFY(waitForReplies(started, finished));
    const QList<Message> turns = store().activeTurns(conversation);
    QCOMPARE(turns.size(), 1);
    QVERIFY(turns.constFirst().id != original);
    QCOMPARE(turns.constFirst().content, QStringLiteral("First question"));
    QCOMPARE(turns.constFirst().parentId, store().message(original)->parentId);
    QCOMPARE(store().message(original)->content, QStringLiteral("Frist question")); // kept, not overwritten
    QCOMPARE(conversationOf(m_openai->requests().constLast()), QStringList {QStringLiteral("user: First question")});
    QCOMPARE(conversationOf(m_anthropic->requests().constLast()), QStringList {QStringLiteral("user: First question")});
    const QList<Message> branch = store().activeBranch(conversation);
    QCOMPARE(branch.size(), 3);
    QCOMPARE(branch.at(1).parentId, std::optional<qint64>(turns.constFirst().id));
    QCOMPARE(branch.at(2).parentId, std::optional<qint64>(turns.constFirst().id));
}

void TestTurnRunner::retryOfAFailedReply()
{
    m_openai->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Boom")));
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Try this")));
    QVERIFY(waitForReplies(started, finished));
    const qint64 failed = finished.at(0).at(0).toLongLong();
    QCOMPARE(store().message(failed)->status, MessageStatus::Error);

    QVERIFY2(runner().retry(failed), qPrintable(runner().lastError()));
    QVERIFY(waitForReplies(started, finished));
    const qint64 retried = finished.at(1).at(0).toLongLong();
    QCOMPARE(store().message(retried)->status, MessageStatus::Complete);
    QCOMPARE(store().message(retried)->content, QStringLiteral("From OpenAI."));
    QVERIFY(!store().message(failed)->active);
    QCOMPARE(conversationOf(m_openai->requests().at(1)), QStringList {QStringLiteral("user: Try this")});

    // A complete answer is regenerated, not retried.
    QVERIFY(!runner().retry(retried));
    QVERIFY(!runner().lastError().isEmpty());
}

void TestTurnRunner::modelChangedBetweenTurns_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("same provider") << QStringLiteral("openai/gpt-a") << QStringLiteral("openai/gpt-b");
    QTest::newRow("another provider") << QStringLiteral("openai/gpt-a") << QStringLiteral("anthropic/claude-b");
}

void TestTurnRunner::modelChangedBetweenTurns()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const qint64 conversation = start({before});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("One")));
    QVERIFY(waitForReplies(started, finished));
    const qint64 lane = store().lanes(conversation).constFirst().id;
    QVERIFY(store().setLaneModel(lane, after));
    QVERIFY(runner().send(conversation, QStringLiteral("Two")));
    QVERIFY(waitForReplies(started, finished));

    LoopbackServer &second = serverFor(after);
    const RecordedRequest &request = second.requests().constLast();
    QCOMPARE(request.json().value(QLatin1String("model")).toString(), after.section(QLatin1Char('/'), 1));
    // The new model gets the whole history, including what the old model answered.
    QCOMPARE(conversationOf(request),
        (QStringList {
            QStringLiteral("user: One"), QStringLiteral("assistant: From OpenAI."), QStringLiteral("user: Two")}));
    QCOMPARE(store().message(finished.at(0).at(0).toLongLong())->model, before);
    QCOMPARE(store().message(finished.at(1).at(0).toLongLong())->model, after);
    QCOMPARE(m_openai->requests().size() + m_anthropic->requests().size(), 2);
}

void TestTurnRunner::httpErrorsAreStoredTyped_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::newRow("OpenAI 429") << QStringLiteral("openai/gpt-a") << 429 << int(ErrorKind::RateLimited) << qint64(7000);
    QTest::newRow("OpenAI 500") << QStringLiteral("openai/gpt-a") << 500 << int(ErrorKind::Server) << qint64(-1);
    QTest::newRow("Anthropic 429") << QStringLiteral("anthropic/claude-b") << 429 << int(ErrorKind::RateLimited)
                                   << qint64(7000);
    QTest::newRow("Anthropic 500") << QStringLiteral("anthropic/claude-b") << 500 << int(ErrorKind::Server)
                                   << qint64(-1);
}

void TestTurnRunner::httpErrorsAreStoredTyped()
{
    QFETCH(QString, model);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    const Protocol protocol = model.startsWith(QLatin1String("anthropic/")) ? Protocol::Anthropic : Protocol::OpenAI;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (retryAfterMs > 0) {
        headers.append({"retry-after", QByteArray::number(retryAfterMs / 1000)});
    }
    serverFor(model).enqueue(
        ScriptedResponse::json(status, ProtocolScripts::errorBody(protocol, status, "Slow down please"), headers));
    const qint64 conversation = start({model});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Hello")));
    QVERIFY(waitForReplies(started, finished));

    const Message reply = *store().message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply.status, MessageStatus::Error);
    QVERIFY(reply.content.isEmpty());
    QVERIFY(reply.error);
    QCOMPARE(int(reply.error->kind), kind);
    QCOMPARE(reply.error->httpStatus, status);
    QCOMPARE(reply.error->providerMessage, QStringLiteral("Slow down please"));
    QCOMPARE(reply.error->retryAfterMs, retryAfterMs > 0 ? std::optional<qint64>(retryAfterMs) : std::nullopt);
    QCOMPARE(reply.metrics.finishReason, FinishReason::Error);
}

void TestTurnRunner::queuedRepliesAreReported()
{
    QVERIFY(!m_services->registry().setMaxConcurrentStreams(QStringLiteral("openai"), 1));
    ScriptedResponse held
        = ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "In turn."));
    held.held = true;
    m_openai->setFallback(held);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("openai/gpt-b")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy queued(&runner(), &TurnRunner::replyQueued);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Both of you")));
    QCOMPARE(started.size(), 2);
    const qint64 second = started.at(1).at(2).toLongLong();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).at(0).toLongLong(), second);
    QCOMPARE(queued.at(0).at(1).toBool(), true);

    QTRY_COMPARE(m_openai->heldCount(), 1);
    m_openai->releaseHeld();
    QTRY_COMPARE(queued.size(), 2);
    QCOMPARE(queued.at(1).at(0).toLongLong(), second);
    QCOMPARE(queued.at(1).at(1).toBool(), false);
    QTRY_COMPARE(m_openai->heldCount(), 1);
    m_openai->releaseHeld();
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(m_openai->maxOpenResponses(), 1);
    for (const Message &reply : repliesOf(conversation)) {
        QCOMPARE(reply.status, MessageStatus::Complete);
    }
}

void TestTurnRunner::failedWritesAreReportedAndRetried()
{
    ScriptedResponse held
        = ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Keep me safe."));
    held.held = true;
    m_openai->enqueue(held);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QSignalSpy failedWrites(&runner(), &TurnRunner::writeFailed);
    QVERIFY(runner().send(conversation, QStringLiteral("Remember this")));
    QTRY_COMPARE(m_openai->heldCount(), 1);

    // The database refuses writes (as on a read-only or full disk) while the answer streams in.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = 1")));
    m_openai->releaseHeld();
    QVERIFY(failedWrites.wait(10000));
    QCOMPARE(finished.size(), 0); // not finished while the store does not hold it
    QVERIFY(!runner().lastError().isEmpty());
    QCOMPARE(failedWrites.at(0).at(0).toLongLong(), started.at(0).at(2).toLongLong());

    QVERIFY(query.exec(QStringLiteral("PRAGMA query_only = 0")));
    QVERIFY(finished.wait(10000));
    const Message reply = *store().message(finished.at(0).at(0).toLongLong());
    QCOMPARE(reply.status, MessageStatus::Complete);
    QCOMPARE(reply.content, QStringLiteral("Keep me safe."));
}

void TestTurnRunner::unknownProviderIsRefused()
{
    QVERIFY(!runner().startConversation({QStringLiteral("nosuchprovider/model")}));
    QVERIFY(runner().lastError().contains(QStringLiteral("nosuchprovider")));
    QVERIFY(!runner().startConversation({QStringLiteral("no-slash")}));
    QVERIFY(!runner().startConversation({}));

    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QVERIFY(store().setLaneModel(store().lanes(conversation).constFirst().id, QStringLiteral("gone/model")));
    QVERIFY(!runner().send(conversation, QStringLiteral("Hello")));
    QVERIFY(store().activeTurns(conversation).isEmpty()); // nothing stored for a send that could not start
    QVERIFY(!runner().send(conversation + 1000, QStringLiteral("Hello")));
}

void TestTurnRunner::sendsToChosenLanesOnly()
{
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    const QList<Lane> lanes = store().lanes(conversation);
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);

    // Named twice: still one reply.
    QVERIFY2(runner().send(conversation, QStringLiteral("Only you"), {lanes.at(1).id, lanes.at(1).id}),
        qPrintable(runner().lastError()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(1).toLongLong(), lanes.at(1).id);
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(m_openai->requests().size(), 0);
    QCOMPARE(m_anthropic->requests().size(), 1);
    const QList<Message> replies = repliesOf(conversation);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.constFirst().laneId, std::optional<qint64>(lanes.at(1).id));

    // The next turn to every lane: the lane left out did not take part in the first one.
    QVERIFY(runner().send(conversation, QStringLiteral("Everyone")));
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(conversationOf(m_openai->requests().constLast()), QStringList {QStringLiteral("user: Everyone")});
    QCOMPARE(conversationOf(m_anthropic->requests().constLast()),
        (QStringList {QStringLiteral("user: Only you"), QStringLiteral("assistant: From Anthropic."),
            QStringLiteral("user: Everyone")}));
}

void TestTurnRunner::sendToLanesIsRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("error");
    QTest::newRow("no lane") << QStringLiteral("none") << QStringLiteral("Choose at least one model");
    QTest::newRow("an unknown lane") << QStringLiteral("unknown") << QStringLiteral("has no lane");
    QTest::newRow("a removed lane") << QStringLiteral("removed") << QStringLiteral("was removed");
    QTest::newRow("another conversation's lane") << QStringLiteral("other") << QStringLiteral("has no lane");
}

void TestTurnRunner::sendToLanesIsRefused()
{
    QFETCH(QString, which);
    QFETCH(QString, error);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    const qint64 other = start({QStringLiteral("openai/gpt-c")});
    const QList<Lane> lanes = store().lanes(conversation);
    QList<qint64> laneIds;
    if (which == QLatin1String("unknown")) {
        laneIds = {lanes.at(0).id, 987654};
    } else if (which == QLatin1String("removed")) {
        QVERIFY(store().removeLane(lanes.at(1).id));
        laneIds = {lanes.at(0).id, lanes.at(1).id};
    } else if (which == QLatin1String("other")) {
        laneIds = {store().lanes(other).constFirst().id};
    }
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);

    QVERIFY(!runner().send(conversation, QStringLiteral("Hello"), laneIds));
    QVERIFY2(runner().lastError().contains(error), qPrintable(runner().lastError()));
    QCOMPARE(started.size(), 0);
    QVERIFY(store().activeTurns(conversation).isEmpty()); // nothing stored
    QVERIFY(!runner().isRunning(conversation));
}

void TestTurnRunner::retryFailedAsksFailedLanesAgain_data()
{
    QTest::addColumn<QString>("ending");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retried");
    QTest::newRow("failed with HTTP 500") << QStringLiteral("error") << int(MessageStatus::Error) << 1;
    QTest::newRow("failed with HTTP 429") << QStringLiteral("rate limited") << int(MessageStatus::Error) << 1;
    QTest::newRow("stopped before any text") << QStringLiteral("stopped early") << int(MessageStatus::Cancelled) << 1;
    QTest::newRow("quit before any text") << QStringLiteral("quit") << int(MessageStatus::Interrupted) << 1;
    QTest::newRow("stopped with some text") << QStringLiteral("stopped late") << int(MessageStatus::Cancelled) << 0;
    QTest::newRow("complete") << QStringLiteral("complete") << int(MessageStatus::Complete) << 0;
}

void TestTurnRunner::retryFailedAsksFailedLanesAgain()
{
    QFETCH(QString, ending);
    QFETCH(int, status);
    QFETCH(int, retried);
    if (ending == QLatin1String("error")) {
        m_openai->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Boom")));
    } else if (ending == QLatin1String("rate limited")) {
        m_openai->enqueue(ScriptedResponse::json(
            429, ProtocolScripts::errorBody(Protocol::OpenAI, 429, "Slow down"), {{"retry-after", "3"}}));
    } else if (ending == QLatin1String("stopped early") || ending == QLatin1String("quit")) {
        ScriptedResponse held
            = ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Late."));
        held.held = true;
        m_openai->enqueue(held);
    } else if (ending == QLatin1String("stopped late")) {
        ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
            ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Partial answer"));
        stalled.end = ScriptedResponse::End::Stall;
        m_openai->enqueue(stalled);
    }
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    const QList<Lane> lanes = store().lanes(conversation);
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy text(&runner(), &TurnRunner::replyText);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Both of you")));
    const qint64 openAiReply = started.at(0).at(2).toLongLong();
    if (ending == QLatin1String("stopped early") || ending == QLatin1String("quit")
        || ending == QLatin1String("stopped late")) {
        // The Anthropic lane finishes first; then the OpenAI answer is cut off.
        QTRY_COMPARE(finished.size(), 1);
        if (ending == QLatin1String("stopped late")) {
            QTRY_COMPARE(text.size(), 2);
        } else {
            QTRY_COMPARE(m_openai->heldCount(), 1);
        }
        if (ending == QLatin1String("quit")) {
            m_runner = std::make_unique<TurnRunner>(*m_store, *m_services);
        } else {
            runner().stop(conversation);
        }
    }
    if (ending != QLatin1String("quit")) {
        QVERIFY(waitForReplies(started, finished));
    }
    QSignalSpy restarted(&runner(), &TurnRunner::replyStarted);
    QSignalSpy refinished(&runner(), &TurnRunner::replyFinished);
    QCOMPARE(int(store().message(openAiReply)->status), status);
    QCOMPARE(store().message(started.at(1).at(2).toLongLong())->status, MessageStatus::Complete);
    QCOMPARE(m_anthropic->requests().size(), 1);
    const qsizetype openAiRequests = m_openai->requests().size();

    QCOMPARE(runner().retryFailed(conversation), retried);
    if (retried == 0) {
        QCOMPARE(runner().lastError(), QStringLiteral("No reply of the last turn failed."));
        QCOMPARE(restarted.size(), 0);
        QCOMPARE(m_openai->requests().size(), openAiRequests);
        return;
    }
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(restarted.at(0).at(1).toLongLong(), lanes.at(0).id);
    QVERIFY(waitForReplies(restarted, refinished));
    const Message again = *store().message(restarted.at(0).at(2).toLongLong());
    QCOMPARE(again.status, MessageStatus::Complete);
    QCOMPARE(again.content, QStringLiteral("From OpenAI."));
    QCOMPARE(again.parentId, store().message(openAiReply)->parentId);
    QVERIFY(!store().message(openAiReply)->active);
    QCOMPARE(m_openai->requests().size(), openAiRequests + 1);
    QCOMPARE(conversationOf(m_openai->requests().constLast()), QStringList {QStringLiteral("user: Both of you")});
    QCOMPARE(m_anthropic->requests().size(), 1); // the lane that answered is not asked again
    // Nothing failed any more.
    QCOMPARE(runner().retryFailed(conversation), 0);
}

void TestTurnRunner::retryFailedLooksAtTheLastTurnOnly()
{
    m_openai->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Boom")));
    const qint64 conversation = start({QStringLiteral("openai/gpt-a"), QStringLiteral("anthropic/claude-b")});
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);

    QCOMPARE(runner().retryFailed(conversation), 0); // nothing sent yet
    QCOMPARE(runner().lastError(), QStringLiteral("No reply of the last turn failed."));
    QCOMPARE(runner().retryFailed(conversation + 1000), 0);
    QVERIFY(!runner().lastError().isEmpty());

    QVERIFY(runner().send(conversation, QStringLiteral("First")));
    QVERIFY(waitForReplies(started, finished));
    QVERIFY(runner().send(conversation, QStringLiteral("Second")));
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(store().message(started.at(0).at(2).toLongLong())->status, MessageStatus::Error);
    // The failure is on the first turn: Retry on that reply answers it, Retry failed does not.
    QCOMPARE(runner().retryFailed(conversation), 0);
    QCOMPARE(m_openai->requests().size(), 2);

    // A failed reply on a lane removed since is not asked again either.
    m_openai->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Boom")));
    QVERIFY(runner().send(conversation, QStringLiteral("Third")));
    QVERIFY(waitForReplies(started, finished));
    QVERIFY(store().removeLane(store().lanes(conversation).constFirst().id));
    QCOMPARE(runner().retryFailed(conversation), 0);
    QCOMPARE(m_openai->requests().size(), 3);
}

void TestTurnRunner::deltasOfOneReadAreJoined_data()
{
    QTest::addColumn<bool>("coalesce");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every delta as it comes")
        << false
        << QStringList {QStringLiteral("reasoning: Let me think."), QStringLiteral("text: One "),
               QStringLiteral("text: two "), QStringLiteral("text: three")};
    QTest::newRow("coalesced") << true
                               << QStringList {QStringLiteral("reasoning: Let me think."),
                                      QStringLiteral("text: One two three")};
}

void TestTurnRunner::deltasOfOneReadAreJoined()
{
    QFETCH(bool, coalesce);
    QFETCH(QStringList, expected);
    // One write: the whole answer arrives in one read.
    m_openai->enqueue(ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::reasoning(Protocol::OpenAI, "Let me think.")
            + ProtocolScripts::text(Protocol::OpenAI, "One ") + ProtocolScripts::text(Protocol::OpenAI, "two ")
            + ProtocolScripts::text(Protocol::OpenAI, "three") + ProtocolScripts::tail(Protocol::OpenAI)));
    runner().setCoalesceDeltas(coalesce);
    const qint64 conversation = start({QStringLiteral("openai/gpt-a")});
    QStringList signalled;
    connect(&runner(), &TurnRunner::replyText, this,
        [&signalled](qint64, const QString &delta) { signalled.append(QStringLiteral("text: ") + delta); });
    connect(&runner(), &TurnRunner::replyReasoning, this,
        [&signalled](qint64, const QString &delta) { signalled.append(QStringLiteral("reasoning: ") + delta); });
    // Every delta is signalled before the reply is reported finished.
    QStringList atFinish;
    connect(&runner(), &TurnRunner::replyFinished, this, [&] { atFinish = signalled; });
    QSignalSpy started(&runner(), &TurnRunner::replyStarted);
    QSignalSpy finished(&runner(), &TurnRunner::replyFinished);
    QVERIFY(runner().send(conversation, QStringLiteral("Count")));
    QVERIFY(waitForReplies(started, finished));
    QCOMPARE(signalled, expected);
    QCOMPARE(atFinish, expected);
    QCOMPARE(store().message(finished.at(0).at(0).toLongLong())->content, QStringLiteral("One two three"));
    disconnect(&runner(), nullptr, this, nullptr);
}

QTEST_GUILESS_MAIN(TestTurnRunner)
#include "tst_turnrunner.moc"
