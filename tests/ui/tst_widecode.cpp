// Code and tables wider than the column, as in a pane of a four- or
// eight-lane comparison: code lines wrap under a hanging indent with a mark
// that is not text, nothing runs past the column's edge, the code block's
// background and Copy button stay inside it, and every way of copying gives
// the original unwrapped lines. A wide column shows fitting code as before.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"
#include "render/markdownrenderer.h"

#include <KSyntaxHighlighting/Repository>
#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

using namespace Confer;
using Action = MessageListView::Action;
using ConferTest::ChatFixture;

namespace
{

// 200 characters: a long token, or words of code.
QString longToken()
{
    QString token = QStringLiteral("const auto table = QStringLiteral(\"");
    while (token.size() < 198) {
        token += QStringLiteral("0123456789abcdef");
    }
    token.truncate(198);
    return token + QStringLiteral("\");");
}

QString longWords()
{
    QString line = QStringLiteral("result = compute(");
    for (int i = 0; line.size() < 199; ++i) {
        line += QStringLiteral("argument%1, ").arg(i);
    }
    line.truncate(199);
    return line + u')';
}

// Where each laid-out line of a document lies, in document coordinates (tables' cells included).
struct LaidOutLine {
    QString text;
    qreal left;
    qreal right;
    qreal top;
    qreal height;
};

QList<LaidOutLine> laidOutLines(QTextDocument &document)
{
    QList<LaidOutLine> lines;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        for (int i = 0; text && i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            if (line.textLength() == 0) {
                continue; // nothing painted: an empty line, or where a table's frame ends
            }
            lines.append({block.text().mid(line.textStart(), line.textLength()), origin.x() + line.x(),
                origin.x() + line.x() + line.naturalTextWidth(), origin.y() + line.y(), line.height()});
        }
    }
    return lines;
}

// The columns right of `width` where painting the document leaves a mark.
int paintedPast(QTextDocument &document, int width)
{
    QImage image(width + 60, qCeil(document.size().height()) + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
    }
    for (int x = image.width() - 1; x >= width; --x) {
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                return x - width + 1;
            }
        }
    }
    return 0;
}

}

class TestWideCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsANarrowColumn_data();
    void fitsANarrowColumn();
    void wideColumnShowsFittingCodeAsBefore();
    void copiesTheOriginalLines_data();
    void copiesTheOriginalLines();

private:
    KSyntaxHighlighting::Repository m_repository;
};

void TestWideCode::fitsANarrowColumn_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("code"); // the long line, empty for a table
    const QString token = longToken();
    const QString words = longWords();
    QTest::newRow("a 200-character token") << QStringLiteral("Here:\n\n```\n%1\n```\n").arg(token) << token;
    QTest::newRow("200 characters of words, highlighted")
        << QStringLiteral("```python\n%1\nprint(result)\n```").arg(words) << words;
    QTest::newRow("indented, in a block")
        << QStringLiteral("```js\nfunction f() {\n    if (ready) {\n        %1\n    }\n}\n```").arg(words)
        << QStringLiteral("        ") + words;
    QTest::newRow("in a list item") << QStringLiteral("- Run it:\n\n  ```sh\n  %1\n  ```\n- Done").arg(words) << words;
    QTest::newRow("in a quote") << QStringLiteral("> ```\n> %1\n> ```").arg(token) << token;
    QTest::newRow("a wide table") << QStringLiteral(
        "| Model | Context window | Input price per million | Output price per million | Notes |\n"
        "|---|---:|---:|---:|---|\n"
        "| claude-sonnet-4-20250514 | 200000 | 3.00 | 15.00 | https://docs.example.com/models/claude-sonnet-4 |\n"
        "| gpt-4.1-2025-04-14 | 1047576 | 2.00 | 8.00 | supports_structured_outputs_and_tools |\n")
                                  << QString();
}

void TestWideCode::fitsANarrowColumn()
{
    QFETCH(QString, markdown);
    QFETCH(QString, code);
    // About the column of one pane of eight on a laptop screen.
    constexpr int width = 230;
    MarkdownRenderer renderer(m_repository);
    QTextDocument &document = *renderer.document();
    document.setDocumentMargin(0);
    renderer.setMarkdown(markdown);
    document.setTextWidth(width);

    const QList<LaidOutLine> lines = laidOutLines(document);
    QVERIFY(!lines.isEmpty());
    for (const LaidOutLine &line : lines) {
        QVERIFY2(line.left >= -0.5 && line.right <= width + 0.5,
            qPrintable(QStringLiteral("%1 to %2: %3").arg(line.left).arg(line.right).arg(line.text)));
    }
    // Backgrounds, table borders: nothing is painted past the column.
    QCOMPARE(paintedPast(document, width), 0);
    if (code.isEmpty()) {
        return;
    }

    QCOMPARE(renderer.codeBlocks().size(), 1);
    // The background and the Copy button (at its top right) stay in the column.
    const QRectF block = renderer.codeBlockRect(0);
    QVERIFY2(block.left() >= -0.5 && block.right() <= width + 0.5 && block.width() > width / 2,
        qPrintable(QStringLiteral("code block from %1 to %2").arg(block.left()).arg(block.right())));
    // The long line is one paragraph of the document, shown on several lines.
    QTextBlock longLine;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.text() == code) {
            longLine = b;
        }
    }
    QVERIFY2(longLine.isValid(), "the long line is not one block of its own");
    const QTextLayout *layout = longLine.layout();
    QVERIFY2(layout->lineCount() >= 3, qPrintable(QString::number(layout->lineCount())));
    QVERIFY(renderer.codeBlockRect(0).contains(document.documentLayout()->blockBoundingRect(longLine).center()));

    // Each continuation starts further in than the line it continues, and a mark fills the gap.
    const QList<QRectF> marks = renderer.wrapMarks();
    QCOMPARE(marks.size(), layout->lineCount() - 1);
    // Under the line's own code: right of its indentation, not only of where the line starts.
    const QPointF origin = document.documentLayout()->blockBoundingRect(longLine).topLeft();
    const qsizetype spaces = code.size() - QStringView(code).trimmed().size();
    const qreal start = origin.x() + layout->lineAt(0).cursorToX(int(spaces));
    for (int i = 1; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const qreal left = origin.x() + line.x();
        QVERIFY2(left >= start + 8,
            qPrintable(QStringLiteral("line %1 starts at %2, the code above at %3").arg(i).arg(left).arg(start)));
        const QRectF &mark = marks.at(i - 1);
        QVERIFY(mark.left() >= start - 0.5 && mark.right() <= left + 0.5);
        QCOMPARE(mark.top(), origin.y() + line.y());
    }
    // The marks are painted, not typed: the text has none.
    QVERIFY(document.toPlainText().contains(code));
    QVERIFY(renderer.codeBlocks().at(0).code.split(u'\n').contains(code));
}

void TestWideCode::wideColumnShowsFittingCodeAsBefore()
{
    MarkdownRenderer renderer(m_repository);
    QTextDocument &document = *renderer.document();
    document.setDocumentMargin(0);
    renderer.setMarkdown(QStringLiteral("```cpp\nint main()\n{\n    return 0;\n}\n```"));
    document.setTextWidth(800);
    QVERIFY(renderer.wrapMarks().isEmpty());
    const QList<MarkdownRenderer::CodeBlock> blocks = renderer.codeBlocks();
    QCOMPARE(blocks.size(), 1);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QTextBlock label = document.findBlockByNumber(blocks.at(0).firstBlock);
    const qreal labelLeft = layout->blockBoundingRect(label).left() + label.layout()->lineAt(0).x();
    for (int number = blocks.at(0).firstBlock + 1; number <= blocks.at(0).lastBlock; ++number) {
        const QTextBlock line = document.findBlockByNumber(number);
        // One line each, starting where the label does (the hanging indent only shows once a line wraps).
        QCOMPARE(line.layout()->lineCount(), 1);
        QCOMPARE(layout->blockBoundingRect(line).left() + line.layout()->lineAt(0).x(), labelLeft);
    }
    // The background spans the column, as a block of code always has.
    QCOMPARE(renderer.codeBlockRect(0).left(), 0.0);
    QCOMPARE(renderer.codeBlockRect(0).right(), 800.0);
}

void TestWideCode::copiesTheOriginalLines_data()
{
    // A button under the reply or on the code block, or selecting the whole reply and copying.
    // A pane of four lanes; Copy Markdown needs a little more room (a narrower bar drops it).
    QTest::addColumn<int>("paneWidth");
    QTest::addColumn<bool>("select");
    QTest::addColumn<Action>("action");
    QTest::newRow("Copy on the code block") << 300 << false << Action::CopyCode;
    QTest::newRow("Copy") << 300 << false << Action::CopyPlain;
    QTest::newRow("Copy Markdown") << 520 << false << Action::CopyMarkdown;
    QTest::newRow("select all and copy") << 300 << true << Action::CopyPlain;
}

void TestWideCode::copiesTheOriginalLines()
{
    QFETCH(int, paneWidth);
    QFETCH(bool, select);
    QFETCH(Action, action);
    const QString token = longToken();
    const QString words = longWords();
    const QString code = token + u'\n' + words;
    const QString markdown = QStringLiteral("Both lines:\n\n```cpp\n%1\n```").arg(code);
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("wide code"), markdown);
    Q_UNUSED(turn)
    ChatView view(*f.store);
    view.resize(paneWidth, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->scrollToMessage(reply);
    QTextDocument *document = list->bodyDocument(reply);
    QVERIFY(document);
    const QRect body = list->bodyRect(reply);
    QVERIFY(body.isValid());
    QVERIFY2(document->size().width() <= body.width() + 0.5, qPrintable(QString::number(document->size().width())));
    QVERIFY2(body.right() < list->viewport()->width(), "the reply runs past the pane");

    QGuiApplication::clipboard()->clear();
    if (select) {
        list->selectAllOf(reply);
        QVERIFY(list->hasSelection());
        list->copySelection();
        QVERIFY2(QGuiApplication::clipboard()->text().contains(code), qPrintable(QGuiApplication::clipboard()->text()));
        return;
    }
    const QRect button = list->actionRect(reply, action);
    QVERIFY2(button.isValid(), "the action is not on screen");
    QVERIFY2(list->viewport()->rect().contains(button), "the button lies past the pane's edge");
    if (action == Action::CopyCode) {
        QVERIFY2(button.right() <= body.right() && button.left() >= body.left(), "Copy is outside the code block");
        // It covers no code: wrapped lines fill the column up to its right edge.
        for (const LaidOutLine &line : laidOutLines(*document)) {
            const QRectF text(body.left() + line.left, body.top() + line.top, line.right - line.left, line.height);
            QVERIFY2(!text.intersects(button), qPrintable(QStringLiteral("Copy covers \"%1\"").arg(line.text)));
        }
    }
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, button.center());
    const QString copied = QGuiApplication::clipboard()->text();
    if (action == Action::CopyCode) {
        QCOMPARE(copied, code);
    } else if (action == Action::CopyMarkdown) {
        QCOMPARE(copied, markdown);
    } else {
        QVERIFY2(copied.contains(code), qPrintable(copied));
    }
}

QTEST_MAIN(TestWideCode)
#include "tst_widecode.moc"
