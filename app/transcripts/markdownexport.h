#pragma once

#include "transcripts/transcript.h"

namespace Confer::Transcripts
{

// A readable Markdown transcript: a metadata header, then each turn with the
// prompt and one section per model (its label, reasoning, text, metrics); in
// a comparison the turn's scoreboard follows, then the synthesis and
// judgement replies, and the running cost closes the file.
class MarkdownExport
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::MarkdownExport)

public:
    static QString render(const Store::ConversationData &data, const ExportOptions &options = {});
};

}
