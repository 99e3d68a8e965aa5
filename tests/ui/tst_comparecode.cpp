// A four-lane comparison whose replies hold code and a table wider than a
// pane, in the real window under Xvfb: every reply stays inside its pane (the
// code wraps, the Copy buttons are on screen) and the screenshot goes to
// build/<preset>/screenshots/compare-4-code.png (and -dark).
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"
#include "compare/compareview.h"
#include "compare/lanepane.h"
#include "mainwindow/mainwindow.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Confer;
using Action = MessageListView::Action;
using ConferTest::ChatFixture;

class TestCompareCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wideRepliesStayInTheirPanes_data();
    void wideRepliesStayInTheirPanes();
};

void TestCompareCode::wideRepliesStayInTheirPanes_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << QStringLiteral("light") << QStringLiteral("compare-4-code.png");
    QTest::newRow("dark") << QStringLiteral("dark") << QStringLiteral("compare-4-code-dark.png");
}

void TestCompareCode::wideRepliesStayInTheirPanes()
{
    QFETCH(QString, scheme);
    QFETCH(QString, file);
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    ChatFixture f;
    const QStringList models {QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("openai/gpt-4.1"),
        QStringLiteral("gemini/gemini-2.5-pro"), QStringLiteral("ollama/llama3.2")};
    const qint64 id = f.conversation(models);
    const QStringList answers {
        QStringLiteral("Fetch it with curl, following redirects:\n\n```sh\ncurl --location --fail --retry 3 "
                       "--output release.tar.gz "
                       "https://downloads.example.org/releases/2025/confer-1.4.2-x86_64-linux-gnu.tar.gz\n"
                       "tar xzf release.tar.gz\n```"),
        QStringLiteral("In C++:\n\n```cpp\nconst auto names = std::views::transform(models, [](const Model &model) "
                       "{ return model.provider() + u'/' + model.name(); });\nfor (const QString &name : names)\n"
                       "    qInfo() << name;\n```\n\nThe view is lazy."),
        QStringLiteral("A single Python expression:\n\n```python\nprices = {m[\"id\"]: (m[\"pricing\"][\"input\"], "
                       "m[\"pricing\"][\"output\"]) for m in catalogue[\"models\"] if m.get(\"available\", "
                       "True)}\n```"),
        QStringLiteral("| Model | Context | Input $/M | Output $/M |\n|---|---:|---:|---:|\n"
                       "| claude-sonnet-4-20250514 | 200000 | 3.00 | 15.00 |\n"
                       "| gpt-4.1-2025-04-14 | 1047576 | 2.00 | 8.00 |\n"
                       "| gemini-2.5-pro-preview-06-05 | 1048576 | 1.25 | 10.00 |"),
    };
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("Show me, in one line of code each.")).value();
    QList<qint64> replies;
    for (int i = 0; i < models.size(); ++i) {
        const qint64 reply = f.store->beginReply(turn, f.laneOf(id, i)).value();
        QVERIFY(f.store->finishReply(reply, answers.at(i), {}, Store::MessageStatus::Complete,
            ChatFixture::metrics(400 + 90 * i, 2100 + 500 * i, 30, 120 + 40 * i, 0.001 * (i + 1))));
        replies.append(reply);
    }

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
    MainWindow window(settings);
    window.setConversationStore(*f.store);
    window.setColorScheme(Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConversation(id);
    QVERIFY(window.isComparisonShown());
    const QList<LanePane *> panes = window.compareView()->panes();
    QCOMPARE(panes.size(), 4);

    for (int i = 0; i < panes.size(); ++i) {
        MessageListView *list = panes.at(i)->chatView()->messageList();
        // Each list shows its lane's reply at the bottom, laid out for the pane.
        QTRY_VERIFY(list->bodyDocument(replies.at(i)));
        const QRect body = list->bodyRect(replies.at(i));
        QVERIFY(body.isValid());
        // The pane is narrow: a line of code would not fit without wrapping.
        QVERIFY2(body.width() < 400, qPrintable(QString::number(body.width())));
        QVERIFY2(body.left() >= 0 && body.right() < list->viewport()->width(), "the reply runs past the pane");
        QTextDocument *document = list->bodyDocument(replies.at(i));
        QVERIFY2(document->size().width() <= body.width() + 1, qPrintable(QString::number(document->size().width())));
        if (i < 3) {
            const QRect copy = list->actionRect(replies.at(i), Action::CopyCode);
            QVERIFY2(copy.isValid() && body.contains(copy), "the code block's Copy is outside the reply");
            // Nor does it cover code: wrapped lines reach the column's right edge.
            QAbstractTextDocumentLayout *layout = document->documentLayout();
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                const QPointF origin = layout->blockBoundingRect(block).topLeft() + body.topLeft();
                for (int k = 0; k < block.layout()->lineCount(); ++k) {
                    const QTextLine line = block.layout()->lineAt(k);
                    const QRectF text(
                        origin.x() + line.x(), origin.y() + line.y(), line.naturalTextWidth(), line.height());
                    QVERIFY2(line.textLength() == 0 || !text.intersects(copy),
                        qPrintable(QStringLiteral("Copy covers \"%1\"")
                                .arg(block.text().mid(line.textStart(), line.textLength()))));
                }
            }
        }
    }

    const QImage shot = ConferTest::settledScreenshot(&window);
    QVERIFY(!shot.isNull());
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/") + file;
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(shot.save(path));
    window.setColorScheme(Theme::ColorScheme::System);
}

QTEST_MAIN(TestCompareCode)
#include "tst_comparecode.moc"
