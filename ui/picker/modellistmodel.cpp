#include "picker/modellistmodel.h"

#include "providers/providerservices.h"
#include "secrets/apikeystore.h"

#include <QCollator>
#include <QLocale>
#include <QSettings>

namespace Confer
{

namespace
{
const QString FavouritesKey = QStringLiteral("picker/favourites");
const QString RecentKey = QStringLiteral("picker/recent");
constexpr int MaxRecentStored = 20;

QString contextText(qint64 tokens)
{
    if (tokens >= 1000000) {
        // Two digits: 1,048,576 tokens read as the "1M" providers advertise.
        return ModelListModel::tr("%1M context").arg(QLocale().toString(double(tokens) / 1e6, 'g', 2));
    }
    if (tokens >= 1000) {
        return ModelListModel::tr("%1K context").arg(QLocale().toString(double(tokens) / 1e3, 'g', 3));
    }
    return ModelListModel::tr("%1 context").arg(tokens);
}

QString priceText(double usdPerMillion)
{
    // Cents matter below $10, tenths of cents below a dime; whole dollars above.
    const int decimals = usdPerMillion >= 10 || usdPerMillion == int(usdPerMillion) ? 0 : usdPerMillion >= 0.1 ? 2 : 3;
    return QStringLiteral("$") + QLocale().toString(usdPerMillion, 'f', decimals);
}
}

ModelListModel::ModelListModel(ProviderServices &services, QSettings &settings, QObject *parent)
    : QAbstractItemModel(parent)
    , m_services(services)
    , m_settings(settings)
    , m_keyStore(qobject_cast<ApiKeyStore *>(services.keys()))
{
    m_favourites = m_settings.value(FavouritesKey).toStringList();
    m_favourites.removeAll(QString());
    m_favourites.removeDuplicates();
    m_recent = m_settings.value(RecentKey).toStringList();
    m_recent.removeAll(QString());
    m_recent.removeDuplicates();
    for (const ProviderInfo &info : services.registry().providers()) {
        m_providers.append({info, ProviderState::Loading, {}, {}, false, {}});
    }
    setRefGroup(FavouritesGroup, m_favourites);
    updateRecentShown();
    connect(&services.catalog(), &ModelCatalog::loaded, this, &ModelListModel::onLoaded);
    if (m_keyStore) {
        connect(m_keyStore, &ApiKeyStore::keyChanged, this, &ModelListModel::onKeyChanged);
    }
}

void ModelListModel::load(bool refresh)
{
    const QList<ProviderInfo> providers = m_services.registry().providers();
    bool sameProviders = providers.size() == m_providers.size();
    for (qsizetype i = 0; sameProviders && i < providers.size(); ++i) {
        sameProviders = providers.at(i).id == m_providers.at(i).info.id;
    }
    if (!sameProviders) {
        beginResetModel();
        m_providers.clear();
        for (const ProviderInfo &info : providers) {
            m_providers.append({info, ProviderState::Loading, {}, {}, false, {}});
        }
        endResetModel();
    }
    m_loaded = true;
    for (int i = 0; i < m_providers.size(); ++i) {
        ProviderGroup &group = m_providers[i];
        group.info = providers.at(i); // a base URL may have changed
        if (group.state != ProviderState::Loading) {
            group.state = ProviderState::Loading;
            group.message.clear();
            const QModelIndex index = this->index(providerOffset() + i, 0);
            Q_EMIT dataChanged(index, index);
        }
        m_services.catalog().load(group.info, refresh);
    }
}

void ModelListModel::reloadProvider(const QString &providerId)
{
    const int position = providerPosition(providerId);
    if (position < 0) {
        return;
    }
    ProviderGroup &group = m_providers[position];
    if (const auto info = m_services.registry().provider(providerId)) {
        group.info = *info;
    }
    group.state = ProviderState::Loading;
    group.message.clear();
    const QModelIndex index = this->index(providerOffset() + position, 0);
    Q_EMIT dataChanged(index, index);
    m_services.catalog().load(group.info, true);
}

void ModelListModel::onLoaded(const CatalogEntry &entry)
{
    const int position = providerPosition(entry.providerId);
    if (position < 0) {
        return;
    }
    ProviderGroup &group = m_providers[position];
    const QModelIndex parent = index(providerOffset() + position, 0);
    QList<ModelInfo> models = entry.models;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(models.begin(), models.end(), [&collator](const ModelInfo &a, const ModelInfo &b) {
        return collator.compare(
                   a.displayName.isEmpty() ? a.id : a.displayName, b.displayName.isEmpty() ? b.id : b.displayName)
            < 0;
    });
    if (!group.models.isEmpty()) {
        beginRemoveRows(parent, 0, int(group.models.size()) - 1);
        group.models.clear();
        endRemoveRows();
    }
    switch (entry.status) {
    case CatalogEntry::Status::Ok:
        group.state = ProviderState::Ready;
        break;
    case CatalogEntry::Status::NoKey:
        group.state = ProviderState::NoKey;
        break;
    case CatalogEntry::Status::NotRunning:
        group.state = ProviderState::NotRunning;
        break;
    case CatalogEntry::Status::Failed:
        group.state = ProviderState::Failed;
        break;
    }
    group.message = entry.message;
    group.fromCache = entry.fromCache;
    group.fetchedAt = entry.fetchedAt;
    if (!models.isEmpty()) {
        beginInsertRows(parent, 0, int(models.size()) - 1);
        group.models = models;
        endInsertRows();
    }
    Q_EMIT dataChanged(parent, parent);
    // Favourites and recent models of this provider now have their details.
    for (const quintptr pseudo : {FavouritesGroup, RecentGroup}) {
        const int row = groupRow(pseudo);
        if (row < 0) {
            continue;
        }
        const QModelIndex groupIndex = index(row, 0);
        const int count = rowCount(groupIndex);
        if (count > 0) {
            Q_EMIT dataChanged(index(0, 0, groupIndex), index(count - 1, 0, groupIndex));
        }
    }
}

void ModelListModel::onKeyChanged(const QString &providerId)
{
    const int position = providerPosition(providerId);
    if (position < 0) {
        return;
    }
    const ProviderGroup &group = m_providers.at(position);
    // A key that arrives for a provider that had none: its models can be listed now.
    if (group.state == ProviderState::NoKey && isAvailable(group.info)) {
        reloadProvider(providerId);
        return;
    }
    const QModelIndex parent = index(providerOffset() + position, 0);
    Q_EMIT dataChanged(parent, parent);
    if (!group.models.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0, parent), index(int(group.models.size()) - 1, 0, parent));
    }
}

void ModelListModel::setFavourite(const QString &model, bool favourite)
{
    if (model.isEmpty() || isFavourite(model) == favourite) {
        return;
    }
    if (favourite) {
        m_favourites.append(model);
    } else {
        m_favourites.removeAll(model);
    }
    setRefGroup(FavouritesGroup, m_favourites);
    updateRecentShown();
    saveLists();
    notifyModelChanged(model);
}

void ModelListModel::recordUse(const QString &model)
{
    if (model.isEmpty()) {
        return;
    }
    m_recent.removeAll(model);
    m_recent.prepend(model);
    while (m_recent.size() > MaxRecentStored) {
        m_recent.removeLast();
    }
    updateRecentShown();
    saveLists();
}

void ModelListModel::updateRecentShown()
{
    QStringList next;
    for (const QString &model : std::as_const(m_recent)) {
        if (!m_favourites.contains(model) && next.size() < MaxRecent) {
            next.append(model);
        }
    }
    setRefGroup(RecentGroup, next);
}

void ModelListModel::saveLists()
{
    m_settings.setValue(FavouritesKey, m_favourites);
    m_settings.setValue(RecentKey, m_recent);
}

void ModelListModel::setRefGroup(quintptr group, const QStringList &next)
{
    QStringList &shown = group == FavouritesGroup ? m_favouritesShown : m_recentShown;
    bool &present = group == FavouritesGroup ? m_favouritesPresent : m_recentPresent;
    if (shown == next) {
        return;
    }
    if (!present) {
        // The group row appears with its children.
        const int row = group == FavouritesGroup ? 0 : (m_favouritesPresent ? 1 : 0);
        beginInsertRows({}, row, row);
        shown = next;
        present = true;
        endInsertRows();
        return;
    }
    const int row = groupRow(group);
    if (next.isEmpty()) {
        beginRemoveRows({}, row, row);
        shown.clear();
        present = false;
        endRemoveRows();
        return;
    }
    const QModelIndex parent = index(row, 0);
    beginRemoveRows(parent, 0, int(shown.size()) - 1);
    shown.clear();
    endRemoveRows();
    beginInsertRows(parent, 0, int(next.size()) - 1);
    shown = next;
    endInsertRows();
}

void ModelListModel::notifyModelChanged(const QString &model)
{
    const QModelIndex row = modelIndex(model);
    if (row.isValid()) {
        Q_EMIT dataChanged(row, row, {FavouriteRole});
    }
}

int ModelListModel::groupRow(quintptr group) const
{
    if (group == FavouritesGroup) {
        return m_favouritesPresent ? 0 : -1;
    }
    if (group == RecentGroup) {
        return m_recentPresent ? (m_favouritesPresent ? 1 : 0) : -1;
    }
    return providerOffset() + int(group - FirstProviderGroup);
}

quintptr ModelListModel::groupAt(int row) const
{
    if (m_favouritesPresent) {
        if (row == 0) {
            return FavouritesGroup;
        }
        --row;
    }
    if (m_recentPresent) {
        if (row == 0) {
            return RecentGroup;
        }
        --row;
    }
    return FirstProviderGroup + quintptr(row);
}

int ModelListModel::providerOffset() const
{
    return (m_favouritesPresent ? 1 : 0) + (m_recentPresent ? 1 : 0);
}

int ModelListModel::providerPosition(const QString &providerId) const
{
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).info.id == providerId) {
            return i;
        }
    }
    return -1;
}

QModelIndex ModelListModel::providerIndex(const QString &providerId) const
{
    const int position = providerPosition(providerId);
    return position < 0 ? QModelIndex() : index(providerOffset() + position, 0);
}

QModelIndex ModelListModel::modelIndex(const QString &model) const
{
    const auto reference = ModelReference::parse(model);
    if (!reference) {
        return {};
    }
    const int position = providerPosition(reference->providerId);
    if (position < 0) {
        return {};
    }
    const QList<ModelInfo> &models = m_providers.at(position).models;
    for (int row = 0; row < models.size(); ++row) {
        if (models.at(row).id == reference->model) {
            return index(row, 0, index(providerOffset() + position, 0));
        }
    }
    return {};
}

std::optional<ModelInfo> ModelListModel::modelInfo(const QString &model) const
{
    const auto reference = ModelReference::parse(model);
    if (!reference) {
        return std::nullopt;
    }
    const int position = providerPosition(reference->providerId);
    if (position < 0) {
        return std::nullopt;
    }
    for (const ModelInfo &info : m_providers.at(position).models) {
        if (info.id == reference->model) {
            return info;
        }
    }
    return std::nullopt;
}

KeyOrigin ModelListModel::keyOrigin(const ProviderInfo &provider) const
{
    const KeyRequest request {provider.id, provider.keyEnvironmentVariables};
    return m_keyStore ? m_keyStore->origin(request) : EnvironmentKeySource::fromEnvironment(request).origin;
}

bool ModelListModel::isAvailable(const ProviderInfo &provider) const
{
    return !provider.needsKey() || keyOrigin(provider) != KeyOrigin::None;
}

QString ModelListModel::keyStatus(const ProviderInfo &provider) const
{
    const KeyOrigin origin = keyOrigin(provider);
    if (origin == KeyOrigin::None && !provider.needsKey()) {
        return provider.local ? tr("local server") : QString();
    }
    return ApiKeyStore::describe(origin);
}

QString ModelListModel::statusText(const ProviderGroup &group) const
{
    if (!isAvailable(group.info)) {
        return tr("No API key");
    }
    switch (group.state) {
    case ProviderState::Loading:
        return tr("Loading models…");
    case ProviderState::Ready:
        if (group.models.isEmpty()) {
            return tr("No models listed");
        }
        // translations/confer_en.ts gives English its "%n model" / "%n models".
        return group.info.local ? tr("%n model(s), running", nullptr, int(group.models.size()))
                                : tr("%n model(s)", nullptr, int(group.models.size()));
    case ProviderState::NoKey:
    case ProviderState::NotRunning:
    case ProviderState::Failed:
        if (group.fromCache && !group.models.isEmpty() && group.fetchedAt.isValid()) {
            return tr("%1 Showing the list from %2.")
                .arg(group.message, QLocale().toString(group.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        }
        return group.message;
    }
    return {};
}

ModelListModel::Capabilities ModelListModel::capabilities(const ProviderGroup *group, const ModelInfo &model) const
{
    Capabilities result;
    if (model.inputModalities.contains(QLatin1String("image"))) {
        result |= Vision;
    }
    if (model.supportedParameters.contains(QLatin1String("reasoning"))
        || model.supportedParameters.contains(QLatin1String("include_reasoning"))
        || model.supportedParameters.contains(QLatin1String("reasoning_effort"))) {
        result |= Reasoning;
    }
    if (model.supportedParameters.contains(QLatin1String("tools"))) {
        result |= Tools;
    }
    const bool local = group && group->info.local;
    if (local) {
        result |= Local;
    }
    if (local
        || (model.inputUsdPerMillionTokens && model.outputUsdPerMillionTokens && *model.inputUsdPerMillionTokens == 0
            && *model.outputUsdPerMillionTokens == 0)) {
        result |= Free;
    }
    return result;
}

QStringList ModelListModel::capabilityNames(Capabilities capabilities)
{
    QStringList names;
    if (capabilities.testFlag(Vision)) {
        names.append(tr("vision"));
    }
    if (capabilities.testFlag(Reasoning)) {
        names.append(tr("reasoning"));
    }
    if (capabilities.testFlag(Tools)) {
        names.append(tr("tools"));
    }
    return names;
}

QModelIndex ModelListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0 || row >= rowCount(parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, quintptr(0));
    }
    return createIndex(row, column, groupAt(parent.row()));
}

QModelIndex ModelListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const int row = groupRow(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return providerOffset() + int(m_providers.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    const quintptr group = groupAt(parent.row());
    if (group == FavouritesGroup) {
        return int(m_favouritesShown.size());
    }
    if (group == RecentGroup) {
        return int(m_recentShown.size());
    }
    const qsizetype position = qsizetype(group - FirstProviderGroup);
    return position < m_providers.size() ? int(m_providers.at(position).models.size()) : 0;
}

int ModelListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ModelListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (index.internalId() != 0) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    // Group headers are skipped by the arrow keys, except a provider with something to do (add a key, retry).
    const quintptr group = groupAt(index.row());
    if (group >= FirstProviderGroup) {
        const ProviderGroup &provider = m_providers.at(qsizetype(group - FirstProviderGroup));
        if (!isAvailable(provider.info) || provider.state == ProviderState::NotRunning
            || provider.state == ProviderState::Failed || provider.state == ProviderState::NoKey) {
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        }
    }
    return Qt::NoItemFlags;
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const quintptr group = groupAt(index.row());
        if (group == FavouritesGroup || group == RecentGroup) {
            switch (role) {
            case Qt::DisplayRole:
            case Qt::AccessibleTextRole:
                return group == FavouritesGroup ? tr("Favourites") : tr("Recently used");
            case KindRole:
                return QVariant::fromValue(group == FavouritesGroup ? Kind::Favourites : Kind::Recent);
            default:
                return {};
            }
        }
        return providerData(m_providers.at(qsizetype(group - FirstProviderGroup)), role);
    }
    const quintptr group = index.internalId();
    if (group >= FirstProviderGroup) {
        const ProviderGroup &provider = m_providers.at(qsizetype(group - FirstProviderGroup));
        return modelData(&provider, provider.info.id, provider.models.at(index.row()), role);
    }
    const QString model = (group == FavouritesGroup ? m_favouritesShown : m_recentShown).at(index.row());
    const auto reference = ModelReference::parse(model);
    const QString providerId = reference ? reference->providerId : QString();
    const int position = providerPosition(providerId);
    const ProviderGroup *provider = position < 0 ? nullptr : &m_providers.at(position);
    ModelInfo info;
    info.id = reference ? reference->model : model;
    if (provider) {
        for (const ModelInfo &candidate : provider->models) {
            if (candidate.id == info.id) {
                info = candidate;
                break;
            }
        }
    }
    return modelData(provider, providerId, info, role);
}

QVariant ModelListModel::providerData(const ProviderGroup &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case ProviderNameRole:
        return group.info.displayName;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(group.info.displayName, statusText(group));
    case Qt::ToolTipRole:
        return statusText(group);
    case KindRole:
        return QVariant::fromValue(Kind::Provider);
    case ProviderIdRole:
        return group.info.id;
    case ProviderStateRole:
        return QVariant::fromValue(group.state);
    case StatusTextRole:
        return statusText(group);
    case KeyStatusRole:
        return keyStatus(group.info);
    case AvailableRole:
        return isAvailable(group.info);
    case ModelCountRole:
        return int(group.models.size());
    case CapabilitiesRole:
        return group.info.local ? int(Local | Free) : 0;
    default:
        return {};
    }
}

QVariant ModelListModel::modelData(
    const ProviderGroup *group, const QString &providerId, const ModelInfo &model, int role) const
{
    // The filter asks for a few roles of every row on every keystroke: those come first, without building strings.
    switch (role) {
    case Qt::DisplayRole:
        return model.displayName.isEmpty() ? model.id : model.displayName;
    case ModelIdRole:
        return model.id;
    case ProviderIdRole:
        return providerId;
    case CapabilitiesRole:
        return int(capabilities(group, model));
    case KindRole:
        return QVariant::fromValue(Kind::Model);
    default:
        break;
    }
    const QString reference = providerId + QLatin1Char('/') + model.id;
    const QString name = model.displayName.isEmpty() ? model.id : model.displayName;
    switch (role) {
    case Qt::ToolTipRole: {
        QString tip = reference;
        const QString details = modelData(group, providerId, model, DetailsRole).toString();
        if (!details.isEmpty()) {
            tip += QLatin1Char('\n') + details;
        }
        const QStringList names = capabilityNames(capabilities(group, model));
        if (!names.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Supports %1").arg(names.join(QStringLiteral(", ")));
        }
        if (model.inputUsdPerMillionTokens && model.outputUsdPerMillionTokens) {
            tip += QLatin1Char('\n')
                + tr("Input %1, output %2 per million tokens")
                      .arg(priceText(*model.inputUsdPerMillionTokens), priceText(*model.outputUsdPerMillionTokens));
        }
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QStringList parts {name, reference};
        const QString details = modelData(group, providerId, model, DetailsRole).toString();
        if (!details.isEmpty()) {
            parts.append(details);
        }
        parts.append(capabilityNames(capabilities(group, model)));
        if (isFavourite(reference)) {
            parts.append(tr("favourite"));
        }
        if (group && !isAvailable(group->info)) {
            parts.append(tr("no API key"));
        }
        return parts.join(QStringLiteral(", "));
    }
    case ModelRole:
        return reference;
    case ProviderNameRole:
        return group ? group->info.displayName : providerId;
    case ContextLengthRole:
        return model.contextLength ? QVariant(*model.contextLength) : QVariant();
    case InputPriceRole:
        return model.inputUsdPerMillionTokens ? QVariant(*model.inputUsdPerMillionTokens) : QVariant();
    case OutputPriceRole:
        return model.outputUsdPerMillionTokens ? QVariant(*model.outputUsdPerMillionTokens) : QVariant();
    case FavouriteRole:
        return isFavourite(reference);
    case ProviderStateRole:
        return QVariant::fromValue(group ? group->state : ProviderState::Failed);
    case AvailableRole:
        return group && isAvailable(group->info);
    case DetailsRole: {
        QStringList parts;
        if (model.contextLength) {
            parts.append(contextText(*model.contextLength));
        }
        if (model.inputUsdPerMillionTokens && model.outputUsdPerMillionTokens) {
            if (*model.inputUsdPerMillionTokens == 0 && *model.outputUsdPerMillionTokens == 0) {
                parts.append(tr("free"));
            } else if (*model.inputUsdPerMillionTokens >= 0 && *model.outputUsdPerMillionTokens >= 0) {
                parts.append(tr("%1 / %2 per M")
                        .arg(priceText(*model.inputUsdPerMillionTokens), priceText(*model.outputUsdPerMillionTokens)));
            }
        }
        if (group && group->info.local) {
            parts.prepend(tr("local"));
        }
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

}
