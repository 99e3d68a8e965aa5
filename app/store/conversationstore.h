#pragma once

#include "store/database.h"
#include "store/storetypes.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Confer::Store
{

// The conversation history: conversations with their lanes and message tree.
//
// How a chat uses it (e.g. `confer ask`, the chat window):
//   1. createConversation({lanes…}, mode) — one lane per model; or reuse an id
//      to continue a conversation (lanes(id) gives its seats).
//   2. appendUserTurn(conversationId, text) — the prompt, shared by every lane
//      it is sent to; it becomes the end of the active branch.
//   3. beginReply(turnId, laneId) — a `streaming` reply row (also what
//      Regenerate and Retry do: a new sibling, the old one kept inactive).
//   4. historyForLane(laneId) — what that lane sends now: its system prompt and
//      messages along the active branch, ending with the prompt it answers
//      (its own streaming reply left out). In independent mode each lane sees
//      the turns it answered, with its own replies; in shared mode every lane
//      sees the reply marked chosen (chooseReply) at each earlier turn, its
//      own where none is chosen. Failed and empty replies are left out.
//   5. feed the stream to a ReplyWriter (replywriter.h), which saves at most
//      every 250 ms and finishes the reply with its status, metrics and error.
// Open the profile's file with Database(Database::defaultFilePath(profile)),
// and call purgeTrash() once at start-up (trash is kept for 30 days).
// Editing a prompt (editUserTurn) or regenerating (beginReply again on the
// same turn and lane) adds a sibling: a branch, never an overwrite.
//
// Every change is one transaction. A method that fails returns false or an
// empty optional and leaves lastError() set; nothing saved before is touched.
class ConversationStore : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 TrashRetentionMs = 30LL * 24 * 60 * 60 * 1000;

    explicit ConversationStore(Database &database, QObject *parent = nullptr);

    Database &database() { return m_database; }
    const StoreError &lastError() const { return m_database.lastError(); }

    // Milliseconds since the epoch; replaceable so tests get stable times.
    void setClock(std::function<qint64()> clock);
    qint64 now() const;

    // Conversations
    std::optional<qint64> createConversation(const QList<Lane> &lanes, ContextMode mode = ContextMode::Independent,
        const QString &systemPrompt = {}, const QString &title = {});
    std::optional<Conversation> conversation(qint64 id);
    std::optional<ConversationData> load(qint64 id);
    QList<ConversationSummary> recentConversations(int limit, bool inTrash = false);
    qint64 conversationCount(bool inTrash = false);
    bool rename(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    bool setArchived(qint64 id, bool archived);
    bool setTags(qint64 id, const QStringList &tags);
    bool setContextMode(qint64 id, ContextMode mode);
    bool setSystemPrompt(qint64 id, const QString &systemPrompt);

    // Trash: moveToTrash hides a conversation; purgeTrash deletes those
    // trashed more than 30 days ago (or all of them with everything = true).
    bool moveToTrash(qint64 id);
    bool restoreFromTrash(qint64 id);
    std::optional<int> purgeTrash(bool everything = false);

    // Lanes
    QList<Lane> lanes(qint64 conversationId, bool includeRemoved = false);
    std::optional<qint64> addLane(qint64 conversationId, const Lane &lane);
    bool removeLane(qint64 laneId);
    bool setLaneModel(qint64 laneId, const QString &model);
    // A lane's own system prompt (empty: the conversation's), temperature, output limit and reasoning effort.
    bool setLaneParameters(qint64 laneId, const Lane &parameters);
    bool moveLane(qint64 laneId, int position);

    // Messages and the tree
    std::optional<qint64> appendUserTurn(qint64 conversationId, const QString &text);
    std::optional<qint64> editUserTurn(qint64 turnId, const QString &text);
    std::optional<qint64> beginReply(qint64 turnId, qint64 laneId);
    bool saveReplyProgress(qint64 replyId, const QString &content, const QString &reasoning);
    bool finishReply(qint64 replyId, const QString &content, const QString &reasoning, MessageStatus status,
        const ReplyMetrics &metrics, const std::optional<ProviderError> &error = std::nullopt);
    std::optional<Message> message(qint64 id);
    bool setActiveLeaf(qint64 conversationId, qint64 turnId);
    bool setActiveReply(qint64 replyId);
    bool chooseReply(qint64 replyId); // shared mode: the reply every lane continues from
    bool rateReply(qint64 replyId, std::optional<int> rating);

    // Every reply to a prompt, every version, lanes in order and replies
    // outside the lanes (synthesis, judgement) last.
    QList<Message> repliesTo(qint64 turnId);
    // Whether a reply may stand in a history sent to a model: finished, or
    // cut off with some text worth keeping.
    static bool usableInHistory(const Message &reply);

    // The user turns from the first to the active leaf.
    QList<Message> activeTurns(qint64 conversationId);
    // The active branch: each active turn followed by its active replies in lane order.
    QList<Message> activeBranch(qint64 conversationId);
    // untilTurnId: the history ending at that turn of the active branch instead
    // of at the active leaf (regenerating an earlier reply).
    std::optional<LaneContext> historyForLane(qint64 laneId, qint64 untilTurnId = 0);
    // A message and its other versions, oldest first, for a branch navigator: the
    // edits of a prompt (user turns with the same parent), or the regenerated
    // replies of one turn in one lane (outside the lanes: of one kind by one
    // model, see ComparisonStore::beginDerivedReply). Empty when there is no such message.
    QList<qint64> siblingIds(qint64 messageId);
    // The last user turn along the newest branch below a prompt (the prompt
    // itself when nothing follows it): what setActiveLeaf takes to show that branch.
    std::optional<qint64> newestLeafBelow(qint64 turnId);

    // What deleting a message takes with it: for a prompt, every reply to it
    // (all versions) and every prompt below it on any branch; for a reply,
    // only itself. `streaming` counts those still being written.
    struct DeletionScope {
        MessageRole role = MessageRole::User;
        int replies = 0; // replies to the prompt itself
        int laterTurns = 0; // prompts below it
        int streaming = 0;
    };
    std::optional<DeletionScope> deletionScope(qint64 messageId);
    // Deletes a message (messagedelete.cpp). A reply: the newest remaining
    // version of its lane becomes active if it was; a kept reply leaves its
    // turn with none kept. A prompt: with its replies and everything below it;
    // when it was on the active branch, the newest remaining edit's newest
    // leaf becomes active, else the prompt before it, else none. Refuses
    // while anything it would delete is streaming.
    bool deleteMessage(qint64 messageId);

    // Import: stores a whole conversation whose lane and message ids are the
    // source file's keys (parents listed before children). Returns the new id,
    // or 0 when it is already stored: the same uuid, or the same source and
    // sourceId (e.g. "chatgpt" and its conversation id). Join an outer
    // transaction to import many at once.
    std::optional<qint64> insertConversation(
        const ConversationData &data, const QString &source = QStringLiteral("confer"), const QString &sourceId = {});

    // Title for a conversation from its first prompt: its first line, shortened.
    static QString titleFromPrompt(const QString &prompt);

Q_SIGNALS:
    // A vote was cast, replaced or cleared in the conversation (ComparisonStore),
    // once it is saved: the leaderboard reads them again.
    void votesChanged(qint64 conversationId);

private:
    bool touch(qint64 conversationId);
    std::optional<qint64> insertUserTurn(qint64 conversationId, std::optional<qint64> parentId, const QString &text);

    Database &m_database;
    std::function<qint64()> m_clock;
};

}
