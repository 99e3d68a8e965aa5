#pragma once

#include "compare/scoreboard.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Confer
{

// The measured side of a comparison's turn, compact: a row per lane (label,
// time to first token, tokens/s, tokens, duration, cost, finish reason and
// badge chips), how far the replies agree (hover for the pairwise matrix and
// what the score means), and what each lane and the conversation have cost.
// Lanes are named by the labels given (models, or "A", "B"… in blind mode).
class ScoreboardBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreboardBar(QWidget *parent = nullptr);

    void setScore(const Compare::TurnScore &score, const QHash<qint64 /*laneId*/, QString> &laneLabels);
    void setRunningCost(const Compare::RunningCost &cost, const QHash<qint64, QString> &laneLabels);

    // The agreement's tooltip (rich text): the pairwise matrix and the explanation.
    QString agreementToolTip() const;
    // The running cost as shown, e.g. "Cost so far: A $0.0012 · B unknown · total $0.0012 (some costs unknown)".
    QString runningCostText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The widgets of one lane's row, kept while the row is shown: a streaming
    // turn refreshes the scoreboard as each reply finishes, and rebuilding
    // every label each time would cost a layout pass per widget.
    struct Row {
        QList<QLabel *> cells;
        QWidget *chips = nullptr;
        QStringList badgeNames;
    };

    void retranslate();
    void setRowCount(int count);
    void fillRow(
        Row &row, const Compare::LaneResult &result, const QString &label, const QList<Compare::Badge> &badges);

    QWidget *m_table = nullptr; // holds m_grid; hidden while rows are built, so the grid is laid out once
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    QList<Row> m_rows; // in the grid below its header row
    QLabel *m_empty = nullptr;
    QLabel *m_agreement = nullptr;
    QLabel *m_cost = nullptr;
};

}
