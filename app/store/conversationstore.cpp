#include "store/conversationstore.h"

#include "store/comparisonstore.h"
#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace Confer::Store
{

ConversationStore::ConversationStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void ConversationStore::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 ConversationStore::now() const
{
    return m_clock();
}

QString ConversationStore::titleFromPrompt(const QString &prompt)
{
    constexpr qsizetype MaxLength = 60;
    QString title = prompt.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (title.size() > MaxLength) {
        title = title.left(MaxLength - 1).trimmed() + QChar(0x2026);
    }
    return title;
}

std::optional<qint64> ConversationStore::createConversation(
    const QList<Lane> &lanes, ContextMode mode, const QString &systemPrompt, const QString &title)
{
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        const qint64 time = now();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO conversations (uuid, title, created_at, updated_at, system_prompt,"
                                     " context_mode) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(nonNull(title));
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(nonNull(systemPrompt));
        query.addBindValue(toText(mode));
        if (!m_database.exec(query)) {
            return false;
        }
        id = query.lastInsertId().toLongLong();
        for (const Lane &lane : lanes) {
            if (!addLane(*id, lane)) {
                return false;
            }
        }
        return true;
    });
    return ok ? id : std::nullopt;
}

std::optional<Conversation> ConversationStore::conversation(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, uuid, title, created_at, updated_at, pinned, archived, system_prompt,"
        " context_mode, active_leaf_id, deleted_at, blind, revealed, view_state FROM conversations WHERE id = ?"));
    query.addBindValue(id);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_database.setError(StoreError::Kind::NotFound, tr("There is no conversation %1.").arg(id));
        return std::nullopt;
    }
    Conversation c;
    c.id = query.value(0).toLongLong();
    c.uuid = query.value(1).toString();
    c.title = query.value(2).toString();
    c.createdAt = query.value(3).toLongLong();
    c.updatedAt = query.value(4).toLongLong();
    c.pinned = query.value(5).toBool();
    c.archived = query.value(6).toBool();
    c.systemPrompt = query.value(7).toString();
    c.contextMode = contextModeFromString(query.value(8).toString());
    c.activeLeafId = optionalInt(query.value(9));
    c.deletedAt = optionalInt(query.value(10));
    c.blind = query.value(11).toBool();
    c.revealed = query.value(12).toBool();
    c.viewState = query.value(13).toString();
    QSqlQuery tags(m_database.connection());
    tags.prepare(QStringLiteral("SELECT tag FROM tags WHERE conversation_id = ? ORDER BY tag"));
    tags.addBindValue(id);
    if (!m_database.exec(tags)) {
        return std::nullopt;
    }
    while (tags.next()) {
        c.tags.append(tags.value(0).toString());
    }
    return c;
}

std::optional<ConversationData> ConversationStore::load(qint64 id)
{
    ConversationData data;
    const std::optional<Conversation> c = conversation(id);
    if (!c) {
        return std::nullopt;
    }
    data.conversation = *c;
    data.lanes = lanes(id, true);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id").arg(messageColumns()));
    query.addBindValue(id);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    while (query.next()) {
        data.messages.append(messageFromRecord(query));
    }
    const std::optional<QList<Vote>> votes = ComparisonStore(*this).votes(id);
    if (!votes) {
        return std::nullopt;
    }
    data.votes = *votes;
    return data;
}

QList<ConversationSummary> ConversationStore::recentConversations(int limit, bool inTrash)
{
    QList<ConversationSummary> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.title, c.updated_at, c.pinned,"
                                 " (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id),"
                                 " (SELECT group_concat(model, char(10)) FROM (SELECT model FROM lanes l"
                                 "   WHERE l.conversation_id = c.id ORDER BY position))"
                                 " FROM conversations c WHERE c.deleted_at IS %1 NULL"
                                 " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?")
            .arg(inTrash ? QStringLiteral("NOT") : QString()));
    query.addBindValue(limit);
    if (!m_database.exec(query)) {
        return result;
    }
    while (query.next()) {
        ConversationSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.updatedAt = query.value(2).toLongLong();
        summary.pinned = query.value(3).toBool();
        summary.messageCount = query.value(4).toLongLong();
        const QString models = query.value(5).toString();
        if (!models.isEmpty()) {
            summary.models = models.split(QLatin1Char('\n'));
        }
        result.append(summary);
    }
    return result;
}

qint64 ConversationStore::conversationCount(bool inTrash)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM conversations WHERE deleted_at IS %1 NULL")
            .arg(inTrash ? QStringLiteral("NOT") : QString()));
    if (!m_database.exec(query) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

bool ConversationStore::touch(qint64 conversationId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET updated_at = max(updated_at, ?) WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(conversationId);
    return m_database.exec(query);
}

namespace
{

// Runs one UPDATE in a transaction and reports NotFound when no row matched.
bool updateOne(Database &database, const QString &sql, const QVariantList &values, const QString &notFound)
{
    return database.transaction([&] {
        QSqlQuery query(database.connection());
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!database.exec(query)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            database.setError(StoreError::Kind::NotFound, notFound);
            return false;
        }
        return true;
    });
}

}

bool ConversationStore::rename(qint64 id, const QString &title)
{
    return updateOne(m_database, QStringLiteral("UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"),
        {nonNull(title), now(), id}, tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::setPinned(qint64 id, bool pinned)
{
    return updateOne(m_database, QStringLiteral("UPDATE conversations SET pinned = ? WHERE id = ?"), {pinned, id},
        tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::setArchived(qint64 id, bool archived)
{
    return updateOne(m_database, QStringLiteral("UPDATE conversations SET archived = ? WHERE id = ?"), {archived, id},
        tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::setContextMode(qint64 id, ContextMode mode)
{
    return updateOne(m_database, QStringLiteral("UPDATE conversations SET context_mode = ? WHERE id = ?"),
        {toText(mode), id}, tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::setSystemPrompt(qint64 id, const QString &systemPrompt)
{
    return updateOne(m_database, QStringLiteral("UPDATE conversations SET system_prompt = ? WHERE id = ?"),
        {nonNull(systemPrompt), id}, tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::setTags(qint64 id, const QStringList &tags)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM tags WHERE conversation_id = ?"));
        query.addBindValue(id);
        if (!m_database.exec(query)) {
            return false;
        }
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (conversation_id, tag) VALUES (?, ?)"));
        for (const QString &tag : tags) {
            query.addBindValue(id);
            query.addBindValue(tag.trimmed());
            if (!m_database.exec(query)) {
                return false;
            }
        }
        return true;
    });
}

bool ConversationStore::moveToTrash(qint64 id)
{
    return updateOne(m_database,
        QStringLiteral("UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"), {now(), id},
        tr("There is no conversation %1.").arg(id));
}

bool ConversationStore::restoreFromTrash(qint64 id)
{
    return updateOne(m_database,
        QStringLiteral("UPDATE conversations SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"), {id},
        tr("Conversation %1 is not in the trash.").arg(id));
}

std::optional<int> ConversationStore::purgeTrash(bool everything)
{
    int removed = 0;
    const bool ok = m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?"));
        query.addBindValue(everything ? std::numeric_limits<qint64>::max() : now() - TrashRetentionMs);
        if (!m_database.exec(query)) {
            return false;
        }
        removed = query.numRowsAffected();
        return true;
    });
    return ok ? std::optional<int>(removed) : std::nullopt;
}

QList<Lane> ConversationStore::lanes(qint64 conversationId, bool includeRemoved)
{
    QList<Lane> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, conversation_id, position, model, system_prompt, temperature, max_tokens,"
                                 " reasoning_effort, removed_at FROM lanes WHERE conversation_id = ? %1"
                                 " ORDER BY position, id")
            .arg(includeRemoved ? QString() : QStringLiteral("AND removed_at IS NULL")));
    query.addBindValue(conversationId);
    if (!m_database.exec(query)) {
        return result;
    }
    while (query.next()) {
        Lane lane;
        lane.id = query.value(0).toLongLong();
        lane.conversationId = query.value(1).toLongLong();
        lane.position = query.value(2).toInt();
        lane.model = query.value(3).toString();
        lane.systemPrompt = query.value(4).toString();
        lane.temperature = optionalDouble(query.value(5));
        if (const auto tokens = optionalInt(query.value(6))) {
            lane.maxOutputTokens = static_cast<int>(*tokens);
        }
        lane.reasoning = reasoningEffortFromString(query.value(7).toString());
        lane.removedAt = optionalInt(query.value(8));
        result.append(lane);
    }
    return result;
}

std::optional<qint64> ConversationStore::addLane(qint64 conversationId, const Lane &lane)
{
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO lanes (conversation_id, position, model, system_prompt, temperature,"
                                     " max_tokens, reasoning_effort, removed_at) VALUES (?, (SELECT"
                                     " coalesce(max(position) + 1, 0) FROM lanes WHERE conversation_id = ?),"
                                     " ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(conversationId);
        query.addBindValue(conversationId);
        query.addBindValue(nonNull(lane.model));
        query.addBindValue(nonNull(lane.systemPrompt));
        query.addBindValue(toVariant(lane.temperature));
        query.addBindValue(lane.maxOutputTokens ? QVariant(*lane.maxOutputTokens) : QVariant());
        query.addBindValue(toText(lane.reasoning));
        query.addBindValue(toVariant(lane.removedAt));
        if (!m_database.exec(query)) {
            return false;
        }
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : std::nullopt;
}

bool ConversationStore::removeLane(qint64 laneId)
{
    return updateOne(m_database, QStringLiteral("UPDATE lanes SET removed_at = ? WHERE id = ? AND removed_at IS NULL"),
        {now(), laneId}, tr("There is no lane %1.").arg(laneId));
}

bool ConversationStore::setLaneModel(qint64 laneId, const QString &model)
{
    return updateOne(m_database, QStringLiteral("UPDATE lanes SET model = ? WHERE id = ?"), {nonNull(model), laneId},
        tr("There is no lane %1.").arg(laneId));
}

bool ConversationStore::setLaneParameters(qint64 laneId, const Lane &parameters)
{
    return updateOne(m_database,
        QStringLiteral("UPDATE lanes SET system_prompt = ?, temperature = ?, max_tokens = ?, reasoning_effort = ?"
                       " WHERE id = ?"),
        {nonNull(parameters.systemPrompt), toVariant(parameters.temperature),
            parameters.maxOutputTokens ? QVariant(*parameters.maxOutputTokens) : QVariant(),
            toText(parameters.reasoning), laneId},
        tr("There is no lane %1.").arg(laneId));
}

bool ConversationStore::moveLane(qint64 laneId, int position)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM lanes WHERE id = ?"));
        query.addBindValue(laneId);
        if (!m_database.exec(query) || !query.next()) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no lane %1.").arg(laneId));
            return false;
        }
        const qint64 conversationId = query.value(0).toLongLong();
        QList<Lane> all = lanes(conversationId, true);
        const auto it = std::find_if(all.begin(), all.end(), [&](const Lane &l) { return l.id == laneId; });
        Lane moved = *it;
        all.erase(it);
        all.insert(std::clamp<qsizetype>(position, 0, all.size()), moved);
        QSqlQuery update(m_database.connection());
        update.prepare(QStringLiteral("UPDATE lanes SET position = ? WHERE id = ?"));
        for (qsizetype i = 0; i < all.size(); ++i) {
            update.addBindValue(static_cast<int>(i));
            update.addBindValue(all.at(i).id);
            if (!m_database.exec(update)) {
                return false;
            }
        }
        return true;
    });
}

std::optional<qint64> ConversationStore::insertUserTurn(
    qint64 conversationId, std::optional<qint64> parentId, const QString &text)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, role, content, status, created_at)"
                                 " VALUES (?, ?, 'user', ?, 'complete', ?)"));
    query.addBindValue(conversationId);
    query.addBindValue(toVariant(parentId));
    query.addBindValue(nonNull(text));
    query.addBindValue(now());
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    QSqlQuery update(m_database.connection());
    update.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ?, updated_at = max(updated_at, ?),"
                                  " title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"));
    update.addBindValue(id);
    update.addBindValue(now());
    update.addBindValue(titleFromPrompt(text));
    update.addBindValue(conversationId);
    if (!m_database.exec(update)) {
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> ConversationStore::appendUserTurn(qint64 conversationId, const QString &text)
{
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        const std::optional<Conversation> c = conversation(conversationId);
        if (!c) {
            return false;
        }
        id = insertUserTurn(conversationId, c->activeLeafId, text);
        return id.has_value();
    });
    return ok ? id : std::nullopt;
}

std::optional<qint64> ConversationStore::editUserTurn(qint64 turnId, const QString &text)
{
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        const std::optional<Message> turn = message(turnId);
        if (!turn || turn->role != MessageRole::User) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no prompt %1.").arg(turnId));
            return false;
        }
        id = insertUserTurn(turn->conversationId, turn->parentId, text);
        return id.has_value();
    });
    return ok ? id : std::nullopt;
}

std::optional<qint64> ConversationStore::beginReply(qint64 turnId, qint64 laneId)
{
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT m.conversation_id, l.model FROM messages m JOIN lanes l"
                                     " ON l.conversation_id = m.conversation_id AND l.id = ?"
                                     " WHERE m.id = ? AND m.role = 'user'"));
        query.addBindValue(laneId);
        query.addBindValue(turnId);
        if (!m_database.exec(query)) {
            return false;
        }
        if (!query.next()) {
            m_database.setError(
                StoreError::Kind::NotFound, tr("There is no prompt %1 with lane %2.").arg(turnId).arg(laneId));
            return false;
        }
        const qint64 conversationId = query.value(0).toLongLong();
        const QString model = query.value(1).toString();
        query.finish();
        QSqlQuery deactivate(m_database.connection());
        deactivate.prepare(QStringLiteral("UPDATE messages SET active = 0 WHERE parent_id = ? AND lane_id = ?"));
        deactivate.addBindValue(turnId);
        deactivate.addBindValue(laneId);
        if (!m_database.exec(deactivate)) {
            return false;
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, lane_id, role, status,"
                                      " writer_pid, model, active, created_at)"
                                      " VALUES (?, ?, ?, 'assistant', 'streaming', ?, ?, 1, ?)"));
        insert.addBindValue(conversationId);
        insert.addBindValue(turnId);
        insert.addBindValue(laneId);
        insert.addBindValue(QCoreApplication::applicationPid());
        insert.addBindValue(nonNull(model));
        insert.addBindValue(now());
        if (!m_database.exec(insert)) {
            return false;
        }
        id = insert.lastInsertId().toLongLong();
        return touch(conversationId);
    });
    return ok ? id : std::nullopt;
}

bool ConversationStore::saveReplyProgress(qint64 replyId, const QString &content, const QString &reasoning)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE messages SET content = ?, reasoning = ? WHERE id = ?"));
        query.addBindValue(nonNull(content));
        query.addBindValue(nonNull(reasoning));
        query.addBindValue(replyId);
        return m_database.exec(query);
    });
}

bool ConversationStore::finishReply(qint64 replyId, const QString &content, const QString &reasoning,
    MessageStatus status, const ReplyMetrics &metrics, const std::optional<ProviderError> &error)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE messages SET content = ?, reasoning = ?, status = ?, writer_pid = NULL, error_kind = ?,"
            " error_http_status = ?, error_message = ?, error_code = ?, error_retry_after_ms = ?, answered_model = ?,"
            " request_id = ?, finish_reason = ?, ttft_ms = ?, duration_ms = ?, input_tokens = ?, output_tokens = ?,"
            " reasoning_tokens = ?, tokens_estimated = ?, cost_usd = ? WHERE id = ? AND role = 'assistant'"));
        query.addBindValue(nonNull(content));
        query.addBindValue(nonNull(reasoning));
        query.addBindValue(toText(status));
        bindError(query, error);
        bindMetrics(query, metrics);
        query.addBindValue(replyId);
        if (!m_database.exec(query)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no reply %1.").arg(replyId));
            return false;
        }
        QSqlQuery touchQuery(m_database.connection());
        touchQuery.prepare(QStringLiteral("UPDATE conversations SET updated_at = max(updated_at, ?)"
                                          " WHERE id = (SELECT conversation_id FROM messages WHERE id = ?)"));
        touchQuery.addBindValue(now());
        touchQuery.addBindValue(replyId);
        return m_database.exec(touchQuery);
    });
}

std::optional<Message> ConversationStore::message(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(messageColumns()));
    query.addBindValue(id);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_database.setError(StoreError::Kind::NotFound, tr("There is no message %1.").arg(id));
        return std::nullopt;
    }
    return messageFromRecord(query);
}

bool ConversationStore::setActiveLeaf(qint64 conversationId, qint64 turnId)
{
    return updateOne(m_database,
        QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ? AND EXISTS (SELECT 1 FROM messages"
                       " WHERE id = ? AND conversation_id = ? AND role = 'user')"),
        {turnId, conversationId, turnId, conversationId},
        tr("There is no prompt %1 in conversation %2.").arg(turnId).arg(conversationId));
}

bool ConversationStore::setActiveReply(qint64 replyId)
{
    return m_database.transaction([&] {
        const std::optional<Message> reply = message(replyId);
        if (!reply || reply->role != MessageRole::Assistant) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no reply %1.").arg(replyId));
            return false;
        }
        QSqlQuery query(m_database.connection());
        const ReplyVersions versions = replyVersions(*reply);
        query.prepare(QLatin1String("UPDATE messages SET active = (id = ?) WHERE ") + versions.condition);
        query.addBindValue(replyId);
        bindAll(query, versions.values);
        return m_database.exec(query);
    });
}

bool ConversationStore::chooseReply(qint64 replyId)
{
    return m_database.transaction([&] {
        const std::optional<Message> reply = message(replyId);
        if (!reply || reply->role != MessageRole::Assistant) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no reply %1.").arg(replyId));
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE messages SET chosen = (id = ?) WHERE parent_id = ? AND role = 'assistant'"));
        query.addBindValue(replyId);
        query.addBindValue(toVariant(reply->parentId));
        return m_database.exec(query);
    });
}

bool ConversationStore::rateReply(qint64 replyId, std::optional<int> rating)
{
    return updateOne(m_database, QStringLiteral("UPDATE messages SET rating = ? WHERE id = ? AND role = 'assistant'"),
        {rating ? QVariant(*rating) : QVariant(), replyId}, tr("There is no reply %1.").arg(replyId));
}

QList<Message> ConversationStore::activeTurns(qint64 conversationId)
{
    QList<Message> turns;
    const std::optional<Conversation> c = conversation(conversationId);
    if (!c || !c->activeLeafId) {
        return turns;
    }
    // Walk up from the active leaf along parent links.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("WITH RECURSIVE path(id, depth) AS (SELECT ?, 0 UNION ALL"
                                 " SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id"
                                 " WHERE m.parent_id IS NOT NULL)"
                                 " SELECT %1 FROM messages JOIN path ON messages.id = path.id ORDER BY path.depth DESC")
            .arg(messageColumns(QStringLiteral("messages."))));
    query.addBindValue(*c->activeLeafId);
    if (!m_database.exec(query)) {
        return turns;
    }
    while (query.next()) {
        turns.append(messageFromRecord(query));
    }
    return turns;
}

QList<Message> ConversationStore::repliesTo(qint64 turnId)
{
    QList<Message> replies;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM messages m LEFT JOIN lanes l ON l.id = m.lane_id"
                       " WHERE m.parent_id = ? AND m.role = 'assistant' ORDER BY l.position IS NULL, l.position, m.id")
            .arg(messageColumns(QStringLiteral("m."))));
    query.addBindValue(turnId);
    if (!m_database.exec(query)) {
        return replies;
    }
    while (query.next()) {
        replies.append(messageFromRecord(query));
    }
    return replies;
}

QList<Message> ConversationStore::activeBranch(qint64 conversationId)
{
    QList<Message> branch;
    const QList<Message> turns = activeTurns(conversationId);
    if (turns.isEmpty()) {
        return branch;
    }
    // All active replies along the path in one query (not one per turn: long
    // conversations open in milliseconds), ordered like the turns.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("WITH RECURSIVE path(id, depth) AS (SELECT ?, 0 UNION ALL"
                                 " SELECT m.parent_id, path.depth + 1 FROM messages m JOIN path ON m.id = path.id"
                                 " WHERE m.parent_id IS NOT NULL)"
                                 " SELECT %1 FROM messages m JOIN path ON m.parent_id = path.id"
                                 " LEFT JOIN lanes l ON l.id = m.lane_id"
                                 " WHERE m.role = 'assistant' AND m.active = 1"
                                 " ORDER BY path.depth DESC, l.position IS NULL, l.position, m.id")
            .arg(messageColumns(QStringLiteral("m."))));
    query.addBindValue(turns.last().id);
    if (!m_database.exec(query)) {
        return branch;
    }
    QList<Message> replies;
    while (query.next()) {
        replies.append(messageFromRecord(query));
    }
    branch.reserve(turns.size() + replies.size());
    qsizetype next = 0;
    for (const Message &turn : turns) {
        branch.append(turn);
        while (next < replies.size() && replies.at(next).parentId == turn.id) {
            branch.append(replies.at(next++));
        }
    }
    return branch;
}

bool ConversationStore::usableInHistory(const Message &reply)
{
    switch (reply.status) {
    case MessageStatus::Complete:
        return true;
    case MessageStatus::Cancelled:
    case MessageStatus::Interrupted:
        return !reply.content.isEmpty();
    case MessageStatus::Streaming:
    case MessageStatus::Error:
        return false;
    }
    return false;
}

std::optional<LaneContext> ConversationStore::historyForLane(qint64 laneId, qint64 untilTurnId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT conversation_id, system_prompt FROM lanes WHERE id = ?"));
    query.addBindValue(laneId);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_database.setError(StoreError::Kind::NotFound, tr("There is no lane %1.").arg(laneId));
        return std::nullopt;
    }
    const qint64 conversationId = query.value(0).toLongLong();
    const QString laneSystemPrompt = query.value(1).toString();
    const std::optional<Conversation> c = conversation(conversationId);
    if (!c) {
        return std::nullopt;
    }
    LaneContext context;
    context.systemPrompt = laneSystemPrompt.isEmpty() ? c->systemPrompt : laneSystemPrompt;
    QList<Message> turns = activeTurns(conversationId);
    if (untilTurnId != 0) {
        const auto until = std::find_if(
            turns.cbegin(), turns.cend(), [untilTurnId](const Message &turn) { return turn.id == untilTurnId; });
        if (until == turns.cend()) {
            m_database.setError(StoreError::Kind::NotFound,
                tr("Prompt %1 is not on the active branch of conversation %2.").arg(untilTurnId).arg(conversationId));
            return std::nullopt;
        }
        turns.erase(until + 1, turns.cend());
    }
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Message &turn = turns.at(i);
        const bool last = i == turns.size() - 1;
        const QList<Message> replies = repliesTo(turn.id);
        const Message *own = nullptr;
        const Message *chosen = nullptr;
        for (const Message &reply : replies) {
            if (reply.laneId == laneId && reply.active) {
                own = &reply;
            }
            if (reply.chosen && usableInHistory(reply)) {
                chosen = &reply;
            }
        }
        const Message *answer = own && usableInHistory(*own) ? own : nullptr;
        if (c->contextMode == ContextMode::Shared && chosen) {
            answer = chosen;
        }
        // A lane takes part in the turns it answered (or, in shared mode, that
        // have a kept reply), and always in the last one: the prompt it is
        // about to answer.
        if (!answer && !last) {
            continue;
        }
        if (last && own && own->status == MessageStatus::Streaming) {
            answer = nullptr;
        }
        context.messages.append({ChatMessage::Role::User, turn.content});
        if (answer) {
            context.messages.append({ChatMessage::Role::Assistant, answer->content});
        }
    }
    return context;
}

}
