#include "compare/scoreboard.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace Confer::Compare
{

using namespace Store;

namespace
{

LaneResult resultOf(const Message &reply)
{
    const ReplyMetrics &m = reply.metrics;
    LaneResult r;
    r.replyId = reply.id;
    r.laneId = reply.laneId.value_or(0);
    r.model = reply.model;
    r.status = reply.status;
    r.ttftMs = m.ttftMs;
    r.durationMs = m.durationMs;
    r.outputTokens = m.usage.outputTokens;
    r.costUsd = m.usage.costUsd;
    r.characters = reply.content.size();
    r.tokensEstimated = m.tokensEstimated;
    r.finishReason = m.finishReason;
    if (m.ttftMs && m.durationMs && m.usage.outputTokens) {
        const qint64 generating = *m.durationMs - *m.ttftMs;
        if (generating > 0) {
            r.tokensPerSecond = double(*m.usage.outputTokens) * 1000.0 / double(generating);
        }
    }
    return r;
}

// Gives `badge` to every complete result whose figure is the best (lowest,
// or highest with `highest`), when two or more have the figure.
void award(TurnScore &score, Badge badge, const std::function<std::optional<double>(const LaneResult &)> &figure,
    bool highest = false)
{
    QList<QPair<qint64, double>> candidates;
    for (const LaneResult &r : std::as_const(score.results)) {
        if (r.status != MessageStatus::Complete) {
            continue;
        }
        if (const std::optional<double> value = figure(r)) {
            candidates.append({r.replyId, *value});
        }
    }
    if (candidates.size() < 2) {
        return;
    }
    double best = candidates.first().second;
    for (const auto &candidate : std::as_const(candidates)) {
        best = highest ? std::max(best, candidate.second) : std::min(best, candidate.second);
    }
    // Costs are sums of fractions of a cent; equal within a billionth of a dollar is a tie.
    const double tolerance = 1e-9;
    for (const auto &[replyId, value] : std::as_const(candidates)) {
        if (std::abs(value - best) <= tolerance) {
            score.badges[replyId].append(badge);
        }
    }
}

template<typename T> std::optional<double> toDouble(const std::optional<T> &value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

}

TurnScore scoreTurn(const Message &turn, const QList<Message> &replies)
{
    TurnScore score;
    score.turnId = turn.id;
    QList<Message> complete;
    for (const Message &reply : replies) {
        if (reply.role != MessageRole::Assistant || reply.kind != MessageKind::Reply || !reply.laneId || !reply.active
            || reply.parentId != turn.id) {
            continue;
        }
        score.results.append(resultOf(reply));
        if (reply.status == MessageStatus::Complete) {
            complete.append(reply);
        }
    }
    award(score, Badge::FastestFirstToken, [](const LaneResult &r) { return toDouble(r.ttftMs); });
    award(score, Badge::FastestOverall, [](const LaneResult &r) { return toDouble(r.durationMs); });
    award(score, Badge::Cheapest, [](const LaneResult &r) { return r.costUsd; });
    award(score, Badge::Longest, [](const LaneResult &r) { return std::optional<double>(double(r.characters)); }, true);
    score.matrix = agreementMatrix(complete);
    if (complete.size() >= 2) {
        score.agreement = score.matrix.mean;
    }
    return score;
}

QList<TurnScore> scoreConversation(const ConversationData &data)
{
    QHash<qint64, const Message *> byId;
    for (const Message &message : data.messages) {
        byId.insert(message.id, &message);
    }
    // The active branch, from its last prompt up to the first.
    QList<const Message *> turns;
    for (std::optional<qint64> id = data.conversation.activeLeafId;
        id && byId.contains(*id) && turns.size() < data.messages.size();) {
        const Message *turn = byId.value(*id);
        turns.prepend(turn);
        id = turn->parentId;
    }
    QList<TurnScore> scores;
    for (const Message *turn : std::as_const(turns)) {
        QList<Message> replies;
        for (const Message &message : data.messages) {
            if (message.role == MessageRole::Assistant && message.parentId == turn->id) {
                replies.append(message);
            }
        }
        scores.append(scoreTurn(*turn, replies));
    }
    return scores;
}

RunningCost runningCost(const ConversationData &data)
{
    RunningCost cost;
    for (const Message &message : data.messages) {
        if (message.role != MessageRole::Assistant) {
            continue;
        }
        const std::optional<double> &usd = message.metrics.usage.costUsd;
        if (message.laneId) {
            cost.perLane[*message.laneId] += usd.value_or(0.0);
        }
        if (usd) {
            cost.total += *usd;
            continue;
        }
        const bool failedBeforeOutput = message.status == MessageStatus::Error && message.content.isEmpty()
            && message.metrics.usage.outputTokens.value_or(0) == 0;
        if (!failedBeforeOutput) {
            cost.partial = true;
            if (message.laneId) {
                cost.partialLanes.insert(*message.laneId);
            }
        }
    }
    return cost;
}

QString badgeName(Badge badge)
{
    switch (badge) {
    case Badge::FastestFirstToken:
        return QCoreApplication::translate("Confer::Compare", "Fastest first token");
    case Badge::FastestOverall:
        return QCoreApplication::translate("Confer::Compare", "Fastest overall");
    case Badge::Cheapest:
        return QCoreApplication::translate("Confer::Compare", "Cheapest");
    case Badge::Longest:
        return QCoreApplication::translate("Confer::Compare", "Longest");
    }
    return {};
}

}
