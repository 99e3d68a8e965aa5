#pragma once

#include "compare/compareviewstate.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTimer;
class QVBoxLayout;

namespace Confer
{

namespace Store
{
class ComparisonStore;
class ConversationStore;
}
class DerivedReplyRunner;
class LanePane;
class ProviderServices;
class TurnRunner;
class TurnSummary;

// A conversation with several lanes, side by side: one LanePane per lane in
// columns, a grid or tabs, under a bar stating the context mode and holding
// blind mode, the layout, Add lane, Retry failed and synchronized scrolling.
// The layout, sizes and which lanes get the next prompt are saved per
// conversation (ComparisonStore::setViewState).
class CompareView : public QWidget
{
    Q_OBJECT

public:
    using Layout = CompareViewState::Layout;
    // Asks the user for a model ("provider/model"); empty when cancelled.
    using ModelChooser = std::function<QString(const QString &title)>;

    explicit CompareView(Store::ConversationStore &store, QWidget *parent = nullptr);
    ~CompareView() override;

    void setTurnRunner(TurnRunner *runner);
    // Synthesize… and Judge… under the panes run through this (off without one).
    void setDerivedRunner(DerivedReplyRunner *runner, ProviderServices *services);
    void setModelChooser(ModelChooser chooser);

    void setConversation(qint64 conversationId); // 0 clears
    qint64 conversationId() const { return m_conversationId; }
    void reload(); // lanes, labels and every pane's messages from the store

    QList<LanePane *> panes() const { return m_panes; }
    LanePane *paneOf(qint64 laneId) const;
    // The lanes the next prompt goes to, by position.
    QList<qint64> sendLanes() const;
    // The lane whose pane has (or, while the focus is outside the view, last had) the keyboard focus; 0 when none.
    qint64 focusedLane() const;
    // What the header calls each lane: "A", "B"… while blind names are hidden, else the model.
    QString laneLabel(qint64 laneId) const;
    bool namesHidden() const;

    // Sends to the lanes toggled on; in shared mode first makes sure the last turn has a kept
    // reply (asking which, unless keepFirstFinished). False when nothing was sent (see lastError();
    // empty when the user cancelled).
    bool send(const QString &prompt, bool keepFirstFinished);
    QString lastError() const { return m_lastError; }

    void addLane(); // asks for a model
    bool addLane(const QString &model);
    bool changeLaneModel(qint64 laneId, const QString &model);
    bool keep(qint64 replyId);
    bool vote(qint64 replyId);
    int retryFailed();

    void setLayoutMode(Layout layout);
    Layout layoutMode() const { return m_state.layout; }
    void setSyncScroll(bool on);
    bool syncScroll() const { return m_state.syncScroll; }
    // The outer splitter's sizes (pane widths in columns, row heights in a grid; empty in tabs).
    QList<int> paneSizes() const;
    void setPaneSizes(const QList<int> &sizes);
    void saveViewState();

    // Where a scoreboard or other per-turn summary goes, under the panes.
    QVBoxLayout *belowPanes() const { return m_belowPanes; }
    TurnSummary *summary() const { return m_summary; }

public Q_SLOTS: // connected to TurnRunner's signals
    void onReplyStarted(qint64 conversationId, qint64 laneId, qint64 replyId);
    void onReplyQueued(qint64 replyId, bool queued);
    void onReplyText(qint64 replyId, const QString &delta);
    void onReplyReasoning(qint64 replyId, const QString &delta);
    void onReplyFinished(qint64 replyId);

Q_SIGNALS:
    // Lanes were added, removed, reordered or changed model: the composer and the window follow.
    void lanesChanged(qint64 conversationId);
    // "Continue with this one" made this conversation: open it.
    void conversationForked(qint64 conversationId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildBar();
    void retranslate();
    void rebuildPanes();
    void arrangePanes();
    void reorderPanes();
    void updateBar();
    void updateLabels();
    void updateVotes();
    void connectPane(LanePane *pane);
    void syncFrom(LanePane *source, int value);
    void scheduleSave();
    void applyPendingSizes();
    bool fail(const QString &message);
    LanePane *paneOfReply(qint64 replyId) const;
    // Shared mode: keeps a reply of the last turn when none is kept yet; false when the user cancelled.
    bool ensureKept(bool keepFirstFinished);
    void moveLane(qint64 laneId, int position);
    void removeLane(qint64 laneId);
    void continueWith(qint64 laneId);
    void editParameters(qint64 laneId);
    void retryLane(qint64 laneId);

    Store::ConversationStore &m_store;
    std::unique_ptr<Store::ComparisonStore> m_comparisons;
    QPointer<TurnRunner> m_runner;
    ModelChooser m_chooser;
    qint64 m_conversationId = 0;
    CompareViewState m_state;
    bool m_blind = false;
    bool m_revealed = false;
    QList<LanePane *> m_panes;
    QString m_lastError;
    bool m_syncing = false;
    qint64 m_focusedLane = 0;
    QList<int> m_pendingSizes; // restored sizes, applied once the splitter has its real size

    QWidget *m_bar = nullptr;
    QLabel *m_contextLabel = nullptr;
    QComboBox *m_context = nullptr;
    QCheckBox *m_blindBox = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QComboBox *m_layout = nullptr;
    QCheckBox *m_sync = nullptr;
    QPushButton *m_addLane = nullptr;
    QPushButton *m_retryFailed = nullptr;
    QVBoxLayout *m_paneArea = nullptr;
    QWidget *m_arrangement = nullptr; // what holds the panes in the current layout
    QSplitter *m_outer = nullptr; // its outer splitter, in columns and grid
    QVBoxLayout *m_belowPanes = nullptr;
    TurnSummary *m_summary = nullptr;
    QTimer *m_saveTimer = nullptr;
};

}
