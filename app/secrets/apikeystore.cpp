#include "secrets/apikeystore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QUrl>

namespace Confer
{

namespace
{
const QString IndexGroup = QStringLiteral("apiKeys");
}

ApiKeyStore::ApiKeyStore(SecretStore &keychain, QSettings &settings, const QString &scopeId, QObject *parent)
    : KeySource(parent)
    , m_keychain(keychain)
    , m_settings(settings)
    , m_scopeId(scopeId)
{
}

QString ApiKeyStore::entryName(const QString &providerId, const QString &scopeId)
{
    return scopeId.isEmpty() ? providerId : providerId + QLatin1Char('@') + scopeId;
}

QString ApiKeyStore::proxyPasswordEntry(const QString &scopeId)
{
    // The colon keeps it apart from every provider id.
    return entryName(QStringLiteral(":network-proxy"), scopeId);
}

QString ApiKeyStore::indexKey(const QString &providerId)
{
    // A provider id may contain a slash, which QSettings would read as a group.
    return IndexGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(providerId));
}

void ApiKeyStore::recordInIndex(const QString &providerId, const QDateTime &setAt)
{
    m_settings.setValue(indexKey(providerId), setAt.toUTC().toString(Qt::ISODate));
    m_settings.sync();
}

void ApiKeyStore::dropFromIndex(const QString &providerId)
{
    m_settings.remove(indexKey(providerId));
    m_settings.sync();
}

bool ApiKeyStore::hasKeychainKey(const QString &providerId) const
{
    return m_settings.contains(indexKey(providerId));
}

QDateTime ApiKeyStore::keychainKeySetAt(const QString &providerId) const
{
    return QDateTime::fromString(m_settings.value(indexKey(providerId)).toString(), Qt::ISODate);
}

bool ApiKeyStore::hasSessionKey(const QString &providerId) const
{
    return m_session.contains(entryName(providerId, m_scopeId));
}

QStringList ApiKeyStore::providersWithKeychainKeys() const
{
    m_settings.beginGroup(IndexGroup);
    const QStringList encoded = m_settings.childKeys();
    m_settings.endGroup();
    QStringList providers;
    for (const QString &key : encoded) {
        providers << QUrl::fromPercentEncoding(key.toLatin1());
    }
    providers.sort();
    return providers;
}

QStringList ApiKeyStore::providersWithSessionKeys() const
{
    QStringList providers;
    const QString suffix = m_scopeId.isEmpty() ? QString() : QLatin1Char('@') + m_scopeId;
    for (const QString &entry : m_session.entries()) {
        if (entry.endsWith(suffix)) {
            providers << entry.chopped(suffix.size());
        }
    }
    providers.sort();
    return providers;
}

KeyOrigin ApiKeyStore::origin(const KeyRequest &request) const
{
    if (hasKeychainKey(request.providerId)) {
        return KeyOrigin::Keychain;
    }
    if (hasSessionKey(request.providerId)) {
        return KeyOrigin::Session;
    }
    return EnvironmentKeySource::fromEnvironment(request).origin;
}

void ApiKeyStore::read(const QString &providerId, QObject *context, SecretCallback callback)
{
    // The same order as lookup(): a key the index lists in the keychain wins over a session key.
    const QString entry = entryName(providerId, m_scopeId);
    if (m_session.contains(entry) && !hasKeychainKey(providerId)) {
        m_session.read(entry, context, std::move(callback));
        return;
    }
    m_keychain.read(entry, context,
        [self = QPointer<ApiKeyStore>(this), providerId, callback = std::move(callback)](const SecretResult &result) {
            if (self && result.error == SecretError::NotFound && self->hasKeychainKey(providerId)) {
                self->dropFromIndex(providerId);
                Q_EMIT self->keyChanged(providerId);
            } else if (self && result.ok() && !self->hasKeychainKey(providerId)) {
                // Stored by an earlier run whose index was lost: the time it was set is unknown.
                self->recordInIndex(providerId, {});
                Q_EMIT self->keyChanged(providerId);
            }
            callback(result);
        });
}

void ApiKeyStore::write(const QString &providerId, const QString &key, QObject *context, SecretCallback callback)
{
    m_keychain.write(entryName(providerId, m_scopeId), key, context,
        [self = QPointer<ApiKeyStore>(this), providerId, callback = std::move(callback)](const SecretResult &result) {
            if (self && result.ok()) {
                self->recordInIndex(providerId, QDateTime::currentDateTimeUtc());
                self->m_session.remove(entryName(providerId, self->m_scopeId), self, [](const SecretResult &) { });
                Q_EMIT self->keyChanged(providerId);
            }
            callback(result);
        });
}

void ApiKeyStore::keepForSession(const QString &providerId, const QString &key)
{
    m_session.write(entryName(providerId, m_scopeId), key, this, [](const SecretResult &) { });
    Q_EMIT keyChanged(providerId);
}

void ApiKeyStore::remove(const QString &providerId, QObject *context, SecretCallback callback)
{
    const bool hadSessionKey = hasSessionKey(providerId);
    m_session.remove(entryName(providerId, m_scopeId), this, [](const SecretResult &) { });
    m_keychain.remove(entryName(providerId, m_scopeId), context,
        [self = QPointer<ApiKeyStore>(this), providerId, hadSessionKey, callback = std::move(callback)](
            const SecretResult &result) {
            // An entry already gone from the keychain is as good as removed.
            const SecretResult outcome = result.error == SecretError::NotFound ? SecretResult {} : result;
            if (self && (outcome.ok() || hadSessionKey)) {
                if (outcome.ok()) {
                    self->dropFromIndex(providerId);
                }
                Q_EMIT self->keyChanged(providerId);
            }
            callback(outcome);
        });
}

void ApiKeyStore::lookup(const KeyRequest &request, QObject *context, std::function<void(const KeyResult &)> callback)
{
    const QString entry = entryName(request.providerId, m_scopeId);
    const auto fromSessionOrEnvironment = [this, entry, request]() -> KeyResult {
        if (m_session.contains(entry)) {
            return {KeyOrigin::Session, m_session.value(entry), {}};
        }
        return EnvironmentKeySource::fromEnvironment(request);
    };

    // Only providers the index lists are asked for: a keychain read may prompt to unlock.
    if (!hasKeychainKey(request.providerId)) {
        QMetaObject::invokeMethod(
            context, [result = fromSessionOrEnvironment(), callback = std::move(callback)] { callback(result); },
            Qt::QueuedConnection);
        return;
    }
    m_keychain.read(entry, context,
        [self = QPointer<ApiKeyStore>(this), request, fromSessionOrEnvironment, callback = std::move(callback)](
            const SecretResult &read) {
            if (read.ok()) {
                callback({KeyOrigin::Keychain, read.secret, {}});
                return;
            }
            if (!self) {
                KeyResult result = EnvironmentKeySource::fromEnvironment(request);
                result.error = read.message;
                callback(result);
                return;
            }
            if (read.error == SecretError::NotFound) {
                self->dropFromIndex(request.providerId);
                Q_EMIT self->keyChanged(request.providerId);
            }
            KeyResult result = fromSessionOrEnvironment();
            if (read.error != SecretError::NotFound) {
                result.error = read.message;
            }
            callback(result);
        });
}

QString ApiKeyStore::describe(KeyOrigin origin)
{
    switch (origin) {
    case KeyOrigin::Keychain:
        return tr("key in keychain");
    case KeyOrigin::Session:
        return tr("key for this session only");
    case KeyOrigin::Environment:
        return tr("from environment");
    case KeyOrigin::None:
        break;
    }
    return tr("no key");
}

}
