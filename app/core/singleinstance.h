#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Confer
{

class Profile;

// One running window per profile. The first launch holds a lock in the
// profile and listens on a local socket named after the profile; a later
// launch on the same profile hands its arguments (and the desktop's
// activation token) to the running one, which raises its window, and exits.
// A lock or socket left by a crashed instance is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process is the profile's running instance
        Secondary, // the running instance took the request; exit
        Failed, // neither: errorString() says why
    };

    explicit SingleInstance(const Profile &profile, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Blocks for at most timeoutMs while a running instance answers.
    Role start(const QStringList &arguments, const QString &activationToken, int timeoutMs = 10000);
    QString errorString() const { return m_error; }

    // The local socket name for a profile: distinct per profile and per user.
    static QString serverName(const Profile &profile);

Q_SIGNALS:
    // A later launch on this profile asked for the window (its arguments,
    // without the program name, and its activation token, possibly empty).
    void activationRequested(const QStringList &arguments, const QString &activationToken);

private:
    bool listen();
    bool forward(const QStringList &arguments, const QString &activationToken, int timeoutMs);
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

}
