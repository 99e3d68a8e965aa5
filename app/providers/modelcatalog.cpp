#include "providers/modelcatalog.h"

#include "providers/network/chatjob.h"
#include "providers/network/httppolicy.h"
#include "providers/protocol/protocoladapter.h"
#include "secrets/keysource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

namespace Confer
{

namespace
{

constexpr int cacheFormatVersion = 1;
constexpr int maxPages = 100;

QJsonObject toJson(const ModelInfo &model)
{
    QJsonObject object {{QStringLiteral("id"), model.id}, {QStringLiteral("displayName"), model.displayName}};
    if (model.contextLength) {
        object.insert(QStringLiteral("contextLength"), double(*model.contextLength));
    }
    if (model.inputUsdPerMillionTokens) {
        object.insert(QStringLiteral("inputUsdPerMillionTokens"), *model.inputUsdPerMillionTokens);
    }
    if (model.outputUsdPerMillionTokens) {
        object.insert(QStringLiteral("outputUsdPerMillionTokens"), *model.outputUsdPerMillionTokens);
    }
    object.insert(QStringLiteral("inputModalities"), QJsonArray::fromStringList(model.inputModalities));
    object.insert(QStringLiteral("supportedParameters"), QJsonArray::fromStringList(model.supportedParameters));
    return object;
}

ModelInfo fromJson(const QJsonObject &object)
{
    ModelInfo model;
    model.id = object.value(QLatin1String("id")).toString();
    model.displayName = object.value(QLatin1String("displayName")).toString();
    if (object.contains(QLatin1String("contextLength"))) {
        model.contextLength = qint64(object.value(QLatin1String("contextLength")).toDouble());
    }
    if (object.contains(QLatin1String("inputUsdPerMillionTokens"))) {
        model.inputUsdPerMillionTokens = object.value(QLatin1String("inputUsdPerMillionTokens")).toDouble();
    }
    if (object.contains(QLatin1String("outputUsdPerMillionTokens"))) {
        model.outputUsdPerMillionTokens = object.value(QLatin1String("outputUsdPerMillionTokens")).toDouble();
    }
    for (const QJsonValue &value : object.value(QLatin1String("inputModalities")).toArray()) {
        model.inputModalities.append(value.toString());
    }
    for (const QJsonValue &value : object.value(QLatin1String("supportedParameters")).toArray()) {
        model.supportedParameters.append(value.toString());
    }
    return model;
}

}

struct ModelCatalog::Fetch {
    ProviderInfo provider;
    QString apiKey;
    QString pageToken;
    int pages = 0;
    QList<ModelInfo> models;
};

ModelCatalog::ModelCatalog(QNetworkAccessManager *network, KeySource *keys, Profile profile, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_keys(keys)
    , m_profile(std::move(profile))
{
}

QString ModelCatalog::cacheFilePath(const QString &providerId) const
{
    return m_profile.cacheDirectory() + QStringLiteral("/models/") + providerId + QStringLiteral(".json");
}

std::optional<CatalogEntry> ModelCatalog::cached(const ProviderInfo &provider) const
{
    QFile file(cacheFilePath(provider.id));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("version")).toInt() != cacheFormatVersion
        || QUrl(root.value(QLatin1String("baseUrl")).toString()) != provider.baseUrl) {
        return std::nullopt; // another format, or listed by a server the provider no longer points at
    }
    CatalogEntry entry;
    entry.providerId = provider.id;
    entry.fromCache = true;
    entry.fetchedAt = QDateTime::fromString(root.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
        entry.models.append(fromJson(value.toObject()));
    }
    return entry;
}

std::optional<ModelInfo> ModelCatalog::cachedModel(const ProviderInfo &provider, const QString &modelId) const
{
    if (const auto entry = cached(provider)) {
        for (const ModelInfo &model : entry->models) {
            if (model.id == modelId) {
                return model;
            }
        }
    }
    return std::nullopt;
}

bool ModelCatalog::save(const ProviderInfo &provider, const CatalogEntry &entry, QString *error) const
{
    if (!QDir().mkpath(m_profile.cacheDirectory() + QStringLiteral("/models"))) {
        *error = tr("Could not create %1.").arg(m_profile.cacheDirectory());
        return false;
    }
    QJsonArray models;
    for (const ModelInfo &model : entry.models) {
        models.append(toJson(model));
    }
    const QJsonObject root {{QStringLiteral("version"), cacheFormatVersion}, {QStringLiteral("provider"), provider.id},
        {QStringLiteral("baseUrl"), provider.baseUrl.toString()},
        {QStringLiteral("fetchedAt"), entry.fetchedAt.toString(Qt::ISODateWithMs)}, {QStringLiteral("models"), models}};
    QSaveFile file(cacheFilePath(provider.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void ModelCatalog::load(const ProviderInfo &provider, bool refresh)
{
    if (!refresh) {
        if (auto entry = cached(provider)) {
            QMetaObject::invokeMethod(this, [this, entry = *entry] { Q_EMIT loaded(entry); }, Qt::QueuedConnection);
            return;
        }
    }
    auto fetch = std::make_shared<Fetch>();
    fetch->provider = provider;
    const auto withKey = [this, fetch](const KeyResult &key) {
        fetch->apiKey = key.key;
        if (fetch->apiKey.isEmpty() && fetch->provider.needsKey()) {
            CatalogEntry entry;
            entry.status = CatalogEntry::Status::NoKey;
            entry.message
                = tr("No API key for %1. Set %2.")
                      .arg(fetch->provider.displayName, fetch->provider.keyEnvironmentVariables.join(tr(" or ")));
            complete(fetch, entry);
            return;
        }
        fetchPage(fetch);
    };
    if (!m_keys) {
        QMetaObject::invokeMethod(this, [withKey] { withKey({}); }, Qt::QueuedConnection);
        return;
    }
    m_keys->lookup({provider.id, provider.keyEnvironmentVariables}, this, withKey);
}

void ModelCatalog::fetchPage(const std::shared_ptr<Fetch> &fetch)
{
    const ProtocolAdapter &adapter = ProtocolAdapter::forProtocol(fetch->provider.protocol);
    const HttpRequestSpec spec = adapter.modelsRequest(
        {fetch->provider.id, fetch->provider.baseUrl, fetch->apiKey, fetch->provider.extraHeaders}, fetch->pageToken);
    qCDebug(lcProviders).noquote() << fetch->provider.id << spec.method << Http::redactedUrl(spec.url)
                                   << Http::redactedHeaders(spec.headers);
    Http::RequestOptions options;
    options.inactivityTimeout = std::chrono::seconds(30);
    QNetworkReply *reply = m_network->sendCustomRequest(Http::buildRequest(spec, options), spec.method, spec.body);
    connect(reply, &QNetworkReply::redirected, this, [reply, url = spec.url](const QUrl &target) {
        // A model list is not worth a second request without credentials: follow only within the host.
        if (Http::isSameOrigin(url, url.resolved(target))) {
            reply->redirectAllowed();
        } else {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, fetch, &adapter] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        CatalogEntry entry;
        if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
            const bool refused = reply->error() == QNetworkReply::ConnectionRefusedError;
            const QUrl url = reply->url();
            if (refused && fetch->provider.local) {
                entry.status = CatalogEntry::Status::NotRunning;
                entry.message = tr("%1 is not running on %2:%3.")
                                    .arg(fetch->provider.displayName, url.host())
                                    .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
            } else {
                entry.status = CatalogEntry::Status::Failed;
                entry.message = tr("Could not reach %1: %2").arg(fetch->provider.displayName, reply->errorString());
            }
            complete(fetch, entry);
            return;
        }
        if (status >= 400) {
            RawHeaders headers;
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                headers.append({name.toLower(), value});
            }
            entry.status = CatalogEntry::Status::Failed;
            entry.message = ChatJob::describeError(adapter.parseHttpError(status, headers, body), fetch->provider);
            complete(fetch, entry);
            return;
        }
        QString error;
        const ModelPage page = adapter.parseModels(body, &error);
        if (!error.isEmpty()) {
            entry.status = CatalogEntry::Status::Failed;
            entry.message
                = tr("%1 sent a model list Confer could not read: %2").arg(fetch->provider.displayName, error);
            complete(fetch, entry);
            return;
        }
        fetch->models.append(page.models);
        ++fetch->pages;
        if (!page.nextPageToken.isEmpty() && page.nextPageToken != fetch->pageToken && fetch->pages < maxPages) {
            fetch->pageToken = page.nextPageToken;
            fetchPage(fetch);
            return;
        }
        entry.models = fetch->models;
        entry.fetchedAt = QDateTime::currentDateTimeUtc();
        complete(fetch, entry);
    });
}

void ModelCatalog::complete(const std::shared_ptr<Fetch> &fetch, CatalogEntry entry)
{
    entry.providerId = fetch->provider.id;
    if (entry.status == CatalogEntry::Status::Ok) {
        QString error;
        if (!save(fetch->provider, entry, &error)) {
            qCWarning(lcProviders).noquote() << error;
        }
    } else if (auto previous = cached(fetch->provider)) {
        entry.models = previous->models;
        entry.fetchedAt = previous->fetchedAt;
        entry.fromCache = true;
    }
    Q_EMIT loaded(entry);
}

}
