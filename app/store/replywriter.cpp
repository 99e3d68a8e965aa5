#include "store/replywriter.h"

namespace Confer::Store
{

ReplyWriter::ReplyWriter(ConversationStore &store, qint64 replyId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_replyId(replyId)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

ReplyWriter::~ReplyWriter()
{
    // A last attempt; what still fails is marked interrupted at the next start.
    if (hasUnsavedChanges()) {
        flush();
    }
}

void ReplyWriter::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ReplyWriter::scheduleFlush()
{
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void ReplyWriter::appendText(const QString &delta)
{
    if (m_finished || m_finishPending || delta.isEmpty()) {
        return;
    }
    m_content += delta;
    m_dirty = true;
    scheduleFlush();
}

void ReplyWriter::appendReasoning(const QString &delta)
{
    if (m_finished || m_finishPending || delta.isEmpty()) {
        return;
    }
    m_reasoning += delta;
    m_dirty = true;
    scheduleFlush();
}

void ReplyWriter::finish(MessageStatus status, const ReplyMetrics &metrics, const std::optional<ProviderError> &error)
{
    if (m_finished || m_finishPending) {
        return;
    }
    m_status = status;
    m_metrics = metrics;
    m_error = error;
    m_finishPending = true;
    m_timer.stop();
    flush();
}

bool ReplyWriter::flush()
{
    m_timer.stop();
    if (!hasUnsavedChanges()) {
        return true;
    }
    const bool ok = m_finishPending
        ? m_store.finishReply(m_replyId, m_content, m_reasoning, m_status, m_metrics, m_error)
        : m_store.saveReplyProgress(m_replyId, m_content, m_reasoning);
    if (!ok) {
        Q_EMIT writeFailed(m_store.lastError());
        m_timer.start();
        return false;
    }
    m_dirty = false;
    Q_EMIT saved(m_replyId, m_content.size(), m_reasoning.size());
    if (m_finishPending) {
        m_finishPending = false;
        m_finished = true;
        Q_EMIT finished(m_replyId);
    }
    return true;
}

}
