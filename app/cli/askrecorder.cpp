#include "cli/askrecorder.h"

#include "core/profile.h"

namespace Confer::Cli
{

AskRecorder::AskRecorder() = default;

// The writers go first: their last flush needs the store and its database.
AskRecorder::~AskRecorder()
{
    m_writers.clear();
}

bool AskRecorder::open(const Profile &profile)
{
    if (const auto problem = profile.ensureDirectories()) {
        m_error = *problem;
        return false;
    }
    auto database = std::make_unique<Store::Database>(Store::Database::defaultFilePath(profile));
    if (!database->open()) {
        m_error = database->lastError().message;
        return false;
    }
    m_database = std::move(database);
    m_store = std::make_unique<Store::ConversationStore>(*m_database);
    return true;
}

std::optional<QStringList> AskRecorder::laneModels(qint64 conversationId)
{
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation || conversation->deletedAt) {
        m_error = tr("There is no conversation %1 (see 'confer history list').").arg(conversationId);
        return std::nullopt;
    }
    QStringList models;
    for (const Store::Lane &lane : m_store->lanes(conversationId)) {
        models.append(lane.model);
    }
    return models;
}

bool AskRecorder::fail()
{
    if (m_error.isEmpty()) {
        m_error = m_store->lastError().message;
    }
    return false;
}

// A seat takes the first lane with its model not taken by another seat, and
// that lane's parameters where the command line gave none; otherwise a new lane
// with the command line's parameters.
std::optional<qint64> AskRecorder::seatLane(qint64 conversationId, Seat &seat, QList<Store::Lane> &unclaimed)
{
    ChatRequest &request = seat.request;
    const auto found = std::find_if(
        unclaimed.cbegin(), unclaimed.cend(), [&seat](const Store::Lane &lane) { return lane.model == seat.model; });
    if (found != unclaimed.cend()) {
        const Store::Lane lane = *found;
        unclaimed.erase(found);
        if (!request.temperature) {
            request.temperature = lane.temperature;
        }
        if (!request.maxOutputTokens) {
            request.maxOutputTokens = lane.maxOutputTokens;
        }
        if (request.reasoning == ReasoningEffort::Default) {
            request.reasoning = lane.reasoning;
        }
        return lane.id;
    }
    Store::Lane lane;
    lane.model = seat.model;
    lane.temperature = request.temperature;
    lane.maxOutputTokens = request.maxOutputTokens;
    lane.reasoning = request.reasoning;
    return m_store->addLane(conversationId, lane);
}

std::optional<qint64> AskRecorder::begin(
    std::optional<qint64> conversationId, const QString &prompt, const QString &systemPrompt, std::vector<Seat> &seats)
{
    std::vector<Seat> prepared = seats;
    std::vector<qint64> replyIds;
    const bool ok = m_database->transaction([&] {
        if (!conversationId) {
            conversationId = m_store->createConversation(
                {}, Store::ContextMode::Independent, systemPrompt, Store::ConversationStore::titleFromPrompt(prompt));
            if (!conversationId) {
                return false;
            }
        } else if (!systemPrompt.isEmpty() && !m_store->setSystemPrompt(*conversationId, systemPrompt)) {
            return false; // a new --system becomes the conversation's, so the next turn keeps it
        }
        QList<Store::Lane> unclaimed = m_store->lanes(*conversationId);
        std::vector<qint64> laneIds;
        for (Seat &seat : prepared) {
            const auto laneId = seatLane(*conversationId, seat, unclaimed);
            if (!laneId) {
                return false;
            }
            laneIds.push_back(*laneId);
        }
        const auto turnId = m_store->appendUserTurn(*conversationId, prompt);
        if (!turnId) {
            return false;
        }
        for (std::size_t i = 0; i < prepared.size(); ++i) {
            const auto replyId = m_store->beginReply(*turnId, laneIds.at(i));
            const auto history = replyId ? m_store->historyForLane(laneIds.at(i)) : std::nullopt;
            if (!history) {
                return false;
            }
            prepared[i].request.systemPrompt = history->systemPrompt;
            prepared[i].request.messages = history->messages;
            replyIds.push_back(*replyId);
        }
        return true;
    });
    if (!ok) {
        fail();
        return std::nullopt;
    }
    seats = std::move(prepared);
    for (const qint64 replyId : replyIds) {
        m_writers.push_back(std::make_unique<Store::ReplyWriter>(*m_store, replyId));
    }
    return conversationId;
}

void AskRecorder::record(std::size_t seat, ChatJob *job, const std::function<void(const QString &)> &failed)
{
    if (seat >= m_writers.size()) {
        return;
    }
    Store::ReplyWriter *writer = m_writers.at(seat).get();
    QObject::connect(writer, &Store::ReplyWriter::writeFailed, writer,
        [failed](const Store::StoreError &error) { failed(error.message); });
    QObject::connect(job, &ChatJob::textDelta, writer, &Store::ReplyWriter::appendText);
    QObject::connect(job, &ChatJob::reasoningDelta, writer, &Store::ReplyWriter::appendReasoning);
    QObject::connect(job, &ChatJob::finished, writer, [writer](const ChatResult &result) {
        writer->finish(statusOf(result), metricsOf(result.metrics), result.error);
    });
}

bool AskRecorder::flush()
{
    bool saved = true;
    for (const auto &writer : m_writers) {
        if (writer->hasUnsavedChanges() && !writer->flush()) {
            saved = false;
            m_error = m_store->lastError().message;
        }
    }
    return saved;
}

Store::MessageStatus AskRecorder::statusOf(const ChatResult &result)
{
    switch (result.status) {
    case ChatResult::Status::Completed:
        return Store::MessageStatus::Complete;
    case ChatResult::Status::Cancelled:
        return Store::MessageStatus::Cancelled;
    case ChatResult::Status::Failed:
        break;
    }
    const bool brokeOff
        = result.error && (result.error->kind == ErrorKind::Network || result.error->kind == ErrorKind::Timeout);
    const bool answerBegun = !result.text.isEmpty() || !result.reasoning.isEmpty();
    return brokeOff && answerBegun ? Store::MessageStatus::Interrupted : Store::MessageStatus::Error;
}

Store::ReplyMetrics AskRecorder::metricsOf(const ChatMetrics &metrics)
{
    Store::ReplyMetrics stored;
    stored.ttftMs = metrics.timeToFirstTokenMs;
    stored.durationMs = metrics.durationMs;
    stored.usage.inputTokens = metrics.inputTokens;
    stored.usage.outputTokens = metrics.outputTokens;
    stored.usage.reasoningTokens = metrics.reasoningTokens;
    stored.usage.costUsd = metrics.costUsd;
    stored.tokensEstimated
        = metrics.inputTokensEstimated || metrics.outputTokensEstimated || metrics.reasoningTokensEstimated;
    stored.finishReason = metrics.finishReason;
    stored.requestId = metrics.requestId;
    stored.answeredModel = metrics.responseModel;
    return stored;
}

}
