#pragma once

#include "picker/modellistmodel.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Confer
{

// The picker's view of the model list: a fuzzy search over model ids and names
// ranked best first (and the providers by their best match), and filters for
// capabilities and local or cloud. While searching, the Favourites and
// Recently used groups step aside so that each model appears once; without a
// search, providers that cannot answer (not running, no key) go last.
class ModelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Location { Any, Local, Cloud };
    Q_ENUM(Location)

    explicit ModelFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    ModelListModel::Capabilities requiredCapabilities() const { return m_required; }
    void setRequiredCapabilities(ModelListModel::Capabilities capabilities);
    Location location() const { return m_location; }
    void setLocation(Location location);
    // A search or any filter is in effect.
    bool isFiltering() const;

    // The first model row in view order, for the search box's Enter.
    QModelIndex firstModel() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Match {
        bool matched = false;
        int score = 0;
        int length = 0; // of the model's id: the shorter wins a tie
    };
    Match match(const QModelIndex &sourceIndex) const;
    int bestChildScore(const QModelIndex &sourceIndex) const;
    static int groupRank(const QModelIndex &sourceIndex);
    void refilter();

    QString m_query;
    ModelListModel::Capabilities m_required;
    Location m_location = Location::Any;
    // Matches of the current query by source row and group, filled while filtering, used while sorting.
    mutable QHash<quint64, Match> m_scores;
    // Rows the previous query did not match: a query that only adds characters cannot match them either.
    QSet<quint64> m_rejected;
    // Each provider's best score, by provider id: asked for on every comparison while sorting.
    mutable QHash<QString, int> m_bestScores;
};

}
