#include "chat/turnrunner.h"

#include "chat/replystream.h"
#include "providers/providerservices.h"
#include "store/conversationstore.h"

#include <QLoggingCategory>

namespace Confer
{

Q_LOGGING_CATEGORY(lcChat, "confer.chat")

TurnRunner::TurnRunner(Store::ConversationStore &store, ProviderServices &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_services(services)
{
}

TurnRunner::~TurnRunner()
{
    // Quitting mid-answer: each stream keeps what arrived, marked interrupted, without telling anyone.
    for (auto &[replyId, reply] : m_replies) {
        delete reply.stream;
    }
    m_replies.clear();
}

void TurnRunner::setJobOptions(const ChatJobOptions &options)
{
    m_jobOptions = options;
}

void TurnRunner::setCoalesceDeltas(bool coalesce)
{
    m_coalesceDeltas = coalesce;
    // Turning it off signals what is pending, and a listener may stop replies: walk a copy.
    QList<ReplyStream *> streams;
    for (const auto &[replyId, reply] : m_replies) {
        streams.append(reply.stream);
    }
    for (ReplyStream *stream : std::as_const(streams)) {
        stream->setCoalesceDeltas(coalesce);
    }
}

bool TurnRunner::fail(const QString &message)
{
    m_lastError = message;
    qCInfo(lcChat).noquote() << message;
    return false;
}

bool TurnRunner::failFromStore()
{
    return fail(m_store.lastError().message);
}

bool TurnRunner::checkLanes(const QList<Store::Lane> &lanes)
{
    for (const Store::Lane &lane : lanes) {
        const auto reference = ModelReference::parse(lane.model);
        if (!reference) {
            return fail(tr("'%1' is not a model name of the form provider/model.").arg(lane.model));
        }
        if (!m_services.registry().provider(reference->providerId)) {
            return fail(tr("Unknown provider '%1'.").arg(reference->providerId));
        }
    }
    return true;
}

QList<Store::Lane> TurnRunner::activeLanes(qint64 conversationId)
{
    QList<Store::Lane> lanes = m_store.lanes(conversationId);
    if (lanes.isEmpty()) {
        if (!m_store.conversation(conversationId)) {
            failFromStore();
        } else {
            fail(tr("The conversation has no model to send to."));
        }
    }
    return lanes;
}

std::optional<qint64> TurnRunner::startConversation(const QStringList &models)
{
    QList<Store::Lane> lanes;
    for (const QString &model : models) {
        Store::Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    if (lanes.isEmpty()) {
        fail(tr("Choose a model to start a conversation."));
        return std::nullopt;
    }
    if (!checkLanes(lanes)) {
        return std::nullopt;
    }
    const auto id = m_store.createConversation(lanes);
    if (!id) {
        failFromStore();
    }
    return id;
}

bool TurnRunner::send(qint64 conversationId, const QString &prompt)
{
    if (prompt.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    if (isRunning(conversationId)) {
        return fail(tr("The conversation is still answering: stop it or wait for the answer."));
    }
    return sendTo(conversationId, prompt, activeLanes(conversationId));
}

bool TurnRunner::send(qint64 conversationId, const QString &prompt, const QList<qint64> &laneIds)
{
    if (prompt.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    if (isRunning(conversationId)) {
        return fail(tr("The conversation is still answering: stop it or wait for the answer."));
    }
    if (laneIds.isEmpty()) {
        return fail(tr("Choose at least one model to send the message to."));
    }
    const QList<Store::Lane> lanes = activeLanes(conversationId);
    if (lanes.isEmpty()) {
        return false;
    }
    for (const qint64 laneId : laneIds) {
        const bool active = std::any_of(
            lanes.cbegin(), lanes.cend(), [laneId](const Store::Lane &lane) { return lane.id == laneId; });
        if (active) {
            continue;
        }
        const QList<Store::Lane> all = m_store.lanes(conversationId, true);
        const bool removed
            = std::any_of(all.cbegin(), all.cend(), [laneId](const Store::Lane &lane) { return lane.id == laneId; });
        return fail(removed ? tr("The model of lane %1 was removed from the conversation.").arg(laneId)
                            : tr("The conversation has no lane %1.").arg(laneId));
    }
    // In the conversation's lane order, each lane once, whatever order the caller named them in.
    QList<Store::Lane> chosen;
    for (const Store::Lane &lane : lanes) {
        if (laneIds.contains(lane.id)) {
            chosen.append(lane);
        }
    }
    return sendTo(conversationId, prompt, chosen);
}

bool TurnRunner::sendTo(qint64 conversationId, const QString &prompt, const QList<Store::Lane> &lanes)
{
    if (lanes.isEmpty() || !checkLanes(lanes)) {
        return false;
    }
    const auto turn = m_store.appendUserTurn(conversationId, prompt);
    if (!turn) {
        return failFromStore();
    }
    bool allStarted = true;
    for (const Store::Lane &lane : lanes) {
        allStarted = startReply(*turn, lane) && allStarted;
    }
    return allStarted;
}

bool TurnRunner::editAndResend(qint64 userTurnId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return fail(tr("The message is empty."));
    }
    const auto turn = m_store.message(userTurnId);
    if (!turn || turn->role != Store::MessageRole::User) {
        return fail(tr("There is no prompt %1.").arg(userTurnId));
    }
    if (isRunning(turn->conversationId)) {
        return fail(tr("The conversation is still answering: stop it or wait for the answer."));
    }
    const QList<Store::Lane> lanes = activeLanes(turn->conversationId);
    if (lanes.isEmpty() || !checkLanes(lanes)) {
        return false;
    }
    // The edited prompt is a sibling of the old one and becomes the end of the active branch.
    const auto edited = m_store.editUserTurn(userTurnId, text);
    if (!edited) {
        return failFromStore();
    }
    bool allStarted = true;
    for (const Store::Lane &lane : lanes) {
        allStarted = startReply(*edited, lane) && allStarted;
    }
    return allStarted;
}

bool TurnRunner::regenerate(qint64 replyId)
{
    return answerAgain(replyId, false);
}

bool TurnRunner::retry(qint64 replyId)
{
    return answerAgain(replyId, true);
}

int TurnRunner::retryFailed(qint64 conversationId)
{
    const QList<Store::Message> turns = m_store.activeTurns(conversationId);
    if (turns.isEmpty()) {
        if (!m_store.conversation(conversationId)) {
            failFromStore();
        } else {
            fail(tr("No reply of the last turn failed."));
        }
        return 0;
    }
    const QList<Store::Lane> lanes = m_store.lanes(conversationId);
    QList<qint64> failed;
    for (const Store::Message &reply : m_store.repliesTo(turns.constLast().id)) {
        if (!reply.active || reply.kind != Store::MessageKind::Reply || !reply.laneId) {
            continue;
        }
        const bool laneActive = std::any_of(
            lanes.cbegin(), lanes.cend(), [&reply](const Store::Lane &lane) { return lane.id == *reply.laneId; });
        // An answer cut off with some text is kept (it stands in the history);
        // Retry on that one reply still asks again if the user wants.
        const bool cutOffEmpty
            = (reply.status == Store::MessageStatus::Interrupted || reply.status == Store::MessageStatus::Cancelled)
            && !Store::ConversationStore::usableInHistory(reply);
        if (laneActive && (reply.status == Store::MessageStatus::Error || cutOffEmpty)) {
            failed.append(reply.id);
        }
    }
    if (failed.isEmpty()) {
        fail(tr("No reply of the last turn failed."));
        return 0;
    }
    int started = 0;
    for (const qint64 replyId : std::as_const(failed)) {
        started += answerAgain(replyId, true) ? 1 : 0;
    }
    return started;
}

bool TurnRunner::answerAgain(qint64 replyId, bool onlyUnfinished)
{
    const auto reply = m_store.message(replyId);
    if (!reply || reply->role != Store::MessageRole::Assistant || !reply->parentId || !reply->laneId) {
        return fail(tr("There is no reply %1.").arg(replyId));
    }
    if (onlyUnfinished
        && (reply->status == Store::MessageStatus::Complete || reply->status == Store::MessageStatus::Streaming)) {
        return fail(tr("Only a failed, stopped or interrupted answer can be retried."));
    }
    for (const auto &[id, running] : m_replies) {
        if (running.laneId == *reply->laneId) {
            return fail(tr("This model is still answering: stop it or wait for the answer."));
        }
    }
    const QList<Store::Lane> lanes = m_store.lanes(reply->conversationId);
    const auto lane = std::find_if(lanes.cbegin(), lanes.cend(),
        [&reply](const Store::Lane &candidate) { return candidate.id == *reply->laneId; });
    if (lane == lanes.cend()) {
        return fail(tr("The model of this answer was removed from the conversation."));
    }
    if (!checkLanes({*lane})) {
        return false;
    }
    // The new answer continues from the history up to its own prompt. A prompt
    // off the active branch (an older branch) becomes the active one first.
    const qint64 turnId = *reply->parentId;
    const QList<Store::Message> turns = m_store.activeTurns(reply->conversationId);
    const bool onBranch
        = std::any_of(turns.cbegin(), turns.cend(), [turnId](const Store::Message &turn) { return turn.id == turnId; });
    if (!onBranch && !m_store.setActiveLeaf(reply->conversationId, turnId)) {
        return failFromStore();
    }
    return startReply(turnId, *lane, turnId);
}

bool TurnRunner::startReply(qint64 turnId, const Store::Lane &lane, qint64 untilTurnId)
{
    const auto replyId = m_store.beginReply(turnId, lane.id);
    if (!replyId) {
        return failFromStore();
    }
    // Read after beginReply: the new reply replaces its siblings on the lane and is itself left out.
    const auto context = m_store.historyForLane(lane.id, untilTurnId);
    QString error;
    std::unique_ptr<ChatJob> job;
    if (context) {
        ChatRequest request;
        request.systemPrompt = context->systemPrompt;
        request.messages = context->messages;
        request.temperature = lane.temperature;
        request.maxOutputTokens = lane.maxOutputTokens;
        request.reasoning = lane.reasoning;
        job = m_services.createJob(*ModelReference::parse(lane.model), request, m_jobOptions, &error);
    } else {
        error = m_store.lastError().message;
    }
    if (!job) {
        // The reply row exists already: close it so it does not look like a stream in progress.
        ProviderError problem;
        problem.kind = ErrorKind::BadRequest;
        problem.providerMessage = error;
        m_store.finishReply(*replyId, {}, {}, Store::MessageStatus::Error, {}, problem);
        return fail(error);
    }

    const qint64 id = *replyId;
    const qint64 conversationId = lane.conversationId;
    auto *stream = new ReplyStream(m_store, id, std::move(job), this);
    stream->setCoalesceDeltas(m_coalesceDeltas);
    connect(stream, &ReplyStream::textArrived, this, &TurnRunner::replyText);
    connect(stream, &ReplyStream::reasoningArrived, this, &TurnRunner::replyReasoning);
    connect(stream, &ReplyStream::queuedChanged, this, &TurnRunner::replyQueued);
    connect(stream, &ReplyStream::ended, this, &TurnRunner::onJobFinished);
    connect(stream, &ReplyStream::finished, this, &TurnRunner::replyFinished);
    connect(stream, &ReplyStream::writeFailed, this, [this](qint64 failedId, const Store::StoreError &storeError) {
        fail(tr("Could not save the answer (it is kept in memory and saving is retried): %1").arg(storeError.message));
        Q_EMIT writeFailed(failedId, m_lastError);
    });

    const bool wasRunning = isRunning(conversationId);
    m_replies.emplace(id, Reply {conversationId, lane.id, stream});
    if (!wasRunning) {
        Q_EMIT runningChanged(conversationId, true);
    }
    Q_EMIT replyStarted(conversationId, lane.id, id);
    m_services.submit(stream->job());
    return true;
}

void TurnRunner::onJobFinished(qint64 replyId, const ChatResult &result)
{
    const auto it = m_replies.find(replyId);
    if (it == m_replies.end()) {
        return;
    }
    const Reply reply = it->second;
    m_replies.erase(it);
    reply.stream->finish(result);
    if (!isRunning(reply.conversationId)) {
        Q_EMIT runningChanged(reply.conversationId, false);
    }
}

void TurnRunner::stop(qint64 conversationId)
{
    QList<ReplyStream *> streams;
    for (const auto &[id, reply] : m_replies) {
        if (reply.conversationId == conversationId) {
            streams.append(reply.stream);
        }
    }
    // Each cancel ends its stream at once, which removes it from m_replies.
    for (ReplyStream *stream : std::as_const(streams)) {
        stream->cancel();
    }
}

void TurnRunner::stopReply(qint64 replyId)
{
    if (const auto it = m_replies.find(replyId); it != m_replies.end()) {
        it->second.stream->cancel();
    }
}

bool TurnRunner::isRunning(qint64 conversationId) const
{
    return std::any_of(m_replies.cbegin(), m_replies.cend(),
        [conversationId](const auto &entry) { return entry.second.conversationId == conversationId; });
}

}
