#pragma once

// Shared by the exporters: which messages a transcript shows, and how times
// and metrics read.

#include "store/storetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Confer::Transcripts
{

enum class Format { Markdown, Html, Json, Pdf };

struct ExportOptions {
    bool reasoning = true; // include reasoning text
    bool metrics = true; // include timings, tokens, cost, finish reason
    bool allBranches = false; // every edited prompt and regenerated reply, not just the active branch
};

// One prompt and the replies shown under it (one per lane, or every sibling
// with allBranches), in lane order, then the replies written about them
// (synthesis, judgement).
struct Turn {
    Store::Message prompt;
    QList<Store::Message> replies;
    bool onActiveBranch = true;
};

class Transcript
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::Transcript)

public:
    static QList<Turn> turns(const Store::ConversationData &data, const ExportOptions &options);

    // "2023-11-14 22:13 UTC"
    static QString formatTime(qint64 msecsSinceEpoch);
    // A blind comparison whose names the user has not seen: its lanes go by
    // letters and no model is named anywhere in an export.
    static bool hidesModels(const Store::ConversationData &data);
    // "A", "B", … "Z", "AA", … by lane position.
    static QString laneLetter(const Store::ConversationData &data, qint64 laneId);
    // What a lane is called in an export: its model, or its letter when hidden.
    static QString laneLabel(const Store::ConversationData &data, qint64 laneId);
    // The lane's model as shown above a reply, e.g. "openai/gpt-4o" (the lane's
    // letter in a hidden blind comparison); "Synthesis by MODEL" or "Judgement
    // by MODEL" for replies written about a turn.
    static QString replyLabel(const Store::ConversationData &data, const Store::Message &reply);
    // "1.20 s · first token 120 ms · 10 in, 400 out tokens (estimated) · $0.0012 · stop · gpt-4o-2024-08-06";
    // without the answering model when hideModel.
    static QString metricsLine(const Store::Message &reply, bool hideModel = false);
    // "$0.00019": US dollars with the digits that matter.
    static QString usd(double amount);
    static bool isVotedFor(const Store::ConversationData &data, qint64 replyId);
    // Empty for complete replies; otherwise e.g. "Interrupted" or "Error: rate limited (HTTP 429): Slow down".
    static QString statusLine(const Store::Message &reply);
    static QStringList models(const Store::ConversationData &data);
};

}
