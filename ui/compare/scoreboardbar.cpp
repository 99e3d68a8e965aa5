#include "compare/scoreboardbar.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace Confer
{

using namespace Compare;

namespace
{

// A badge as a small rounded chip, coloured from the palette so it reads in
// light and dark schemes alike.
class BadgeChip : public QLabel
{
public:
    BadgeChip(const QString &text, QWidget *parent)
        : QLabel(text, parent)
    {
        setContentsMargins(7, 2, 7, 2);
        setAccessibleName(text);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        setFont(small);
        setForegroundRole(QPalette::Text);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor accent = palette().color(QPalette::Highlight);
        QColor fill = palette().color(QPalette::Base);
        // A fifth of the accent over the page: a tint, with the text colour still readable on it.
        fill.setRgbF(fill.redF() * 0.8f + accent.redF() * 0.2f, fill.greenF() * 0.8f + accent.greenF() * 0.2f,
            fill.blueF() * 0.8f + accent.blueF() * 0.2f);
        painter.setPen(QPen(accent, 1));
        painter.setBrush(fill);
        const qreal radius = height() / 2.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter.end();
        QLabel::paintEvent(event);
    }
};

QString seconds(qint64 ms)
{
    return ScoreboardBar::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

QString usd(double amount)
{
    return ScoreboardBar::tr("$%1").arg(QLocale().toString(amount, 'f', amount < 0.01 ? 4 : 3));
}

QString finishText(const LaneResult &r)
{
    switch (r.status) {
    case Store::MessageStatus::Streaming:
        return ScoreboardBar::tr("Writing…");
    case Store::MessageStatus::Cancelled:
        return ScoreboardBar::tr("Stopped");
    case Store::MessageStatus::Interrupted:
        return ScoreboardBar::tr("Interrupted");
    case Store::MessageStatus::Error:
        return ScoreboardBar::tr("Failed");
    case Store::MessageStatus::Complete:
        break;
    }
    switch (r.finishReason) {
    case FinishReason::Stop:
        return ScoreboardBar::tr("Finished");
    case FinishReason::Length:
        return ScoreboardBar::tr("Length limit");
    case FinishReason::ContentFilter:
        return ScoreboardBar::tr("Content filter");
    case FinishReason::ToolCall:
        return ScoreboardBar::tr("Tool call");
    case FinishReason::Error:
        return ScoreboardBar::tr("Failed");
    case FinishReason::Cancelled:
        return ScoreboardBar::tr("Stopped");
    case FinishReason::Unknown:
        break;
    }
    return ScoreboardBar::tr("Finished");
}

QString labelFor(const QHash<qint64, QString> &labels, qint64 laneId)
{
    const QString label = labels.value(laneId);
    return label.isEmpty() ? ScoreboardBar::tr("Lane %1").arg(laneId) : label;
}

QStringList badgeNames(const QList<Badge> &badges)
{
    QStringList names;
    for (Badge badge : badges) {
        names.append(badgeName(badge));
    }
    return names;
}

QString percent(double share)
{
    return ScoreboardBar::tr("%1%").arg(qRound(share * 100));
}

}

ScoreboardBar::ScoreboardBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);

    m_table = new QWidget(this);
    m_grid = new QGridLayout(m_table);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(2);
    constexpr int Columns = 8;
    for (int column = 0; column < Columns; ++column) {
        auto *header = new QLabel(m_table);
        m_headers.append(header);
        header->setForegroundRole(QPalette::PlaceholderText);
        QFont small = header->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        header->setFont(small);
        m_grid->addWidget(header, 0, column, column > 0 && column < 6 ? Qt::AlignRight : Qt::AlignLeft);
    }
    m_grid->setColumnStretch(Columns - 1, 1);
    layout->addWidget(m_table);

    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty);

    m_agreement = new QLabel(this);
    m_agreement->setTextFormat(Qt::PlainText);
    m_agreement->setCursor(Qt::WhatsThisCursor);
    m_agreement->setFocusPolicy(Qt::TabFocus); // keyboard users reach the explanation too
    m_agreement->hide();
    m_cost = new QLabel(this);
    m_cost->setTextFormat(Qt::PlainText);
    m_cost->setWordWrap(true); // many lanes make a long line; it wraps rather than widening the bar
    m_cost->setForegroundRole(QPalette::PlaceholderText);
    m_cost->hide();
    layout->addWidget(m_agreement);
    layout->addWidget(m_cost);
    retranslate();
}

void ScoreboardBar::retranslate()
{
    setAccessibleName(tr("Scoreboard"));
    const QStringList headers {
        tr("Lane"), tr("TTFT"), tr("Tokens/s"), tr("Tokens"), tr("Duration"), tr("Cost"), tr("Finish"), tr("Badges")};
    for (qsizetype column = 0; column < headers.size(); ++column) {
        m_headers.at(column)->setText(headers.at(column));
    }
    m_empty->setText(tr("No replies to measure yet."));
    m_cost->setAccessibleName(tr("Running cost"));
}

void ScoreboardBar::changeEvent(QEvent *event)
{
    // The rows are written by whoever sets the score, in the language of the moment.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScoreboardBar::setRowCount(int count)
{
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        qDeleteAll(row.cells);
        delete row.chips;
    }
    while (m_rows.size() < count) {
        const int gridRow = int(m_rows.size()) + 1; // below the headers
        Row row;
        for (int column = 0; column < 7; ++column) {
            auto *cell = new QLabel(m_table);
            cell->setTextFormat(Qt::PlainText);
            if (column == 0) {
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_grid->addWidget(cell, gridRow, column, column > 0 && column < 6 ? Qt::AlignRight : Qt::AlignLeft);
            cell->show(); // at once (m_table is hidden meanwhile): a layout would show it only later
            row.cells.append(cell);
        }
        row.chips = new QWidget(m_table);
        // As tall without badges as with them: the bar keeps its height when a turn's badges come.
        row.chips->setMinimumHeight(BadgeChip(QStringLiteral("M"), row.chips).sizeHint().height());
        auto *chipLayout = new QHBoxLayout(row.chips);
        chipLayout->setContentsMargins(0, 0, 0, 0);
        chipLayout->setSpacing(4);
        chipLayout->addStretch(1);
        m_grid->addWidget(row.chips, gridRow, 7);
        row.chips->show();
        m_rows.append(row);
    }
}

void ScoreboardBar::fillRow(Row &row, const LaneResult &r, const QString &label, const QList<Badge> &badges)
{
    const QLocale locale;
    const QString dash = QStringLiteral("–");
    const QString approx = r.tokensEstimated ? QStringLiteral("≈") : QString();
    const QStringList values {
        label,
        r.ttftMs ? seconds(*r.ttftMs) : dash,
        r.tokensPerSecond ? approx + locale.toString(*r.tokensPerSecond, 'f', 1) : dash,
        r.outputTokens ? approx + locale.toString(*r.outputTokens) : dash,
        r.durationMs ? seconds(*r.durationMs) : dash,
        r.costUsd ? usd(*r.costUsd) : dash,
        finishText(r),
    };
    const QStringList spoken {tr("Lane"), tr("Time to first token"), tr("Tokens per second"),
        r.tokensEstimated ? tr("Output tokens, estimated") : tr("Output tokens"), tr("Duration"), tr("Cost"),
        tr("Finish")};
    for (int column = 0; column < values.size(); ++column) {
        QLabel *cell = row.cells.at(column);
        cell->setText(values.at(column));
        const bool estimated = r.tokensEstimated && (column == 2 || column == 3);
        cell->setToolTip(
            estimated ? tr("Estimated: the provider reported no token count, so Confer counted.") : QString());
        if (column == 6) {
            // Not a finished reply: it takes no badge.
            cell->setForegroundRole(
                r.status != Store::MessageStatus::Complete ? QPalette::BrightText : QPalette::WindowText);
        }
        cell->setAccessibleName(
            label + QStringLiteral(", ") + spoken.at(column) + QStringLiteral(": ") + values.at(column));
    }
    const QStringList names = badgeNames(badges);
    if (names != row.badgeNames) {
        auto *chipLayout = static_cast<QHBoxLayout *>(row.chips->layout());
        // The chips are the layout's items before its closing stretch.
        while (chipLayout->count() > 1) {
            QLayoutItem *item = chipLayout->takeAt(0);
            delete item->widget();
            delete item;
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            auto *chip = new BadgeChip(names.at(i), row.chips);
            chipLayout->insertWidget(int(i), chip);
            chip->show();
        }
        row.badgeNames = names;
    }
    row.chips->setAccessibleName(label + QStringLiteral(", ") + tr("Badges") + QStringLiteral(": ")
        + (names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
}

void ScoreboardBar::setScore(const TurnScore &score, const QHash<qint64, QString> &laneLabels)
{
    // New rows or chips are built out of sight: showing each widget in a
    // visible grid would lay the whole bar out again, once per widget.
    bool rebuilding = m_rows.size() != score.results.size();
    for (qsizetype i = 0; !rebuilding && i < score.results.size(); ++i) {
        rebuilding = badgeNames(score.badges.value(score.results.at(i).replyId)) != m_rows.at(i).badgeNames;
    }
    const bool tableShown = rebuilding && !m_table->isHidden();
    if (tableShown) {
        m_table->hide();
    }
    setRowCount(int(score.results.size()));
    QHash<qint64, QString> replyLabels;
    for (qsizetype i = 0; i < score.results.size(); ++i) {
        const LaneResult &r = score.results.at(i);
        const QString label = labelFor(laneLabels, r.laneId);
        replyLabels.insert(r.replyId, label);
        fillRow(m_rows[i], r, label, score.badges.value(r.replyId));
    }
    if (tableShown) {
        m_table->show();
    }
    m_empty->setVisible(score.results.isEmpty());

    if (!score.agreement) {
        // While the replies stream the line is kept, with a dash: the bar keeps
        // its height when the figure comes, rather than shrinking every pane.
        m_agreement->setText(tr("Agreement %1").arg(QStringLiteral("–")));
        m_agreement->setAccessibleName(m_agreement->text());
        m_agreement->setToolTip(
            tr("Measured once two replies have finished.") + QLatin1Char(' ') + agreementExplanation());
        m_agreement->setAccessibleDescription(m_agreement->toolTip());
        m_agreement->setVisible(!score.results.isEmpty());
        return;
    }
    m_agreement->setText(tr("Agreement %1").arg(percent(*score.agreement)));
    m_agreement->setAccessibleName(m_agreement->text());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>");
    const AgreementMatrix &m = score.matrix;
    for (qint64 id : m.replyIds) {
        html += QStringLiteral("<th>") + replyLabels.value(id).toHtmlEscaped() + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    QStringList spokenPairs;
    for (qsizetype i = 0; i < m.replyIds.size(); ++i) {
        html += QStringLiteral("<tr><th align=\"left\">") + replyLabels.value(m.replyIds.at(i)).toHtmlEscaped()
            + QStringLiteral("</th>");
        for (qsizetype j = 0; j < m.replyIds.size(); ++j) {
            html += QStringLiteral("<td align=\"right\">")
                + (i == j ? QStringLiteral("–") : percent(m.scores.at(i).at(j))) + QStringLiteral("</td>");
            if (j > i) {
                spokenPairs.append(tr("%1 and %2: %3")
                        .arg(replyLabels.value(m.replyIds.at(i)), replyLabels.value(m.replyIds.at(j)),
                            percent(m.scores.at(i).at(j))));
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>") + agreementExplanation().toHtmlEscaped() + QStringLiteral("</p>");
    m_agreement->setToolTip(html);
    m_agreement->setAccessibleDescription(
        agreementExplanation() + QLatin1Char(' ') + spokenPairs.join(QStringLiteral("; ")));
    m_agreement->show();
}

void ScoreboardBar::setRunningCost(const RunningCost &cost, const QHash<qint64, QString> &laneLabels)
{
    const auto amount = [](double usdAmount, bool partial) {
        if (partial && usdAmount == 0) {
            return tr("unknown");
        }
        return partial ? tr("%1 or more").arg(usd(usdAmount)) : usd(usdAmount);
    };
    QList<qint64> lanes = cost.perLane.keys();
    // By lane id: the order the lanes were added.
    std::sort(lanes.begin(), lanes.end());
    QStringList parts;
    for (qint64 lane : std::as_const(lanes)) {
        parts.append(labelFor(laneLabels, lane) + QLatin1Char(' ')
            + amount(cost.perLane.value(lane), cost.partialLanes.contains(lane)));
    }
    parts.append(tr("total %1").arg(amount(cost.total, cost.partial)));
    QString text = tr("Cost so far: %1").arg(parts.join(QStringLiteral(" · ")));
    if (cost.partial) {
        text += QLatin1Char(' ') + tr("(some costs unknown)");
    }
    m_cost->setText(text);
    m_cost->setToolTip(cost.partial ? tr("Some replies came without a cost: local models, or providers that do "
                                         "not report one. The sums count only the known costs.")
                                    : QString());
    m_cost->setAccessibleDescription(text);
    m_cost->setVisible(!cost.perLane.isEmpty() || cost.total > 0);
}

QString ScoreboardBar::agreementToolTip() const
{
    return m_agreement->toolTip();
}

QString ScoreboardBar::runningCostText() const
{
    return m_cost->text();
}

}
