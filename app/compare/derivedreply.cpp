#include "compare/derivedreply.h"

#include "chat/replystream.h"
#include "providers/providerservices.h"
#include "secrets/apikeystore.h"
#include "store/conversationstore.h"

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
    // Quitting mid-answer: each stream keeps what arrived, marked interrupted, as TurnRunner's do.
    for (auto &[replyId, reply] : m_replies) {
        delete reply.stream;
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

std::optional<qint64> DerivedReplyRunner::regenerate(qint64 replyId)
{
    const std::optional<Store::Message> reply = m_store.message(replyId);
    if (!reply || reply->role != Store::MessageRole::Assistant || reply->laneId || !reply->parentId
        || reply->kind == Store::MessageKind::Reply) {
        return fail(tr("There is no synthesis or judgement %1.").arg(replyId));
    }
    for (const auto &[id, running] : m_replies) {
        if (running.turnId == *reply->parentId && running.kind == reply->kind && running.model == reply->model) {
            return fail(reply->kind == Store::MessageKind::Synthesis
                    ? tr("This synthesis is still being written: stop it or wait for it.")
                    : tr("This judgement is still being written: stop it or wait for it."));
        }
    }
    QStringList criteria;
    if (reply->kind == Store::MessageKind::Judgement) {
        const std::optional<QStringList> stored = m_comparisons.derivedCriteria(replyId);
        if (!stored) {
            return fail(m_store.lastError().message);
        }
        criteria = *stored; // empty (asked before criteria were kept): the default ones
    }
    return start(*reply->parentId, reply->model,
        reply->kind == Store::MessageKind::Synthesis ? Compare::DerivedTask::Synthesis
                                                     : Compare::DerivedTask::Judgement,
        criteria);
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
    // Kept with the judgement as sent, so asking again asks the same (whatever the language then).
    const QStringList asked
        = task == Compare::DerivedTask::Judgement && criteria.isEmpty() ? Compare::defaultCriteria() : criteria;
    QString error;
    const std::optional<Compare::DerivedPrompt> prompt
        = Compare::derivedPrompt(*data, turnId, task, asked, &error, m_laneLabels);
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
    const std::optional<qint64> replyId = m_comparisons.beginDerivedReply(turnId, kind, model, asked);
    if (!replyId) {
        return fail(m_store.lastError().message);
    }

    const qint64 id = *replyId;
    auto *stream = new ReplyStream(m_store, id, std::move(job), this);
    connect(stream, &ReplyStream::textArrived, this, &DerivedReplyRunner::replyText);
    connect(stream, &ReplyStream::reasoningArrived, this, &DerivedReplyRunner::replyReasoning);
    connect(stream, &ReplyStream::queuedChanged, this, &DerivedReplyRunner::replyQueued);
    connect(stream, &ReplyStream::ended, this, &DerivedReplyRunner::onJobFinished);
    connect(stream, &ReplyStream::finished, this, &DerivedReplyRunner::replyFinished);
    connect(stream, &ReplyStream::writeFailed, this, [this](qint64 failedId, const Store::StoreError &storeError) {
        fail(tr("Could not save the answer (it is kept in memory and saving is retried): %1").arg(storeError.message));
        Q_EMIT writeFailed(failedId, m_lastError);
    });

    m_replies.emplace(id, Reply {turn->conversationId, turnId, kind, model, stream});
    m_lastError.clear();
    Q_EMIT replyStarted(turn->conversationId, id);
    m_services.submit(stream->job());
    return id;
}

void DerivedReplyRunner::onJobFinished(qint64 replyId, const ChatResult &result)
{
    const auto it = m_replies.find(replyId);
    if (it == m_replies.end()) {
        return;
    }
    ReplyStream *stream = it->second.stream;
    m_replies.erase(it);
    stream->finish(result);
}

void DerivedReplyRunner::stop(qint64 replyId)
{
    if (const auto it = m_replies.find(replyId); it != m_replies.end()) {
        it->second.stream->cancel(); // ends at once, which removes it from m_replies
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
