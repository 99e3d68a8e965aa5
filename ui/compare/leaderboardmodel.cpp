#include "compare/leaderboardmodel.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace Confer
{

namespace
{

// Names read from the left, figures line up on the right, the rank stands apart.
QVariant alignment(int column)
{
    Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter;
    if (column == LeaderboardModel::ModelColumn) {
        alignment = Qt::AlignLeft | Qt::AlignVCenter;
    } else if (column == LeaderboardModel::RankColumn) {
        alignment = Qt::AlignCenter;
    }
    return alignment.toInt();
}

}

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::setRatings(const QList<Compare::Rating> &ratings)
{
    beginResetModel();
    m_ratings = ratings;
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ratings.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Compare::Rating &rating = m_ratings.at(index.row());
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1039", as ratings are written
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return locale.toString(index.row() + 1);
        case ModelColumn:
            return rating.model;
        case EloColumn:
            return locale.toString(qlonglong(std::llround(rating.elo)));
        case WinsColumn:
            return locale.toString(rating.wins);
        case LossesColumn:
            return locale.toString(rating.losses);
        case GamesColumn:
            return locale.toString(rating.games);
        case WinRateColumn:
            return tr("%1%").arg(locale.toString(100.0 * Compare::winRate(rating), 'f', 0));
        }
        break;
    case Qt::UserRole:
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case ModelColumn:
            return rating.model;
        case EloColumn:
            return rating.elo;
        case WinsColumn:
            return rating.wins;
        case LossesColumn:
            return rating.losses;
        case GamesColumn:
            return rating.games;
        case WinRateColumn:
            return Compare::winRate(rating);
        }
        break;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case Qt::FontRole:
        if (index.column() == EloColumn) {
            QFont bold;
            bold.setWeight(QFont::DemiBold);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == ModelColumn ? QVariant(rating.model) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignment(section);
    }
    if (role == Qt::ToolTipRole && section == EloColumn) {
        return tr("Every model starts at 1000; a win over a higher-rated model gains more than one over a "
                  "lower-rated one.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case ModelColumn:
        return tr("Model");
    case EloColumn:
        return tr("Elo");
    case WinsColumn:
        return tr("Wins");
    case LossesColumn:
        return tr("Losses");
    case GamesColumn:
        return tr("Games");
    case WinRateColumn:
        return tr("Win rate");
    }
    return {};
}

}
