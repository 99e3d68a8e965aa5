#include "store/comparisonstore.h"

#include "store/sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Confer::Store
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Confer::Store::ComparisonStore", text);
}

}

ComparisonStore::ComparisonStore(ConversationStore &store)
    : m_store(store)
    , m_database(store.database())
{
}

// One UPDATE of a conversation's row, in a transaction; NotFound when there is no such conversation.
bool ComparisonStore::updateConversation(qint64 conversationId, const QString &assignments, const QVariantList &values)
{
    return m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE conversations SET %1 WHERE id = ?").arg(assignments));
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        query.addBindValue(conversationId);
        if (!m_database.exec(query)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no conversation %1.").arg(conversationId));
            return false;
        }
        return true;
    });
}

bool ComparisonStore::setBlind(qint64 conversationId, bool blind)
{
    // Turning blind mode on hides the names again for the turns to come.
    return updateConversation(conversationId, QStringLiteral("blind = ?, revealed = 0"), {blind});
}

bool ComparisonStore::setRevealed(qint64 conversationId, bool revealed)
{
    return updateConversation(conversationId, QStringLiteral("revealed = ?"), {revealed});
}

bool ComparisonStore::setViewState(qint64 conversationId, const QString &viewState)
{
    return updateConversation(conversationId, QStringLiteral("view_state = ?"), {nonNull(viewState)});
}

bool ComparisonStore::keepReply(qint64 replyId)
{
    return m_database.transaction([&] {
        if (!m_store.chooseReply(replyId)) {
            return false;
        }
        const std::optional<Message> reply = m_store.message(replyId);
        return reply && setRevealed(reply->conversationId, true);
    });
}

bool ComparisonStore::vote(qint64 replyId)
{
    qint64 conversationId = 0;
    const bool ok = m_database.transaction([&] {
        const std::optional<Message> reply = m_store.message(replyId);
        if (!reply || reply->role != MessageRole::Assistant || !reply->parentId) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no reply %1.").arg(replyId));
            return false;
        }
        const std::optional<Conversation> c = m_store.conversation(reply->conversationId);
        if (!c) {
            return false;
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO votes (turn_id, conversation_id, reply_id, blind,"
                                     " created_at) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(*reply->parentId);
        query.addBindValue(reply->conversationId);
        query.addBindValue(replyId);
        query.addBindValue(c->blind && !c->revealed);
        query.addBindValue(m_store.now());
        conversationId = c->id;
        return m_database.exec(query) && (!c->blind || setRevealed(c->id, true));
    });
    notifyVotes(ok, conversationId);
    return ok;
}

bool ComparisonStore::clearVote(qint64 turnId)
{
    qint64 conversationId = 0;
    const bool ok = m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM votes WHERE turn_id = ?"));
        query.addBindValue(turnId);
        if (!m_database.exec(query)) {
            return false;
        }
        conversationId = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        query.prepare(QStringLiteral("DELETE FROM votes WHERE turn_id = ?"));
        query.addBindValue(turnId);
        return m_database.exec(query);
    });
    notifyVotes(ok, conversationId);
    return ok;
}

void ComparisonStore::notifyVotes(bool saved, qint64 conversationId)
{
    if (saved && conversationId != 0) {
        Q_EMIT m_store.votesChanged(conversationId);
    }
}

std::optional<QList<Vote>> ComparisonStore::votes(qint64 conversationId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT turn_id, reply_id, blind, created_at FROM votes WHERE conversation_id = ? ORDER BY turn_id"));
    query.addBindValue(conversationId);
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    QList<Vote> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toBool(),
            query.value(3).toLongLong()});
    }
    return result;
}

std::optional<QList<ComparisonStore::Outcome>> ComparisonStore::blindOutcomes(const QString &tag)
{
    // The voted reply, then every other finished lane reply of the same turn
    // that is the active one of its lane.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT v.turn_id, v.reply_id, v.created_at, m.id, m.model, m.status, m.kind"
                                 " FROM votes v JOIN conversations c ON c.id = v.conversation_id"
                                 " JOIN messages m ON m.parent_id = v.turn_id AND m.role = 'assistant'"
                                 "  AND m.lane_id IS NOT NULL AND (m.active = 1 OR m.id = v.reply_id)"
                                 " WHERE v.blind = 1 AND c.deleted_at IS NULL"
                                 " AND (? = '' OR EXISTS (SELECT 1 FROM tags t"
                                 "  WHERE t.conversation_id = c.id AND t.tag = ?))"
                                 " ORDER BY v.created_at, v.turn_id, m.id"));
    query.addBindValue(nonNull(tag));
    query.addBindValue(nonNull(tag));
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    QList<Outcome> outcomes;
    qint64 currentTurn = 0;
    while (query.next()) {
        const qint64 turnId = query.value(0).toLongLong();
        if (turnId != currentTurn) {
            currentTurn = turnId;
            outcomes.append(Outcome {});
            outcomes.last().createdAt = query.value(2).toLongLong();
        }
        Outcome &outcome = outcomes.last();
        const QString model = query.value(4).toString();
        if (query.value(3).toLongLong() == query.value(1).toLongLong()) {
            outcome.winner = model;
        } else if (messageStatusFromString(query.value(5).toString()) == MessageStatus::Complete
            && messageKindFromString(query.value(6).toString()) == MessageKind::Reply) {
            outcome.losers.append(model);
        }
    }
    // A vote whose reply is gone, or with nothing to beat, ranks nobody.
    outcomes.removeIf([](const Outcome &o) { return o.winner.isEmpty() || o.losers.isEmpty(); });
    return outcomes;
}

std::optional<QStringList> ComparisonStore::tagsInUse()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT t.tag FROM tags t JOIN conversations c ON c.id = t.conversation_id"
                                 " WHERE c.deleted_at IS NULL ORDER BY t.tag COLLATE NOCASE, t.tag"));
    if (!m_database.exec(query)) {
        return std::nullopt;
    }
    QStringList tags;
    while (query.next()) {
        tags.append(query.value(0).toString());
    }
    return tags;
}

std::optional<qint64> ComparisonStore::beginDerivedReply(
    qint64 turnId, MessageKind kind, const QString &model, const QStringList &criteria)
{
    if (kind == MessageKind::Reply) {
        m_database.setError(StoreError::Kind::Invalid, tr("A lane's reply is begun with beginReply."));
        return std::nullopt;
    }
    std::optional<qint64> id;
    const bool ok = m_database.transaction([&] {
        const std::optional<Message> turn = m_store.message(turnId);
        if (!turn || turn->role != MessageRole::User) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no prompt %1.").arg(turnId));
            return false;
        }
        const ReplyVersions versions = replyVersions(turnId, std::nullopt, kind, model);
        QSqlQuery deactivate(m_database.connection());
        deactivate.prepare(QLatin1String("UPDATE messages SET active = 0 WHERE ") + versions.condition);
        bindAll(deactivate, versions.values);
        if (!m_database.exec(deactivate)) {
            return false;
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral("INSERT INTO messages (conversation_id, parent_id, lane_id, role, kind, status,"
                                      " writer_pid, model, active, created_at, criteria)"
                                      " VALUES (?, ?, NULL, 'assistant', ?, 'streaming', ?, ?, 1, ?, ?)"));
        insert.addBindValue(turn->conversationId);
        insert.addBindValue(turnId);
        insert.addBindValue(toText(kind));
        insert.addBindValue(QCoreApplication::applicationPid());
        insert.addBindValue(nonNull(model));
        insert.addBindValue(m_store.now());
        insert.addBindValue(criteriaColumn(kind, criteria));
        if (!m_database.exec(insert)) {
            return false;
        }
        id = insert.lastInsertId().toLongLong();
        QSqlQuery touch(m_database.connection());
        touch.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
        touch.addBindValue(m_store.now());
        touch.addBindValue(turn->conversationId);
        return m_database.exec(touch);
    });
    return ok ? id : std::nullopt;
}

std::optional<QStringList> ComparisonStore::derivedCriteria(qint64 replyId)
{
    const std::optional<Message> reply = m_store.message(replyId);
    if (!reply) {
        return std::nullopt;
    }
    return reply->criteria;
}

std::optional<qint64> ComparisonStore::forkLane(qint64 laneId)
{
    std::optional<qint64> result;
    const bool ok = m_database.transaction([&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT conversation_id FROM lanes WHERE id = ?"));
        query.addBindValue(laneId);
        if (!m_database.exec(query)) {
            return false;
        }
        if (!query.next()) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no lane %1.").arg(laneId));
            return false;
        }
        const qint64 conversationId = query.value(0).toLongLong();
        query.finish();
        const std::optional<Conversation> source = m_store.conversation(conversationId);
        if (!source) {
            return false;
        }
        const QList<Lane> lanes = m_store.lanes(conversationId, true);
        const auto lane
            = std::find_if(lanes.cbegin(), lanes.cend(), [laneId](const Lane &l) { return l.id == laneId; });
        if (lane == lanes.cend()) {
            m_database.setError(StoreError::Kind::NotFound, tr("There is no lane %1.").arg(laneId));
            return false;
        }

        ConversationData fork;
        fork.conversation.title = tr("%1 (%2)").arg(source->title, lane->model);
        fork.conversation.createdAt = m_store.now();
        fork.conversation.updatedAt = fork.conversation.createdAt;
        fork.conversation.systemPrompt = source->systemPrompt;
        fork.conversation.tags = source->tags;
        Lane seat = *lane;
        seat.position = 0;
        seat.removedAt.reset();
        fork.lanes.append(seat);

        // The branch as the lane sees it: the same choice of replies as
        // ConversationStore::historyForLane, but keeping the whole messages
        // (metrics, models, reasoning) and dropping the ones it never answered.
        std::optional<qint64> previousTurn;
        for (const Message &turn : m_store.activeTurns(conversationId)) {
            const QList<Message> branch = m_store.repliesTo(turn.id);
            const Message *own = nullptr;
            const Message *kept = nullptr;
            for (const Message &reply : branch) {
                if (reply.laneId == laneId && reply.active) {
                    own = &reply;
                }
                if (reply.chosen && ConversationStore::usableInHistory(reply)) {
                    kept = &reply;
                }
            }
            const Message *answer = own && ConversationStore::usableInHistory(*own) ? own : nullptr;
            if (source->contextMode == ContextMode::Shared && kept) {
                answer = kept;
            }
            if (!answer) {
                continue;
            }
            Message prompt = turn;
            prompt.parentId = previousTurn;
            fork.messages.append(prompt);
            Message copy = *answer;
            copy.laneId = seat.id;
            copy.active = true;
            copy.chosen = false;
            copy.kind = MessageKind::Reply;
            fork.messages.append(copy);
            previousTurn = turn.id;
        }
        if (fork.messages.isEmpty()) {
            m_database.setError(StoreError::Kind::Invalid,
                tr("Lane %1 has no finished reply on the active branch to continue from.").arg(laneId));
            return false;
        }
        fork.conversation.activeLeafId = previousTurn;
        const std::optional<qint64> id = m_store.insertConversation(fork, QStringLiteral("confer"), {});
        if (!id) {
            return false;
        }
        result = *id;
        return true;
    });
    return ok ? result : std::nullopt;
}

}
