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
    // A view of 400 px following a stream of `content` px that grows by a line of 18 px,
    // `lines` times: the paints this cost.
    static int follow(int content, int lines);
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

int TestQuietScrollBar::follow(int content, int lines)
{
    QuietScrollBar bar(Qt::Vertical);
    bar.setPageStep(400);
    bar.setRange(0, content - 400);
    bar.setValue(bar.maximum());
    if (!settle(bar)) {
        return -1;
    }
    const int painted = bar.paintCount();
    for (int line = 1; line <= lines; ++line) {
        bar.setRange(0, content - 400 + line * 18);
        bar.setValue(bar.maximum());
        QCoreApplication::processEvents();
    }
    return bar.paintCount() - painted;
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
    // Content of 100 400 px: the handle is at its smallest, at the bottom, line after line.
    QCOMPARE(follow(100400, 200), 0);
}

void TestQuietScrollBar::followingAShortStream()
{
    // Content a little taller than the view: each line shrinks the handle.
    QCOMPARE(follow(500, 20), 20);
}

QTEST_MAIN(TestQuietScrollBar)
#include "tst_quietscrollbar.moc"
