// The database file: schema, migrations, backups, refusals.
#include "store/comparisonstore.h"
#include "storetesthelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Confer::Store;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshFileHasCurrentSchema();
    void migratesFromVersion1();
    void migratesFromVersion3();
    void migratesFromVersion4();
    void keepsTheLastThreeBackups();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void interruptedStreamsAreMarkedAtOpen();
    void transactionRollsBackOnFailure();

private:
    // Writes a file as Confer's schema version 1 left it, with one exchange in it.
    void writeVersion1File(const QString &path);
    // Writes a file as schema version `version` (built by the migrations up to it) left it, with `rows` in it.
    void writeVersionFile(const QString &path, int version, const QStringList &rows);
    static QByteArray hashOf(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestDatabase::hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void TestDatabase::writeVersion1File(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QStringList version1 = schemaMigrations().at(0);
        for (const QString &statement : version1) {
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("INSERT INTO conversations (id, uuid, title, created_at, updated_at)"
                                          " VALUES (1, 'c-1', 'Café notes', 1000, 2000)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO lanes (id, conversation_id, position, model)"
                                          " VALUES (1, 1, 0, 'openai/gpt-4o')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, role, content, created_at)"
                                          " VALUES (1, 1, 'user', 'Where is the crème brûlée?', 1000)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, lane_id, role,"
                                          " content, created_at) VALUES (2, 1, 1, 1, 'assistant', 'In the fridge.',"
                                          " 1500)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void TestDatabase::freshFileHasCurrentSchema()
{
    Database database(m_dir->filePath(QStringLiteral("data/conversations.sqlite")));
    QVERIFY2(database.open(), qPrintable(database.lastError().message));
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    QVERIFY(database.backups().isEmpty()); // nothing to back up in a new file
}

void TestDatabase::migratesFromVersion1()
{
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    writeVersion1File(path);
    const QByteArray before = hashOf(path);

    Database database(path);
    QVERIFY2(database.open(), qPrintable(database.lastError().message));
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    // Existing rows were indexed by the migration.
    QCOMPARE(
        ConferTest::scalar(database, QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'creme'"))
            .toInt(),
        1);
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("SELECT rowid FROM titles_fts WHERE titles_fts MATCH 'cafe'"))
                 .toInt(),
        1);

    const QStringList backups = database.backups();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().endsWith(QLatin1String("-schema1.sqlite")));
    QCOMPARE(hashOf(backups.first()).isEmpty(), false);
    {
        Database backup(backups.first() + QStringLiteral(".copy"));
        QVERIFY(QFile::copy(backups.first(), backup.filePath()));
        // Opening the copy migrates it: proof that it held schema 1 and the rows.
        QVERIFY(backup.open());
        QCOMPARE(ConferTest::scalar(backup, QStringLiteral("SELECT content FROM messages WHERE id = 2")).toString(),
            QStringLiteral("In the fridge."));
    }
    QVERIFY(!before.isEmpty());
}

// Version 4 adds the criteria a judgement was asked with: a judgement from
// before has none (asking again uses the default ones), new ones keep theirs.
void TestDatabase::migratesFromVersion3()
{
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    writeVersionFile(path, 3,
        {
            QStringLiteral("INSERT INTO conversations (id, uuid, title, created_at, updated_at)"
                           " VALUES (1, 'c-1', 'Sorting', 1000, 2000)"),
            QStringLiteral("INSERT INTO messages (id, conversation_id, role, content, created_at)"
                           " VALUES (1, 1, 'user', 'Which sort?', 1000)"),
            QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, kind, model,"
                           " content, created_at) VALUES (2, 1, 1, 'assistant', 'judgement',"
                           " 'openai/o3', '| A | 3 |', 1500)"),
        });
    if (QTest::currentTestFailed()) {
        return;
    }

    Database database(path);
    QVERIFY2(database.open(), qPrintable(database.lastError().message));
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QVERIFY(database.backups().first().endsWith(QLatin1String("-schema3.sqlite")));
    ConversationStore store(database);
    ComparisonStore comparisons(store);
    QCOMPARE(comparisons.derivedCriteria(2), std::optional<QStringList>(QStringList()));
    QCOMPARE(store.message(2)->content, QStringLiteral("| A | 3 |"));

    const QStringList criteria = {QStringLiteral("speed"), QStringLiteral("a \"stable\" order")};
    const std::optional<qint64> judgement
        = comparisons.beginDerivedReply(1, MessageKind::Judgement, QStringLiteral("openai/o3"), criteria);
    QVERIFY(judgement);
    QCOMPARE(comparisons.derivedCriteria(*judgement), std::optional<QStringList>(criteria));
    // The new one is a version of the old one (same kind, same model), which it replaces as the one shown.
    QCOMPARE(store.siblingIds(*judgement), QList<qint64>({2, *judgement}));
    QVERIFY(!store.message(2)->active);
    // A synthesis keeps no criteria.
    const std::optional<qint64> synthesis
        = comparisons.beginDerivedReply(1, MessageKind::Synthesis, QStringLiteral("openai/o3"), criteria);
    QVERIFY(synthesis);
    QCOMPARE(comparisons.derivedCriteria(*synthesis), std::optional<QStringList>(QStringList()));
    QCOMPARE(
        ConferTest::scalar(database, QStringLiteral("SELECT criteria IS NULL FROM messages WHERE kind = 'synthesis'"))
            .toInt(),
        1);
}

// Version 5 keeps streaming replies out of the search index until they stop:
// what version 4 had indexed of a reply still streaming leaves the index, a
// reply whose writer died enters it as interrupted, and a reply that finishes
// enters it with its whole text.
void TestDatabase::migratesFromVersion4()
{
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    writeVersionFile(path, 4,
        {
            QStringLiteral("INSERT INTO conversations (id, uuid, title, created_at, updated_at)"
                           " VALUES (1, 'c-1', 'Marsupials', 1000, 2000)"),
            QStringLiteral("INSERT INTO messages (id, conversation_id, role, content, created_at)"
                           " VALUES (1, 1, 'user', 'Name an animal', 1000)"),
            QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, content,"
                           " created_at) VALUES (2, 1, 1, 'assistant', 'A koala.', 1100)"),
            // Two replies streaming as version 4 left them, each saved with its first words (and indexed):
            // one by this process, alive, one by a process gone.
            QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, status,"
                           " writer_pid, content, created_at) VALUES (3, 1, 1, 'assistant',"
                           " 'streaming', %1, '', 1200)")
                .arg(QCoreApplication::applicationPid()),
            QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, status,"
                           " writer_pid, content, created_at) VALUES (4, 1, 1, 'assistant',"
                           " 'streaming', 2147483646, '', 1300)"),
            QStringLiteral("UPDATE messages SET content = 'A wombat' WHERE id = 3"),
            QStringLiteral("UPDATE messages SET content = 'A numbat' WHERE id = 4"),
        });
    if (QTest::currentTestFailed()) {
        return;
    }

    Database database(path);
    QVERIFY2(database.open(), qPrintable(database.lastError().message));
    QCOMPARE(ConferTest::scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QVERIFY(database.backups().first().endsWith(QLatin1String("-schema4.sqlite")));
    const auto matching = [&database](const QString &word) {
        return ConferTest::scalar(database,
            QStringLiteral("SELECT group_concat(rowid) FROM messages_fts WHERE messages_fts MATCH '%1'").arg(word))
            .toString();
    };
    QCOMPARE(matching(QStringLiteral("koala")), QStringLiteral("2"));
    QCOMPARE(matching(QStringLiteral("wombat")), QString()); // still streaming
    QCOMPARE(matching(QStringLiteral("numbat")), QStringLiteral("4")); // interrupted at open

    ConversationStore store(database);
    QVERIFY(store.saveReplyProgress(3, QStringLiteral("A wombat, or a"), {}));
    QCOMPARE(matching(QStringLiteral("wombat")), QString());
    QVERIFY(store.finishReply(3, QStringLiteral("A wombat, or a quokka."), {}, MessageStatus::Complete, {}));
    QCOMPARE(matching(QStringLiteral("wombat")), QStringLiteral("3"));
    QCOMPARE(matching(QStringLiteral("quokka")), QStringLiteral("3"));
    // The index now agrees with the table row for row.
    QVERIFY(
        database.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")));
}

void TestDatabase::writeVersionFile(const QString &path, int version, const QStringList &rows)
{
    const QString connection = QStringLiteral("fixture%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QStringList statements;
        for (const QStringList &migration : schemaMigrations().mid(0, version)) {
            statements += migration;
        }
        statements += rows;
        statements += QStringLiteral("PRAGMA user_version = %1").arg(version);
        QSqlQuery query(db);
        for (const QString &statement : std::as_const(statements)) {
            QVERIFY2(query.exec(statement), qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestDatabase::keepsTheLastThreeBackups()
{
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    QStringList seen;
    for (int i = 0; i < 5; ++i) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        writeVersion1File(path);
        Database database(path);
        QVERIFY2(database.open(), qPrintable(database.lastError().message));
        seen = database.backups();
    }
    QCOMPARE(seen.size(), Database::KeptBackups);
}

void TestDatabase::refusesUnreadableFiles_data()
{
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("newer schema") << QByteArray("newer") << int(StoreError::Kind::NewerSchema)
                                  << QStringLiteral("newer version of Confer (schema 99");
    QTest::newRow("not a database") << QByteArray("garbage") << int(StoreError::Kind::NotADatabase)
                                    << QStringLiteral("is not a Confer database");
}

void TestDatabase::refusesUnreadableFiles()
{
    QFETCH(QByteArray, setup);
    QFETCH(int, kind);
    QFETCH(QString, messagePart);
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    if (setup == "newer") {
        writeVersion1File(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QByteArray before = hashOf(path);

    Database database(path);
    QVERIFY(!database.open());
    QCOMPARE(int(database.lastError().kind), kind);
    QVERIFY2(database.lastError().message.contains(messagePart), qPrintable(database.lastError().message));
    QCOMPARE(hashOf(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(database.backups().isEmpty());
}

void TestDatabase::interruptedStreamsAreMarkedAtOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("conversations.sqlite"));
    qint64 replyId = 0;
    qint64 liveReplyId = 0;
    {
        Database database(path);
        QVERIFY(database.open());
        ConversationStore store(database);
        const auto id = store.createConversation({ConferTest::lane(QStringLiteral("openai/gpt-4o"))});
        QVERIFY(id);
        const auto turn = store.appendUserTurn(*id, QStringLiteral("Tell me a story"));
        const qint64 laneId = store.lanes(*id).first().id;
        replyId = store.beginReply(*turn, laneId).value();
        liveReplyId = store.beginReply(*turn, laneId).value();
        QVERIFY(store.saveReplyProgress(replyId, QStringLiteral("Once upon a"), QStringLiteral("thinking")));
        // A writer that no longer exists: the process was killed.
        QVERIFY(
            database.exec(QStringLiteral("UPDATE messages SET writer_pid = 2147483646 WHERE id = %1").arg(replyId)));
    }
    Database database(path);
    QVERIFY(database.open());
    ConversationStore store(database);
    const auto reply = store.message(replyId);
    QVERIFY(reply);
    QCOMPARE(reply->status, MessageStatus::Interrupted);
    QCOMPARE(reply->content, QStringLiteral("Once upon a"));
    QCOMPARE(reply->reasoning, QStringLiteral("thinking"));
    // This process is alive: its own stream is left alone.
    QCOMPARE(store.message(liveReplyId)->status, MessageStatus::Streaming);
}

void TestDatabase::transactionRollsBackOnFailure()
{
    Database database(m_dir->filePath(QStringLiteral("conversations.sqlite")));
    QVERIFY(database.open());
    ConversationStore store(database);
    const bool ok = database.transaction([&] {
        store.createConversation({ConferTest::lane(QStringLiteral("a/b"))});
        return database.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
    });
    QVERIFY(!ok);
    QCOMPARE(database.lastError().kind, StoreError::Kind::Write);
    QCOMPARE(store.conversationCount(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
