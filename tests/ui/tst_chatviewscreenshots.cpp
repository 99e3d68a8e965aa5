// The window with a realistic conversation open, on the session's X server
// (Xvfb) at 1280×800, light and dark; the pictures are kept under
// build/<preset>/screenshots/ for people to look at.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"
#include "mainwindow/mainwindow.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QDir>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTest>

using namespace Confer;
using ConferTest::ChatFixture;

class TestChatViewScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conversation_data();
    void conversation();

private:
    static qint64 fill(ChatFixture &f);
};

void TestChatViewScreenshots::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
}

qint64 TestChatViewScreenshots::fill(ChatFixture &f)
{
    const qint64 id = f.conversation({QStringLiteral("anthropic/claude-sonnet-4")});
    f.exchange(id, QStringLiteral("How do I read a file line by line in C++?"),
        QStringLiteral("Use `std::getline` on an `std::ifstream`:\n\n"
                       "```cpp\n#include <fstream>\n#include <iostream>\n#include <string>\n\n"
                       "int main()\n{\n    std::ifstream in(\"notes.txt\");\n    std::string line;\n"
                       "    while (std::getline(in, line)) {\n        std::cout << line << '\\n';\n    }\n}\n```\n\n"
                       "The loop ends at the end of the file or on a read error; check `in.bad()` to tell them "
                       "apart."),
        ChatFixture::metrics(420, 2900, 1'234, 187, 0.0041), QStringLiteral("A short example with getline."));
    const auto [turn, reply] = f.exchange(id, QStringLiteral("Compare it with reading the whole file at once."),
        QStringLiteral("## Line by line or all at once\n\n"
                       "| Approach | Memory | Best for |\n|---|---|---|\n"
                       "| `std::getline` loop | one line | logs, large files |\n"
                       "| `std::istreambuf_iterator` | whole file | small configs |\n"
                       "| memory-mapped file | paged in | random access |\n\n"
                       "- **Streaming** keeps memory flat.\n- **Slurping** is simpler when the file is small.\n\n"
                       "See [cppreference](https://en.cppreference.com/w/cpp/string/basic_string/getline)."),
        ChatFixture::metrics(380, 4100, 1'460, 240, 0.0052, true));
    // A second version of that reply, so the navigator shows ‹ 2/2 ›.
    const qint64 again = f.store->beginReply(turn, f.laneOf(id)).value();
    f.store->finishReply(again,
        QStringLiteral("Reading line by line keeps memory flat; reading everything at once is simpler for small "
                       "files.\n\n| Approach | Memory |\n|---|---|\n| getline loop | one line |\n| slurp | whole "
                       "file |"),
        {}, Store::MessageStatus::Complete, ChatFixture::metrics(350, 2600, 1'460, 96, 0.0031));
    Q_UNUSED(reply)
    const qint64 failedTurn = f.store->appendUserTurn(id, QStringLiteral("And in Rust?")).value();
    const qint64 failed = f.store->beginReply(failedTurn, f.laneOf(id)).value();
    ProviderError error;
    error.kind = ErrorKind::Overloaded;
    error.httpStatus = 529;
    error.providerMessage = QStringLiteral("Overloaded");
    f.store->finishReply(failed, QStringLiteral("In Rust, wrap the file in a `BufReader` and"), {},
        Store::MessageStatus::Error, {}, std::optional(error));
    return id;
}

void TestChatViewScreenshots::conversation_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestChatViewScreenshots::conversation()
{
    QFETCH(QString, scheme);
    ChatFixture f;
    const qint64 id = fill(f);
    QSettings settings(f.dir.filePath(scheme + QStringLiteral(".conf")), QSettings::IniFormat);
    MainWindow window(settings);
    window.setConversationStore(*f.store);
    window.setColorScheme(Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConversation(id);
    QVERIFY(window.chatView()->isVisible());
    QCOMPARE(window.chatView()->messageList()->rowCount(), 6);

    // What the window paints now and what reached the screen agree once painting has settled.
    const QImage onScreen = ConferTest::settledScreenshot(&window);
    QVERIFY(!onScreen.isNull());
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/chatview-%1.png").arg(scheme);
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));

    // The top of the conversation: the first code block with its label and Copy button.
    QScrollBar *bar = window.chatView()->messageList()->verticalScrollBar();
    bar->setValue(0);
    const QImage top = ConferTest::settledScreenshot(&window);
    QVERIFY(!top.isNull());
    QVERIFY(top.save(QStringLiteral(CONFER_BUILD_DIR "/screenshots/chatview-top-%1.png").arg(scheme)));

    // The conversation area follows the scheme: its background is the palette's base.
    const QColor base = window.chatView()->messageList()->viewport()->palette().color(QPalette::Base);
    QCOMPARE(base.lightness() < 128, scheme == QLatin1String("dark"));
    window.setColorScheme(Theme::ColorScheme::System);
}

QTEST_MAIN(TestChatViewScreenshots)
#include "tst_chatviewscreenshots.moc"
