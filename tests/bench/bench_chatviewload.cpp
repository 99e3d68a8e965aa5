// ./dev bench chatview: a 10 000-message conversation in the chat view at
// 1280×800 on the session's X server: opening it to the first painted screen,
// scrolling it end to end a page at a time (worst and mean frame), and the
// resident memory with it open.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace Confer;

namespace
{

void report(const char *figure, double value, const char *unit)
{
    std::printf("BENCH chatview.%s %.2f %s\n", figure, value, unit);
    std::fflush(stdout);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    constexpr int Messages = 10'000;
    ConferTest::ChatFixture fixture;
    const qint64 id = fixture.longConversation(Messages);
    report("rss_before_open", residentMegabytes(), "MB");

    ChatView view(*fixture.store);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    MessageListView *list = view.messageList();

    QElapsedTimer timer;
    timer.start();
    const qsizetype loaded = fixture.store->activeBranch(id).size();
    report("store_active_branch", elapsedMs(timer), "ms");
    if (loaded != Messages) {
        std::fprintf(stderr, "expected %d messages, got %lld\n", Messages, qlonglong(loaded));
        return 1;
    }

    timer.restart();
    view.setConversation(id);
    list->viewport()->repaint();
    report("open_to_first_paint", elapsedMs(timer), "ms");
    if (list->rowCount() != Messages) {
        std::fprintf(stderr, "expected %d rows, got %d\n", Messages, list->rowCount());
        return 1;
    }
    report("documents_after_open", list->bodiesCreated(), "documents");

    // End to end, bottom to top, one page per frame (each frame lays out and paints synchronously).
    QScrollBar *bar = list->verticalScrollBar();
    double worst = 0;
    double total = 0;
    int frames = 0;
    while (bar->value() > 0) {
        timer.restart();
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        list->viewport()->repaint();
        const double ms = elapsedMs(timer);
        worst = std::max(worst, ms);
        total += ms;
        ++frames;
    }
    report("scroll_frames", frames, "frames");
    report("scroll_worst_frame", worst, "ms");
    report("scroll_mean_frame", frames ? total / frames : 0, "ms");
    report("documents_alive_after_scroll", list->livingBodies(), "documents");
    report("rss_open", residentMegabytes(), "MB");
    return 0;
}
