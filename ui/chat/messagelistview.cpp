#include "chat/messagelistview.h"

#include "chat/chatformat.h"
#include "chat/messagebody.h"
#include "chat/messagerowstyle.h"
#include "chat/prompteditor.h"
#include "common/quietscrollbar.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QtMath>

#include <algorithm>

namespace Confer
{

using namespace MessageRowStyle;

MessageListView::MessageListView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repository(repository)
    , m_jumpButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageList"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always there, so the text column keeps its width: a reply that grows past
    // the view would otherwise reflow all its lines at once when the bar appears.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBar(new QuietScrollBar(Qt::Vertical, this));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    // Opaque, so that its many small updates while text streams in (the range
    // grows line by line) repaint the bar alone rather than the panes behind it.
    verticalScrollBar()->setAutoFillBackground(true);
    setAccessibleName(tr("Messages"));

    m_jumpButton->setObjectName(QStringLiteral("jumpToLatest"));
    m_jumpButton->setText(tr("Jump to latest"));
    m_jumpButton->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setAutoRaise(false);
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &MessageListView::scrollToBottom);
}

MessageListView::~MessageListView() = default;

void MessageListView::setSiblingLookup(std::function<QList<qint64>(qint64)> lookup)
{
    m_siblingLookup = std::move(lookup);
}

// Rows

void MessageListView::setMessages(const QList<Store::Message> &messages)
{
    closeEditor();
    m_rows.clear();
    m_rows.reserve(size_t(messages.size()));
    for (const Store::Message &message : messages) {
        Row row;
        row.message = message;
        row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
        row.estimatedChars = int(message.content.size() + message.content.count(u'\n') * 40);
        m_rows.push_back(std::move(row));
    }
    m_hover.reset();
    m_hoverRow = -1;
    m_pressed.reset();
    m_highlightedId = 0;
    rebuildIndex();
    m_offsetsDirty = true;
    m_following = false;
    scrollToBottom();
}

void MessageListView::clear()
{
    setMessages({});
}

const Store::Message &MessageListView::messageAt(int row) const
{
    return m_rows.at(size_t(row)).message;
}

void MessageListView::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows[i].message.id, int(i));
    }
}

void MessageListView::updateMessage(const Store::Message &message)
{
    const int index = rowOf(message.id);
    if (index < 0) {
        return;
    }
    renderPendingText(index); // the body is compared with the final text below
    Row &row = m_rows[size_t(index)];
    const bool finished = message.status != Store::MessageStatus::Streaming;
    if (row.body) {
        if (row.message.content == message.content) {
            if (finished) {
                row.body->finish();
            }
        } else {
            row.body->setMarkdown(message.content, finished);
        }
    }
    if (row.reasoning && row.message.reasoning != message.reasoning) {
        row.reasoning->setPlainText(message.reasoning);
    }
    if (finished && !row.reasoningToggled) {
        row.reasoningOpen = false;
        row.reasoning.reset();
    }
    row.message = message;
    row.queued = row.queued && !finished;
    row.siblings.reset();
    row.estimatedChars = int(message.content.size() + message.content.count(u'\n') * 40);
    invalidateRow(index);
    // Repainted from the row's header down on the next frame: eight panes
    // whose replies finish together are then painted a few at a time.
    afterContentChange(index, row.layoutWidth >= 0 ? rowTop(index) : -1);
}

void MessageListView::insertMessage(int index, const Store::Message &message)
{
    index = std::clamp(index, 0, rowCount());
    Row row;
    row.message = message;
    row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
    row.estimatedChars = int(message.content.size());
    m_rows.insert(m_rows.begin() + index, std::move(row));
    rebuildIndex();
    m_hoverRow = -1;
    m_hover.reset();
    m_pressed.reset();
    m_offsetsDirty = true;
    afterContentChange(index);
}

void MessageListView::replaceRow(int index, const Store::Message &message)
{
    if (index < 0 || index >= rowCount()) {
        return;
    }
    if (m_editedId == m_rows[size_t(index)].message.id) {
        closeEditor();
    }
    Row row;
    row.message = message;
    row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
    row.estimatedChars = int(message.content.size());
    m_rows[size_t(index)] = std::move(row);
    rebuildIndex();
    m_offsetsDirty = true;
    afterContentChange(index);
}

void MessageListView::setQueued(qint64 messageId, bool queued)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    m_rows[size_t(index)].queued = queued;
    viewport()->update();
}

// Layout

int MessageListView::columnWidth() const
{
    return std::max(120, std::min(MaxColumnWidth, viewport()->width() - 2 * OuterMargin));
}

int MessageListView::columnLeft() const
{
    return std::max(0, (viewport()->width() - columnWidth()) / 2);
}

int MessageListView::contentWidth() const
{
    return columnWidth();
}

MessageListView::Estimator MessageListView::estimator() const
{
    const QFontMetrics metrics(font());
    const QFontMetrics small(smallFont(font()));
    const int width = columnWidth();
    const int charWidth = std::max(1, metrics.averageCharWidth());
    Estimator e;
    e.lineSpacing = metrics.lineSpacing();
    e.chrome = RowTopPadding + metrics.height() + 6 + small.height() + 12 + RowBottomPadding;
    e.charsPerLine = std::max(20, width / charWidth);
    e.userCharsPerLine = std::max(20, (width * 85 / 100 - 2 * BubblePadding) / charWidth);
    return e;
}

// A guess from the text's length, for rows not laid out yet (measured once on screen).
int MessageListView::estimateHeight(const Row &row, const Estimator &e)
{
    const bool user = row.message.role == Store::MessageRole::User;
    const int lines = std::max(1, row.estimatedChars / (user ? e.userCharsPerLine : e.charsPerLine) + 1);
    return e.chrome + lines * e.lineSpacing + (user ? 2 * BubblePadding : 0);
}

int MessageListView::rowHeight(int index) const
{
    const Row &row = m_rows[size_t(index)];
    return row.layoutWidth >= 0 ? row.height : estimateHeight(row, estimator());
}

void MessageListView::ensureBody(Row &row)
{
    if (row.body) {
        return;
    }
    row.body = std::make_unique<MessageBody>(m_repository, palette());
    row.pendingText.clear(); // the new body renders the whole text
    row.body->setMarkdown(row.message.content, row.message.status != Store::MessageStatus::Streaming);
    ++m_bodiesCreated;
}

void MessageListView::invalidateRow(int index)
{
    Row &row = m_rows[size_t(index)];
    if (row.layoutWidth >= 0) {
        const int oldHeight = row.height;
        layoutRow(index);
        rowHeightChanged(index, oldHeight);
    } else {
        m_offsetsDirty = true;
    }
}

void MessageListView::rowHeightChanged(int index, int oldHeight)
{
    const int delta = m_rows[size_t(index)].height - oldHeight;
    if (delta == 0) {
        return;
    }
    // A row above the viewport that grows must not push the visible rows down.
    const int top = rowTop(index);
    const bool above = top + oldHeight <= m_scrollY;
    m_offsetsDirty = true;
    if (above) {
        // What is on screen moved down in content coordinates, pixels and all.
        m_scrollY += delta;
        m_paintedScrollY += delta;
        if (m_dirtyFrom && *m_dirtyFrom >= top + oldHeight) {
            *m_dirtyFrom += delta;
        }
    } else if (index != m_growingRow) {
        repaintFrom(top); // everything below it moved
    }
}

void MessageListView::recomputeOffsets() const
{
    if (!m_offsetsDirty) {
        return;
    }
    m_offsets.resize(m_rows.size() + 1);
    const Estimator e = estimator();
    int y = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_offsets[i] = y;
        const Row &row = m_rows[i];
        y += row.layoutWidth >= 0 ? row.height : estimateHeight(row, e);
    }
    m_offsets[m_rows.size()] = y;
    m_offsetsDirty = false;
}

int MessageListView::rowTop(int index) const
{
    recomputeOffsets();
    return m_offsets[size_t(index)];
}

int MessageListView::totalHeight() const
{
    recomputeOffsets();
    return m_offsets.back();
}

int MessageListView::rowAt(int y) const
{
    recomputeOffsets();
    if (m_rows.empty()) {
        return -1;
    }
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end() - 1, y);
    return std::clamp(int(it - m_offsets.begin()) - 1, 0, rowCount() - 1);
}

void MessageListView::layoutVisible()
{
    const int width = columnWidth();
    const int height = viewport()->height();
    if (!m_rows.empty()) {
        for (int i = rowAt(m_scrollY); i < rowCount() && rowTop(i) < m_scrollY + height; ++i) {
            Row &row = m_rows[size_t(i)];
            if (row.layoutWidth != width) {
                const int oldHeight = rowHeight(i);
                layoutRow(i);
                rowHeightChanged(i, oldHeight);
            }
        }
    }
    // Keep a bounded number of rendered documents: drop those far off screen (their heights stay).
    if (m_bodiesCreated > 0) {
        int living = livingBodies();
        if (living > MaxBodies) {
            const int first = rowAt(m_scrollY) - 10;
            const int last = rowAt(m_scrollY + height) + 10;
            for (int i = 0; i < rowCount() && living > MaxBodies / 2; ++i) {
                Row &row = m_rows[size_t(i)];
                if (row.body && (i < first || i > last) && row.message.status != Store::MessageStatus::Streaming) {
                    row.body.reset();
                    row.reasoning.reset();
                    --living;
                }
            }
        }
    }
    updateScrollBar();
    positionOverlays();
}

int MessageListView::livingBodies() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.body != nullptr; }));
}

void MessageListView::updateScrollBar()
{
    const int maximum = std::max(0, totalHeight() - viewport()->height());
    m_scrollY = std::clamp(m_scrollY, 0, maximum);
    m_settingScroll = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, maximum);
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(QFontMetrics(font()).lineSpacing() * 3);
    bar->setValue(m_scrollY);
    m_settingScroll = false;
}

void MessageListView::setScroll(int y)
{
    m_scrollY = y;
    updateScrollBar();
    layoutVisible();
    repaintAll();
}

void MessageListView::setFollowing(bool following)
{
    if (following != m_following) {
        m_following = following;
        Q_EMIT followingChanged(following);
    }
    m_jumpButton->setVisible(!m_following && !m_rows.empty());
    positionOverlays();
}

void MessageListView::afterContentChange(int index, int changedFrom)
{
    // Without a known changed part (or with the inline editor, a child that
    // would have to move with the pixels), everything is repainted at once.
    if (changedFrom < 0 || m_editor) {
        if (m_following) {
            scrollToBottom();
        } else {
            updateScrollBar();
            layoutVisible();
            repaintAll();
        }
        return;
    }
    Q_UNUSED(index)
    if (m_following) {
        measureBottom();
        m_scrollY = totalHeight();
    }
    updateScrollBar();
    layoutVisible();
    repaintFrom(changedFrom);
}

void MessageListView::scrollToBottom()
{
    measureBottom();
    m_scrollY = totalHeight();
    setFollowing(true);
    setScroll(m_scrollY);
}

void MessageListView::measureBottom()
{
    // Measure from the end up until a screen is filled, so the bottom is exact.
    const int width = columnWidth();
    int filled = 0;
    for (int i = rowCount() - 1; i >= 0 && filled < viewport()->height(); --i) {
        Row &row = m_rows[size_t(i)];
        if (row.layoutWidth != width) {
            layoutRow(i);
            m_offsetsDirty = true;
        }
        filled += row.height;
    }
}

void MessageListView::scrollToMessage(qint64 messageId)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    if (m_rows[size_t(index)].layoutWidth != columnWidth()) {
        layoutRow(index);
        m_offsetsDirty = true;
    }
    setScroll(rowTop(index) - 8);
    setScroll(rowTop(index) - 8); // the rows below it are measured now
    setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    m_highlightedId = messageId;
    QTimer::singleShot(HighlightMs, this, [this, messageId] {
        if (m_highlightedId == messageId) {
            m_highlightedId = 0;
            viewport()->update();
        }
    });
}

std::pair<qint64, int> MessageListView::anchor() const
{
    if (m_rows.empty()) {
        return {0, 0};
    }
    const int index = rowAt(m_scrollY);
    return {m_rows[size_t(index)].message.id, m_scrollY - rowTop(index)};
}

void MessageListView::restoreAnchor(const std::pair<qint64, int> &anchor)
{
    const int index = rowOf(anchor.first);
    if (index < 0) {
        scrollToBottom();
        return;
    }
    // Measured first: an estimated height would put the anchor's top elsewhere once laid out.
    if (m_rows[size_t(index)].layoutWidth != columnWidth()) {
        layoutRow(index);
        m_offsetsDirty = true;
    }
    setFollowing(false);
    setScroll(rowTop(index) + anchor.second);
}

// Geometry for tests

std::optional<MessageListView::Hit> MessageListView::hitAt(const QPoint &viewportPos, int *rowIndex) const
{
    if (m_rows.empty()) {
        return std::nullopt;
    }
    const int index = rowAt(viewportPos.y() + m_scrollY);
    const Row &row = m_rows[size_t(index)];
    if (rowIndex) {
        *rowIndex = index;
    }
    if (row.layoutWidth < 0) {
        return std::nullopt;
    }
    const QPoint local = viewportPos - QPoint(columnLeft(), rowTop(index) - m_scrollY);
    for (const Hit &hit : row.hits) {
        if (hit.index >= 0 && hit.rect.contains(local)) {
            return hit;
        }
    }
    if (row.body && row.bodyRect.contains(local)) {
        const QString href = row.body->anchorAt(QPointF(local - row.bodyRect.topLeft()));
        if (!href.isEmpty()) {
            return Hit {row.bodyRect, Action::Link, 0, href};
        }
    }
    return std::nullopt;
}

void MessageListView::mousePressEvent(QMouseEvent *event)
{
    m_pressed.reset();
    if (event->button() == Qt::LeftButton) {
        m_pressed = hitAt(event->position().toPoint(), &m_pressedRow);
    }
    selectionPress(event);
    QAbstractScrollArea::mousePressEvent(event);
}

void MessageListView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        selectionRelease();
    }
    int index = -1;
    const std::optional<Hit> hit = hitAt(event->position().toPoint(), &index);
    const bool same = hit && m_pressed && index == m_pressedRow && hit->action == m_pressed->action
        && hit->index == m_pressed->index && hit->label == m_pressed->label;
    m_pressed.reset();
    if (event->button() != Qt::LeftButton || !same) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    trigger(index, *hit);
}

void MessageListView::trigger(int index, const Hit &hit)
{
    Row &row = m_rows[size_t(index)];
    const qint64 id = row.message.id;
    switch (hit.action) {
    case Action::Link:
        QDesktopServices::openUrl(QUrl(hit.label));
        break;
    case Action::ToggleReasoning:
        row.reasoningOpen = !row.reasoningOpen;
        row.reasoningToggled = true;
        invalidateRow(index);
        updateScrollBar();
        layoutVisible();
        viewport()->update();
        break;
    case Action::CopyCode:
        ensureBody(row);
        QGuiApplication::clipboard()->setText(row.body->codeBlockText(hit.index));
        break;
    case Action::CopyPlain:
        ensureBody(row);
        QGuiApplication::clipboard()->setText(row.body->document()->toPlainText());
        break;
    case Action::CopyMarkdown:
        QGuiApplication::clipboard()->setText(row.message.content);
        break;
    case Action::Edit:
        editPrompt(id);
        break;
    case Action::PreviousVersion:
    case Action::NextVersion:
    case Action::Regenerate:
    case Action::Retry:
    case Action::Stop:
    case Action::Delete:
    case Action::Keep:
    case Action::Vote:
        break;
    }
    Q_EMIT actionTriggered(id, hit.action, hit.index);
}

void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_rows.empty()) {
        return;
    }
    // From the keyboard (the Menu key), the focused message.
    const bool mouse = event->reason() == QContextMenuEvent::Mouse;
    const int index = mouse ? rowAt(event->pos().y() + m_scrollY) : keyboardMenuRow();
    if (index < 0 || m_rows[size_t(index)].layoutWidth < 0) {
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    addSelectionActions(menu, index);
    const QList<Hit> hits = m_rows[size_t(index)].hits;
    for (const Hit &hit : hits) {
        QString label = hit.label;
        if (hit.index < 0 || hit.action == Action::CopyCode || hit.action == Action::ToggleReasoning) {
            continue;
        }
        if (hit.action == Action::PreviousVersion) {
            label = tr("Previous Version");
        } else if (hit.action == Action::NextVersion) {
            label = tr("Next Version");
        } else if (hit.action == Action::Edit) {
            label = tr("Edit…");
        } else if (hit.action == Action::Delete) {
            label = tr("Delete…");
        } else if (hit.action == Action::CopyPlain && rowInSelection(index)) {
            label = tr("Copy Message");
        }
        menu.addAction(label, this, [this, index, hit] {
            if (index < rowCount()) {
                trigger(index, hit);
            }
        });
    }
    if (!menu.isEmpty()) {
        menu.exec(mouse ? event->globalPos() : keyboardMenuPosition(index));
    }
}

void MessageListView::mouseMoveEvent(QMouseEvent *event)
{
    selectionMove(event);
    int index = -1;
    const std::optional<Hit> hit = hitAt(event->position().toPoint(), &index);
    const bool changed = index != m_hoverRow || hit.has_value() != m_hover.has_value()
        || (hit && (hit->action != m_hover->action || hit->index != m_hover->index || hit->label != m_hover->label));
    m_hover = hit;
    m_hoverRow = index;
    viewport()->setCursor(
        hit ? Qt::PointingHandCursor : (overText(event->position().toPoint()) ? Qt::IBeamCursor : Qt::ArrowCursor));
    if (changed) {
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void MessageListView::leaveEvent(QEvent *event)
{
    m_hover.reset();
    m_hoverRow = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

bool MessageListView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<Hit> hit = hitAt(help->pos());
        // Links show where they go before anyone clicks them.
        if (hit && hit->action == Action::Link) {
            QToolTip::showText(help->globalPos(), hit->label, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    if (selectionKey(event) || focusKey(event)) {
        return;
    }
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        scrollToBottom();
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() == Qt::ControlModifier) {
        setFollowing(false);
        setScroll(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void MessageListView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    if (m_settingScroll) {
        return;
    }
    // The user moved the scroll bar (wheel, drag, keys): follow the stream only at the bottom.
    m_scrollY = verticalScrollBar()->value();
    layoutVisible();
    setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    repaintAll();
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_following) {
        scrollToBottom();
    } else {
        const auto kept = anchor();
        m_offsetsDirty = true;
        restoreAnchor(kept);
    }
    positionOverlays();
}

void MessageListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Re-render with the new colours and highlighting theme.
        for (Row &row : m_rows) {
            if (row.body) {
                row.body->setPalette(palette());
            }
        }
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        dropLayouts();
    } else if (event->type() == QEvent::LanguageChange) {
        m_jumpButton->setText(tr("Jump to latest"));
        setAccessibleName(tr("Messages"));
        dropLayouts();
    }
    QAbstractScrollArea::changeEvent(event);
}

void MessageListView::dropLayouts()
{
    for (Row &row : m_rows) {
        row.body.reset();
        row.reasoning.reset();
        row.layoutWidth = -1;
    }
    m_offsetsDirty = true;
    if (m_following) {
        scrollToBottom();
    } else {
        setScroll(m_scrollY);
    }
}

void MessageListView::positionOverlays()
{
    if (m_jumpButton->isVisible()) {
        const QSize size = m_jumpButton->sizeHint();
        const QRect area = viewport()->geometry();
        m_jumpButton->setGeometry(area.left() + (area.width() - size.width()) / 2, area.bottom() - size.height() - 16,
            size.width(), size.height());
        m_jumpButton->raise();
    }
    if (m_editor) {
        const int index = rowOf(m_editedId);
        if (index < 0) {
            closeEditor();
            return;
        }
        const Row &row = m_rows[size_t(index)];
        if (row.layoutWidth < 0 || !row.editorRect.isValid()) {
            m_editor->hide();
            return;
        }
        m_editor->setGeometry(row.editorRect.translated(columnLeft(), rowTop(index) - m_scrollY));
        m_editor->show();
    }
}

}
