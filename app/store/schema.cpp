// The store's schema, as ordered migrations. Never edit a released step: add
// a new one and bump Database::SchemaVersion.
#include "store/database.h"

namespace Confer::Store
{

namespace
{

// Version 1: conversations, lanes, the message tree, tags, attachments.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE conversations ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " pinned INTEGER NOT NULL DEFAULT 0,"
                       " archived INTEGER NOT NULL DEFAULT 0,"
                       " system_prompt TEXT NOT NULL DEFAULT '',"
                       " context_mode TEXT NOT NULL DEFAULT 'independent'"
                       "  CHECK (context_mode IN ('independent', 'shared')),"
                       " active_leaf_id INTEGER,"
                       " deleted_at INTEGER,"
                       // Where an imported conversation came from, so a second import finds it.
                       " source TEXT NOT NULL DEFAULT 'confer',"
                       " source_id TEXT,"
                       " UNIQUE (source, source_id))"),
        QStringLiteral("CREATE INDEX conversations_by_update ON conversations (deleted_at, updated_at)"),
        QStringLiteral("CREATE TABLE lanes ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " model TEXT NOT NULL,"
                       " system_prompt TEXT NOT NULL DEFAULT '',"
                       " temperature REAL,"
                       " max_tokens INTEGER,"
                       " reasoning_effort TEXT NOT NULL DEFAULT 'default',"
                       " removed_at INTEGER)"),
        QStringLiteral("CREATE INDEX lanes_by_conversation ON lanes (conversation_id, position)"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
                       " parent_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,"
                       " lane_id INTEGER REFERENCES lanes (id) ON DELETE CASCADE,"
                       " role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),"
                       " content TEXT NOT NULL DEFAULT '',"
                       " reasoning TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'complete'"
                       "  CHECK (status IN ('streaming', 'complete', 'cancelled', 'interrupted', 'error')),"
                       " writer_pid INTEGER,"
                       " error_kind TEXT,"
                       " error_http_status INTEGER,"
                       " error_message TEXT,"
                       " error_code TEXT,"
                       " error_retry_after_ms INTEGER,"
                       " model TEXT NOT NULL DEFAULT '',"
                       " answered_model TEXT NOT NULL DEFAULT '',"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " finish_reason TEXT NOT NULL DEFAULT 'unknown',"
                       " ttft_ms INTEGER,"
                       " duration_ms INTEGER,"
                       " input_tokens INTEGER,"
                       " output_tokens INTEGER,"
                       " reasoning_tokens INTEGER,"
                       " tokens_estimated INTEGER NOT NULL DEFAULT 0,"
                       " cost_usd REAL,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " chosen INTEGER NOT NULL DEFAULT 0,"
                       " rating INTEGER,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_by_conversation ON messages (conversation_id, id)"),
        QStringLiteral("CREATE INDEX messages_by_parent ON messages (parent_id)"),
        QStringLiteral("CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming'"),
        QStringLiteral("CREATE TABLE tags ("
                       " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
                       " tag TEXT NOT NULL,"
                       " PRIMARY KEY (conversation_id, tag)) WITHOUT ROWID"),
        // Room for attachments (a later issue): files belong to a message.
        QStringLiteral("CREATE TABLE attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " data BLOB)"),
        QStringLiteral("CREATE INDEX attachments_by_message ON attachments (message_id)"),
    };
}

// Version 2: full-text search over message text and titles.
QStringList version2()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("INSERT INTO messages_fts (rowid, content) SELECT id, content FROM messages"),
        QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                       " INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
            " INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " END"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN"
            " INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral("CREATE VIRTUAL TABLE titles_fts USING fts5(title, content='conversations', content_rowid='id',"
                       " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("INSERT INTO titles_fts (rowid, title) SELECT id, title FROM conversations"),
        QStringLiteral("CREATE TRIGGER titles_fts_insert AFTER INSERT ON conversations BEGIN"
                       " INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title); END"),
        QStringLiteral("CREATE TRIGGER titles_fts_delete AFTER DELETE ON conversations BEGIN"
                       " INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title); END"),
        QStringLiteral("CREATE TRIGGER titles_fts_update AFTER UPDATE OF title ON conversations BEGIN"
                       " INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);"
                       " INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title); END"),
    };
}

// Version 3: side-by-side comparison. Replies of a kind of their own
// (a synthesis or a judgement of a turn's replies, written by a model outside
// the lanes, so lane_id is NULL), blind comparisons and their votes, and the
// comparison view's layout per conversation.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'reply'"
                       " CHECK (kind IN ('reply', 'synthesis', 'judgement'))"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN blind INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE conversations ADD COLUMN view_state TEXT NOT NULL DEFAULT ''"),
        // One vote per turn: the reply the user found best. `blind` says whether
        // the model names were hidden when it was cast (only those count in
        // the leaderboard).
        QStringLiteral("CREATE TABLE votes ("
                       " turn_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,"
                       " conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
                       " reply_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
                       " blind INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX votes_by_conversation ON votes (conversation_id)"),
    };
}

// Version 4: the criteria a judgement was asked with (a JSON array of
// strings; NULL for other replies), so regenerating it asks the same again.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN criteria TEXT"),
    };
}

// Version 5: a reply enters the search index once it stops streaming, rather
// than at each save while it streams: every save re-tokenized the whole reply
// so far twice (out of the index, and in again), a cost that grew with the
// reply, on the thread of the window showing it. Streaming rows are kept out
// of the index; a change of status in or out of 'streaming' adds or removes
// the row, as an insert or a delete would.
QStringList version5()
{
    return {
        QStringLiteral("DROP TRIGGER messages_fts_insert"),
        QStringLiteral("DROP TRIGGER messages_fts_delete"),
        QStringLiteral("DROP TRIGGER messages_fts_update"),
        QStringLiteral("INSERT INTO messages_fts (messages_fts, rowid, content)"
                       " SELECT 'delete', id, content FROM messages WHERE status = 'streaming'"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.status != 'streaming' BEGIN"
            " INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content); END"),
        QStringLiteral(
            "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.status != 'streaming' BEGIN"
            " INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
            " END"),
        // One trigger, so the old text leaves the index before the new one enters it.
        QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, status ON messages"
                       " WHEN (old.status = 'streaming') != (new.status = 'streaming')"
                       "  OR (new.status != 'streaming' AND old.content IS NOT new.content) BEGIN"
                       " INSERT INTO messages_fts (messages_fts, rowid, content)"
                       "  SELECT 'delete', old.id, old.content WHERE old.status != 'streaming';"
                       " INSERT INTO messages_fts (rowid, content) SELECT new.id, new.content"
                       "  WHERE new.status != 'streaming'; END"),
    };
}

}

QList<QStringList> schemaMigrations()
{
    return {version1(), version2(), version3(), version4(), version5()};
}

}
