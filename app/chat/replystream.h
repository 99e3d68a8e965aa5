#pragma once

#include "providers/network/chatjob.h"
#include "store/database.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Confer
{

namespace Store
{
class ConversationStore;
class ReplyWriter;
}

// One reply being answered: its ChatJob streaming into a ReplyWriter, the
// same for a lane's reply (TurnRunner) and a synthesis or judgement
// (DerivedReplyRunner). Every signal carries the reply's id.
//
// When the job is over the stream signals ended(); its owner does its own
// bookkeeping and then calls finish(), which stores the outcome and emits
// finished() once it is saved. The stream deletes itself after that.
class ReplyStream : public QObject
{
    Q_OBJECT

public:
    // Submit job() to ProviderServices to start it.
    ReplyStream(
        Store::ConversationStore &store, qint64 replyId, std::unique_ptr<ChatJob> job, QObject *parent = nullptr);
    // Still running (the app quits mid-answer): cancels the job and stores
    // what arrived as interrupted, without signalling anything.
    ~ReplyStream() override;

    qint64 replyId() const { return m_replyId; }
    ChatJob *job() const { return m_job.get(); } // null once finish() has taken it
    bool isRunning() const { return m_running; }
    bool isQueued() const { return m_queued; }

    // On: the deltas that arrive within one turn of the event loop are
    // signalled joined (one update per read rather than per token). Off (the
    // default): each delta is signalled as it arrives. Turning it off
    // signals what is pending at once.
    void setCoalesceDeltas(bool coalesce);
    // Signals the deltas held back for coalescing now.
    void flushDeltas();
    // Cancels the job; it ends at once (ended() before this returns), keeping the text so far.
    void cancel();
    // After ended(): stores the status, metrics and error the result carries.
    void finish(const ChatResult &result);

Q_SIGNALS:
    void textArrived(qint64 replyId, const QString &delta);
    void reasoningArrived(qint64 replyId, const QString &delta);
    void queuedChanged(qint64 replyId, bool queued); // held by the scheduler, or not any more
    // The job is over and every delta is signalled; the owner calls finish(result).
    void ended(qint64 replyId, const Confer::ChatResult &result);
    void finished(qint64 replyId); // the store holds the final status, metrics and error
    // Saving failed; the text stays in memory and the write is retried.
    void writeFailed(qint64 replyId, const Confer::Store::StoreError &error);

private:
    void queueDelta(const QString &delta, bool reasoning);

    const qint64 m_replyId;
    std::unique_ptr<ChatJob> m_job;
    Store::ReplyWriter *m_writer;
    QString m_pendingText; // arrived, not yet signalled
    QString m_pendingReasoning;
    bool m_running = true;
    bool m_queued = false;
    bool m_coalesce = false;
    bool m_flushPosted = false;
};

}
