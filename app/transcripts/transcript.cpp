#include "transcripts/transcript.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

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
        // Lanes in order, then the replies written about them.
        const auto order = [&](const Message &m) {
            return std::pair(m.kind != MessageKind::Reply || !m.laneId, lanePosition.value(m.laneId.value_or(0)));
        };
        std::stable_sort(turn.replies.begin(), turn.replies.end(),
            [&](const Message &a, const Message &b) { return order(a) < order(b); });
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

bool Transcript::hidesModels(const ConversationData &data)
{
    return data.conversation.blind && !data.conversation.revealed;
}

QString Transcript::laneLetter(const ConversationData &data, qint64 laneId)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < data.lanes.size(); ++i) {
        if (data.lanes.at(i).id == laneId) {
            index = i;
        }
    }
    if (index < 0) {
        return QStringLiteral("?");
    }
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26) {
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    }
    return letters;
}

QString Transcript::laneLabel(const ConversationData &data, qint64 laneId)
{
    if (hidesModels(data)) {
        return laneLetter(data, laneId);
    }
    for (const Lane &lane : data.lanes) {
        if (lane.id == laneId) {
            return lane.model;
        }
    }
    return tr("Assistant");
}

QString Transcript::replyLabel(const ConversationData &data, const Message &reply)
{
    if (reply.kind != MessageKind::Reply) {
        const bool synthesis = reply.kind == MessageKind::Synthesis;
        if (hidesModels(data) || reply.model.isEmpty()) {
            return synthesis ? tr("Synthesis") : tr("Judgement");
        }
        return synthesis ? tr("Synthesis by %1").arg(reply.model) : tr("Judgement by %1").arg(reply.model);
    }
    if (hidesModels(data)) {
        return reply.laneId ? laneLetter(data, *reply.laneId) : tr("Assistant");
    }
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

QString Transcript::usd(double amount)
{
    QString cost = QString::number(amount, 'f', 6);
    while (cost.endsWith(QLatin1Char('0')) && !cost.endsWith(QLatin1String(".00"))) {
        cost.chop(1);
    }
    return QLatin1Char('$') + cost;
}

bool Transcript::isVotedFor(const ConversationData &data, qint64 replyId)
{
    return std::any_of(
        data.votes.cbegin(), data.votes.cend(), [replyId](const Vote &vote) { return vote.replyId == replyId; });
}

QString Transcript::metricsLine(const Message &reply, bool hideModel)
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
        parts.append(usd(*m.usage.costUsd));
    }
    if (m.finishReason != FinishReason::Unknown) {
        parts.append(toText(m.finishReason));
    }
    if (!m.answeredModel.isEmpty() && !hideModel) {
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
