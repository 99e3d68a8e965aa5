#include "compare/elo.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Confer::Compare
{

namespace
{

// The chance the Elo model gives a player rated `rating` against one rated `opponent`.
double expectedScore(double rating, double opponent)
{
    return 1.0 / (1.0 + std::pow(10.0, (opponent - rating) / 400.0));
}

}

QList<Rating> eloRatings(const QList<Store::ComparisonStore::Outcome> &outcomes, double k, double initial)
{
    QList<Rating> ratings;
    QHash<QString, qsizetype> indexOf;
    const auto player = [&](const QString &model) -> Rating & {
        auto it = indexOf.constFind(model);
        if (it == indexOf.cend()) {
            it = indexOf.insert(model, ratings.size());
            ratings.append(Rating {model, initial, 0, 0, 0});
        }
        return ratings[*it];
    };
    // Before a model's first game, without listing it yet.
    const auto ratingOf = [&](const QString &model) {
        const auto it = indexOf.constFind(model);
        return it == indexOf.cend() ? initial : ratings.at(*it).elo;
    };

    QHash<QString, double> change;
    for (const Store::ComparisonStore::Outcome &outcome : outcomes) {
        if (outcome.winner.isEmpty()) {
            continue;
        }
        change.clear();
        const double winnerBefore = ratingOf(outcome.winner);
        for (const QString &loser : outcome.losers) {
            if (loser.isEmpty() || loser == outcome.winner) {
                continue;
            }
            const double gain = k * (1.0 - expectedScore(winnerBefore, ratingOf(loser)));
            change[outcome.winner] += gain;
            change[loser] -= gain;
            Rating &won = player(outcome.winner);
            ++won.wins;
            ++won.games;
            Rating &lost = player(loser);
            ++lost.losses;
            ++lost.games;
        }
        for (auto it = change.cbegin(); it != change.cend(); ++it) {
            player(it.key()).elo += it.value();
        }
    }

    std::sort(ratings.begin(), ratings.end(), [](const Rating &a, const Rating &b) {
        if (a.elo != b.elo) {
            return a.elo > b.elo;
        }
        if (a.games != b.games) {
            return a.games > b.games;
        }
        return a.model < b.model;
    });
    return ratings;
}

double winRate(const Rating &rating)
{
    return rating.games > 0 ? double(rating.wins) / rating.games : 0.0;
}

}
