#pragma once

#include "transcripts/transcript.h"

#include <QJsonObject>

namespace Confer::Transcripts
{

// Confer's JSON transcript, version 2. One file holds one or many conversations:
//
// { "format": "confer-conversations", "version": 2, "exportedAt": ISO-8601,
//   "conversations": [ {
//     "uuid": string (stable; a second import of the same uuid is skipped),
//     "title", "systemPrompt": string, "createdAt", "updatedAt": ISO-8601 UTC,
//     "pinned", "archived": bool, "tags": [string],
//     "contextMode": "independent" | "shared",
//     "blind": bool (lanes shown as A, B, C… with their models hidden),
//     "revealed": bool (a blind comparison whose names the user has seen),
//     "viewState": string (the comparison view's layout, its own JSON; "" for defaults),
//     "activeLeaf": key of the last prompt of the active branch, or null,
//     "lanes": [ { "key": int, "position": int, "model": "PROVIDER/MODEL",
//                  "systemPrompt": string, "temperature": number|null,
//                  "maxOutputTokens": int|null, "reasoningEffort": "default"|"low"|"medium"|"high",
//                  "removedAt": ISO-8601|null } ],
//     "messages": [ { "key": int, "parent": key|null, "lane": key|null,
//                     "role": "user"|"assistant",
//                     "kind": "reply"|"synthesis"|"judgement" (replies: a lane's answer, with a
//                             lane; synthesis and judgement: written about a turn, lane null),
//                     "content": string, "reasoning": string,
//                     "status": "complete"|"streaming"|"cancelled"|"interrupted"|"error",
//                     "model": string, "active": bool, "chosen": bool, "rating": int|null,
//                     "createdAt": ISO-8601,
//                     "error": null | { "kind", "httpStatus", "message", "code", "retryAfterMs" },
//                     "metrics": { "ttftMs", "durationMs", "inputTokens", "outputTokens",
//                                  "reasoningTokens", "tokensEstimated", "costUsd",
//                                  "finishReason", "requestId", "answeredModel" } } ],
//     "votes": [ { "turn": key of a prompt, "reply": key of the reply voted best,
//                  "blind": bool (cast while the names were hidden), "createdAt": ISO-8601 } ] } ] }
//
// Keys only link messages and lanes within one conversation; parents come
// before their children. Exports made without reasoning or metrics leave those
// fields out. A blind conversation that is not revealed names no model: lanes'
// and replies' "model" hold the lane's letter ("A", "B", …; "" for synthesis
// and judgement) and "answeredModel" and "requestId" are empty. A reader
// refuses a version newer than its own; version 1 files (no kind, blind,
// revealed, viewState or votes) read as replies of a conversation that is not
// blind.
class JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::JsonFormat)

public:
    static constexpr int Version = 2;
    static constexpr QLatin1StringView FormatName {"confer-conversations"};

    static QJsonObject conversationToJson(const Store::ConversationData &data, const ExportOptions &options = {});
    // The whole file, indented, for one or many conversations.
    static QByteArray render(
        const QList<Store::ConversationData> &conversations, qint64 exportedAt, const ExportOptions &options = {});

    // Reads one conversation object; ids in the result are the file's keys.
    // On failure returns nullopt with *error naming the JSON path.
    static std::optional<Store::ConversationData> conversationFromJson(
        const QJsonObject &object, const QString &path, QString *error);

    static QString isoTime(qint64 msecsSinceEpoch);
    static std::optional<qint64> parseTime(const QJsonValue &value);
};

}
