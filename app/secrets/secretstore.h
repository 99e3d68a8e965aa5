#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace Confer
{

// Why a secret could not be read, written or removed. NoKeychain, Denied and
// Timeout mean "the keychain cannot be used right now"; the user then chooses
// between keeping the secret for this session only and fixing the keychain.
enum class SecretError { None, NotFound, NoKeychain, Denied, Timeout, Failed };

struct SecretResult {
    SecretError error = SecretError::None;
    QString secret; // filled by a successful read only
    QString message; // in plain words; empty when error is None

    bool ok() const { return error == SecretError::None; }
    // The keychain itself is unusable (as opposed to an entry being absent).
    bool keychainUnavailable() const
    {
        return error == SecretError::NoKeychain || error == SecretError::Denied || error == SecretError::Timeout;
    }
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Somewhere secrets are kept by entry name. Asynchronous: the callback runs
// later from the event loop in the context object's thread, and not at all
// when the context is destroyed first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &entry, QObject *context, SecretCallback callback) = 0;
    virtual void write(const QString &entry, const QString &secret, QObject *context, SecretCallback callback) = 0;
    virtual void remove(const QString &entry, QObject *context, SecretCallback callback) = 0;

protected:
    static void deliver(QObject *context, SecretCallback callback, SecretResult result);
};

// The operating system's keychain through QtKeychain (Secret Service or
// KWallet, macOS Keychain, Windows Credential Manager). Never falls back to
// plain text. A failure to reach the keychain is retried once after a short
// delay, because at login the Secret Service may not be up yet; an operation
// that gets no answer (a prompt nobody answers) ends with Timeout.
class KeychainStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    // Keychain jobs started and not yet answered, including those already given up on after a timeout.
    int pendingJobs() const { return m_pendingJobs; }

    void read(const QString &entry, QObject *context, SecretCallback callback) override;
    void write(const QString &entry, const QString &secret, QObject *context, SecretCallback callback) override;
    void remove(const QString &entry, QObject *context, SecretCallback callback) override;

private:
    enum class Operation { Read, Write, Remove };
    void start(Operation operation, const QString &entry, const QString &secret, QPointer<QObject> context,
        SecretCallback callback, bool isRetry);

    QString m_service;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(60)};
    std::chrono::milliseconds m_retryDelay {std::chrono::milliseconds(1500)};
    int m_pendingJobs = 0;
};

// Secrets kept in this process's memory only, gone when Confer quits: the
// choice offered when no keychain is available.
class SessionStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~SessionStore() override;

    bool contains(const QString &entry) const { return m_secrets.contains(entry); }
    QString value(const QString &entry) const { return m_secrets.value(entry); }
    QStringList entries() const { return m_secrets.keys(); }

    void read(const QString &entry, QObject *context, SecretCallback callback) override;
    void write(const QString &entry, const QString &secret, QObject *context, SecretCallback callback) override;
    void remove(const QString &entry, QObject *context, SecretCallback callback) override;

private:
    QHash<QString, QString> m_secrets;
};

}
