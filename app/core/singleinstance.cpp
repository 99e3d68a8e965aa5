#include "core/singleinstance.h"

#include "core/appidentity.h"
#include "core/profile.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "confer.instance")

namespace Confer
{

namespace
{
// A request is one line of JSON; anything longer is not ours.
constexpr qint64 MaximumRequestSize = 64 * 1024;
const QByteArray Acknowledgement = QByteArrayLiteral("ok\n");
}

SingleInstance::SingleInstance(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_name(serverName(profile))
    , m_lockPath(QDir(profile.dataDirectory()).filePath(QStringLiteral("instance.lock")))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const Profile &profile)
{
    // The socket lives in the shared temporary directory, so the name carries
    // the user as well as the profile (the scope distinguishes custom profiles,
    // the data directory the standard one of each home).
    const QByteArray key = QByteArray::number(::getuid()) + '\n' + profile.scopeId().toUtf8() + '\n'
        + QDir(profile.dataDirectory()).absolutePath().toUtf8();
    return AppIdentity::appId() + u'-'
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments, const QString &activationToken, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age: only a lock whose process is gone is taken over.
    m_lock->setStaleLockTime(0);
    while (true) {
        if (m_lock->tryLock(0)) {
            return listen() ? Role::Primary : Role::Failed;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            m_error = tr("Could not create the lock file %1.").arg(m_lockPath);
            return Role::Failed;
        }
        if (forward(arguments, activationToken, static_cast<int>(qMin<qint64>(deadline.remainingTime(), 2000)))) {
            return Role::Secondary;
        }
        if (deadline.hasExpired()) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            m_error = tr("Confer is already running with this profile (process %1) but does not answer.").arg(pid);
            return Role::Failed;
        }
        // The running instance holds the lock but is not listening yet (it is
        // starting), or has just quit: try again shortly.
        QThread::msleep(50);
    }
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket file by this name is left over from a crash.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        // Still the running instance, only later launches cannot reach it.
        qCWarning(lcInstance) << "cannot listen for later launches:" << m_server->errorString();
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            readRequest(socket);
        }
    });
    return true;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaximumRequestSize) {
            socket->abort();
        }
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(MaximumRequestSize)).object();
    QStringList arguments;
    for (const QJsonValue &value : request.value(QLatin1String("arguments")).toArray()) {
        arguments << value.toString();
    }
    const QString token = request.value(QLatin1String("activationToken")).toString();
    qCInfo(lcInstance).noquote() << "another launch asked for the window, arguments:" << arguments.join(u' ');
    socket->write(Acknowledgement);
    socket->disconnectFromServer();
    Q_EMIT activationRequested(arguments, token);
}

bool SingleInstance::forward(const QStringList &arguments, const QString &activationToken, int timeoutMs)
{
    const QDeadlineTimer deadline(qMax(timeoutMs, 100));
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
        return false;
    }
    QJsonObject request;
    request.insert(QLatin1String("arguments"), QJsonArray::fromStringList(arguments));
    request.insert(QLatin1String("activationToken"), activationToken);
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QByteArray reply;
    while (!reply.endsWith('\n') && socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        reply += socket.readAll();
    }
    reply += socket.readAll();
    return reply == Acknowledgement;
}

}
