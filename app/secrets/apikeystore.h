#pragma once

#include "secrets/keysource.h"
#include "secrets/secretstore.h"

#include <QDateTime>

class QSettings;

namespace Confer
{

// The user's API keys, one per provider: kept in the system keychain (service
// = the application id, entry = the provider id, suffixed with the profile's
// scope for a custom profile) or, when the user chooses so because no keychain
// is available, in memory for this session only. A non-secret index in the
// profile's settings records which providers have a key in the keychain and
// since when, because a keychain cannot list its entries.
//
// As a KeySource it answers from the keychain, then the session, then the
// conventional environment variables; a key from the environment is never
// copied anywhere.
class ApiKeyStore : public KeySource
{
    Q_OBJECT

public:
    ApiKeyStore(SecretStore &keychain, QSettings &settings, const QString &scopeId, QObject *parent = nullptr);

    // The keychain entry holding a provider's key.
    static QString entryName(const QString &providerId, const QString &scopeId);
    // The keychain entry holding the network proxy's password.
    static QString proxyPasswordEntry(const QString &scopeId);

    QString scopeId() const { return m_scopeId; }
    SecretStore &keychain() const { return m_keychain; }

    // Reads the key from the keychain, or from the session store.
    void read(const QString &providerId, QObject *context, SecretCallback callback);
    // Saves to the keychain and records it in the index; a session key for the same provider is dropped.
    void write(const QString &providerId, const QString &key, QObject *context, SecretCallback callback);
    // Keeps the key in memory until Confer quits; nothing reaches the disk or the keychain.
    void keepForSession(const QString &providerId, const QString &key);
    // Removes the key from the keychain, the index and the session.
    void remove(const QString &providerId, QObject *context, SecretCallback callback);

    // From the index and the session, without asking the keychain.
    bool hasKeychainKey(const QString &providerId) const;
    QDateTime keychainKeySetAt(const QString &providerId) const;
    bool hasSessionKey(const QString &providerId) const;
    QStringList providersWithKeychainKeys() const;
    QStringList providersWithSessionKeys() const;

    // Where a request would get the key from, without reading it.
    KeyOrigin origin(const KeyRequest &request) const;

    void lookup(const KeyRequest &request, QObject *context, std::function<void(const KeyResult &)> callback) override;

    static QString describe(KeyOrigin origin);

Q_SIGNALS:
    // A key was saved, removed or found to be missing; the index is already up to date.
    void keyChanged(const QString &providerId);

private:
    void recordInIndex(const QString &providerId, const QDateTime &setAt);
    void dropFromIndex(const QString &providerId);
    static QString indexKey(const QString &providerId);

    SecretStore &m_keychain;
    SessionStore m_session;
    QSettings &m_settings;
    QString m_scopeId;
};

}
