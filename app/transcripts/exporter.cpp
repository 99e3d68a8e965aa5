#include "transcripts/exporter.h"

#include "transcripts/htmlexport.h"
#include "transcripts/jsonformat.h"
#include "transcripts/markdownexport.h"
#include "transcripts/pdfexport.h"

#include <KSyntaxHighlighting/Repository>

namespace Confer::Transcripts
{

QByteArray renderConversation(
    const Store::ConversationData &data, Format format, qint64 exportedAt, const ExportOptions &options)
{
    switch (format) {
    case Format::Markdown:
        return MarkdownExport::render(data, options).toUtf8();
    case Format::Json:
        return JsonFormat::render({data}, exportedAt, options);
    case Format::Html:
    case Format::Pdf:
        break;
    }
    KSyntaxHighlighting::Repository repository;
    const QString html = HtmlExport(repository).render(data, options);
    return format == Format::Html ? html.toUtf8() : PdfExport::render(html, data.conversation.title);
}

std::optional<Format> formatForSuffix(const QString &suffix)
{
    const QString lower = suffix.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    if (lower == QLatin1String("html") || lower == QLatin1String("htm")) {
        return Format::Html;
    }
    if (lower == QLatin1String("json")) {
        return Format::Json;
    }
    if (lower == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    return std::nullopt;
}

}
