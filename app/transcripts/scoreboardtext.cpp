#include "transcripts/scoreboardtext.h"

#include "compare/agreement.h"

namespace Confer::Transcripts
{

using namespace Store;

namespace
{

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

}

bool ScoreboardText::shown(const ConversationData &data, const ExportOptions &options)
{
    return options.metrics && data.lanes.size() > 1;
}

QStringList ScoreboardText::headers()
{
    return {tr("Lane"), tr("First token"), tr("Tokens/s"), tr("Output tokens"), tr("Duration"), tr("Cost"),
        tr("Finish"), tr("Badges")};
}

QList<QStringList> ScoreboardText::rows(const ConversationData &data, const Turn &turn)
{
    const Compare::TurnScore score = Compare::scoreTurn(turn.prompt, turn.replies);
    QList<QStringList> rows;
    for (const Compare::LaneResult &r : score.results) {
        QStringList row;
        row.append(Transcript::laneLabel(data, r.laneId));
        row.append(orDash(r.ttftMs ? tr("%1 ms").arg(*r.ttftMs) : QString()));
        row.append(orDash(r.tokensPerSecond ? QString::number(*r.tokensPerSecond, 'f', 1) : QString()));
        QString tokens;
        if (r.outputTokens) {
            tokens = r.tokensEstimated ? tr("%1 (estimated)").arg(*r.outputTokens) : QString::number(*r.outputTokens);
        }
        row.append(orDash(tokens));
        row.append(orDash(r.durationMs ? tr("%1 s").arg(double(*r.durationMs) / 1000.0, 0, 'f', 2) : QString()));
        row.append(orDash(r.costUsd ? Transcript::usd(*r.costUsd) : QString()));
        if (r.status != MessageStatus::Complete) {
            row.append(toText(r.status));
        } else {
            row.append(orDash(r.finishReason == FinishReason::Unknown ? QString() : toText(r.finishReason)));
        }
        QStringList badges;
        for (Compare::Badge badge : score.badges.value(r.replyId)) {
            badges.append(Compare::badgeName(badge));
        }
        row.append(orDash(badges.join(QStringLiteral(", "))));
        rows.append(row);
    }
    return rows;
}

QString ScoreboardText::agreementLine(const Turn &turn)
{
    const Compare::TurnScore score = Compare::scoreTurn(turn.prompt, turn.replies);
    if (!score.agreement) {
        return {};
    }
    return tr("Agreement: %1%").arg(qRound(*score.agreement * 100)) + QStringLiteral(" · ")
        + Compare::agreementExplanation();
}

QList<ScoreboardText::CostLine> ScoreboardText::costLines(const ConversationData &data)
{
    const Compare::RunningCost cost = Compare::runningCost(data);
    const auto amount = [](double usd, bool partial) {
        if (partial && usd == 0) {
            return tr("unknown");
        }
        return partial ? tr("%1 (some costs unknown)").arg(Transcript::usd(usd)) : Transcript::usd(usd);
    };
    QList<CostLine> lines;
    for (const Lane &lane : data.lanes) {
        if (cost.perLane.contains(lane.id)) {
            lines.append({Transcript::laneLabel(data, lane.id),
                amount(cost.perLane.value(lane.id), cost.partialLanes.contains(lane.id))});
        }
    }
    double derived = 0;
    bool anyDerived = false;
    bool derivedPartial = false;
    for (const Message &m : data.messages) {
        if (m.role == MessageRole::Assistant && !m.laneId) {
            anyDerived = true;
            derived += m.metrics.usage.costUsd.value_or(0.0);
            // As Compare::runningCost counts: a request refused before any output is free.
            derivedPartial = derivedPartial
                || (!m.metrics.usage.costUsd
                    && !(m.status == MessageStatus::Error && m.content.isEmpty()
                        && m.metrics.usage.outputTokens.value_or(0) == 0));
        }
    }
    if (anyDerived) {
        lines.append({tr("Synthesis and judgement"), amount(derived, derivedPartial)});
    }
    lines.append({tr("Total"), amount(cost.total, cost.partial)});
    return lines;
}

}
