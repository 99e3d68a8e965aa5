// The window's Models section on the session's X server (Xvfb) at 1280×800, light
// and dark, fed by loopback servers in OpenRouter's, Anthropic's and Ollama's
// formats, with a favourite, a recently used model, a stopped local server and
// providers without a key. The pictures are kept in build/<preset>/screenshots/.
#include "mainwindow/mainwindow.h"
#include "pickertesting.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTreeView>

using namespace PickerTesting;

namespace
{
const QByteArray ScreenshotOpenRouterModels = R"json({"data":[
{"id":"anthropic/claude-sonnet-4","name":"Anthropic: Claude Sonnet 4","context_length":200000,
 "architecture":{"input_modalities":["text","image"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.000003","completion":"0.000015"},"supported_parameters":["reasoning","include_reasoning","tools"]},
{"id":"openai/gpt-4o-mini","name":"OpenAI: GPT-4o-mini","context_length":128000,
 "architecture":{"input_modalities":["text","image","file"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.00000015","completion":"0.0000006"},"supported_parameters":["tools"]},
{"id":"deepseek/deepseek-r1","name":"DeepSeek: R1","context_length":163840,
 "architecture":{"input_modalities":["text"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.0000004","completion":"0.000002"},"supported_parameters":["reasoning","include_reasoning"]},
{"id":"google/gemini-2.5-pro","name":"Google: Gemini 2.5 Pro","context_length":1048576,
 "architecture":{"input_modalities":["text","image","file","audio"],"output_modalities":["text"]},
 "pricing":{"prompt":"0.00000125","completion":"0.00001"},"supported_parameters":["reasoning","include_reasoning","tools"]},
{"id":"meta-llama/llama-3.3-70b-instruct:free","name":"Meta: Llama 3.3 70B Instruct (free)","context_length":131072,
 "architecture":{"input_modalities":["text"],"output_modalities":["text"]},
 "pricing":{"prompt":"0","completion":"0"},"supported_parameters":["tools"]}
]})json";

}

class TestPickerScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void picker_data();
    void picker();
};

void TestPickerScreenshot::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    unsetProviderKeys();
}

void TestPickerScreenshot::picker_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("bottom");
    QTest::newRow("light") << QStringLiteral("light") << QString() << false;
    QTest::newRow("dark") << QStringLiteral("dark") << QString() << false;
    QTest::newRow("search") << QStringLiteral("light") << QStringLiteral("sonnet") << false;
    // The end of the list: stopped servers and providers without a key.
    QTest::newRow("unavailable") << QStringLiteral("light") << QString() << true;
}

void TestPickerScreenshot::picker()
{
    QFETCH(QString, scheme);
    QFETCH(QString, search);
    QFETCH(bool, bottom);
    Environment environment;
    const QString error = environment.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A list with a million-token context among the prices, for the picture.
    environment.openRouter->setFallback(ScriptedResponse::json(200, ScreenshotOpenRouterModels));
    QSettings *settings = environment.settings.get();
    ProviderServices &services = *environment.services;
    settings->setValue(
        QStringLiteral("picker/favourites"), QStringList {QStringLiteral("anthropic/claude-opus-4-1-20250805")});
    settings->setValue(QStringLiteral("picker/recent"), QStringList {QStringLiteral("ollama/qwen3:8b")});

    MainWindow window(*settings);
    window.setProviderServices(services);
    window.setColorScheme(Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    // Most of the sidebar's height for the models, as a user who works in them would drag it.
    window.findChild<QSplitter *>(QStringLiteral("sidebar"))->setSizes({160, 600});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModelPicker *picker = window.modelPicker();
    QTRY_VERIFY_WITH_TIMEOUT(allLoaded(picker->model()), 15000);
    if (!search.isEmpty()) {
        picker->focusSearch();
        QTest::keyClicks(picker->searchBox(), search);
    } else {
        // A current row, as after moving to it with the arrows.
        const QModelIndex openRouterGroup = picker->filterModel()->index(2, 0);
        QCOMPARE(openRouterGroup.data(ModelListModel::ProviderIdRole).toString(), QStringLiteral("openrouter"));
        picker->view()->setCurrentIndex(picker->filterModel()->index(1, 0, openRouterGroup));
        if (bottom) {
            picker->view()->scrollToBottom();
        }
    }

    // What the X server shows must be what the window painted.
    const QImage onScreen = ConferTest::settledScreenshot(&window);
    QCOMPARE(onScreen.size(), QSize(1280, 800));
    const QString name = QStringLiteral("picker-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/") + name;
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));
    // The sidebar is not blank: rows of text in several colours.
    const QImage sidebar = onScreen.copy(0, 200, 280, 600);
    QSet<QRgb> colors;
    for (int y = 0; y < sidebar.height(); y += 2) {
        for (int x = 0; x < sidebar.width(); x += 2) {
            colors.insert(sidebar.pixel(x, y));
        }
    }
    QVERIFY2(colors.size() > 40, qPrintable(QString::number(colors.size())));
    window.setColorScheme(Theme::ColorScheme::System);
}

QTEST_MAIN(TestPickerScreenshot)
#include "tst_pickerscreenshot.moc"
