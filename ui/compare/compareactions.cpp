// What the comparison's panes and bar do: sending to the lanes toggled on,
// keeping and voting, and changing the lanes themselves.
#include "chat/chatformat.h"
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chat/turnrunner.h"
#include "common/messagebox.h"
#include "compare/compareview.h"
#include "compare/lanepane.h"
#include "composer/parameterspopover.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"

#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QScrollBar>

#include <algorithm>

namespace Confer
{

void CompareView::connectPane(LanePane *pane)
{
    ChatView *chat = pane->chatView();
    connect(pane, &LanePane::sendToggled, this, [this] { saveViewState(); });
    connect(pane, &LanePane::stopRequested, this, [this, pane] {
        if (m_runner && pane->runningReply() != 0) {
            m_runner->stopReply(pane->runningReply());
        }
    });
    connect(pane, &LanePane::retryRequested, this, &CompareView::retryLane);
    connect(pane, &LanePane::changeModelRequested, this, [this](qint64 laneId) {
        const QString model = m_chooser ? m_chooser(tr("Change the Model of %1").arg(laneLabel(laneId))) : QString();
        if (!model.isEmpty()) {
            changeLaneModel(laneId, model);
        }
    });
    connect(pane, &LanePane::parametersRequested, this, &CompareView::editParameters);
    connect(pane, &LanePane::moveRequested, this, [this](qint64 laneId, int step) {
        const qsizetype index = m_panes.indexOf(paneOf(laneId));
        moveLane(laneId, int(index + step));
    });
    connect(pane, &LanePane::laneDropped, this,
        [this](qint64 laneId, qint64 ontoLaneId) { moveLane(laneId, int(m_panes.indexOf(paneOf(ontoLaneId)))); });
    connect(pane, &LanePane::removeRequested, this, &CompareView::removeLane);
    connect(pane, &LanePane::continueRequested, this, &CompareView::continueWith);
    connect(chat, &ChatView::keepRequested, this, &CompareView::keep);
    connect(chat, &ChatView::voteRequested, this, &CompareView::vote);
    connect(chat, &ChatView::retryRequested, this, [this](qint64 replyId) {
        if (m_runner && !m_runner->retry(replyId)) {
            fail(m_runner->lastError());
        }
    });
    connect(chat, &ChatView::regenerateRequested, this, [this](qint64 replyId) {
        if (m_runner && !m_runner->regenerate(replyId)) {
            fail(m_runner->lastError());
        }
    });
    connect(chat, &ChatView::editResendRequested, this, [this](qint64 turnId, const QString &text) {
        if (m_runner && !m_runner->editAndResend(turnId, text)) {
            fail(m_runner->lastError());
        }
        reload();
    });
    connect(chat->messageList()->verticalScrollBar(), &QScrollBar::valueChanged, this,
        [this, pane](int value) { syncFrom(pane, value); });
}

bool CompareView::send(const QString &prompt, bool keepFirstFinished)
{
    m_lastError.clear();
    if (!m_runner || m_conversationId == 0) {
        return fail(tr("Nothing can be sent: the conversation is not open."));
    }
    const QList<qint64> lanes = sendLanes();
    if (lanes.isEmpty()) {
        return fail(tr("Every model is switched off: tick at least one pane's box to send to it."));
    }
    if (!ensureKept(keepFirstFinished)) {
        return false;
    }
    if (!m_runner->send(m_conversationId, prompt, lanes)) {
        return fail(m_runner->lastError());
    }
    // Panes left out of this turn still show its prompt.
    for (LanePane *pane : std::as_const(m_panes)) {
        if (!lanes.contains(pane->laneId())) {
            pane->chatView()->reload();
        }
    }
    return true;
}

bool CompareView::ensureKept(bool keepFirstFinished)
{
    const auto conversation = m_store.conversation(m_conversationId);
    if (!conversation || conversation->contextMode != Store::ContextMode::Shared) {
        return true;
    }
    const QList<Store::Message> turns = m_store.activeTurns(m_conversationId);
    if (turns.isEmpty()) {
        return true;
    }
    QList<Store::Message> candidates;
    for (const Store::Message &reply : m_store.repliesTo(turns.constLast().id)) {
        if (reply.chosen) {
            return true;
        }
        if (reply.active && Store::ConversationStore::usableInHistory(reply)) {
            candidates.append(reply);
        }
    }
    if (candidates.isEmpty()) {
        return true;
    }
    qsizetype choice = 0;
    if (keepFirstFinished) {
        const auto finishedAt
            = [](const Store::Message &reply) { return reply.createdAt + reply.metrics.durationMs.value_or(0); };
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            if (finishedAt(candidates.at(i)) < finishedAt(candidates.at(choice))) {
                choice = i;
            }
        }
    } else {
        QStringList buttons;
        for (const Store::Message &reply : std::as_const(candidates)) {
            const QString who = reply.laneId ? laneLabel(*reply.laneId) : ChatFormat::modelName(reply);
            QString start = reply.content.simplified();
            if (start.size() > 40) {
                start = start.left(39) + QStringLiteral("…");
            }
            buttons.append(tr("%1: %2").arg(who, start));
        }
        buttons.append(tr("Cancel"));
        choice = MessageBox::choose(this, QMessageBox::Question, tr("Keep Which Reply?"),
            tr("Every model continues from the reply you keep. Which reply to the last prompt should they continue "
               "from?"),
            buttons);
        if (choice < 0 || choice >= candidates.size()) {
            m_lastError.clear();
            return false;
        }
    }
    return keep(candidates.at(choice).id);
}

bool CompareView::keep(qint64 replyId)
{
    if (!m_comparisons->keepReply(replyId)) {
        return fail(tr("Could not keep the reply: %1").arg(m_store.lastError().message));
    }
    const bool wasHidden = namesHidden();
    reload();
    if (wasHidden != namesHidden()) {
        Q_EMIT lanesChanged(m_conversationId);
    }
    return true;
}

bool CompareView::vote(qint64 replyId)
{
    if (!m_comparisons->vote(replyId)) {
        return fail(tr("Could not record the vote: %1").arg(m_store.lastError().message));
    }
    const bool wasHidden = namesHidden();
    reload();
    if (wasHidden != namesHidden()) {
        Q_EMIT lanesChanged(m_conversationId);
    }
    return true;
}

int CompareView::retryFailed()
{
    if (!m_runner || m_conversationId == 0) {
        return 0;
    }
    const int started = m_runner->retryFailed(m_conversationId);
    if (started == 0) {
        fail(m_runner->lastError());
    }
    return started;
}

void CompareView::retryLane(qint64 laneId)
{
    const QList<Store::Message> turns = m_store.activeTurns(m_conversationId);
    if (!m_runner || turns.isEmpty()) {
        return;
    }
    for (const Store::Message &reply : m_store.repliesTo(turns.constLast().id)) {
        if (reply.active && reply.laneId == laneId && !m_runner->retry(reply.id)) {
            fail(m_runner->lastError());
        }
    }
}

void CompareView::addLane()
{
    const QString model = m_chooser ? m_chooser(tr("Add a Lane")) : QString();
    if (!model.isEmpty()) {
        addLane(model);
    }
}

bool CompareView::addLane(const QString &model)
{
    Store::Lane lane;
    lane.model = model;
    if (!m_store.addLane(m_conversationId, lane)) {
        return fail(tr("Could not add the model: %1").arg(m_store.lastError().message));
    }
    reload();
    Q_EMIT lanesChanged(m_conversationId);
    return true;
}

bool CompareView::changeLaneModel(qint64 laneId, const QString &model)
{
    if (!m_store.setLaneModel(laneId, model)) {
        return fail(tr("Could not change the model: %1").arg(m_store.lastError().message));
    }
    reload();
    Q_EMIT lanesChanged(m_conversationId);
    return true;
}

void CompareView::moveLane(qint64 laneId, int position)
{
    if (position < 0 || position >= m_panes.size() || m_panes.indexOf(paneOf(laneId)) == position) {
        return;
    }
    const QList<int> sizes = paneSizes();
    // The store counts removed lanes too: the place to take is that of the lane shown there now.
    const QList<Store::Lane> all = m_store.lanes(m_conversationId, true);
    const qint64 there = m_panes.at(position)->laneId();
    const auto target
        = std::find_if(all.cbegin(), all.cend(), [there](const Store::Lane &lane) { return lane.id == there; });
    // The panes are laid out anew, which takes the focus away: a keyboard user moving a lane keeps it.
    const QPointer<QWidget> focus = QApplication::focusWidget();
    if (!m_store.moveLane(laneId, int(target - all.cbegin()))) {
        fail(tr("Could not move the model: %1").arg(m_store.lastError().message));
        return;
    }
    reload();
    // The widths stay where they were on screen; only the lanes changed places.
    if (sizes.size() == paneSizes().size()) {
        setPaneSizes(sizes);
    }
    if (focus && isAncestorOf(focus) && !focus->hasFocus()) {
        focus->setFocus(Qt::OtherFocusReason);
    }
    saveViewState();
    Q_EMIT lanesChanged(m_conversationId);
}

void CompareView::removeLane(qint64 laneId)
{
    if (m_runner && paneOf(laneId) && paneOf(laneId)->runningReply() != 0) {
        m_runner->stopReply(paneOf(laneId)->runningReply());
    }
    if (!m_store.removeLane(laneId)) {
        fail(tr("Could not remove the model: %1").arg(m_store.lastError().message));
        return;
    }
    reload();
    saveViewState();
    Q_EMIT lanesChanged(m_conversationId);
}

void CompareView::continueWith(qint64 laneId)
{
    const auto forked = m_comparisons->forkLane(laneId);
    if (!forked) {
        fail(tr("Could not continue with this model: %1").arg(m_store.lastError().message));
        return;
    }
    Q_EMIT conversationForked(*forked);
}

void CompareView::editParameters(qint64 laneId)
{
    LanePane *pane = paneOf(laneId);
    if (!pane) {
        return;
    }
    auto *popover = new ParametersPopover(m_store, m_conversationId, this);
    popover->setAttribute(Qt::WA_DeleteOnClose);
    if (!popover->load()) {
        popover->deleteLater();
        return;
    }
    // The popover lists the lanes in their order; open it at this one.
    if (auto *lanes = popover->findChild<QComboBox *>(QStringLiteral("parametersLane"))) {
        const QList<Store::Lane> stored = m_store.lanes(m_conversationId);
        for (qsizetype i = 0; i < stored.size() && i < lanes->count(); ++i) {
            lanes->setItemText(int(i), laneLabel(stored.at(i).id)); // blind labels while names are hidden
            if (stored.at(i).id == laneId) {
                lanes->setCurrentIndex(int(i));
            }
        }
    }
    connect(popover, &ParametersPopover::saved, this, &CompareView::reload);
    popover->adjustSize();
    popover->move(pane->mapToGlobal(QPoint(0, 0)));
    popover->show();
}

}
