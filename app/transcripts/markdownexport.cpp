#include "transcripts/markdownexport.h"

#include "transcripts/scoreboardtext.h"

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
    const bool hidden = Transcript::hidesModels(data);
    QString out;
    out += QStringLiteral("# ") + (c.title.isEmpty() ? tr("Untitled conversation") : c.title) + QStringLiteral("\n\n");
    out += QStringLiteral("- ") + tr("Created: %1").arg(Transcript::formatTime(c.createdAt)) + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Updated: %1").arg(Transcript::formatTime(c.updatedAt)) + QLatin1Char('\n');
    if (hidden) {
        out += QStringLiteral("- ") + tr("Models: hidden (a blind comparison, not revealed)") + QLatin1Char('\n');
    } else {
        out += QStringLiteral("- ") + tr("Models: %1").arg(Transcript::models(data).join(QStringLiteral(", ")))
            + QLatin1Char('\n');
        if (c.blind) {
            out += QStringLiteral("- ") + tr("Blind comparison, names revealed") + QLatin1Char('\n');
        }
    }
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

    const auto section = [&](const Message &reply) {
        out += QStringLiteral("\n### ") + Transcript::replyLabel(data, reply);
        if (reply.chosen) {
            out += QStringLiteral(" ") + tr("(kept)");
        }
        if (Transcript::isVotedFor(data, reply.id)) {
            out += QStringLiteral(" ") + tr("(voted best)");
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
            const QString metrics = Transcript::metricsLine(reply, hidden);
            if (!metrics.isEmpty()) {
                out += QStringLiteral("\n*") + metrics + QStringLiteral("*\n");
            }
        }
    };
    const auto tableRow = [](const QStringList &cells) {
        return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };

    const bool scoreboard = ScoreboardText::shown(data, options);
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
            if (reply.laneId && reply.kind == MessageKind::Reply) {
                section(reply);
            }
        }
        const QList<QStringList> rows = scoreboard ? ScoreboardText::rows(data, turn) : QList<QStringList>();
        if (!rows.isEmpty()) {
            const QStringList headers = ScoreboardText::headers();
            out += QStringLiteral("\n**") + tr("Scoreboard") + QStringLiteral("**\n\n") + tableRow(headers)
                + tableRow(QStringList(headers.size(), QStringLiteral("---")));
            for (const QStringList &row : rows) {
                out += tableRow(row);
            }
            const QString agreement = ScoreboardText::agreementLine(turn);
            if (!agreement.isEmpty()) {
                out += QStringLiteral("\n*") + agreement + QStringLiteral("*\n");
            }
        }
        for (const Message &reply : turn.replies) {
            if (!reply.laneId || reply.kind != MessageKind::Reply) {
                section(reply);
            }
        }
    }
    if (scoreboard && !turns.isEmpty()) {
        out += QStringLiteral("\n---\n\n## ") + tr("Running cost") + QStringLiteral("\n\n");
        for (const ScoreboardText::CostLine &line : ScoreboardText::costLines(data)) {
            out += QStringLiteral("- ") + line.label + QStringLiteral(": ") + line.amount + QLatin1Char('\n');
        }
    }
    return out;
}

}
