#pragma once

#include "store/comparisonstore.h"

#include <QList>
#include <QString>

namespace Confer::Compare
{

// A model's standing on the leaderboard of blind votes.
struct Rating {
    QString model;
    double elo = 0;
    int wins = 0;
    int losses = 0;
    int games = 0;
};

// Elo ratings from blind votes, replayed in the order given (oldest first, as
// ComparisonStore::blindOutcomes lists them): each vote is a game won by the
// voted model against each other finished reply of its turn. The games of one
// vote are rated from the standings before it, so the order of its losers does
// not matter. A model that meets itself (two lanes of one model) plays no game.
// Sorted best first; equal ratings by more games, then by name.
QList<Rating> eloRatings(const QList<Store::ComparisonStore::Outcome> &outcomes, double k = 32, double initial = 1000);

// The share of a rating's games it won, in [0, 1]; 0 before any game.
double winRate(const Rating &rating);

}
