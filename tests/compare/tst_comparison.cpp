// A side-by-side comparison end to end below the window: TurnRunner, the real
// SQLite store and ProviderServices against four loopback servers, one per
// protocol (OpenAI-compatible, Anthropic, Gemini, Ollama), each replaying its
// protocol's bytes cut at awkward places (mid-line, mid-character, inside CRLF).
// What each server receives is read back from its recorded request bodies.

#include "chat/turnrunner.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

namespace
{

constexpr int LaneCount = 4;

// Lane i speaks protocol i: A OpenAI, B Anthropic, C Gemini, D Ollama.
Protocol protocolOf(int lane)
{
    return ProtocolScripts::all().at(lane);
}

QString modelOf(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return QStringLiteral("openai/gpt-test");
    case Protocol::Anthropic:
        return QStringLiteral("anthropic/claude-test");
    case Protocol::Gemini:
        return QStringLiteral("gemini/gemini-test");
    case Protocol::Ollama:
        return QStringLiteral("ollama/llama-test");
    }
    return {};
}

// Each lane's answer, in two deltas, with characters of two, three and four
// UTF-8 bytes so that the cuts below fall inside some of them.
QByteArray firstDelta(Protocol protocol)
{
    return QByteArray(ProtocolScripts::name(protocol)) + " says: ";
}

QByteArray secondDelta(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAI:
        return "café ☕ and 🍰";
    case Protocol::Anthropic:
        return "naïve… résumé";
    case Protocol::Gemini:
        return "日本語のテキスト";
    case Protocol::Ollama:
        return "Grüße — 🦙";
    }
    return {};
}

QString answerText(Protocol protocol)
{
    return QString::fromUtf8(firstDelta(protocol) + secondDelta(protocol));
}

QByteArray answerBody(Protocol protocol)
{
    return ProtocolScripts::head(protocol) + ProtocolScripts::text(protocol, firstDelta(protocol))
        + ProtocolScripts::text(protocol, secondDelta(protocol)) + ProtocolScripts::tail(protocol);
}

// Where cutting body into pieces of size bytes lands: inside a UTF-8
// character, and between the CR and LF of a line end.
bool cutsInsideACharacter(const QByteArray &body, qsizetype size)
{
    for (qsizetype at = size; at < body.size(); at += size) {
        if ((quint8(body.at(at)) & 0xC0) == 0x80) {
            return true;
        }
    }
    return false;
}

bool cutsInsideCrLf(const QByteArray &body, qsizetype size)
{
    for (qsizetype at = size; at < body.size(); at += size) {
        if (body.at(at - 1) == '\r' && body.at(at) == '\n') {
            return true;
        }
    }
    return false;
}

// Bytes per write: the smallest size from 16 up whose cuts fall inside a
// character and, where lines end in CRLF (Gemini), between CR and LF. (Every
// single byte apart is the protocol tests' business; here it would only be slow.)
qsizetype pieceSize(Protocol protocol)
{
    const QByteArray body = answerBody(protocol);
    const bool crlf = body.contains("\r\n");
    for (qsizetype size = 16; size < body.size(); ++size) {
        if (cutsInsideACharacter(body, size) && (!crlf || cutsInsideCrLf(body, size))) {
            return size;
        }
    }
    return 1; // every byte apart cuts everywhere
}

ScriptedResponse answerResponse(Protocol protocol)
{
    ScriptedResponse response
        = ScriptedResponse::stream(ProtocolScripts::contentType(protocol), answerBody(protocol), pieceSize(protocol));
    response.paced = true; // each piece in its own read
    return response;
}

// The conversation a request body carries, one "role: text" per message, read
// from each protocol's own fields (the system prompt left out).
QStringList conversationOf(Protocol protocol, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QStringList lines;
    if (protocol == Protocol::Gemini) {
        for (const QJsonValue &value : object.value(QLatin1String("contents")).toArray()) {
            const QJsonObject content = value.toObject();
            const QString role = content.value(QLatin1String("role")).toString();
            QString text;
            for (const QJsonValue &part : content.value(QLatin1String("parts")).toArray()) {
                text += part.toObject().value(QLatin1String("text")).toString();
            }
            lines.append(
                (role == QLatin1String("model") ? QStringLiteral("assistant") : role) + QStringLiteral(": ") + text);
        }
        return lines;
    }
    for (const QJsonValue &value : object.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        if (role != QLatin1String("system")) {
            lines.append(role + QStringLiteral(": ") + message.value(QLatin1String("content")).toString());
        }
    }
    return lines;
}

QString systemPromptOf(Protocol protocol, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    switch (protocol) {
    case Protocol::Anthropic:
        return object.value(QLatin1String("system")).toString();
    case Protocol::Gemini:
        return object.value(QLatin1String("systemInstruction"))
            .toObject()
            .value(QLatin1String("parts"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("text"))
            .toString();
    case Protocol::OpenAI:
    case Protocol::Ollama:
        break;
    }
    const QJsonObject first = object.value(QLatin1String("messages")).toArray().at(0).toObject();
    return first.value(QLatin1String("role")).toString() == QLatin1String("system")
        ? first.value(QLatin1String("content")).toString()
        : QString();
}

// Everything a relaunch must read back, one line per fact, so a difference shows where it is.
QStringList describe(const ConversationData &data)
{
    QStringList lines;
    const Conversation &c = data.conversation;
    lines << QStringLiteral("conversation %1 '%2' mode=%3 blind=%4 revealed=%5 view=%6 leaf=%7")
                 .arg(c.id)
                 .arg(c.title, toText(c.contextMode))
                 .arg(c.blind)
                 .arg(c.revealed)
                 .arg(c.viewState)
                 .arg(c.activeLeafId.value_or(0));
    for (const Lane &lane : data.lanes) {
        lines << QStringLiteral("lane %1 #%2 %3 system='%4' temperature=%5 max=%6 reasoning=%7 removed=%8")
                     .arg(lane.id)
                     .arg(lane.position)
                     .arg(lane.model, lane.systemPrompt)
                     .arg(lane.temperature.value_or(-1))
                     .arg(lane.maxOutputTokens.value_or(-1))
                     .arg(toText(lane.reasoning))
                     .arg(lane.removedAt.has_value());
    }
    for (const Message &m : data.messages) {
        QString line = QStringLiteral("message %1 parent=%2 lane=%3 kind=%4 status=%5 active=%6 kept=%7 model=%8 '%9'")
                           .arg(m.id)
                           .arg(m.parentId.value_or(0))
                           .arg(m.laneId.value_or(0))
                           .arg(toText(m.kind), toText(m.status))
                           .arg(m.active)
                           .arg(m.chosen)
                           .arg(m.model, m.content);
        if (m.error) {
            line += QStringLiteral(" error=%1/%2/'%3'/%4")
                        .arg(toText(m.error->kind))
                        .arg(m.error->httpStatus)
                        .arg(m.error->providerMessage)
                        .arg(m.error->retryAfterMs.value_or(-1));
        }
        if (m.role == MessageRole::Assistant) {
            line += QStringLiteral(" tokens=%1/%2 finish=%3 answered=%4 ttft=%5 duration=%6 rating=%7")
                        .arg(m.metrics.usage.inputTokens.value_or(-1))
                        .arg(m.metrics.usage.outputTokens.value_or(-1))
                        .arg(toText(m.metrics.finishReason), m.metrics.answeredModel)
                        .arg(m.metrics.ttftMs.value_or(-1))
                        .arg(m.metrics.durationMs.value_or(-1))
                        .arg(m.rating.value_or(0));
        }
        lines << line;
    }
    for (const Vote &vote : data.votes) {
        lines << QStringLiteral("vote turn=%1 reply=%2 blind=%3").arg(vote.turnId).arg(vote.replyId).arg(vote.blind);
    }
    return lines;
}

}

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneLaneRateLimited_data();
    void oneLaneRateLimited();
    void nextTurnContext_data();
    void nextTurnContext();
    void continueWithOneLane_data();
    void continueWithOneLane();
    void localLanesWaitInLine();
    void sendToSomeLanes_data();
    void sendToSomeLanes();
    void relaunchRestoresEverything();

private:
    LoopbackServer &server(Protocol protocol) { return *m_servers.at(int(protocol)); }
    void openStore();
    // A conversation with lanes A–D (the four protocols) in mode.
    qint64 fourLanes(ContextMode mode);
    // Sends prompt to laneIds (every lane when empty) and waits until all its replies are finished.
    QList<qint64> sendAndWait(qint64 conversationId, const QString &prompt, const QList<qint64> &laneIds = {});
    // The reply of lane on the conversation's last turn.
    Message lastReplyOf(qint64 conversationId, qint64 laneId);

    std::unique_ptr<QTemporaryDir> m_directory;
    QList<std::shared_ptr<LoopbackServer>> m_servers; // by Protocol
    std::unique_ptr<EnvironmentKeySource> m_keys;
    std::unique_ptr<ProviderServices> m_services;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ComparisonStore> m_comparisons;
    std::unique_ptr<TurnRunner> m_runner;
};

void TestComparison::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-compare-openai");
    qputenv("ANTHROPIC_API_KEY", "sk-compare-anthropic");
    qputenv("GEMINI_API_KEY", "compare-gemini");
}

void TestComparison::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    const Profile profile = Profile::inDirectory(m_directory->filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    m_keys = std::make_unique<EnvironmentKeySource>();
    m_services = std::make_unique<ProviderServices>(profile, m_keys.get());
    for (Protocol protocol : ProtocolScripts::all()) {
        auto server = std::make_shared<LoopbackServer>();
        QVERIFY(server->listen());
        server->setFallback(answerResponse(protocol));
        const QString provider = ModelReference::parse(modelOf(protocol))->providerId;
        QVERIFY(!m_services->registry().setBaseUrl(provider, server->url(ProtocolScripts::basePath(protocol))));
        m_servers.append(server);
    }
    m_database = std::make_unique<Database>(m_directory->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    openStore();
}

void TestComparison::openStore()
{
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_comparisons = std::make_unique<ComparisonStore>(*m_store);
    m_runner = std::make_unique<TurnRunner>(*m_store, *m_services);
}

void TestComparison::cleanup()
{
    m_runner.reset();
    m_comparisons.reset();
    m_store.reset();
    m_database.reset();
    m_services.reset();
    m_keys.reset();
    m_servers.clear();
    m_directory.reset();
}

qint64 TestComparison::fourLanes(ContextMode mode)
{
    QList<Lane> lanes;
    for (Protocol protocol : ProtocolScripts::all()) {
        Lane lane;
        lane.model = modelOf(protocol);
        lanes.append(lane);
    }
    return m_store->createConversation(lanes, mode).value_or(0);
}

QList<qint64> TestComparison::sendAndWait(qint64 conversationId, const QString &prompt, const QList<qint64> &laneIds)
{
    QSignalSpy started(m_runner.get(), &TurnRunner::replyStarted);
    QSignalSpy finished(m_runner.get(), &TurnRunner::replyFinished);
    const bool sent
        = laneIds.isEmpty() ? m_runner->send(conversationId, prompt) : m_runner->send(conversationId, prompt, laneIds);
    if (!sent) {
        qWarning().noquote() << "send failed:" << m_runner->lastError();
        return {};
    }
    if (!QTest::qWaitFor([&] { return finished.size() == started.size(); }, 20000)) {
        return {};
    }
    QList<qint64> replies;
    for (const QList<QVariant> &arguments : std::as_const(started)) {
        replies.append(arguments.at(2).toLongLong());
    }
    return replies;
}

Message TestComparison::lastReplyOf(qint64 conversationId, qint64 laneId)
{
    const QList<Message> turns = m_store->activeTurns(conversationId);
    for (const Message &reply : m_store->repliesTo(turns.constLast().id)) {
        if (reply.laneId == laneId && reply.active) {
            return reply;
        }
    }
    return {};
}

void TestComparison::oneLaneRateLimited_data()
{
    QTest::addColumn<int>("failing");
    for (int lane = 0; lane < LaneCount; ++lane) {
        QTest::addRow("%s answers 429", ProtocolScripts::name(protocolOf(lane))) << lane;
    }
}

void TestComparison::oneLaneRateLimited()
{
    QFETCH(int, failing);
    const Protocol failingProtocol = protocolOf(failing);
    // A hint longer than a job waits by itself (60 s): the answer fails at once, with the default retries.
    server(failingProtocol)
        .enqueue(ScriptedResponse::json(429,
            ProtocolScripts::errorBody(failingProtocol, 429, "Rate limit reached for requests per minute"),
            {{"Retry-After", "120"}}));
    const qint64 conversation = fourLanes(ContextMode::Independent);
    QVERIFY(conversation > 0);
    const QList<Lane> lanes = m_store->lanes(conversation);
    QCOMPARE(lanes.size(), LaneCount);

    QCOMPARE(sendAndWait(conversation, QStringLiteral("Which is the best sorting algorithm?")).size(), LaneCount);
    for (int lane = 0; lane < LaneCount; ++lane) {
        const Protocol protocol = protocolOf(lane);
        const Message reply = lastReplyOf(conversation, lanes.at(lane).id);
        QCOMPARE(server(protocol).requests().size(), 1);
        if (lane == failing) {
            QCOMPARE(reply.status, MessageStatus::Error);
            QVERIFY(reply.content.isEmpty());
            QVERIFY(reply.error);
            QCOMPARE(reply.error->kind, ErrorKind::RateLimited);
            QCOMPARE(toText(reply.error->kind), QStringLiteral("rate_limited"));
            QCOMPARE(reply.error->httpStatus, 429);
            QCOMPARE(reply.error->providerMessage, QStringLiteral("Rate limit reached for requests per minute"));
            QCOMPARE(reply.error->retryAfterMs, std::optional<qint64>(120000));
            // In plain words: no JSON envelope, the provider named, the wait said.
            const auto provider = m_services->registry().provider(lanes.at(lane).provider());
            const QString plain = ChatJob::describeError(*reply.error, *provider);
            QVERIFY2(plain.startsWith(provider->displayName
                         + QStringLiteral("'s rate limit was reached (HTTP 429): "
                                          "Rate limit reached for requests per "
                                          "minute.")),
                qPrintable(plain));
            QVERIFY2(plain.endsWith(QStringLiteral("Try again in 120.0 s.")), qPrintable(plain));
            QVERIFY(!plain.contains(QLatin1Char('{')));
            continue;
        }
        QCOMPARE(reply.status, MessageStatus::Complete);
        QCOMPARE(reply.content, answerText(protocol));
        QVERIFY(!reply.error);
        QCOMPARE(reply.model, modelOf(protocol));
        QCOMPARE(reply.metrics.answeredModel, ProtocolScripts::responseModel(protocol));
        QCOMPARE(reply.metrics.usage.inputTokens, std::optional<qint64>(12));
        QCOMPARE(reply.metrics.usage.outputTokens, std::optional<qint64>(5));
        QVERIFY(!reply.metrics.tokensEstimated);
        QCOMPARE(reply.metrics.finishReason, FinishReason::Stop);
        QVERIFY(reply.metrics.ttftMs);
        QVERIFY(reply.metrics.durationMs);
        QVERIFY(*reply.metrics.durationMs >= *reply.metrics.ttftMs);
    }

    // Retry failed: only the failing lane asks again, and this time it answers.
    QSignalSpy started(m_runner.get(), &TurnRunner::replyStarted);
    QSignalSpy finished(m_runner.get(), &TurnRunner::replyFinished);
    QCOMPARE(m_runner->retryFailed(conversation), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(1).toLongLong(), lanes.at(failing).id);
    QVERIFY(finished.wait(20000));
    const Message retried = lastReplyOf(conversation, lanes.at(failing).id);
    QCOMPARE(retried.id, started.at(0).at(2).toLongLong());
    QCOMPARE(retried.status, MessageStatus::Complete);
    QCOMPARE(retried.content, answerText(failingProtocol));
    QCOMPARE(server(failingProtocol).requests().size(), 2);
    QCOMPARE(conversationOf(failingProtocol, server(failingProtocol).requests().constLast().body),
        QStringList {QStringLiteral("user: Which is the best sorting algorithm?")});
    for (int lane = 0; lane < LaneCount; ++lane) {
        if (lane != failing) {
            QCOMPARE(server(protocolOf(lane)).requests().size(), 1); // no second request
        }
    }
    QCOMPARE(m_runner->retryFailed(conversation), 0);
    QCOMPARE(m_runner->lastError(), QStringLiteral("No reply of the last turn failed."));
}

void TestComparison::nextTurnContext_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("kept"); // a lane, Synthesis for a kept synthesis, -1 for none
    constexpr int Synthesis = LaneCount;
    QTest::newRow("independent") << int(ContextMode::Independent) << -1;
    QTest::newRow("independent, a kept reply changes nothing") << int(ContextMode::Independent) << 1;
    for (int lane = 0; lane < LaneCount; ++lane) {
        QTest::addRow("shared, lane %c (%s) kept", char('A' + lane), ProtocolScripts::name(protocolOf(lane)))
            << int(ContextMode::Shared) << lane;
    }
    QTest::newRow("shared, a synthesis kept") << int(ContextMode::Shared) << Synthesis;
}

void TestComparison::nextTurnContext()
{
    QFETCH(int, mode);
    QFETCH(int, kept);
    const auto contextMode = ContextMode(mode);
    const qint64 conversation = fourLanes(contextMode);
    const QList<Lane> lanes = m_store->lanes(conversation);
    QCOMPARE(sendAndWait(conversation, QStringLiteral("First question")).size(), LaneCount);

    const QString synthesis = QStringLiteral("A synthesis of the four answers: ça va.");
    if (kept == LaneCount) {
        const qint64 turn = m_store->activeTurns(conversation).constLast().id;
        const auto derived = m_comparisons->beginDerivedReply(turn, MessageKind::Synthesis, modelOf(Protocol::OpenAI));
        QVERIFY(derived);
        QVERIFY(m_store->finishReply(*derived, synthesis, {}, MessageStatus::Complete, {}));
        QVERIFY(m_comparisons->keepReply(*derived));
    } else if (kept >= 0) {
        QVERIFY(m_comparisons->keepReply(lastReplyOf(conversation, lanes.at(kept).id).id));
    }

    QCOMPARE(sendAndWait(conversation, QStringLiteral("Second question")).size(), LaneCount);
    QStringList texts;
    for (Protocol protocol : ProtocolScripts::all()) {
        texts.append(answerText(protocol));
    }
    texts.append(synthesis);
    for (int lane = 0; lane < LaneCount; ++lane) {
        const Protocol protocol = protocolOf(lane);
        QCOMPARE(server(protocol).requests().size(), 2);
        const QByteArray body = server(protocol).requests().at(1).body;
        const bool shared = contextMode == ContextMode::Shared && kept >= 0;
        const QString expected = shared ? texts.at(kept) : texts.at(lane);
        QCOMPARE(conversationOf(protocol, body),
            (QStringList {QStringLiteral("user: First question"), QStringLiteral("assistant: ") + expected,
                QStringLiteral("user: Second question")}));
        // Nothing of the other answers in the bytes, in any field.
        const QString raw = QString::fromUtf8(body);
        for (const QString &other : std::as_const(texts)) {
            if (other != expected) {
                QVERIFY2(!raw.contains(other), qPrintable(QStringLiteral("%1 carries '%2'").arg(lane).arg(other)));
            }
        }
    }
}

void TestComparison::continueWithOneLane_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("forked");
    QTest::addColumn<int>("kept");
    QTest::newRow("independent, Gemini lane") << int(ContextMode::Independent) << 2 << -1;
    QTest::newRow("independent, Ollama lane") << int(ContextMode::Independent) << 3 << -1;
    QTest::newRow("shared, Gemini lane, Anthropic kept") << int(ContextMode::Shared) << 2 << 1;
    QTest::newRow("shared, OpenAI lane, Ollama kept") << int(ContextMode::Shared) << 0 << 3;
}

void TestComparison::continueWithOneLane()
{
    QFETCH(int, mode);
    QFETCH(int, forked);
    QFETCH(int, kept);
    const qint64 conversation = fourLanes(ContextMode(mode));
    QList<Lane> lanes = m_store->lanes(conversation);
    Lane parameters = lanes.at(forked);
    parameters.systemPrompt = QStringLiteral("Be brief.");
    parameters.temperature = 0.5;
    QVERIFY(m_store->setLaneParameters(parameters.id, parameters));
    QCOMPARE(sendAndWait(conversation, QStringLiteral("Turn one")).size(), LaneCount);
    if (kept >= 0) {
        QVERIFY(m_comparisons->keepReply(lastReplyOf(conversation, lanes.at(kept).id).id));
    }
    QCOMPARE(sendAndWait(conversation, QStringLiteral("Turn two")).size(), LaneCount);
    const auto source = m_store->historyForLane(lanes.at(forked).id);
    QVERIFY(source);

    const auto fork = m_comparisons->forkLane(lanes.at(forked).id);
    QVERIFY2(fork, qPrintable(m_store->lastError().message));
    const QList<Lane> forkLanes = m_store->lanes(*fork);
    QCOMPARE(forkLanes.size(), 1);
    QCOMPARE(forkLanes.constFirst().model, lanes.at(forked).model);
    QCOMPARE(forkLanes.constFirst().temperature, std::optional<double>(0.5));
    const auto history = m_store->historyForLane(forkLanes.constFirst().id);
    QVERIFY(history);
    QCOMPARE(history->systemPrompt, source->systemPrompt);
    QCOMPARE(history->messages.size(), source->messages.size());
    QStringList expected;
    for (qsizetype i = 0; i < source->messages.size(); ++i) {
        QCOMPARE(history->messages.at(i).role, source->messages.at(i).role);
        QCOMPARE(history->messages.at(i).content, source->messages.at(i).content);
        expected.append((source->messages.at(i).role == ChatMessage::Role::User ? QStringLiteral("user: ")
                                                                                : QStringLiteral("assistant: "))
            + source->messages.at(i).content);
    }
    const QString keptText = answerText(protocolOf(kept >= 0 ? kept : forked));
    QCOMPARE(expected,
        (QStringList {QStringLiteral("user: Turn one"), QStringLiteral("assistant: ") + keptText,
            QStringLiteral("user: Turn two"), QStringLiteral("assistant: ") + answerText(protocolOf(forked))}));

    // The fork's next turn carries exactly that history, to the same model with its parameters.
    const Protocol protocol = protocolOf(forked);
    QCOMPARE(sendAndWait(*fork, QStringLiteral("Turn three")).size(), 1);
    QCOMPARE(server(protocol).requests().size(), 3);
    const QByteArray body = server(protocol).requests().constLast().body;
    expected.append(QStringLiteral("user: Turn three"));
    QCOMPARE(conversationOf(protocol, body), expected);
    QCOMPARE(systemPromptOf(protocol, body), QStringLiteral("Be brief."));
    for (int lane = 0; lane < LaneCount; ++lane) {
        if (lane != forked) {
            QCOMPARE(server(protocolOf(lane)).requests().size(), 2);
        }
    }
    // The source conversation is untouched.
    QCOMPARE(m_store->lanes(conversation).size(), LaneCount);
    QCOMPARE(m_store->activeTurns(conversation).size(), 2);
}

void TestComparison::localLanesWaitInLine()
{
    const auto ollama = m_services->registry().provider(QStringLiteral("ollama"));
    QVERIFY(ollama);
    QVERIFY(ollama->local);
    QCOMPARE(ollama->maxConcurrentStreams, 1); // the preset's default, not set by this test
    ScriptedResponse held = answerResponse(Protocol::Ollama);
    held.held = true;
    server(Protocol::Ollama).setFallback(held);
    const auto conversation
        = m_runner->startConversation({QStringLiteral("ollama/llama-a"), QStringLiteral("ollama/llama-b")});
    QVERIFY(conversation);
    QSignalSpy started(m_runner.get(), &TurnRunner::replyStarted);
    QSignalSpy queued(m_runner.get(), &TurnRunner::replyQueued);
    QSignalSpy finished(m_runner.get(), &TurnRunner::replyFinished);
    // While the first answer streams, how many answers the scheduler holds back.
    QList<int> waitingWhileFirstStreams;
    connect(m_runner.get(), &TurnRunner::replyText, this, [&](qint64 replyId, const QString &) {
        if (replyId == started.at(0).at(2).toLongLong()) {
            waitingWhileFirstStreams.append(m_services->scheduler().queuedCount(QStringLiteral("ollama")));
        }
    });

    QVERIFY(m_runner->send(*conversation, QStringLiteral("One at a time")));
    QCOMPARE(started.size(), 2);
    const qint64 first = started.at(0).at(2).toLongLong();
    const qint64 second = started.at(1).at(2).toLongLong();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).at(0).toLongLong(), second);
    QCOMPARE(queued.at(0).at(1).toBool(), true);
    QTRY_COMPARE(server(Protocol::Ollama).heldCount(), 1);
    QCOMPARE(server(Protocol::Ollama).requests().size(), 1);

    server(Protocol::Ollama).releaseHeld();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), first);
    QVERIFY(!waitingWhileFirstStreams.isEmpty());
    QCOMPARE(waitingWhileFirstStreams.count(1), waitingWhileFirstStreams.size());
    QTRY_COMPARE(queued.size(), 2);
    QCOMPARE(queued.at(1).at(0).toLongLong(), second);
    QCOMPARE(queued.at(1).at(1).toBool(), false);
    QTRY_COMPARE(server(Protocol::Ollama).heldCount(), 1);
    server(Protocol::Ollama).releaseHeld();
    QTRY_COMPARE(finished.size(), 2);

    QCOMPARE(server(Protocol::Ollama).maxOpenResponses(), 1); // never two requests open at once
    QCOMPARE(server(Protocol::Ollama).requests().size(), 2);
    for (const qint64 id : {first, second}) {
        QCOMPARE(m_store->message(id)->status, MessageStatus::Complete);
        QCOMPARE(m_store->message(id)->content, answerText(Protocol::Ollama));
    }
}

void TestComparison::sendToSomeLanes_data()
{
    QTest::addColumn<QList<int>>("chosen");
    QTest::newRow("A") << QList<int> {0};
    QTest::newRow("B and D") << QList<int> {1, 3};
    QTest::newRow("D, C and A, named out of order") << QList<int> {3, 2, 0};
}

void TestComparison::sendToSomeLanes()
{
    QFETCH(QList<int>, chosen);
    const qint64 conversation = fourLanes(ContextMode::Independent);
    const QList<Lane> lanes = m_store->lanes(conversation);
    QList<qint64> laneIds;
    for (int lane : std::as_const(chosen)) {
        laneIds.append(lanes.at(lane).id);
    }
    const QList<qint64> replies = sendAndWait(conversation, QStringLiteral("Just some of you"), laneIds);
    QCOMPARE(replies.size(), chosen.size());
    for (int lane = 0; lane < LaneCount; ++lane) {
        const Protocol protocol = protocolOf(lane);
        const bool asked = chosen.contains(lane);
        QCOMPARE(server(protocol).requests().size(), asked ? 1 : 0);
        const Message reply = lastReplyOf(conversation, lanes.at(lane).id);
        QCOMPARE(reply.id != 0, asked);
        if (asked) {
            QCOMPARE(reply.content, answerText(protocol));
            QCOMPARE(conversationOf(protocol, server(protocol).requests().constFirst().body),
                QStringList {QStringLiteral("user: Just some of you")});
        }
    }
}

void TestComparison::relaunchRestoresEverything()
{
    // Turn 1: the Gemini lane is rate limited; the Anthropic reply is kept (revealing the blind names).
    server(Protocol::Gemini)
        .enqueue(ScriptedResponse::json(
            429, ProtocolScripts::errorBody(Protocol::Gemini, 429, "Quota exceeded"), {{"Retry-After", "90"}}));
    const qint64 conversation = fourLanes(ContextMode::Shared);
    const QList<Lane> lanes = m_store->lanes(conversation);
    Lane parameters = lanes.at(1);
    parameters.systemPrompt = QStringLiteral("Short answers.");
    parameters.temperature = 0.3;
    parameters.maxOutputTokens = 256;
    parameters.reasoning = ReasoningEffort::High;
    QVERIFY(m_store->setLaneParameters(parameters.id, parameters));
    QVERIFY(m_comparisons->setBlind(conversation, true));
    QVERIFY(m_comparisons->setViewState(conversation, QStringLiteral(R"({"layout":"grid","sizes":[1,2,1,2]})")));
    QCOMPARE(sendAndWait(conversation, QStringLiteral("Turn one")).size(), LaneCount);
    QVERIFY(m_comparisons->keepReply(lastReplyOf(conversation, lanes.at(1).id).id));
    // Turn 2, blind again: a vote for the Ollama lane, and a synthesis.
    QVERIFY(m_comparisons->setBlind(conversation, true));
    QCOMPARE(sendAndWait(conversation, QStringLiteral("Turn two")).size(), LaneCount);
    QVERIFY(m_comparisons->vote(lastReplyOf(conversation, lanes.at(3).id).id));
    QVERIFY(m_store->rateReply(lastReplyOf(conversation, lanes.at(0).id).id, 1));
    const qint64 turnTwo = m_store->activeTurns(conversation).constLast().id;
    const auto synthesis = m_comparisons->beginDerivedReply(turnTwo, MessageKind::Synthesis, modelOf(Protocol::OpenAI));
    QVERIFY(synthesis);
    QVERIFY(m_store->finishReply(*synthesis, QStringLiteral("Merged."), {}, MessageStatus::Complete, {}));
    const auto before = m_store->load(conversation);
    QVERIFY(before);
    const auto votesBefore = m_comparisons->votes(conversation);
    QVERIFY(votesBefore);
    QCOMPARE(votesBefore->size(), 1);

    // Quit: everything closed, then a new store and runner on the same file.
    m_runner.reset();
    m_comparisons.reset();
    m_store.reset();
    m_database.reset();
    m_database = std::make_unique<Database>(m_directory->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    openStore();

    const auto after = m_store->load(conversation);
    QVERIFY(after);
    QCOMPARE(describe(*after), describe(*before));
    QCOMPARE(after->lanes.size(), LaneCount);
    QCOMPARE(after->lanes.at(1).reasoning, ReasoningEffort::High);
    QCOMPARE(after->lanes.at(1).maxOutputTokens, std::optional<int>(256));
    QVERIFY(after->conversation.revealed);
    QCOMPARE(after->conversation.viewState, QStringLiteral(R"({"layout":"grid","sizes":[1,2,1,2]})"));
    const Message kept = *m_store->message(before->messages.at(2).id); // turn 1, lane B
    QCOMPARE(kept.laneId, std::optional<qint64>(lanes.at(1).id));
    QVERIFY(kept.chosen);
    const Message limited = *m_store->message(before->messages.at(3).id); // turn 1, lane C
    QCOMPARE(limited.status, MessageStatus::Error);
    QCOMPARE(limited.error->kind, ErrorKind::RateLimited);
    const auto votesAfter = m_comparisons->votes(conversation);
    QVERIFY(votesAfter);
    QCOMPARE(votesAfter->size(), 1);
    QCOMPARE(votesAfter->constFirst().replyId, votesBefore->constFirst().replyId);
    QCOMPARE(votesAfter->constFirst().blind, true);

    // And it carries on: the next turn of every lane continues from the kept reply.
    QCOMPARE(sendAndWait(conversation, QStringLiteral("Turn three")).size(), LaneCount);
    const QByteArray body = server(Protocol::OpenAI).requests().constLast().body;
    QCOMPARE(conversationOf(Protocol::OpenAI, body).mid(0, 2),
        (QStringList {
            QStringLiteral("user: Turn one"), QStringLiteral("assistant: ") + answerText(Protocol::Anthropic)}));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
