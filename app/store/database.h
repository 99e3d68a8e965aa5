#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;
class QSqlQuery;

namespace Confer
{
class Profile;
}

namespace Confer::Store
{

// Why the store could not do what it was asked; `message` is for the user.
struct StoreError {
    enum class Kind {
        None,
        Open, // the file could not be opened at all
        NotADatabase, // the file is not SQLite, or is damaged
        NewerSchema, // written by a newer Confer; left untouched
        Migration,
        DiskFull,
        ReadOnly,
        Busy, // another process holds the lock past the busy timeout
        Write, // any other failed statement
        NotFound,
        Invalid, // bad input (e.g. an import file)
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }
};

// One SQLite file: WAL journal, busy timeout, foreign keys, a schema kept
// current by ordered migrations (each in a transaction, after a backup copy
// of the file), and a refusal to touch a file from a newer Confer.
// One Database is one connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Store::Database)

public:
    static constexpr int SchemaVersion = 5;
    static constexpr int KeptBackups = 3;
    static constexpr int BusyTimeoutMs = 5000;

    explicit Database(const QString &filePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultFilePath(const Profile &profile);

    // How long a write waits for another process's lock before failing with
    // StoreError::Kind::Busy; takes effect at open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    // Opens (creating if needed) and migrates. On failure lastError() says why
    // and the file is as it was.
    bool open();
    bool isOpen() const;

    QString filePath() const { return m_filePath; }
    // Where migration backups go: "<file>.backups/" next to the database.
    QString backupDirectory() const;
    QStringList backups() const; // oldest first

    QSqlDatabase connection() const;
    const StoreError &lastError() const { return m_lastError; }

    // Runs body inside one transaction; commits when it returns true, rolls
    // back otherwise (and when the commit fails). Nested calls join the outer
    // transaction.
    bool transaction(const std::function<bool()> &body);

    // Prepares and runs a statement; on failure records lastError() and returns false.
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);

    // Turns a failed statement into a StoreError (disk full, read-only, busy…).
    StoreError recordError(const QSqlError &error);
    void setError(StoreError::Kind kind, const QString &message);
    void clearError() { m_lastError = {}; }

    static int schemaVersionOf(QSqlDatabase &connection, bool *ok);

private:
    bool migrate(int fromVersion);
    bool backUp(int fromVersion);
    void pruneBackups();
    void markOrphanedStreamsInterrupted();

    QString m_filePath;
    QString m_connectionName;
    StoreError m_lastError;
    int m_busyTimeoutMs = BusyTimeoutMs;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
};

// The ordered schema migrations: element i brings a database from version i
// to version i + 1. Exposed for tests that build a file of an older version.
QList<QStringList> schemaMigrations();

}
