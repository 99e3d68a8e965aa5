#pragma once

#include "compare/derivedprompts.h"
#include "providers/network/chatjob.h"
#include "store/comparisonstore.h"

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

// Asks a model the user picks to write about a turn's replies: a synthesis
// (the replies merged into one best answer) or a judgement (the replies
// scored against criteria, with a table and a verdict). The answer streams
// into the store as a reply of its own kind, outside the lanes, through the
// same ReplyStream as a lane's reply (TurnRunner): the same batched saves and
// outcome rules.
class DerivedReplyRunner : public QObject
{
    Q_OBJECT

public:
    DerivedReplyRunner(Store::ConversationStore &store, ProviderServices &services, QObject *parent = nullptr);
    ~DerivedReplyRunner() override;

    // Options for every job started from now on (inactivity timeout, retries).
    void setJobOptions(const ChatJobOptions &options);
    // The labels replies get in the prompt, by lane id (the comparison view's
    // own); empty (the default): Compare::laneLabels of the conversation.
    void setLaneLabels(const QHash<qint64, QString> &labels);

    // Each returns the new reply's id, or nothing with lastError() set: fewer
    // than two finished replies, a model name not of the form provider/model,
    // an unknown provider, or a provider that needs a key and has none. A
    // model that already wrote one of that kind about the turn writes a new
    // version of it (ComparisonStore::beginDerivedReply).
    std::optional<qint64> synthesize(qint64 turnId, const QString &model);
    // criteria: empty means Compare::defaultCriteria().
    std::optional<qint64> judge(qint64 turnId, const QString &model, const QStringList &criteria);
    // Asks the model of a synthesis or judgement the same task about the
    // same turn again (a judgement with the criteria it was asked with): a
    // new version of that reply, the old one kept inactive. Also what Retry
    // of a failed or stopped one does. Refused while a version of it runs.
    std::optional<qint64> regenerate(qint64 replyId);

    // Cancels a running synthesis or judgement; the text so far is kept.
    void stop(qint64 replyId);
    // Cancels every one running in a conversation.
    void stopConversation(qint64 conversationId);
    bool isRunning(qint64 replyId) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void replyStarted(qint64 conversationId, qint64 replyId);
    void replyQueued(qint64 replyId, bool queued);
    void replyText(qint64 replyId, const QString &delta);
    void replyReasoning(qint64 replyId, const QString &delta);
    void replyFinished(qint64 replyId); // the store holds the final status, metrics, error
    // Saving failed; the text stays in memory and the write is retried.
    void writeFailed(qint64 replyId, const QString &message);

private:
    struct Reply {
        qint64 conversationId = 0;
        qint64 turnId = 0;
        Store::MessageKind kind = Store::MessageKind::Synthesis;
        QString model;
        ReplyStream *stream = nullptr; // a child; deletes itself once its end is stored
    };

    std::optional<qint64> start(
        qint64 turnId, const QString &model, Compare::DerivedTask task, const QStringList &criteria);
    std::nullopt_t fail(const QString &message);
    bool providerReady(const ModelReference &model);
    void onJobFinished(qint64 replyId, const ChatResult &result);

    Store::ConversationStore &m_store;
    Store::ComparisonStore m_comparisons;
    ProviderServices &m_services;
    ChatJobOptions m_jobOptions;
    QHash<qint64, QString> m_laneLabels;
    std::map<qint64, Reply> m_replies; // by reply id, while the job runs
    QString m_lastError;
};

}
