#pragma once

// What the reply stream and derived reply tests start from: a profile in a
// temporary directory, a loopback server standing in for OpenAI (its key comes
// from the environment), the provider services pointed at it, and a real
// SQLite store.

#include "core/profile.h"
#include "loopbackserver.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace ConferTest
{

struct StoreAndServer {
    // Empty when everything is ready, else what failed.
    QString open()
    {
        directory = std::make_unique<QTemporaryDir>();
        if (!directory->isValid()) {
            return QStringLiteral("no temporary directory");
        }
        server = std::make_unique<LoopbackServer>();
        if (!server->listen()) {
            return QStringLiteral("the loopback server does not listen");
        }
        const Confer::Profile profile = Confer::Profile::inDirectory(directory->filePath(QStringLiteral("profile")));
        if (const auto problem = profile.ensureDirectories()) {
            return *problem;
        }
        keys = std::make_unique<Confer::EnvironmentKeySource>();
        services = std::make_unique<Confer::ProviderServices>(profile, keys.get());
        if (const auto problem
            = services->registry().setBaseUrl(QStringLiteral("openai"), server->url(QStringLiteral("/v1")))) {
            return *problem;
        }
        database = std::make_unique<Confer::Store::Database>(directory->filePath(QStringLiteral("history.sqlite")));
        if (!database->open()) {
            return database->lastError().message;
        }
        store = std::make_unique<Confer::Store::ConversationStore>(*database);
        return {};
    }

    // In the order they are built, so they go in the reverse one.
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<LoopbackServer> server;
    std::unique_ptr<Confer::EnvironmentKeySource> keys;
    std::unique_ptr<Confer::ProviderServices> services;
    std::unique_ptr<Confer::Store::Database> database;
    std::unique_ptr<Confer::Store::ConversationStore> store;
};

}
