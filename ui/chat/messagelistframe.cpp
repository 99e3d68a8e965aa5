// Streaming frames: the message list's rendering while text streams in.
//
// Text that arrives is rendered once per frame, however many deltas came:
// laying out the open paragraph again costs as much for one word as for five.
// A delta changes the open tail of one reply and moves what is below it (and,
// while following, everything, by scrolling). Repainting the whole viewport
// for each of them costs a full text paint per delta per pane; instead the
// change is noted (repaintFrom) and, once per FrameTicker frame, the pixels
// that only moved are blitted (QWidget::scroll) and only the part from the
// change down is painted again.
#include "chat/messagebody.h"
#include "chat/messagelistview.h"
#include "common/frameticker.h"

#include <QTextCursor>
#include <QTextDocument>

namespace Confer
{

void MessageListView::appendText(qint64 messageId, const QString &delta)
{
    const int index = rowOf(messageId);
    if (index < 0 || delta.isEmpty()) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    row.message.content += delta;
    row.estimatedChars += int(delta.size());
    if (row.body) {
        // Rendered on the next frame, with what else arrives meanwhile (renderPendingText).
        row.pendingText += delta;
        m_pendingText.insert(messageId);
        FrameTicker::instance().request(this, [this] { flushFrame(); });
        return;
    }
    if (row.layoutWidth >= 0) {
        invalidateRow(index);
    }
    afterContentChange(index);
}

void MessageListView::appendReasoning(qint64 messageId, const QString &delta)
{
    const int index = rowOf(messageId);
    if (index < 0 || delta.isEmpty()) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    const bool first = row.message.reasoning.isEmpty();
    row.message.reasoning += delta;
    if (row.reasoning) {
        QTextCursor cursor(row.reasoning.get());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(delta);
    }
    if (first && !row.reasoningToggled) {
        row.reasoningOpen = true;
    }
    // Reasoning is plain text, added at once; what changed starts in its box
    // (or at the header, for the first words, which open the box).
    int changedFrom = -1;
    if (row.layoutWidth >= 0) {
        const bool inBox = !first && row.reasoning && row.reasoningRect.isValid();
        changedFrom = rowTop(index) + (inBox ? row.reasoningRect.top() : 0);
        m_growingRow = index;
        invalidateRow(index);
        m_growingRow = -1;
    }
    afterContentChange(index, changedFrom);
}

void MessageListView::flushStreamedText()
{
    const QSet<qint64> pending = std::exchange(m_pendingText, {});
    for (const qint64 messageId : pending) {
        renderPendingText(rowOf(messageId));
    }
}

void MessageListView::renderPendingText(int index)
{
    if (index < 0) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    if (row.pendingText.isEmpty() || !row.body) {
        row.pendingText.clear();
        return;
    }
    const QString text = std::exchange(row.pendingText, {});
    // What changed: from the body's first changed line down, or from the
    // header while it still said the reply was waiting for its first words.
    const bool firstWords = row.message.content.size() == text.size();
    const int bodyChange = row.body->append(text);
    int changedFrom = -1;
    if (row.layoutWidth >= 0) {
        changedFrom = rowTop(index) + (firstWords ? 0 : row.bodyRect.top() + bodyChange);
        m_growingRow = index;
        invalidateRow(index);
        m_growingRow = -1;
    }
    afterContentChange(index, changedFrom);
}

void MessageListView::repaintFrom(int contentY)
{
    m_dirtyFrom = m_dirtyFrom ? std::min(*m_dirtyFrom, contentY) : contentY;
    FrameTicker::instance().request(this, [this] { flushFrame(); });
}

void MessageListView::repaintAll()
{
    // Everything is painted anew, at the scroll position of the moment.
    m_paintedScrollY = m_scrollY;
    m_dirtyFrom.reset();
    viewport()->update();
}

void MessageListView::flushFrame()
{
    flushStreamedText();
    if (!m_dirtyFrom && m_paintedScrollY == m_scrollY) {
        return;
    }
    const QRect area = viewport()->rect();
    const int dy = m_scrollY - m_paintedScrollY;
    m_paintedScrollY = m_scrollY;
    if (std::abs(dy) >= area.height()) {
        m_dirtyFrom.reset();
        viewport()->update();
        return;
    }
    if (dy != 0) {
        // Only the pixels: the children (the "Jump to latest" button) stay put.
        viewport()->scroll(0, -dy, area);
    }
    if (m_dirtyFrom) {
        const int top = std::max(0, *m_dirtyFrom - m_scrollY);
        if (top < area.height()) {
            viewport()->update(QRect(0, top, area.width(), area.height() - top));
        }
        m_dirtyFrom.reset();
    }
}

}
