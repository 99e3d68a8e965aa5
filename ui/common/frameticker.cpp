#include "common/frameticker.h"

#include <QCoreApplication>

namespace Confer
{

FrameTicker::FrameTicker()
    : QObject(QCoreApplication::instance())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FrameMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameTicker::tick);
}

FrameTicker &FrameTicker::instance()
{
    // Owned by the application object, so it goes with it (and its timer with the GUI thread).
    static FrameTicker *ticker = new FrameTicker;
    return *ticker;
}

void FrameTicker::request()
{
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

}
