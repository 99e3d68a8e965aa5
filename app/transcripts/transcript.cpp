#include "transcripts/transcript.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace Confer::Transcripts
{

using namespace Store;

QList<Turn> Transcript::turns(const ConversationData &data, const ExportOptions &options)
{
    QHash<qint64, qsizetype> indexOf;
    QHash<qint64, int> lanePosition;
    for (const Lane &lane : data.lanes) {
        lanePosition.insert(lane.id, lane.position);
    }
    for (qsizetype i = 0; i < data.messages.size(); ++i) {
        indexOf.insert(data.messages.at(i).id, i);
    }
    // The active branch: from the active leaf up to the first prompt.
    QList<qint64> activePath;
    for (std::optional<qint64> id = data.conversation.activeLeafId;
        id && indexOf.contains(*id) && activePath.size() <= data.messages.size();) {
        activePath.prepend(*id);
        id = data.messages.at(indexOf.value(*id)).parentId;
    }
    QList<qint64> promptIds;
    if (options.allBranches) {
        for (const Message &message : data.messages) {
            if (message.role == MessageRole::User) {
                promptIds.append(message.id);
            }
        }
    } else {
        promptIds = activePath;
    }

    QList<Turn> result;
    for (qint64 promptId : std::as_const(promptIds)) {
        Turn turn;
        turn.prompt = data.messages.at(indexOf.value(promptId));
        turn.onActiveBranch = activePath.contains(promptId);
        for (const Message &message : data.messages) {
            if (message.role == MessageRole::Assistant && message.parentId == promptId
                && (options.allBranches || message.active)) {
                turn.replies.append(message);
            }
        }
        std::stable_sort(turn.replies.begin(), turn.replies.end(), [&](const Message &a, const Message &b) {
            return lanePosition.value(a.laneId.value_or(0)) < lanePosition.value(b.laneId.value_or(0));
        });
        if (!options.reasoning) {
            for (Message &reply : turn.replies) {
                reply.reasoning.clear();
            }
        }
        result.append(turn);
    }
    return result;
}

QString Transcript::formatTime(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        + QStringLiteral(" UTC");
}

QString Transcript::replyLabel(const ConversationData &data, const Message &reply)
{
    if (!reply.model.isEmpty()) {
        return reply.model;
    }
    for (const Lane &lane : data.lanes) {
        if (reply.laneId == lane.id) {
            return lane.model;
        }
    }
    return tr("Assistant");
}

QString Transcript::metricsLine(const Message &reply)
{
    const ReplyMetrics &m = reply.metrics;
    QStringList parts;
    if (m.durationMs) {
        parts.append(tr("%1 s").arg(double(*m.durationMs) / 1000.0, 0, 'f', 2));
    }
    if (m.ttftMs) {
        parts.append(tr("first token %1 ms").arg(*m.ttftMs));
    }
    if (m.usage.inputTokens || m.usage.outputTokens) {
        QString tokens = tr("%1 in, %2 out tokens")
                             .arg(m.usage.inputTokens ? QString::number(*m.usage.inputTokens) : QStringLiteral("?"),
                                 m.usage.outputTokens ? QString::number(*m.usage.outputTokens) : QStringLiteral("?"));
        if (m.usage.reasoningTokens) {
            tokens += tr(" (%1 reasoning)").arg(*m.usage.reasoningTokens);
        }
        if (m.tokensEstimated) {
            tokens += tr(" (estimated)");
        }
        parts.append(tokens);
    }
    if (m.usage.costUsd) {
        QString cost = QString::number(*m.usage.costUsd, 'f', 6);
        while (cost.endsWith(QLatin1Char('0')) && !cost.endsWith(QLatin1String(".00"))) {
            cost.chop(1);
        }
        parts.append(QLatin1Char('$') + cost);
    }
    if (m.finishReason != FinishReason::Unknown) {
        parts.append(toText(m.finishReason));
    }
    if (!m.answeredModel.isEmpty()) {
        parts.append(m.answeredModel);
    }
    return parts.join(QStringLiteral(" · "));
}

QString Transcript::statusLine(const Message &reply)
{
    switch (reply.status) {
    case MessageStatus::Complete:
        return {};
    case MessageStatus::Streaming:
        return tr("Still being written");
    case MessageStatus::Cancelled:
        return tr("Stopped");
    case MessageStatus::Interrupted:
        return tr("Interrupted");
    case MessageStatus::Error:
        break;
    }
    if (!reply.error) {
        return tr("Error");
    }
    QString line = tr("Error: %1").arg(toText(reply.error->kind).replace(QLatin1Char('_'), QLatin1Char(' ')));
    if (reply.error->httpStatus) {
        line += tr(" (HTTP %1)").arg(reply.error->httpStatus);
    }
    if (!reply.error->providerMessage.isEmpty()) {
        line += QStringLiteral(": ") + reply.error->providerMessage;
    }
    return line;
}

QStringList Transcript::models(const ConversationData &data)
{
    QStringList result;
    for (const Lane &lane : data.lanes) {
        if (!result.contains(lane.model)) {
            result.append(lane.model);
        }
    }
    return result;
}

}
