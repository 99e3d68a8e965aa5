#pragma once

#include "core/profile.h"
#include "providers/chattypes.h"
#include "providers/providerregistry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Confer
{

class KeySource;

// One provider's model list, with where it came from.
struct CatalogEntry {
    enum class Status {
        Ok,
        NoKey, // the provider needs a key and none is set
        NotRunning, // a local server that is not running
        Failed, // any other error; message says which
    };
    QString providerId;
    Status status = Status::Ok;
    QList<ModelInfo> models; // on failure, the last cached list if there is one
    QDateTime fetchedAt; // UTC, when models were fetched
    bool fromCache = false;
    QString message; // the problem in plain words; empty when Ok
};

// Each provider's models, fetched through its protocol adapter (following
// pages) and cached in the profile's cache directory with a timestamp, so
// they are listed offline until refreshed.
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    ModelCatalog(QNetworkAccessManager *network, KeySource *keys, Profile profile, QObject *parent = nullptr);

    // The cached list, unless refresh is true or there is none (or it was fetched
    // from another base URL): then the provider is asked. Ends with loaded().
    void load(const ProviderInfo &provider, bool refresh);

    std::optional<CatalogEntry> cached(const ProviderInfo &provider) const;
    std::optional<ModelInfo> cachedModel(const ProviderInfo &provider, const QString &modelId) const;

    QString cacheFilePath(const QString &providerId) const;

Q_SIGNALS:
    void loaded(const Confer::CatalogEntry &entry);

private:
    struct Fetch;
    void fetchPage(const std::shared_ptr<Fetch> &fetch);
    void complete(const std::shared_ptr<Fetch> &fetch, CatalogEntry entry);
    bool save(const ProviderInfo &provider, const CatalogEntry &entry, QString *error) const;

    QNetworkAccessManager *m_network;
    QPointer<KeySource> m_keys;
    Profile m_profile;
};

}
