#pragma once

#include "providers/modelcatalog.h"
#include "providers/providerregistry.h"
#include "secrets/keysource.h"

#include <QAbstractItemModel>
#include <QPointer>

class QSettings;

namespace Confer
{

class ApiKeyStore;
class ProviderServices;

// Every provider's models as a tree for the model picker: a "Favourites" and a
// "Recently used" group when they have entries, then one group per provider
// with its models. Provider groups fill in as the catalog's loads arrive and
// carry the provider's state (loading, no key, server not running, the exact
// failure). Favourites and recent models are kept in the profile's settings.
class ModelListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Favourites, Recent, Provider, Model };
    Q_ENUM(Kind)
    enum class ProviderState { Loading, Ready, NoKey, NotRunning, Failed };
    Q_ENUM(ProviderState)
    // Only what the catalog knows: a model without a listed capability is not assumed to have it.
    enum Capability {
        Vision = 0x1,
        Reasoning = 0x2,
        Tools = 0x4,
        Free = 0x8, // prices known to be zero, or a local server
        Local = 0x10,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        ModelRole, // "provider/model", model rows
        ProviderIdRole,
        ProviderNameRole,
        ModelIdRole,
        ContextLengthRole, // qint64, or invalid when unknown
        InputPriceRole, // USD per million tokens, or invalid
        OutputPriceRole,
        CapabilitiesRole, // int of Capabilities
        FavouriteRole, // bool
        ProviderStateRole, // ProviderState, provider and model rows
        StatusTextRole, // provider rows: the state in plain words (a catalog error verbatim)
        KeyStatusRole, // provider rows: where the key comes from
        AvailableRole, // bool: the provider has a key or needs none
        ModelCountRole, // provider rows
        DetailsRole, // model rows: context length and prices in short
    };

    ModelListModel(ProviderServices &services, QSettings &settings, QObject *parent = nullptr);

    // Asks the catalog for every provider's models: cached lists unless refresh. Providers
    // added or removed since the last call are picked up.
    void load(bool refresh);
    void reloadProvider(const QString &providerId);
    bool hasLoaded() const { return m_loaded; }

    QStringList favourites() const { return m_favourites; }
    bool isFavourite(const QString &model) const { return m_favourites.contains(model); }
    void setFavourite(const QString &model, bool favourite);
    QStringList recentlyUsed() const { return m_recent; }
    // Puts the model first among the recently used.
    void recordUse(const QString &model);

    QModelIndex providerIndex(const QString &providerId) const;
    // The model's row under its provider.
    QModelIndex modelIndex(const QString &model) const;
    std::optional<ModelInfo> modelInfo(const QString &model) const;

    static constexpr int MaxRecent = 5;
    // Without asking data(): for the filter, which asks for every row on every keystroke.
    static bool isModel(const QModelIndex &index) { return index.isValid() && index.internalId() != 0; }
    static bool isProviderModel(const QModelIndex &index)
    {
        return index.isValid() && index.internalId() >= FirstProviderGroup;
    }
    // "vision", "reasoning", "tools": the capabilities drawn as icons, in words.
    static QStringList capabilityNames(Capabilities capabilities);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct ProviderGroup {
        ProviderInfo info;
        ProviderState state = ProviderState::Loading;
        QString message;
        QList<ModelInfo> models; // by name
        bool fromCache = false;
        QDateTime fetchedAt;
    };
    // Stable ids of the top-level groups, kept in the children's internal ids.
    static constexpr quintptr FavouritesGroup = 1;
    static constexpr quintptr RecentGroup = 2;
    static constexpr quintptr FirstProviderGroup = 3;

    void onLoaded(const CatalogEntry &entry);
    void onKeyChanged(const QString &providerId);
    void setRefGroup(quintptr group, const QStringList &next);
    void updateRecentShown();
    void saveLists();
    int groupRow(quintptr group) const;
    quintptr groupAt(int row) const;
    int providerOffset() const;
    int providerPosition(const QString &providerId) const;
    KeyOrigin keyOrigin(const ProviderInfo &provider) const;
    bool isAvailable(const ProviderInfo &provider) const;
    QVariant providerData(const ProviderGroup &group, int role) const;
    QVariant modelData(const ProviderGroup *group, const QString &providerId, const ModelInfo &model, int role) const;
    Capabilities capabilities(const ProviderGroup *group, const ModelInfo &model) const;
    QString statusText(const ProviderGroup &group) const;
    QString keyStatus(const ProviderInfo &provider) const;
    void notifyModelChanged(const QString &model);

    ProviderServices &m_services;
    QSettings &m_settings;
    QPointer<ApiKeyStore> m_keyStore; // when the services' key source is one, for where keys come from
    QList<ProviderGroup> m_providers;
    QStringList m_favourites;
    QStringList m_recent; // most recent first, favourites included
    QStringList m_recentShown; // m_recent without favourites, at most MaxRecent
    QStringList m_favouritesShown; // the Favourites group's rows
    // Whether the groups have rows at the top level; kept apart from the lists so that a group can
    // be refilled (all rows out, new rows in) without the group itself coming and going.
    bool m_favouritesPresent = false;
    bool m_recentPresent = false;
    bool m_loaded = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ModelListModel::Capabilities)

}
