#include "secrets/profilekeys.h"

#include "core/appidentity.h"

#include <QSettings>

namespace Confer
{

ProfileKeys::ProfileKeys(const Profile &profile)
    : m_settings(profile.openSettings())
    , m_keychain(std::make_unique<KeychainStore>(AppIdentity::appId()))
    , m_store(std::make_unique<ApiKeyStore>(*m_keychain, *m_settings, profile.scopeId()))
{
}

ProfileKeys::~ProfileKeys() = default;

}
