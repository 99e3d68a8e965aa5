// Conversations, lanes, the message tree, context modes, trash, and the
// batched reply writer, against a real SQLite file.
#include "store/replywriter.h"
#include "storetesthelpers.h"

#include <QSignalSpy>

using namespace Confer;
using namespace Confer::Store;

class TestConversationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createListAndRename();
    void titleFromFirstPrompt_data();
    void titleFromFirstPrompt();
    void editingAPromptBranches();
    void regeneratingAReplyBranches();
    void siblingsAndNewestLeaf();
    void laneHistory_data();
    void laneHistory();
    void failedAndStreamingRepliesStayOutOfHistory();
    void lanesCanBeAddedRemovedAndMoved();
    void trash();
    void writerBatchesAndFinishes();
    void writerKeepsTextWhenTheDiskIsFull();
    void writerRetriesWhileTheDatabaseIsLocked();
    void writesToAReadOnlyDatabaseFailClearly();

private:
    qint64 m_clock = 1'700'000'000'000;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
};

void TestConversationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("conversations.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->lastError().message));
    m_store = std::make_unique<ConversationStore>(*m_database);
    m_store->setClock([this] { return m_clock++; });
}

void TestConversationStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

void TestConversationStore::createListAndRename()
{
    const auto first = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))});
    const auto second = m_store->createConversation({ConferTest::lane(QStringLiteral("anthropic/claude-sonnet-4")),
        ConferTest::lane(QStringLiteral("ollama/qwen3"))});
    QVERIFY(first && second);
    QVERIFY(m_store->appendUserTurn(*first, QStringLiteral("Hello there")));

    const QList<ConversationSummary> recent = m_store->recentConversations(10);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).id, *first); // updated last
    QCOMPARE(recent.at(0).title, QStringLiteral("Hello there"));
    QCOMPARE(recent.at(0).messageCount, 1);
    QCOMPARE(recent.at(1).models,
        QStringList({QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("ollama/qwen3")}));

    QVERIFY(m_store->rename(*second, QStringLiteral("Compared")));
    QCOMPARE(m_store->conversation(*second)->title, QStringLiteral("Compared"));
    QVERIFY(!m_store->rename(9999, QStringLiteral("x")));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::NotFound);

    QVERIFY(m_store->setTags(*first, {QStringLiteral("work"), QStringLiteral("rust")}));
    QCOMPARE(m_store->conversation(*first)->tags, QStringList({QStringLiteral("rust"), QStringLiteral("work")}));
}

void TestConversationStore::titleFromFirstPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("title");
    QTest::newRow("short") << QStringLiteral("  What is WAL?  ") << QStringLiteral("What is WAL?");
    QTest::newRow("first line only") << QStringLiteral("Review this:\nint main() {}") << QStringLiteral("Review this:");
    QTest::newRow("shortened") << QString(QStringLiteral("word ").repeated(
        30)) << QString(QStringLiteral("word ").repeated(11) + QStringLiteral("word") + QChar(0x2026));
}

void TestConversationStore::titleFromFirstPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, title);
    QCOMPARE(ConversationStore::titleFromPrompt(prompt), title);
}

void TestConversationStore::editingAPromptBranches()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 laneId = m_store->lanes(id).first().id;
    const qint64 t1 = m_store->appendUserTurn(id, QStringLiteral("one")).value();
    QVERIFY(m_store->finishReply(
        m_store->beginReply(t1, laneId).value(), QStringLiteral("1"), {}, MessageStatus::Complete, {}));
    const qint64 t2 = m_store->appendUserTurn(id, QStringLiteral("two")).value();
    QVERIFY(m_store->finishReply(
        m_store->beginReply(t2, laneId).value(), QStringLiteral("2"), {}, MessageStatus::Complete, {}));

    const qint64 edited = m_store->editUserTurn(t2, QStringLiteral("two, edited")).value();
    QCOMPARE(m_store->message(edited)->parentId, std::optional<qint64>(t1));
    QCOMPARE(m_store->conversation(id)->activeLeafId, std::optional<qint64>(edited));
    QList<Message> branch = m_store->activeBranch(id);
    QCOMPARE(branch.size(), 3);
    QCOMPARE(branch.at(2).content, QStringLiteral("two, edited"));
    // The old branch is still there and can be made active again.
    QVERIFY(m_store->setActiveLeaf(id, t2));
    branch = m_store->activeBranch(id);
    QCOMPARE(branch.size(), 4);
    QCOMPARE(branch.at(2).content, QStringLiteral("two"));
    QCOMPARE(branch.at(3).content, QStringLiteral("2"));
    QCOMPARE(m_store->load(id)->messages.size(), 5);
}

void TestConversationStore::siblingsAndNewestLeaf()
{
    const qint64 id = m_store
                          ->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o")),
                              ConferTest::lane(QStringLiteral("ollama/qwen3"))})
                          .value();
    const qint64 laneA = m_store->lanes(id).at(0).id;
    const qint64 laneB = m_store->lanes(id).at(1).id;
    const qint64 t1 = m_store->appendUserTurn(id, QStringLiteral("one")).value();
    const qint64 a1 = m_store->beginReply(t1, laneA).value();
    const qint64 b1 = m_store->beginReply(t1, laneB).value();
    const qint64 a2 = m_store->beginReply(t1, laneA).value();
    const qint64 t2 = m_store->appendUserTurn(id, QStringLiteral("two")).value();
    const qint64 t3 = m_store->appendUserTurn(id, QStringLiteral("three")).value();
    const qint64 t2b = m_store->editUserTurn(t2, QStringLiteral("two, edited")).value();
    const qint64 t1b = m_store->editUserTurn(t1, QStringLiteral("one, edited")).value();

    // Replies: the same turn and lane only; prompts: the same parent (or none).
    QCOMPARE(m_store->siblingIds(a2), (QList<qint64> {a1, a2}));
    QCOMPARE(m_store->siblingIds(b1), (QList<qint64> {b1}));
    QCOMPARE(m_store->siblingIds(t2b), (QList<qint64> {t2, t2b}));
    QCOMPARE(m_store->siblingIds(t1), (QList<qint64> {t1, t1b}));
    QVERIFY(m_store->siblingIds(999'999).isEmpty());

    QCOMPARE(m_store->newestLeafBelow(t1), std::optional<qint64>(t2b));
    QCOMPARE(m_store->newestLeafBelow(t2), std::optional<qint64>(t3));
    QCOMPARE(m_store->newestLeafBelow(t1b), std::optional<qint64>(t1b));
    QCOMPARE(m_store->newestLeafBelow(a1), std::nullopt);
}

void TestConversationStore::regeneratingAReplyBranches()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 laneId = m_store->lanes(id).first().id;
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("joke?")).value();
    const qint64 first = m_store->beginReply(turn, laneId).value();
    QVERIFY(m_store->finishReply(first, QStringLiteral("first joke"), {}, MessageStatus::Complete, {}));
    const qint64 second = m_store->beginReply(turn, laneId).value();
    QVERIFY(m_store->finishReply(second, QStringLiteral("second joke"), {}, MessageStatus::Complete, {}));

    QCOMPARE(m_store->message(first)->active, false);
    QCOMPARE(m_store->activeBranch(id).last().content, QStringLiteral("second joke"));
    QVERIFY(m_store->setActiveReply(first));
    QCOMPARE(m_store->activeBranch(id).last().content, QStringLiteral("first joke"));
    QCOMPARE(m_store->message(second)->active, false);
}

void TestConversationStore::laneHistory_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("chooseB");
    QTest::addColumn<QStringList>("historyA");
    QTest::addColumn<QStringList>("historyB");
    const QString u1 = QStringLiteral("user:q1");
    const QString u2 = QStringLiteral("user:q2");
    QTest::newRow("independent") << int(ContextMode::Independent) << true
                                 << QStringList({u1, QStringLiteral("assistant:a1"), u2})
                                 << QStringList({u1, QStringLiteral("assistant:b1"), u2});
    QTest::newRow("shared, B kept") << int(ContextMode::Shared) << true
                                    << QStringList({u1, QStringLiteral("assistant:b1"), u2})
                                    << QStringList({u1, QStringLiteral("assistant:b1"), u2});
    QTest::newRow("shared, none kept") << int(ContextMode::Shared) << false
                                       << QStringList({u1, QStringLiteral("assistant:a1"), u2})
                                       << QStringList({u1, QStringLiteral("assistant:b1"), u2});
}

void TestConversationStore::laneHistory()
{
    QFETCH(int, mode);
    QFETCH(bool, chooseB);
    QFETCH(QStringList, historyA);
    QFETCH(QStringList, historyB);

    Lane a = ConferTest::lane(QStringLiteral("openai/gpt-4o"));
    Lane b = ConferTest::lane(QStringLiteral("anthropic/claude-sonnet-4"));
    b.systemPrompt = QStringLiteral("Be terse.");
    const qint64 id
        = m_store->createConversation({a, b}, ContextMode(mode), QStringLiteral("You are helpful.")).value();
    const QList<Lane> lanes = m_store->lanes(id);
    const qint64 t1 = m_store->appendUserTurn(id, QStringLiteral("q1")).value();
    QVERIFY(m_store->finishReply(
        m_store->beginReply(t1, lanes.at(0).id).value(), QStringLiteral("a1"), {}, MessageStatus::Complete, {}));
    const qint64 b1 = m_store->beginReply(t1, lanes.at(1).id).value();
    QVERIFY(m_store->finishReply(b1, QStringLiteral("b1"), {}, MessageStatus::Complete, {}));
    if (chooseB) {
        QVERIFY(m_store->chooseReply(b1));
    }
    QVERIFY(m_store->appendUserTurn(id, QStringLiteral("q2")));

    const auto render = [](const LaneContext &context) {
        QStringList lines;
        for (const ChatMessage &message : context.messages) {
            lines.append(
                (message.role == ChatMessage::Role::User ? QStringLiteral("user:") : QStringLiteral("assistant:"))
                + message.content);
        }
        return lines;
    };
    const LaneContext contextA = m_store->historyForLane(lanes.at(0).id).value();
    const LaneContext contextB = m_store->historyForLane(lanes.at(1).id).value();
    QCOMPARE(render(contextA), historyA);
    QCOMPARE(render(contextB), historyB);
    QCOMPARE(contextA.systemPrompt, QStringLiteral("You are helpful."));
    QCOMPARE(contextB.systemPrompt, QStringLiteral("Be terse."));
}

void TestConversationStore::failedAndStreamingRepliesStayOutOfHistory()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 laneId = m_store->lanes(id).first().id;
    const qint64 t1 = m_store->appendUserTurn(id, QStringLiteral("q1")).value();
    ProviderError error;
    error.kind = ErrorKind::RateLimited;
    error.httpStatus = 429;
    error.providerMessage = QStringLiteral("Slow down");
    error.retryAfterMs = 2000;
    const qint64 failed = m_store->beginReply(t1, laneId).value();
    QVERIFY(m_store->finishReply(failed, {}, {}, MessageStatus::Error, {}, error));
    const auto stored = m_store->message(failed);
    QVERIFY(stored->error);
    QCOMPARE(stored->error->kind, ErrorKind::RateLimited);
    QCOMPARE(stored->error->httpStatus, 429);
    QCOMPARE(stored->error->retryAfterMs, std::optional<qint64>(2000));

    // Retrying: a new reply; while it streams, history ends with the prompt.
    QVERIFY(m_store->beginReply(t1, laneId));
    const LaneContext context = m_store->historyForLane(laneId).value();
    QCOMPARE(context.messages.size(), 1);
    QCOMPARE(context.messages.first().content, QStringLiteral("q1"));
}

void TestConversationStore::lanesCanBeAddedRemovedAndMoved()
{
    const qint64 id = m_store
                          ->createConversation({ConferTest::lane(QStringLiteral("a/one")),
                              ConferTest::lane(QStringLiteral("b/two")), ConferTest::lane(QStringLiteral("c/three"))})
                          .value();
    QList<Lane> lanes = m_store->lanes(id);
    QCOMPARE(lanes.size(), 3);
    QVERIFY(m_store->moveLane(lanes.at(2).id, 0));
    QVERIFY(m_store->removeLane(lanes.at(1).id));
    QVERIFY(m_store->setLaneModel(lanes.at(0).id, QStringLiteral("a/uno")));
    const QList<Lane> now = m_store->lanes(id);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).model, QStringLiteral("c/three"));
    QCOMPARE(now.at(1).model, QStringLiteral("a/uno"));
    QCOMPARE(m_store->lanes(id, true).size(), 3);
    QCOMPARE(now.at(0).provider(), QStringLiteral("c"));
}

void TestConversationStore::trash()
{
    const qint64 keep = m_store->createConversation({}).value();
    const qint64 old = m_store->createConversation({}).value();
    const qint64 recent = m_store->createConversation({}).value();
    QVERIFY(m_store->moveToTrash(old));
    m_clock += 20LL * 24 * 3600 * 1000;
    QVERIFY(m_store->moveToTrash(recent));
    QCOMPARE(m_store->conversationCount(), 1);
    QCOMPARE(m_store->recentConversations(10).first().id, keep);
    QCOMPARE(m_store->recentConversations(10, true).size(), 2);

    m_clock += 11LL * 24 * 3600 * 1000; // old has been in the trash for 31 days
    QCOMPARE(m_store->purgeTrash(), std::optional<int>(1));
    QVERIFY(!m_store->conversation(old));
    QVERIFY(m_store->restoreFromTrash(recent));
    QVERIFY(m_store->moveToTrash(recent));
    QCOMPARE(m_store->purgeTrash(true), std::optional<int>(1));
    QCOMPARE(m_store->conversationCount(true), 0);
    QCOMPARE(m_store->conversationCount(), 1);
}

void TestConversationStore::writerBatchesAndFinishes()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 laneId = m_store->lanes(id).first().id;
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("count")).value();
    ReplyWriter writer(*m_store, m_store->beginReply(turn, laneId).value());
    QSignalSpy saved(&writer, &ReplyWriter::saved);
    QSignalSpy finished(&writer, &ReplyWriter::finished);

    QString expected;
    for (int i = 0; i < 200; ++i) {
        const QString delta = QStringLiteral("%1 ").arg(i);
        writer.appendText(delta);
        expected += delta;
    }
    writer.appendReasoning(QStringLiteral("counting"));
    QVERIFY(saved.wait());
    QCOMPARE(saved.size(), 1); // 200 deltas, one write
    QCOMPARE(m_store->message(writer.replyId())->content, expected);
    QCOMPARE(m_store->message(writer.replyId())->status, MessageStatus::Streaming);

    ReplyMetrics metrics;
    metrics.ttftMs = 120;
    metrics.durationMs = 900;
    metrics.usage.inputTokens = 10;
    metrics.usage.outputTokens = 400;
    metrics.usage.costUsd = 0.0012;
    metrics.tokensEstimated = true;
    metrics.finishReason = FinishReason::Stop;
    metrics.requestId = QStringLiteral("req_1");
    metrics.answeredModel = QStringLiteral("gpt-4o-2024-08-06");
    writer.appendText(QStringLiteral("done"));
    writer.finish(MessageStatus::Complete, metrics);
    QCOMPARE(finished.size(), 1);
    const Message reply = m_store->message(writer.replyId()).value();
    QCOMPARE(reply.content, expected + QStringLiteral("done"));
    QCOMPARE(reply.reasoning, QStringLiteral("counting"));
    QCOMPARE(reply.status, MessageStatus::Complete);
    QCOMPARE(reply.metrics.ttftMs, std::optional<qint64>(120));
    QCOMPARE(reply.metrics.usage.outputTokens, std::optional<qint64>(400));
    QCOMPARE(reply.metrics.usage.costUsd, std::optional<double>(0.0012));
    QCOMPARE(reply.metrics.tokensEstimated, true);
    QCOMPARE(reply.metrics.finishReason, FinishReason::Stop);
    QCOMPARE(reply.metrics.requestId, QStringLiteral("req_1"));
    QCOMPARE(reply.metrics.answeredModel, QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(reply.model, QStringLiteral("openai/gpt-4o"));
}

void TestConversationStore::writerKeepsTextWhenTheDiskIsFull()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 laneId = m_store->lanes(id).first().id;
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("a long one")).value();
    ReplyWriter writer(*m_store, m_store->beginReply(turn, laneId).value());
    writer.setInterval(10);
    QSignalSpy failed(&writer, &ReplyWriter::writeFailed);
    QSignalSpy finished(&writer, &ReplyWriter::finished);
    writer.appendText(QStringLiteral("saved part. "));
    QVERIFY(writer.flush());

    // SQLite's page limit makes the disk "full" for this connection.
    const int pages = ConferTest::scalar(*m_database, QStringLiteral("PRAGMA page_count")).toInt();
    ConferTest::scalar(*m_database, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    const QString big = QString(QStringLiteral("lorem ipsum dolor sit amet ")).repeated(4000);
    writer.appendText(big);
    writer.finish(MessageStatus::Complete, {});
    QVERIFY(failed.size() > 0 || failed.wait());
    QCOMPARE(failed.first().first().value<StoreError>().kind, StoreError::Kind::DiskFull);
    QVERIFY(failed.first().first().value<StoreError>().message.contains(QLatin1String("full")));
    QVERIFY(writer.hasUnsavedChanges());
    QCOMPARE(writer.text(), QStringLiteral("saved part. ") + big);
    QCOMPARE(m_store->message(writer.replyId())->content, QStringLiteral("saved part. "));
    QCOMPARE(
        ConferTest::scalar(*m_database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));

    // Space again: the writer's retry stores everything.
    ConferTest::scalar(*m_database, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_store->message(writer.replyId())->content, QStringLiteral("saved part. ") + big);
    QCOMPARE(m_store->message(writer.replyId())->status, MessageStatus::Complete);
}

void TestConversationStore::writerRetriesWhileTheDatabaseIsLocked()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("hello")).value();
    const qint64 replyId = m_store->beginReply(turn, m_store->lanes(id).first().id).value();
    m_store.reset();
    m_database.reset();

    // Another program (here: another connection) holds the write lock.
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        Database database(path);
        database.setBusyTimeout(50);
        QVERIFY(database.open());
        ConversationStore store(database);
        ReplyWriter writer(store, replyId);
        writer.setInterval(10);
        QSignalSpy failed(&writer, &ReplyWriter::writeFailed);
        QSignalSpy finished(&writer, &ReplyWriter::finished);
        writer.appendText(QStringLiteral("Hi there."));
        writer.finish(MessageStatus::Complete, {});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<StoreError>().kind, StoreError::Kind::Busy);
        QVERIFY(failed.first().first().value<StoreError>().message.contains(QLatin1String("locked")));
        QCOMPARE(writer.text(), QStringLiteral("Hi there."));

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(store.message(replyId)->content, QStringLiteral("Hi there."));
        QCOMPARE(store.message(replyId)->status, MessageStatus::Complete);
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestConversationStore::writesToAReadOnlyDatabaseFailClearly()
{
    const qint64 id = m_store->createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))}).value();
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("hello")).value();
    ReplyWriter writer(*m_store, m_store->beginReply(turn, m_store->lanes(id).first().id).value());
    writer.setInterval(10);
    QSignalSpy failed(&writer, &ReplyWriter::writeFailed);
    QSignalSpy finished(&writer, &ReplyWriter::finished);

    // SQLite answers every write with SQLITE_READONLY, as on a read-only mount
    // (the tests run as root, for whom file permissions do not apply).
    ConferTest::scalar(*m_database, QStringLiteral("PRAGMA query_only = 1"));
    QVERIFY(!m_store->rename(id, QStringLiteral("new title")));
    QCOMPARE(m_store->lastError().kind, StoreError::Kind::ReadOnly);
    QVERIFY(m_store->lastError().message.contains(QLatin1String("cannot be written (read-only)")));
    writer.appendText(QStringLiteral("kept in memory"));
    writer.finish(MessageStatus::Complete, {});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<StoreError>().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(writer.text(), QStringLiteral("kept in memory"));
    QCOMPARE(m_store->conversation(id)->title, QStringLiteral("hello"));

    ConferTest::scalar(*m_database, QStringLiteral("PRAGMA query_only = 0"));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_store->message(writer.replyId())->content, QStringLiteral("kept in memory"));
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
