#include "transcripts/htmlexport.h"

#include "transcripts/scoreboardtext.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QRegularExpression>

namespace Confer::Transcripts
{

using namespace Store;

namespace
{

// Turns highlighted lines into <span style=…> runs.
class InlineStyleHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &code)
    {
        m_out.clear();
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            state = highlightLine(m_line, state);
            if (i + 1 < lines.size()) {
                m_out += QLatin1Char('\n');
            }
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        if (format.isDefaultTextStyle(theme())) {
            m_out += text;
            return;
        }
        QStringList style;
        if (format.hasTextColor(theme())) {
            style.append(QStringLiteral("color:") + format.textColor(theme()).name());
        }
        if (format.isBold(theme())) {
            style.append(QStringLiteral("font-weight:bold"));
        }
        if (format.isItalic(theme())) {
            style.append(QStringLiteral("font-style:italic"));
        }
        if (style.isEmpty()) {
            m_out += text;
            return;
        }
        m_out += QStringLiteral("<span style=\"") + style.join(QLatin1Char(';')) + QStringLiteral("\">") + text
            + QStringLiteral("</span>");
    }

private:
    QString m_line;
    QString m_out;
};

const char *const StyleSheet = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; color: #1f2328; background: #ffffff; margin: 24px; }
h1 { font-size: 24px; margin: 0 0 8px 0; }
h2 { font-size: 16px; color: #59636e; margin: 24px 0 8px 0; border-top: 1px solid #d1d9e0; padding-top: 12px; }
table.meta th { text-align: left; color: #59636e; font-weight: normal; padding-right: 12px; }
div.system { border-left: 3px solid #d1d9e0; padding-left: 8px; color: #59636e; }
div.prompt { background: #f0f6ff; padding: 8px 12px; margin: 8px 0; }
p.who { color: #59636e; font-size: 12px; margin: 0 0 4px 0; }
table.lanes { width: 100%; border-collapse: collapse; margin: 8px 0; }
table.lanes th { text-align: left; background: #f6f8fa; border: 1px solid #d1d9e0; padding: 6px 8px; }
table.lanes td { vertical-align: top; border: 1px solid #d1d9e0; padding: 6px 8px; }
td.metrics { color: #59636e; font-size: 12px; }
table.scoreboard { border-collapse: collapse; margin: 4px 0 8px 0; font-size: 12px; }
table.scoreboard th { text-align: left; color: #59636e; font-weight: normal; border-bottom: 1px solid #d1d9e0; padding: 3px 8px; }
table.scoreboard td { border-bottom: 1px solid #d1d9e0; padding: 3px 8px; }
td.badges { font-weight: bold; }
p.agreement { color: #59636e; font-size: 12px; margin: 0 0 8px 0; }
div.derived { border: 1px solid #d1d9e0; border-left: 3px solid #8250df; padding: 6px 12px; margin: 8px 0; }
p.metrics { color: #59636e; font-size: 12px; }
div.reasoning { color: #59636e; font-style: italic; border-left: 3px solid #d1d9e0; padding-left: 8px; margin-bottom: 8px; }
p.status { color: #b42318; font-weight: bold; }
pre { background: #f6f8fa; padding: 8px; font-family: "DejaVu Sans Mono", monospace; font-size: 12px; white-space: pre-wrap; }
code { font-family: "DejaVu Sans Mono", monospace; background: #f6f8fa; }
)";

QString paragraphs(const QString &text)
{
    static const QRegularExpression inlineCode(QStringLiteral("`([^`\n]+)`"));
    static const QRegularExpression blankLines(QStringLiteral("\n[ \t]*\n"));
    QString out;
    const QStringList blocks = text.split(blankLines, Qt::SkipEmptyParts);
    for (QString block : blocks) {
        if (block.trimmed().isEmpty()) {
            continue;
        }
        while (block.startsWith(QLatin1Char('\n'))) {
            block.remove(0, 1);
        }
        while (block.endsWith(QLatin1Char('\n'))) {
            block.chop(1);
        }
        QString html = block.toHtmlEscaped();
        html.replace(inlineCode, QStringLiteral("<code>\\1</code>"));
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
        out += QStringLiteral("<p>") + html + QStringLiteral("</p>\n");
    }
    return out;
}

}

HtmlExport::HtmlExport(KSyntaxHighlighting::Repository &repository)
    : m_repository(repository)
{
}

QString HtmlExport::highlightCode(const QString &code, const QString &language) const
{
    KSyntaxHighlighting::Definition definition;
    if (!language.isEmpty()) {
        definition = m_repository.definitionForName(language);
        if (!definition.isValid()) {
            definition = m_repository.definitionForFileName(QStringLiteral("x.") + language);
        }
    }
    if (!definition.isValid()) {
        return code.toHtmlEscaped();
    }
    InlineStyleHighlighter highlighter;
    highlighter.setDefinition(definition);
    // A fixed light theme, so exports look the same whatever the desktop's colours.
    highlighter.setTheme(m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    return highlighter.highlight(code);
}

QString HtmlExport::textToHtml(const QString &text) const
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```+|~~~+)\\s*([\\w+#.-]*)\\s*$"));
    QString out;
    QString prose;
    QString code;
    QString language;
    QString fenceMarker;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (fenceMarker.isEmpty()) {
            const QRegularExpressionMatch match = fence.match(line);
            if (match.hasMatch()) {
                out += paragraphs(prose);
                prose.clear();
                fenceMarker = match.captured(1);
                language = match.captured(2);
                code.clear();
                continue;
            }
            prose += line + QLatin1Char('\n');
        } else if (line.trimmed().startsWith(fenceMarker) && line.trimmed().remove(fenceMarker.at(0)).isEmpty()) {
            out += QStringLiteral("<pre>") + highlightCode(code.chopped(code.isEmpty() ? 0 : 1), language)
                + QStringLiteral("</pre>\n");
            fenceMarker.clear();
        } else {
            code += line + QLatin1Char('\n');
        }
    }
    if (!fenceMarker.isEmpty()) { // an unclosed fence still shows its code
        out += QStringLiteral("<pre>") + highlightCode(code.chopped(code.isEmpty() ? 0 : 1), language)
            + QStringLiteral("</pre>\n");
    }
    out += paragraphs(prose);
    return out;
}

QString HtmlExport::render(const ConversationData &data, const ExportOptions &options) const
{
    const Conversation &c = data.conversation;
    const QString title = (c.title.isEmpty() ? tr("Untitled conversation") : c.title).toHtmlEscaped();
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"Confer\">\n<title>")
        + title + QStringLiteral("</title>\n<style>") + QString::fromLatin1(StyleSheet)
        + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + title + QStringLiteral("</h1>\n<table class=\"meta\">\n");
    const auto metaRow = [&out](const QString &name, const QString &value) {
        out += QStringLiteral("<tr><th>") + name.toHtmlEscaped() + QStringLiteral("</th><td>") + value.toHtmlEscaped()
            + QStringLiteral("</td></tr>\n");
    };
    metaRow(tr("Created"), Transcript::formatTime(c.createdAt));
    metaRow(tr("Updated"), Transcript::formatTime(c.updatedAt));
    const bool hidden = Transcript::hidesModels(data);
    if (hidden) {
        metaRow(tr("Models"), tr("hidden (a blind comparison, not revealed)"));
    } else {
        metaRow(tr("Models"), Transcript::models(data).join(QStringLiteral(", ")));
        if (c.blind) {
            metaRow(tr("Blind"), tr("names revealed"));
        }
    }
    if (data.lanes.size() > 1) {
        metaRow(tr("Context"),
            c.contextMode == ContextMode::Shared ? tr("shared (every model continues from the kept reply)")
                                                 : tr("independent (each model keeps its own history)"));
    }
    if (!c.tags.isEmpty()) {
        metaRow(tr("Tags"), c.tags.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("</table>\n");
    if (!c.systemPrompt.isEmpty()) {
        out += QStringLiteral("<div class=\"system\"><p class=\"who\">") + tr("System prompt").toHtmlEscaped()
            + QStringLiteral("</p>\n") + textToHtml(c.systemPrompt) + QStringLiteral("</div>\n");
    }

    const auto labelOf = [&](const Message &reply) {
        QString label = Transcript::replyLabel(data, reply);
        if (reply.chosen) {
            label += QLatin1Char(' ') + tr("(kept)");
        }
        if (Transcript::isVotedFor(data, reply.id)) {
            label += QLatin1Char(' ') + tr("(voted best)");
        }
        if (options.allBranches && !reply.active) {
            label += QLatin1Char(' ') + tr("(alternative)");
        }
        return label.toHtmlEscaped();
    };
    const auto body = [&](const Message &reply) {
        QString html;
        if (!reply.reasoning.isEmpty()) {
            html += QStringLiteral("<div class=\"reasoning\"><p class=\"who\">") + tr("Reasoning").toHtmlEscaped()
                + QStringLiteral("</p>\n") + textToHtml(reply.reasoning) + QStringLiteral("</div>\n");
        }
        html += textToHtml(reply.content);
        const QString status = Transcript::statusLine(reply);
        if (!status.isEmpty()) {
            html += QStringLiteral("<p class=\"status\">") + status.toHtmlEscaped() + QStringLiteral("</p>\n");
        }
        return html;
    };

    const bool scoreboard = ScoreboardText::shown(data, options);
    const QList<Turn> turns = Transcript::turns(data, options);
    int number = 0;
    for (const Turn &turn : turns) {
        ++number;
        QString heading = tr("Turn %1").arg(number);
        if (options.allBranches && !turn.onActiveBranch) {
            heading += QLatin1Char(' ') + tr("(other branch)");
        }
        out += QStringLiteral("<h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2>\n<div class=\"prompt\">")
            + QStringLiteral("<p class=\"who\">")
            + QString(tr("You") + QStringLiteral(" · ") + Transcript::formatTime(turn.prompt.createdAt)).toHtmlEscaped()
            + QStringLiteral("</p>\n") + textToHtml(turn.prompt.content) + QStringLiteral("</div>\n");
        QList<Message> lanes;
        QList<Message> derived;
        for (const Message &reply : turn.replies) {
            (reply.laneId && reply.kind == MessageKind::Reply ? lanes : derived).append(reply);
        }
        if (!lanes.isEmpty()) {
            const QString width = QString::number(100 / lanes.size()) + QLatin1Char('%');
            out += QStringLiteral("<table class=\"lanes\">\n<tr>");
            for (const Message &reply : std::as_const(lanes)) {
                out += QStringLiteral("<th width=\"") + width + QStringLiteral("\">") + labelOf(reply)
                    + QStringLiteral("</th>");
            }
            out += QStringLiteral("</tr>\n<tr>");
            for (const Message &reply : std::as_const(lanes)) {
                out += QStringLiteral("<td class=\"reply\">\n") + body(reply) + QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>\n");
            if (options.metrics) {
                out += QStringLiteral("<tr>");
                for (const Message &reply : std::as_const(lanes)) {
                    out += QStringLiteral("<td class=\"metrics\">")
                        + Transcript::metricsLine(reply, hidden).toHtmlEscaped() + QStringLiteral("</td>");
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        const QList<QStringList> rows = scoreboard ? ScoreboardText::rows(data, turn) : QList<QStringList>();
        if (!rows.isEmpty()) {
            out += QStringLiteral("<table class=\"scoreboard\">\n<tr>");
            for (const QString &header : ScoreboardText::headers()) {
                out += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
            }
            out += QStringLiteral("</tr>\n");
            for (const QStringList &row : rows) {
                out += QStringLiteral("<tr>");
                for (qsizetype i = 0; i < row.size(); ++i) {
                    out += (i + 1 == row.size() ? QStringLiteral("<td class=\"badges\">") : QStringLiteral("<td>"))
                        + row.at(i).toHtmlEscaped() + QStringLiteral("</td>");
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            const QString agreement = ScoreboardText::agreementLine(turn);
            if (!agreement.isEmpty()) {
                out += QStringLiteral("<p class=\"agreement\">") + agreement.toHtmlEscaped() + QStringLiteral("</p>\n");
            }
        }
        for (const Message &reply : std::as_const(derived)) {
            out += QStringLiteral("<div class=\"derived\"><p class=\"who\">") + labelOf(reply)
                + QStringLiteral("</p>\n") + body(reply);
            const QString metrics = options.metrics ? Transcript::metricsLine(reply, hidden) : QString();
            if (!metrics.isEmpty()) {
                out += QStringLiteral("<p class=\"metrics\">") + metrics.toHtmlEscaped() + QStringLiteral("</p>\n");
            }
            out += QStringLiteral("</div>\n");
        }
    }
    if (scoreboard && !turns.isEmpty()) {
        out += QStringLiteral("<h2>") + tr("Running cost").toHtmlEscaped()
            + QStringLiteral("</h2>\n<table class=\"meta\">\n");
        for (const ScoreboardText::CostLine &line : ScoreboardText::costLines(data)) {
            metaRow(line.label, line.amount);
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

}
