#pragma once

#include "chat/messagelistview.h"

#include <QWidget>

namespace Confer
{

namespace Store
{
class ConversationStore;
}

// Shows one stored conversation: its active branch, replies streaming in, and
// the actions on each message. Reads the store; changes to the tree (branch
// choice) are written there; sending is left to whoever connects the signals.
class ChatView : public QWidget
{
    Q_OBJECT

public:
    explicit ChatView(Store::ConversationStore &store, QWidget *parent = nullptr);
    ~ChatView() override;

    void setConversation(qint64 conversationId); // 0 clears
    qint64 conversationId() const { return m_conversationId; }
    // Scrolls to a message and highlights it, switching to its branch when it is on another one.
    void scrollToMessage(qint64 messageId);
    void reload(); // re-read from the store (branch switch, edits elsewhere)

    MessageListView *messageList() const { return m_list; }

    // 0 (the default): every lane. Otherwise only this lane's replies under the prompts of the active
    // branch, with a note on turns where another lane's reply is kept (shared mode).
    void setLane(qint64 laneId);
    // For setLane: the replies written outside the lanes (synthesis, judgement), under their prompts.
    static constexpr qint64 DerivedLane = -1;
    qint64 lane() const { return m_laneId; }
    // Shown instead of the model name in reply headers (blind mode "A", "B"…); empty clears.
    void setLaneLabel(qint64 laneId, const QString &label);
    // The Keep this / Vote for this actions under finished replies.
    void setComparisonActions(bool keep, bool vote);

public Q_SLOTS: // connected to TurnRunner's signals
    void onReplyStarted(qint64 conversationId, qint64 laneId, qint64 replyId);
    void onReplyQueued(qint64 replyId, bool queued);
    void onReplyText(qint64 replyId, const QString &delta);
    void onReplyReasoning(qint64 replyId, const QString &delta);
    void onReplyFinished(qint64 replyId);
    // The same, for a caller that has just read the finished reply from the
    // store, shown in the view's next frame: of replies that finish together
    // in several views (a comparison's panes), a few are laid out and painted
    // at a time rather than all in one pass.
    void showFinishedReplySoon(const Store::Message &reply);

Q_SIGNALS:
    void regenerateRequested(qint64 replyId);
    void editResendRequested(qint64 userTurnId, const QString &text);
    void retryRequested(qint64 replyId);
    void stopRequested();
    // After the user deleted a message (and what followed it) from the conversation.
    void messageDeleted(qint64 conversationId, qint64 messageId);
    void keepRequested(qint64 replyId);
    void voteRequested(qint64 replyId);

private:
    void onAction(qint64 messageId, MessageListView::Action action, int index);
    void showVersion(qint64 messageId, int step);
    bool showBranchOf(qint64 messageId);
    bool placeReply(const Store::Message &reply);
    // Asks, deletes from the store and reloads keeping the place (chatviewdelete.cpp).
    void confirmDelete(qint64 messageId);
    // The active branch as this view shows it (one lane's replies only, when set), with its notes.
    QList<Store::Message> shownMessages();

    Store::ConversationStore &m_store;
    MessageListView *m_list;
    qint64 m_conversationId = 0;
    qint64 m_laneId = 0;
    QList<qint64> m_noted; // rows this view put a note on
    QList<Store::Message> m_finishedSoon; // for the next frame
};

}
