#pragma once

#include "compare/elo.h"

#include <QAbstractTableModel>

namespace Confer
{

// The leaderboard's table: one row per model, best Elo first, with its rank,
// wins, losses, games and win rate. Qt::UserRole holds each cell's raw value.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, ModelColumn, EloColumn, WinsColumn, LossesColumn, GamesColumn, WinRateColumn };
    Q_ENUM(Column)
    static constexpr int ColumnCount = WinRateColumn + 1;

    explicit LeaderboardModel(QObject *parent = nullptr);

    // Ratings as eloRatings() sorts them.
    void setRatings(const QList<Compare::Rating> &ratings);
    const QList<Compare::Rating> &ratings() const { return m_ratings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Compare::Rating> m_ratings;
};

}
