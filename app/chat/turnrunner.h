#pragma once

#include "providers/network/chatjob.h"
#include "store/storetypes.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <optional>

namespace Confer
{

class ProviderServices;

class ReplyStream;

namespace Store
{
class ConversationStore;
}

// Sends the turns of stored conversations to their lanes' models and writes
// the answers into the store as they stream: one ReplyStream (a ChatJob and
// a ReplyWriter) per reply. The history each lane sends comes from the store (independent
// or shared context mode); regenerate, edit and retry make branches there.
class TurnRunner : public QObject
{
    Q_OBJECT

public:
    TurnRunner(Store::ConversationStore &store, ProviderServices &services, QObject *parent = nullptr);
    ~TurnRunner() override;

    // Options for every job started from now on (inactivity timeout, retries).
    void setJobOptions(const ChatJobOptions &options);
    // On: the deltas of a reply that arrive within one turn of the event loop
    // reach replyText/replyReasoning joined, so a window that falls behind pays
    // one update per reply and read rather than one per token. Off (the
    // default): every delta is signalled as it arrives.
    void setCoalesceDeltas(bool coalesce);

    std::optional<qint64> startConversation(const QStringList &models); // one lane per "provider/model"
    bool send(qint64 conversationId, const QString &prompt); // a user turn to every active lane
    // A user turn to these lanes only (a comparison's lanes toggled on); an
    // unknown or removed lane refuses the whole send and stores nothing.
    bool send(qint64 conversationId, const QString &prompt, const QList<qint64> &laneIds);
    bool regenerate(qint64 replyId); // new sibling reply, same turn and lane (a branch)
    bool editAndResend(qint64 userTurnId, const QString &text); // new sibling user turn, sent to the lanes
    bool retry(qint64 replyId); // a failed, cancelled or interrupted reply, again
    // "Retry failed": on the last turn of the active branch, every active lane
    // whose reply failed (or was cut off before any text) asks again. Returns
    // how many started; 0 with lastError() set when there was none to retry.
    int retryFailed(qint64 conversationId);
    void stop(qint64 conversationId); // cancels its running replies; partial text kept
    void stopReply(qint64 replyId); // cancels one running reply (one lane of a comparison)
    bool isRunning(qint64 conversationId) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void replyStarted(qint64 conversationId, qint64 laneId, qint64 replyId);
    void replyQueued(qint64 replyId, bool queued); // held by the scheduler, or not any more
    void replyText(qint64 replyId, const QString &delta); // what arrived since the last one
    void replyReasoning(qint64 replyId, const QString &delta);
    void replyFinished(qint64 replyId); // the store holds the final status, metrics, error
    void runningChanged(qint64 conversationId, bool running);
    // Saving a reply failed; its text stays in memory and the write is retried.
    void writeFailed(qint64 replyId, const QString &message);

private:
    struct Reply {
        qint64 conversationId = 0;
        qint64 laneId = 0;
        ReplyStream *stream = nullptr; // a child; deletes itself once its end is stored
    };

    bool fail(const QString &message);
    bool failFromStore();
    // Whether every lane names a provider the registry knows; sets lastError when not.
    bool checkLanes(const QList<Store::Lane> &lanes);
    QList<Store::Lane> activeLanes(qint64 conversationId);
    // Stores the prompt and starts a reply to it on each of lanes.
    bool sendTo(qint64 conversationId, const QString &prompt, const QList<Store::Lane> &lanes);
    // Begins a reply to turnId on lane and starts its job; untilTurnId as for historyForLane.
    bool startReply(qint64 turnId, const Store::Lane &lane, qint64 untilTurnId = 0);
    // Regenerate and retry: a sibling of replyId on its turn and lane.
    bool answerAgain(qint64 replyId, bool onlyUnfinished);
    void onJobFinished(qint64 replyId, const ChatResult &result);

    Store::ConversationStore &m_store;
    ProviderServices &m_services;
    ChatJobOptions m_jobOptions;
    std::map<qint64, Reply> m_replies; // by reply id, while the job runs
    QString m_lastError;
    bool m_coalesceDeltas = false;
};

}
