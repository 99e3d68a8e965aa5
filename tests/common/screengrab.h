#pragma once

// Screenshots for GUI tests: what the X server shows of a window, taken once
// it shows what the window paints.

#include <QImage>
#include <QScreen>
#include <QTest>
#include <QWidget>

namespace ConferTest
{

// Waits until the X server shows what widget paints and returns that picture,
// or a null image when it never settles. Both pictures are taken anew on
// every try: the window may still change between them (a model list arriving,
// a local server found missing).
inline QImage settledScreenshot(QWidget *widget, int timeoutMs = 10000)
{
    QImage onScreen;
    const bool settled = QTest::qWaitFor(
        [&] {
            const QImage painted = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
            onScreen = widget->screen()->grabWindow(widget->winId()).toImage().convertToFormat(QImage::Format_RGB32);
            return onScreen == painted;
        },
        timeoutMs);
    return settled ? onScreen : QImage();
}

}
