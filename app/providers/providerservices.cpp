#include "providers/providerservices.h"

#include "providers/network/httppolicy.h"
#include "providers/protocol/protocoladapter.h"
#include "settings/settings.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace Confer
{

ProviderServices::ProviderServices(Profile profile, KeySource *keys, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(Http::createNetworkAccessManager())
    , m_keys(keys)
    , m_registry(profile)
    , m_catalog(m_network.get(), keys, profile)
{
}

ProviderServices::~ProviderServices() = default;

std::unique_ptr<ChatJob> ProviderServices::createJob(
    const ModelReference &model, ChatRequest request, ChatJobOptions options, QString *error)
{
    const auto provider = m_registry.provider(model.providerId);
    if (!provider) {
        *error = tr("Unknown provider '%1'.").arg(model.providerId);
        return nullptr;
    }
    request.model = model.model;
    if (!options.inactivityTimeout) {
        const auto storage = m_profile.openSettings();
        options.inactivityTimeout = std::chrono::seconds(Settings(*storage).inactivityTimeoutSeconds());
    }
    if (!options.pricing) {
        options.pricing = m_catalog.cachedModel(*provider, model.model);
    }
    return std::make_unique<ChatJob>(m_network.get(), m_keys, *provider,
        ProtocolAdapter::forProtocol(provider->protocol), std::move(request), std::move(options));
}

void ProviderServices::submit(ChatJob *job)
{
    m_scheduler.submit(job);
}

}
