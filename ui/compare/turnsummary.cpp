#include "compare/turnsummary.h"

#include "chat/chatview.h"
#include "compare/comparisonactions.h"
#include "compare/derivedreply.h"
#include "compare/scoreboard.h"
#include "compare/scoreboardbar.h"
#include "store/conversationstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Confer
{

TurnSummary::TurnSummary(Store::ConversationStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_turnLabel(new QLabel(this))
    , m_turns(new QComboBox(this))
    , m_synthesize(new QPushButton(this))
    , m_judge(new QPushButton(this))
    , m_diff(new QPushButton(this))
    , m_scoreboard(new ScoreboardBar(this))
    , m_derived(new ChatView(store, this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    // A little after the events at hand: replies that finish together are
    // measured once, and their last words are on screen before the measuring.
    m_refreshTimer->setInterval(25);
    connect(m_refreshTimer, &QTimer::timeout, this, &TurnSummary::refreshNow);
    setObjectName(QStringLiteral("turnSummary"));
    m_turns->setObjectName(QStringLiteral("summaryTurn"));
    m_turns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_turns->setMinimumContentsLength(24);
    m_turnLabel->setBuddy(m_turns);
    m_synthesize->setObjectName(QStringLiteral("synthesizeButton"));
    m_judge->setObjectName(QStringLiteral("judgeButton"));
    m_diff->setObjectName(QStringLiteral("diffButton"));
    m_derived->setObjectName(QStringLiteral("derivedView"));
    m_derived->setLane(ChatView::DerivedLane);
    m_derived->setMinimumHeight(160);
    m_derived->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_turnLabel);
    row->addWidget(m_turns, 1);
    row->addStretch();
    row->addWidget(m_synthesize);
    row->addWidget(m_judge);
    row->addWidget(m_diff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(row);
    layout->addWidget(m_scoreboard);
    layout->addWidget(m_derived, 1);

    connect(m_turns, &QComboBox::activated, this, [this](int index) {
        // Picking the last turn goes back to following the newest one.
        m_followLatest = index == m_turns->count() - 1;
        showTurn(m_turns->itemData(index).toLongLong());
    });
    connect(m_synthesize, &QPushButton::clicked, this, [this] {
        if (m_runner && m_services) {
            m_runner->setLaneLabels(m_labels);
            CompareActions::showSynthesize(window(), *m_runner, *m_services, m_store, m_turnId);
        }
    });
    connect(m_judge, &QPushButton::clicked, this, [this] {
        if (m_runner && m_services) {
            m_runner->setLaneLabels(m_labels);
            CompareActions::showJudge(window(), *m_runner, *m_services, m_store, m_turnId);
        }
    });
    connect(m_diff, &QPushButton::clicked, this,
        [this] { CompareActions::showDiff(window(), m_store, m_turnId, m_labels); });
    connect(m_derived, &ChatView::regenerateRequested, this, &TurnSummary::answerAgain);
    connect(m_derived, &ChatView::retryRequested, this, &TurnSummary::answerAgain);
    // The view deleted the reply and shows the rest; hide it when none is left.
    connect(m_derived, &ChatView::messageDeleted, this, &TurnSummary::refresh);
    retranslate();
    updateActions();
}

void TurnSummary::setDerivedRunner(DerivedReplyRunner *runner, ProviderServices *services)
{
    if (m_runner) {
        disconnect(m_runner, nullptr, this, nullptr);
        disconnect(m_runner, nullptr, m_derived, nullptr);
        disconnect(m_derived, &ChatView::stopRequested, m_runner, nullptr);
    }
    m_runner = runner;
    m_services = services;
    if (runner) {
        connect(runner, &DerivedReplyRunner::replyStarted, this, [this](qint64 conversationId, qint64 replyId) {
            if (conversationId != m_conversationId) {
                return;
            }
            m_derived->show();
            m_derived->onReplyStarted(conversationId, 0, replyId);
        });
        connect(runner, &DerivedReplyRunner::replyQueued, m_derived, &ChatView::onReplyQueued);
        connect(runner, &DerivedReplyRunner::replyText, m_derived, &ChatView::onReplyText);
        connect(runner, &DerivedReplyRunner::replyReasoning, m_derived, &ChatView::onReplyReasoning);
        connect(runner, &DerivedReplyRunner::replyFinished, m_derived, &ChatView::onReplyFinished);
        connect(runner, &DerivedReplyRunner::replyFinished, this, [this] {
            m_derivedStale = true;
            refreshSoon();
        });
        connect(m_derived, &ChatView::stopRequested, runner,
            [this, runner] { runner->stopConversation(m_conversationId); });
    }
    updateActions();
}

void TurnSummary::answerAgain(qint64 replyId)
{
    if (!m_runner) {
        Q_EMIT errorOccurred(tr("Syntheses and judgements cannot be asked again in this view."));
        return;
    }
    m_runner->setLaneLabels(m_labels);
    if (!m_runner->regenerate(replyId)) {
        Q_EMIT errorOccurred(m_runner->lastError());
    }
}

void TurnSummary::setConversation(qint64 conversationId)
{
    if (conversationId != m_conversationId) {
        m_followLatest = true;
        m_turnId = 0;
    }
    m_conversationId = conversationId;
    m_derived->setConversation(conversationId);
    refresh();
}

void TurnSummary::setLaneLabels(const QHash<qint64, QString> &labels)
{
    m_labels = labels;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_derived->setLaneLabel(it.key(), it.value());
    }
}

void TurnSummary::refreshSoon()
{
    m_refreshTimer->start();
}

void TurnSummary::refresh()
{
    m_derivedStale = true;
    refreshNow();
}

void TurnSummary::refreshNow()
{
    m_refreshTimer->stop();
    const QList<Store::Message> turns
        = m_conversationId != 0 ? m_store.activeTurns(m_conversationId) : QList<Store::Message>();
    m_turns->clear();
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const QString firstLine = turns.at(i).content.section(QLatin1Char('\n'), 0, 0).simplified();
        m_turns->addItem(tr("Turn %1: %2").arg(i + 1).arg(firstLine), turns.at(i).id);
    }
    qint64 shown = m_followLatest || m_turns->findData(m_turnId) < 0 ? 0 : m_turnId;
    if (shown == 0 && !turns.isEmpty()) {
        shown = turns.last().id;
    }
    m_turns->setCurrentIndex(m_turns->findData(shown));
    showTurn(shown);

    if (const auto everything = m_conversationId != 0 ? m_store.load(m_conversationId) : std::nullopt) {
        m_scoreboard->setRunningCost(Compare::runningCost(*everything), m_labels);
    }
    if (m_derivedStale) {
        m_derivedStale = false;
        m_derived->reload();
        m_derived->setVisible(m_derived->messageList()->rowCount() > 0);
    }
}

void TurnSummary::showTurn(qint64 turnId)
{
    m_turnId = turnId;
    m_finishedReplies = 0;
    const std::optional<Store::Message> turn = turnId != 0 ? m_store.message(turnId) : std::nullopt;
    if (!turn) {
        m_scoreboard->setScore({}, m_labels);
        updateActions();
        return;
    }
    const QList<Store::Message> replies = m_store.repliesTo(turnId);
    for (const Store::Message &reply : replies) {
        m_finishedReplies += reply.laneId && reply.active && reply.status == Store::MessageStatus::Complete;
    }
    m_scoreboard->setScore(Compare::scoreTurn(*turn, replies), m_labels);
    updateActions();
}

void TurnSummary::updateActions()
{
    // Both need two answers to weigh; a diff needs two texts.
    const bool twoFinished = m_finishedReplies >= 2;
    const QString why = twoFinished ? QString() : tr("Needs two finished replies in this turn.");
    m_synthesize->setEnabled(twoFinished && m_runner && m_services);
    m_judge->setEnabled(twoFinished && m_runner && m_services);
    m_diff->setEnabled(twoFinished);
    for (QPushButton *button : {m_synthesize, m_judge, m_diff}) {
        button->setToolTip(why.isEmpty() ? button->accessibleDescription() : why);
    }
}

void TurnSummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void TurnSummary::retranslate()
{
    m_turnLabel->setText(tr("&Measured:"));
    m_turns->setAccessibleName(tr("Turn shown in the scoreboard"));
    m_synthesize->setText(tr("S&ynthesize…"));
    m_synthesize->setAccessibleDescription(tr("Ask a model to merge this turn's replies into one answer"));
    m_judge->setText(tr("&Judge…"));
    m_judge->setAccessibleDescription(tr("Ask a model to score this turn's replies against criteria"));
    m_diff->setText(tr("Compare &Two Replies…"));
    m_diff->setAccessibleDescription(tr("Show the word-level differences between two replies of this turn"));
    m_derived->setAccessibleName(tr("Syntheses and judgements"));
    updateActions();
}

}
