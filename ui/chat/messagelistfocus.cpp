// Moving between messages with the keyboard: a focus ring on one message,
// its actions from the Menu key, Retry from Enter, and what assistive
// technology is told about it.
#include "chat/chatformat.h"
#include "chat/messagelistview.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace Confer
{

void MessageListView::setFocusedMessage(qint64 messageId)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    m_focusedId = messageId;
    m_focusRingVisible = true;
    ensureRowVisible(index);
    announceFocus();
    viewport()->update();
}

void MessageListView::moveFocus(int row)
{
    if (row >= 0 && row < rowCount()) {
        setFocusedMessage(m_rows[size_t(row)].message.id);
    }
}

void MessageListView::stepFocus(int step)
{
    if (m_rows.empty()) {
        return;
    }
    setFocus(Qt::ShortcutFocusReason);
    const int current = rowOf(m_focusedId);
    if (current < 0) {
        moveFocus(step < 0 ? rowCount() - 1 : rowAt(m_scrollY));
    } else {
        moveFocus(std::clamp(current + step, 0, rowCount() - 1));
    }
}

bool MessageListView::focusKey(QKeyEvent *event)
{
    if (m_rows.empty()) {
        return false;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int current = rowOf(m_focusedId);
    const auto triggerFocused = [this, current](Action action) {
        if (current < 0 || m_rows[size_t(current)].layoutWidth < 0) {
            return false;
        }
        const QList<Hit> hits = m_rows[size_t(current)].hits;
        for (const Hit &hit : hits) {
            if (hit.action == action && hit.index == 0) {
                trigger(current, hit);
                return true;
            }
        }
        return false;
    };
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (modifiers != Qt::NoModifier) {
            return false;
        }
        const bool down = event->key() == Qt::Key_Down;
        if (current < 0) {
            // Start from what is on screen: its first message going down, its last going up.
            moveFocus(rowAt(down ? m_scrollY : m_scrollY + viewport()->height() - 1));
        } else {
            moveFocus(std::clamp(current + (down ? 1 : -1), 0, rowCount() - 1));
        }
        return true;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        if (modifiers != Qt::NoModifier) {
            return false;
        }
        moveFocus(event->key() == Qt::Key_Home ? 0 : rowCount() - 1);
        return true;
    case Qt::Key_Menu:
    case Qt::Key_F10: {
        if (event->key() == Qt::Key_F10 && modifiers != Qt::ShiftModifier) {
            return false;
        }
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, QPoint(), QPoint(), modifiers);
        contextMenuEvent(&menuEvent);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return modifiers == Qt::NoModifier && triggerFocused(Action::Retry);
    case Qt::Key_Delete:
        return modifiers == Qt::NoModifier && triggerFocused(Action::Delete);
    default:
        return false;
    }
}

void MessageListView::ensureRowVisible(int index)
{
    // Twice: scrolling lays out rows that were estimated, which may move this one.
    for (int pass = 0; pass < 2; ++pass) {
        Row &row = m_rows[size_t(index)];
        if (row.layoutWidth != columnWidth()) {
            const int oldHeight = rowHeight(index);
            layoutRow(index);
            rowHeightChanged(index, oldHeight);
        }
        const int top = rowTop(index);
        const int bottom = top + row.height;
        const int height = viewport()->height();
        int y = m_scrollY;
        if (top < m_scrollY) {
            y = top - 8;
        } else if (bottom > m_scrollY + height) {
            y = std::min(top - 8, bottom - height + 8);
        }
        if (y == m_scrollY) {
            break;
        }
        setScroll(y);
        setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    }
}

int MessageListView::keyboardMenuRow()
{
    if (m_rows.empty()) {
        return -1;
    }
    if (const int index = rowOf(m_focusedId); index >= 0) {
        ensureRowVisible(index);
        return index;
    }
    return rowAt(m_scrollY + viewport()->height() - 1);
}

QPoint MessageListView::keyboardMenuPosition(int index) const
{
    const QRect rect = rowRect(m_rows[size_t(index)].message.id).intersected(viewport()->rect());
    return viewport()->mapToGlobal(QPoint(columnLeft() + 24, std::max(0, rect.top()) + 24));
}

QString MessageListView::describeMessage(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const Store::Message &message = m_rows[size_t(row)].message;
    constexpr int Words = 12;
    QStringList words = message.content.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool more = words.size() > Words;
    words = words.mid(0, Words);
    const QString start = words.join(QLatin1Char(' ')) + (more ? QStringLiteral("…") : QString());
    if (message.role == Store::MessageRole::User) {
        return tr("Your prompt: %1").arg(start);
    }
    // Screen readers must not reveal what a blind comparison hides.
    const QString model = shownName(message);
    switch (message.status) {
    case Store::MessageStatus::Streaming:
        return tr("Reply from %1, being written: %2").arg(model, start);
    case Store::MessageStatus::Error:
        return tr("Failed reply from %1 (Enter retries): %2").arg(model, start);
    case Store::MessageStatus::Cancelled:
    case Store::MessageStatus::Interrupted:
        return tr("Unfinished reply from %1: %2").arg(model, start);
    case Store::MessageStatus::Complete:
        break;
    }
    return tr("Reply from %1: %2").arg(model, start);
}

void MessageListView::announceFocus()
{
    setAccessibleDescription(describeMessage(rowOf(m_focusedId)));
    if (!hasFocus()) {
        return;
    }
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent focus(this, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

void MessageListView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    const bool tabbed = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (tabbed && rowOf(m_focusedId) >= 0) {
        m_focusRingVisible = true;
        announceFocus();
    }
    viewport()->update();
}

void MessageListView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

}
