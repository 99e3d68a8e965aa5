// The message list's streaming frames (ui/chat/messagelistframe.cpp): while a
// reply streams, each frame blits the pixels that only moved and repaints the
// part from the change down. These tests stream into a real window on Xvfb,
// read the pixels back from the X server, and compare them with a full
// repaint of the same state: a blit or a missed strip would leave stale text
// on screen that a full repaint does not have.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"
#include "common/frameticker.h"

#include <QDir>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Confer;
using ConferTest::ChatFixture;

namespace
{

// Counts the viewport's paint events, and how many of them covered only part of it.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *viewport)
        : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }

    int paints = 0;
    int partialPaints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint) {
            ++paints;
            const QRect painted = static_cast<QPaintEvent *>(event)->region().boundingRect();
            partialPaints += painted.height() < m_viewport->height() / 2 ? 1 : 0;
        }
        return false;
    }

private:
    QWidget *m_viewport;
};

QImage onScreen(QWidget *widget)
{
    const QPoint at = widget->mapTo(widget->window(), QPoint(0, 0));
    return widget->screen()
        ->grabWindow(widget->window()->winId(), at.x(), at.y(), widget->width(), widget->height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size()) {
        return a.width() * a.height();
    }
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *lineB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            count += lineA[x] != lineB[x] ? 1 : 0;
        }
    }
    return count;
}

// The i-th piece of a streamed answer: prose with paragraph breaks, a list and a fenced code block.
QString piece(int i)
{
    const int cycle = i % 120;
    if (cycle == 60) {
        return QStringLiteral("\n\n```cpp\n");
    }
    if (cycle > 60 && cycle < 80) {
        return cycle % 3 == 0 ? QStringLiteral(";\n") : QStringLiteral("    total += value%1").arg(cycle % 5);
    }
    if (cycle == 80) {
        return QStringLiteral("\n```\n\n");
    }
    if (cycle == 90) {
        return QStringLiteral("\n\n- a list item");
    }
    // Markup that restyles what came before it once it closes: emphasis,
    // inline code, a link, a heading underlined on the next line.
    switch (cycle) {
    case 95:
        return QStringLiteral(" **strongly");
    case 97:
        return QStringLiteral(" said**");
    case 100:
        return QStringLiteral(" `inline");
    case 101:
        return QStringLiteral(" code`");
    case 104:
        return QStringLiteral(" [a link");
    case 105:
        return QStringLiteral("](https://example.com/page)");
    case 108:
        return QStringLiteral("\n\nA heading after all\n");
    case 109:
        return QStringLiteral("====\n\n");
    default:
        break;
    }
    QString word = QStringLiteral(" word%1").arg(i % 13);
    if (i % 11 == 10) {
        word += QLatin1Char('.');
    }
    if (i % 37 == 36) {
        word += QStringLiteral("\n\n");
    }
    return word;
}

}

class TestStreamingFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesMatchAFullRepaint_data();
    void framesMatchAFullRepaint();
};

void TestStreamingFrames::framesMatchAFullRepaint_data()
{
    QTest::addColumn<bool>("scrolledUp");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<bool>("reasoning");
    QTest::newRow("following the stream") << false << 300 << false;
    QTest::newRow("scrolled up, the stream in view") << true << 300 << false;
    QTest::newRow("reasoning, then the answer") << false << 120 << true;
    QTest::newRow("a short answer, its header in view") << false << 24 << false;
}

void TestStreamingFrames::framesMatchAFullRepaint()
{
    QFETCH(bool, scrolledUp);
    QFETCH(int, pieces);
    QFETCH(bool, reasoning);
    ChatFixture f;
    const qint64 id = f.conversation();
    for (int i = 0; i < 3; ++i) {
        f.exchange(id, QStringLiteral("Question %1?").arg(i),
            QStringLiteral("An earlier answer, long enough to wrap over a few lines of the narrow view. ").repeated(4));
    }
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("And now a long one?")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();

    ChatView view(*f.store);
    view.resize(520, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QWidget *viewport = list->viewport();
    PaintRecorder recorder(viewport);

    // A frame is due after each change; once it ticked, its paint is among the events at hand.
    QSignalSpy ticks(&FrameTicker::instance(), &FrameTicker::tick);
    const auto waitForFrame = [&] {
        if (!ticks.wait(2000)) {
            return false;
        }
        QCoreApplication::processEvents();
        return true;
    };
    // What the frames left on screen against a full repaint of the same state.
    const auto differingFromRepaint = [&] {
        const QImage streamed = onScreen(viewport);
        viewport->repaint();
        const QImage repainted = onScreen(viewport);
        const int differing = differingPixels(streamed, repainted);
        if (differing != 0) {
            const QString directory = QStringLiteral(CONFER_BUILD_DIR "/screenshots");
            QDir().mkpath(directory);
            streamed.save(QDir(directory).filePath(QStringLiteral("frames-streamed.png")));
            repainted.save(QDir(directory).filePath(QStringLiteral("frames-repainted.png")));
        }
        return differing;
    };
    if (reasoning) {
        // Reasoning opens its box above the answer and grows it line by line.
        for (int i = 0; i < 60; ++i) {
            view.onReplyReasoning(reply, QStringLiteral("Thought %1 weighs the options. ").arg(i));
            if (i % 4 == 3) {
                QVERIFY(waitForFrame());
            }
        }
        const int differing = differingFromRepaint();
        QVERIFY2(differing == 0,
            qPrintable(QStringLiteral("after the reasoning, %1 pixels differ from a full repaint").arg(differing)));
    }
    for (int i = 0; i < pieces; ++i) {
        view.onReplyText(reply, piece(i));
        const int cycle = i % 120;
        if (cycle == 97 || cycle == 101 || cycle == 105 || cycle == 109) {
            // Just restyled: the restyled words are on screen now.
            QVERIFY(waitForFrame());
            const int differing = differingFromRepaint();
            QVERIFY2(differing == 0,
                qPrintable(
                    QStringLiteral("after piece %1, %2 pixels differ from a full repaint (saved as frames-*.png)")
                        .arg(i)
                        .arg(differing)));
        } else if (i % 4 == 3) {
            QVERIFY(waitForFrame());
        }
        if (scrolledUp && i == pieces / 2) {
            // Up a little: the stream's end is still on screen, then grows below the fold.
            QScrollBar *bar = list->verticalScrollBar();
            bar->setValue(bar->maximum() - 40);
            QVERIFY(!list->isFollowing());
        }
    }
    view.onReplyText(reply, QStringLiteral(" The end."));
    QVERIFY(waitForFrame());
    QCOMPARE(list->isFollowing(), !scrolledUp);
    // Most frames painted only the strip that changed (the rest was blitted or untouched).
    QVERIFY2(recorder.partialPaints > recorder.paints / 2,
        qPrintable(QStringLiteral("%1 of %2 paints were partial").arg(recorder.partialPaints).arg(recorder.paints)));

    const QImage streamed = onScreen(viewport);
    const int differing = differingFromRepaint();
    QVERIFY2(differing == 0,
        qPrintable(QStringLiteral("%1 pixels differ from a full repaint (saved as frames-*.png)").arg(differing)));
    // The scroll bar, which repaints only when its handle moves, shows where the view is.
    QScrollBar *bar = list->verticalScrollBar();
    QCOMPARE(differingPixels(onScreen(bar), bar->grab().toImage().convertToFormat(QImage::Format_RGB32)), 0);
    // Not a blank screen compared with a blank screen: the text is there.
    QVERIFY(list->bodyDocument(reply)->toPlainText().endsWith(QStringLiteral("The end.")));
    QImage background(streamed.size(), QImage::Format_RGB32);
    background.fill(viewport->palette().color(QPalette::Base));
    QVERIFY(differingPixels(streamed, background) > streamed.width() * 20);

    // Finished: the header's "writing…" goes and the metrics line comes, on the next frame.
    const QString text = list->messageAt(list->rowOf(reply)).content;
    QVERIFY(f.store->finishReply(
        reply, text, {}, Store::MessageStatus::Complete, ChatFixture::metrics(420, 9000, 60, 900, 0.0123)));
    view.onReplyFinished(reply);
    QVERIFY(waitForFrame());
    const int differingWhenFinished = differingFromRepaint();
    QVERIFY2(differingWhenFinished == 0,
        qPrintable(QStringLiteral("finished, %1 pixels differ from a full repaint (saved as frames-*.png)")
                .arg(differingWhenFinished)));
    if (!scrolledUp) {
        // The end of the reply is in view: what changed under it was painted.
        QVERIFY(differingPixels(onScreen(viewport), streamed) > 0);
    }
}

QTEST_MAIN(TestStreamingFrames)
#include "tst_streamingframes.moc"
