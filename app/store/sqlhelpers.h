#pragma once

// Row mapping shared by the store's classes (not part of its interface).

#include "store/storetypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Confer::Store
{

inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

inline std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Null QStrings bind as SQL NULL; NOT NULL text columns need an empty string.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

template<typename T> QVariant toVariant(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// A judgement's criteria as the criteria column holds them: a JSON array of
// strings; NULL for the other kinds.
inline QVariant criteriaColumn(MessageKind kind, const QStringList &criteria)
{
    if (kind != MessageKind::Judgement) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(criteria)).toJson(QJsonDocument::Compact));
}

inline QStringList criteriaFromColumn(const QVariant &value)
{
    QStringList criteria;
    const QJsonArray stored = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &criterion : stored) {
        criteria.append(criterion.toString());
    }
    return criteria;
}

// The message columns in the order messageFromRecord reads them.
inline QString messageColumns(const QString &prefix = {})
{
    static const char *const names[] = {"id", "conversation_id", "parent_id", "lane_id", "role", "content", "reasoning",
        "status", "error_kind", "error_http_status", "error_message", "error_code", "error_retry_after_ms", "model",
        "answered_model", "request_id", "finish_reason", "ttft_ms", "duration_ms", "input_tokens", "output_tokens",
        "reasoning_tokens", "tokens_estimated", "cost_usd", "active", "chosen", "rating", "created_at", "kind",
        "criteria"};
    QStringList columns;
    for (const char *name : names) {
        columns.append(prefix + QLatin1String(name));
    }
    return columns.join(QLatin1String(", "));
}

inline Message messageFromRecord(const QSqlQuery &query)
{
    Message m;
    m.id = query.value(0).toLongLong();
    m.conversationId = query.value(1).toLongLong();
    m.parentId = optionalInt(query.value(2));
    m.laneId = optionalInt(query.value(3));
    m.role = query.value(4).toString() == QLatin1String("user") ? MessageRole::User : MessageRole::Assistant;
    m.content = query.value(5).toString();
    m.reasoning = query.value(6).toString();
    m.status = messageStatusFromString(query.value(7).toString());
    if (!query.value(8).isNull()) {
        ProviderError error;
        error.kind = errorKindFromString(query.value(8).toString());
        error.httpStatus = query.value(9).toInt();
        error.providerMessage = query.value(10).toString();
        error.providerCode = query.value(11).toString();
        error.retryAfterMs = optionalInt(query.value(12));
        m.error = error;
    }
    m.model = query.value(13).toString();
    m.metrics.answeredModel = query.value(14).toString();
    m.metrics.requestId = query.value(15).toString();
    m.metrics.finishReason = finishReasonFromString(query.value(16).toString());
    m.metrics.ttftMs = optionalInt(query.value(17));
    m.metrics.durationMs = optionalInt(query.value(18));
    m.metrics.usage.inputTokens = optionalInt(query.value(19));
    m.metrics.usage.outputTokens = optionalInt(query.value(20));
    m.metrics.usage.reasoningTokens = optionalInt(query.value(21));
    m.metrics.tokensEstimated = query.value(22).toBool();
    m.metrics.usage.costUsd = optionalDouble(query.value(23));
    m.active = query.value(24).toBool();
    m.chosen = query.value(25).toBool();
    if (!query.value(26).isNull()) {
        m.rating = query.value(26).toInt();
    }
    m.createdAt = query.value(27).toLongLong();
    m.kind = messageKindFromString(query.value(28).toString());
    m.criteria = criteriaFromColumn(query.value(29));
    return m;
}

// The versions of a reply (its regenerated siblings), as a WHERE condition
// and the values it binds. A lane's reply: every reply of its turn in that
// lane. Outside the lanes: the replies of its turn of the same kind by the
// same model (a synthesis is no version of a judgement, nor of another
// model's synthesis).
struct ReplyVersions {
    QString condition;
    QVariantList values;
};

inline ReplyVersions replyVersions(
    std::optional<qint64> turnId, std::optional<qint64> laneId, MessageKind kind, const QString &model)
{
    if (laneId) {
        return {QStringLiteral("parent_id = ? AND lane_id = ? AND role = 'assistant'"), {toVariant(turnId), *laneId}};
    }
    return {QStringLiteral("parent_id = ? AND lane_id IS NULL AND kind = ? AND model = ? AND role = 'assistant'"),
        {toVariant(turnId), toText(kind), nonNull(model)}};
}

inline ReplyVersions replyVersions(const Message &reply)
{
    return replyVersions(reply.parentId, reply.laneId, reply.kind, reply.model);
}

inline void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
}

// Binds error_kind … error_retry_after_ms.
inline void bindError(QSqlQuery &query, const std::optional<ProviderError> &error)
{
    query.addBindValue(error ? QVariant(toText(error->kind)) : QVariant());
    query.addBindValue(error ? QVariant(error->httpStatus) : QVariant());
    query.addBindValue(error ? QVariant(error->providerMessage) : QVariant());
    query.addBindValue(error ? QVariant(error->providerCode) : QVariant());
    query.addBindValue(error ? toVariant(error->retryAfterMs) : QVariant());
}

// Binds answered_model … cost_usd.
inline void bindMetrics(QSqlQuery &query, const ReplyMetrics &metrics)
{
    query.addBindValue(nonNull(metrics.answeredModel));
    query.addBindValue(nonNull(metrics.requestId));
    query.addBindValue(toText(metrics.finishReason));
    query.addBindValue(toVariant(metrics.ttftMs));
    query.addBindValue(toVariant(metrics.durationMs));
    query.addBindValue(toVariant(metrics.usage.inputTokens));
    query.addBindValue(toVariant(metrics.usage.outputTokens));
    query.addBindValue(toVariant(metrics.usage.reasoningTokens));
    query.addBindValue(metrics.tokensEstimated);
    query.addBindValue(toVariant(metrics.usage.costUsd));
}

}
