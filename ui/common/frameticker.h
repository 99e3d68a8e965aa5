#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Confer
{

// One clock for the views that stream: a view with something new to show asks
// for a frame, and gets it within a frame's time, at most about sixty times a
// second. When several views wait (eight panes of a comparison), they are
// served a few at a time in slices of the frame, so their paints spread over
// it rather than landing in one long pass that would freeze the window.
class FrameTicker : public QObject
{
    Q_OBJECT

public:
    static constexpr int FrameMs = 16;
    static constexpr int SliceMs = 4;

    // The GUI thread's ticker.
    static FrameTicker &instance();

    // Calls frame() once, within a frame's time of the request and not sooner
    // than a frame after context was last served; repeated requests meanwhile
    // count once. Nothing is called once context is gone.
    void request(QObject *context, std::function<void()> frame);

Q_SIGNALS:
    // After a slice that served one view or more.
    void tick();

private:
    FrameTicker();
    void serve();

    struct Waiting {
        QPointer<QObject> context;
        std::function<void()> frame;
        qint64 dueMs = 0;
    };
    struct Served {
        QPointer<QObject> context;
        qint64 atMs = 0;
    };

    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<Waiting> m_waiting;
    QList<Served> m_served; // when each view last had a frame
};

}
