#include "providers/network/streamscheduler.h"

#include "providers/network/chatjob.h"

namespace Confer
{

void StreamScheduler::submit(ChatJob *job)
{
    const QString id = job->provider().id;
    connect(job, &ChatJob::finished, this, [this, job] { release(job); });
    connect(job, &QObject::destroyed, this, [this, job, id] {
        // The job is gone: only its pointer value may be used here.
        if (m_running[id].removeOne(job)) {
            startNext(id);
        }
        m_waiting[id].removeIf([](const QPointer<ChatJob> &waiting) { return waiting.isNull(); });
    });
    if (m_running.value(id).size() < std::max(1, job->provider().maxConcurrentStreams)) {
        run(job);
    } else {
        m_waiting[id].append(job);
        job->markQueued();
    }
}

void StreamScheduler::run(ChatJob *job)
{
    m_running[job->provider().id].append(job);
    job->start();
}

void StreamScheduler::release(ChatJob *job)
{
    const QString id = job->provider().id;
    if (m_running[id].removeOne(job)) {
        startNext(id);
    } else {
        m_waiting[id].removeAll(QPointer<ChatJob>(job)); // cancelled while waiting
    }
}

void StreamScheduler::startNext(const QString &providerId)
{
    auto &waiting = m_waiting[providerId];
    while (!waiting.isEmpty()) {
        QPointer<ChatJob> next = waiting.takeFirst();
        if (next && next->state() == ChatJob::State::Queued
            && m_running.value(providerId).size() < std::max(1, next->provider().maxConcurrentStreams)) {
            run(next);
            return;
        }
        if (next && next->state() == ChatJob::State::Queued) {
            waiting.prepend(next);
            return;
        }
    }
}

int StreamScheduler::runningCount(const QString &providerId) const
{
    return int(m_running.value(providerId).size());
}

int StreamScheduler::queuedCount(const QString &providerId) const
{
    return int(m_waiting.value(providerId).size());
}

}
