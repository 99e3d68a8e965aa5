// ConversationStore::insertConversation: whole conversations from import files.
#include "store/conversationstore.h"
#include "store/sqlhelpers.h"

#include <QHash>
#include <QUuid>

namespace Confer::Store
{

std::optional<qint64> ConversationStore::insertConversation(
    const ConversationData &data, const QString &source, const QString &sourceId)
{
    std::optional<qint64> result;
    const bool ok = m_database.transaction([&] {
        const Conversation &c = data.conversation;
        QSqlQuery existing(m_database.connection());
        existing.prepare(
            QStringLiteral("SELECT id FROM conversations WHERE uuid = ? OR (source = ? AND source_id = ?)"));
        existing.addBindValue(nonNull(c.uuid));
        existing.addBindValue(source);
        existing.addBindValue(sourceId.isEmpty() ? QVariant() : QVariant(sourceId));
        if (!m_database.exec(existing)) {
            return false;
        }
        if (existing.next()) {
            result = 0;
            return true;
        }
        existing.finish();

        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO conversations (uuid, title, created_at, updated_at, pinned, archived,"
                           " system_prompt, context_mode, source, source_id, blind, revealed, view_state)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(c.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : c.uuid);
        insert.addBindValue(nonNull(c.title));
        insert.addBindValue(c.createdAt);
        insert.addBindValue(c.updatedAt);
        insert.addBindValue(c.pinned);
        insert.addBindValue(c.archived);
        insert.addBindValue(nonNull(c.systemPrompt));
        insert.addBindValue(toText(c.contextMode));
        insert.addBindValue(source);
        insert.addBindValue(sourceId.isEmpty() ? QVariant() : QVariant(sourceId));
        insert.addBindValue(c.blind);
        insert.addBindValue(c.revealed);
        insert.addBindValue(nonNull(c.viewState));
        if (!m_database.exec(insert)) {
            return false;
        }
        const qint64 conversationId = insert.lastInsertId().toLongLong();

        QHash<qint64, qint64> laneIds;
        QSqlQuery lane(m_database.connection());
        lane.prepare(QStringLiteral("INSERT INTO lanes (conversation_id, position, model, system_prompt, temperature,"
                                    " max_tokens, reasoning_effort, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Lane &l : data.lanes) {
            lane.addBindValue(conversationId);
            lane.addBindValue(l.position);
            lane.addBindValue(nonNull(l.model));
            lane.addBindValue(nonNull(l.systemPrompt));
            lane.addBindValue(toVariant(l.temperature));
            lane.addBindValue(l.maxOutputTokens ? QVariant(*l.maxOutputTokens) : QVariant());
            lane.addBindValue(toText(l.reasoning));
            lane.addBindValue(toVariant(l.removedAt));
            if (!m_database.exec(lane)) {
                return false;
            }
            laneIds.insert(l.id, lane.lastInsertId().toLongLong());
        }

        QHash<qint64, qint64> messageIds;
        QSqlQuery message(m_database.connection());
        message.prepare(QStringLiteral(
            "INSERT INTO messages (conversation_id, parent_id, lane_id, role, content, reasoning, status, error_kind,"
            " error_http_status, error_message, error_code, error_retry_after_ms, answered_model, request_id,"
            " finish_reason, ttft_ms, duration_ms, input_tokens, output_tokens, reasoning_tokens, tokens_estimated,"
            " cost_usd, model, active, chosen, rating, created_at, kind, criteria)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Message &m : data.messages) {
            message.addBindValue(conversationId);
            message.addBindValue(m.parentId ? QVariant(messageIds.value(*m.parentId)) : QVariant());
            message.addBindValue(m.laneId ? QVariant(laneIds.value(*m.laneId)) : QVariant());
            message.addBindValue(m.role == MessageRole::User ? QStringLiteral("user") : QStringLiteral("assistant"));
            message.addBindValue(nonNull(m.content));
            message.addBindValue(nonNull(m.reasoning));
            message.addBindValue(toText(m.status == MessageStatus::Streaming ? MessageStatus::Interrupted : m.status));
            bindError(message, m.error);
            bindMetrics(message, m.metrics);
            message.addBindValue(nonNull(m.model));
            message.addBindValue(m.active);
            message.addBindValue(m.chosen);
            message.addBindValue(m.rating ? QVariant(*m.rating) : QVariant());
            message.addBindValue(m.createdAt);
            message.addBindValue(toText(m.kind));
            message.addBindValue(criteriaColumn(m.kind, m.criteria));
            if (!m_database.exec(message)) {
                return false;
            }
            messageIds.insert(m.id, message.lastInsertId().toLongLong());
        }
        if (c.activeLeafId) {
            QSqlQuery leaf(m_database.connection());
            leaf.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ?"));
            leaf.addBindValue(messageIds.value(*c.activeLeafId));
            leaf.addBindValue(conversationId);
            if (!m_database.exec(leaf)) {
                return false;
            }
        }
        QSqlQuery vote(m_database.connection());
        vote.prepare(QStringLiteral(
            "INSERT INTO votes (turn_id, conversation_id, reply_id, blind, created_at) VALUES (?, ?, ?, ?, ?)"));
        for (const Vote &v : data.votes) {
            if (!messageIds.contains(v.turnId) || !messageIds.contains(v.replyId)) {
                continue; // a vote for a message the file does not hold
            }
            vote.addBindValue(messageIds.value(v.turnId));
            vote.addBindValue(conversationId);
            vote.addBindValue(messageIds.value(v.replyId));
            vote.addBindValue(v.blind);
            vote.addBindValue(v.createdAt);
            if (!m_database.exec(vote)) {
                return false;
            }
        }
        QSqlQuery tag(m_database.connection());
        tag.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (conversation_id, tag) VALUES (?, ?)"));
        for (const QString &t : c.tags) {
            tag.addBindValue(conversationId);
            tag.addBindValue(nonNull(t));
            if (!m_database.exec(tag)) {
                return false;
            }
        }
        result = conversationId;
        return true;
    });
    return ok ? result : std::nullopt;
}

}
