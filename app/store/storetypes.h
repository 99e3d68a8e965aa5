#pragma once

// What the conversation store holds, as plain values. Times are milliseconds
// since the epoch (UTC); ids are the database's row ids.

#include "providers/chattypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Confer::Store
{

// independent: each lane continues from its own replies.
// shared: each lane continues from the reply marked `chosen` at every turn.
enum class ContextMode { Independent, Shared };

enum class MessageRole { User, Assistant };

enum class MessageStatus { Streaming, Complete, Cancelled, Interrupted, Error };

// reply: a lane's answer. synthesis / judgement: written about a turn's
// replies by a model the user picked, outside the lanes (no laneId).
enum class MessageKind { Reply, Synthesis, Judgement };

struct Lane {
    qint64 id = 0;
    qint64 conversationId = 0;
    int position = 0;
    QString model; // PROVIDER/MODEL
    QString systemPrompt; // empty: the conversation's default
    std::optional<double> temperature;
    std::optional<int> maxOutputTokens;
    ReasoningEffort reasoning = ReasoningEffort::Default;
    std::optional<qint64> removedAt; // removed lanes stay for the history they hold

    QString provider() const { return model.section(QLatin1Char('/'), 0, 0); }
};

struct ReplyMetrics {
    std::optional<qint64> ttftMs;
    std::optional<qint64> durationMs;
    TokenUsage usage;
    bool tokensEstimated = false; // counted locally because the provider reported none
    FinishReason finishReason = FinishReason::Unknown;
    QString requestId;
    QString answeredModel; // the model the provider says answered
};

struct Message {
    qint64 id = 0;
    qint64 conversationId = 0;
    std::optional<qint64> parentId; // user turns: the previous user turn; replies: their user turn
    std::optional<qint64> laneId; // replies only
    MessageRole role = MessageRole::User;
    MessageKind kind = MessageKind::Reply;
    QString content;
    QString reasoning;
    MessageStatus status = MessageStatus::Complete;
    std::optional<ProviderError> error;
    ReplyMetrics metrics;
    QString model; // the lane's model when the reply was requested
    bool active = true; // the reply shown for its lane and turn (among regenerated siblings)
    bool chosen = false; // the kept reply of its turn (shared mode)
    std::optional<int> rating;
    qint64 createdAt = 0;
    QStringList criteria; // a judgement's, as it was asked (empty: another kind, or not known)
};

struct Conversation {
    qint64 id = 0;
    QString uuid;
    QString title;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool pinned = false;
    bool archived = false;
    QString systemPrompt;
    ContextMode contextMode = ContextMode::Independent;
    bool blind = false; // lanes shown as A, B, C… with their models hidden
    bool revealed = false; // a blind comparison whose names the user has seen
    QString viewState; // the comparison view's layout (its own JSON; empty: defaults)
    std::optional<qint64> activeLeafId; // the last user turn of the active branch
    std::optional<qint64> deletedAt; // set while in the trash
    QStringList tags;
};

// A summary row for lists.
struct ConversationSummary {
    qint64 id = 0;
    QString title;
    qint64 updatedAt = 0;
    qint64 messageCount = 0;
    QStringList models;
    bool pinned = false;
};

// A vote for the best reply of a turn.
struct Vote {
    qint64 turnId = 0;
    qint64 replyId = 0;
    bool blind = false; // cast while the model names were hidden
    qint64 createdAt = 0;
};

// A conversation with everything in it, for showing and exporting.
struct ConversationData {
    Conversation conversation;
    QList<Lane> lanes; // by position, removed ones included
    QList<Message> messages; // every branch, in creation order
    QList<Vote> votes;
};

// What one lane would send next: its system prompt and its message history.
struct LaneContext {
    QString systemPrompt;
    QList<ChatMessage> messages;
};

QString toText(ContextMode mode);
ContextMode contextModeFromString(const QString &text);
QString toText(MessageKind kind);
MessageKind messageKindFromString(const QString &text);
QString toText(MessageStatus status);
MessageStatus messageStatusFromString(const QString &text);
QString toText(FinishReason reason);
FinishReason finishReasonFromString(const QString &text);
QString toText(ErrorKind kind);
ErrorKind errorKindFromString(const QString &text);
QString toText(ReasoningEffort effort);
ReasoningEffort reasoningEffortFromString(const QString &text);

}
