// DerivedReplyRunner against a real loopback server speaking the OpenAI
// stream format, writing into a real SQLite file: what the judge model is
// sent, how its answer is stored (kind, model, metrics), errors, stop, the
// refusals, and a kept synthesis in shared mode.

#include "compare/derivedreply.h"
#include "protocolscripts.h"
#include "store/comparisonstore.h"
#include "storeandserver.h"
#include "transcripts/exporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

namespace
{

// The text of every message the request carries, the system prompt included.
QString allText(const RecordedRequest &request)
{
    QStringList texts;
    const QJsonArray messages = request.json().value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : messages) {
        texts.append(value.toObject().value(QLatin1String("content")).toString());
    }
    return texts.join(QLatin1Char('\n'));
}

const QString JudgeModel = QStringLiteral("openai/gpt-judge");

}

class TestDerivedReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answerIsStreamedAndStored_data();
    void answerIsStreamedAndStored();
    void blindJudgementNamesNoModel();
    void serverErrorIsStoredAsError();
    void stopKeepsThePartialText();
    void quittingMidAnswerKeepsIt();
    void refusals_data();
    void refusals();
    void keptSynthesisReachesEveryLane();
    void regeneratedSynthesisIsANewVersion();
    void regeneratedJudgementAsksTheSameCriteria_data();
    void regeneratedJudgementAsksTheSameCriteria();
    void regenerateRefusals_data();
    void regenerateRefusals();
    void regenerateWhileRunningIsRefused();

private:
    // A conversation with one prompt and a finished reply per lane; returns the prompt's id.
    qint64 comparison(const QStringList &replies, ContextMode mode = ContextMode::Independent);
    int messageCount() { return int(m_world->store->load(m_conversation)->messages.size()); }

    std::unique_ptr<StoreAndServer> m_world;
    std::unique_ptr<DerivedReplyRunner> m_runner;
    qint64 m_conversation = 0;
    QList<qint64> m_lanes;
};

void TestDerivedReply::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-derived-openai");
    qunsetenv("ANTHROPIC_API_KEY");
}

void TestDerivedReply::init()
{
    m_world = std::make_unique<StoreAndServer>();
    const QString problem = m_world->open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_world->server->setFallback(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Merged answer.")));
    m_runner = std::make_unique<DerivedReplyRunner>(*m_world->store, *m_world->services);
    ChatJobOptions options;
    options.maxRetries = 0; // errors reach the store at once
    m_runner->setJobOptions(options);
}

void TestDerivedReply::cleanup()
{
    m_runner.reset();
    m_world.reset();
    m_lanes.clear();
}

qint64 TestDerivedReply::comparison(const QStringList &replies, ContextMode mode)
{
    QList<Lane> lanes;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        Lane lane;
        lane.model = i % 2 == 0 ? QStringLiteral("openai/gpt-lane-%1").arg(i) : QStringLiteral("anthropic/claude-lane");
        lanes.append(lane);
    }
    m_conversation = m_world->store->createConversation(lanes, mode).value();
    m_lanes.clear();
    for (const Lane &lane : m_world->store->lanes(m_conversation)) {
        m_lanes.append(lane.id);
    }
    const qint64 turn
        = m_world->store->appendUserTurn(m_conversation, QStringLiteral("Which sorting algorithm?")).value();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const qint64 reply = m_world->store->beginReply(turn, m_lanes.at(i)).value();
        if (replies.at(i).isEmpty()) {
            ProviderError error;
            error.kind = ErrorKind::Server;
            m_world->store->finishReply(reply, {}, {}, MessageStatus::Error, {}, error);
        } else {
            m_world->store->finishReply(reply, replies.at(i), {}, MessageStatus::Complete, {});
        }
    }
    return turn;
}

void TestDerivedReply::answerIsStreamedAndStored_data()
{
    QTest::addColumn<bool>("synthesis");
    QTest::newRow("synthesis") << true;
    QTest::newRow("judgement") << false;
}

void TestDerivedReply::answerIsStreamedAndStored()
{
    QFETCH(bool, synthesis);
    const qint64 turn = comparison({QStringLiteral("Use quicksort."), QStringLiteral("Use merge sort.")});
    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    QSignalSpy text(m_runner.get(), &DerivedReplyRunner::replyText);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);

    const QStringList criteria = {QStringLiteral("speed"), QStringLiteral("stability")};
    const std::optional<qint64> id
        = synthesis ? m_runner->synthesize(turn, JudgeModel) : m_runner->judge(turn, JudgeModel, criteria);
    QVERIFY2(id, qPrintable(m_runner->lastError()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toLongLong(), m_conversation);
    QCOMPARE(started.at(0).at(1).toLongLong(), *id);
    QVERIFY(m_runner->isRunning(*id));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), *id);
    QVERIFY(!m_runner->isRunning(*id));
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.at(0).at(1).toString(), QStringLiteral("Merged answer."));

    // What the model was sent: its own model id, both replies and the prompt.
    QCOMPARE(m_world->server->requests().size(), 1);
    const RecordedRequest &request = m_world->server->requests().first();
    QVERIFY(request.path.endsWith("/chat/completions"));
    QCOMPARE(request.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-judge"));
    const QString sent = allText(request);
    QVERIFY(sent.contains(QStringLiteral("Use quicksort.")));
    QVERIFY(sent.contains(QStringLiteral("Use merge sort.")));
    QVERIFY(sent.contains(QStringLiteral("Which sorting algorithm?")));
    QCOMPARE(sent.contains(QStringLiteral("1. speed\n2. stability")), !synthesis);

    // How it is stored: a reply of its own kind, outside the lanes, with its metrics.
    const Message stored = *m_world->store->message(*id);
    QCOMPARE(stored.kind, synthesis ? MessageKind::Synthesis : MessageKind::Judgement);
    QCOMPARE(stored.model, JudgeModel);
    QCOMPARE(stored.parentId, std::optional<qint64>(turn));
    QVERIFY(!stored.laneId);
    QCOMPARE(stored.status, MessageStatus::Complete);
    QCOMPARE(stored.content, QStringLiteral("Merged answer."));
    QCOMPARE(stored.metrics.usage.inputTokens, std::optional<qint64>(12));
    QCOMPARE(stored.metrics.usage.outputTokens, std::optional<qint64>(5));
    QVERIFY(stored.metrics.ttftMs.has_value());
    QVERIFY(stored.metrics.durationMs.has_value());
    QCOMPARE(stored.metrics.finishReason, FinishReason::Stop);
    QCOMPARE(stored.metrics.answeredModel, QStringLiteral("gpt-test-2025-01-01"));
    // Shown after the lanes' replies of its turn.
    const QList<Message> replies = m_world->store->repliesTo(turn);
    QCOMPARE(replies.size(), 3);
    QCOMPARE(replies.last().id, *id);
}

void TestDerivedReply::blindJudgementNamesNoModel()
{
    const qint64 turn = comparison({QStringLiteral("Use quicksort."), QStringLiteral("Use merge sort.")});
    ComparisonStore comparisons(*m_world->store);
    QVERIFY(comparisons.setBlind(m_conversation, true));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    QVERIFY2(m_runner->judge(turn, JudgeModel, {}), qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));
    const QString sent = allText(m_world->server->requests().first());
    QVERIFY(sent.contains(QStringLiteral("<answer label=\"A\">")));
    QVERIFY(sent.contains(QStringLiteral("<answer label=\"B\">")));
    QVERIFY(!sent.contains(QStringLiteral("gpt-lane")));
    QVERIFY(!sent.contains(QStringLiteral("claude-lane")));
}

void TestDerivedReply::serverErrorIsStoredAsError()
{
    const qint64 turn = comparison({QStringLiteral("One."), QStringLiteral("Two.")});
    m_world->server->enqueue(ScriptedResponse::json(
        500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "The server had an error processing your request.")));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> id = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(id, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));
    const Message stored = *m_world->store->message(*id);
    QCOMPARE(stored.status, MessageStatus::Error);
    QVERIFY(stored.error.has_value());
    QCOMPARE(stored.error->kind, ErrorKind::Server);
    QCOMPARE(stored.error->httpStatus, 500);
    QCOMPARE(stored.error->providerMessage, QStringLiteral("The server had an error processing your request."));
    QVERIFY(stored.content.isEmpty()); // the error is typed, never mixed into the text
}

void TestDerivedReply::stopKeepsThePartialText()
{
    const qint64 turn = comparison({QStringLiteral("One."), QStringLiteral("Two.")});
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "| Answer | Score |"));
    stalled.end = ScriptedResponse::End::Stall;
    m_world->server->enqueue(stalled);
    QSignalSpy text(m_runner.get(), &DerivedReplyRunner::replyText);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> id = m_runner->judge(turn, JudgeModel, {});
    QVERIFY2(id, qPrintable(m_runner->lastError()));
    QTRY_COMPARE(text.size(), 1);

    m_runner->stop(*id);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_runner->isRunning(*id));
    const Message stored = *m_world->store->message(*id);
    QCOMPARE(stored.status, MessageStatus::Cancelled);
    QCOMPARE(stored.content, QStringLiteral("| Answer | Score |"));
    QCOMPARE(stored.kind, MessageKind::Judgement);
    QCOMPARE(stored.metrics.finishReason, FinishReason::Cancelled);
}

void TestDerivedReply::quittingMidAnswerKeepsIt()
{
    const qint64 turn = comparison({QStringLiteral("One."), QStringLiteral("Two.")});
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Both agree"));
    stalled.end = ScriptedResponse::End::Stall;
    m_world->server->enqueue(stalled);
    QSignalSpy text(m_runner.get(), &DerivedReplyRunner::replyText);
    const std::optional<qint64> id = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(id, qPrintable(m_runner->lastError()));
    QTRY_COMPARE(text.size(), 1);
    m_runner.reset();
    const Message stored = *m_world->store->message(*id);
    QCOMPARE(stored.status, MessageStatus::Interrupted);
    QCOMPARE(stored.content, QStringLiteral("Both agree"));
}

void TestDerivedReply::refusals_data()
{
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("error");
    const QStringList two = {QStringLiteral("One."), QStringLiteral("Two.")};
    QTest::newRow("one finished reply") << QStringList({QStringLiteral("One."), QString()}) << JudgeModel
                                        << QStringLiteral("at least two finished replies");
    QTest::newRow("unknown provider") << two << QStringLiteral("nosuch/model") << QStringLiteral("Unknown provider");
    QTest::newRow("not provider/model") << two << QStringLiteral("gpt-judge") << QStringLiteral("provider/model");
    QTest::newRow("no key") << two << QStringLiteral("anthropic/claude-judge") << QStringLiteral("needs an API key");
}

void TestDerivedReply::refusals()
{
    QFETCH(QStringList, replies);
    QFETCH(QString, model);
    QFETCH(QString, error);
    const qint64 turn = comparison(replies);
    const int before = messageCount();
    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    for (const bool synthesis : {true, false}) {
        const auto id = synthesis ? m_runner->synthesize(turn, model) : m_runner->judge(turn, model, {});
        QVERIFY(!id);
        QVERIFY2(m_runner->lastError().contains(error), qPrintable(m_runner->lastError()));
    }
    QVERIFY(!m_runner->synthesize(turn + 1000, JudgeModel));
    QVERIFY(m_runner->lastError().contains(QStringLiteral("no prompt")));
    QCOMPARE(started.size(), 0);
    QCOMPARE(messageCount(), before); // no reply row left behind
    QCOMPARE(m_world->server->requests().size(), 0);
}

void TestDerivedReply::keptSynthesisReachesEveryLane()
{
    const qint64 turn
        = comparison({QStringLiteral("Quicksort."), QStringLiteral("Merge sort."), QStringLiteral("Heapsort.")},
            ContextMode::Shared);
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> id = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(id, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));

    ComparisonStore comparisons(*m_world->store);
    QVERIFY(comparisons.keepReply(*id));
    QVERIFY(m_world->store->appendUserTurn(m_conversation, QStringLiteral("And for linked lists?")));
    for (const qint64 lane : std::as_const(m_lanes)) {
        const std::optional<LaneContext> context = m_world->store->historyForLane(lane);
        QVERIFY(context);
        QCOMPARE(context->messages.size(), 3);
        QCOMPARE(context->messages.at(0).content, QStringLiteral("Which sorting algorithm?"));
        QCOMPARE(context->messages.at(1).role, ChatMessage::Role::Assistant);
        QCOMPARE(context->messages.at(1).content, QStringLiteral("Merged answer."));
        QCOMPARE(context->messages.at(2).content, QStringLiteral("And for linked lists?"));
    }
}

void TestDerivedReply::regeneratedSynthesisIsANewVersion()
{
    const qint64 turn = comparison({QStringLiteral("Use quicksort."), QStringLiteral("Use merge sort.")});
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "First merge.")));
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Verdict: B.")));
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Second merge.")));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> first = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(first, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));
    // A judgement of the same turn by the same model: not a version of the synthesis.
    const std::optional<qint64> judgement = m_runner->judge(turn, JudgeModel, {});
    QVERIFY2(judgement, qPrintable(m_runner->lastError()));
    QTRY_COMPARE(finished.size(), 2);

    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    const std::optional<qint64> second = m_runner->regenerate(*first);
    QVERIFY2(second, qPrintable(m_runner->lastError()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(1).toLongLong(), *second);
    QTRY_COMPARE(finished.size(), 3);

    // The same request again, to the same model.
    QCOMPARE(m_world->server->requests().size(), 3);
    QCOMPARE(m_world->server->requests().at(2).json(), m_world->server->requests().at(0).json());
    const Message stored = *m_world->store->message(*second);
    QCOMPARE(stored.kind, MessageKind::Synthesis);
    QCOMPARE(stored.model, JudgeModel);
    QCOMPARE(stored.parentId, std::optional<qint64>(turn));
    QCOMPARE(stored.content, QStringLiteral("Second merge."));

    // A second version: the old one kept, inactive; the judgement untouched.
    QCOMPARE(m_world->store->siblingIds(*second), QList<qint64>({*first, *second}));
    QCOMPARE(m_world->store->siblingIds(*first), QList<qint64>({*first, *second}));
    QCOMPARE(m_world->store->siblingIds(*judgement), QList<qint64>({*judgement}));
    QVERIFY(!m_world->store->message(*first)->active);
    QVERIFY(m_world->store->message(*second)->active);
    QVERIFY(m_world->store->message(*judgement)->active);

    // The export shows the active version only, and follows the navigator.
    const auto exported = [this] {
        return QString::fromUtf8(Transcripts::renderConversation(
            *m_world->store->load(m_conversation), Transcripts::Format::Markdown, m_world->store->now()));
    };
    QVERIFY(exported().contains(QStringLiteral("Second merge.")));
    QVERIFY(!exported().contains(QStringLiteral("First merge.")));
    QVERIFY(exported().contains(QStringLiteral("Verdict: B.")));
    QVERIFY(m_world->store->setActiveReply(*first));
    QVERIFY(m_world->store->message(*first)->active);
    QVERIFY(!m_world->store->message(*second)->active);
    QVERIFY(m_world->store->message(*judgement)->active);
    QVERIFY(exported().contains(QStringLiteral("First merge.")));
    QVERIFY(!exported().contains(QStringLiteral("Second merge.")));

    // Deleting the version shown brings the newest other one back.
    QVERIFY(m_world->store->deleteMessage(*first));
    QVERIFY(m_world->store->message(*second)->active);
    QVERIFY(m_world->store->message(*judgement)->active);
    QCOMPARE(m_world->store->siblingIds(*second), QList<qint64>({*second}));
}

void TestDerivedReply::regeneratedJudgementAsksTheSameCriteria_data()
{
    QTest::addColumn<QStringList>("criteria");
    QTest::newRow("named criteria") << QStringList({QStringLiteral("speed"), QStringLiteral("stability")});
    QTest::newRow("the default ones") << QStringList();
}

void TestDerivedReply::regeneratedJudgementAsksTheSameCriteria()
{
    QFETCH(QStringList, criteria);
    const qint64 turn = comparison({QStringLiteral("Use quicksort."), QStringLiteral("Use merge sort.")});
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> first = m_runner->judge(turn, JudgeModel, criteria);
    QVERIFY2(first, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));
    const QStringList asked = criteria.isEmpty() ? Compare::defaultCriteria() : criteria;
    ComparisonStore comparisons(*m_world->store);
    QCOMPARE(comparisons.derivedCriteria(*first), std::optional<QStringList>(asked));

    const std::optional<qint64> second = m_runner->regenerate(*first);
    QVERIFY2(second, qPrintable(m_runner->lastError()));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_world->server->requests().size(), 2);
    QString numbered;
    for (qsizetype i = 0; i < asked.size(); ++i) {
        numbered += QStringLiteral("%1. %2\n").arg(i + 1).arg(asked.at(i));
    }
    QVERIFY2(allText(m_world->server->requests().at(1)).contains(numbered),
        qPrintable(allText(m_world->server->requests().at(1))));
    QCOMPARE(m_world->server->requests().at(1).json(), m_world->server->requests().at(0).json());
    QCOMPARE(comparisons.derivedCriteria(*second), std::optional<QStringList>(asked));
    QCOMPARE(m_world->store->message(*second)->kind, MessageKind::Judgement);
    QCOMPARE(m_world->store->siblingIds(*second), QList<qint64>({*first, *second}));
}

void TestDerivedReply::regenerateRefusals_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("laneReply");
    QTest::addColumn<QString>("error");
    QTest::newRow("a lane's reply") << JudgeModel << true << QStringLiteral("no synthesis or judgement");
    QTest::newRow("no key") << QStringLiteral("anthropic/claude-judge") << false << QStringLiteral("needs an API key");
    QTest::newRow("unknown provider") << QStringLiteral("nosuch/judge") << false << QStringLiteral("Unknown provider");
}

void TestDerivedReply::regenerateRefusals()
{
    QFETCH(QString, model);
    QFETCH(bool, laneReply);
    QFETCH(QString, error);
    const qint64 turn = comparison({QStringLiteral("One."), QStringLiteral("Two.")});
    // A judgement as an earlier session (or another profile's keys) left it.
    ComparisonStore comparisons(*m_world->store);
    const qint64 stored = comparisons.beginDerivedReply(turn, MessageKind::Judgement, model).value();
    QVERIFY(m_world->store->finishReply(stored, QStringLiteral("| A | 3 |"), {}, MessageStatus::Complete, {}));
    const qint64 target = laneReply ? m_world->store->repliesTo(turn).first().id : stored;
    const int before = messageCount();
    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    QVERIFY(!m_runner->regenerate(target));
    QVERIFY2(m_runner->lastError().contains(error), qPrintable(m_runner->lastError()));
    QCOMPARE(started.size(), 0);
    QCOMPARE(messageCount(), before);
    QCOMPARE(m_world->server->requests().size(), 0);
}

void TestDerivedReply::regenerateWhileRunningIsRefused()
{
    const qint64 turn = comparison({QStringLiteral("One."), QStringLiteral("Two.")});
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Merging"));
    stalled.end = ScriptedResponse::End::Stall;
    m_world->server->enqueue(stalled);
    QSignalSpy text(m_runner.get(), &DerivedReplyRunner::replyText);
    const std::optional<qint64> running = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(running, qPrintable(m_runner->lastError()));
    QTRY_COMPARE(text.size(), 1);
    QVERIFY(!m_runner->regenerate(*running));
    QVERIFY2(m_runner->lastError().contains(QStringLiteral("still being written")), qPrintable(m_runner->lastError()));
    // Stopped, it can be asked again (Retry): a new version.
    m_runner->stop(*running);
    QCOMPARE(m_world->store->message(*running)->status, MessageStatus::Cancelled);
    const std::optional<qint64> again = m_runner->regenerate(*running);
    QVERIFY2(again, qPrintable(m_runner->lastError()));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_world->store->message(*again)->content, QStringLiteral("Merged answer."));
    QCOMPARE(m_world->store->siblingIds(*again), QList<qint64>({*running, *again}));
}

QTEST_GUILESS_MAIN(TestDerivedReply)
#include "tst_derivedreply.moc"
