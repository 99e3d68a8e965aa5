#pragma once

#include "store/conversationstore.h"

namespace Confer::Store
{

// What a side-by-side comparison keeps beyond lanes and replies: blind mode
// and its votes, the view's layout, replies written about a turn (synthesis,
// judgement), and forking one lane into a conversation of its own.
//
// Blind mode: the lanes are shown as A, B, C… until the user keeps (chooses)
// or votes for a reply; either reveals the names for the whole conversation.
// A vote records whether it was cast blind; only blind votes rank models.
//
// Every change is one transaction; a method that fails leaves the store's
// lastError() set and changes nothing.
class ComparisonStore
{
public:
    explicit ComparisonStore(ConversationStore &store);

    bool setBlind(qint64 conversationId, bool blind);
    bool setRevealed(qint64 conversationId, bool revealed);
    bool setViewState(qint64 conversationId, const QString &viewState);

    // Keeps replyId as the turn's kept reply (ConversationStore::chooseReply)
    // and, in a blind conversation, reveals the names.
    bool keepReply(qint64 replyId);
    // The user's vote for the best reply of its turn; a second vote on the
    // same turn replaces the first. Reveals a blind conversation. Both emit
    // ConversationStore::votesChanged once saved.
    bool vote(qint64 replyId);
    bool clearVote(qint64 turnId);
    std::optional<QList<Vote>> votes(qint64 conversationId);

    // One blind vote as the leaderboard reads it: the model of the reply
    // voted for, and the models of the turn's other finished lane replies.
    struct Outcome {
        QString winner;
        QStringList losers;
        qint64 createdAt = 0;
    };
    // Every blind vote in conversations not in the trash, oldest first; only
    // those of conversations tagged `tag` when it is not empty.
    std::optional<QList<Outcome>> blindOutcomes(const QString &tag = {});
    // Every tag of a conversation not in the trash, sorted: what blindOutcomes can filter by.
    std::optional<QStringList> tagsInUse();

    // A `streaming` reply of `kind` (Synthesis or Judgement) to a turn, by
    // `model`, outside the lanes. Finish it like any reply (finishReply or a
    // ReplyWriter). It is the new version of the turn's earlier replies of
    // that kind by that model (they stay, inactive: the navigator shows
    // them); other syntheses and judgements of the turn are left as they are.
    // criteria: what a judgement is asked to judge by, kept for asking again.
    std::optional<qint64> beginDerivedReply(
        qint64 turnId, MessageKind kind, const QString &model, const QStringList &criteria = {});
    // The criteria a judgement was asked with; empty for other replies and
    // for judgements stored before they were kept (schema version 4).
    std::optional<QStringList> derivedCriteria(qint64 replyId);

    // "Continue with this one": a new single-lane conversation holding what
    // laneId sees along the active branch (the prompts it answered and the
    // replies it continues from: its own, or the kept ones in shared mode),
    // with the lane's model and parameters. Returns the new conversation.
    std::optional<qint64> forkLane(qint64 laneId);

private:
    void notifyVotes(bool saved, qint64 conversationId);
    bool updateConversation(qint64 conversationId, const QString &assignments, const QVariantList &values);

    ConversationStore &m_store;
    Database &m_database;
};

}
