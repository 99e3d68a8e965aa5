#include "compare/derivedreply.h"

#include "providers/providerservices.h"
#include "secrets/apikeystore.h"
#include "store/conversationstore.h"
#include "store/replyoutcome.h"
#include "store/replywriter.h"

#include <QLoggingCategory>

namespace Confer
{

Q_LOGGING_CATEGORY(lcDerived, "confer.compare.derived")

DerivedReplyRunner::DerivedReplyRunner(Store::ConversationStore &store, ProviderServices &services, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_comparisons(store)
    , m_services(services)
{
}

DerivedReplyRunner::~DerivedReplyRunner()
{
    // Quitting mid-answer: keep what arrived, marked interrupted, as TurnRunner does.
    for (auto &[replyId, reply] : m_replies) {
        reply.job->disconnect(this);
        reply.writer->disconnect(this);
        reply.job->cancel();
        reply.writer->finish(Store::MessageStatus::Interrupted, Store::replyMetricsOf(reply.job->result().metrics));
    }
    m_replies.clear();
}

void DerivedReplyRunner::setJobOptions(const ChatJobOptions &options)
{
    m_jobOptions = options;
}

void DerivedReplyRunner::setLaneLabels(const QHash<qint64, QString> &labels)
{
    m_laneLabels = labels;
}

std::nullopt_t DerivedReplyRunner::fail(const QString &message)
{
    m_lastError = message;
    qCInfo(lcDerived).noquote() << message;
    return std::nullopt;
}

std::optional<qint64> DerivedReplyRunner::synthesize(qint64 turnId, const QString &model)
{
    return start(turnId, model, Compare::DerivedTask::Synthesis, {});
}

std::optional<qint64> DerivedReplyRunner::judge(qint64 turnId, const QString &model, const QStringList &criteria)
{
    return start(turnId, model, Compare::DerivedTask::Judgement, criteria);
}

bool DerivedReplyRunner::providerReady(const ModelReference &model)
{
    const std::optional<ProviderInfo> provider = m_services.registry().provider(model.providerId);
    if (!provider) {
        fail(tr("Unknown provider '%1'.").arg(model.providerId));
        return false;
    }
    if (!provider->needsKey()) {
        return true;
    }
    // Known without asking the keychain: its index, the session, the environment.
    const KeyRequest request {provider->id, provider->keyEnvironmentVariables};
    KeyOrigin origin = KeyOrigin::None;
    if (const auto *store = qobject_cast<ApiKeyStore *>(m_services.keys())) {
        origin = store->origin(request);
    } else if (qobject_cast<EnvironmentKeySource *>(m_services.keys()) || !m_services.keys()) {
        origin = EnvironmentKeySource::fromEnvironment(request).origin;
    } else {
        return true; // another source answers only when asked: the request will tell
    }
    if (origin == KeyOrigin::None) {
        fail(tr("%1 needs an API key: add one in Settings › Providers.").arg(provider->displayName));
        return false;
    }
    return true;
}

std::optional<qint64> DerivedReplyRunner::start(
    qint64 turnId, const QString &model, Compare::DerivedTask task, const QStringList &criteria)
{
    const auto reference = ModelReference::parse(model);
    if (!reference) {
        return fail(tr("'%1' is not a model name of the form provider/model.").arg(model));
    }
    if (!providerReady(*reference)) {
        return std::nullopt;
    }
    const std::optional<Store::Message> turn = m_store.message(turnId);
    if (!turn || turn->role != Store::MessageRole::User) {
        return fail(tr("There is no prompt %1.").arg(turnId));
    }
    const std::optional<Store::ConversationData> data = m_store.load(turn->conversationId);
    if (!data) {
        return fail(m_store.lastError().message);
    }
    QString error;
    const std::optional<Compare::DerivedPrompt> prompt
        = Compare::derivedPrompt(*data, turnId, task, criteria, &error, m_laneLabels);
    if (!prompt) {
        return fail(error);
    }
    ChatRequest request;
    request.systemPrompt = prompt->systemPrompt;
    request.messages = {{ChatMessage::Role::User, prompt->message}};
    std::unique_ptr<ChatJob> job = m_services.createJob(*reference, request, m_jobOptions, &error);
    if (!job) {
        return fail(error);
    }
    const Store::MessageKind kind
        = task == Compare::DerivedTask::Synthesis ? Store::MessageKind::Synthesis : Store::MessageKind::Judgement;
    const std::optional<qint64> replyId = m_comparisons.beginDerivedReply(turnId, kind, model);
    if (!replyId) {
        return fail(m_store.lastError().message);
    }

    const qint64 id = *replyId;
    auto *writer = new Store::ReplyWriter(m_store, id, this);
    connect(writer, &Store::ReplyWriter::writeFailed, this, [this, id](const Store::StoreError &storeError) {
        fail(tr("Could not save the answer (it is kept in memory and saving is retried): %1").arg(storeError.message));
        Q_EMIT writeFailed(id, m_lastError);
    });
    connect(writer, &Store::ReplyWriter::finished, this, [this, writer, id] {
        writer->deleteLater();
        Q_EMIT replyFinished(id);
    });
    ChatJob *jobPointer = job.get();
    connect(jobPointer, &ChatJob::textDelta, this, [this, writer, id](const QString &delta) {
        writer->appendText(delta);
        Q_EMIT replyText(id, delta);
    });
    connect(jobPointer, &ChatJob::reasoningDelta, this, [this, writer, id](const QString &delta) {
        writer->appendReasoning(delta);
        Q_EMIT replyReasoning(id, delta);
    });
    connect(jobPointer, &ChatJob::queued, this, [this, id] {
        if (auto it = m_replies.find(id); it != m_replies.end()) {
            it->second.queued = true;
        }
        Q_EMIT replyQueued(id, true);
    });
    connect(jobPointer, &ChatJob::started, this, [this, id] {
        if (auto it = m_replies.find(id); it != m_replies.end() && it->second.queued) {
            it->second.queued = false;
            Q_EMIT replyQueued(id, false);
        }
    });
    connect(jobPointer, &ChatJob::finished, this, [this, id](const ChatResult &result) { onJobFinished(id, result); });

    m_replies.emplace(id, Reply {turn->conversationId, std::move(job), writer, false});
    m_lastError.clear();
    Q_EMIT replyStarted(turn->conversationId, id);
    m_services.submit(jobPointer);
    return id;
}

void DerivedReplyRunner::onJobFinished(qint64 replyId, const ChatResult &result)
{
    const auto it = m_replies.find(replyId);
    if (it == m_replies.end()) {
        return;
    }
    Reply reply = std::move(it->second);
    m_replies.erase(it);
    // Still inside the job's own signal: delete it once that has returned.
    reply.job.release()->deleteLater();
    if (reply.queued) {
        Q_EMIT replyQueued(replyId, false);
    }
    reply.writer->finish(Store::replyStatusOf(result), Store::replyMetricsOf(result.metrics), result.error);
}

void DerivedReplyRunner::stop(qint64 replyId)
{
    if (const auto it = m_replies.find(replyId); it != m_replies.end()) {
        it->second.job->cancel(); // finishes at once, which removes it from m_replies
    }
}

void DerivedReplyRunner::stopConversation(qint64 conversationId)
{
    QList<qint64> ids;
    for (const auto &[id, reply] : m_replies) {
        if (reply.conversationId == conversationId) {
            ids.append(id);
        }
    }
    for (const qint64 id : std::as_const(ids)) {
        stop(id);
    }
}

bool DerivedReplyRunner::isRunning(qint64 replyId) const
{
    return m_replies.find(replyId) != m_replies.end();
}

}
