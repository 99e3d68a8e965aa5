#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Confer
{

class ChatJob;

// Limits how many answers stream from one provider at once: local servers
// generate one at a time, so a comparison of four local models waits in line
// (each waiting job reports queued()) instead of timing out inside the server.
class StreamScheduler : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the job now or queues it; the job's provider decides the limit. Does not take ownership.
    void submit(ChatJob *job);

    int runningCount(const QString &providerId) const;
    int queuedCount(const QString &providerId) const;

private:
    void release(ChatJob *job);
    void startNext(const QString &providerId);
    void run(ChatJob *job);

    QHash<QString, QList<ChatJob *>> m_running;
    QHash<QString, QList<QPointer<ChatJob>>> m_waiting;
};

}
