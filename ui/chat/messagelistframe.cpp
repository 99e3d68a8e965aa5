// Streaming frames: the message list's repaints while text streams in.
//
// A delta changes the open tail of one reply and moves what is below it (and,
// while following, everything, by scrolling). Repainting the whole viewport
// for each of them costs a full text paint per delta per pane; instead the
// change is noted (repaintFrom) and, once per FrameTicker frame, the pixels
// that only moved are blitted (QWidget::scroll) and only the part from the
// change down is painted again.
#include "chat/messagelistview.h"
#include "common/frameticker.h"

namespace Confer
{

void MessageListView::repaintFrom(int contentY)
{
    m_dirtyFrom = m_dirtyFrom ? std::min(*m_dirtyFrom, contentY) : contentY;
    FrameTicker::instance().request();
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
