// Sending to some lanes of a comparison, and retrying the lanes that failed.
#include "chat/turnrunner.h"
#include "store/conversationstore.h"

namespace Confer
{

bool TurnRunner::send(qint64 conversationId, const QString &prompt, const QList<qint64> &laneIds)
{
    if (prompt.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    if (laneIds.isEmpty()) {
        return fail(tr("No model is chosen to answer."));
    }
    if (isRunning(conversationId)) {
        return fail(tr("The conversation is still answering: stop it or wait for the answer."));
    }
    const QList<Store::Lane> active = activeLanes(conversationId);
    QList<Store::Lane> lanes;
    for (qint64 laneId : laneIds) {
        const auto lane = std::find_if(
            active.cbegin(), active.cend(), [laneId](const Store::Lane &candidate) { return candidate.id == laneId; });
        if (lane == active.cend()) {
            return fail(tr("The conversation has no model %1 to send to (it may have been removed).").arg(laneId));
        }
        lanes.append(*lane);
    }
    if (!checkLanes(lanes)) {
        return false;
    }
    const auto turn = m_store.appendUserTurn(conversationId, prompt);
    if (!turn) {
        return failFromStore();
    }
    bool allStarted = true;
    for (const Store::Lane &lane : std::as_const(lanes)) {
        allStarted = startReply(*turn, lane) && allStarted;
    }
    return allStarted;
}

int TurnRunner::retryFailed(qint64 conversationId)
{
    const QList<Store::Message> turns = m_store.activeTurns(conversationId);
    if (turns.isEmpty()) {
        fail(tr("No reply of the last turn failed."));
        return 0;
    }
    QList<qint64> lanes;
    for (const Store::Lane &lane : m_store.lanes(conversationId)) {
        lanes.append(lane.id);
    }
    int started = 0;
    int candidates = 0;
    for (const Store::Message &reply : m_store.repliesTo(turns.constLast().id)) {
        if (!reply.active || !reply.laneId || !lanes.contains(*reply.laneId)) {
            continue;
        }
        const bool failed = reply.status == Store::MessageStatus::Error
            || ((reply.status == Store::MessageStatus::Interrupted || reply.status == Store::MessageStatus::Cancelled)
                && reply.content.isEmpty());
        if (!failed) {
            continue;
        }
        ++candidates;
        if (retry(reply.id)) {
            ++started;
        }
    }
    if (candidates == 0) {
        fail(tr("No reply of the last turn failed."));
    }
    return started;
}

}
