#pragma once

#include "core/profile.h"
#include "secrets/apikeystore.h"
#include "secrets/secretstore.h"

#include <memory>

class QSettings;

namespace Confer
{

// One profile's API key store with what it stands on: the system keychain
// under the application id, and the profile's settings for the index. For a
// command-line command or a composition root that needs keys for a profile:
//     ProfileKeys keys(context.profile);
//     ModelCatalog catalog(network, &keys.store(), context.profile);
class ProfileKeys
{
public:
    explicit ProfileKeys(const Profile &profile);
    ~ProfileKeys();

    ApiKeyStore &store() { return *m_store; }
    KeychainStore &keychain() { return *m_keychain; }
    QSettings &settings() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ApiKeyStore> m_store;
};

}
