// Deleting a reply or a prompt (with everything below it) from a
// conversation's tree, against a real SQLite file: what goes, what becomes
// active, the kept reply, votes, streaming refusals and full-text search.
#include "store/comparisonstore.h"
#include "store/search.h"
#include "storetesthelpers.h"

using namespace Confer;
using namespace Confer::Store;

class TestMessageDelete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void activeReplyGivesWayToNewestVersion();
    void inactiveReplyLeavesActiveOne();
    void keptReplyLeavesNothingKept();
    void promptTakesRepliesAndLaterTurns();
    void promptWithEditMovesToNewestEdit();
    void promptOffTheActiveBranchKeepsTheLeaf();
    void onlyPromptLeavesNoLeaf();
    void refusesWhileStreaming_data();
    void refusesWhileStreaming();
    void unknownMessage();
    void searchForgetsDeletedText();

private:
    qint64 reply(qint64 turnId, qint64 laneId, const QString &text, MessageStatus status = MessageStatus::Complete);
    QList<qint64> branchIds(qint64 conversationId);
    qint64 count(const QString &where);

    qint64 m_clock = 1'700'000'000'000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_conversation = 0;
    qint64 m_lane = 0;
};

void TestMessageDelete::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("conversations.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->lastError().message));
    QCOMPARE(ConferTest::scalar(*m_database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_store->setClock([this] { return m_clock++; });
    m_conversation = m_store
                         ->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o")),
                                                  ConferTest::lane(QStringLiteral("ollama/llama3.2"))},
                             ContextMode::Shared)
                         .value_or(0);
    QVERIFY(m_conversation > 0);
    m_lane = m_store->lanes(m_conversation).at(0).id;
}

void TestMessageDelete::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestMessageDelete::reply(qint64 turnId, qint64 laneId, const QString &text, MessageStatus status)
{
    const qint64 id = m_store->beginReply(turnId, laneId).value_or(0);
    if (status != MessageStatus::Streaming) {
        m_store->finishReply(id, text, {}, status, {});
    }
    return id;
}

QList<qint64> TestMessageDelete::branchIds(qint64 conversationId)
{
    QList<qint64> ids;
    for (const Message &m : m_store->activeBranch(conversationId)) {
        ids.append(m.id);
    }
    return ids;
}

qint64 TestMessageDelete::count(const QString &where)
{
    return ConferTest::scalar(*m_database, QStringLiteral("SELECT count(*) FROM messages WHERE ") + where).toLongLong();
}

void TestMessageDelete::activeReplyGivesWayToNewestVersion()
{
    const qint64 turn = m_store->appendUserTurn(m_conversation, QStringLiteral("Name a colour.")).value();
    const qint64 first = reply(turn, m_lane, QStringLiteral("Red."));
    const qint64 second = reply(turn, m_lane, QStringLiteral("Blue."));
    const qint64 third = reply(turn, m_lane, QStringLiteral("Green."));
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {turn, third}));

    const auto scope = m_store->deletionScope(third);
    QVERIFY(scope);
    QCOMPARE(scope->role, MessageRole::Assistant);
    QCOMPARE(scope->replies, 0);
    QCOMPARE(scope->laterTurns, 0);
    QVERIFY2(m_store->deleteMessage(third), qPrintable(m_store->lastError().message));
    QVERIFY(!m_store->message(third));
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {turn, second}));
    QCOMPARE(m_store->siblingIds(second), (QList<qint64> {first, second}));
    QVERIFY(!m_store->message(first)->active);
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(turn));
}

void TestMessageDelete::inactiveReplyLeavesActiveOne()
{
    const qint64 turn = m_store->appendUserTurn(m_conversation, QStringLiteral("Name a colour.")).value();
    const qint64 first = reply(turn, m_lane, QStringLiteral("Red."));
    const qint64 second = reply(turn, m_lane, QStringLiteral("Blue."));
    QVERIFY(m_store->setActiveReply(first));
    QVERIFY(m_store->deleteMessage(second));
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {turn, first}));
    QCOMPARE(count(QStringLiteral("parent_id = %1").arg(turn)), 1);
}

void TestMessageDelete::keptReplyLeavesNothingKept()
{
    const QList<Lane> lanes = m_store->lanes(m_conversation);
    const qint64 turn = m_store->appendUserTurn(m_conversation, QStringLiteral("Name a colour.")).value();
    const qint64 red = reply(turn, lanes.at(0).id, QStringLiteral("Red."));
    const qint64 blue = reply(turn, lanes.at(1).id, QStringLiteral("Blue."));
    ComparisonStore comparison(*m_store);
    QVERIFY(comparison.keepReply(red));
    QVERIFY(comparison.vote(red));
    QCOMPARE(count(QStringLiteral("chosen = 1")), 1);
    QCOMPARE(comparison.votes(m_conversation).value_or(QList<Vote> {}).size(), 1);

    QVERIFY(m_store->deleteMessage(red));
    QCOMPARE(count(QStringLiteral("chosen = 1")), 0);
    QVERIFY(comparison.votes(m_conversation).value_or(QList<Vote> {Vote {}}).isEmpty());
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {turn, blue}));
    // In shared mode the other lane now sees its own reply, not the deleted kept one.
    m_store->appendUserTurn(m_conversation, QStringLiteral("Another?"));
    const auto history = m_store->historyForLane(lanes.at(1).id);
    QVERIFY(history);
    QCOMPARE(history->messages.size(), 3);
    QCOMPARE(history->messages.at(1).content, QStringLiteral("Blue."));
}

void TestMessageDelete::promptTakesRepliesAndLaterTurns()
{
    const QList<Lane> lanes = m_store->lanes(m_conversation);
    const qint64 t1 = m_store->appendUserTurn(m_conversation, QStringLiteral("one")).value();
    const qint64 r1 = reply(t1, m_lane, QStringLiteral("first answer"));
    const qint64 t2 = m_store->appendUserTurn(m_conversation, QStringLiteral("two")).value();
    reply(t2, lanes.at(0).id, QStringLiteral("second answer"));
    reply(t2, lanes.at(1).id, QStringLiteral("second answer, other lane"));
    reply(t2, lanes.at(1).id, QStringLiteral("second answer, again"));
    const qint64 t3 = m_store->appendUserTurn(m_conversation, QStringLiteral("three")).value();
    reply(t3, m_lane, QStringLiteral("third answer"));
    const qint64 t4 = m_store->appendUserTurn(m_conversation, QStringLiteral("four")).value();
    Q_UNUSED(t4)

    const auto scope = m_store->deletionScope(t2);
    QVERIFY(scope);
    QCOMPARE(scope->role, MessageRole::User);
    QCOMPARE(scope->replies, 3);
    QCOMPARE(scope->laterTurns, 2);
    QCOMPARE(scope->streaming, 0);

    QVERIFY2(m_store->deleteMessage(t2), qPrintable(m_store->lastError().message));
    QCOMPARE(count(QStringLiteral("1")), 2);
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {t1, r1}));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(t1));
    // A new prompt continues from the remaining turn.
    const qint64 next = m_store->appendUserTurn(m_conversation, QStringLiteral("again")).value();
    QCOMPARE(m_store->message(next)->parentId, std::optional<qint64>(t1));
}

void TestMessageDelete::promptWithEditMovesToNewestEdit()
{
    const qint64 t1 = m_store->appendUserTurn(m_conversation, QStringLiteral("one")).value();
    const qint64 a = m_store->appendUserTurn(m_conversation, QStringLiteral("two, first wording")).value();
    const qint64 ra = reply(a, m_lane, QStringLiteral("answer a"));
    const qint64 belowA = m_store->appendUserTurn(m_conversation, QStringLiteral("three after a")).value();
    const qint64 b = m_store->editUserTurn(a, QStringLiteral("two, second wording")).value();
    const qint64 c = m_store->editUserTurn(a, QStringLiteral("two, third wording")).value();
    const qint64 belowC = m_store->appendUserTurn(m_conversation, QStringLiteral("three after c")).value();
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(belowC));

    // c is on the active branch: the newest other edit (b) takes over, down to its newest leaf (b itself).
    QVERIFY(m_store->deleteMessage(c));
    QVERIFY(!m_store->message(belowC));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(b));
    QCOMPARE(m_store->siblingIds(b), (QList<qint64> {a, b}));

    // Then b: a's newest leaf below it.
    QVERIFY(m_store->deleteMessage(b));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(belowA));
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {t1, a, ra, belowA}));
}

void TestMessageDelete::promptOffTheActiveBranchKeepsTheLeaf()
{
    const qint64 t1 = m_store->appendUserTurn(m_conversation, QStringLiteral("one")).value();
    const qint64 a = m_store->appendUserTurn(m_conversation, QStringLiteral("two")).value();
    m_store->appendUserTurn(m_conversation, QStringLiteral("three after a"));
    const qint64 b = m_store->editUserTurn(a, QStringLiteral("two again")).value();
    const qint64 rb = reply(b, m_lane, QStringLiteral("answer b"));
    QVERIFY(m_store->deleteMessage(a));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(b));
    QCOMPARE(branchIds(m_conversation), (QList<qint64> {t1, b, rb}));
    QCOMPARE(m_store->siblingIds(b), (QList<qint64> {b}));
}

void TestMessageDelete::onlyPromptLeavesNoLeaf()
{
    const qint64 first = m_store->appendUserTurn(m_conversation, QStringLiteral("one")).value();
    reply(first, m_lane, QStringLiteral("answer"));
    // A second root (an edit of the first prompt) takes over when the first goes.
    const qint64 edit = m_store->editUserTurn(first, QStringLiteral("one, reworded")).value();
    QVERIFY(m_store->setActiveLeaf(m_conversation, first));
    QVERIFY(m_store->deleteMessage(first));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::optional<qint64>(edit));
    QVERIFY(m_store->deleteMessage(edit));
    QCOMPARE(m_store->conversation(m_conversation)->activeLeafId, std::nullopt);
    QVERIFY(m_store->activeBranch(m_conversation).isEmpty());
    QCOMPARE(count(QStringLiteral("1")), 0);
    QVERIFY(m_store->conversation(m_conversation)); // the conversation itself stays
}

void TestMessageDelete::refusesWhileStreaming_data()
{
    QTest::addColumn<bool>("deletePrompt");
    QTest::newRow("the streaming reply") << false;
    QTest::newRow("a prompt above it") << true;
}

void TestMessageDelete::refusesWhileStreaming()
{
    QFETCH(bool, deletePrompt);
    const qint64 t1 = m_store->appendUserTurn(m_conversation, QStringLiteral("one")).value();
    reply(t1, m_lane, QStringLiteral("answer"));
    const qint64 t2 = m_store->appendUserTurn(m_conversation, QStringLiteral("two")).value();
    const qint64 streaming = reply(t2, m_lane, {}, MessageStatus::Streaming);
    const qint64 target = deletePrompt ? t1 : streaming;
    QCOMPARE(m_store->deletionScope(target)->streaming, 1);
    QVERIFY(!m_store->deleteMessage(target));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::Invalid);
    QCOMPARE(count(QStringLiteral("1")), 4);

    QVERIFY(m_store->finishReply(streaming, QStringLiteral("done"), {}, MessageStatus::Complete, {}));
    QVERIFY(m_store->deleteMessage(target));
    QCOMPARE(count(QStringLiteral("1")), deletePrompt ? 0 : 3);
}

void TestMessageDelete::unknownMessage()
{
    QVERIFY(!m_store->deleteMessage(4242));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);
    QVERIFY(!m_store->deletionScope(4242));
}

void TestMessageDelete::searchForgetsDeletedText()
{
    const qint64 t1 = m_store->appendUserTurn(m_conversation, QStringLiteral("tell me about aardvarks")).value();
    const qint64 r1 = reply(t1, m_lane, QStringLiteral("Aardvarks eat termites; pangolins too."));
    const qint64 t2 = m_store->appendUserTurn(m_conversation, QStringLiteral("and quokkas?")).value();
    reply(t2, m_lane, QStringLiteral("Quokkas smile in photographs."));
    Search search(*m_database);
    const auto hits = [&](const QString &text) {
        SearchQuery query;
        query.text = text;
        QList<qint64> ids;
        for (const SearchHit &hit : search.run(query).value_or(QList<SearchHit> {})) {
            if (hit.messageId != 0) { // not the conversation's title
                ids.append(hit.messageId);
            }
        }
        return ids;
    };
    QCOMPARE(hits(QStringLiteral("pangolins")), (QList<qint64> {r1}));
    QCOMPARE(hits(QStringLiteral("quokkas")).size(), 2);

    QVERIFY(m_store->deleteMessage(r1));
    QVERIFY(hits(QStringLiteral("pangolins")).isEmpty());
    QCOMPARE(hits(QStringLiteral("aardvarks")), (QList<qint64> {t1}));
    // A prompt with the turn below it: neither is found any more.
    QVERIFY(m_store->deleteMessage(t2));
    QVERIFY(hits(QStringLiteral("quokkas")).isEmpty());
    QCOMPARE(ConferTest::scalar(
                 *m_database, QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'smile'"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestMessageDelete)
#include "tst_messagedelete.moc"
