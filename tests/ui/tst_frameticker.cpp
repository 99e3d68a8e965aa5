// The streaming views' shared frame clock: a view's requests within a frame
// are served once, a view gone before its frame is neither served nor counted,
// several waiting views are spread over the frame's slices, and a view served
// a moment ago waits for its next frame.
#include "common/frameticker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Confer;

class TestFrameTicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsWithinAFrameAreServedOnce();
    void aViewGoneBeforeItsFrameIsSkipped();
    void waitingViewsAreSpreadOverTheFrame();
    void aViewServedAMomentAgoWaitsAFrame();
};

void TestFrameTicker::requestsWithinAFrameAreServedOnce()
{
    FrameTicker &ticker = FrameTicker::instance();
    QObject view;
    int frames = 0;
    for (int i = 0; i < 3; ++i) {
        ticker.request(&view, [&frames] { ++frames; });
    }
    QSignalSpy ticks(&ticker, &FrameTicker::tick);
    QVERIFY(ticks.wait());
    QCOMPARE(frames, 1);

    // Another view's frame comes later; the first view was not served again.
    QObject other;
    bool otherServed = false;
    ticker.request(&other, [&otherServed] { otherServed = true; });
    QTRY_VERIFY(otherServed);
    QCOMPARE(frames, 1);
}

void TestFrameTicker::aViewGoneBeforeItsFrameIsSkipped()
{
    FrameTicker &ticker = FrameTicker::instance();
    bool goneServed = false;
    {
        QObject gone;
        ticker.request(&gone, [&goneServed] { goneServed = true; });
    }
    QObject view;
    bool viewServed = false;
    ticker.request(&view, [&viewServed] { viewServed = true; });

    // The first tick is the living view's: the gone one took no place in the slice.
    bool servedAtFirstTick = false;
    QSignalSpy ticks(&ticker, &FrameTicker::tick);
    connect(&ticker, &FrameTicker::tick, this, [&] {
        if (ticks.count() == 1) {
            servedAtFirstTick = viewServed;
        }
    });
    QVERIFY(ticks.wait());
    disconnect(&ticker, &FrameTicker::tick, this, nullptr);
    QVERIFY(servedAtFirstTick);
    QVERIFY(!goneServed);
}

void TestFrameTicker::waitingViewsAreSpreadOverTheFrame()
{
    FrameTicker &ticker = FrameTicker::instance();
    constexpr int Views = 8;
    std::vector<std::unique_ptr<QObject>> views;
    std::vector<int> frames(Views, 0);
    int servedThisSlice = 0;
    int mostInOneSlice = 0;
    int slices = 0;
    connect(&ticker, &FrameTicker::tick, this, [&] {
        ++slices;
        mostInOneSlice = std::max(mostInOneSlice, servedThisSlice);
        servedThisSlice = 0;
    });
    for (int i = 0; i < Views; ++i) {
        views.push_back(std::make_unique<QObject>());
        ticker.request(views.back().get(), [&frames, &servedThisSlice, i] {
            ++frames[size_t(i)];
            ++servedThisSlice;
        });
    }
    QTRY_VERIFY(std::all_of(frames.begin(), frames.end(), [](int n) { return n > 0; }));
    disconnect(&ticker, &FrameTicker::tick, this, nullptr);
    // Each view once; a quarter of them per slice at most, so no paint pass holds all eight.
    QVERIFY(std::all_of(frames.begin(), frames.end(), [](int n) { return n == 1; }));
    QVERIFY2(mostInOneSlice <= Views / (FrameTicker::FrameMs / FrameTicker::SliceMs),
        qPrintable(QString::number(mostInOneSlice)));
    QVERIFY2(slices >= FrameTicker::FrameMs / FrameTicker::SliceMs, qPrintable(QString::number(slices)));
}

void TestFrameTicker::aViewServedAMomentAgoWaitsAFrame()
{
    FrameTicker &ticker = FrameTicker::instance();
    QObject view;
    QElapsedTimer clock;
    qint64 firstAt = -1;
    qint64 secondAt = -1;
    ticker.request(&view, [&] { firstAt = clock.elapsed(); });
    clock.start();
    QTRY_VERIFY(firstAt >= 0);
    ticker.request(&view, [&] { secondAt = clock.elapsed(); });
    QTRY_VERIFY(secondAt >= 0);
    // The ticker's clock counts whole milliseconds; allow for one of rounding.
    QVERIFY2(secondAt - firstAt >= FrameTicker::FrameMs - 1,
        qPrintable(QStringLiteral("%1 ms apart").arg(secondAt - firstAt)));
}

QTEST_GUILESS_MAIN(TestFrameTicker)
#include "tst_frameticker.moc"
