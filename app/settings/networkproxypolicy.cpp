#include "settings/networkproxypolicy.h"

#include "secrets/apikeystore.h"
#include "secrets/secretstore.h"
#include "settings/settings.h"

#include <QNetworkProxyFactory>

namespace Confer
{

NetworkProxyPolicy::NetworkProxyPolicy(
    Settings &settings, SecretStore &keychain, const QString &scopeId, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_scopeId(scopeId)
{
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        switch (key) {
        case Settings::Key::ProxyMode:
        case Settings::Key::ProxyHost:
        case Settings::Key::ProxyPort:
        case Settings::Key::ProxyUser:
            apply();
            break;
        default:
            break;
        }
    });
}

void NetworkProxyPolicy::apply()
{
    const quint64 generation = ++m_generation;
    const Settings::ProxyMode mode = m_settings.proxyMode();
    if (mode == Settings::ProxyMode::System) {
        // setApplicationProxy() would switch the system configuration off again.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        Q_EMIT applied({});
        return;
    }
    if (mode == Settings::ProxyMode::None || m_settings.proxyUser().isEmpty()) {
        install(m_settings.networkProxy());
        Q_EMIT applied({});
        return;
    }
    m_keychain.read(ApiKeyStore::proxyPasswordEntry(m_scopeId), this, [this, generation](const SecretResult &result) {
        if (generation != m_generation) {
            return;
        }
        install(m_settings.networkProxy(result.secret));
        Q_EMIT applied(result.ok() || result.error == SecretError::NotFound ? QString() : result.message);
    });
}

void NetworkProxyPolicy::install(const QNetworkProxy &proxy)
{
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(proxy);
}

}
