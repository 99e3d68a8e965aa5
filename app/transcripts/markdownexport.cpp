#include "transcripts/markdownexport.h"

namespace Confer::Transcripts
{

using namespace Store;

namespace
{

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

}

QString MarkdownExport::render(const ConversationData &data, const ExportOptions &options)
{
    const Conversation &c = data.conversation;
    QString out;
    out += QStringLiteral("# ") + (c.title.isEmpty() ? tr("Untitled conversation") : c.title) + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + tr("Created: %1").arg(Transcript::formatTime(c.createdAt)) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Updated: %1").arg(Transcript::formatTime(c.updatedAt)) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Models: %1").arg(Transcript::models(data).join(QStringLiteral(", ")))
        + QLatin1Char('\n');
    if (data.lanes.size() > 1) {
        out += QStringLiteral("- ")
            + tr("Context: %1")
                  .arg(c.contextMode == ContextMode::Shared ? tr("shared (every model continues from the kept reply)")
                                                            : tr("independent (each model keeps its own history)"))
            + QLatin1Char('\n');
    }
    if (!c.tags.isEmpty()) {
        out += QStringLiteral("- ") + tr("Tags: %1").arg(c.tags.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    if (!c.systemPrompt.isEmpty()) {
        out += QStringLiteral("\n**") + tr("System prompt") + QStringLiteral("**\n\n") + quoted(c.systemPrompt)
            + QLatin1Char('\n');
    }

    const QList<Turn> turns = Transcript::turns(data, options);
    int number = 0;
    for (const Turn &turn : turns) {
        ++number;
        out += QStringLiteral("\n---\n\n## ") + tr("Turn %1").arg(number);
        if (options.allBranches && !turn.onActiveBranch) {
            out += QStringLiteral(" ") + tr("(other branch)");
        }
        out += QStringLiteral("\n\n**") + tr("You") + QStringLiteral("** · ")
            + Transcript::formatTime(turn.prompt.createdAt) + QStringLiteral("\n\n") + turn.prompt.content
            + QLatin1Char('\n');
        for (const Message &reply : turn.replies) {
            out += QStringLiteral("\n### ") + Transcript::replyLabel(data, reply);
            if (reply.chosen) {
                out += QStringLiteral(" ") + tr("(kept)");
            }
            if (options.allBranches && !reply.active) {
                out += QStringLiteral(" ") + tr("(alternative)");
            }
            out += QStringLiteral("\n\n");
            if (!reply.reasoning.isEmpty()) {
                out += QStringLiteral("> **") + tr("Reasoning") + QStringLiteral("**\n>\n") + quoted(reply.reasoning)
                    + QStringLiteral("\n\n");
            }
            if (!reply.content.isEmpty()) {
                out += reply.content + QLatin1Char('\n');
            }
            const QString status = Transcript::statusLine(reply);
            if (!status.isEmpty()) {
                out += (reply.content.isEmpty() ? QStringLiteral("**") : QStringLiteral("\n**")) + status
                    + QStringLiteral("**\n");
            }
            if (options.metrics) {
                const QString metrics = Transcript::metricsLine(reply);
                if (!metrics.isEmpty()) {
                    out += QStringLiteral("\n*") + metrics + QStringLiteral("*\n");
                }
            }
        }
    }
    return out;
}

}
