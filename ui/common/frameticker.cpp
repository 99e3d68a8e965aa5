#include "common/frameticker.h"

#include <QCoreApplication>

#include <algorithm>

namespace Confer
{

FrameTicker::FrameTicker()
    : QObject(QCoreApplication::instance())
{
    m_clock.start();
    m_timer.setInterval(SliceMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameTicker::serve);
}

FrameTicker &FrameTicker::instance()
{
    // Owned by the application object, so it goes with it (and its timer with the GUI thread).
    static FrameTicker *ticker = new FrameTicker;
    return *ticker;
}

void FrameTicker::request(QObject *context, std::function<void()> frame)
{
    const auto waiting = std::find_if(
        m_waiting.cbegin(), m_waiting.cend(), [context](const Waiting &entry) { return entry.context == context; });
    if (waiting != m_waiting.cend()) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    qint64 due = now + SliceMs;
    for (const Served &served : std::as_const(m_served)) {
        if (served.context == context) {
            due = std::max(due, served.atMs + FrameMs);
        }
    }
    m_waiting.append({context, std::move(frame), due});
    if (!m_timer.isActive()) {
        m_timer.start();
    }
}

void FrameTicker::serve()
{
    const qint64 now = m_clock.elapsed();
    // Views gone meanwhile take no share of the slice (nor make it tick).
    m_waiting.removeIf([](const Waiting &entry) { return !entry.context; });
    m_served.removeIf([now](const Served &served) { return !served.context || now - served.atMs > FrameMs; });
    qsizetype due = 0;
    for (const Waiting &entry : std::as_const(m_waiting)) {
        due += entry.dueMs <= now ? 1 : 0;
    }
    // A quarter of the waiting views per slice: all of them within a frame,
    // and one paint pass holds no more than a few.
    const qsizetype slices = FrameMs / SliceMs;
    qsizetype budget = std::max<qsizetype>(1, (due + slices - 1) / slices);
    QList<Waiting> serving;
    for (qsizetype i = 0; i < m_waiting.size() && budget > 0;) {
        if (m_waiting.at(i).dueMs <= now) {
            serving.append(m_waiting.takeAt(i));
            --budget;
        } else {
            ++i;
        }
    }
    if (m_waiting.isEmpty()) {
        m_timer.stop();
    }
    bool served = false;
    for (const Waiting &entry : std::as_const(serving)) {
        // A frame may delete another waiting view.
        if (entry.context) {
            m_served.append({entry.context, now});
            entry.frame();
            served = true;
        }
    }
    if (served) {
        Q_EMIT tick();
    }
}

}
