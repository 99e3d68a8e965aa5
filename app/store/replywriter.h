#pragma once

#include "store/conversationstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Confer::Store
{

// Saves one streaming reply as it arrives: deltas collect in memory and are
// written at most every interval (250 ms by default) and once more on finish,
// so a killed process loses at most the last interval. The whole text stays
// in memory until it is saved: a failed write (disk full, read-only, locked)
// is reported with writeFailed() and retried on the next tick, and finish()
// keeps retrying until the final state is stored.
//
//   auto *writer = new ReplyWriter(store, store.beginReply(turnId, laneId).value(), parent);
//   on text: writer->appendText(delta);  on reasoning: writer->appendReasoning(delta);
//   at the end: writer->finish(MessageStatus::Complete, metrics);  // or Error with the ProviderError
class ReplyWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 250;

    ReplyWriter(ConversationStore &store, qint64 replyId, QObject *parent = nullptr);
    ~ReplyWriter() override;

    qint64 replyId() const { return m_replyId; }
    void setInterval(int milliseconds);

    void appendText(const QString &delta);
    void appendReasoning(const QString &delta);
    void finish(
        MessageStatus status, const ReplyMetrics &metrics, const std::optional<ProviderError> &error = std::nullopt);

    QString text() const { return m_content; }
    QString reasoning() const { return m_reasoning; }
    bool hasUnsavedChanges() const { return m_dirty || m_finishPending; }
    bool isFinished() const { return m_finished; }

    // Writes now (also what the timer does). Returns whether everything is saved.
    bool flush();

Q_SIGNALS:
    void saved(qint64 replyId, qsizetype textLength, qsizetype reasoningLength);
    void writeFailed(const Confer::Store::StoreError &error);
    void finished(qint64 replyId);

private:
    void scheduleFlush();

    ConversationStore &m_store;
    qint64 m_replyId;
    QTimer m_timer;
    QString m_content;
    QString m_reasoning;
    bool m_dirty = false;
    bool m_finishPending = false;
    bool m_finished = false;
    MessageStatus m_status = MessageStatus::Streaming;
    ReplyMetrics m_metrics;
    std::optional<ProviderError> m_error;
};

}
