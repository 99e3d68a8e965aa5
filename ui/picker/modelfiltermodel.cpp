#include "picker/modelfiltermodel.h"

#include "picker/fuzzymatch.h"

namespace Confer
{

namespace
{
using Kind = ModelListModel::Kind;

Kind kindOf(const QModelIndex &index)
{
    return index.data(ModelListModel::KindRole).value<Kind>();
}
}

ModelFilterModel::ModelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void ModelFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    // Cached scores belong to rows that may have changed.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_scores.clear(); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_scores.clear(); });
    sort(0);
}

void ModelFilterModel::setQuery(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified == m_query) {
        return;
    }
    m_query = simplified;
    refilter();
}

void ModelFilterModel::setRequiredCapabilities(ModelListModel::Capabilities capabilities)
{
    if (capabilities == m_required) {
        return;
    }
    m_required = capabilities;
    refilter();
}

void ModelFilterModel::setLocation(Location location)
{
    if (location == m_location) {
        return;
    }
    m_location = location;
    refilter();
}

void ModelFilterModel::refilter()
{
    m_scores.clear();
    invalidate();
}

bool ModelFilterModel::isFiltering() const
{
    return !m_query.isEmpty() || m_required != ModelListModel::Capabilities() || m_location != Location::Any;
}

QModelIndex ModelFilterModel::firstModel() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex group = index(row, 0);
        if (rowCount(group) > 0) {
            return index(0, 0, group);
        }
    }
    return {};
}

std::optional<int> ModelFilterModel::matchScore(const QModelIndex &sourceIndex) const
{
    if (m_query.isEmpty()) {
        return 0;
    }
    const QString reference = sourceIndex.data(ModelListModel::ModelRole).toString();
    const auto cached = m_scores.constFind(reference);
    if (cached != m_scores.cend()) {
        return *cached;
    }
    const QString modelId = sourceIndex.data(ModelListModel::ModelIdRole).toString();
    const QString name = sourceIndex.data(Qt::DisplayRole).toString();
    // The provider's id counts too, so that "openrouter sonnet" narrows to one provider.
    const QString providerId = sourceIndex.data(ModelListModel::ProviderIdRole).toString();
    const auto score = Fuzzy::scoreWords(m_query, {QStringView(modelId), QStringView(name), QStringView(providerId)});
    m_scores.insert(reference, score);
    return score;
}

bool ModelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (kindOf(index)) {
    case Kind::Favourites:
    case Kind::Recent:
        return false; // shown when one of their models is
    case Kind::Provider:
        return !isFiltering(); // with a filter, shown when one of its models is
    case Kind::Model:
        break;
    }
    if (!m_query.isEmpty() && kindOf(sourceParent) != Kind::Provider) {
        return false;
    }
    const auto capabilities
        = ModelListModel::Capabilities::fromInt(index.data(ModelListModel::CapabilitiesRole).toInt());
    if ((capabilities & m_required) != m_required) {
        return false;
    }
    if ((m_location == Location::Local && !capabilities.testFlag(ModelListModel::Local))
        || (m_location == Location::Cloud && capabilities.testFlag(ModelListModel::Local))) {
        return false;
    }
    return matchScore(index).has_value();
}

int ModelFilterModel::groupRank(const QModelIndex &sourceIndex)
{
    switch (kindOf(sourceIndex)) {
    case Kind::Favourites:
        return 0;
    case Kind::Recent:
        return 1;
    case Kind::Model:
        return 2;
    case Kind::Provider:
        break;
    }
    if (!sourceIndex.data(ModelListModel::AvailableRole).toBool()) {
        return 4;
    }
    const auto state = sourceIndex.data(ModelListModel::ProviderStateRole).value<ModelListModel::ProviderState>();
    if (state == ModelListModel::ProviderState::NotRunning
        || (state == ModelListModel::ProviderState::NoKey && sourceIndex.model()->rowCount(sourceIndex) == 0)) {
        return 3;
    }
    return 2;
}

int ModelFilterModel::bestChildScore(const QModelIndex &sourceIndex) const
{
    int best = std::numeric_limits<int>::min();
    const int rows = sourceModel()->rowCount(sourceIndex);
    for (int row = 0; row < rows; ++row) {
        const auto score = matchScore(sourceModel()->index(row, 0, sourceIndex));
        if (score) {
            best = std::max(best, *score);
        }
    }
    return best;
}

bool ModelFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Kind kind = kindOf(left);
    if (kind == Kind::Model) {
        const Kind group = kindOf(left.parent());
        if (m_query.isEmpty() || group != Kind::Provider) {
            return left.row() < right.row();
        }
        const int a = matchScore(left).value_or(std::numeric_limits<int>::min());
        const int b = matchScore(right).value_or(std::numeric_limits<int>::min());
        if (a != b) {
            return a > b;
        }
        // Equal matches: the shorter name is the closer one.
        const qsizetype lengthA = left.data(ModelListModel::ModelIdRole).toString().size();
        const qsizetype lengthB = right.data(ModelListModel::ModelIdRole).toString().size();
        return lengthA != lengthB ? lengthA < lengthB : left.row() < right.row();
    }
    if (!m_query.isEmpty() && kind == Kind::Provider && kindOf(right) == Kind::Provider) {
        const int a = bestChildScore(left);
        const int b = bestChildScore(right);
        if (a != b) {
            return a > b;
        }
    }
    const int rankA = groupRank(left);
    const int rankB = groupRank(right);
    return rankA != rankB ? rankA < rankB : left.row() < right.row();
}

}
