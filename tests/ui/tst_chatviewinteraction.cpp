// The chat view driven like a person does, on the session's X server (Xvfb):
// selecting text with the mouse and copying it, walking the messages with
// the keyboard, and deleting replies and prompts through their actions and
// the confirmation box, against a real SQLite store.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chatfixture.h"
#include "common/messagebox.h"
#include "mainwindow/mainwindow.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

using namespace Confer;
using Action = MessageListView::Action;
using ConferTest::ChatFixture;

namespace
{

// Receives the URLs the view asks the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// What accessibility was told.
QList<std::pair<QAccessible::Event, QObject *>> &accessibleEvents()
{
    static QList<std::pair<QAccessible::Event, QObject *>> events;
    return events;
}

void recordAccessibleEvent(QAccessibleEvent *event)
{
    accessibleEvents().append({event->type(), event->object()});
}

// A popup menu once it is open: its action texts, then it runs `use` (which may trigger one) and closes.
class MenuWatcher : public QObject
{
public:
    explicit MenuWatcher(std::function<void(QMenu *)> use)
        : m_use(std::move(use))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu || !menu->isVisible()) {
                return;
            }
            m_timer.stop();
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator()) {
                    texts.append(action->text());
                }
            }
            position = menu->pos();
            m_use(menu);
            menu->close();
        });
        m_timer.start();
    }
    QStringList texts;
    QPoint position;

private:
    std::function<void(QMenu *)> m_use;
    QTimer m_timer;
};

}

class TestChatViewInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dragSelectsAndCopies();
    void selectionAcrossMessages();
    void doubleClickSelectsAWord();
    void ctrlASelectsTheFocusedMessage();
    void selectionSurvivesStreamingAndScrolling();
    void linksStillOpenOnClickOnly();
    void dragPastTheEdgeScrolls();
    void contextMenuCopiesTheSelection();
    void keyboardWalksTheMessages();
    void altArrowsLeaveTheComposer();
    void menuKeyOpensTheFocusedMessagesActions_data();
    void menuKeyOpensTheFocusedMessagesActions();
    void enterRetriesAFailedReply();
    void deleteAReply();
    void deleteAPrompt_data();
    void deleteAPrompt();
    void deleteRefusedWhileStreaming();
    void deleteKeepsTheReadersPlace();
    void deletingTheFirstVisibleMessage();
    void screenshot_data();
    void screenshot();

private:
    static void showView(ChatView &view);
    // Where a character position of a message's body is, in viewport coordinates (middle of its line).
    static QPoint pointAt(MessageListView *list, qint64 messageId, int position);
    static void drag(MessageListView *list, const QPoint &from, const QPoint &to);
};

void TestChatViewInteraction::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    QAccessible::installUpdateHandler(recordAccessibleEvent);
}

void TestChatViewInteraction::showView(ChatView &view)
{
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
}

QPoint TestChatViewInteraction::pointAt(MessageListView *list, qint64 messageId, int position)
{
    QTextDocument *document = list->bodyDocument(messageId);
    if (!document) {
        return {-1, -1};
    }
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    const QTextLine line = block.layout()->lineForTextPosition(offset);
    const QRectF blockRect = document->documentLayout()->blockBoundingRect(block);
    const QPointF inDocument = blockRect.topLeft() + QPointF(line.cursorToX(offset), line.y() + line.height() / 2);
    return list->bodyRect(messageId).topLeft() + inDocument.toPoint();
}

void TestChatViewInteraction::drag(MessageListView *list, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(list->viewport(), (from + to) / 2);
    QTest::mouseMove(list->viewport(), to);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, to);
}

void TestChatViewInteraction::dragSelectsAndCopies()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog.");
    const auto [turn, reply] = f.exchange(id, QStringLiteral("A pangram, please."), text);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), text);

    const int start = int(text.indexOf(QStringLiteral("quick")));
    const int end = int(text.indexOf(QStringLiteral(" jumps")));
    drag(list, pointAt(list, reply, start), pointAt(list, reply, end));
    QVERIFY(list->hasSelection());
    QCOMPARE(list->selectionMessageId(), reply);
    QCOMPARE(list->selectedText(), QStringLiteral("quick brown fox"));

    // Painted with the palette's highlight.
    const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);
    const QImage image = list->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPoint from = pointAt(list, reply, start);
    const QPoint to = pointAt(list, reply, end);
    int highlighted = 0;
    int outside = 0;
    for (int x = from.x() + 1; x < to.x() - 1; ++x) {
        highlighted += image.pixelColor(x, from.y()) == highlight ? 1 : 0;
    }
    for (int x = to.x() + 4; x < to.x() + 40; ++x) {
        outside += image.pixelColor(x, from.y()) == highlight ? 1 : 0;
    }
    QVERIFY2(highlighted > (to.x() - from.x()) / 3, qPrintable(QString::number(highlighted)));
    QCOMPARE(outside, 0);

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("quick brown fox"));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data && data->hasHtml());
    QVERIFY(data->html().contains(QStringLiteral("brown")));

    // A click elsewhere (the prompt) clears it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, pointAt(list, turn, 2));
    QVERIFY(!list->hasSelection());
    QCOMPARE(list->selectedText(), QString());
}

void TestChatViewInteraction::selectionAcrossMessages()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [firstTurn, first]
        = f.exchange(id, QStringLiteral("First question?"), QStringLiteral("Alpha beta gamma."));
    Q_UNUSED(firstTurn)
    const auto [secondTurn, second]
        = f.exchange(id, QStringLiteral("Second question?"), QStringLiteral("Delta epsilon zeta."));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    // Downwards from the middle of one reply to the middle of the next, and upwards the same way.
    drag(list, pointAt(list, first, 6), pointAt(list, second, 13));
    const QString expected = QStringLiteral("beta gamma.\n\nSecond question?\n\nDelta epsilon");
    QCOMPARE(list->selectedText(), expected);
    QCOMPARE(list->selectionMessageId(), first);
    QCOMPARE(list->selectionEndMessageId(), second);
    drag(list, pointAt(list, second, 13), pointAt(list, first, 6));
    QCOMPARE(list->selectedText(), expected);

    // Each part is painted with the highlight, the prompt in between too.
    const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);
    const QImage image = list->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const auto highlightedAround = [&](qint64 messageId, int position) {
        const QPoint point = pointAt(list, messageId, position);
        int count = 0;
        for (int x = point.x(); x < point.x() + 20; ++x) {
            count += image.pixelColor(x, point.y()) == highlight ? 1 : 0;
        }
        return count;
    };
    QVERIFY(highlightedAround(first, 7) > 0);
    QVERIFY(highlightedAround(secondTurn, 1) > 0);
    QVERIFY(highlightedAround(second, 1) > 0);
    QCOMPARE(highlightedAround(second, 15), 0);

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), expected);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("Second question?")));
}

void TestChatViewInteraction::doubleClickSelectsAWord()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const QString text = QStringLiteral("Tokens fall like rain on the parser.");
    const auto [turn, reply] = f.exchange(id, QStringLiteral("A line?"), text);
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, pointAt(list, reply, int(text.indexOf(u'r')) + 1));
    QCOMPARE(list->selectedText(), QStringLiteral("rain"));
}

void TestChatViewInteraction::ctrlASelectsTheFocusedMessage()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("Explain."), ChatFixture::answer(1));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->setFocus();
    // A click on the reply makes it the message Ctrl+A means.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, pointAt(list, reply, 3));
    QCOMPARE(list->focusedMessage(), reply);
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(list->selectionMessageId(), reply);
    const QString all = list->selectedText();
    QVERIFY2(all.startsWith(QStringLiteral("A process has its own address space")), qPrintable(all));
    QVERIFY2(all.endsWith(QStringLiteral("threads for shared-memory parallelism.")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("\n")));
    // The keyboard moves to the prompt: Ctrl+A selects that one instead.
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->focusedMessage(), turn);
    QTest::keyClick(list, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(list->selectedText(), QStringLiteral("Explain."));
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!list->hasSelection());
}

void TestChatViewInteraction::selectionSurvivesStreamingAndScrolling()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("First?"), QStringLiteral("A steady first answer."));
    Q_UNUSED(turn)
    const qint64 second = f.store->appendUserTurn(id, QStringLiteral("Now a long one.")).value();
    const qint64 streaming = f.store->beginReply(second, f.laneOf(id)).value();
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, pointAt(list, reply, 4));
    QCOMPARE(list->selectedText(), QStringLiteral("steady"));

    // Deltas into the other reply, enough to scroll the selected one off screen.
    for (int i = 0; i < 40; ++i) {
        view.onReplyText(streaming, QStringLiteral("Paragraph %1 of the streamed answer goes on.\n\n").arg(i));
    }
    list->flushStreamedText();
    QVERIFY(list->bodyDocument(streaming)->toPlainText().contains(QStringLiteral("Paragraph 39")));
    QVERIFY(!list->rowRect(reply).intersects(list->viewport()->rect()));
    QCOMPARE(list->selectedText(), QStringLiteral("steady"));
    list->verticalScrollBar()->setValue(0);
    QVERIFY(list->rowRect(reply).intersects(list->viewport()->rect()));
    QCOMPARE(list->selectionMessageId(), reply);
    QCOMPARE(list->selectedText(), QStringLiteral("steady"));
    list->viewport()->repaint();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("steady"));
}

void TestChatViewInteraction::linksStillOpenOnClickOnly()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    ChatFixture f;
    const qint64 id = f.conversation();
    const QString href = QStringLiteral("https://doc.qt.io/qt-6/qtextcursor.html");
    const QString text = QStringLiteral("Read the cursor docs now.");
    const auto [turn, reply]
        = f.exchange(id, QStringLiteral("docs?"), QStringLiteral("Read [the cursor docs](%1) now.").arg(href));
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->bodyDocument(reply)->toPlainText(), text);
    const QPoint onLink = pointAt(list, reply, int(text.indexOf(QStringLiteral("cursor"))) + 2);

    // A drag that starts on the link selects text and opens nothing.
    drag(list, onLink, pointAt(list, reply, int(text.size())));
    QCOMPARE(list->selectedText(), QStringLiteral("rsor docs now."));
    QVERIFY(catcher.opened.isEmpty());
    // A click opens it, and clears the selection.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(catcher.opened, QList<QUrl> {QUrl(href)});
    QVERIFY(!list->hasSelection());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestChatViewInteraction::dragPastTheEdgeScrolls()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    QString text;
    for (int i = 1; i <= 60; ++i) {
        text += QStringLiteral("Line %1 of a long answer.\n\n").arg(i);
    }
    const auto [turn, reply] = f.exchange(id, QStringLiteral("Sixty lines, please."), text);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    view.scrollToMessage(turn);
    QVERIFY(list->bodyRect(reply).bottom() > list->viewport()->height());
    const int before = list->verticalScrollBar()->value();
    const QPoint start = pointAt(list, reply, 0);
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, start);
    const QPoint below(start.x() + 40, list->viewport()->height() + 30);
    for (int i = 0; i < 10; ++i) {
        QTest::mouseMove(list->viewport(), below + QPoint(i, 0)); // a move to the same place is no move
    }
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, below);
    QVERIFY2(list->verticalScrollBar()->value() >= before + 150, qPrintable(QString::number(before)));
    QCOMPARE(list->selectionMessageId(), reply);
    QVERIFY2(list->selectedText().startsWith(QStringLiteral("Line 1 of a long answer.\nLine 2")),
        qPrintable(list->selectedText()));
    QVERIFY(list->selectedText().size() > 300);
}

void TestChatViewInteraction::contextMenuCopiesTheSelection()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const QString text = QStringLiteral("Copy only these three words, nothing else.");
    const auto [turn, reply] = f.exchange(id, QStringLiteral("Say something."), text);
    Q_UNUSED(turn)
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    const int start = int(text.indexOf(QStringLiteral("these")));
    drag(list, pointAt(list, reply, start),
        pointAt(list, reply, start + int(QStringLiteral("these three words").size())));
    QCOMPARE(list->selectedText(), QStringLiteral("these three words"));
    QGuiApplication::clipboard()->clear();
    MenuWatcher watcher([](QMenu *menu) {
        const QList<QAction *> actions = menu->actions();
        actions.first()->trigger();
    });
    const QPoint at = pointAt(list, reply, start + 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &event);
    QCOMPARE(watcher.texts.first(), QStringLiteral("Copy"));
    QVERIFY2(watcher.texts.contains(QStringLiteral("Copy Message")), qPrintable(watcher.texts.join(u'|')));
    QVERIFY(watcher.texts.contains(QStringLiteral("Delete…")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("these three words"));
}

void TestChatViewInteraction::keyboardWalksTheMessages()
{
    ChatFixture f;
    const qint64 id = f.longConversation(40);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    const auto onScreen
        = [list](qint64 messageId) { return list->viewport()->rect().contains(list->rowRect(messageId).topLeft()); };

    // Down starts at the first message on screen.
    const int firstVisible = list->rowOf(list->anchor().first);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->focusedMessage(), list->messageAt(firstVisible).id);
    accessibleEvents().clear();
    QTest::keyClick(list, Qt::Key_Home);
    const qint64 first = list->messageAt(0).id;
    QCOMPARE(list->focusedMessage(), first);
    QVERIFY(onScreen(first));
    QCOMPARE(
        list->accessibleDescription(), QStringLiteral("Your prompt: How do I reverse a list in Python? (question 1)"));
    QVERIFY(accessibleEvents().contains(std::pair(QAccessible::Focus, static_cast<QObject *>(list))));

    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->focusedMessage(), list->messageAt(1).id);
    QVERIFY2(list->accessibleDescription().startsWith(QStringLiteral("Reply from ")),
        qPrintable(list->accessibleDescription()));
    QVERIFY2(list->accessibleDescription().contains(QStringLiteral("Use slicing or `reversed()`:")),
        qPrintable(list->accessibleDescription()));
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Up); // stays on the first
    QCOMPARE(list->focusedMessage(), first);

    QTest::keyClick(list, Qt::Key_End);
    const qint64 last = list->messageAt(list->rowCount() - 1).id;
    QCOMPARE(list->focusedMessage(), last);
    QVERIFY(onScreen(last));
    // Walking up one message at a time scrolls each into view.
    for (int row = list->rowCount() - 2; row >= list->rowCount() - 20; --row) {
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->focusedMessage(), list->messageAt(row).id);
        QVERIFY2(onScreen(list->messageAt(row).id), qPrintable(QString::number(row)));
    }
    QVERIFY(!list->isFollowing());
    QVERIFY(!onScreen(last));
}

void TestChatViewInteraction::altArrowsLeaveTheComposer()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    f.exchange(id, QStringLiteral("one"), QStringLiteral("first answer"));
    f.exchange(id, QStringLiteral("two"), QStringLiteral("second answer"));
    QSettings settings(f.dir.filePath(QStringLiteral("window.conf")), QSettings::IniFormat);
    MainWindow window(settings);
    window.setConversationStore(*f.store);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openConversation(id);
    auto *editor = window.findChild<QWidget *>(QStringLiteral("composer"))->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    MessageListView *list = window.chatView()->messageList();

    // Alt+Up: the message just above the composer, then the one above it.
    QTest::keyClick(editor, Qt::Key_Up, Qt::AltModifier);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->focusedMessage(), list->messageAt(3).id);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->focusedMessage(), list->messageAt(2).id);
    // Back in the composer, Alt+Down goes on from there.
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->focusedMessage(), list->messageAt(3).id);
}

void TestChatViewInteraction::menuKeyOpensTheFocusedMessagesActions_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Menu") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
}

void TestChatViewInteraction::menuKeyOpensTheFocusedMessagesActions()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    Q_UNUSED(reply)
    f.exchange(id, QStringLiteral("And 3+3?"), QStringLiteral("6"));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->focusedMessage(), turn);

    // The first prompt's actions (Edit is only on prompts), not the last reply's on screen.
    QSignalSpy actions(list, &MessageListView::actionTriggered);
    MenuWatcher watcher([](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Copy")) {
                action->trigger();
            }
        }
    });
    QTest::keyClick(list, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(watcher.texts, (QStringList {QStringLiteral("Edit…"), QStringLiteral("Copy"), QStringLiteral("Delete…")}));
    const QRect row = list->rowRect(turn);
    const QPoint local = list->viewport()->mapFromGlobal(watcher.position);
    QVERIFY2(local.y() >= row.top() && local.y() <= row.bottom(), qPrintable(QString::number(local.y())));
    QCOMPARE(actions.count(), 1);
    QCOMPARE(actions.first().at(0).toLongLong(), turn);
    QCOMPARE(actions.first().at(1).value<Action>(), Action::CopyPlain);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("What is 2+2?"));
}

void TestChatViewInteraction::enterRetriesAFailedReply()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const qint64 turn = f.store->appendUserTurn(id, QStringLiteral("hello")).value();
    const qint64 reply = f.store->beginReply(turn, f.laneOf(id)).value();
    ProviderError error;
    error.kind = ErrorKind::Overloaded;
    error.httpStatus = 529;
    QVERIFY(f.store->finishReply(
        reply, QStringLiteral("Half an"), {}, Store::MessageStatus::Error, {}, std::optional(error)));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->setFocus();
    QSignalSpy retry(&view, &ChatView::retryRequested);
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Return); // on the prompt: nothing to retry
    QCOMPARE(retry.count(), 0);
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY2(list->accessibleDescription().startsWith(QStringLiteral("Failed reply from ")),
        qPrintable(list->accessibleDescription()));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.first().first().toLongLong(), reply);
}

void TestChatViewInteraction::deleteAReply()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, first] = f.exchange(id, QStringLiteral("Name a colour."), QStringLiteral("Red."));
    const qint64 second = f.store->beginReply(turn, f.laneOf(id)).value();
    QVERIFY(f.store->finishReply(second, QStringLiteral("Blue."), {}, Store::MessageStatus::Complete, {}));
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    QCOMPARE(list->messageAt(1).id, second);
    QSignalSpy deleted(&view, &ChatView::messageDeleted);

    // Cancelled: nothing goes.
    MessageBox::setNextChoice(1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->actionRect(second, Action::Delete).center());
    QCOMPARE(MessageBox::lastMessage(), QStringLiteral("Delete Message\nDelete this reply?"));
    QVERIFY(f.store->message(second));
    QCOMPARE(deleted.count(), 0);

    MessageBox::setNextChoice(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->actionRect(second, Action::Delete).center());
    QVERIFY(!MessageBox::hasPresetAnswers());
    QVERIFY(!f.store->message(second));
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().at(1).toLongLong(), second);
    // The older version shows in its place.
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->messageAt(1).id, first);
    QCOMPARE(list->bodyDocument(first)->toPlainText(), QStringLiteral("Red."));
    QCOMPARE(f.store->activeBranch(id).size(), 2);
}

void TestChatViewInteraction::deleteAPrompt_data()
{
    QTest::addColumn<int>("laterTurns");
    QTest::addColumn<QString>("question");
    QTest::newRow("with three turns after it")
        << 3 << QStringLiteral("Delete this prompt, its 2 replies and the 3 turns after it?");
    QTest::newRow("with one turn after it")
        << 1 << QStringLiteral("Delete this prompt, its 2 replies and the turn after it?");
    QTest::newRow("the last one") << 0 << QStringLiteral("Delete this prompt and its 2 replies?");
}

void TestChatViewInteraction::deleteAPrompt()
{
    QFETCH(int, laterTurns);
    QFETCH(QString, question);
    ChatFixture f;
    const qint64 id = f.conversation({QStringLiteral("openai/gpt-4o"), QStringLiteral("ollama/llama3.2")});
    const auto [first, firstReply] = f.exchange(id, QStringLiteral("one"), QStringLiteral("first answer"));
    const qint64 target = f.store->appendUserTurn(id, QStringLiteral("two")).value();
    for (int lane = 0; lane < 2; ++lane) {
        const qint64 reply = f.store->beginReply(target, f.laneOf(id, lane)).value();
        QVERIFY(
            f.store->finishReply(reply, QStringLiteral("answer %1").arg(lane), {}, Store::MessageStatus::Complete, {}));
    }
    for (int i = 0; i < laterTurns; ++i) {
        f.exchange(id, QStringLiteral("later %1").arg(i), QStringLiteral("later answer %1").arg(i));
    }
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    list->setFocus();
    list->setFocusedMessage(target);

    // From the keyboard: Delete on the focused prompt, answered in the box.
    MessageBox::setNextChoice(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(MessageBox::lastMessage(), QStringLiteral("Delete Message\n") + question);
    QVERIFY(!f.store->message(target));
    const QList<Store::Message> branch = f.store->activeBranch(id);
    QCOMPARE(branch.size(), 2);
    QCOMPARE(branch.at(0).id, first);
    QCOMPARE(branch.at(1).id, firstReply);
    QCOMPARE(int(f.store->load(id)->messages.size()), 2);
    QCOMPARE(list->rowCount(), 2);
    // The keyboard stays near where the prompt was.
    QCOMPARE(list->focusedMessage(), firstReply);
}

void TestChatViewInteraction::deleteRefusedWhileStreaming()
{
    ChatFixture f;
    const qint64 id = f.conversation();
    const auto [turn, reply] = f.exchange(id, QStringLiteral("one"), QStringLiteral("first answer"));
    Q_UNUSED(reply)
    const qint64 second = f.store->appendUserTurn(id, QStringLiteral("two")).value();
    const qint64 streaming = f.store->beginReply(second, f.laneOf(id)).value();
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    // A streaming reply has no Delete action; its prompt and the prompts above refuse.
    QVERIFY(!list->actionRect(streaming, Action::Delete).isValid());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->actionRect(turn, Action::Delete).center());
    QCOMPARE(MessageBox::lastMessage(),
        QStringLiteral("Delete Message\nA reply to this prompt or to a later one is still being written. Stop it "
                       "first, then delete the prompt."));
    QVERIFY(f.store->message(turn));
    QCOMPARE(int(f.store->load(id)->messages.size()), 4);
    QCOMPARE(list->rowCount(), 4);
}

void TestChatViewInteraction::deleteKeepsTheReadersPlace()
{
    ChatFixture f;
    const qint64 id = f.longConversation(200);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    view.scrollToMessage(list->messageAt(80).id);
    QVERIFY(!list->isFollowing());
    const auto anchor = list->anchor();
    // The first reply below the top of the screen.
    int row = list->rowOf(anchor.first) + 1;
    while (list->messageAt(row).role != Store::MessageRole::Assistant) {
        ++row;
    }
    const qint64 reply = list->messageAt(row).id;
    const QRect deleteRect = list->actionRect(reply, Action::Delete);
    QVERIFY(deleteRect.isValid());
    MessageBox::setNextChoice(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, deleteRect.center());
    QVERIFY(!f.store->message(reply));
    QCOMPARE(list->rowCount(), 199);
    QCOMPARE(list->anchor(), anchor);
    QVERIFY(!list->isFollowing());
}

void TestChatViewInteraction::deletingTheFirstVisibleMessage()
{
    ChatFixture f;
    const qint64 id = f.longConversation(200);
    ChatView view(*f.store);
    showView(view);
    view.setConversation(id);
    MessageListView *list = view.messageList();
    const qint64 prompt = list->messageAt(80).id;
    const qint64 reply = list->messageAt(81).id;
    QCOMPARE(list->messageAt(81).role, Store::MessageRole::Assistant);
    list->restoreAnchor({reply, 20});
    QCOMPARE(list->anchor(), std::pair(reply, 20));
    MessageBox::setNextChoice(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->actionRect(reply, Action::Delete).center());
    QVERIFY(!f.store->message(reply));
    // The reader now looks at the top of the prompt it answered.
    QCOMPARE(list->anchor(), std::pair(prompt, 0));
    QVERIFY(!list->isFollowing());
}

void TestChatViewInteraction::screenshot_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestChatViewInteraction::screenshot()
{
    QFETCH(QString, scheme);
    ChatFixture f;
    const qint64 id = f.conversation({QStringLiteral("anthropic/claude-sonnet-4")});
    const QString text = ChatFixture::answer(1);
    const auto [turn, reply]
        = f.exchange(id, ChatFixture::prompt(1), text, ChatFixture::metrics(420, 2900, 80, 120, 0.0012));
    const auto [second, secondReply] = f.exchange(id, ChatFixture::prompt(2), ChatFixture::answer(2));
    Q_UNUSED(turn)
    Q_UNUSED(secondReply)
    QSettings settings(f.dir.filePath(scheme + QStringLiteral(".conf")), QSettings::IniFormat);
    MainWindow window(settings);
    window.setConversationStore(*f.store);
    window.setColorScheme(Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openConversation(id);
    MessageListView *list = window.chatView()->messageList();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::mouseMove(list->viewport(), QPoint(2, 2));

    // Part of the first reply selected, the keyboard on the second prompt.
    const QString plain = list->bodyDocument(reply)->toPlainText();
    const int start = int(plain.indexOf(QStringLiteral("threads share")));
    const int end = int(plain.indexOf(QStringLiteral("Processes are isolated")));
    drag(list, pointAt(list, reply, start), pointAt(list, reply, end + 9));
    QVERIFY(list->selectedText().startsWith(QStringLiteral("threads share")));
    list->setFocusedMessage(second);
    QVERIFY(list->isFocusRingVisible());

    const QImage onScreen = ConferTest::settledScreenshot(&window);
    QVERIFY(!onScreen.isNull());
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/chatview-selection-%1.png").arg(scheme);
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));
    window.setColorScheme(Theme::ColorScheme::System);
}

QTEST_MAIN(TestChatViewInteraction)
#include "tst_chatviewinteraction.moc"
