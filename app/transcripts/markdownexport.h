#pragma once

#include "transcripts/transcript.h"

namespace Confer::Transcripts
{

// A readable Markdown transcript: a metadata header, then each turn with the
// prompt and one section per model (its label, reasoning, text, metrics).
class MarkdownExport
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::MarkdownExport)

public:
    static QString render(const Store::ConversationData &data, const ExportOptions &options = {});
};

}
