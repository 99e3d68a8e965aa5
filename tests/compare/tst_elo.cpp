// Elo ratings of blind votes: hand-computed small cases, the weight of the
// most recent votes, and the outcomes a real store gives the leaderboard
// (only blind votes, no trash, by tag, a re-vote replacing the first).
#include "compare/elo.h"
#include "store/comparisonstore.h"
#include "store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Confer;
using namespace Confer::Compare;
using Outcome = Store::ComparisonStore::Outcome;

Q_DECLARE_METATYPE(Confer::Compare::Rating)

namespace
{

// "a > b c": a vote for a over b and c.
QList<Outcome> outcomesFrom(const QStringList &votes)
{
    QList<Outcome> outcomes;
    qint64 time = 1;
    for (const QString &vote : votes) {
        Outcome outcome;
        outcome.winner = vote.section(QLatin1Char('>'), 0, 0).trimmed();
        outcome.losers = vote.section(QLatin1Char('>'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        outcome.createdAt = time++;
        outcomes.append(outcome);
    }
    return outcomes;
}

Store::Lane lane(const QString &model)
{
    Store::Lane lane;
    lane.model = model;
    return lane;
}

}

class TestElo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratings_data();
    void ratings();
    void recentVotesWeighMore();
    void everyGameHasAWinnerAndALoser();
    void storeOutcomes();

private:
    // A blind conversation whose one turn the given models answered (finished unless
    // named in `failed`); returns the reply ids in lane order.
    QList<qint64> blindTurn(Store::ConversationStore &store, const QStringList &models, qint64 *conversationId,
        const QStringList &failed = {});
};

void TestElo::ratings_data()
{
    QTest::addColumn<QStringList>("votes");
    QTest::addColumn<double>("k");
    QTest::addColumn<QList<Rating>>("expected");

    QTest::newRow("no votes") << QStringList {} << 32.0 << QList<Rating> {};
    // Equal ratings expect 1/2: the winner takes K/2 from the loser.
    QTest::newRow("one game") << QStringList {QStringLiteral(
        "a > b")} << 32.0 << QList<Rating> {{QStringLiteral("a"), 1016, 1, 0, 1}, {QStringLiteral("b"), 984, 0, 1, 1}};
    QTest::newRow("smaller K") << QStringList {QStringLiteral(
        "a > b")} << 16.0 << QList<Rating> {{QStringLiteral("a"), 1008, 1, 0, 1}, {QStringLiteral("b"), 992, 0, 1, 1}};
    // One vote over two replies is two games, both rated from 1000; equal ratings sort by name.
    QTest::newRow("one vote, three lanes")
        << QStringList {QStringLiteral("a > c b")} << 32.0
        << QList<Rating> {{QStringLiteral("a"), 1032, 2, 0, 2}, {QStringLiteral("b"), 984, 0, 1, 1},
               {QStringLiteral("c"), 984, 0, 1, 1}};
    // The second win is expected with 1/(1 + 10^(-32/400)) = 0.54594, so it moves 32 × 0.45406 = 14.53.
    QTest::newRow("the same win twice") << QStringList {QStringLiteral("a > b"), QStringLiteral("a > b")} << 32.0
                                        << QList<Rating> {{QStringLiteral("a"), 1030.53, 2, 0, 2},
                                               {QStringLiteral("b"), 969.47, 0, 2, 2}};
    // c only loses: it ends lowest, below where it started.
    QTest::newRow("a model that only loses")
        << QStringList {QStringLiteral("a > c"), QStringLiteral("b > c"), QStringLiteral("a > c")} << 32.0
        << QList<Rating> {{QStringLiteral("a"), 1029.84, 2, 0, 2}, {QStringLiteral("b"), 1015.26, 1, 0, 1},
               {QStringLiteral("c"), 954.90, 0, 3, 3}};
    // Two lanes of one model: no game against itself.
    QTest::newRow("a model does not play itself")
        << QStringList {QStringLiteral("a > a b")} << 32.0
        << QList<Rating> {{QStringLiteral("a"), 1016, 1, 0, 1}, {QStringLiteral("b"), 984, 0, 1, 1}};
    QTest::newRow("a vote with nobody beaten ranks nobody")
        << QStringList {QStringLiteral("a > a")} << 32.0 << QList<Rating> {};
}

void TestElo::ratings()
{
    QFETCH(QStringList, votes);
    QFETCH(double, k);
    QFETCH(QList<Rating>, expected);

    const QList<Rating> ratings = eloRatings(outcomesFrom(votes), k);
    QCOMPARE(ratings.size(), expected.size());
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const Rating &got = ratings.at(i);
        const Rating &want = expected.at(i);
        QCOMPARE(got.model, want.model);
        QVERIFY2(std::abs(got.elo - want.elo) < 0.01,
            qPrintable(QStringLiteral("%1: %2, not %3").arg(got.model).arg(got.elo).arg(want.elo)));
        QCOMPARE(got.wins, want.wins);
        QCOMPARE(got.losses, want.losses);
        QCOMPARE(got.games, want.games);
    }
}

void TestElo::recentVotesWeighMore()
{
    // The same two votes in the other order: the later winner ends ahead.
    const QList<Rating> first = eloRatings(outcomesFrom({QStringLiteral("a > b"), QStringLiteral("b > a")}));
    const QList<Rating> second = eloRatings(outcomesFrom({QStringLiteral("b > a"), QStringLiteral("a > b")}));
    QCOMPARE(first.first().model, QStringLiteral("b"));
    QCOMPARE(second.first().model, QStringLiteral("a"));
    QVERIFY(std::abs(first.first().elo - 1001.47) < 0.01);
    QVERIFY(std::abs(first.first().elo - second.first().elo) < 1e-9);
    QCOMPARE(first.first().wins, 1);
    QCOMPARE(first.first().losses, 1);
    QCOMPARE(winRate(first.first()), 0.5);

    // A different initial rating shifts everyone alike.
    const QList<Rating> shifted
        = eloRatings(outcomesFrom({QStringLiteral("a > b"), QStringLiteral("b > a")}), 32, 1500);
    QVERIFY(std::abs(shifted.first().elo - 1501.47) < 0.01);
}

void TestElo::everyGameHasAWinnerAndALoser()
{
    // Votes cannot tie: across many votes the wins equal the losses, every
    // model's wins and losses make its games, and the ratings keep their sum.
    const QStringList models = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    QStringList votes;
    for (int i = 0; i < 40; ++i) {
        QStringList losers = models;
        const QString winner = losers.takeAt((i * 7 + i / 3) % models.size());
        losers.removeAt(i % losers.size());
        votes.append(winner + QStringLiteral(" > ") + losers.join(QLatin1Char(' ')));
    }
    const QList<Rating> ratings = eloRatings(outcomesFrom(votes));
    QCOMPARE(ratings.size(), models.size());
    int wins = 0;
    int losses = 0;
    double sum = 0;
    for (const Rating &rating : ratings) {
        QCOMPARE(rating.wins + rating.losses, rating.games);
        wins += rating.wins;
        losses += rating.losses;
        sum += rating.elo;
    }
    QCOMPARE(wins, 80);
    QCOMPARE(losses, wins);
    QVERIFY(std::abs(sum - 4000) < 1e-6);
    for (qsizetype i = 1; i < ratings.size(); ++i) {
        QVERIFY(ratings.at(i - 1).elo >= ratings.at(i).elo);
    }
}

QList<qint64> TestElo::blindTurn(
    Store::ConversationStore &store, const QStringList &models, qint64 *conversationId, const QStringList &failed)
{
    QList<Store::Lane> lanes;
    for (const QString &model : models) {
        lanes.append(lane(model));
    }
    *conversationId = store.createConversation(lanes).value_or(0);
    Store::ComparisonStore comparisons(store);
    comparisons.setBlind(*conversationId, true);
    const qint64 turn = store.appendUserTurn(*conversationId, QStringLiteral("Which is better?")).value_or(0);
    QList<qint64> replies;
    for (const Store::Lane &seat : store.lanes(*conversationId)) {
        const qint64 reply = store.beginReply(turn, seat.id).value_or(0);
        const bool fails = failed.contains(seat.model);
        store.finishReply(reply, fails ? QString() : QStringLiteral("An answer."), {},
            fails ? Store::MessageStatus::Error : Store::MessageStatus::Complete, {});
        replies.append(reply);
    }
    return replies;
}

void TestElo::storeOutcomes()
{
    QTemporaryDir dir;
    Store::Database database(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    Store::ConversationStore store(database);
    qint64 clock = 1'700'000'000'000;
    store.setClock([&clock] { return clock++; });
    Store::ComparisonStore comparisons(store);
    QSignalSpy votesChanged(&store, &Store::ConversationStore::votesChanged);
    const QString a = QStringLiteral("openai/gpt-a");
    const QString b = QStringLiteral("anthropic/claude-b");
    const QString c = QStringLiteral("ollama/llama-c");

    // Tagged "code": b wins over a and c.
    qint64 code = 0;
    const QList<qint64> codeReplies = blindTurn(store, {a, b, c}, &code);
    QVERIFY(store.setTags(code, {QStringLiteral("code")}));
    QVERIFY(comparisons.vote(codeReplies.at(1)));
    QCOMPARE(votesChanged.size(), 1);
    QCOMPARE(votesChanged.constFirst().constFirst().toLongLong(), code);
    QVERIFY(!comparisons.vote(code + 1000));
    QCOMPARE(votesChanged.size(), 1);
    // Untagged: a wins; c's reply failed, so it neither plays nor loses.
    qint64 plain = 0;
    const QList<qint64> plainReplies = blindTurn(store, {a, b, c}, &plain, {c});
    QVERIFY(comparisons.vote(plainReplies.at(0)));
    // Names shown: not a blind vote.
    qint64 open = 0;
    const QList<qint64> openReplies = blindTurn(store, {a, c}, &open);
    QVERIFY(comparisons.setBlind(open, false));
    QVERIFY(comparisons.vote(openReplies.at(1)));
    // In the trash: not counted.
    qint64 trashed = 0;
    const QList<qint64> trashedReplies = blindTurn(store, {a, c}, &trashed);
    QVERIFY(comparisons.vote(trashedReplies.at(1)));
    QVERIFY(store.setTags(trashed, {QStringLiteral("poetry")}));
    QVERIFY(store.moveToTrash(trashed));
    QCOMPARE(comparisons.tagsInUse().value_or(QStringList {}), QStringList {QStringLiteral("code")});

    auto outcomes = comparisons.blindOutcomes();
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), 2);
    QCOMPARE(outcomes->at(0).winner, b);
    QCOMPARE(outcomes->at(0).losers, (QStringList {a, c}));
    QCOMPARE(outcomes->at(1).winner, a);
    QCOMPARE(outcomes->at(1).losers, QStringList {b});
    QVERIFY(outcomes->at(0).createdAt < outcomes->at(1).createdAt);
    QList<Rating> ratings = eloRatings(*outcomes);
    QCOMPARE(ratings.size(), 3);
    QCOMPARE(ratings.at(0).model, b); // b 1013.8, a 1002.2, c 984
    QCOMPARE(ratings.at(0).games, 3);
    QCOMPARE(ratings.at(2).model, c);
    QCOMPARE(ratings.at(2).losses, 1);

    const auto tagged = comparisons.blindOutcomes(QStringLiteral("code"));
    QVERIFY(tagged);
    QCOMPARE(tagged->size(), 1);
    QCOMPARE(tagged->first().winner, b);
    QCOMPARE(comparisons.blindOutcomes(QStringLiteral("poetry"))->size(), 0);

    // A re-vote once the names are shown replaces the blind vote with one that is not.
    QVERIFY(comparisons.vote(plainReplies.at(1)));
    outcomes = comparisons.blindOutcomes();
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().winner, b);
    QCOMPARE(comparisons.votes(plain)->size(), 1);
    // Blind again, a re-vote replaces it with a blind one: still one outcome for that turn.
    QVERIFY(comparisons.setBlind(plain, true));
    QVERIFY(comparisons.vote(plainReplies.at(1)));
    QVERIFY(comparisons.setBlind(plain, true));
    QVERIFY(comparisons.vote(plainReplies.at(0)));
    outcomes = comparisons.blindOutcomes();
    QCOMPARE(outcomes->size(), 2);
    QCOMPARE(outcomes->at(1).winner, a);
    QCOMPARE(outcomes->at(1).losers, QStringList {b});
    QCOMPARE(comparisons.votes(plain)->size(), 1);

    // Clearing a vote says so too.
    votesChanged.clear();
    QVERIFY(comparisons.clearVote(store.message(plainReplies.at(0))->parentId.value_or(0)));
    QCOMPARE(votesChanged.size(), 1);
    QCOMPARE(votesChanged.constFirst().constFirst().toLongLong(), plain);
    QCOMPARE(comparisons.blindOutcomes()->size(), 1);
    QVERIFY(comparisons.setBlind(plain, true));
    QVERIFY(comparisons.vote(plainReplies.at(0)));

    // Out of the trash, its vote counts again.
    QVERIFY(store.restoreFromTrash(trashed));
    QCOMPARE(comparisons.blindOutcomes()->size(), 3);
    QCOMPARE(comparisons.blindOutcomes(QStringLiteral("poetry"))->size(), 1);
    QCOMPARE(comparisons.tagsInUse().value_or(QStringList {}),
        (QStringList {QStringLiteral("code"), QStringLiteral("poetry")}));
    ratings = eloRatings(*comparisons.blindOutcomes());
    QCOMPARE(ratings.size(), 3);
    int games = 0;
    for (const Rating &rating : std::as_const(ratings)) {
        games += rating.games;
    }
    QCOMPARE(games, 2 * (2 + 1 + 1));
}

QTEST_GUILESS_MAIN(TestElo)
#include "tst_elo.moc"
