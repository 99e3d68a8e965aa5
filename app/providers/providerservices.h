#pragma once

#include "core/profile.h"
#include "providers/modelcatalog.h"
#include "providers/network/chatjob.h"
#include "providers/network/streamscheduler.h"
#include "providers/providerregistry.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Confer
{

class KeySource;

// The provider layer's long-lived parts, made once by a composition root (the
// window, or a command-line command) and handed to whatever asks models things:
// one network manager, the registry, the scheduler and the model catalog.
class ProviderServices : public QObject
{
    Q_OBJECT

public:
    // keys is not owned and must outlive this object.
    ProviderServices(Profile profile, KeySource *keys, QObject *parent = nullptr);
    ~ProviderServices() override;

    QNetworkAccessManager *network() const { return m_network.get(); }
    KeySource *keys() const { return m_keys; }
    ProviderRegistry &registry() { return m_registry; }
    StreamScheduler &scheduler() { return m_scheduler; }
    ModelCatalog &catalog() { return m_catalog; }

    // A job asking model for request, with catalog prices for its cost; nullptr and
    // *error when the provider is unknown. Start it with submit(). The profile's
    // settings are read for each job, so a change applies to the next answer:
    // the provider's base URL, headers and stream limit (ProviderRegistry), and
    // the inactivity timeout unless options sets one.
    std::unique_ptr<ChatJob> createJob(
        const ModelReference &model, ChatRequest request, ChatJobOptions options, QString *error);
    // Starts the job now or queues it behind its provider's other streams.
    void submit(ChatJob *job);

private:
    Profile m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    KeySource *m_keys;
    ProviderRegistry m_registry;
    StreamScheduler m_scheduler;
    ModelCatalog m_catalog;
};

}
