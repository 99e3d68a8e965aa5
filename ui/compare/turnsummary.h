#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace Confer
{

namespace Store
{
class ConversationStore;
}
class ChatView;
class DerivedReplyRunner;
class ProviderServices;
class ScoreboardBar;

// Under a comparison's panes: one turn at a time (the latest unless the user
// picks another) measured in a ScoreboardBar, the conversation's running cost,
// the Synthesize…, Judge… and Compare Two Replies… actions for that turn, and
// the syntheses and judgements written so far (a chat view of the replies
// outside the lanes, shown once there is one, where each can be asked again,
// browsed by version or deleted).
class TurnSummary : public QWidget
{
    Q_OBJECT

public:
    explicit TurnSummary(Store::ConversationStore &store, QWidget *parent = nullptr);

    // Without a runner the Synthesize and Judge actions stay off.
    void setDerivedRunner(DerivedReplyRunner *runner, ProviderServices *services);
    void setConversation(qint64 conversationId);
    // The names the lanes go by (models, or "A", "B"… while blind names are hidden).
    void setLaneLabels(const QHash<qint64, QString> &labels);
    // Re-reads the turns, the scores and the costs (a reply finished, a turn was sent).
    void refresh();
    // The turns and scores (not the syntheses and judgements), shortly after
    // the events at hand: when eight lanes finish together, the scoreboard is
    // measured once, not eight times in a row.
    void refreshSoon();

    qint64 shownTurn() const { return m_turnId; }
    ScoreboardBar *scoreboard() const { return m_scoreboard; }
    ChatView *derivedView() const { return m_derived; }

Q_SIGNALS:
    // Asking again (Regenerate, Retry) under a synthesis or judgement was refused.
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshNow();
    void showTurn(qint64 turnId);
    void updateActions();
    // Regenerate and Retry in the derived view: a new version of that synthesis or judgement.
    void answerAgain(qint64 replyId);

    Store::ConversationStore &m_store;
    QPointer<DerivedReplyRunner> m_runner;
    ProviderServices *m_services = nullptr;
    qint64 m_conversationId = 0;
    qint64 m_turnId = 0;
    bool m_followLatest = true;
    int m_finishedReplies = 0; // of the shown turn, lanes only
    QHash<qint64, QString> m_labels;
    bool m_derivedStale = true; // the syntheses and judgements view must be read again

    QLabel *m_turnLabel = nullptr;
    QComboBox *m_turns = nullptr;
    QPushButton *m_synthesize = nullptr;
    QPushButton *m_judge = nullptr;
    QPushButton *m_diff = nullptr;
    ScoreboardBar *m_scoreboard = nullptr;
    ChatView *m_derived = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

}
