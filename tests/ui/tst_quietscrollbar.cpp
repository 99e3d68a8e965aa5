// The message list's scroll bar repaints when its handle changes on screen,
// not at every change of range or value: following a long stream it stays
// still, while a short one, whose handle shrinks with each line, repaints.
#include "common/quietscrollbar.h"

#include <QTest>

using namespace Confer;

class TestQuietScrollBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repaintsWhenTheHandleMoves();
    void followingALongStream();
    void followingAShortStream();

private:
    // Shown, painted once, with nothing pending.
    static bool settle(QuietScrollBar &bar);
};

bool TestQuietScrollBar::settle(QuietScrollBar &bar)
{
    bar.resize(16, 400);
    bar.show();
    if (!QTest::qWaitForWindowExposed(&bar) || !QTest::qWaitFor([&bar] { return bar.paintCount() > 0; })) {
        return false;
    }
    QCoreApplication::processEvents();
    return true;
}

void TestQuietScrollBar::repaintsWhenTheHandleMoves()
{
    QuietScrollBar bar(Qt::Vertical);
    bar.setRange(0, 100000);
    bar.setPageStep(400);
    QVERIFY(settle(bar));
    const int painted = bar.paintCount();
    // One unit of 100 000 moves the handle by far less than a pixel.
    bar.setValue(bar.value() + 1);
    QCoreApplication::processEvents();
    QCOMPARE(bar.paintCount(), painted);
    // A fifth of the range moves it visibly.
    bar.setValue(bar.value() + 20000);
    QCoreApplication::processEvents();
    QCOMPARE(bar.paintCount(), painted + 1);
}

void TestQuietScrollBar::followingALongStream()
{
    // Content of 100 000 px in a 400 px view: the handle is at its smallest,
    // at the bottom, line after line.
    QuietScrollBar bar(Qt::Vertical);
    bar.setPageStep(400);
    bar.setRange(0, 100000);
    bar.setValue(100000);
    QVERIFY(settle(bar));
    const int painted = bar.paintCount();
    for (int line = 1; line <= 200; ++line) {
        bar.setRange(0, 100000 + line * 18);
        bar.setValue(bar.maximum());
        QCoreApplication::processEvents();
    }
    QCOMPARE(bar.paintCount(), painted);
}

void TestQuietScrollBar::followingAShortStream()
{
    // Content a little taller than the view: each line shrinks the handle.
    QuietScrollBar bar(Qt::Vertical);
    bar.setPageStep(400);
    bar.setRange(0, 100);
    bar.setValue(100);
    QVERIFY(settle(bar));
    const int painted = bar.paintCount();
    for (int line = 1; line <= 20; ++line) {
        bar.setRange(0, 100 + line * 18);
        bar.setValue(bar.maximum());
        QCoreApplication::processEvents();
    }
    QCOMPARE(bar.paintCount(), painted + 20);
}

QTEST_MAIN(TestQuietScrollBar)
#include "tst_quietscrollbar.moc"
