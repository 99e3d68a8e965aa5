#include "common/quietscrollbar.h"

#include <QStyle>
#include <QStyleOptionSlider>

namespace Confer
{

QuietScrollBar::QuietScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

QuietScrollBar::Look QuietScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
        maximum() > minimum()};
}

void QuietScrollBar::sliderChange(SliderChange change)
{
    // Hover, press, focus and style changes repaint through their own events.
    if (change != SliderOrientationChange && m_painted && look() == *m_painted) {
        return;
    }
    QScrollBar::sliderChange(change);
}

void QuietScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    ++m_paints;
    QScrollBar::paintEvent(event);
}

}
