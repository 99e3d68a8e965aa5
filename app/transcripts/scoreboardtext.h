#pragma once

#include "compare/scoreboard.h"
#include "transcripts/transcript.h"

namespace Confer::Transcripts
{

// A comparison's scoreboard as the exports print it: under each turn a row
// per lane (timings, tokens, cost, finish, badges) and the agreement; at the
// end what each lane and the whole conversation cost. Lanes are named as
// Transcript names them (letters in a hidden blind comparison).
class ScoreboardText
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::ScoreboardText)

public:
    // Whether an export shows the scoreboard: several lanes, metrics asked for.
    static bool shown(const Store::ConversationData &data, const ExportOptions &options);

    static QStringList headers();
    // One row per lane reply of the turn, in the turn's order, cells as headers() names them.
    static QList<QStringList> rows(const Store::ConversationData &data, const Turn &turn);
    // "Agreement: 38% · Agreement is …"; empty with fewer than two complete replies.
    static QString agreementLine(const Turn &turn);

    struct CostLine {
        QString label;
        QString amount; // "$0.0012", "$0.0012 (some costs unknown)", "unknown"
    };
    // Each lane that answered, the synthesis and judgement replies (if any), and the total.
    static QList<CostLine> costLines(const Store::ConversationData &data);
};

}
