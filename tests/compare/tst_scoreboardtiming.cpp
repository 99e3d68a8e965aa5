// The scoreboard against real timings: two loopback servers answer with
// scripted delays (first byte after 150 and 400 ms, the end after 600 and
// 900 ms), a two-lane conversation goes through the TurnRunner, and the
// scoreboard of the stored replies gives the badges to the right lanes with
// timings no shorter than the script. Only orderings and lower bounds are
// asserted: a loaded machine makes everything slower, never faster.
#include "chat/turnrunner.h"
#include "compare/scoreboard.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Compare;
using namespace Confer::Store;
using namespace ConferTest;

namespace
{

// The answer in two writes: the first text right after the headers, the rest
// (a longer text, the finish and usage) `endMs` after the request arrived.
ScriptedResponse timed(Protocol protocol, int firstByteMs, int endMs, const QByteArray &first, const QByteArray &rest)
{
    ScriptedResponse response;
    response.headers = {{"Content-Type", "text/event-stream"}};
    response.chunks = {ProtocolScripts::head(protocol) + ProtocolScripts::text(protocol, first),
        ProtocolScripts::text(protocol, rest) + ProtocolScripts::tail(protocol)};
    response.firstByteDelayMs = firstByteMs;
    response.chunkDelayMs = endMs - firstByteMs;
    return response;
}

}

class TestScoreboardTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badgesFollowTheServersTimings();
};

void TestScoreboardTiming::initTestCase()
{
    qputenv("OPENAI_API_KEY", "sk-timing-openai");
    qputenv("ANTHROPIC_API_KEY", "sk-timing-anthropic");
}

void TestScoreboardTiming::badgesFollowTheServersTimings()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    LoopbackServer fast;
    LoopbackServer slow;
    QVERIFY(fast.listen());
    QVERIFY(slow.listen());
    fast.setFallback(timed(Protocol::OpenAI, 150, 600, "Stable: ", "merge sort."));
    slow.setFallback(timed(Protocol::Anthropic, 400, 900, "Merge sort is stable; ",
        "quicksort is not, because partitioning can reorder equal keys."));

    const Profile profile = Profile::inDirectory(directory.filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    EnvironmentKeySource keys;
    ProviderServices services(profile, &keys);
    QVERIFY(!services.registry().setBaseUrl(QStringLiteral("openai"), fast.url(QStringLiteral("/v1"))));
    QVERIFY(!services.registry().setBaseUrl(QStringLiteral("anthropic"), slow.url()));
    Database database(directory.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    ConversationStore store(database);
    TurnRunner runner(store, services);
    ChatJobOptions options;
    options.maxRetries = 0;
    runner.setJobOptions(options);

    const std::optional<qint64> conversation
        = runner.startConversation({QStringLiteral("openai/gpt-fast"), QStringLiteral("anthropic/claude-slow")});
    QVERIFY2(conversation, qPrintable(runner.lastError()));
    QSignalSpy finished(&runner, &TurnRunner::replyFinished);
    QVERIFY2(runner.send(*conversation, QStringLiteral("Which sort is stable?")), qPrintable(runner.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QCOMPARE(fast.requests().size(), 1);
    QCOMPARE(slow.requests().size(), 1);

    const QList<Lane> lanes = store.lanes(*conversation);
    const QList<Message> turns = store.activeTurns(*conversation);
    QCOMPARE(turns.size(), 1);
    const TurnScore score = scoreTurn(turns.first(), store.repliesTo(turns.first().id));
    QCOMPARE(score.results.size(), 2);
    const LaneResult &a = score.results.at(0);
    const LaneResult &b = score.results.at(1);
    QCOMPARE(a.laneId, lanes.at(0).id);
    QCOMPARE(b.laneId, lanes.at(1).id);
    QCOMPARE(a.status, MessageStatus::Complete);
    QCOMPARE(b.status, MessageStatus::Complete);

    // The script's delays, less a little for timers that fire early.
    QVERIFY(a.ttftMs && b.ttftMs && a.durationMs && b.durationMs);
    QVERIFY2(*a.ttftMs >= 140, qPrintable(QString::number(*a.ttftMs)));
    QVERIFY2(*b.ttftMs >= 380, qPrintable(QString::number(*b.ttftMs)));
    QVERIFY2(*a.durationMs >= 570, qPrintable(QString::number(*a.durationMs)));
    QVERIFY2(*b.durationMs >= 860, qPrintable(QString::number(*b.durationMs)));
    QVERIFY(*a.ttftMs < *b.ttftMs);
    QVERIFY(*a.durationMs < *b.durationMs);
    QVERIFY(*a.ttftMs < *a.durationMs);
    QCOMPARE(a.outputTokens.value_or(0), 5); // the usage the script reports
    QVERIFY(a.tokensPerSecond && *a.tokensPerSecond > 0);

    // The first lane was first to answer and first done; the second wrote more.
    // Neither reported a cost, so nobody is cheapest.
    QCOMPARE(score.badges.value(a.replyId), (QList<Badge> {Badge::FastestFirstToken, Badge::FastestOverall}));
    QCOMPARE(score.badges.value(b.replyId), QList<Badge> {Badge::Longest});
    QVERIFY(score.agreement);
}

QTEST_GUILESS_MAIN(TestScoreboardTiming)
#include "tst_scoreboardtiming.moc"
