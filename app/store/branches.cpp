// The branch navigator's queries: a message's other versions, and the newest
// branch below a prompt.
#include "store/conversationstore.h"
#include "store/sqlhelpers.h"

#include <QSqlQuery>

namespace Confer::Store
{

QList<qint64> ConversationStore::siblingIds(qint64 messageId)
{
    QList<qint64> ids;
    const std::optional<Message> m = message(messageId);
    if (!m) {
        return ids;
    }
    QSqlQuery query(m_database.connection());
    if (m->role == MessageRole::Assistant) {
        const ReplyVersions versions = replyVersions(*m);
        query.prepare(
            QLatin1String("SELECT id FROM messages WHERE ") + versions.condition + QLatin1String(" ORDER BY id"));
        bindAll(query, versions.values);
    } else if (m->parentId) {
        query.prepare(QStringLiteral("SELECT id FROM messages WHERE parent_id = ? AND role = 'user' ORDER BY id"));
        query.addBindValue(*m->parentId);
    } else {
        query.prepare(QStringLiteral("SELECT id FROM messages WHERE conversation_id = ? AND parent_id IS NULL"
                                     " AND role = 'user' ORDER BY id"));
        query.addBindValue(m->conversationId);
    }
    if (!m_database.exec(query)) {
        return ids;
    }
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

std::optional<qint64> ConversationStore::newestLeafBelow(qint64 turnId)
{
    // Walk down from the prompt, always to its newest follow-up prompt.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("WITH RECURSIVE down(id, depth) AS ("
                                 " SELECT id, 0 FROM messages WHERE id = ? AND role = 'user' UNION ALL"
                                 " SELECT (SELECT max(m.id) FROM messages m WHERE m.parent_id = down.id"
                                 " AND m.role = 'user'), down.depth + 1 FROM down WHERE down.id IS NOT NULL)"
                                 " SELECT id FROM down WHERE id IS NOT NULL ORDER BY depth DESC LIMIT 1"));
    query.addBindValue(turnId);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_database.setError(StoreError::Kind::NotFound, tr("There is no prompt %1.").arg(turnId));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

}
