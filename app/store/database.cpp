#include "store/database.h"

#include "core/profile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "confer.store")

namespace Confer::Store
{

namespace
{

// SQLite's primary result codes that mean something to the user.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

bool processIsAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

}

Database::Database(const QString &filePath)
    : m_filePath(filePath)
    , m_connectionName(QStringLiteral("confer-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultFilePath(const Profile &profile)
{
    return profile.dataDirectory() + QStringLiteral("/conversations.sqlite");
}

QString Database::backupDirectory() const
{
    return m_filePath + QStringLiteral(".backups");
}

QStringList Database::backups() const
{
    QDir dir(backupDirectory());
    QStringList names = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (QString &name : names) {
        name = dir.absoluteFilePath(name);
    }
    return names;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::setError(StoreError::Kind kind, const QString &message)
{
    m_lastError = {kind, message};
}

StoreError Database::recordError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcStore).noquote() << "SQLite error" << error.nativeErrorCode() << detail;
    switch (code) {
    case SqliteFull:
        setError(StoreError::Kind::DiskFull,
            tr("The disk holding the conversation database is full (%1). Nothing was lost; Confer will retry.")
                .arg(m_filePath));
        break;
    case SqliteReadOnly:
        setError(StoreError::Kind::ReadOnly,
            tr("The conversation database %1 cannot be written (read-only). Nothing was lost.").arg(m_filePath));
        break;
    case SqliteBusy:
    case SqliteLocked:
        setError(StoreError::Kind::Busy,
            tr("The conversation database %1 is locked by another program. Confer will retry.").arg(m_filePath));
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        setError(StoreError::Kind::NotADatabase,
            tr("%1 is not a Confer database or is damaged: %2").arg(m_filePath, detail));
        break;
    case SqliteCantOpen:
        setError(StoreError::Kind::Open, tr("Cannot open the conversation database %1: %2").arg(m_filePath, detail));
        break;
    default:
        setError(StoreError::Kind::Write, tr("A database operation failed: %1").arg(detail));
        break;
    }
    return m_lastError;
}

bool Database::exec(QSqlQuery &query)
{
    if (!query.exec()) {
        recordError(query.lastError());
        if (m_transactionDepth > 0) {
            m_transactionFailed = true;
        }
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        recordError(query.lastError());
        if (m_transactionDepth > 0) {
            m_transactionFailed = true;
        }
        return false;
    }
    return true;
}

bool Database::transaction(const std::function<bool()> &body)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = body();
        --m_transactionDepth;
        if (!ok) {
            m_transactionFailed = true;
        }
        return ok;
    }
    // BEGIN IMMEDIATE takes the write lock up front, so a busy database fails
    // here (after the busy timeout) rather than half-way through.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return false;
    }
    m_transactionDepth = 1;
    m_transactionFailed = false;
    const bool ok = body() && !m_transactionFailed;
    m_transactionDepth = 0;
    if (ok) {
        QSqlQuery commit(connection());
        if (commit.exec(QStringLiteral("COMMIT"))) {
            return true;
        }
        recordError(commit.lastError());
    }
    const StoreError error = m_lastError;
    QSqlQuery rollback(connection());
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_lastError = error;
    return false;
}

int Database::schemaVersionOf(QSqlDatabase &connection, bool *ok)
{
    QSqlQuery query(connection);
    *ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return *ok ? query.value(0).toInt() : -1;
}

bool Database::open()
{
    clearError();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        setError(StoreError::Kind::Open, tr("Cannot create the directory %1.").arg(info.absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    const bool readOnly = info.exists() && !info.isWritable();
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        recordError(db.lastError());
        return false;
    }

    // Read the version before anything that could write to the file.
    bool ok = false;
    const int version = schemaVersionOf(db, &ok);
    if (!ok) {
        QSqlQuery probe(db);
        probe.exec(QStringLiteral("PRAGMA user_version"));
        recordError(probe.lastError());
        if (m_lastError.kind == StoreError::Kind::Write) {
            m_lastError.kind = StoreError::Kind::NotADatabase;
        }
        db.close();
        return false;
    }
    if (version > SchemaVersion) {
        setError(StoreError::Kind::NewerSchema,
            tr("The conversation database %1 was written by a newer version of Confer (schema %2; this version "
               "understands up to %3). It was left untouched; please update Confer.")
                .arg(m_filePath)
                .arg(version)
                .arg(SchemaVersion));
        db.close();
        return false;
    }

    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        return false;
    }
    if (readOnly) {
        if (version < SchemaVersion) {
            setError(StoreError::Kind::ReadOnly,
                tr("The conversation database %1 is read-only and needs an upgrade that cannot be written.")
                    .arg(m_filePath));
            db.close();
            return false;
        }
        return true;
    }
    // WAL lets the window and the command line read while one writes; NORMAL
    // sync is safe against a crashed or killed process in WAL mode.
    if (!exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        db.close();
        return false;
    }
    if (version < SchemaVersion) {
        if (version > 0 && !backUp(version)) {
            db.close();
            return false;
        }
        if (!migrate(version)) {
            db.close();
            return false;
        }
    }
    markOrphanedStreamsInterrupted();
    return true;
}

bool Database::backUp(int fromVersion)
{
    if (!QDir().mkpath(backupDirectory())) {
        setError(StoreError::Kind::Migration,
            tr("Cannot create %1 for a backup before upgrading the database.").arg(backupDirectory()));
        return false;
    }
    // Names sort by time, so the oldest backups are pruned first.
    const QString stem = backupDirectory() + QLatin1Char('/')
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz"))
        + QStringLiteral("-schema%1").arg(fromVersion);
    QString target = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = stem + QStringLiteral("-%1.sqlite").arg(n);
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        recordError(query.lastError());
        m_lastError.kind = StoreError::Kind::Migration;
        m_lastError.message = tr("Could not back up the database before upgrading it: %1").arg(m_lastError.message);
        return false;
    }
    pruneBackups();
    return true;
}

void Database::pruneBackups()
{
    QStringList existing = backups();
    while (existing.size() > KeptBackups) {
        QFile::remove(existing.takeFirst());
    }
}

bool Database::migrate(int fromVersion)
{
    const QList<QStringList> steps = schemaMigrations();
    for (int version = fromVersion; version < steps.size(); ++version) {
        const bool ok = transaction([&] {
            for (const QString &statement : steps.at(version)) {
                if (!exec(statement)) {
                    return false;
                }
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        });
        if (!ok) {
            m_lastError.message = tr("Upgrading the conversation database to schema %1 failed: %2")
                                      .arg(version + 1)
                                      .arg(m_lastError.message);
            if (m_lastError.kind == StoreError::Kind::Write) {
                m_lastError.kind = StoreError::Kind::Migration;
            }
            return false;
        }
    }
    return true;
}

void Database::markOrphanedStreamsInterrupted()
{
    // A reply still `streaming` whose writer process is gone was cut off by a
    // crash or a kill: keep its text and say so.
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, writer_pid FROM messages WHERE status = 'streaming'"))) {
        return;
    }
    QList<qint64> orphans;
    while (query.next()) {
        const qint64 pid = query.value(1).toLongLong();
        if (!processIsAlive(pid)) {
            orphans.append(query.value(0).toLongLong());
        }
    }
    query.finish();
    if (orphans.isEmpty()) {
        return;
    }
    transaction([&] {
        QSqlQuery update(connection());
        update.prepare(QStringLiteral("UPDATE messages SET status = 'interrupted', writer_pid = NULL WHERE id = ?"));
        for (qint64 id : std::as_const(orphans)) {
            update.addBindValue(id);
            if (!exec(update)) {
                return false;
            }
        }
        return true;
    });
    qCInfo(lcStore) << "marked" << orphans.size() << "interrupted replies";
}

}
