// The Markdown renderer: golden renderings of a corpus of tricky documents,
// streaming split at every awkward place equals rendering at once, no resource is ever
// fetched or read, and palette changes re-theme code blocks.
//
// After a deliberate change of the rendering, regenerate the golden files and
// read the difference before committing it:
//   ./dev shell env CONFER_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen build/dev/bin/tst_markdownrenderer golden
#include "render/documentdump.h"
#include "render/markdownrenderer.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <memory>
#include <sys/inotify.h>
#include <unistd.h>

using namespace Confer;

namespace
{

QPalette lightPalette()
{
    QPalette palette(Qt::black, QColor(0xf5, 0xf5, 0xf5), Qt::white, Qt::darkGray, Qt::gray, Qt::black, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xc7));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(Qt::white, QColor(0x20, 0x20, 0x20), QColor(0x30, 0x30, 0x30), Qt::black, Qt::darkGray, Qt::white,
        QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    return palette;
}

QString corpusDir()
{
    return QStringLiteral(CONFER_SOURCE_DIR "/tests/render/corpus");
}

enum ChunkMode { ByteByByte = -1, SplitInTwo = -2 }; // positive: random chunks with that seed

QString describe(const QList<qsizetype> &cuts)
{
    QStringList list;
    for (qsizetype cut : cuts.mid(0, 200)) {
        list << QString::number(cut);
    }
    return list.join(u',');
}

// Where two dumps part, with a little context, for a readable failure.
QString difference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(u'\n');
    const QStringList e = expected.split(u'\n');
    qsizetype line = 0;
    while (line < a.size() && line < e.size() && a[line] == e[line]) {
        ++line;
    }
    const qsizetype from = qMax<qsizetype>(0, line - 3);
    return QStringLiteral("line %1\nactual:\n%2\nexpected:\n%3")
        .arg(line + 1)
        .arg(a.mid(from, 8).join(u'\n'), e.mid(from, 8).join(u'\n'));
}

bool awkward(const QByteArray &bytes, qsizetype i)
{
    for (qsizetype k = qMax<qsizetype>(0, i - 3); k < qMin(bytes.size(), i + 3); ++k) {
        const char c = bytes[k];
        if (c == '\n' || c == '\r') {
            return true;
        }
    }
    return i % 61 == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    return file.readAll();
}

void paint(QTextDocument *document)
{
    document->setTextWidth(600);
    QImage image(600, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document->drawContents(&painter);
}

} // namespace

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void chunked_data();
    void chunked();
    void blockStartingOnTheOpenLineIsShown_data();
    void blockStartingOnTheOpenLineIsShown();
    void noResourceLoads();
    void paletteRethemes();
    void paletteChangeWhileStreaming();
    void codeBlockAccessors();

private:
    KSyntaxHighlighting::Repository m_repository;
};

void TestMarkdownRenderer::golden_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestMarkdownRenderer::golden()
{
    QFETCH(QString, name);
    const QString text = QString::fromUtf8(readFile(corpusDir() + u'/' + name));
    QVERIFY(!text.isEmpty());
    MarkdownRenderer renderer(m_repository);
    renderer.setPalette(lightPalette());
    renderer.append(text);
    // A ".partial" document is an answer still streaming.
    if (!name.endsWith(QLatin1String(".partial.md"))) {
        renderer.finish();
    }
    const QString dump = dumpDocument(*renderer.document());

    const QString goldenPath
        = QStringLiteral(CONFER_SOURCE_DIR "/tests/render/golden/") + name + QStringLiteral(".txt");
    if (qEnvironmentVariableIsSet("CONFER_REGENERATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(dump.toUtf8());
    }
    const QString expected = QString::fromUtf8(readFile(goldenPath));
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath + QStringLiteral(" is missing (CONFER_REGENERATE_GOLDEN=1)")));
    QCOMPARE(dump, expected);
}

void TestMarkdownRenderer::chunked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QTest::addRow("all documents concatenated, byte by byte") << QStringLiteral("all") << int(ByteByByte);
    QTest::addRow("all documents concatenated, split in two") << QStringLiteral("all") << int(SplitInTwo);
    for (const QString &file : files) {
        QTest::addRow("%s byte by byte", qPrintable(file)) << file << int(ByteByByte);
        QTest::addRow("%s split in two everywhere", qPrintable(file)) << file << int(SplitInTwo);
        for (int seed : {1, 2, 3}) {
            QTest::addRow("%s random chunks %d", qPrintable(file), seed) << file << seed;
        }
    }
}

void TestMarkdownRenderer::chunked()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QByteArray bytes;
    if (name == u"all") {
        // Every document after the other: constructs meet in new neighbourhoods.
        const QStringList files = QDir(corpusDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            bytes += readFile(corpusDir() + u'/' + file);
        }
    } else {
        bytes = readFile(corpusDir() + u'/' + name);
    }
    QVERIFY(!bytes.isEmpty());

    MarkdownRenderer whole(m_repository);
    whole.setPalette(lightPalette());
    whole.append(QString::fromUtf8(bytes));
    const QString open = dumpDocument(*whole.document());
    whole.finish();
    const QString finished = dumpDocument(*whole.document());

    MarkdownRenderer oneShot(m_repository);
    oneShot.setPalette(lightPalette());
    oneShot.setMarkdown(QString::fromUtf8(bytes));
    QCOMPARE(dumpDocument(*oneShot.document()), finished);

    // Byte chunks (splitting UTF-8 sequences, CRLF pairs and markers) through
    // a stateful decoder, as a network reply delivers them. Both the rendering
    // while the answer is open and the finished one must equal rendering at once.
    const auto stream = [&](const QList<qsizetype> &cuts) -> QString {
        MarkdownRenderer streamed(m_repository);
        streamed.setPalette(lightPalette());
        QStringDecoder decoder(QStringDecoder::Utf8);
        qsizetype position = 0;
        for (qsizetype cut : cuts) {
            streamed.append(QString(decoder.decode(bytes.mid(position, cut - position))));
            position = cut;
        }
        streamed.append(QString(decoder.decode(bytes.mid(position))));
        const QString streamedOpen = dumpDocument(*streamed.document());
        if (streamedOpen != open) {
            return QStringLiteral("open rendering differs, cuts at ") + describe(cuts) + u'\n'
                + difference(streamedOpen, open);
        }
        streamed.finish();
        const QString streamedFinished = dumpDocument(*streamed.document());
        if (streamedFinished != finished) {
            return QStringLiteral("finished rendering differs, cuts at ") + describe(cuts) + u'\n'
                + difference(streamedFinished, finished);
        }
        if (streamed.markdown() != whole.markdown()) {
            return QStringLiteral("text differs, cuts at ") + describe(cuts);
        }
        const QList<MarkdownRenderer::CodeBlock> got = streamed.codeBlocks();
        const QList<MarkdownRenderer::CodeBlock> want = whole.codeBlocks();
        bool same = got.size() == want.size();
        for (qsizetype k = 0; same && k < got.size(); ++k) {
            same = got[k].language == want[k].language && got[k].code == want[k].code
                && got[k].firstBlock == want[k].firstBlock && got[k].lastBlock == want[k].lastBlock;
        }
        if (!same) {
            return QStringLiteral("code blocks differ, cuts at ") + describe(cuts);
        }
        return QString();
    };

    if (mode == ByteByByte) {
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            cuts << i;
        }
        const QString failure = stream(cuts);
        QVERIFY2(failure.isEmpty(), qPrintable(failure.left(4000)));
    } else if (mode == SplitInTwo) {
        // Every position in small documents; in large ones, every position
        // near a line break (where Markdown decides) and a sample of the rest.
        for (qsizetype i = 1; i < bytes.size(); ++i) {
            if (bytes.size() > 4000 && !awkward(bytes, i)) {
                continue;
            }
            const QString failure = stream({i});
            QVERIFY2(failure.isEmpty(), qPrintable(failure.left(4000)));
        }
    } else {
        QRandomGenerator random {quint32(mode)};
        QList<qsizetype> cuts;
        qsizetype position = 0;
        while (true) {
            position += 1 + random.bounded(mode == 1 ? 3 : 24);
            if (position >= bytes.size()) {
                break;
            }
            cuts << position;
        }
        const QString failure = stream(cuts);
        QVERIFY2(failure.isEmpty(), qPrintable(failure.left(4000)));
    }
}

// While an answer streams, a block that begins on its last, incomplete line
// (a new paragraph after a blank line, typically all of it until it ends) is
// on screen as it grows, whatever came before it; the chunked() comparisons
// cannot see this, as streamed and whole open renderings would lack it alike.
void TestMarkdownRenderer::blockStartingOnTheOpenLineIsShown_data()
{
    QTest::addColumn<QString>("before");
    QTest::newRow("after a paragraph") << QStringLiteral("The first paragraph.\n\n");
    QTest::newRow("after a paragraph, indented by a space") << QStringLiteral("The first paragraph.\n\n ");
    QTest::newRow("after a heading") << QStringLiteral("# Title\n");
    QTest::newRow("after a list") << QStringLiteral("- one\n- two\n\n");
    QTest::newRow("after a closed code block") << QStringLiteral("```cpp\nint x;\n```\n\n");
    QTest::newRow("after a quote") << QStringLiteral("> quoted\n\n");
}

void TestMarkdownRenderer::blockStartingOnTheOpenLineIsShown()
{
    QFETCH(QString, before);
    const QString growing = QStringLiteral("A new paragraph still being written");
    MarkdownRenderer renderer(m_repository);
    renderer.setPalette(lightPalette());
    renderer.append(before);
    for (const QString &word : growing.split(u' ')) {
        renderer.append(QString(word + u' '));
        QVERIFY2(renderer.document()->toPlainText().trimmed().endsWith(word),
            qPrintable(renderer.document()->toPlainText()));
    }
    const QString open = renderer.document()->toPlainText();
    renderer.finish();
    QCOMPARE(open.trimmed(), renderer.document()->toPlainText().trimmed());
}

void TestMarkdownRenderer::noResourceLoads()
{
    // A loopback server that must never see a connection, and a real image
    // file whose opening inotify would report.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secret = dir.filePath(QStringLiteral("secret.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(secret, "PNG"));
    const QString text = dir.filePath(QStringLiteral("secret.txt"));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::WriteOnly));
    textFile.write("the secret contents");
    textFile.close();

    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(watch >= 0);
    const auto closeWatch = qScopeGuard([watch] { ::close(watch); });
    QVERIFY(inotify_add_watch(watch, QFile::encodeName(dir.path()).constData(), IN_OPEN | IN_ACCESS) >= 0);

    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString fileUrl = QUrl::fromLocalFile(secret).toString();
    const QString textUrl = QUrl::fromLocalFile(text).toString();
    const QString markdown = QStringLiteral("![remote](%1/a.png)\n\n![local](%2)\n\n<img src=\"%1/b.png\">\n\n"
                                            "[doc](%3) and ![bare](secret.png) and ![](secret.txt)\n\n"
                                            "| ![cell](%1/c.png) |\n|---|\n| ![](%2) |\n\n"
                                            "- ![item](%3)\n")
                                 .arg(base, fileUrl, textUrl);

    MarkdownRenderer renderer(m_repository);
    renderer.document()->setBaseUrl(QUrl::fromLocalFile(dir.path() + u'/'));
    renderer.append(markdown);
    paint(renderer.document());
    renderer.finish();
    paint(renderer.document());
    (void)renderer.document()->toHtml();
    // Shown the way the chat view shows it.
    QTextBrowser browser;
    browser.setOpenLinks(false);
    browser.setOpenExternalLinks(false);
    browser.setSearchPaths({dir.path()});
    browser.setDocument(renderer.document());
    browser.resize(600, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    (void)browser.grab();

    QCOMPARE(renderer.resourceRequests(), 0);
    char events[4096];
    QCOMPARE(::read(watch, events, sizeof events), ssize_t(-1));

    // The first connection the server sees is this test's own.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(probe.waitForConnected(5000));
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> first(server.nextPendingConnection());
    QCOMPARE(first->peerPort(), probe.localPort());
    QVERIFY(!server.hasPendingConnections());

    const QString dump = dumpDocument(*renderer.document());
    // The images are links that name their address.
    QVERIFY(dump.contains(QStringLiteral("href=\"%1/a.png\"").arg(base)));
    QVERIFY(dump.contains(QStringLiteral("href=\"%1/c.png\"").arg(base)));
    QVERIFY(dump.contains(QStringLiteral("href=\"%1\"").arg(fileUrl)));
    QVERIFY(dump.contains(QStringLiteral("href=\"%1\"").arg(textUrl)));
    QVERIFY(!dump.contains(QStringLiteral("the secret contents")));
    QVERIFY(!renderer.document()->toPlainText().contains(QChar::ObjectReplacementCharacter));
    // Literal HTML is text, not an image.
    QVERIFY(dump.contains(QStringLiteral("<img src=")));
    QVERIFY(!renderer.document()->toHtml().contains(QStringLiteral("<img")));

    // The watch works: reading the file ourselves is reported.
    QFile check(text);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("the secret contents"));
    QVERIFY(::read(watch, events, sizeof events) > 0);
}

void TestMarkdownRenderer::paletteRethemes()
{
    MarkdownRenderer renderer(m_repository);
    renderer.setPalette(lightPalette());
    renderer.setMarkdown(u"```cpp\nint x = 0;\n```\n");
    const QString light = dumpDocument(*renderer.document());
    QVERIFY(renderer.theme().isValid());
    QVERIFY(
        QColor::fromRgba(renderer.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() >= 128);

    renderer.setPalette(darkPalette());
    QVERIFY(
        QColor::fromRgba(renderer.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);
    const QString dark = dumpDocument(*renderer.document());
    QVERIFY(dark != light);
    // The code line's background follows the dark theme.
    const QTextBlock code = renderer.document()->findBlockByNumber(renderer.codeBlocks().value(0).lastBlock);
    QVERIFY(code.blockFormat().background().color().lightness() < 128);
    QCOMPARE(renderer.markdown(), QStringLiteral("```cpp\nint x = 0;\n```\n"));
}

void TestMarkdownRenderer::paletteChangeWhileStreaming()
{
    // A palette switch in the middle of an open code block, an open list and
    // an open paragraph: the answer goes on streaming in the new theme.
    const QString text = QStringLiteral("Intro *text*\n\n- one\n- two\n- three\n\n```cpp\nint a = 1;\nint b = 2;\n"
                                        "int c = 3;\n```\n\n> quoted\n");
    MarkdownRenderer oneShot(m_repository);
    oneShot.setPalette(darkPalette());
    oneShot.setMarkdown(text);

    for (const QString &marker : {QStringLiteral("b = 2"), QStringLiteral("- two"), QStringLiteral("Intro *te")}) {
        const qsizetype cut = text.indexOf(marker) + 3;
        MarkdownRenderer streamed(m_repository);
        streamed.setPalette(lightPalette());
        streamed.append(QStringView(text).left(cut));
        streamed.setPalette(darkPalette());
        streamed.append(QStringView(text).mid(cut));
        streamed.finish();
        QCOMPARE(dumpDocument(*streamed.document()), dumpDocument(*oneShot.document()));
    }
}

void TestMarkdownRenderer::codeBlockAccessors()
{
    MarkdownRenderer renderer(m_repository);
    renderer.append(u"Intro\n\n```python\nprint(1)\nprint(2)\n```\n\n```\nplain\n");
    QCOMPARE(renderer.codeBlocks().size(), 2);
    QCOMPARE(renderer.codeBlocks().at(0).language, QStringLiteral("python"));
    QCOMPARE(renderer.codeBlocks().at(0).code, QStringLiteral("print(1)\nprint(2)"));
    QCOMPARE(renderer.codeBlocks().at(1).code, QStringLiteral("plain\n"));
    renderer.finish();
    // Finished, the final line break ends the code rather than adding a line.
    QCOMPARE(renderer.codeBlocks().at(1).code, QStringLiteral("plain"));
    renderer.document()->setTextWidth(500);
    const QRectF rect = renderer.codeBlockRect(0);
    QVERIFY(rect.height() > 0);
    QVERIFY(renderer.codeBlockRect(1).top() > rect.bottom() - 1);

    renderer.setMarkdown(u"[here](https://example.com \"Title\")");
    renderer.document()->setTextWidth(500);
    const QTextBlock block = renderer.document()->firstBlock();
    const QRectF box = renderer.document()->documentLayout()->blockBoundingRect(block);
    QCOMPARE(renderer.anchorAt(box.topLeft() + QPointF(5, box.height() / 2)), QStringLiteral("https://example.com"));
}

QTEST_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
