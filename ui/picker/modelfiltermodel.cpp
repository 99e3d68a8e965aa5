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
    // Cached scores belong to rows that may change; the "about to" signals come before this proxy re-sorts.
    const auto forget = [this] {
        m_scores.clear();
        m_bestScores.clear();
        m_rejected.clear();
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    sort(0);
}

void ModelFilterModel::setQuery(const QString &query)
{
    const QString simplified = query.simplified();
    if (simplified == m_query) {
        return;
    }
    // Typing on narrows the list: what did not match stays out without being scored again.
    const bool narrower = !m_query.isEmpty() && simplified.startsWith(m_query);
    if (narrower) {
        for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
            if (!it->matched) {
                m_rejected.insert(it.key());
            }
        }
    } else {
        m_rejected.clear();
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
    m_bestScores.clear();
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

ModelFilterModel::Match ModelFilterModel::match(const QModelIndex &sourceIndex) const
{
    const quint64 key = (quint64(sourceIndex.internalId()) << 32) | quint32(sourceIndex.row());
    const auto cached = m_scores.constFind(key);
    if (cached != m_scores.cend()) {
        return *cached;
    }
    if (m_rejected.contains(key)) {
        return {};
    }
    const QString modelId = sourceIndex.data(ModelListModel::ModelIdRole).toString();
    Match result;
    result.length = int(modelId.size());
    if (m_query.isEmpty()) {
        result.matched = true;
    } else {
        const QString name = sourceIndex.data(Qt::DisplayRole).toString();
        // The provider's id counts too, so that "openrouter sonnet" narrows to one provider.
        const QString providerId = sourceIndex.data(ModelListModel::ProviderIdRole).toString();
        const auto score
            = Fuzzy::scoreWords(m_query, {QStringView(modelId), QStringView(name), QStringView(providerId)});
        result.matched = score.has_value();
        result.score = score.value_or(0);
    }
    m_scores.insert(key, result);
    return result;
}

bool ModelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!ModelListModel::isModel(index)) {
        // Favourites and Recently used show when one of their models does; a provider always
        // without a filter, and with one when one of its models matches.
        return kindOf(index) == Kind::Provider && !isFiltering();
    }
    if (!m_query.isEmpty() && !ModelListModel::isProviderModel(index)) {
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
    return match(index).matched;
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
    const QString providerId = sourceIndex.data(ModelListModel::ProviderIdRole).toString();
    const auto cached = m_bestScores.constFind(providerId);
    if (cached != m_bestScores.cend()) {
        return *cached;
    }
    int best = std::numeric_limits<int>::min();
    const int rows = sourceModel()->rowCount(sourceIndex);
    for (int row = 0; row < rows; ++row) {
        const Match found = match(sourceModel()->index(row, 0, sourceIndex));
        if (found.matched) {
            best = std::max(best, found.score);
        }
    }
    m_bestScores.insert(providerId, best);
    return best;
}

bool ModelFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (ModelListModel::isModel(left)) {
        if (m_query.isEmpty() || !ModelListModel::isProviderModel(left)) {
            return left.row() < right.row();
        }
        const Match a = match(left);
        const Match b = match(right);
        if (a.score != b.score) {
            return a.score > b.score;
        }
        // Equal matches: the shorter id is the closer one.
        return a.length != b.length ? a.length < b.length : left.row() < right.row();
    }
    const Kind kind = kindOf(left);
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
