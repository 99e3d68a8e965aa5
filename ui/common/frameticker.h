#pragma once

#include <QObject>
#include <QTimer>

namespace Confer
{

// One clock for the views that stream: a view with something new to show asks
// for a frame, and every view that asked is repainted on the same tick, at
// most about sixty times a second. Eight panes receiving a hundred deltas a
// second each then share one paint pass per frame instead of one per delta.
class FrameTicker : public QObject
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;

    // The GUI thread's ticker.
    static FrameTicker &instance();

    // Emits tick() within a frame's time (once for every request made meanwhile).
    void request();

Q_SIGNALS:
    void tick();

private:
    FrameTicker();

    QTimer m_timer;
};

}
