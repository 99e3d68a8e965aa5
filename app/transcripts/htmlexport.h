#pragma once

#include "transcripts/transcript.h"

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Confer::Transcripts
{

// One self-contained HTML file: inline CSS, code blocks highlighted with
// KSyntaxHighlighting as inline styles, no scripts, no remote resources (a
// Content-Security-Policy says so too), every piece of text escaped. Turns
// answered by several lanes are laid out side by side, one column per model
// with its metrics underneath, then the turn's scoreboard and the synthesis
// and judgement replies; the running cost closes a comparison. Tables carry
// the layout so that the same HTML renders in QTextDocument for the PDF.
class HtmlExport
{
    Q_DECLARE_TR_FUNCTIONS(Confer::Transcripts::HtmlExport)

public:
    explicit HtmlExport(KSyntaxHighlighting::Repository &repository);

    QString render(const Store::ConversationData &data, const ExportOptions &options = {}) const;

    // Message text as HTML: fenced code blocks highlighted, the rest escaped
    // into paragraphs with inline `code`.
    QString textToHtml(const QString &text) const;
    QString highlightCode(const QString &code, const QString &language) const;

private:
    KSyntaxHighlighting::Repository &m_repository;
};

}
