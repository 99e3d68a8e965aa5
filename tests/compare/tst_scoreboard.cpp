// The scoreboard of a comparison: each lane's figures, the badges of a turn
// (ties, missing figures, estimated tokens, unknown costs, failed replies, a
// single lane), the turns of a stored conversation, and the running cost.
#include "compare/scoreboard.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "transcriptfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Compare;
using namespace Confer::Store;

namespace
{

constexpr qint64 TurnId = 1;

// A reply to TurnId on lane `lane` (its id 100 + lane unless given).
Message reply(qint64 lane, MessageStatus status, std::optional<qint64> ttft, std::optional<qint64> duration,
    std::optional<double> cost, const QString &text, qint64 id = 0)
{
    Message m;
    m.id = id ? id : 100 + lane;
    m.conversationId = 1;
    m.parentId = TurnId;
    m.laneId = lane;
    m.role = MessageRole::Assistant;
    m.status = status;
    m.content = text;
    m.model = QStringLiteral("provider/model-%1").arg(lane);
    m.metrics.ttftMs = ttft;
    m.metrics.durationMs = duration;
    if (!text.isEmpty()) {
        m.metrics.usage.outputTokens = 40;
    }
    m.metrics.usage.costUsd = cost;
    m.metrics.finishReason = status == MessageStatus::Complete ? FinishReason::Stop : FinishReason::Unknown;
    return m;
}

Message complete(qint64 lane, std::optional<qint64> ttft, std::optional<qint64> duration, std::optional<double> cost,
    const QString &text)
{
    return reply(lane, MessageStatus::Complete, ttft, duration, cost, text);
}

QString code(Badge badge)
{
    switch (badge) {
    case Badge::FastestFirstToken:
        return QStringLiteral("first");
    case Badge::FastestOverall:
        return QStringLiteral("overall");
    case Badge::Cheapest:
        return QStringLiteral("cheapest");
    case Badge::Longest:
        return QStringLiteral("longest");
    }
    return {};
}

// "101: first, overall; 103: longest" — the badges by reply id.
QString badgesOf(const TurnScore &score)
{
    QList<qint64> ids = score.badges.keys();
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : std::as_const(ids)) {
        QStringList names;
        for (Badge badge : score.badges.value(id)) {
            names.append(code(badge));
        }
        if (!names.isEmpty()) {
            parts.append(QString::number(id) + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
        }
    }
    return parts.join(QStringLiteral("; "));
}

Message turn()
{
    Message m;
    m.id = TurnId;
    m.role = MessageRole::User;
    m.content = QStringLiteral("Which sort is stable?");
    return m;
}

}

class TestScoreboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badges_data();
    void badges();
    void laneFigures();
    void agreementOfCompleteReplies();
    void storedConversation();
    void runningCost_data();
    void runningCost();
    void runningCostOfAStoredConversation();
    void badgeNames();
};

void TestScoreboard::badges_data()
{
    QTest::addColumn<QList<Message>>("replies");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("results");

    const QString shortText = QStringLiteral("Merge sort.");
    const QString mediumText = QStringLiteral("Merge sort is stable.");
    const QString longText = QStringLiteral("Merge sort is stable; quicksort usually is not.");

    QTest::newRow("three lanes, each best at something")
        << QList<Message> {complete(1, 100, 1000, 0.002, shortText), complete(2, 300, 800, 0.001, longText),
               complete(3, 200, 1500, 0.003, mediumText)}
        << QStringLiteral("101: first; 102: overall, cheapest, longest") << 3;
    QTest::newRow("ties give the badge to each")
        << QList<Message> {complete(1, 100, 900, 0.002, mediumText), complete(2, 100, 900, 0.002, mediumText),
               complete(3, 250, 1900, 0.005, shortText)}
        << QStringLiteral("101: first, overall, cheapest, longest; 102: first, overall, cheapest, longest") << 3;
    QTest::newRow("a tie on cost within rounding")
        << QList<Message> {complete(1, 300, 900, 0.1 + 0.2, shortText), complete(2, 200, 800, 0.3, longText)}
        << QStringLiteral("101: cheapest; 102: first, overall, cheapest, longest") << 2;
    QTest::newRow("missing timings compare among those known")
        << QList<Message> {complete(1, std::nullopt, 1000, 0.001, shortText),
               complete(2, 200, std::nullopt, 0.002, shortText), complete(3, 300, 500, 0.003, longText)}
        << QStringLiteral("101: cheapest; 102: first; 103: overall, longest") << 3;
    QTest::newRow("no costs known: nobody is cheapest")
        << QList<Message> {complete(1, 100, 1000, std::nullopt, shortText),
               complete(2, 200, 900, std::nullopt, longText)}
        << QStringLiteral("101: first; 102: overall, longest") << 2;
    QTest::newRow("unknown cost: cheapest among the known")
        << QList<Message> {complete(1, 100, 1000, 0.004, shortText), complete(2, 200, 900, std::nullopt, longText),
               complete(3, 300, 950, 0.002, mediumText)}
        << QStringLiteral("101: first; 102: overall, longest; 103: cheapest") << 3;
    QTest::newRow("one known cost is no comparison")
        << QList<Message> {complete(1, 100, 1000, 0.004, shortText), complete(2, 200, 900, std::nullopt, longText)}
        << QStringLiteral("101: first; 102: overall, longest") << 2;
    QTest::newRow("error replies take none")
        << QList<Message> {reply(1, MessageStatus::Error, 10, 50, 0.0001, QStringLiteral("x")),
               complete(2, 300, 1000, 0.002, shortText), complete(3, 200, 1200, 0.003, longText)}
        << QStringLiteral("102: overall, cheapest; 103: first, longest") << 3;
    QTest::newRow("interrupted and stopped replies take none")
        << QList<Message> {reply(1, MessageStatus::Interrupted, 50, 400, 0.0001, longText + longText),
               reply(2, MessageStatus::Cancelled, 60, 300, 0.0001, longText + longText),
               complete(3, 300, 1000, 0.002, shortText), complete(4, 200, 1200, 0.003, longText)}
        << QStringLiteral("103: overall, cheapest; 104: first, longest") << 4;
    QTest::newRow("a reply still streaming takes none")
        << QList<Message> {reply(1, MessageStatus::Streaming, 20, std::nullopt, std::nullopt, longText),
               complete(2, 300, 1000, 0.002, shortText), complete(3, 200, 1200, 0.003, mediumText)}
        << QStringLiteral("102: overall, cheapest; 103: first, longest") << 3;
    QTest::newRow("one lane: nothing to compare")
        << QList<Message> {complete(1, 100, 1000, 0.002, longText)} << QString() << 1;
    QTest::newRow("one complete reply beside a failed one") << QList<Message> {complete(1, 100, 1000, 0.002, longText),
        reply(2, MessageStatus::Error, std::nullopt, 30, std::nullopt, {})}
                                                            << QString() << 2;
    QTest::newRow("no replies") << QList<Message> {} << QString() << 0;

    Message older = complete(1, 10, 100, 0.0001, longText + longText);
    older.id = 90;
    older.active = false;
    Message synthesis = complete(1, 5, 50, 0.00001, longText + longText);
    synthesis.id = 95;
    synthesis.laneId.reset();
    synthesis.kind = MessageKind::Synthesis;
    Message otherTurn = complete(3, 1, 10, 0.000001, longText + longText);
    otherTurn.parentId = 7;
    Message prompt = turn();
    QTest::newRow("other versions, synthesis, other turns and prompts are left out") << QList<Message> {prompt, older,
        complete(1, 100, 1000, 0.002, shortText), synthesis, complete(2, 200, 900, 0.001, longText),
        otherTurn} << QStringLiteral("101: first; 102: overall, cheapest, longest") << 2;

    Message estimated = complete(2, 100, 700, 0.001, longText);
    estimated.metrics.tokensEstimated = true;
    estimated.metrics.usage.outputTokens = 12;
    QTest::newRow("estimated token counts still count")
        << QList<Message> {complete(1, 300, 900, 0.002, shortText), estimated}
        << QStringLiteral("102: first, overall, cheapest, longest") << 2;
}

void TestScoreboard::badges()
{
    QFETCH(QList<Message>, replies);
    QFETCH(QString, expected);
    QFETCH(int, results);
    const TurnScore score = scoreTurn(turn(), replies);
    QCOMPARE(score.turnId, TurnId);
    QCOMPARE(badgesOf(score), expected);
    QCOMPARE(score.results.size(), results);
    // The order of the replies given is kept.
    for (qsizetype i = 1; i < score.results.size(); ++i) {
        QVERIFY(score.results.at(i - 1).laneId < score.results.at(i).laneId);
    }
}

void TestScoreboard::laneFigures()
{
    Message a = complete(1, 200, 1200, 0.0025, QStringLiteral("Grüße, Welt"));
    a.metrics.usage.outputTokens = 50;
    a.metrics.tokensEstimated = true;
    a.metrics.finishReason = FinishReason::Length;
    Message noTtft = complete(2, std::nullopt, 900, std::nullopt, QStringLiteral("x"));
    Message noDuration = complete(3, 100, std::nullopt, std::nullopt, QStringLiteral("y"));
    Message noTokens = complete(4, 100, 900, std::nullopt, QStringLiteral("z"));
    noTokens.metrics.usage.outputTokens.reset();
    Message instant = complete(5, 300, 300, std::nullopt, QStringLiteral("w"));
    const TurnScore score = scoreTurn(turn(), {a, noTtft, noDuration, noTokens, instant});
    QCOMPARE(score.results.size(), 5);

    const LaneResult &r = score.results.at(0);
    QCOMPARE(r.replyId, 101);
    QCOMPARE(r.laneId, 1);
    QCOMPARE(r.model, QStringLiteral("provider/model-1"));
    QCOMPARE(r.status, MessageStatus::Complete);
    QCOMPARE(r.ttftMs.value_or(-1), 200);
    QCOMPARE(r.durationMs.value_or(-1), 1200);
    QCOMPARE(r.outputTokens.value_or(-1), 50);
    QCOMPARE(r.costUsd.value_or(-1), 0.0025);
    QCOMPARE(r.characters, 11);
    QVERIFY(r.tokensEstimated);
    QCOMPARE(r.finishReason, FinishReason::Length);
    QVERIFY(r.tokensPerSecond);
    QCOMPARE(*r.tokensPerSecond, 50.0); // 50 tokens in the 1000 ms after the first

    QVERIFY(!score.results.at(1).tokensPerSecond); // no TTFT
    QVERIFY(!score.results.at(2).tokensPerSecond); // no duration
    QVERIFY(!score.results.at(3).tokensPerSecond); // no token count
    QVERIFY(!score.results.at(4).tokensPerSecond); // no time after the first token
    QVERIFY(!score.results.at(1).tokensEstimated);
}

void TestScoreboard::agreementOfCompleteReplies()
{
    const QString text = QStringLiteral("Merge sort is stable.");
    TurnScore score = scoreTurn(turn(), {complete(1, 1, 2, {}, text), complete(2, 1, 2, {}, text)});
    QVERIFY(score.agreement);
    QCOMPARE(*score.agreement, 1.0);

    // A failed reply's partial text is not compared.
    score = scoreTurn(turn(),
        {complete(1, 1, 2, {}, text), reply(2, MessageStatus::Error, 1, 2, {}, QStringLiteral("Heapsort")),
            complete(3, 1, 2, {}, QStringLiteral("**Merge sort** is stable."))});
    QVERIFY(score.agreement);
    QCOMPARE(*score.agreement, 1.0);

    QCOMPARE(score.matrix.replyIds, (QList<qint64> {101, 103})); // the complete replies
    QCOMPARE(score.matrix.scores.size(), 2);

    score = scoreTurn(turn(), {complete(1, 1, 2, {}, text), complete(2, 1, 2, {}, QStringLiteral("Heapsort isn't"))});
    QVERIFY(score.agreement);
    QCOMPARE(*score.agreement, 0.0);

    score = scoreTurn(turn(), {complete(1, 1, 2, {}, text), reply(2, MessageStatus::Error, 1, 2, {}, text)});
    QVERIFY(!score.agreement);
    QVERIFY(!scoreTurn(turn(), {}).agreement);
}

void TestScoreboard::storedConversation()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    ConversationStore store(database);
    const qint64 id = ConferTest::addComparison(store);
    const ConversationData data = store.load(id).value();
    const QList<Lane> lanes = store.lanes(id);

    const QList<TurnScore> scores = scoreConversation(data);
    QCOMPARE(scores.size(), 2); // the active branch; the edited-away prompt is not scored
    const QList<Message> turns = store.activeTurns(id);
    QCOMPARE(scores.at(0).turnId, turns.at(0).id);
    QCOMPARE(scores.at(1).turnId, turns.at(1).id);

    // Turn 1: qwen is first and done first, gpt-4o the cheapest of those with a known cost, Claude the longest.
    const TurnScore &first = scores.at(0);
    QCOMPARE(first.results.size(), 3);
    QHash<qint64, QList<Badge>> byLane;
    for (const LaneResult &r : first.results) {
        byLane.insert(r.laneId, first.badges.value(r.replyId));
    }
    QCOMPARE(byLane.value(lanes.at(0).id), QList<Badge> {Badge::Cheapest});
    QCOMPARE(byLane.value(lanes.at(1).id), QList<Badge> {Badge::Longest});
    QCOMPARE(byLane.value(lanes.at(2).id), (QList<Badge> {Badge::FastestFirstToken, Badge::FastestOverall}));
    QVERIFY(first.results.at(2).tokensEstimated);
    QVERIFY(first.agreement);
    QVERIFY(*first.agreement > 0.2 && *first.agreement < 0.8);

    // Turn 2: one complete reply, one interrupted, one failed: no badges, no agreement.
    const TurnScore &second = scores.at(1);
    QCOMPARE(second.results.size(), 3);
    QVERIFY(second.badges.isEmpty());
    QVERIFY(!second.agreement);
    QCOMPARE(second.results.at(1).status, MessageStatus::Interrupted);
    QCOMPARE(second.results.at(2).status, MessageStatus::Error);
}

void TestScoreboard::runningCost_data()
{
    QTest::addColumn<QList<Message>>("replies");
    QTest::addColumn<double>("lane1");
    QTest::addColumn<double>("lane2");
    QTest::addColumn<double>("total");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QList<qint64>>("partialLanes");

    QTest::newRow("every cost known") << QList<Message> {complete(1, 1, 2, 0.25, {}), complete(2, 1, 2, 0.5, {})}
                                      << 0.25 << 0.5 << 0.75 << false << QList<qint64> {};
    QTest::newRow("a reply without a cost")
        << QList<Message> {complete(1, 1, 2, 0.25, {}), complete(2, 1, 2, std::nullopt, {})} << 0.25 << 0.0 << 0.25
        << true << QList<qint64> {2};

    Message version = complete(1, 1, 2, 0.125, {});
    version.id = 50;
    version.active = false;
    Message otherBranch = complete(2, 1, 2, 0.0625, {});
    otherBranch.id = 51;
    otherBranch.parentId = 9;
    QTest::newRow("every version and branch is money spent")
        << QList<Message> {version, complete(1, 1, 2, 0.25, {}), otherBranch, complete(2, 1, 2, 0.5, {})} << 0.375
        << 0.5625 << 0.9375 << false << QList<qint64> {};

    QTest::newRow("a request refused before any output is free") << QList<Message> {complete(1, 1, 2, 0.25, {}),
        reply(2, MessageStatus::Error, std::nullopt, 20, std::nullopt, {}, 60)}
                                                                 << 0.25 << 0.0 << 0.25 << false << QList<qint64> {};
    Message failedMidway = reply(2, MessageStatus::Error, 5, 20, std::nullopt, QStringLiteral("Half an"), 61);
    QTest::newRow("a reply that failed midway has an unknown cost") << QList<Message> {complete(1, 1, 2, 0.25, {}),
        failedMidway} << 0.25 << 0.0 << 0.25 << true << QList<qint64> {2};
    Message streaming = reply(1, MessageStatus::Streaming, 5, std::nullopt, std::nullopt, QStringLiteral("So"), 62);
    QTest::newRow("a reply still streaming has no cost yet")
        << QList<Message> {streaming, complete(2, 1, 2, 0.5, {})} << 0.0 << 0.5 << 0.5 << true << QList<qint64> {1};

    Message judgement = complete(1, 1, 2, 1.0, {});
    judgement.id = 70;
    judgement.laneId.reset();
    judgement.kind = MessageKind::Judgement;
    Message synthesis = judgement;
    synthesis.id = 71;
    synthesis.kind = MessageKind::Synthesis;
    synthesis.metrics.usage.costUsd.reset();
    QTest::newRow("synthesis and judgement count in the total only")
        << QList<Message> {complete(1, 1, 2, 0.25, {}), complete(2, 1, 2, 0.5, {}), judgement, synthesis} << 0.25 << 0.5
        << 1.75 << true << QList<qint64> {};
    QTest::newRow("nothing sent yet") << QList<Message> {} << 0.0 << 0.0 << 0.0 << false << QList<qint64> {};
}

void TestScoreboard::runningCost()
{
    QFETCH(QList<Message>, replies);
    QFETCH(double, lane1);
    QFETCH(double, lane2);
    QFETCH(double, total);
    QFETCH(bool, partial);
    QFETCH(QList<qint64>, partialLanes);
    ConversationData data;
    data.messages.append(turn());
    data.messages.append(replies);
    const RunningCost cost = Compare::runningCost(data);
    QCOMPARE(cost.perLane.value(1), lane1);
    QCOMPARE(cost.perLane.value(2), lane2);
    QCOMPARE(cost.total, total);
    QCOMPARE(cost.partial, partial);
    QList<qint64> lanes = cost.partialLanes.values();
    std::sort(lanes.begin(), lanes.end());
    QCOMPARE(lanes, partialLanes);
    // Every lane that answered has an entry, also when nothing it did has a known cost.
    for (const Message &m : std::as_const(replies)) {
        if (m.laneId) {
            QVERIFY(cost.perLane.contains(*m.laneId));
        }
    }
}

void TestScoreboard::runningCostOfAStoredConversation()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    ConversationStore store(database);
    const qint64 id = ConferTest::addComparison(store);
    const QList<Lane> lanes = store.lanes(id);
    const RunningCost cost = Compare::runningCost(store.load(id).value());
    QCOMPARE(cost.perLane.size(), 3);
    QCOMPARE(cost.perLane.value(lanes.at(0).id), 0.00019 + 0.00041);
    QCOMPARE(cost.perLane.value(lanes.at(1).id), 0.00031);
    QCOMPARE(cost.perLane.value(lanes.at(2).id), 0.0);
    QCOMPARE(cost.total, 0.00019 + 0.00041 + 0.00031);
    // Claude's interrupted reply and qwen's local answer have no cost; qwen's refused request is free.
    QVERIFY(cost.partial);
    QCOMPARE(cost.partialLanes, (QSet<qint64> {lanes.at(1).id, lanes.at(2).id}));
}

void TestScoreboard::badgeNames()
{
    QSet<QString> names;
    for (Badge badge : {Badge::FastestFirstToken, Badge::FastestOverall, Badge::Cheapest, Badge::Longest}) {
        QVERIFY(!badgeName(badge).isEmpty());
        names.insert(badgeName(badge));
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(badgeName(Badge::FastestFirstToken), QStringLiteral("Fastest first token"));
}

QTEST_GUILESS_MAIN(TestScoreboard)
#include "tst_scoreboard.moc"
