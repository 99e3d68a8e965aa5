// ReplyStream, the piece TurnRunner and DerivedReplyRunner share for each
// reply, against a real loopback server and a real SQLite file: deltas
// joined or not and in their order, the queued state, the two-step end
// (ended, then finish stores it), and quitting mid-answer.

#include "chat/replystream.h"
#include "protocolscripts.h"
#include "storeandserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

class TestReplyStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deltasInOrder_data();
    void deltasInOrder();
    void endsThenStoresWhenTold();
    void queuedUntilStarted();
    void destroyedMidAnswerKeepsTheText();

private:
    // A reply row to stream into and a job for it (not submitted).
    ReplyStream *newStream();

    std::unique_ptr<StoreAndServer> m_world;
    std::unique_ptr<QObject> m_owner; // parent of the streams
};

void TestReplyStream::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-replystream");
}

void TestReplyStream::init()
{
    m_world = std::make_unique<StoreAndServer>();
    const QString problem = m_world->open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_owner = std::make_unique<QObject>();
}

void TestReplyStream::cleanup()
{
    m_owner.reset();
    m_world.reset();
}

ReplyStream *TestReplyStream::newStream()
{
    Lane lane;
    lane.model = QStringLiteral("openai/gpt-stream");
    const qint64 conversation = m_world->store->createConversation({lane}).value();
    const qint64 turn = m_world->store->appendUserTurn(conversation, QStringLiteral("Count to three.")).value();
    const qint64 reply = m_world->store->beginReply(turn, m_world->store->lanes(conversation).first().id).value();
    ChatRequest request;
    request.messages = {{ChatMessage::Role::User, QStringLiteral("Count to three.")}};
    ChatJobOptions options;
    options.maxRetries = 0;
    QString error;
    std::unique_ptr<ChatJob> job
        = m_world->services->createJob(*ModelReference::parse(lane.model), request, options, &error);
    if (!job) {
        qWarning() << error;
        return nullptr;
    }
    return new ReplyStream(*m_world->store, reply, std::move(job), m_owner.get());
}

void TestReplyStream::deltasInOrder_data()
{
    QTest::addColumn<bool>("coalesce");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("each as it comes") << false
                                      << QStringList {QStringLiteral("reasoning: Hm, "),
                                             QStringLiteral("reasoning: ok."), QStringLiteral("text: One "),
                                             QStringLiteral("text: two"), QStringLiteral("reasoning: Check."),
                                             QStringLiteral("text: three")};
    // Joined within one read, but never across a switch between reasoning and text.
    QTest::newRow("joined") << true
                            << QStringList {QStringLiteral("reasoning: Hm, ok."), QStringLiteral("text: One two"),
                                   QStringLiteral("reasoning: Check."), QStringLiteral("text: three")};
}

void TestReplyStream::deltasInOrder()
{
    QFETCH(bool, coalesce);
    QFETCH(QStringList, expected);
    // One write: the whole answer arrives in one read.
    m_world->server->enqueue(ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::reasoning(Protocol::OpenAI, "Hm, ")
            + ProtocolScripts::reasoning(Protocol::OpenAI, "ok.") + ProtocolScripts::text(Protocol::OpenAI, "One ")
            + ProtocolScripts::text(Protocol::OpenAI, "two") + ProtocolScripts::reasoning(Protocol::OpenAI, "Check.")
            + ProtocolScripts::text(Protocol::OpenAI, "three") + ProtocolScripts::tail(Protocol::OpenAI)));
    ReplyStream *stream = newStream();
    QVERIFY(stream);
    stream->setCoalesceDeltas(coalesce);
    QStringList signalled;
    connect(stream, &ReplyStream::textArrived, this,
        [&signalled](qint64, const QString &delta) { signalled.append(QStringLiteral("text: ") + delta); });
    connect(stream, &ReplyStream::reasoningArrived, this,
        [&signalled](qint64, const QString &delta) { signalled.append(QStringLiteral("reasoning: ") + delta); });
    QStringList atEnd;
    connect(stream, &ReplyStream::ended, this, [&](qint64, const ChatResult &result) {
        atEnd = signalled;
        stream->finish(result);
    });
    QSignalSpy finished(stream, &ReplyStream::finished);
    m_world->services->submit(stream->job());
    QVERIFY(finished.wait(10000));
    QCOMPARE(signalled, expected);
    QCOMPARE(atEnd, expected); // every delta before the end
    const Message stored = *m_world->store->message(stream->replyId());
    QCOMPARE(stored.content, QStringLiteral("One twothree"));
    QCOMPARE(stored.reasoning, QStringLiteral("Hm, ok.Check."));
}

void TestReplyStream::endsThenStoresWhenTold()
{
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Done.")));
    QPointer<ReplyStream> stream = newStream();
    QVERIFY(stream);
    const qint64 replyId = stream->replyId();
    QSignalSpy ended(stream.data(), &ReplyStream::ended);
    QSignalSpy finished(stream.data(), &ReplyStream::finished);
    QVERIFY(stream->isRunning());
    m_world->services->submit(stream->job());
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).toLongLong(), replyId);
    QVERIFY(!stream->isRunning());
    // Until the owner says so, the reply is not stored as finished.
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_world->store->message(replyId)->status, MessageStatus::Streaming);

    stream->finish(ended.at(0).at(1).value<ChatResult>());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), replyId);
    QVERIFY(!stream->job());
    const Message stored = *m_world->store->message(replyId);
    QCOMPARE(stored.status, MessageStatus::Complete);
    QCOMPARE(stored.content, QStringLiteral("Done."));
    QCOMPARE(stored.metrics.finishReason, FinishReason::Stop);
    QTRY_VERIFY(stream.isNull()); // it deletes itself once stored
}

void TestReplyStream::queuedUntilStarted()
{
    ScriptedResponse stalled = ScriptedResponse::stream(
        "text/event-stream", ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Wait"));
    stalled.end = ScriptedResponse::End::Stall;
    m_world->server->enqueue(stalled);
    ReplyStream *stream = newStream();
    QVERIFY(stream);
    QSignalSpy queued(stream, &ReplyStream::queuedChanged);
    QSignalSpy text(stream, &ReplyStream::textArrived);
    // What the scheduler does when no stream is free, and then when one is.
    stream->job()->markQueued();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.at(0).at(1).toBool(), true);
    QVERIFY(stream->isQueued());
    stream->job()->start();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(1).at(1).toBool(), false);
    QVERIFY(!stream->isQueued());
    QVERIFY(text.wait(10000));

    // Cancelled: it ends at once and keeps the text.
    QSignalSpy ended(stream, &ReplyStream::ended);
    stream->cancel();
    QCOMPARE(ended.size(), 1);
    stream->finish(ended.at(0).at(1).value<ChatResult>());
    const Message stored = *m_world->store->message(stream->replyId());
    QCOMPARE(stored.status, MessageStatus::Cancelled);
    QCOMPARE(stored.content, QStringLiteral("Wait"));
    QCOMPARE(queued.size(), 2); // not queued at the end: nothing more to say
}

void TestReplyStream::destroyedMidAnswerKeepsTheText()
{
    ScriptedResponse stalled = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(Protocol::OpenAI) + ProtocolScripts::text(Protocol::OpenAI, "Half an answer"));
    stalled.end = ScriptedResponse::End::Stall;
    m_world->server->enqueue(stalled);
    ReplyStream *stream = newStream();
    QVERIFY(stream);
    const qint64 replyId = stream->replyId();
    QSignalSpy text(stream, &ReplyStream::textArrived);
    int signalsAfter = 0;
    m_world->services->submit(stream->job());
    QVERIFY(text.wait(10000));
    connect(stream, &ReplyStream::ended, this, [&signalsAfter] { ++signalsAfter; });
    connect(stream, &ReplyStream::finished, this, [&signalsAfter] { ++signalsAfter; });
    delete stream;
    QCOMPARE(signalsAfter, 0);
    const Message stored = *m_world->store->message(replyId);
    QCOMPARE(stored.status, MessageStatus::Interrupted);
    QCOMPARE(stored.content, QStringLiteral("Half an answer"));
}

QTEST_GUILESS_MAIN(TestReplyStream)
#include "tst_replystream.moc"
