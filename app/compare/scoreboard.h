#pragma once

// How the replies of a comparison's turns measure up: per reply its timings,
// tokens and cost, per turn the badges (fastest first token, fastest overall,
// cheapest, longest) and how far the replies agree, and the money a
// conversation has cost so far.

#include "compare/agreement.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Confer::Compare
{

// One lane's reply to a turn, as the scoreboard shows it.
struct LaneResult {
    qint64 replyId = 0;
    qint64 laneId = 0;
    QString model;
    Store::MessageStatus status = Store::MessageStatus::Complete;
    std::optional<qint64> ttftMs, durationMs, outputTokens;
    // tokensPerSecond: output tokens over the time after the first token, when both are known.
    std::optional<double> costUsd, tokensPerSecond;
    qsizetype characters = 0;
    bool tokensEstimated = false; // outputTokens was counted locally, not reported by the provider
    FinishReason finishReason = FinishReason::Unknown;
};

enum class Badge { FastestFirstToken, FastestOverall, Cheapest, Longest };

struct TurnScore {
    qint64 turnId = 0;
    QList<LaneResult> results; // the turn's active lane replies, in the order given
    QHash<qint64 /*replyId*/, QList<Badge>> badges;
    std::optional<double> agreement; // mean pairwise agreement of the complete replies (two or more)
    AgreementMatrix matrix; // the pairs behind `agreement` (the complete replies)
};

// Scores the lane replies to `turn` among `replies` (e.g. ConversationStore::repliesTo):
// the active reply of each lane; other versions and synthesis / judgement
// replies are left out. Only complete replies take badges, and a badge needs
// two or more of them whose figure is known (a badge is a comparison); ties
// give the badge to each.
TurnScore scoreTurn(const Store::Message &turn, const QList<Store::Message> &replies);

// Every turn of the active branch, first to last.
QList<TurnScore> scoreConversation(const Store::ConversationData &data);

struct RunningCost {
    QHash<qint64 /*laneId*/, double> perLane; // every lane with a reply; known costs summed
    double total = 0; // lanes' replies and synthesis / judgement replies
    bool partial = false; // some reply had no known cost
    QSet<qint64> partialLanes; // the lanes with a reply of unknown cost
};

// What every reply ever made in the conversation cost (every branch and
// version: money spent is spent). A reply that failed before any output is
// free (providers do not bill refused requests); any other reply without a
// cost makes the sum partial.
RunningCost runningCost(const Store::ConversationData &data);

// "Fastest first token", "Fastest overall", "Cheapest", "Longest" (translated).
QString badgeName(Badge badge);

}
