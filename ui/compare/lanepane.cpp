#include "compare/lanepane.h"

#include "chat/chatformat.h"
#include "chat/chatview.h"
#include "chat/messagelistview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace Confer
{

namespace
{
QString effortName(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return LanePane::tr("low");
    case ReasoningEffort::Medium:
        return LanePane::tr("medium");
    case ReasoningEffort::High:
        return LanePane::tr("high");
    default:
        break;
    }
    return {};
}
}

LanePane::LanePane(Store::ConversationStore &store, const Store::Lane &lane, QWidget *parent)
    : QFrame(parent)
    , m_lane(lane)
    , m_header(new QWidget(this))
    , m_send(new QCheckBox(m_header))
    , m_name(new QLabel(m_header))
    , m_parameters(new QLabel(m_header))
    , m_state(new QLabel(m_header))
    , m_stop(new QToolButton(m_header))
    , m_retry(new QToolButton(m_header))
    , m_more(new QToolButton(m_header))
    , m_menu(new QMenu(this))
    , m_chat(new ChatView(store, this))
{
    setObjectName(QStringLiteral("lanePane"));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    // Narrower than this, replies become unreadable; more panes scroll sideways instead.
    setMinimumWidth(230);

    m_header->setObjectName(QStringLiteral("laneHeader"));
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::Window);
    m_header->installEventFilter(this);
    m_header->setCursor(Qt::OpenHandCursor);
    m_send->setObjectName(QStringLiteral("laneSend"));
    m_send->setChecked(true);
    m_name->setObjectName(QStringLiteral("laneName"));
    QFont bold = m_name->font();
    bold.setWeight(QFont::DemiBold);
    m_name->setFont(bold);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setMinimumWidth(40);
    m_parameters->setObjectName(QStringLiteral("laneParameters"));
    m_parameters->setTextFormat(Qt::PlainText);
    m_parameters->setForegroundRole(QPalette::PlaceholderText);
    m_state->setObjectName(QStringLiteral("laneState"));
    m_state->setTextFormat(Qt::PlainText);
    m_stop->setObjectName(QStringLiteral("laneStop"));
    m_stop->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_stop->setAutoRaise(true);
    m_stop->hide();
    m_retry->setObjectName(QStringLiteral("laneRetry"));
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_retry->setAutoRaise(true);
    m_retry->hide();
    m_more->setObjectName(QStringLiteral("laneMore"));
    m_more->setText(QStringLiteral("⋯"));
    m_more->setAutoRaise(true);
    // Opened by hand rather than through setMenu(), which would add an arrow beside the dots.
    connect(m_more, &QToolButton::clicked, this, [this] {
        m_menu->popup(m_more->mapToGlobal(QPoint(m_more->width() - m_menu->sizeHint().width(), m_more->height())));
    });

    m_changeModel = m_menu->addAction(QString(), this, [this] { Q_EMIT changeModelRequested(m_lane.id); });
    m_changeModel->setObjectName(QStringLiteral("laneChangeModel"));
    m_editParameters = m_menu->addAction(QString(), this, [this] { Q_EMIT parametersRequested(m_lane.id); });
    m_editParameters->setObjectName(QStringLiteral("laneParametersAction"));
    m_menu->addSeparator();
    m_moveLeft = m_menu->addAction(QString(), this, [this] { Q_EMIT moveRequested(m_lane.id, -1); });
    m_moveLeft->setObjectName(QStringLiteral("laneMoveLeft"));
    m_moveRight = m_menu->addAction(QString(), this, [this] { Q_EMIT moveRequested(m_lane.id, 1); });
    m_moveRight->setObjectName(QStringLiteral("laneMoveRight"));
    // The keyboard's way to reorder, wherever the focus is in the pane (dragging the header needs a mouse).
    m_moveLeft->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    m_moveRight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    for (QAction *move : {m_moveLeft, m_moveRight}) {
        move->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(move);
    }
    m_menu->addSeparator();
    m_continue = m_menu->addAction(QString(), this, [this] { Q_EMIT continueRequested(m_lane.id); });
    m_continue->setObjectName(QStringLiteral("laneContinue"));
    m_remove = m_menu->addAction(QString(), this, [this] { Q_EMIT removeRequested(m_lane.id); });
    m_remove->setObjectName(QStringLiteral("laneRemove"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(6);
    top->addWidget(m_send);
    top->addWidget(m_name, 1);
    top->addWidget(m_state);
    top->addWidget(m_stop);
    top->addWidget(m_retry);
    top->addWidget(m_more);
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(8, 4, 4, 4);
    headerLayout->setSpacing(0);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_parameters);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_chat, 1);
    setFocusProxy(m_chat);

    m_chat->setLane(lane.id);
    connect(m_send, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT sendToggled(m_lane.id, on); });
    connect(m_chat, &ChatView::stopRequested, this, [this] { Q_EMIT stopRequested(m_lane.id); });
    connect(m_stop, &QToolButton::clicked, this, [this] { Q_EMIT stopRequested(m_lane.id); });
    connect(m_retry, &QToolButton::clicked, this, [this] { Q_EMIT retryRequested(m_lane.id); });
    retranslate();
}

void LanePane::setLane(const Store::Lane &lane)
{
    m_lane = lane;
    updateHeader();
}

void LanePane::setLabel(const QString &label)
{
    m_label = label;
    updateHeader();
}

QString LanePane::displayName() const
{
    return m_label.isEmpty() ? m_lane.model : m_label;
}

void LanePane::setSendEnabled(bool enabled)
{
    m_send->setChecked(enabled);
}

bool LanePane::isSendEnabled() const
{
    return m_send->isChecked();
}

void LanePane::setMovable(bool left, bool right)
{
    m_moveLeft->setEnabled(left);
    m_moveRight->setEnabled(right);
}

void LanePane::setRunningReply(qint64 replyId)
{
    m_runningReply = replyId;
    m_stop->setVisible(replyId != 0);
    if (replyId != 0) {
        m_retry->hide();
        setState(tr("streaming"), false);
    }
}

void LanePane::setQueued(bool queued)
{
    if (m_runningReply != 0) {
        setState(queued ? tr("queued") : tr("streaming"), false);
    }
}

void LanePane::showFinished(const Store::Message &reply)
{
    if (reply.id == m_runningReply) {
        setRunningReply(0);
    }
    const bool failed = reply.status == Store::MessageStatus::Error;
    m_retry->setVisible(
        failed || reply.status == Store::MessageStatus::Interrupted || reply.status == Store::MessageStatus::Cancelled);
    if (failed) {
        // The pane shows the whole message under the reply; the header says it briefly.
        setState(tr("failed"), true);
        const QString why = reply.error ? ChatFormat::errorText(*reply.error) : QString();
        m_state->setToolTip(why);
        m_state->setAccessibleName(why.isEmpty() ? tr("State: failed") : tr("State: failed: %1").arg(why));
    } else if (reply.status == Store::MessageStatus::Cancelled) {
        setState(tr("stopped"), false);
    } else if (reply.status == Store::MessageStatus::Interrupted) {
        setState(tr("interrupted"), false);
    } else {
        setState({}, false);
    }
}

QString LanePane::stateText() const
{
    return m_state->text();
}

void LanePane::setState(const QString &text, bool error)
{
    m_state->setText(text);
    m_state->setToolTip(text);
    m_state->setAccessibleName(text.isEmpty() ? QString() : tr("State: %1").arg(text));
    QPalette palette = m_state->palette();
    palette.setColor(QPalette::WindowText,
        error ? QColor(palette.color(QPalette::Base).lightness() < 128 ? 0xff8a80 : 0xc62828)
              : this->palette().color(QPalette::PlaceholderText));
    m_state->setPalette(palette);
    m_state->setVisible(!text.isEmpty());
}

void LanePane::updateHeader()
{
    const QString name = displayName();
    m_name->setText(name);
    m_name->setToolTip(m_label.isEmpty() ? name : tr("Model %1; its name is hidden until you keep or vote").arg(name));
    setAccessibleName(tr("Answers of %1").arg(name));
    m_send->setAccessibleName(tr("Send the next prompt to %1").arg(name));

    QStringList parts;
    const QLocale locale;
    if (m_lane.temperature) {
        parts.append(tr("temp %1").arg(locale.toString(*m_lane.temperature, 'g', 3)));
    }
    if (m_lane.maxOutputTokens) {
        parts.append(tr("max %1 tokens").arg(locale.toString(*m_lane.maxOutputTokens)));
    }
    if (const QString effort = effortName(m_lane.reasoning); !effort.isEmpty()) {
        parts.append(tr("reasoning %1").arg(effort));
    }
    if (!m_lane.systemPrompt.isEmpty()) {
        parts.append(tr("system prompt"));
    }
    m_parameters->setText(parts.isEmpty() ? tr("default parameters") : parts.join(QStringLiteral(" · ")));
    m_parameters->setToolTip(
        m_lane.systemPrompt.isEmpty() ? QString() : tr("System prompt:\n%1").arg(m_lane.systemPrompt));
    m_parameters->setAccessibleName(tr("Parameters: %1").arg(m_parameters->text()));
}

void LanePane::retranslate()
{
    m_send->setToolTip(tr("Send the next prompt to this model"));
    m_stop->setToolTip(tr("Stop this answer; what arrived so far is kept"));
    m_stop->setAccessibleName(tr("Stop this answer"));
    m_retry->setToolTip(tr("Ask this model again"));
    m_retry->setAccessibleName(tr("Retry this answer"));
    m_more->setToolTip(tr("More actions for this model"));
    m_more->setAccessibleName(tr("Lane actions"));
    m_changeModel->setText(tr("Change &Model…"));
    m_editParameters->setText(tr("&Parameters…"));
    m_moveLeft->setText(tr("Move &Left"));
    m_moveRight->setText(tr("Move &Right"));
    m_continue->setText(tr("&Continue with This One"));
    m_remove->setText(tr("Re&move Lane"));
    m_header->setToolTip(tr("Drag onto another pane to reorder"));
    updateHeader();
}

void LanePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

// Dragging the header carries the lane's id to the pane it is dropped on.
bool LanePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPosition = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            if ((move->buttons() & Qt::LeftButton)
                && (move->position().toPoint() - m_pressPosition).manhattanLength()
                    >= QApplication::startDragDistance()) {
                auto *drag = new QDrag(this);
                drag->setMimeData(laneMimeData(m_lane.id));
                drag->setPixmap(m_header->grab());
                drag->exec(Qt::MoveAction);
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

QMimeData *LanePane::laneMimeData(qint64 laneId)
{
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(LaneMimeType), QByteArray::number(laneId));
    return mime;
}

void LanePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(LaneMimeType))) {
        event->acceptProposedAction();
        bool ok = false;
        const qint64 laneId = event->mimeData()->data(QLatin1String(LaneMimeType)).toLongLong(&ok);
        setDropTarget(ok && laneId != m_lane.id);
    }
}

void LanePane::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget(false);
    QFrame::dragLeaveEvent(event);
}

void LanePane::dropEvent(QDropEvent *event)
{
    setDropTarget(false);
    bool ok = false;
    const qint64 laneId = event->mimeData()->data(QLatin1String(LaneMimeType)).toLongLong(&ok);
    if (ok && laneId != m_lane.id) {
        event->acceptProposedAction();
        Q_EMIT laneDropped(laneId, m_lane.id);
    }
}

// Where a dragged lane would go: the header takes on a tint of the selection colour, its text unchanged.
void LanePane::setDropTarget(bool target)
{
    if (target == m_dropTarget) {
        return;
    }
    m_dropTarget = target;
    // Only the window colour is set, so the header follows palette changes (a switch to dark) as before.
    QPalette tint;
    if (target) {
        const QColor window = palette().color(QPalette::Window);
        const QColor highlight = palette().color(QPalette::Highlight);
        const auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
        tint.setColor(QPalette::Window,
            QColor(mix(window.red(), highlight.red()), mix(window.green(), highlight.green()),
                mix(window.blue(), highlight.blue())));
    }
    m_header->setPalette(tint);
}

}
