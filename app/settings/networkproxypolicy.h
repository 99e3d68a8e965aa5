#pragma once

#include <QNetworkProxy>
#include <QObject>

namespace Confer
{

class SecretStore;
class Settings;

// Keeps the application-wide proxy in step with the network settings, so that
// every QNetworkAccessManager using the default proxy follows them at once.
// The manual proxy's password is read from the keychain when a user is set.
class NetworkProxyPolicy : public QObject
{
    Q_OBJECT

public:
    NetworkProxyPolicy(Settings &settings, SecretStore &keychain, const QString &scopeId, QObject *parent = nullptr);

    void apply();

Q_SIGNALS:
    // After each application of the settings; error is the keychain's when the password could not be read.
    void applied(const QString &error);

private:
    void install(const QNetworkProxy &proxy);

    Settings &m_settings;
    SecretStore &m_keychain;
    QString m_scopeId;
    quint64 m_generation = 0; // a later apply() wins over a password read still under way
};

}
