// Renders the real window on the session's X server (Xvfb) at 1280×800 and
// keeps the pictures under build/<preset>/screenshots/ for people to look at.
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void aboutDialog();

private:
    static double meanLightness(const QImage &image);
    static int distinctColors(const QImage &image);
    static bool save(const QImage &image, const QString &name);
    QTemporaryDir m_profile;
};

void TestScreenshots::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
}

double TestScreenshots::meanLightness(const QImage &image)
{
    double sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++samples;
        }
    }
    return samples ? sum / samples : 0;
}

int TestScreenshots::distinctColors(const QImage &image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            colors.insert(image.pixel(x, y));
        }
    }
    return int(colors.size());
}

bool TestScreenshots::save(const QImage &image, const QString &name)
{
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/") + name;
    qInfo("screenshot: %s", qPrintable(path));
    return image.save(path);
}

void TestScreenshots::mainWindow_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestScreenshots::mainWindow()
{
    QFETCH(QString, scheme);
    QSettings settings(m_profile.filePath(scheme + QStringLiteral(".conf")), QSettings::IniFormat);
    Confer::MainWindow window(settings);
    window.setColorScheme(Confer::Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1280, 800));

    // What the X server shows must be what the window painted.
    const QImage onScreen = ConferTest::settledScreenshot(&window);
    QCOMPARE(onScreen.size(), QSize(1280, 800));
    QVERIFY(save(onScreen, QStringLiteral("mainwindow-%1.png").arg(scheme)));

    // A real window, not a blank one: text, icons and frames give many colours.
    QVERIFY2(distinctColors(onScreen) > 50, qPrintable(QString::number(distinctColors(onScreen))));
    const double lightness = meanLightness(onScreen);
    if (scheme == QLatin1String("dark")) {
        QVERIFY2(lightness < 0.3, qPrintable(QString::number(lightness)));
    } else {
        QVERIFY2(lightness > 0.8, qPrintable(QString::number(lightness)));
    }
    window.setColorScheme(Confer::Theme::ColorScheme::System);
}

void TestScreenshots::aboutDialog()
{
    Confer::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage onScreen = ConferTest::settledScreenshot(&dialog);
    QVERIFY(!onScreen.isNull());
    QVERIFY(save(onScreen, QStringLiteral("about.png")));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
