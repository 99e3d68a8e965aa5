// Selecting text in a message with the mouse (drag, double-click for a word,
// Ctrl+A for the whole message) and copying it.
#include "chat/messagebody.h"
#include "chat/messagelistview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextDocument>

#include <algorithm>

namespace Confer
{

std::optional<int> MessageListView::documentPositionAt(int index, const QPoint &viewportPos)
{
    if (index < 0 || index >= rowCount()) {
        return std::nullopt;
    }
    Row &row = m_rows[size_t(index)];
    if (row.layoutWidth < 0 || !row.bodyRect.isValid()) {
        return std::nullopt;
    }
    ensureBody(row);
    row.body->layout(row.bodyRect.width());
    const QPoint local = viewportPos - QPoint(columnLeft(), rowTop(index) - m_scrollY) - row.bodyRect.topLeft();
    return TextSelection::positionAt(row.body->document(), QPointF(local));
}

bool MessageListView::overText(const QPoint &viewportPos) const
{
    if (m_rows.empty()) {
        return false;
    }
    const int index = rowAt(viewportPos.y() + m_scrollY);
    const Row &row = m_rows[size_t(index)];
    return row.layoutWidth >= 0 && row.bodyRect.isValid()
        && row.bodyRect.contains(viewportPos - QPoint(columnLeft(), rowTop(index) - m_scrollY));
}

void MessageListView::selectionPress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return; // a right click keeps the selection for the context menu
    }
    m_dragSelecting = false;
    if (m_focusRingVisible) {
        m_focusRingVisible = false;
        viewport()->update();
    }
    if (m_rows.empty()) {
        return;
    }
    // The painted buttons keep the selection (a code block's Copy, Retry…); links may start one.
    if (m_pressed && m_pressed->action != Action::Link) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int index = rowAt(pos.y() + m_scrollY);
    const qint64 id = m_rows[size_t(index)].message.id;
    m_focusedId = id; // Ctrl+A and the Menu key now mean this message
    const bool hadSelection = !m_selection.isEmpty();
    if (overText(pos)) {
        if (const std::optional<int> position = documentPositionAt(index, pos)) {
            m_selection.start(id, *position);
            m_dragSelecting = true;
        }
    } else {
        m_selection.clear();
    }
    if (hadSelection) {
        viewport()->update();
    }
}

void MessageListView::selectionMove(QMouseEvent *event)
{
    if (!m_dragSelecting) {
        return;
    }
    // Past the top or bottom edge the view scrolls on with each move.
    const QPoint pos = event->position().toPoint();
    const int edge = pos.y() < 0 ? pos.y() : std::max(0, pos.y() - viewport()->height());
    if (edge != 0) {
        setScroll(m_scrollY + std::clamp(edge, -40, 40));
        setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    }
    // The message under the pointer; between messages, the nearest place in the one it is over.
    const int index = rowAt(std::clamp(pos.y(), 0, viewport()->height() - 1) + m_scrollY);
    const std::optional<int> position = documentPositionAt(index, pos);
    if (!position) {
        return; // a row without text (a prompt being edited): the selection stays as it was
    }
    m_selection.extend(m_rows[size_t(index)].message.id, *position);
    if (!m_selection.isEmpty()) {
        m_pressed.reset(); // a drag that started on a link selects; it does not open it
    }
    viewport()->update();
}

void MessageListView::selectionRelease()
{
    if (!m_dragSelecting) {
        return;
    }
    m_dragSelecting = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!m_selection.isEmpty() && clipboard->supportsSelection()) {
        clipboard->setText(selectedText(), QClipboard::Selection);
    }
}

void MessageListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || hitAt(pos) || !overText(pos)) {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
        return;
    }
    const int index = rowAt(pos.y() + m_scrollY);
    if (const std::optional<int> position = documentPositionAt(index, pos)) {
        Row &row = m_rows[size_t(index)];
        m_selection.selectWord(row.message.id, row.body->document(), *position);
        m_dragSelecting = false;
        m_pressed.reset();
        viewport()->update();
    }
}

bool MessageListView::hasSelection() const
{
    return !m_selection.isEmpty() && rowOf(m_selection.messageId()) >= 0 && rowOf(m_selection.endMessageId()) >= 0;
}

bool MessageListView::rowInSelection(int index) const
{
    if (!hasSelection()) {
        return false;
    }
    const int anchor = rowOf(m_selection.messageId());
    const int end = rowOf(m_selection.endMessageId());
    return index >= std::min(anchor, end) && index <= std::max(anchor, end);
}

QTextCursor MessageListView::selectionIn(int index, QTextDocument *document) const
{
    if (!rowInSelection(index)) {
        return QTextCursor(document);
    }
    return m_selection.cursorFor(document, index, rowOf(m_selection.messageId()), rowOf(m_selection.endMessageId()));
}

QList<QTextCursor> MessageListView::selectedParts()
{
    QList<QTextCursor> parts;
    if (!hasSelection()) {
        return parts;
    }
    const int anchor = rowOf(m_selection.messageId());
    const int end = rowOf(m_selection.endMessageId());
    for (int index = std::min(anchor, end); index <= std::max(anchor, end); ++index) {
        Row &row = m_rows[size_t(index)];
        ensureBody(row);
        parts.append(selectionIn(index, row.body->document()));
    }
    return parts;
}

QString MessageListView::selectedText()
{
    return TextSelection::text(selectedParts());
}

void MessageListView::selectAllOf(qint64 messageId)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    ensureBody(row);
    m_selection.selectAll(messageId, row.body->document());
    viewport()->update();
}

void MessageListView::clearSelection()
{
    if (!m_selection.isEmpty()) {
        m_selection.clear();
        viewport()->update();
    }
}

void MessageListView::copySelection()
{
    if (hasSelection()) {
        QGuiApplication::clipboard()->setMimeData(TextSelection::mimeData(selectedParts()));
    }
}

bool MessageListView::selectionKey(QKeyEvent *event)
{
    if (event == QKeySequence::Copy && hasSelection()) {
        copySelection();
        return true;
    }
    if (event == QKeySequence::SelectAll) {
        const qint64 target = rowOf(m_focusedId) >= 0 ? m_focusedId : m_selection.endMessageId();
        if (rowOf(target) >= 0) {
            selectAllOf(target);
            return true;
        }
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && hasSelection()) {
        clearSelection();
        return true;
    }
    return false;
}

void MessageListView::addSelectionActions(QMenu &menu, int index)
{
    if (!rowInSelection(index)) {
        return;
    }
    QAction *copy = menu.addAction(tr("Copy"), this, &MessageListView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copySelection"));
    menu.addSeparator();
}

}
