// Deleting one message from a conversation's tree (a reply, or a prompt with
// everything below it), keeping the active branch and the kept reply sound.
#include "store/conversationstore.h"
#include "store/sqlhelpers.h"

#include <QSqlQuery>

namespace Confer::Store
{

namespace
{

// The message and every message below it (replies and later prompts, on every branch).
const char SubtreeCte[] = "WITH RECURSIVE sub(id) AS (SELECT id FROM messages WHERE id = :root UNION ALL"
                          " SELECT m.id FROM messages m JOIN sub ON m.parent_id = sub.id)";

}

std::optional<ConversationStore::DeletionScope> ConversationStore::deletionScope(qint64 messageId)
{
    const std::optional<Message> m = message(messageId);
    if (!m) {
        return std::nullopt;
    }
    DeletionScope scope;
    scope.role = m->role;
    if (m->role == MessageRole::Assistant) {
        scope.streaming = m->status == MessageStatus::Streaming ? 1 : 0;
        return scope;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(SubtreeCte)
        + QLatin1String(" SELECT coalesce(sum(m.role = 'assistant' AND m.parent_id = :root), 0),"
                        " coalesce(sum(m.role = 'user' AND m.id != :root), 0),"
                        " coalesce(sum(m.status = 'streaming'), 0) FROM messages m JOIN sub ON sub.id = m.id"));
    query.bindValue(QStringLiteral(":root"), messageId);
    if (!m_database.exec(query) || !query.next()) {
        return std::nullopt;
    }
    scope.replies = query.value(0).toInt();
    scope.laterTurns = query.value(1).toInt();
    scope.streaming = query.value(2).toInt();
    return scope;
}

bool ConversationStore::deleteMessage(qint64 messageId)
{
    return m_database.transaction([&] {
        const std::optional<Message> m = message(messageId);
        const std::optional<DeletionScope> scope = deletionScope(messageId);
        if (!m || !scope) {
            return false;
        }
        // A writer still saves into it; deleting under it would lose the stream's end silently.
        if (scope->streaming > 0) {
            m_database.setError(StoreError::Kind::Invalid,
                tr("Message %1 cannot be deleted while a reply is being written.").arg(messageId));
            return false;
        }

        if (m->role == MessageRole::Assistant) {
            QSqlQuery remove(m_database.connection());
            remove.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
            remove.addBindValue(messageId);
            if (!m_database.exec(remove)) {
                return false;
            }
            // The chosen flag and any vote go with the row; the lane (or, for a
            // synthesis or judgement, the model's task) shows its newest other version.
            if (m->active) {
                const ReplyVersions versions = replyVersions(*m);
                QSqlQuery activate(m_database.connection());
                activate.prepare(QLatin1String("UPDATE messages SET active = 1 WHERE id = (SELECT max(id) FROM messages"
                                               " WHERE ")
                    + versions.condition + QLatin1String(")"));
                bindAll(activate, versions.values);
                if (!m_database.exec(activate)) {
                    return false;
                }
            }
            return true;
        }

        const std::optional<Conversation> c = conversation(m->conversationId);
        if (!c) {
            return false;
        }
        bool onActiveBranch = false;
        if (c->activeLeafId) {
            QSqlQuery probe(m_database.connection());
            probe.prepare(QLatin1String(SubtreeCte) + QLatin1String(" SELECT 1 FROM sub WHERE id = :leaf"));
            probe.bindValue(QStringLiteral(":root"), messageId);
            probe.bindValue(QStringLiteral(":leaf"), *c->activeLeafId);
            if (!m_database.exec(probe)) {
                return false;
            }
            onActiveBranch = probe.next();
        }
        std::optional<qint64> newLeaf;
        if (onActiveBranch) {
            QSqlQuery sibling(m_database.connection());
            if (m->parentId) {
                sibling.prepare(
                    QStringLiteral("SELECT max(id) FROM messages WHERE parent_id = ? AND role = 'user' AND id != ?"));
                sibling.addBindValue(*m->parentId);
            } else {
                sibling.prepare(QStringLiteral("SELECT max(id) FROM messages WHERE conversation_id = ?"
                                               " AND parent_id IS NULL AND role = 'user' AND id != ?"));
                sibling.addBindValue(m->conversationId);
            }
            sibling.addBindValue(messageId);
            if (!m_database.exec(sibling)) {
                return false;
            }
            const std::optional<qint64> newest = sibling.next() ? optionalInt(sibling.value(0)) : std::nullopt;
            if (newest) {
                newLeaf = newestLeafBelow(*newest);
                if (!newLeaf) {
                    return false;
                }
            } else {
                newLeaf = m->parentId;
            }
        }

        // One statement for the whole subtree, so the full-text triggers see every row.
        QSqlQuery remove(m_database.connection());
        remove.prepare(QLatin1String("DELETE FROM messages WHERE id IN (") + QLatin1String(SubtreeCte)
            + QLatin1String(" SELECT id FROM sub)"));
        remove.bindValue(QStringLiteral(":root"), messageId);
        if (!m_database.exec(remove)) {
            return false;
        }
        if (onActiveBranch) {
            QSqlQuery leaf(m_database.connection());
            leaf.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ?"));
            leaf.addBindValue(toVariant(newLeaf));
            leaf.addBindValue(m->conversationId);
            if (!m_database.exec(leaf)) {
                return false;
            }
        }
        return true;
    });
}

}
