#pragma once

#include "store/storetypes.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QMenu;
class QMimeData;
class QToolButton;

namespace Confer
{

namespace Store
{
class ConversationStore;
}
class ChatView;

// One lane of a comparison: a header with the lane's model (or its blind
// label), its parameters in short, whether the next prompt goes to it, its
// state and its actions, over a ChatView showing that lane only. The header
// can be dragged onto another pane to reorder the lanes.
class LanePane : public QFrame
{
    Q_OBJECT

public:
    LanePane(Store::ConversationStore &store, const Store::Lane &lane, QWidget *parent = nullptr);

    qint64 laneId() const { return m_lane.id; }
    const Store::Lane &lane() const { return m_lane; }
    void setLane(const Store::Lane &lane);
    ChatView *chatView() const { return m_chat; }

    // Blind mode: "A", "B"… instead of the model; empty shows the model.
    void setLabel(const QString &label);
    // What the header calls this lane: the blind label, else the model.
    QString displayName() const;
    void setSendEnabled(bool enabled);
    bool isSendEnabled() const;
    void setMovable(bool left, bool right);

    // The reply running on this lane (0: none), and what the header says about it.
    qint64 runningReply() const { return m_runningReply; }
    void setRunningReply(qint64 replyId);
    void setQueued(bool queued);
    void showFinished(const Store::Message &reply);
    QString stateText() const;
    // Another pane's header is being dragged over this one: its header is tinted.
    bool isDropTarget() const { return m_dropTarget; }

    static constexpr const char *LaneMimeType = "application/x-confer-lane";
    // What dragging a pane's header carries: the lane's id. The caller owns it.
    static QMimeData *laneMimeData(qint64 laneId);

Q_SIGNALS:
    void sendToggled(qint64 laneId, bool enabled);
    void stopRequested(qint64 laneId);
    void retryRequested(qint64 laneId);
    void changeModelRequested(qint64 laneId);
    void parametersRequested(qint64 laneId);
    void moveRequested(qint64 laneId, int step);
    void removeRequested(qint64 laneId);
    void continueRequested(qint64 laneId);
    // Another pane's header was dropped on this one: put that lane here.
    void laneDropped(qint64 laneId, qint64 ontoLaneId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void setState(const QString &text, bool error);
    void setDropTarget(bool target);

    Store::Lane m_lane;
    QString m_label;
    qint64 m_runningReply = 0;
    QWidget *m_header;
    QCheckBox *m_send;
    QLabel *m_name;
    QLabel *m_parameters;
    QLabel *m_state;
    QToolButton *m_stop;
    QToolButton *m_retry;
    QToolButton *m_more;
    QMenu *m_menu;
    QAction *m_changeModel;
    QAction *m_editParameters;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_remove;
    QAction *m_continue;
    ChatView *m_chat;
    QPoint m_pressPosition;
    bool m_dropTarget = false;
};

}
