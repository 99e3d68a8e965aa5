#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Confer
{

// Debug output only when asked for: the command line reports failures in its own words.
Q_LOGGING_CATEGORY(lcSecrets, "confer.secrets", QtInfoMsg)

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Confer::SecretStore)
};

SecretResult fromJob(const QKeychain::Job &job)
{
    // Entry names and QtKeychain's messages never contain the secret; both may be logged.
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretError::NotFound, {}, Text::tr("The keychain has no such entry.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretError::Denied, {},
            Text::tr("The system keychain refused access (it may be locked and the request to unlock it was declined): "
                     "%1")
                .arg(job.errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretError::NoKeychain, {},
            Text::tr(
                "No system keychain is available (on Linux a Secret Service such as GNOME Keyring or KWallet must be "
                "running in the desktop session): %1")
                .arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain reports an unreachable D-Bus session or Secret Service as OtherError.
    return {SecretError::NoKeychain, {},
        Text::tr("The system keychain could not be reached (on Linux a Secret Service such as GNOME Keyring or KWallet "
                 "must be running in the desktop session): %1")
            .arg(job.errorString())};
}
}

void SecretStore::deliver(QObject *context, SecretCallback callback, SecretResult result)
{
    if (!context) {
        return;
    }
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainStore::read(const QString &entry, QObject *context, SecretCallback callback)
{
    start(Operation::Read, entry, {}, context, std::move(callback), false);
}

void KeychainStore::write(const QString &entry, const QString &secret, QObject *context, SecretCallback callback)
{
    start(Operation::Write, entry, secret, context, std::move(callback), false);
}

void KeychainStore::remove(const QString &entry, QObject *context, SecretCallback callback)
{
    start(Operation::Remove, entry, {}, context, std::move(callback), false);
}

void KeychainStore::start(Operation operation, const QString &entry, const QString &secret, QPointer<QObject> context,
    SecretCallback callback, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Not parented: QtKeychain's backends call back into a job until it finishes, so it
    // deletes itself then (auto-delete) rather than with this store.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);

    // Whichever comes first, the job's answer or the timeout, decides; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(m_timeout, job, [this, entry, context, callback, answered] {
        if (*answered) {
            return;
        }
        *answered = true;
        qCWarning(lcSecrets, "keychain request for %s timed out", qPrintable(entry));
        deliver(context, callback,
            {SecretError::Timeout, {},
                tr("The system keychain did not answer in time (it may be waiting for a password prompt).")});
    });

    connect(job, &QKeychain::Job::finished, this,
        [this, operation, entry, secret, context, callback, answered, isRetry](QKeychain::Job *finished) {
            --m_pendingJobs;
            if (*answered) {
                return;
            }
            *answered = true;
            SecretResult result = fromJob(*finished);
            if (result.error == SecretError::NoKeychain && !isRetry) {
                qCDebug(lcSecrets, "keychain not reachable (%s); retrying once", qPrintable(finished->errorString()));
                QTimer::singleShot(m_retryDelay, this, [this, operation, entry, secret, context, callback] {
                    start(operation, entry, secret, context, callback, true);
                });
                return;
            }
            if (result.ok() && operation == Operation::Read) {
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            }
            if (!result.ok() && result.error != SecretError::NotFound) {
                qCDebug(lcSecrets, "keychain request for %s failed: %s", qPrintable(entry),
                    qPrintable(finished->errorString()));
            }
            deliver(context, callback, std::move(result));
        });
    ++m_pendingJobs;
    job->start();
}

SessionStore::~SessionStore()
{
    // Overwrite the characters before the memory is released.
    for (QString &secret : m_secrets) {
        secret.fill(QLatin1Char('\0'));
    }
}

void SessionStore::read(const QString &entry, QObject *context, SecretCallback callback)
{
    const auto found = m_secrets.constFind(entry);
    if (found == m_secrets.cend()) {
        deliver(context, std::move(callback),
            {SecretError::NotFound, {}, QCoreApplication::translate("Confer::SecretStore", "No such entry.")});
        return;
    }
    deliver(context, std::move(callback), {SecretError::None, *found, {}});
}

void SessionStore::write(const QString &entry, const QString &secret, QObject *context, SecretCallback callback)
{
    m_secrets.insert(entry, secret);
    deliver(context, std::move(callback), {});
}

void SessionStore::remove(const QString &entry, QObject *context, SecretCallback callback)
{
    auto found = m_secrets.find(entry);
    if (found != m_secrets.end()) {
        found->fill(QLatin1Char('\0'));
        m_secrets.erase(found);
    }
    deliver(context, std::move(callback), {});
}

}
