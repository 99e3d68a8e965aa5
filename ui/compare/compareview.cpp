#include "compare/compareview.h"

#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chat/turnrunner.h"
#include "compare/lanepane.h"
#include "compare/turnsummary.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCompare, "confer.compare")

namespace Confer
{

CompareView::CompareView(Store::ConversationStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_comparisons(std::make_unique<Store::ComparisonStore>(store))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareView"));
    buildBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    m_paneArea = new QVBoxLayout;
    m_paneArea->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_paneArea, 1);
    m_belowPanes = new QVBoxLayout;
    m_belowPanes->setObjectName(QStringLiteral("belowPanes"));
    m_belowPanes->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_belowPanes);
    m_summary = new TurnSummary(store, this);
    m_belowPanes->addWidget(m_summary);
    connect(m_summary, &TurnSummary::errorOccurred, this, &CompareView::fail);
    // A kept synthesis deleted there: the panes' notes about it go too.
    connect(m_summary->derivedView(), &ChatView::messageDeleted, this, &CompareView::reload);

    // Dragging a splitter saves once it settles, not at every pixel.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &CompareView::saveViewState);
    // Picking a model in the sidebar takes the focus away from the pane it is meant for.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now || !isAncestorOf(now)) {
            return;
        }
        m_focusedLane = 0;
        for (LanePane *pane : std::as_const(m_panes)) {
            if (pane->isAncestorOf(now)) {
                m_focusedLane = pane->laneId();
            }
        }
    });
    retranslate();
}

CompareView::~CompareView() = default;

void CompareView::buildBar()
{
    m_bar = new QWidget(this);
    m_bar->setObjectName(QStringLiteral("compareBar"));
    m_contextLabel = new QLabel(m_bar);
    m_contextLabel->setObjectName(QStringLiteral("compareContextText"));
    m_contextLabel->setWordWrap(false);
    m_contextLabel->setMinimumWidth(0);
    m_contextLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contextLabel->setTextFormat(Qt::PlainText);
    m_context = new QComboBox(m_bar);
    m_context->setObjectName(QStringLiteral("compareContextMode"));
    m_context->addItem(QString(), int(Store::ContextMode::Independent));
    m_context->addItem(QString(), int(Store::ContextMode::Shared));
    m_blindBox = new QCheckBox(m_bar);
    m_blindBox->setObjectName(QStringLiteral("compareBlind"));
    m_reveal = new QPushButton(m_bar);
    m_reveal->setObjectName(QStringLiteral("compareReveal"));
    m_layoutLabel = new QLabel(m_bar);
    m_layout = new QComboBox(m_bar);
    m_layout->setObjectName(QStringLiteral("compareLayout"));
    for (Layout layout : {Layout::Columns, Layout::Grid, Layout::Tabs}) {
        m_layout->addItem(QString(), int(layout));
    }
    m_layoutLabel->setBuddy(m_layout);
    m_sync = new QCheckBox(m_bar);
    m_sync->setObjectName(QStringLiteral("compareSyncScroll"));
    m_addLane = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), QString(), m_bar);
    m_addLane->setObjectName(QStringLiteral("compareAddLane"));
    m_retryFailed = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), m_bar);
    m_retryFailed->setObjectName(QStringLiteral("compareRetryFailed"));

    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(8, 4, 8, 4);
    bar->setSpacing(8);
    bar->addWidget(m_context);
    bar->addWidget(m_contextLabel, 1);
    bar->addWidget(m_blindBox);
    bar->addWidget(m_reveal);
    bar->addWidget(m_layoutLabel);
    bar->addWidget(m_layout);
    bar->addWidget(m_sync);
    bar->addWidget(m_retryFailed);
    bar->addWidget(m_addLane);

    connect(m_context, &QComboBox::activated, this, [this] {
        const auto mode = Store::ContextMode(m_context->currentData().toInt());
        if (!m_store.setContextMode(m_conversationId, mode)) {
            fail(m_store.lastError().message);
        }
        reload();
    });
    connect(m_blindBox, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_comparisons->setBlind(m_conversationId, on)) {
            fail(m_store.lastError().message);
        }
        reload();
        Q_EMIT lanesChanged(m_conversationId);
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (!m_comparisons->setRevealed(m_conversationId, true)) {
            fail(m_store.lastError().message);
        }
        reload();
        Q_EMIT lanesChanged(m_conversationId);
    });
    connect(m_layout, &QComboBox::activated, this, [this] { setLayoutMode(Layout(m_layout->currentData().toInt())); });
    connect(m_sync, &QCheckBox::clicked, this, &CompareView::setSyncScroll);
    connect(m_addLane, &QPushButton::clicked, this, qOverload<>(&CompareView::addLane));
    connect(m_retryFailed, &QPushButton::clicked, this, &CompareView::retryFailed);
}

void CompareView::retranslate()
{
    m_context->setItemText(0, tr("Independent context"));
    m_context->setItemText(1, tr("Shared context"));
    m_context->setAccessibleName(tr("Context mode for the turns to come"));
    m_context->setToolTip(tr("Changes what the models see from the next turn on; earlier answers stay as they are"));
    m_blindBox->setText(tr("Blind"));
    m_blindBox->setAccessibleName(tr("Blind mode"));
    m_blindBox->setToolTip(tr("Hide the model names behind A, B, C… until you keep or vote for a reply"));
    m_reveal->setText(tr("Reveal Names"));
    m_reveal->setAccessibleName(tr("Reveal the model names"));
    m_layoutLabel->setText(tr("&Layout:"));
    m_layout->setItemText(0, tr("Columns"));
    m_layout->setItemText(1, tr("Grid"));
    m_layout->setItemText(2, tr("Tabs"));
    m_layout->setAccessibleName(tr("Layout of the panes"));
    m_sync->setText(tr("Sync scrolling"));
    m_sync->setAccessibleName(tr("Scroll all panes together"));
    m_addLane->setText(tr("Add Lane…"));
    m_addLane->setAccessibleName(tr("Add a model to the comparison"));
    m_addLane->setToolTip(tr("Add a model as a new lane; the same model may be added twice with other parameters"));
    m_retryFailed->setText(tr("Retry Failed"));
    m_retryFailed->setAccessibleName(tr("Retry the failed answers"));
    m_retryFailed->setToolTip(tr("Ask again every model whose answer to the last prompt failed"));
    updateBar();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CompareView::setTurnRunner(TurnRunner *runner)
{
    m_runner = runner;
}

void CompareView::setDerivedRunner(DerivedReplyRunner *runner, ProviderServices *services)
{
    m_summary->setDerivedRunner(runner, services);
}

void CompareView::setModelChooser(ModelChooser chooser)
{
    m_chooser = std::move(chooser);
}

void CompareView::setConversation(qint64 conversationId)
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        saveViewState();
    }
    m_conversationId = conversationId;
    const auto conversation = conversationId != 0 ? m_store.conversation(conversationId) : std::nullopt;
    m_state = conversation ? CompareViewState::fromJson(conversation->viewState) : CompareViewState {};
    qDeleteAll(m_panes);
    m_panes.clear();
    m_focusedLane = 0;
    m_pendingSizes.clear();
    reload();
    if (!m_state.sizes.isEmpty()) {
        setPaneSizes(m_state.sizes);
    }
}

void CompareView::reload()
{
    const auto conversation = m_conversationId != 0 ? m_store.conversation(m_conversationId) : std::nullopt;
    m_blind = conversation && conversation->blind;
    m_revealed = conversation && conversation->revealed;
    if (conversation) {
        m_context->setCurrentIndex(m_context->findData(int(conversation->contextMode)));
    }
    rebuildPanes();
    updateLabels();
    for (LanePane *pane : std::as_const(m_panes)) {
        pane->chatView()->reload();
    }
    // Each header states how its lane's answer to the last prompt ended (a failure stays visible).
    const QList<Store::Message> turns
        = m_conversationId != 0 ? m_store.activeTurns(m_conversationId) : QList<Store::Message> {};
    if (!turns.isEmpty()) {
        for (const Store::Message &reply : m_store.repliesTo(turns.constLast().id)) {
            LanePane *pane = reply.active && reply.laneId ? paneOf(*reply.laneId) : nullptr;
            if (pane && pane->runningReply() == 0 && reply.status != Store::MessageStatus::Streaming) {
                pane->showFinished(reply);
            }
        }
    }
    updateVotes();
    updateBar();
    m_summary->setConversation(m_conversationId);
}

// Panes follow the store's lanes: kept when the lane stays, made for new lanes, dropped for removed ones.
void CompareView::rebuildPanes()
{
    const QList<Store::Lane> lanes = m_conversationId != 0 ? m_store.lanes(m_conversationId) : QList<Store::Lane> {};
    QList<LanePane *> panes;
    bool changed = lanes.size() != m_panes.size();
    bool moved = false;
    for (const Store::Lane &lane : lanes) {
        LanePane *pane = paneOf(lane.id);
        if (!pane) {
            pane = new LanePane(m_store, lane);
            pane->chatView()->setConversation(m_conversationId);
            connectPane(pane);
            changed = true;
        } else {
            pane->setLane(lane);
        }
        pane->setSendEnabled(!m_state.lanesOff.contains(lane.id));
        moved = moved || m_panes.indexOf(pane) != panes.size();
        panes.append(pane);
    }
    for (LanePane *pane : std::as_const(m_panes)) {
        if (!panes.contains(pane)) {
            pane->deleteLater();
            pane->hide();
        }
    }
    m_panes = panes;
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes.at(i)->setMovable(i > 0, i < m_panes.size() - 1);
    }
    if (changed || !m_arrangement) {
        arrangePanes();
    } else if (moved) {
        reorderPanes();
    }
}

// The same panes in another order move inside the arrangement they are in: a new one would
// not be laid out yet, and would lose the widths the panes had on screen.
void CompareView::reorderPanes()
{
    if (auto *tabs = qobject_cast<QTabWidget *>(m_arrangement)) {
        for (qsizetype i = 0; i < m_panes.size(); ++i) {
            tabs->tabBar()->moveTab(tabs->indexOf(m_panes.at(i)), int(i));
        }
        return;
    }
    if (!m_outer) {
        return;
    }
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (m_state.layout == Layout::Grid) {
            // Two panes a row; a pane moved in pushes the row's others on, until their own turn.
            if (auto *row = qobject_cast<QSplitter *>(m_outer->widget(int(i / 2)))) {
                row->insertWidget(int(i % 2), m_panes.at(i));
            }
        } else {
            m_outer->insertWidget(int(i), m_panes.at(i));
        }
    }
}

void CompareView::arrangePanes()
{
    const QList<int> sizes = paneSizes();
    for (LanePane *pane : std::as_const(m_panes)) {
        pane->setParent(nullptr);
    }
    delete m_arrangement;
    m_arrangement = nullptr;
    m_outer = nullptr;
    if (m_panes.isEmpty()) {
        return;
    }
    const auto makeSplitter = [this](Qt::Orientation orientation, QWidget *parent) {
        auto *splitter = new QSplitter(orientation, parent);
        splitter->setChildrenCollapsible(false);
        splitter->setHandleWidth(6);
        connect(splitter, &QSplitter::splitterMoved, this, &CompareView::scheduleSave);
        return splitter;
    };
    switch (m_state.layout) {
    case Layout::Columns: {
        // Panes share the width down to their minimum; beyond that the row scrolls sideways.
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("compareScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_outer = makeSplitter(Qt::Horizontal, nullptr);
        m_outer->setObjectName(QStringLiteral("compareSplitter"));
        for (LanePane *pane : std::as_const(m_panes)) {
            m_outer->addWidget(pane);
        }
        scroll->setWidget(m_outer);
        m_arrangement = scroll;
        break;
    }
    case Layout::Grid: {
        m_outer = makeSplitter(Qt::Vertical, nullptr);
        m_outer->setObjectName(QStringLiteral("compareSplitter"));
        for (qsizetype i = 0; i < m_panes.size(); i += 2) {
            QSplitter *row = makeSplitter(Qt::Horizontal, m_outer);
            row->setObjectName(QStringLiteral("compareGridRow"));
            row->addWidget(m_panes.at(i));
            if (i + 1 < m_panes.size()) {
                row->addWidget(m_panes.at(i + 1));
            }
        }
        m_arrangement = m_outer;
        break;
    }
    case Layout::Tabs: {
        auto *tabs = new QTabWidget;
        tabs->setObjectName(QStringLiteral("compareTabs"));
        tabs->setDocumentMode(true);
        for (LanePane *pane : std::as_const(m_panes)) {
            tabs->addTab(pane, pane->displayName());
        }
        m_arrangement = tabs;
        break;
    }
    }
    for (LanePane *pane : std::as_const(m_panes)) {
        pane->show();
    }
    m_paneArea->addWidget(m_arrangement);
    if (m_outer && sizes.size() == m_outer->count()) {
        m_outer->setSizes(sizes);
    }
}

QList<int> CompareView::paneSizes() const
{
    return m_outer ? m_outer->sizes() : QList<int> {};
}

void CompareView::setPaneSizes(const QList<int> &sizes)
{
    m_state.sizes = sizes;
    if (!m_outer || sizes.size() != m_outer->count()) {
        return;
    }
    // Before the view is laid out the splitter would scale the sizes to its provisional size.
    if (!isVisible()) {
        m_pendingSizes = sizes;
        return;
    }
    m_outer->setSizes(sizes);
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyPendingSizes();
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyPendingSizes();
}

void CompareView::applyPendingSizes()
{
    if (!m_pendingSizes.isEmpty() && m_outer && m_pendingSizes.size() == m_outer->count()) {
        m_outer->setSizes(m_pendingSizes);
        m_pendingSizes.clear();
    }
}

void CompareView::setLayoutMode(Layout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
    if (layout == m_state.layout) {
        return;
    }
    m_state.layout = layout;
    m_state.sizes.clear();
    arrangePanes();
    updateLabels();
    saveViewState();
}

void CompareView::setSyncScroll(bool on)
{
    m_sync->setChecked(on);
    if (m_state.syncScroll == on) {
        return;
    }
    m_state.syncScroll = on;
    saveViewState();
}

void CompareView::scheduleSave()
{
    m_saveTimer->start();
}

void CompareView::saveViewState()
{
    m_saveTimer->stop();
    if (m_conversationId == 0) {
        return;
    }
    if (m_outer) {
        m_state.sizes = m_pendingSizes.isEmpty() ? m_outer->sizes() : m_pendingSizes;
    }
    m_state.lanesOff.clear();
    for (LanePane *pane : std::as_const(m_panes)) {
        if (!pane->isSendEnabled()) {
            m_state.lanesOff.append(pane->laneId());
        }
    }
    if (!m_comparisons->setViewState(m_conversationId, m_state.toJson())) {
        qCWarning(lcCompare) << "could not save the comparison's layout:" << m_store.lastError().message;
    }
}

void CompareView::updateBar()
{
    const bool shared = m_context->currentData().toInt() == int(Store::ContextMode::Shared);
    m_contextLabel->setText(
        shared ? tr("Every model sees the reply you keep.") : tr("Each model sees only its own replies."));
    m_contextLabel->setToolTip(shared
            ? tr("Shared context: after each prompt you keep one reply, and every model continues from it.")
            : tr("Independent context: each model continues from its own earlier replies."));
    m_blindBox->setChecked(m_blind);
    m_reveal->setVisible(namesHidden());
    m_layout->setCurrentIndex(m_layout->findData(int(m_state.layout)));
    m_sync->setChecked(m_state.syncScroll);
    for (LanePane *pane : std::as_const(m_panes)) {
        pane->chatView()->setComparisonActions(shared, m_blind);
    }
}

bool CompareView::namesHidden() const
{
    return m_blind && !m_revealed;
}

QString CompareView::laneLabel(qint64 laneId) const
{
    LanePane *pane = paneOf(laneId);
    if (!pane) {
        return {};
    }
    if (namesHidden()) {
        const qsizetype index = m_panes.indexOf(pane);
        return index < 26 ? QString(QChar(char16_t(u'A' + index))) : QString::number(index + 1);
    }
    return pane->lane().model;
}

// Blind labels go to every pane's header and to every chat view (notes name other lanes too).
void CompareView::updateLabels()
{
    const bool hidden = namesHidden();
    for (LanePane *pane : std::as_const(m_panes)) {
        pane->setLabel(hidden ? laneLabel(pane->laneId()) : QString());
    }
    for (LanePane *pane : std::as_const(m_panes)) {
        for (LanePane *other : std::as_const(m_panes)) {
            pane->chatView()->setLaneLabel(other->laneId(), hidden ? laneLabel(other->laneId()) : QString());
        }
    }
    QHash<qint64, QString> labels;
    for (LanePane *pane : std::as_const(m_panes)) {
        labels.insert(pane->laneId(), laneLabel(pane->laneId()));
    }
    m_summary->setLaneLabels(labels);
    if (auto *tabs = qobject_cast<QTabWidget *>(m_arrangement)) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (auto *pane = qobject_cast<LanePane *>(tabs->widget(i))) {
                tabs->setTabText(i, pane->displayName());
            }
        }
    }
}

void CompareView::updateVotes()
{
    const auto votes = m_conversationId != 0 ? m_comparisons->votes(m_conversationId) : std::nullopt;
    if (!votes) {
        return;
    }
    for (const Store::Vote &vote : *votes) {
        for (LanePane *pane : std::as_const(m_panes)) {
            if (pane->chatView()->messageList()->rowOf(vote.replyId) >= 0) {
                pane->chatView()->messageList()->setNote(vote.replyId, tr("your vote"));
            }
        }
    }
}

LanePane *CompareView::paneOf(qint64 laneId) const
{
    for (LanePane *pane : m_panes) {
        if (pane->laneId() == laneId) {
            return pane;
        }
    }
    return nullptr;
}

LanePane *CompareView::paneOfReply(qint64 replyId) const
{
    for (LanePane *pane : m_panes) {
        if (pane->runningReply() == replyId || pane->chatView()->messageList()->rowOf(replyId) >= 0) {
            return pane;
        }
    }
    return nullptr;
}

QList<qint64> CompareView::sendLanes() const
{
    QList<qint64> lanes;
    for (LanePane *pane : m_panes) {
        if (pane->isSendEnabled()) {
            lanes.append(pane->laneId());
        }
    }
    return lanes;
}

qint64 CompareView::focusedLane() const
{
    return paneOf(m_focusedLane) ? m_focusedLane : 0;
}

void CompareView::syncFrom(LanePane *source, int value)
{
    if (!m_state.syncScroll || m_syncing) {
        return;
    }
    // Panes differ in length: they keep the same share of their way down.
    const QScrollBar *bar = source->chatView()->messageList()->verticalScrollBar();
    const double fraction = bar->maximum() > 0 ? double(value) / bar->maximum() : 0.0;
    m_syncing = true;
    for (LanePane *pane : std::as_const(m_panes)) {
        if (pane != source) {
            QScrollBar *other = pane->chatView()->messageList()->verticalScrollBar();
            other->setValue(qRound(fraction * other->maximum()));
        }
    }
    m_syncing = false;
}

void CompareView::onReplyStarted(qint64 conversationId, qint64 laneId, qint64 replyId)
{
    if (conversationId != m_conversationId) {
        return;
    }
    LanePane *pane = paneOf(laneId);
    if (!pane) {
        return;
    }
    pane->setRunningReply(replyId);
    pane->chatView()->onReplyStarted(conversationId, laneId, replyId);
    if (m_summary->shownTurn() != m_store.message(replyId).value_or(Store::Message()).parentId.value_or(0)) {
        m_summary->refreshSoon(); // a new turn: the scoreboard moves to it
    }
}

void CompareView::onReplyQueued(qint64 replyId, bool queued)
{
    if (LanePane *pane = paneOfReply(replyId)) {
        pane->setQueued(queued);
        pane->chatView()->onReplyQueued(replyId, queued);
    }
}

void CompareView::onReplyText(qint64 replyId, const QString &delta)
{
    if (LanePane *pane = paneOfReply(replyId)) {
        pane->chatView()->onReplyText(replyId, delta);
    }
}

void CompareView::onReplyReasoning(qint64 replyId, const QString &delta)
{
    if (LanePane *pane = paneOfReply(replyId)) {
        pane->chatView()->onReplyReasoning(replyId, delta);
    }
}

void CompareView::onReplyFinished(qint64 replyId)
{
    LanePane *pane = paneOfReply(replyId);
    if (!pane) {
        return;
    }
    // Read once for the pane's header (now) and its chat view (in its next
    // frame: eight lanes streaming at one pace finish within a few milliseconds).
    if (const auto reply = m_store.message(replyId)) {
        pane->showFinished(*reply);
        pane->chatView()->showFinishedReplySoon(*reply);
    }
    m_summary->refreshSoon();
}

bool CompareView::fail(const QString &message)
{
    m_lastError = message;
    qCInfo(lcCompare).noquote() << message;
    Q_EMIT errorOccurred(message);
    return false;
}

}
