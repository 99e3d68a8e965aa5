#include "chat/chatview.h"

#include "common/frameticker.h"
#include "render/syntaxrepository.h"
#include "store/conversationstore.h"

#include <QLoggingCategory>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcChat, "confer.chat")

namespace Confer
{

ChatView::ChatView(Store::ConversationStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new MessageListView(syntaxRepository(), this))
{
    setObjectName(QStringLiteral("chatView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    m_list->setSiblingLookup([this](qint64 messageId) { return m_store.siblingIds(messageId); });
    connect(m_list, &MessageListView::actionTriggered, this, &ChatView::onAction);
    connect(m_list, &MessageListView::editSubmitted, this, &ChatView::editResendRequested);
}

ChatView::~ChatView() = default;

void ChatView::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    if (conversationId == 0) {
        m_list->clear();
        return;
    }
    m_list->setMessages(shownMessages());
}

void ChatView::reload()
{
    if (m_conversationId == 0) {
        m_list->clear();
        return;
    }
    const bool following = m_list->isFollowing();
    const auto anchor = m_list->anchor();
    m_list->setMessages(shownMessages());
    if (!following) {
        m_list->restoreAnchor(anchor);
    }
}

void ChatView::scrollToMessage(qint64 messageId)
{
    if (m_list->rowOf(messageId) < 0 && showBranchOf(messageId)) {
        reload();
    }
    m_list->scrollToMessage(messageId);
}

// A message off the active branch (a search hit in an older version) is shown
// by making its branch the active one, as the navigator would.
bool ChatView::showBranchOf(qint64 messageId)
{
    const std::optional<Store::Message> message = m_store.message(messageId);
    if (!message || m_conversationId == 0 || message->conversationId != m_conversationId) {
        return false;
    }
    const bool reply = message->role == Store::MessageRole::Assistant;
    if (reply && message->laneId && !message->active && !m_store.setActiveReply(messageId)) {
        qCWarning(lcChat) << "could not show the reply's version:" << m_store.lastError().message;
        return false;
    }
    const std::optional<qint64> leaf = m_store.newestLeafBelow(reply ? message->parentId.value_or(0) : messageId);
    if (!leaf || !m_store.setActiveLeaf(m_conversationId, *leaf)) {
        qCWarning(lcChat) << "could not show the message's branch:" << m_store.lastError().message;
        return false;
    }
    return true;
}

bool ChatView::placeReply(const Store::Message &reply)
{
    if (const int row = m_list->rowOf(reply.id); row >= 0) {
        m_list->replaceRow(row, reply);
        return true;
    }
    if (!reply.parentId) {
        return false;
    }
    int turnRow = m_list->rowOf(*reply.parentId);
    if (turnRow < 0) {
        // Usually a prompt just sent: it continues the branch shown.
        const std::optional<Store::Message> turn = m_store.message(*reply.parentId);
        if (!turn) {
            return false;
        }
        qint64 lastTurn = 0;
        for (int row = m_list->rowCount() - 1; row >= 0; --row) {
            if (m_list->messageAt(row).role == Store::MessageRole::User) {
                lastTurn = m_list->messageAt(row).id;
                break;
            }
        }
        if (turn->parentId.value_or(0) != lastTurn) {
            return false;
        }
        m_list->insertMessage(m_list->rowCount(), *turn);
        turnRow = m_list->rowCount() - 1;
    }
    // A regenerated reply takes the place of its lane's reply; a new lane's goes after the others,
    // as does a synthesis or judgement, unless it is a new version of one (same kind, same model).
    int row = turnRow + 1;
    for (; row < m_list->rowCount() && m_list->messageAt(row).role == Store::MessageRole::Assistant; ++row) {
        const Store::Message &shown = m_list->messageAt(row);
        const bool version = reply.laneId ? shown.laneId == reply.laneId
                                          : !shown.laneId && shown.kind == reply.kind && shown.model == reply.model;
        if (version) {
            m_list->replaceRow(row, reply);
            return true;
        }
    }
    m_list->insertMessage(row, reply);
    return true;
}

void ChatView::setLane(qint64 laneId)
{
    if (laneId == m_laneId) {
        return;
    }
    m_laneId = laneId;
    reload();
}

void ChatView::setLaneLabel(qint64 laneId, const QString &label)
{
    m_list->setLaneLabel(laneId, label);
}

void ChatView::setComparisonActions(bool keep, bool vote)
{
    m_list->setComparisonActions(keep, vote);
}

QList<Store::Message> ChatView::shownMessages()
{
    const QList<Store::Message> branch = m_store.activeBranch(m_conversationId);
    for (qint64 id : std::as_const(m_noted)) {
        m_list->setNote(id, {});
    }
    m_noted.clear();
    if (m_laneId == 0) {
        return branch;
    }
    QList<Store::Message> shown;
    if (m_laneId == DerivedLane) {
        // Only the prompts that have such a reply, each followed by them.
        const Store::Message *prompt = nullptr;
        for (const Store::Message &message : branch) {
            if (message.role == Store::MessageRole::User) {
                prompt = &message;
            } else if (!message.laneId && prompt) {
                if (shown.isEmpty() || shown.last().parentId != prompt->id) {
                    shown.append(*prompt);
                }
                shown.append(message);
            }
        }
        return shown;
    }
    for (const Store::Message &message : branch) {
        if (message.role == Store::MessageRole::User) {
            shown.append(message);
            continue;
        }
        if (message.laneId == m_laneId) {
            shown.append(message);
        }
    }
    // Where another lane's reply (or a synthesis) is the kept one, the prompt's header says so.
    for (const Store::Message &kept : branch) {
        if (kept.role != Store::MessageRole::Assistant || !kept.chosen || kept.laneId == m_laneId) {
            continue;
        }
        const QString who = kept.laneId ? m_list->laneLabel(*kept.laneId) : QString();
        const QString note = kept.kind == Store::MessageKind::Reply
            ? tr("%1 kept").arg(who.isEmpty() ? kept.model.section(QLatin1Char('/'), -1) : who)
            : tr("synthesis kept");
        const qint64 target = kept.parentId.value_or(0);
        m_list->setNote(target, note);
        m_noted.append(target);
    }
    return shown;
}

void ChatView::onReplyStarted(qint64 conversationId, qint64 laneId, qint64 replyId)
{
    // A reply outside the lanes (laneId 0) belongs in the DerivedLane view.
    if (m_laneId != 0 && (laneId == 0 ? DerivedLane : laneId) != m_laneId) {
        return;
    }
    if (conversationId != m_conversationId || m_conversationId == 0) {
        return;
    }
    const std::optional<Store::Message> reply = m_store.message(replyId);
    if (!reply) {
        qCWarning(lcChat) << "a started reply is not in the store:" << m_store.lastError().message;
        return;
    }
    if (!placeReply(*reply)) {
        reload();
    }
}

void ChatView::onReplyQueued(qint64 replyId, bool queued)
{
    m_list->setQueued(replyId, queued);
}

void ChatView::onReplyText(qint64 replyId, const QString &delta)
{
    m_list->appendText(replyId, delta);
}

void ChatView::onReplyReasoning(qint64 replyId, const QString &delta)
{
    m_list->appendReasoning(replyId, delta);
}

void ChatView::onReplyFinished(qint64 replyId)
{
    if (m_list->rowOf(replyId) < 0) {
        return;
    }
    // The store holds the final text, status, metrics and error.
    if (const std::optional<Store::Message> reply = m_store.message(replyId)) {
        m_list->updateMessage(*reply);
    }
}

void ChatView::showFinishedReplySoon(const Store::Message &reply)
{
    m_finishedSoon.append(reply);
    FrameTicker::instance().request(this, [this] {
        for (const Store::Message &finished : std::exchange(m_finishedSoon, {})) {
            // Still shown (the view may have turned to another conversation meanwhile).
            if (m_list->rowOf(finished.id) >= 0) {
                m_list->updateMessage(finished);
            }
        }
    });
}

void ChatView::onAction(qint64 messageId, MessageListView::Action action, int index)
{
    Q_UNUSED(index)
    switch (action) {
    case MessageListView::Action::Regenerate:
        Q_EMIT regenerateRequested(messageId);
        break;
    case MessageListView::Action::Retry:
        Q_EMIT retryRequested(messageId);
        break;
    case MessageListView::Action::Stop:
        Q_EMIT stopRequested();
        break;
    case MessageListView::Action::Keep:
        Q_EMIT keepRequested(messageId);
        break;
    case MessageListView::Action::Vote:
        Q_EMIT voteRequested(messageId);
        break;
    case MessageListView::Action::PreviousVersion:
        showVersion(messageId, -1);
        break;
    case MessageListView::Action::NextVersion:
        showVersion(messageId, 1);
        break;
    case MessageListView::Action::Delete:
        confirmDelete(messageId);
        break;
    default:
        break;
    }
}

void ChatView::showVersion(qint64 messageId, int step)
{
    const QList<qint64> versions = m_store.siblingIds(messageId);
    const qsizetype target = versions.indexOf(messageId) + step;
    if (target < 0 || target >= versions.size()) {
        return;
    }
    const qint64 version = versions.at(target);
    const std::optional<Store::Message> message = m_store.message(version);
    if (!message) {
        return;
    }
    bool ok = false;
    if (message->role == Store::MessageRole::Assistant) {
        ok = m_store.setActiveReply(version);
    } else if (const std::optional<qint64> leaf = m_store.newestLeafBelow(version)) {
        ok = m_store.setActiveLeaf(m_conversationId, *leaf);
    }
    if (!ok) {
        qCWarning(lcChat) << "could not switch to another version:" << m_store.lastError().message;
        return;
    }
    reload();
}

}
