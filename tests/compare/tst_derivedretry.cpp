// Asking a synthesis or judgement again from the syntheses-and-judgements view
// under a comparison (TurnSummary's derived ChatView), by clicking the painted
// actions, against a real loopback server and a real SQLite file: Retry after
// an HTTP 429, Regenerate, the version navigator, Delete, and a refusal shown
// through the error signal.

#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "common/messagebox.h"
#include "compare/derivedprompts.h"
#include "compare/derivedreply.h"
#include "compare/turnsummary.h"
#include "protocolscripts.h"
#include "screengrab.h"
#include "store/comparisonstore.h"
#include "storeandserver.h"
#include "transcripts/exporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;
using namespace ConferTest;

namespace
{

const QString JudgeModel = QStringLiteral("openai/gpt-judge");

}

class TestDerivedRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void judgementThatGot429IsRetried();
    void synthesisIsRegeneratedAndBrowsed();
    void refusalIsReported();

private:
    // A two-lane conversation with one finished reply per lane, shown in the summary; returns the prompt.
    qint64 comparison();
    void clickAction(qint64 messageId, MessageListView::Action action);
    QString exported();
    MessageListView *list() const { return m_summary->derivedView()->messageList(); }

    std::unique_ptr<StoreAndServer> m_world;
    std::unique_ptr<DerivedReplyRunner> m_runner;
    std::unique_ptr<TurnSummary> m_summary;
    qint64 m_conversation = 0;
};

void TestDerivedRetry::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-derived-retry");
    qunsetenv("ANTHROPIC_API_KEY");
}

void TestDerivedRetry::init()
{
    m_world = std::make_unique<StoreAndServer>();
    const QString problem = m_world->open();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_world->server->setFallback(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Merged answer.")));
    m_runner = std::make_unique<DerivedReplyRunner>(*m_world->store, *m_world->services);
    ChatJobOptions options;
    options.maxRetries = 0; // a 429 reaches the store at once
    m_runner->setJobOptions(options);

    m_summary = std::make_unique<TurnSummary>(*m_world->store);
    m_summary->setDerivedRunner(m_runner.get(), m_world->services.get());
    m_summary->resize(900, 700);
    m_summary->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_summary.get()));
}

void TestDerivedRetry::cleanup()
{
    m_summary.reset();
    m_runner.reset();
    m_world.reset();
}

qint64 TestDerivedRetry::comparison()
{
    QList<Lane> lanes;
    for (const QString &model : {QStringLiteral("openai/gpt-lane"), QStringLiteral("anthropic/claude-lane")}) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    m_conversation = m_world->store->createConversation(lanes).value();
    const qint64 turn
        = m_world->store->appendUserTurn(m_conversation, QStringLiteral("Which sorting algorithm?")).value();
    const QStringList texts = {QStringLiteral("Use quicksort."), QStringLiteral("Use merge sort.")};
    const QList<Lane> stored = m_world->store->lanes(m_conversation);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const qint64 reply = m_world->store->beginReply(turn, stored.at(i).id).value();
        m_world->store->finishReply(reply, texts.at(i), {}, MessageStatus::Complete, {});
    }
    m_summary->setConversation(m_conversation);
    return turn;
}

void TestDerivedRetry::clickAction(qint64 messageId, MessageListView::Action action)
{
    list()->scrollToMessage(messageId);
    QTRY_VERIFY2(list()->actionRect(messageId, action).isValid(), "the action is not on screen");
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->actionRect(messageId, action).center());
}

QString TestDerivedRetry::exported()
{
    return QString::fromUtf8(
        Transcripts::renderConversation(*m_world->store->load(m_conversation), Transcripts::Format::Markdown, 0));
}

void TestDerivedRetry::judgementThatGot429IsRetried()
{
    const qint64 turn = comparison();
    m_world->server->enqueue(ScriptedResponse::json(
        429, ProtocolScripts::errorBody(Protocol::OpenAI, 429, "Rate limit reached for requests per minute.")));
    m_world->server->enqueue(ScriptedResponse::stream(
        "text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Verdict: A is faster.")));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const QStringList criteria = {QStringLiteral("speed"), QStringLiteral("clarity")};
    const std::optional<qint64> failed = m_runner->judge(turn, JudgeModel, criteria);
    QVERIFY2(failed, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_world->store->message(*failed)->status, MessageStatus::Error);
    QCOMPARE(m_world->store->message(*failed)->error->httpStatus, 429);
    QTRY_VERIFY(m_summary->derivedView()->isVisible());
    QVERIFY(list()->rowOf(*failed) >= 0);

    // The Retry button painted in the error box asks the same again.
    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    clickAction(*failed, MessageListView::Action::Retry);
    QCOMPARE(started.size(), 1);
    const qint64 retried = started.at(0).at(1).toLongLong();
    QVERIFY(retried != *failed);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_world->server->requests().size(), 2);
    QCOMPARE(m_world->server->requests().at(1).json(), m_world->server->requests().at(0).json());
    const QString sent = QString::fromUtf8(m_world->server->requests().at(1).body);
    QVERIFY2(sent.contains(QStringLiteral("1. speed\\n2. clarity\\n")), qPrintable(sent));
    const Message stored = *m_world->store->message(retried);
    QCOMPARE(stored.status, MessageStatus::Complete);
    QCOMPARE(stored.content, QStringLiteral("Verdict: A is faster."));
    QCOMPARE(stored.kind, MessageKind::Judgement);
    QCOMPARE(stored.model, JudgeModel);

    // The new version takes the failed one's place; the navigator goes back to it.
    QTRY_VERIFY(list()->rowOf(retried) >= 0);
    QCOMPARE(list()->rowOf(*failed), -1);
    QCOMPARE(m_world->store->siblingIds(retried), QList<qint64>({*failed, retried}));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    list()->setFocusedMessage(retried);
    const QImage answered = ConferTest::settledScreenshot(m_summary.get());
    QVERIFY(!answered.isNull());
    QVERIFY(answered.save(QStringLiteral(CONFER_BUILD_DIR "/screenshots/derived-retried.png")));
    clickAction(retried, MessageListView::Action::PreviousVersion);
    QTRY_VERIFY(list()->rowOf(*failed) >= 0);
    const QImage failedShown = ConferTest::settledScreenshot(m_summary.get());
    QVERIFY(!failedShown.isNull());
    QVERIFY(failedShown.save(QStringLiteral(CONFER_BUILD_DIR "/screenshots/derived-429.png")));
    QCOMPARE(list()->rowOf(retried), -1);
    QVERIFY(m_world->store->message(*failed)->active);
    QVERIFY(!m_world->store->message(retried)->active);
}

void TestDerivedRetry::synthesisIsRegeneratedAndBrowsed()
{
    const qint64 turn = comparison();
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "First merge.")));
    m_world->server->enqueue(
        ScriptedResponse::stream("text/event-stream", ProtocolScripts::answer(Protocol::OpenAI, "Second merge.")));
    QSignalSpy finished(m_runner.get(), &DerivedReplyRunner::replyFinished);
    const std::optional<qint64> first = m_runner->synthesize(turn, JudgeModel);
    QVERIFY2(first, qPrintable(m_runner->lastError()));
    QVERIFY(finished.wait(10000));

    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    clickAction(*first, MessageListView::Action::Regenerate);
    QCOMPARE(started.size(), 1);
    const qint64 second = started.at(0).at(1).toLongLong();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_world->server->requests().at(1).json(), m_world->server->requests().at(0).json());
    QTRY_VERIFY(list()->rowOf(second) >= 0);
    QCOMPARE(list()->rowOf(*first), -1);
    QVERIFY(exported().contains(QStringLiteral("Second merge.")));
    QVERIFY(!exported().contains(QStringLiteral("First merge.")));

    // ‹ shows the first version, in the view and in the export; › the second again.
    clickAction(second, MessageListView::Action::PreviousVersion);
    QTRY_VERIFY(list()->rowOf(*first) >= 0);
    QVERIFY(exported().contains(QStringLiteral("First merge.")));
    QVERIFY(!exported().contains(QStringLiteral("Second merge.")));
    clickAction(*first, MessageListView::Action::NextVersion);
    QTRY_VERIFY(list()->rowOf(second) >= 0);
    QVERIFY(exported().contains(QStringLiteral("Second merge.")));

    // Delete the version shown: the other one comes back in its place.
    MessageBox::setNextChoice(0);
    clickAction(second, MessageListView::Action::Delete);
    QVERIFY(!MessageBox::hasPresetAnswers());
    QVERIFY(!m_world->store->message(second));
    QTRY_VERIFY(list()->rowOf(*first) >= 0);
    QVERIFY(m_world->store->message(*first)->active);
    QVERIFY(m_summary->derivedView()->isVisible());
    QVERIFY(exported().contains(QStringLiteral("First merge.")));

    // Deleting the last one hides the view.
    MessageBox::setNextChoice(0);
    clickAction(*first, MessageListView::Action::Delete);
    QVERIFY(!m_world->store->message(*first));
    QTRY_VERIFY(!m_summary->derivedView()->isVisible());
}

void TestDerivedRetry::refusalIsReported()
{
    const qint64 turn = comparison();
    // A judgement by a model whose provider has no key in this session.
    ComparisonStore comparisons(*m_world->store);
    const qint64 stored
        = comparisons.beginDerivedReply(turn, MessageKind::Judgement, QStringLiteral("anthropic/claude-judge")).value();
    QVERIFY(m_world->store->finishReply(stored, QStringLiteral("| A | 3 |"), {}, MessageStatus::Complete, {}));
    m_summary->refresh();
    QTRY_VERIFY(m_summary->derivedView()->isVisible());

    QSignalSpy errors(m_summary.get(), &TurnSummary::errorOccurred);
    QSignalSpy started(m_runner.get(), &DerivedReplyRunner::replyStarted);
    clickAction(stored, MessageListView::Action::Regenerate);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("needs an API key")),
        qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_world->server->requests().size(), 0);
    QCOMPARE(m_world->store->siblingIds(stored), QList<qint64>({stored}));
}

QTEST_MAIN(TestDerivedRetry)
#include "tst_derivedretry.moc"
