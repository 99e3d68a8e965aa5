// The chat view against a real SQLite store: stored conversations with
// metrics, streaming, branches, editing, errors, search hits, virtualization
// and the refusal to load resources named in model output.
#include "chat/chatformat.h"
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chat/prompteditor.h"
#include "chatfixture.h"
#include "common/frameticker.h"
#include "conversations/conversationsview.h"
#include "mainwindow/mainwindow.h"
#include "theme/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace Confer;
using Action = MessageListView::Action;
using ConferTest::ChatFixture;

// Receives the URLs the view asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestChatView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsLine_data();
    void metricsLine();
    void showsStoredConversation();
    void streamingAppendsAndFinishes();
    void streamingCostDoesNotGrowWithLength();
    void followsTheStreamUntilTheUserScrollsUp();
    void onlyVisibleRowsAreLaidOut();
    void replyVersions();
    void promptVersions();
    void editResendsAsNewBranch();
    void errorShowsRetry();
    void scrollToMessage();
    void linksOpenOnlyOnClick();
    void resourcesInModelOutputAreNeverLoaded();
    void copyActions_data();
    void copyActions();
    void paletteChangeRerenders();
    void mainWindowShowsConversationsAndSearchHits();

private:
    static void showView(ChatView &view);
    static void click(ChatView &view, const QRect &rect);
    static QPointF anchorPosition(const QTextDocument &document, const QString &href);
};

void TestChatView::showView(ChatView &view)
{
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

void TestChatView::click(ChatView &view, const QRect &rect)
{
    QVERIFY2(rect.isValid(), "the action is not on screen");
    QTest::mouseClick(view.messageList()->viewport(), Qt::LeftButton, {}, rect.center());
}

QPointF TestChatView::anchorPosition(const QTextDocument &document, const QString &href)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href) {
                continue;
            }
            const int offset = fragment.position() - block.position() + 1;
            const QTextLine line = block.layout()->lineForTextPosition(offset);
            const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
            return blockRect.topLeft() + QPointF(line.cursorToX(offset), line.y() + line.height() / 2);
        }
    }
    return {-1, -1};
}

void TestChatView::metricsLine_data()
{
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reported") << false
                              << QStringLiteral("TTFT 0.50 s · 40.0 tokens/s · 132 tokens (12 in, 120 out) · $0.0031");
    QTest::newRow("estimated") << true
                               << QStringLiteral(
                                      "TTFT 0.50 s · ≈40.0 tokens/s · ≈132 tokens (12 in, 120 out) · $0.0031");
}

void TestChatView::metricsLine()
{
    QFETCH(bool, estimated);
    QFETCH(QString, expected);
    Store::Message reply;
    reply.role = Store::MessageRole::Assistant;
    reply.metrics = ChatFixture::metrics(500, 3500, 12, 120, 0.0031, estimated);
    QCOMPARE(ChatFormat::metricsLine(reply), expected);
    reply.status = Store::MessageStatus::Streaming;
    QCOMPARE(ChatFormat::metricsLine(reply), QString());
}

void TestChatView::showsStoredConversation()
{
    ChatFixture f;
    const qint64 id = f.conversation({QStringLiteral("anthropic/claude-sonnet-4")});
    const auto [turn, reply] = f.exchange(id, QStringLiteral("Say **hi**"), QStringLiteral("Hello, *world*."),
        ChatFixture::metrics(500, 3500, 12, 120, 0.0031), QStringLiteral("The user wants a greeting."));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    QCOMPARE(view.conversationId(), id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->messageAt(0).id, turn);
    QCOMPARE(list->messageAt(1).id, reply);
    QCOMPARE(ChatFormat::modelName(list->messageAt(1)), QStringLiteral("anthropic/claude-sonnet-4"));
    QVERIFY(!ChatFormat::metricsLine(list->messageAt(1)).isEmpty());
    // Rendered as Markdown: the emphasis markers are gone.
    QTRY_VERIFY(list->bodyDocument(reply));
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), QStringLiteral("Hello, world."));
    // Finished reasoning starts collapsed and opens on a click.
    QVERIFY(!list->reasoningDocument(reply));
    click(view, list->actionRect(reply, Action::ToggleReasoning));
    QVERIFY(list->reasoningDocument(reply));
    QCOMPARE(list->reasoningDocument(reply)->toPlainText(), QStringLiteral("The user wants a greeting."));

    view.setConversation(0);
    QCOMPARE(list->rowCount(), 0);
}

void TestChatView::streamingAppendsAndFinishes()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    f.exchange(id, QStringLiteral("first"), QStringLiteral("one"));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);

    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("second")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();
    view.onReplyStarted(id, f.laneOf(id), reply);
    view.onReplyQueued(reply, true);
    MessageListView *list = view.messageList();
    QCOMPARE(list->rowCount(), 4);
    QCOMPARE(list->rowOf(turn), 2);
    QCOMPARE(list->rowOf(reply), 3);
    view.onReplyQueued(reply, false);

    view.onReplyReasoning(reply, QStringLiteral("Thinking "));
    view.onReplyReasoning(reply, QStringLiteral("hard."));
    QVERIFY(list->reasoningDocument(reply)); // open while it streams
    QCOMPARE(list->reasoningDocument(reply)->toPlainText(), QStringLiteral("Thinking hard."));
    view.onReplyText(reply, QStringLiteral("The answer "));
    view.onReplyText(reply, QStringLiteral("is **42**"));
    QCOMPARE(list->messageAt(3).content, QStringLiteral("The answer is **42**"));
    // Rendered on the next frame (both pieces at once).
    QSignalSpy frames(&FrameTicker::instance(), &FrameTicker::tick);
    QVERIFY(frames.wait());
    QVERIFY(list->bodyDocument(reply));
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), QStringLiteral("The answer is 42"));
    QVERIFY(list->actionRect(reply, Action::Stop).isValid());
    QSignalSpy stop(&view, &ChatView::stopRequested);
    click(view, list->actionRect(reply, Action::Stop));
    QCOMPARE(stop.count(), 1);

    // Replies from other conversations are not this view's business.
    view.onReplyStarted(id + 1, 1, reply + 1);
    QCOMPARE(list->rowCount(), 4);

    QVERIFY(f.store->finishReply(reply, QStringLiteral("The answer is **42**."), QStringLiteral("Thinking hard."),
        Store::MessageStatus::Complete, ChatFixture::metrics(100, 1100, 5, 50)));
    view.onReplyFinished(reply);
    QCOMPARE(list->messageAt(3).status, Store::MessageStatus::Complete);
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), QStringLiteral("The answer is 42."));
    QVERIFY(!list->actionRect(reply, Action::Stop).isValid());
    QVERIFY(list->actionRect(reply, Action::Regenerate).isValid());
    QVERIFY(!ChatFormat::metricsLine(list->messageAt(3)).isEmpty());
    // Finished reasoning collapses.
    QVERIFY(list->actionRect(reply, Action::ToggleReasoning).isValid());
    QVERIFY(!list->reasoningDocument(reply));
    QCOMPARE(list->messageAt(3).metrics.usage.outputTokens, std::optional<qint64>(50));

    // Regenerating puts the new reply in the old one's place.
    QSignalSpy regenerate(&view, &ChatView::regenerateRequested);
    click(view, list->actionRect(reply, Action::Regenerate));
    QCOMPARE(regenerate.count(), 1);
    QCOMPARE(regenerate.first().first().toLongLong(), reply);
    const qint64 again = f.store->beginReply(turn, f.laneOf(id)).value();
    view.onReplyStarted(id, f.laneOf(id), again);
    QCOMPARE(list->rowCount(), 4);
    QCOMPARE(list->rowOf(again), 3);
    QCOMPARE(list->rowOf(reply), -1);
}

void TestChatView::streamingCostDoesNotGrowWithLength()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("Write a lot.")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    view.onReplyText(reply, QStringLiteral("# Title\n\nThe first paragraph, frozen once the next one starts.\n\n"));
    view.onReplyText(reply, QStringLiteral("```cpp\nint main() { return 0; }\n```\n\n"));
    list->flushStreamedText();
    QTextDocument *document = list->bodyDocument(reply);
    QVERIFY(document);
    const int bodies = list->bodiesCreated();
    const QTextBlock first = document->firstBlock();
    const int firstRevision = first.revision();
    const QString firstText = first.text();
    const int laidOut = list->rowsLaidOut();

    constexpr int Updates = 400;
    for (int i = 0; i < Updates; ++i) {
        // Each piece rendered on a frame of its own, as a slow stream arrives.
        view.onReplyText(reply, QStringLiteral("Paragraph %1 goes on ").arg(i));
        list->flushStreamedText();
        view.onReplyText(reply, QStringLiteral("and ends here.\n\n"));
        list->flushStreamedText();
    }
    // The same document, its frozen blocks untouched, and one row laid out per update.
    QCOMPARE(list->bodyDocument(reply), document);
    QCOMPARE(list->bodiesCreated(), bodies);
    QCOMPARE(document->firstBlock().revision(), firstRevision);
    QCOMPARE(document->firstBlock().text(), firstText);
    QCOMPARE(list->rowsLaidOut() - laidOut, 2 * Updates);
    QVERIFY(document->blockCount() > Updates);
}

void TestChatView::followsTheStreamUntilTheUserScrollsUp()
{
    ChatFixture f;
    const qint64 id = f.longConversation(60);
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("more")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    auto *jump = list->findChild<QToolButton *>(QStringLiteral("jumpToLatest"));
    QVERIFY(jump);
    QVERIFY(list->isFollowing());
    QVERIFY(jump->isHidden());
    for (int i = 0; i < 30; ++i) {
        view.onReplyText(reply, QStringLiteral("Line %1 of a long answer.\n\n").arg(i));
    }
    list->flushStreamedText();
    QScrollBar *bar = list->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(list->viewport()->rect().contains(list->bodyRect(reply).bottomLeft()));

    bar->setValue(bar->maximum() / 2);
    QVERIFY(!list->isFollowing());
    QVERIFY(jump->isVisible());
    const int kept = bar->value();
    view.onReplyText(reply, QStringLiteral("More text that must not move the view.\n\n"));
    list->flushStreamedText();
    QCOMPARE(bar->value(), kept);

    QTest::mouseClick(jump, Qt::LeftButton);
    QVERIFY(list->isFollowing());
    QVERIFY(jump->isHidden());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestChatView::onlyVisibleRowsAreLaidOut()
{
    ChatFixture f;
    const qint64 id = f.longConversation(10'000);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->rowCount(), 10'000);
    list->viewport()->repaint();
    // A 700-pixel screen shows a handful of messages; only those were rendered.
    QVERIFY2(list->bodiesCreated() < 30, qPrintable(QString::number(list->bodiesCreated())));
    QVERIFY2(list->rowsLaidOut() < 30, qPrintable(QString::number(list->rowsLaidOut())));

    QScrollBar *bar = list->verticalScrollBar();
    bar->setValue(0);
    list->viewport()->repaint();
    QVERIFY2(list->bodiesCreated() < 60, qPrintable(QString::number(list->bodiesCreated())));
    QVERIFY(list->rowRect(list->messageAt(0).id).intersects(list->viewport()->rect()));

    // Paging through a stretch keeps a bounded number of rendered documents.
    for (int page = 0; page < 150; ++page) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        list->viewport()->repaint();
    }
    QVERIFY2(list->livingBodies() <= 120, qPrintable(QString::number(list->livingBodies())));
    QVERIFY(list->bodiesCreated() < 1'000);
}

void TestChatView::replyVersions()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, first] = f.exchange(id, QStringLiteral("Tell a joke"), QStringLiteral("First joke"));
    const qint64 second = f.store->beginReply(turn, f.laneOf(id)).value();
    QVERIFY(f.store->finishReply(second, QStringLiteral("Second joke"), {}, Store::MessageStatus::Complete, {}));

    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->messageAt(1).id, second);
    QVERIFY(list->actionRect(second, Action::PreviousVersion).isValid());
    click(view, list->actionRect(second, Action::PreviousVersion));
    QCOMPARE(list->messageAt(1).id, first);
    QCOMPARE(f.store->message(first)->active, true);
    QCOMPARE(f.store->message(second)->active, false);
    // The choice is in the store: a fresh view shows it too.
    ChatView other(*f.store);
    other.setConversation(id);
    QCOMPARE(other.messageList()->messageAt(1).id, first);

    click(view, list->actionRect(first, Action::NextVersion));
    QCOMPARE(list->messageAt(1).id, second);
    // At the last version, "next" goes nowhere.
    click(view, list->actionRect(second, Action::NextVersion));
    QCOMPARE(list->messageAt(1).id, second);
}

void TestChatView::promptVersions()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [t1, r1] = f.exchange(id, QStringLiteral("one"), QStringLiteral("1"));
    const auto [t2, r2] = f.exchange(id, QStringLiteral("two"), QStringLiteral("2"));
    const auto [t3, r3] = f.exchange(id, QStringLiteral("three"), QStringLiteral("3"));
    const qint64 edited = f.store->editUserTurn(t2, QStringLiteral("two, edited")).value();
    const qint64 editedReply = f.store->beginReply(edited, f.laneOf(id)).value();
    QVERIFY(f.store->finishReply(editedReply, QStringLiteral("2b"), {}, Store::MessageStatus::Complete, {}));

    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->rowCount(), 4);
    QCOMPARE(list->messageAt(2).id, edited);
    click(view, list->actionRect(edited, Action::PreviousVersion));
    // Back on the original prompt, with everything that followed it.
    QCOMPARE(list->rowCount(), 6);
    QCOMPARE(list->messageAt(2).id, t2);
    QCOMPARE(list->messageAt(5).id, r3);
    QCOMPARE(f.store->conversation(id)->activeLeafId, std::optional<qint64>(t3));
    click(view, list->actionRect(t2, Action::NextVersion));
    QCOMPARE(list->rowCount(), 4);
    QCOMPARE(f.store->conversation(id)->activeLeafId, std::optional<qint64>(edited));
    Q_UNUSED(r1)
    Q_UNUSED(r2)
}

void TestChatView::editResendsAsNewBranch()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    Q_UNUSED(reply)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    QSignalSpy resend(&view, &ChatView::editResendRequested);
    click(view, view.messageList()->actionRect(turn, Action::Edit));
    auto *editor = view.findChild<PromptEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("What is 2+2?"));
    editor->findChild<QPlainTextEdit *>(QStringLiteral("promptEditorText"))
        ->setPlainText(QStringLiteral("What is 3+3?"));
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("promptEditorSend")), Qt::LeftButton);
    QCOMPARE(resend.count(), 1);
    QCOMPARE(resend.first().at(0).toLongLong(), turn);
    QCOMPARE(resend.first().at(1).toString(), QStringLiteral("What is 3+3?"));
    QVERIFY(!view.messageList()->isEditing());

    // Cancelling sends nothing.
    click(view, view.messageList()->actionRect(turn, Action::Edit));
    editor = view.findChild<PromptEditor *>();
    QTRY_VERIFY(editor && editor->isVisible());
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("promptEditorCancel")), Qt::LeftButton);
    QVERIFY(!view.messageList()->isEditing());
    QCOMPARE(resend.count(), 1);
}

void TestChatView::errorShowsRetry()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("hello")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();
    ProviderError error;
    error.kind = ErrorKind::RateLimited;
    error.httpStatus = 429;
    error.providerMessage = QStringLiteral("Slow down, please.");
    error.retryAfterMs = 20'000;
    QVERIFY(f.store->finishReply(
        reply, QStringLiteral("A partial answer"), {}, Store::MessageStatus::Error, {}, std::optional(error)));

    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), QStringLiteral("A partial answer"));
    const QString text = ChatFormat::errorText(error);
    QVERIFY2(text.contains(QStringLiteral("Too many requests")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Slow down, please.")), qPrintable(text));
    QSignalSpy retry(&view, &ChatView::retryRequested);
    click(view, list->actionRect(reply, Action::Retry));
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.first().first().toLongLong(), reply);
}

void TestChatView::scrollToMessage()
{
    ChatFixture f;
    const qint64 id = f.longConversation(400);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    const qint64 target = list->messageAt(20).id;
    QVERIFY(!list->rowRect(target).intersects(list->viewport()->rect()));
    view.scrollToMessage(target);
    const QRect rect = list->rowRect(target);
    QVERIFY2(list->viewport()->rect().contains(rect.topLeft()), qPrintable(QStringLiteral("%1").arg(rect.top())));
    QVERIFY(!list->isFollowing());
    QVERIFY(list->findChild<QToolButton *>(QStringLiteral("jumpToLatest"))->isVisible());
    // An unknown id changes nothing.
    const int value = list->verticalScrollBar()->value();
    view.scrollToMessage(0);
    QCOMPARE(list->verticalScrollBar()->value(), value);
}

void TestChatView::linksOpenOnlyOnClick()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    ChatFixture f;
    const qint64 id = f.conversation();
    const QString href = QStringLiteral("https://doc.qt.io/qt-6/qtextdocument.html");
    const auto [turn, reply]
        = f.exchange(id, QStringLiteral("docs?"), QStringLiteral("See [the docs](%1) first.").arg(href));
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QTextDocument *document = list->bodyDocument(reply);
    QVERIFY(document);
    const QPointF inDocument = anchorPosition(*document, href);
    QVERIFY(inDocument.x() >= 0);
    const QPoint point = list->bodyRect(reply).topLeft() + inDocument.toPoint();
    QTest::mouseMove(list->viewport(), point);
    QVERIFY(catcher.opened.isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(catcher.opened, QList<QUrl> {QUrl(href)});
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestChatView::resourcesInModelOutputAreNeverLoaded()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ChatFixture f;
    const QString secret = f.dir.filePath(QStringLiteral("secret.png"));
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(secret));
    }
    const QUrl remote(QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort()));
    const QUrl local = QUrl::fromLocalFile(secret);
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("show me"),
        QStringLiteral("![pixel](%1)\n\n![secret](%2)\n\n<img src=\"%1\">\n\n[a file](%2)")
            .arg(remote.toString(), local.toString()));
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    view.messageList()->viewport()->repaint();
    QCoreApplication::processEvents();
    QTextDocument *document = view.messageList()->bodyDocument(reply);
    QVERIFY(document);
    // Asking the document for the resources gives nothing: it never reads them.
    QVERIFY(document->resource(QTextDocument::ImageResource, remote).isNull());
    QVERIFY(document->resource(QTextDocument::ImageResource, local).isNull());
    QVERIFY(!server.hasPendingConnections());
    // They show as links the user can see.
    QVERIFY2(document->toPlainText().contains(QStringLiteral("pixel")), qPrintable(document->toPlainText()));
}

void TestChatView::copyActions_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << Action::CopyPlain << QStringLiteral("Run this:\nls -l\n");
    QTest::newRow("markdown") << Action::CopyMarkdown << QStringLiteral("Run **this**:\n\n```sh\nls -l\n```");
    QTest::newRow("code block") << Action::CopyCode << QStringLiteral("ls -l");
}

void TestChatView::copyActions()
{
    QFETCH(Action, action);
    QFETCH(QString, expected);
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply]
        = f.exchange(id, QStringLiteral("list files"), QStringLiteral("Run **this**:\n\n```sh\nls -l\n```"));
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    QGuiApplication::clipboard()->clear();
    click(view, view.messageList()->actionRect(reply, action));
    const QString copied = QGuiApplication::clipboard()->text();
    if (action == Action::CopyPlain) {
        // The rendered text: no Markdown markers, the code label aside.
        QVERIFY2(copied.startsWith(QStringLiteral("Run this:")) && copied.contains(QStringLiteral("ls -l")),
            qPrintable(copied));
        QVERIFY2(!copied.contains(QStringLiteral("**")), qPrintable(copied));
    } else {
        QCOMPARE(copied, expected);
    }
}

void TestChatView::paletteChangeRerenders()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("code?"), QStringLiteral("```cpp\nint x = 1;\n```"));
    Q_UNUSED(turn)
    ChatView view(*f.store);
    view.setPalette(Theme::lightPalette());
    showView(view);
    view.setConversation(id);
    QTextDocument *document = view.messageList()->bodyDocument(reply);
    QVERIFY(document);
    const QString light = document->toHtml();
    view.setPalette(Theme::darkPalette());
    // The same text, highlighted with the dark theme's colours.
    QCOMPARE(view.messageList()->bodyDocument(reply)->toPlainText(), document->toPlainText());
    QVERIFY(view.messageList()->bodyDocument(reply)->toHtml() != light);
}

void TestChatView::mainWindowShowsConversationsAndSearchHits()
{
    ChatFixture f;
    const qint64 id = f.longConversation(300);
    QSettings settings(f.dir.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
    MainWindow window(settings);
    window.setConversationStore(*f.store);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *area = window.findChild<QStackedWidget *>(QStringLiteral("conversationArea"));
    QVERIFY(area);
    QCOMPARE(area->currentIndex(), 0);

    ChatView *chat = window.chatView();
    QVERIFY(chat);
    const qint64 hit = f.store->activeBranch(id).at(10).id;
    Q_EMIT window.conversationsView()->searchHitActivated(id, hit);
    QCOMPARE(window.currentConversationId(), id);
    QCOMPARE(area->currentWidget(), chat);
    QCOMPARE(chat->conversationId(), id);
    QVERIFY(chat->messageList()->viewport()->rect().contains(chat->messageList()->rowRect(hit).topLeft()));

    window.startNewConversation();
    QCOMPARE(area->currentIndex(), 0);
    QCOMPARE(chat->conversationId(), 0);
    window.openConversation(id);
    QCOMPARE(area->currentWidget(), chat);
    QVERIFY(chat->messageList()->isFollowing());
}

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
