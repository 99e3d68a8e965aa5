#include "transcripts/jsonformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace Confer::Transcripts
{

using namespace Store;

namespace
{

template<typename T> QJsonValue optionalValue(const std::optional<T> &value)
{
    if (!value) {
        return QJsonValue::Null;
    }
    if constexpr (std::is_floating_point_v<T>) {
        return *value;
    } else {
        return qint64(*value);
    }
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

}

QString JsonFormat::isoTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> JsonFormat::parseTime(const QJsonValue &value)
{
    if (!value.isString()) {
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QJsonObject JsonFormat::conversationToJson(const ConversationData &data, const ExportOptions &options)
{
    const Conversation &c = data.conversation;
    const bool hidden = Transcript::hidesModels(data);
    QJsonArray lanes;
    for (const Lane &lane : data.lanes) {
        lanes.append(QJsonObject {
            {QStringLiteral("key"), lane.id},
            {QStringLiteral("position"), lane.position},
            {QStringLiteral("model"), hidden ? Transcript::laneLetter(data, lane.id) : lane.model},
            {QStringLiteral("systemPrompt"), lane.systemPrompt},
            {QStringLiteral("temperature"), optionalValue(lane.temperature)},
            {QStringLiteral("maxOutputTokens"), optionalValue(lane.maxOutputTokens)},
            {QStringLiteral("reasoningEffort"), toText(lane.reasoning)},
            {QStringLiteral("removedAt"),
                lane.removedAt ? QJsonValue(isoTime(*lane.removedAt)) : QJsonValue(QJsonValue::Null)},
        });
    }
    // With allBranches off, only the active branch goes out.
    QSet<qint64> included;
    for (const Turn &turn : Transcript::turns(data, options)) {
        included.insert(turn.prompt.id);
        for (const Message &reply : turn.replies) {
            included.insert(reply.id);
        }
    }
    QJsonArray messages;
    for (const Message &m : data.messages) {
        if (!included.contains(m.id)) {
            continue;
        }
        QString model = m.model;
        if (hidden) {
            model = m.laneId && m.kind == MessageKind::Reply ? Transcript::laneLetter(data, *m.laneId) : QString();
        }
        QJsonObject message {
            {QStringLiteral("key"), m.id},
            {QStringLiteral("parent"), optionalValue(m.parentId)},
            {QStringLiteral("lane"), optionalValue(m.laneId)},
            {QStringLiteral("role"),
                m.role == MessageRole::User ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("kind"), toText(m.kind)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("status"), toText(m.status)},
            {QStringLiteral("model"), model},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("chosen"), m.chosen},
            {QStringLiteral("rating"), m.rating ? QJsonValue(*m.rating) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), isoTime(m.createdAt)},
        };
        if (!m.criteria.isEmpty()) {
            message.insert(QStringLiteral("criteria"), QJsonArray::fromStringList(m.criteria));
        }
        if (options.reasoning) {
            message.insert(QStringLiteral("reasoning"), m.reasoning);
        }
        if (m.error) {
            message.insert(QStringLiteral("error"),
                QJsonObject {
                    {QStringLiteral("kind"), toText(m.error->kind)},
                    {QStringLiteral("httpStatus"), m.error->httpStatus},
                    {QStringLiteral("message"), m.error->providerMessage},
                    {QStringLiteral("code"), m.error->providerCode},
                    {QStringLiteral("retryAfterMs"), optionalValue(m.error->retryAfterMs)},
                });
        } else {
            message.insert(QStringLiteral("error"), QJsonValue::Null);
        }
        if (options.metrics && m.role == MessageRole::Assistant) {
            const ReplyMetrics &x = m.metrics;
            message.insert(QStringLiteral("metrics"),
                QJsonObject {
                    {QStringLiteral("ttftMs"), optionalValue(x.ttftMs)},
                    {QStringLiteral("durationMs"), optionalValue(x.durationMs)},
                    {QStringLiteral("inputTokens"), optionalValue(x.usage.inputTokens)},
                    {QStringLiteral("outputTokens"), optionalValue(x.usage.outputTokens)},
                    {QStringLiteral("reasoningTokens"), optionalValue(x.usage.reasoningTokens)},
                    {QStringLiteral("tokensEstimated"), x.tokensEstimated},
                    {QStringLiteral("costUsd"), optionalValue(x.usage.costUsd)},
                    {QStringLiteral("finishReason"), toText(x.finishReason)},
                    {QStringLiteral("requestId"), hidden ? QString() : x.requestId},
                    {QStringLiteral("answeredModel"), hidden ? QString() : x.answeredModel},
                });
        }
        messages.append(message);
    }
    QJsonArray votes;
    for (const Vote &vote : data.votes) {
        if (included.contains(vote.turnId) && included.contains(vote.replyId)) {
            votes.append(QJsonObject {
                {QStringLiteral("turn"), vote.turnId},
                {QStringLiteral("reply"), vote.replyId},
                {QStringLiteral("blind"), vote.blind},
                {QStringLiteral("createdAt"), isoTime(vote.createdAt)},
            });
        }
    }
    return QJsonObject {
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("systemPrompt"), c.systemPrompt},
        {QStringLiteral("createdAt"), isoTime(c.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(c.updatedAt)},
        {QStringLiteral("pinned"), c.pinned},
        {QStringLiteral("archived"), c.archived},
        {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
        {QStringLiteral("contextMode"), toText(c.contextMode)},
        {QStringLiteral("blind"), c.blind},
        {QStringLiteral("revealed"), c.revealed},
        {QStringLiteral("viewState"), c.viewState},
        {QStringLiteral("activeLeaf"), optionalValue(c.activeLeafId)},
        {QStringLiteral("lanes"), lanes},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("votes"), votes},
    };
}

QByteArray JsonFormat::render(
    const QList<ConversationData> &conversations, qint64 exportedAt, const ExportOptions &options)
{
    QJsonArray list;
    for (const ConversationData &data : conversations) {
        list.append(conversationToJson(data, options));
    }
    const QJsonObject root {
        {QStringLiteral("format"), QString(FormatName)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("exportedAt"), isoTime(exportedAt)},
        {QStringLiteral("conversations"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ConversationData> JsonFormat::conversationFromJson(
    const QJsonObject &object, const QString &path, QString *error)
{
    const auto fail = [&](const QString &where, const QString &what) {
        *error = tr("%1: %2").arg(where, what);
        return std::nullopt;
    };
    ConversationData data;
    Conversation &c = data.conversation;
    c.uuid = object.value(QStringLiteral("uuid")).toString();
    if (c.uuid.isEmpty()) {
        return fail(path + QStringLiteral(".uuid"), tr("missing"));
    }
    c.title = object.value(QStringLiteral("title")).toString();
    c.systemPrompt = object.value(QStringLiteral("systemPrompt")).toString();
    const auto created = parseTime(object.value(QStringLiteral("createdAt")));
    if (!created) {
        return fail(path + QStringLiteral(".createdAt"), tr("missing or not an ISO 8601 time"));
    }
    c.createdAt = *created;
    c.updatedAt = parseTime(object.value(QStringLiteral("updatedAt"))).value_or(c.createdAt);
    c.pinned = object.value(QStringLiteral("pinned")).toBool();
    c.archived = object.value(QStringLiteral("archived")).toBool();
    for (const QJsonValue tag : object.value(QStringLiteral("tags")).toArray()) {
        c.tags.append(tag.toString());
    }
    c.contextMode = contextModeFromString(object.value(QStringLiteral("contextMode")).toString());
    c.blind = object.value(QStringLiteral("blind")).toBool();
    c.revealed = object.value(QStringLiteral("revealed")).toBool();
    c.viewState = object.value(QStringLiteral("viewState")).toString();
    c.activeLeafId = optionalInteger(object.value(QStringLiteral("activeLeaf")));

    QSet<qint64> laneKeys;
    const QJsonArray lanes = object.value(QStringLiteral("lanes")).toArray();
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QString where = path + QStringLiteral(".lanes[%1]").arg(i);
        const QJsonObject l = lanes.at(i).toObject();
        Lane lane;
        lane.id = l.value(QStringLiteral("key")).toInteger(-1);
        lane.model = l.value(QStringLiteral("model")).toString();
        if (lane.id < 0 || lane.model.isEmpty()) {
            return fail(where, tr("a lane needs a key and a model"));
        }
        lane.position = l.value(QStringLiteral("position")).toInt(int(i));
        lane.systemPrompt = l.value(QStringLiteral("systemPrompt")).toString();
        lane.temperature = optionalNumber(l.value(QStringLiteral("temperature")));
        if (const auto tokens = optionalInteger(l.value(QStringLiteral("maxOutputTokens")))) {
            lane.maxOutputTokens = int(*tokens);
        }
        lane.reasoning = reasoningEffortFromString(l.value(QStringLiteral("reasoningEffort")).toString());
        lane.removedAt = parseTime(l.value(QStringLiteral("removedAt")));
        laneKeys.insert(lane.id);
        data.lanes.append(lane);
    }

    QSet<qint64> messageKeys;
    const QJsonArray messages = object.value(QStringLiteral("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString where = path + QStringLiteral(".messages[%1]").arg(i);
        const QJsonObject o = messages.at(i).toObject();
        Message m;
        m.id = o.value(QStringLiteral("key")).toInteger(-1);
        const QString role = o.value(QStringLiteral("role")).toString();
        if (m.id < 0 || messageKeys.contains(m.id)) {
            return fail(where + QStringLiteral(".key"), tr("missing or repeated"));
        }
        if (role != QLatin1String("user") && role != QLatin1String("assistant")) {
            return fail(where + QStringLiteral(".role"), tr("must be \"user\" or \"assistant\""));
        }
        m.role = role == QLatin1String("user") ? MessageRole::User : MessageRole::Assistant;
        m.parentId = optionalInteger(o.value(QStringLiteral("parent")));
        if (m.parentId && !messageKeys.contains(*m.parentId)) {
            return fail(where + QStringLiteral(".parent"), tr("refers to a message that does not come before it"));
        }
        m.laneId = optionalInteger(o.value(QStringLiteral("lane")));
        if (m.laneId && !laneKeys.contains(*m.laneId)) {
            return fail(where + QStringLiteral(".lane"), tr("refers to an unknown lane"));
        }
        const QJsonValue kind = o.value(QStringLiteral("kind"));
        if (!kind.isUndefined() && toText(messageKindFromString(kind.toString())) != kind.toString()) {
            return fail(where + QStringLiteral(".kind"), tr("must be \"reply\", \"synthesis\" or \"judgement\""));
        }
        m.kind = messageKindFromString(kind.toString());
        if (m.role == MessageRole::Assistant && m.kind == MessageKind::Reply && (!m.laneId || !m.parentId)) {
            return fail(where, tr("a reply needs a lane and a parent prompt"));
        }
        if (m.kind != MessageKind::Reply && (m.role != MessageRole::Assistant || m.laneId || !m.parentId)) {
            return fail(where, tr("a synthesis or judgement needs a parent prompt and no lane"));
        }
        if (!o.value(QStringLiteral("content")).isString()) {
            return fail(where + QStringLiteral(".content"), tr("missing"));
        }
        m.content = o.value(QStringLiteral("content")).toString();
        m.reasoning = o.value(QStringLiteral("reasoning")).toString();
        m.status = messageStatusFromString(o.value(QStringLiteral("status")).toString());
        if (m.status == MessageStatus::Streaming) {
            m.status = MessageStatus::Interrupted; // nothing is writing it any more
        }
        m.model = o.value(QStringLiteral("model")).toString();
        m.active = o.value(QStringLiteral("active")).toBool(true);
        m.chosen = o.value(QStringLiteral("chosen")).toBool();
        if (const auto rating = optionalInteger(o.value(QStringLiteral("rating")))) {
            m.rating = int(*rating);
        }
        m.createdAt = parseTime(o.value(QStringLiteral("createdAt"))).value_or(c.createdAt);
        for (const QJsonValue &criterion : o.value(QStringLiteral("criteria")).toArray()) {
            m.criteria.append(criterion.toString());
        }
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        if (!e.isEmpty()) {
            ProviderError providerError;
            providerError.kind = errorKindFromString(e.value(QStringLiteral("kind")).toString());
            providerError.httpStatus = e.value(QStringLiteral("httpStatus")).toInt();
            providerError.providerMessage = e.value(QStringLiteral("message")).toString();
            providerError.providerCode = e.value(QStringLiteral("code")).toString();
            providerError.retryAfterMs = optionalInteger(e.value(QStringLiteral("retryAfterMs")));
            m.error = providerError;
        }
        const QJsonObject x = o.value(QStringLiteral("metrics")).toObject();
        m.metrics.ttftMs = optionalInteger(x.value(QStringLiteral("ttftMs")));
        m.metrics.durationMs = optionalInteger(x.value(QStringLiteral("durationMs")));
        m.metrics.usage.inputTokens = optionalInteger(x.value(QStringLiteral("inputTokens")));
        m.metrics.usage.outputTokens = optionalInteger(x.value(QStringLiteral("outputTokens")));
        m.metrics.usage.reasoningTokens = optionalInteger(x.value(QStringLiteral("reasoningTokens")));
        m.metrics.tokensEstimated = x.value(QStringLiteral("tokensEstimated")).toBool();
        m.metrics.usage.costUsd = optionalNumber(x.value(QStringLiteral("costUsd")));
        m.metrics.finishReason = finishReasonFromString(x.value(QStringLiteral("finishReason")).toString());
        m.metrics.requestId = x.value(QStringLiteral("requestId")).toString();
        m.metrics.answeredModel = x.value(QStringLiteral("answeredModel")).toString();
        messageKeys.insert(m.id);
        data.messages.append(m);
    }
    if (c.activeLeafId && !messageKeys.contains(*c.activeLeafId)) {
        return fail(path + QStringLiteral(".activeLeaf"), tr("refers to an unknown message"));
    }
    const QJsonArray votes = object.value(QStringLiteral("votes")).toArray();
    for (qsizetype i = 0; i < votes.size(); ++i) {
        const QString where = path + QStringLiteral(".votes[%1]").arg(i);
        const QJsonObject v = votes.at(i).toObject();
        Vote vote;
        vote.turnId = v.value(QStringLiteral("turn")).toInteger(-1);
        vote.replyId = v.value(QStringLiteral("reply")).toInteger(-1);
        if (!messageKeys.contains(vote.turnId) || !messageKeys.contains(vote.replyId)) {
            return fail(where, tr("refers to an unknown message"));
        }
        vote.blind = v.value(QStringLiteral("blind")).toBool();
        vote.createdAt = parseTime(v.value(QStringLiteral("createdAt"))).value_or(c.createdAt);
        data.votes.append(vote);
    }
    return data;
}

}
