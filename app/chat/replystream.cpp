#include "chat/replystream.h"

#include "store/replyoutcome.h"
#include "store/replywriter.h"

#include <utility>

namespace Confer
{

ReplyStream::ReplyStream(Store::ConversationStore &store, qint64 replyId, std::unique_ptr<ChatJob> job, QObject *parent)
    : QObject(parent)
    , m_replyId(replyId)
    , m_job(std::move(job))
    , m_writer(new Store::ReplyWriter(store, replyId, this))
{
    connect(m_writer, &Store::ReplyWriter::writeFailed, this,
        [this](const Store::StoreError &error) { Q_EMIT writeFailed(m_replyId, error); });
    connect(m_writer, &Store::ReplyWriter::finished, this, [this] {
        Q_EMIT finished(m_replyId);
        deleteLater();
    });

    ChatJob *source = m_job.get();
    connect(source, &ChatJob::textDelta, this, [this](const QString &delta) {
        m_writer->appendText(delta);
        queueDelta(delta, false);
    });
    connect(source, &ChatJob::reasoningDelta, this, [this](const QString &delta) {
        m_writer->appendReasoning(delta);
        queueDelta(delta, true);
    });
    connect(source, &ChatJob::queued, this, [this] {
        m_queued = true;
        Q_EMIT queuedChanged(m_replyId, true);
    });
    connect(source, &ChatJob::started, this, [this] {
        if (std::exchange(m_queued, false)) {
            Q_EMIT queuedChanged(m_replyId, false);
        }
    });
    connect(source, &ChatJob::finished, this, [this](const ChatResult &result) {
        m_running = false;
        flushDeltas(); // the last deltas before the end
        Q_EMIT ended(m_replyId, result);
    });
}

ReplyStream::~ReplyStream()
{
    m_writer->disconnect(this);
    if (!m_job) {
        return; // finished: the writer holds the outcome (and retries saving it until it is gone)
    }
    m_job->disconnect(this);
    m_job->cancel();
    m_writer->finish(Store::MessageStatus::Interrupted, Store::replyMetricsOf(m_job->result().metrics));
}

void ReplyStream::setCoalesceDeltas(bool coalesce)
{
    m_coalesce = coalesce;
    if (!coalesce) {
        flushDeltas();
    }
}

void ReplyStream::queueDelta(const QString &delta, bool reasoning)
{
    // Text and reasoning reach listeners in the order they came.
    if (reasoning ? !m_pendingText.isEmpty() : !m_pendingReasoning.isEmpty()) {
        flushDeltas();
    }
    (reasoning ? m_pendingReasoning : m_pendingText) += delta;
    if (!m_coalesce) {
        flushDeltas();
    } else if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushPosted = false;
                flushDeltas();
            },
            Qt::QueuedConnection);
    }
}

void ReplyStream::flushDeltas()
{
    if (!m_pendingReasoning.isEmpty()) {
        Q_EMIT reasoningArrived(m_replyId, std::exchange(m_pendingReasoning, {}));
    }
    if (!m_pendingText.isEmpty()) {
        Q_EMIT textArrived(m_replyId, std::exchange(m_pendingText, {}));
    }
}

void ReplyStream::cancel()
{
    if (m_running && m_job) {
        m_job->cancel();
    }
}

void ReplyStream::finish(const ChatResult &result)
{
    if (!m_job || m_running) {
        return;
    }
    // Called from the job's own finished signal: delete the job once that has returned.
    m_job.release()->deleteLater();
    if (std::exchange(m_queued, false)) {
        Q_EMIT queuedChanged(m_replyId, false);
    }
    m_writer->finish(Store::replyStatusOf(result), Store::replyMetricsOf(result.metrics), result.error);
}

}
