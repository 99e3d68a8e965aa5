// What a comparison keeps beyond lanes and replies: blind mode and votes,
// the view's layout, synthesis/judgement replies, and forking a lane, against
// a real SQLite file (schema version 3).
#include "store/comparisonstore.h"
#include "storetesthelpers.h"

using namespace Confer;
using namespace Confer::Store;

class TestComparisonStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void blindRevealAndViewStatePersist();
    void votesReplaceAndReveal();
    void blindOutcomesCountOnlyBlindVotes();
    void derivedRepliesSortAfterLanesAndCanBeKept();
    void forkLane_data();
    void forkLane();
    void forkingALaneWithNothingToKeepFails();

private:
    // A conversation of three lanes with one finished turn; returns the reply ids by lane.
    QList<qint64> oneTurn(qint64 *conversationId, qint64 *turnId, ContextMode mode = ContextMode::Independent);
    void reopen();

    qint64 m_clock = 1'700'000'000'000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
};

void TestComparisonStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    reopen();
}

void TestComparisonStore::reopen()
{
    m_store.reset();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("conversations.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->lastError().message));
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_store->setClock([this] { return m_clock++; });
}

void TestComparisonStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

QList<qint64> TestComparisonStore::oneTurn(qint64 *conversationId, qint64 *turnId, ContextMode mode)
{
    const auto id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o")),
                                                    ConferTest::lane(QStringLiteral("anthropic/claude-sonnet-4")),
                                                    ConferTest::lane(QStringLiteral("ollama/llama3.2"))},
        mode);
    *conversationId = id.value_or(0);
    const auto turn = m_store->appendUserTurn(*conversationId, QStringLiteral("Name a colour."));
    *turnId = turn.value_or(0);
    QList<qint64> replies;
    const QStringList answers = {QStringLiteral("Red."), QStringLiteral("Blue."), QStringLiteral("Green.")};
    const QList<Lane> lanes = m_store->lanes(*conversationId);
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const auto reply = m_store->beginReply(*turnId, lanes.at(i).id);
        m_store->finishReply(reply.value_or(0), answers.at(i), {}, MessageStatus::Complete, {});
        replies.append(reply.value_or(0));
    }
    return replies;
}

void TestComparisonStore::blindRevealAndViewStatePersist()
{
    qint64 conversationId = 0;
    qint64 turnId = 0;
    oneTurn(&conversationId, &turnId);
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(conversationId, true));
    QVERIFY(comparisons.setViewState(conversationId, QStringLiteral(R"({"layout":"grid"})")));
    QVERIFY(!comparisons.setBlind(conversationId + 100, true));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);

    reopen();
    auto c = m_store->conversation(conversationId);
    QVERIFY(c);
    QVERIFY(c->blind);
    QVERIFY(!c->revealed);
    QCOMPARE(c->viewState, QStringLiteral(R"({"layout":"grid"})"));

    ComparisonStore again(*m_store);
    QVERIFY(again.setRevealed(conversationId, true));
    QVERIFY(m_store->conversation(conversationId)->revealed);
    // Turning blind mode on again hides the names for the turns to come.
    QVERIFY(again.setBlind(conversationId, true));
    QVERIFY(!m_store->conversation(conversationId)->revealed);
}

void TestComparisonStore::votesReplaceAndReveal()
{
    qint64 conversationId = 0;
    qint64 turnId = 0;
    const QList<qint64> replies = oneTurn(&conversationId, &turnId);
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(conversationId, true));
    QVERIFY(comparisons.vote(replies.at(1)));
    QVERIFY(m_store->conversation(conversationId)->revealed);
    // A second vote on the same turn replaces the first, and is no longer blind.
    QVERIFY(comparisons.vote(replies.at(2)));
    const auto votes = comparisons.votes(conversationId);
    QVERIFY(votes);
    QCOMPARE(votes->size(), 1);
    QCOMPARE(votes->first().turnId, turnId);
    QCOMPARE(votes->first().replyId, replies.at(2));
    QVERIFY(!votes->first().blind);
    QVERIFY(!comparisons.vote(turnId)); // a prompt is not a reply
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);

    QCOMPARE(m_store->load(conversationId)->votes.size(), 1);
    QVERIFY(comparisons.clearVote(turnId));
    QCOMPARE(m_store->load(conversationId)->votes.size(), 0);

    // Keeping a reply reveals too, and marks it chosen.
    QVERIFY(comparisons.setBlind(conversationId, true));
    QVERIFY(comparisons.keepReply(replies.at(0)));
    QVERIFY(m_store->conversation(conversationId)->revealed);
    QVERIFY(m_store->message(replies.at(0))->chosen);
}

void TestComparisonStore::blindOutcomesCountOnlyBlindVotes()
{
    ComparisonStore comparisons(*m_store);
    qint64 blindId = 0;
    qint64 blindTurn = 0;
    const QList<qint64> blindReplies = oneTurn(&blindId, &blindTurn);
    QVERIFY(comparisons.setBlind(blindId, true));
    QVERIFY(m_store->setTags(blindId, {QStringLiteral("code")}));
    QVERIFY(comparisons.vote(blindReplies.at(1)));

    qint64 openId = 0;
    qint64 openTurn = 0;
    const QList<qint64> openReplies = oneTurn(&openId, &openTurn);
    QVERIFY(comparisons.vote(openReplies.at(0))); // names visible: not counted

    qint64 trashedId = 0;
    qint64 trashedTurn = 0;
    const QList<qint64> trashedReplies = oneTurn(&trashedId, &trashedTurn);
    QVERIFY(comparisons.setBlind(trashedId, true));
    QVERIFY(comparisons.vote(trashedReplies.at(2)));
    QVERIFY(m_store->moveToTrash(trashedId));

    auto outcomes = comparisons.blindOutcomes();
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), 1);
    QCOMPARE(outcomes->first().winner, QStringLiteral("anthropic/claude-sonnet-4"));
    QCOMPARE(
        outcomes->first().losers, (QStringList {QStringLiteral("openai/gpt-4o"), QStringLiteral("ollama/llama3.2")}));
    QCOMPARE(comparisons.blindOutcomes(QStringLiteral("code"))->size(), 1);
    QCOMPARE(comparisons.blindOutcomes(QStringLiteral("poetry"))->size(), 0);
}

void TestComparisonStore::derivedRepliesSortAfterLanesAndCanBeKept()
{
    qint64 conversationId = 0;
    qint64 turnId = 0;
    oneTurn(&conversationId, &turnId, ContextMode::Shared);
    ComparisonStore comparisons(*m_store);
    QVERIFY(!comparisons.beginDerivedReply(turnId, MessageKind::Reply, QStringLiteral("openai/gpt-4o")));
    const auto synthesis = comparisons.beginDerivedReply(turnId, MessageKind::Synthesis, QStringLiteral("openai/o3"));
    QVERIFY(synthesis);
    QVERIFY(m_store->finishReply(*synthesis, QStringLiteral("Red, blue or green."), {}, MessageStatus::Complete, {}));

    const QList<Message> branch = m_store->activeBranch(conversationId);
    QCOMPARE(branch.size(), 5);
    QCOMPARE(branch.last().id, *synthesis);
    QCOMPARE(branch.last().kind, MessageKind::Synthesis);
    QVERIFY(!branch.last().laneId);
    QCOMPARE(branch.last().model, QStringLiteral("openai/o3"));

    // Kept in shared mode, the synthesis is what every lane continues from.
    QVERIFY(comparisons.keepReply(*synthesis));
    QVERIFY(m_store->appendUserTurn(conversationId, QStringLiteral("Why?")));
    for (const Lane &lane : m_store->lanes(conversationId)) {
        const auto history = m_store->historyForLane(lane.id);
        QVERIFY(history);
        QCOMPARE(history->messages.size(), 3);
        QCOMPARE(history->messages.at(1).content, QStringLiteral("Red, blue or green."));
    }
}

void TestComparisonStore::forkLane_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expectedAnswer"); // what lane 0 continues from

    QTest::newRow("independent: its own reply") << int(ContextMode::Independent) << QStringLiteral("Red.");
    QTest::newRow("shared: the kept reply") << int(ContextMode::Shared) << QStringLiteral("Blue.");
}

void TestComparisonStore::forkLane()
{
    QFETCH(int, mode);
    QFETCH(QString, expectedAnswer);

    qint64 conversationId = 0;
    qint64 turnId = 0;
    const QList<qint64> replies = oneTurn(&conversationId, &turnId, ContextMode(mode));
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.keepReply(replies.at(1)));
    const Lane source = m_store->lanes(conversationId).first();
    Lane parameters = source;
    parameters.temperature = 0.25;
    parameters.systemPrompt = QStringLiteral("Be brief.");
    QVERIFY(m_store->setLaneParameters(source.id, parameters));

    const auto forked = comparisons.forkLane(source.id);
    QVERIFY2(forked, qPrintable(m_store->lastError().message));
    const auto data = m_store->load(*forked);
    QVERIFY(data);
    QCOMPARE(data->lanes.size(), 1);
    QCOMPARE(data->lanes.first().model, QStringLiteral("openai/gpt-4o"));
    QCOMPARE(data->lanes.first().temperature, std::optional<double>(0.25));
    QCOMPARE(data->lanes.first().systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(data->messages.size(), 2);
    QCOMPARE(data->messages.at(1).content, expectedAnswer);
    QCOMPARE(data->messages.at(1).laneId, data->lanes.first().id);

    QVERIFY(m_store->appendUserTurn(*forked, QStringLiteral("And another?")));
    const auto history = m_store->historyForLane(data->lanes.first().id);
    QVERIFY(history);
    QCOMPARE(history->systemPrompt, QStringLiteral("Be brief."));
    QCOMPARE(history->messages.size(), 3);
    QCOMPARE(history->messages.at(0).content, QStringLiteral("Name a colour."));
    QCOMPARE(history->messages.at(1).content, expectedAnswer);
    // The source conversation is untouched.
    QCOMPARE(m_store->activeBranch(conversationId).size(), 4);
}

void TestComparisonStore::forkingALaneWithNothingToKeepFails()
{
    const auto id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))});
    QVERIFY(id);
    const auto turn = m_store->appendUserTurn(*id, QStringLiteral("Hello"));
    const qint64 laneId = m_store->lanes(*id).first().id;
    const auto reply = m_store->beginReply(*turn, laneId);
    QVERIFY(m_store->finishReply(*reply, {}, {}, MessageStatus::Error, {}));
    const qint64 before = m_store->conversationCount();
    ComparisonStore comparisons(*m_store);
    QVERIFY(!comparisons.forkLane(laneId));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::Invalid);
    QCOMPARE(m_store->conversationCount(), before);
    QVERIFY(!comparisons.forkLane(laneId + 100));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestComparisonStore)
#include "tst_comparisonstore.moc"
