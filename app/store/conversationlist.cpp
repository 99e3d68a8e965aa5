#include "store/conversationlist.h"

#include <QSqlQuery>
#include <QVariant>

namespace Confer::Store
{

ConversationList::ConversationList(Database &database)
    : m_database(database)
{
}

qint64 ConversationList::count()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM conversations WHERE deleted_at IS NULL AND archived = 0"));
    if (!m_database.exec(query) || !query.next()) {
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<ConversationListEntry> ConversationList::page(int offset, int limit)
{
    QList<ConversationListEntry> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, updated_at, pinned FROM conversations"
                                 " WHERE deleted_at IS NULL AND archived = 0"
                                 " ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!m_database.exec(query)) {
        return result;
    }
    result.reserve(limit);
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toBool()});
    }
    return result;
}

std::optional<qint64> ConversationList::dataVersion()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("PRAGMA data_version"));
    if (!m_database.exec(query) || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

}
