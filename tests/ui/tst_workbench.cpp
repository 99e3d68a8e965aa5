// The whole window against a loopback OpenAI-compatible server: a prompt typed
// into the composer streams into the chat view as rendered, highlighted
// Markdown; regenerating makes a version the navigator walks; a model picked
// mid-conversation answers the next turn; a provider error shows inline and
// Retry answers it; File › Export writes the transcript; and a new window on
// the same store finds it all again. Stopping mid-stream keeps the partial
// answer; editing a prompt makes a branch whose requests carry its own
// history; a search hit opens its conversation at the message.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chat/turnrunner.h"
#include "common/filedialog.h"
#include "common/frameticker.h"
#include "common/messagebox.h"
#include "composer/composer.h"
#include "conversations/conversationsview.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "mainwindow/mainwindow.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "settings/settings.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Confer;
using namespace ConferTest;

namespace
{

const QByteArray ModelList
    = R"({"object":"list","data":[{"id":"gpt-a","object":"model"},{"id":"gpt-b","object":"model"}]})";

// An answer with a fenced C++ block, cut into small pieces so it streams.
ScriptedResponse codeAnswer()
{
    const Protocol openAi = Protocol::OpenAI;
    const QByteArray body = ProtocolScripts::head(openAi) + ProtocolScripts::text(openAi, "Use a loop:\\n\\n")
        + ProtocolScripts::text(openAi, "```cpp\\nint count = 42;\\n") + ProtocolScripts::text(openAi, "```\\n")
        + ProtocolScripts::text(openAi, "Done.") + ProtocolScripts::tail(openAi);
    ScriptedResponse response = ScriptedResponse::stream("text/event-stream", body, 9);
    // A piece every 20 ms, slower than the view's frames, so each shows on its own.
    response.chunkDelayMs = 20;
    return response;
}

ScriptedResponse plainAnswer(const QByteArray &text)
{
    const Protocol openAi = Protocol::OpenAI;
    return ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(openAi) + ProtocolScripts::text(openAi, text) + ProtocolScripts::tail(openAi));
}

// The text of a rendered block, and whether its characters carry more than one colour.
bool highlighted(const QTextBlock &block)
{
    QSet<QRgb> colours;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        colours.insert(it.fragment().charFormat().foreground().color().rgb());
    }
    return colours.size() > 1;
}

QTextBlock blockContaining(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text)) {
            return block;
        }
    }
    return {};
}

QList<QByteArray> chatRequests(const LoopbackServer &server)
{
    QList<QByteArray> bodies;
    for (const RecordedRequest &request : server.requests()) {
        if (request.path.endsWith("/chat/completions")) {
            bodies.append(request.body);
        }
    }
    return bodies;
}

}

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aConversationFromStartToRelaunch();
    void stopMidStream_data();
    void stopMidStream();
    void editAndResendMakesABranch();
    void searchLandsOnTheHit();
    void aSynthesisInTheChatViewIsAskedAgain();

private:
    void showWindow();
    void clickAction(qint64 messageId, MessageListView::Action action);
    qint64 sendFromComposer(const QString &prompt);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Settings> m_preferences;
    std::unique_ptr<EnvironmentKeySource> m_keys;
    std::unique_ptr<ProviderServices> m_services;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ConversationStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbench::init()
{
    qputenv("OPENAI_API_KEY", "sk-workbench-test");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_server->setRoute("/models", ScriptedResponse::json(200, ModelList));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
    m_preferences = std::make_unique<Settings>(*m_settings);
    m_preferences->setValue(Settings::Key::DefaultModels, QStringList {QStringLiteral("openai/gpt-a")});
    const Profile profile = Profile::inDirectory(m_dir->filePath(QStringLiteral("profile")));
    QVERIFY(!profile.ensureDirectories());
    m_keys = std::make_unique<EnvironmentKeySource>();
    m_services = std::make_unique<ProviderServices>(profile, m_keys.get());
    QVERIFY(!m_services->registry().setBaseUrl(QStringLiteral("openai"), m_server->url(QStringLiteral("/v1"))));
    m_database = std::make_unique<Store::Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<Store::ConversationStore>(*m_database);
}

void TestWorkbench::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_database.reset();
    m_services.reset();
    m_keys.reset();
    m_preferences.reset();
    m_settings.reset();
    m_server.reset();
    m_dir.reset();
    qunsetenv("OPENAI_API_KEY");
}

void TestWorkbench::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setConversationStore(*m_store);
    m_window->setProviderServices(*m_services);
    m_window->setPreferences(*m_preferences);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWorkbench::clickAction(qint64 messageId, MessageListView::Action action)
{
    MessageListView *list = m_window->chatView()->messageList();
    list->scrollToMessage(messageId);
    const QRect rect = list->actionRect(messageId, action);
    QVERIFY2(rect.isValid(), "the action is not on screen");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

// Types the prompt and presses Enter; returns the reply once it is finished.
qint64 TestWorkbench::sendFromComposer(const QString &prompt)
{
    QSignalSpy finished(m_window->turnRunner(), &TurnRunner::replyFinished);
    auto *editor = m_window->composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, prompt);
    QTest::keyClick(editor, Qt::Key_Return);
    if (!finished.wait(10000) && finished.isEmpty()) {
        return 0;
    }
    return finished.constFirst().constFirst().toLongLong();
}

void TestWorkbench::aConversationFromStartToRelaunch()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setConversationStore(*m_store);
    m_window->setProviderServices(*m_services);
    m_window->setPreferences(*m_preferences);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ChatView *chat = m_window->chatView();
    MessageListView *list = chat->messageList();

    // 1. The prompt streams into the chat view: Markdown rendered, the code highlighted.
    m_server->enqueue(codeAnswer());
    // After each frame that rendered streamed text (this connection runs after
    // the view's), how much the view shows. Not strictly growing: a code
    // fence's marks disappear as it closes.
    QList<int> shown;
    qint64 streaming = 0;
    connect(m_window->turnRunner(), &TurnRunner::replyStarted, this,
        [&streaming](qint64, qint64, qint64 replyId) { streaming = replyId; });
    connect(&FrameTicker::instance(), &FrameTicker::tick, this, [&shown, &streaming, list] {
        const QTextDocument *document = streaming != 0 ? list->bodyDocument(streaming) : nullptr;
        const int size = document ? int(document->toPlainText().size()) : 0;
        if (size > 0 && (shown.isEmpty() || shown.constLast() != size)) {
            shown.append(size);
        }
    });
    const qint64 first = sendFromComposer(QStringLiteral("Show me a counter"));
    QVERIFY(first != 0);
    disconnect(m_window->turnRunner(), &TurnRunner::replyStarted, this, nullptr);
    disconnect(&FrameTicker::instance(), &FrameTicker::tick, this, nullptr);
    QVERIFY2(shown.size() > 2, "the answer did not stream");
    QVERIFY2(shown.constFirst() > 0 && shown.constLast() > shown.constFirst(), "the view did not follow the stream");
    const qint64 conversation = m_window->currentConversationId();
    QVERIFY(conversation != 0);
    QCOMPARE(chat->conversationId(), conversation);
    QVERIFY(chat->isVisible());
    QCOMPARE(list->rowCount(), 2);
    QTextDocument *body = list->bodyDocument(first);
    QVERIFY(body);
    QVERIFY(!body->toPlainText().contains(QStringLiteral("```")));
    const QTextBlock code = blockContaining(body, QStringLiteral("int count = 42;"));
    QVERIFY(code.isValid());
    QVERIFY2(highlighted(code), "the code block is not highlighted");
    QCOMPARE(m_store->message(first)->status, Store::MessageStatus::Complete);

    // 2. Regenerate: a second version of the reply, which the navigator walks back from.
    m_server->enqueue(plainAnswer("A second take."));
    QSignalSpy finished(m_window->turnRunner(), &TurnRunner::replyFinished);
    clickAction(first, MessageListView::Action::Regenerate);
    QVERIFY(finished.wait(10000));
    const qint64 second = finished.constFirst().constFirst().toLongLong();
    QVERIFY(second != first);
    QTRY_COMPARE(m_store->siblingIds(second).size(), 2);
    QTRY_VERIFY(list->rowOf(second) >= 0);
    QCOMPARE(list->rowOf(first), -1);
    clickAction(second, MessageListView::Action::PreviousVersion);
    QTRY_VERIFY(list->rowOf(first) >= 0);
    QCOMPARE(list->rowOf(second), -1);
    clickAction(first, MessageListView::Action::NextVersion);
    QTRY_VERIFY(list->rowOf(second) >= 0);

    // 3. Another model from the next turn on: the request goes to it, each reply records its model.
    m_window->useModel(QStringLiteral("openai/gpt-b"));
    m_server->enqueue(plainAnswer("From the other model."));
    const qint64 third = sendFromComposer(QStringLiteral("And now?"));
    QVERIFY(third != 0);
    const QList<QByteArray> requests = chatRequests(*m_server);
    QVERIFY(requests.constLast().contains(R"("model":"gpt-b")"));
    QVERIFY(requests.constFirst().contains(R"("model":"gpt-a")"));
    QCOMPARE(m_store->message(third)->model, QStringLiteral("openai/gpt-b"));
    QCOMPARE(m_store->message(second)->model, QStringLiteral("openai/gpt-a"));
    // Each lane continues from its own history: the second turn carried the first answer.
    QVERIFY(requests.constLast().contains("A second take."));

    // 4. A provider error shows inline with Retry, which answers it.
    m_server->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Server melted")));
    const qint64 failed = sendFromComposer(QStringLiteral("Once more"));
    QVERIFY(failed != 0);
    QCOMPARE(m_store->message(failed)->status, Store::MessageStatus::Error);
    QTRY_VERIFY(list->actionRect(failed, MessageListView::Action::Retry).isValid());
    m_server->enqueue(plainAnswer("Recovered."));
    finished.clear();
    clickAction(failed, MessageListView::Action::Retry);
    QVERIFY(finished.wait(10000));
    const qint64 retried = finished.constFirst().constFirst().toLongLong();
    QCOMPARE(m_store->message(retried)->status, Store::MessageStatus::Complete);
    QCOMPARE(m_store->message(retried)->content, QStringLiteral("Recovered."));
    QTRY_VERIFY(list->rowOf(retried) >= 0);
    const int rows = list->rowCount();

    // 5. File › Export: the suffix picks the format; a place that cannot be written says so.
    QAction *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
    QVERIFY(exportAction->isEnabled());
    const QString html = m_dir->filePath(QStringLiteral("counter.html"));
    FileDialog::setNextFileName(html);
    exportAction->trigger();
    QFile exported(html);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray page = exported.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("Recovered."));
    QVERIFY(page.contains("count"));
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("missing/folder/counter.md")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    exportAction->trigger();
    QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("could not be written")),
        qPrintable(MessageBox::lastMessage()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing/folder/counter.md"))));

    // 6. Quit and start again on the same store: the conversation is listed and opens as it was.
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setConversationStore(*m_store);
    m_window->setProviderServices(*m_services);
    m_window->setPreferences(*m_preferences);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentConversationId(), 0);
    m_window->openConversation(conversation);
    QCOMPARE(m_window->chatView()->messageList()->rowCount(), rows);
    QVERIFY(m_window->chatView()->messageList()->rowOf(retried) >= 0);
    QVERIFY(m_window->chatView()->messageList()->rowOf(second) >= 0);
}

void TestWorkbench::stopMidStream_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Esc") << true;
    QTest::newRow("Stop button") << false;
}

void TestWorkbench::stopMidStream()
{
    QFETCH(bool, escape);
    showWindow();
    MessageListView *list = m_window->chatView()->messageList();
    TurnRunner *runner = m_window->turnRunner();

    // The first words, then the server holds the stream open.
    const Protocol openAi = Protocol::OpenAI;
    ScriptedResponse partial = ScriptedResponse::stream(
        "text/event-stream", ProtocolScripts::head(openAi) + ProtocolScripts::text(openAi, "The first half"));
    partial.end = ScriptedResponse::End::Stall;
    m_server->enqueue(partial);
    QSignalSpy started(runner, &TurnRunner::replyStarted);
    QSignalSpy finished(runner, &TurnRunner::replyFinished);
    auto *editor = m_window->composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Tell me a long story"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(started.size(), 1);
    const qint64 reply = started.constFirst().at(2).toLongLong();
    QTRY_VERIFY(list->bodyDocument(reply)
        && list->bodyDocument(reply)->toPlainText().contains(QStringLiteral("The first half")));
    QVERIFY(finished.isEmpty());
    const qint64 conversation = m_window->currentConversationId();
    QVERIFY(runner->isRunning(conversation));
    auto *stopButton = m_window->composer()->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stopButton->isVisible());

    if (escape) {
        QTest::keyClick(editor, Qt::Key_Escape);
    } else {
        QTest::mouseClick(stopButton, Qt::LeftButton);
    }
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toLongLong(), reply);
    const std::optional<Store::Message> stored = m_store->message(reply);
    QVERIFY(stored);
    QCOMPARE(stored->status, Store::MessageStatus::Cancelled);
    QCOMPARE(stored->content, QStringLiteral("The first half"));
    // Shown as stopped: the partial text, with Retry.
    QTRY_VERIFY(
        list->rowOf(reply) >= 0 && list->messageAt(list->rowOf(reply)).status == Store::MessageStatus::Cancelled);
    QVERIFY(list->bodyDocument(reply)->toPlainText().contains(QStringLiteral("The first half")));
    QVERIFY(list->actionRect(reply, MessageListView::Action::Retry).isValid());
    QCOMPARE(list->actionRect(reply, MessageListView::Action::Stop), QRect());
    QTRY_VERIFY(!stopButton->isVisible());
    QVERIFY(!runner->isRunning(conversation));

    // The next prompt goes out, with the partial answer in its history.
    m_server->enqueue(plainAnswer("The whole story."));
    const qint64 next = sendFromComposer(QStringLiteral("Go on"));
    QVERIFY(next != 0);
    QCOMPARE(m_store->message(next)->status, Store::MessageStatus::Complete);
    QTRY_COMPARE(list->rowCount(), 4);
    const QByteArray body = chatRequests(*m_server).constLast();
    QVERIFY(body.contains("The first half"));
    QVERIFY(body.contains("Go on"));
}

void TestWorkbench::editAndResendMakesABranch()
{
    showWindow();
    MessageListView *list = m_window->chatView()->messageList();
    m_server->enqueue(plainAnswer("Answer one."));
    const qint64 a1 = sendFromComposer(QStringLiteral("First question"));
    m_server->enqueue(plainAnswer("Answer two."));
    const qint64 a2 = sendFromComposer(QStringLiteral("Second question"));
    QVERIFY(a1 != 0 && a2 != 0);
    const qint64 firstTurn = m_store->message(a1)->parentId.value_or(0);
    const qint64 secondTurn = m_store->message(a2)->parentId.value_or(0);
    QTRY_COMPARE(list->rowCount(), 4);

    // Edit the first prompt in place and send it (Ctrl+Enter).
    clickAction(firstTurn, MessageListView::Action::Edit);
    auto *editor = list->findChild<QPlainTextEdit *>(QStringLiteral("promptEditorText"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Edited question"));
    m_server->enqueue(plainAnswer("Answer to the edit."));
    QSignalSpy finished(m_window->turnRunner(), &TurnRunner::replyFinished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(10000));
    const qint64 b1 = finished.constFirst().constFirst().toLongLong();
    const qint64 editedTurn = m_store->message(b1)->parentId.value_or(0);
    QVERIFY(editedTurn != firstTurn);
    QCOMPARE(m_store->message(editedTurn)->content, QStringLiteral("Edited question"));
    QCOMPARE(m_store->siblingIds(editedTurn), (QList<qint64> {firstTurn, editedTurn}));
    // The edit's request holds the edited prompt and nothing of the old branch.
    QByteArray body = chatRequests(*m_server).constLast();
    QVERIFY(body.contains("Edited question"));
    QVERIFY(!body.contains("First question"));
    QVERIFY(!body.contains("Answer one."));
    QVERIFY(!body.contains("Second question"));
    QTRY_COMPARE(list->rowCount(), 2);
    QVERIFY(list->rowOf(editedTurn) >= 0);
    QVERIFY(list->rowOf(b1) >= 0);
    QCOMPARE(list->rowOf(secondTurn), -1);

    // A follow-up continues the new branch.
    m_server->enqueue(plainAnswer("Follow-up answer."));
    const qint64 b2 = sendFromComposer(QStringLiteral("And then?"));
    QVERIFY(b2 != 0);
    body = chatRequests(*m_server).constLast();
    QVERIFY(body.contains("Edited question"));
    QVERIFY(body.contains("Answer to the edit."));
    QVERIFY(body.contains("And then?"));
    QVERIFY(!body.contains("First question"));
    QVERIFY(!body.contains("Second question"));

    // The navigator walks back to the first branch, whole…
    clickAction(editedTurn, MessageListView::Action::PreviousVersion);
    QTRY_VERIFY(list->rowOf(firstTurn) >= 0);
    QCOMPARE(list->rowCount(), 4);
    QVERIFY(list->rowOf(a2) >= 0);
    QCOMPARE(list->rowOf(editedTurn), -1);
    QCOMPARE(list->rowOf(b2), -1);
    // …where a prompt continues that branch's history.
    m_server->enqueue(plainAnswer("Third answer."));
    const qint64 a3 = sendFromComposer(QStringLiteral("Third question"));
    QVERIFY(a3 != 0);
    body = chatRequests(*m_server).constLast();
    for (const char *part : {"First question", "Answer one.", "Second question", "Answer two.", "Third question"}) {
        QVERIFY2(body.contains(part), part);
    }
    QVERIFY(!body.contains("Edited question"));
    QTRY_COMPARE(list->rowCount(), 6);

    // And forward again to the edit, with its follow-up.
    clickAction(firstTurn, MessageListView::Action::NextVersion);
    QTRY_VERIFY(list->rowOf(editedTurn) >= 0);
    QVERIFY(list->rowOf(b2) >= 0);
    QCOMPARE(list->rowOf(a3), -1);
    QCOMPARE(list->rowCount(), 4);
}

void TestWorkbench::searchLandsOnTheHit()
{
    // A long conversation whose only "quokka" is in an early prompt, and another one.
    Store::Lane lane;
    lane.model = QStringLiteral("openai/gpt-a");
    const qint64 longId = m_store->createConversation({lane}).value_or(0);
    const qint64 laneId = m_store->lanes(longId).constFirst().id;
    qint64 target = 0;
    QVERIFY(m_database->transaction([&] {
        for (int i = 0; i < 150; ++i) {
            const QString prompt = i == 3 ? QStringLiteral("What does a quokka eat?")
                                          : QStringLiteral("Question %1 about the weather").arg(i);
            const qint64 turn = m_store->appendUserTurn(longId, prompt).value_or(0);
            target = i == 3 ? turn : target;
            const qint64 reply = m_store->beginReply(turn, laneId).value_or(0);
            if (!m_store->finishReply(reply,
                    QStringLiteral("Answer %1: mostly sunny,\nwith a chance of rain later.").arg(i), {},
                    Store::MessageStatus::Complete, {})) {
                return false;
            }
        }
        return true;
    }));
    // The other conversation asked about a platypus, then edited that prompt away.
    const qint64 otherId
        = m_store->createConversation({lane}, Store::ContextMode::Independent, {}, QStringLiteral("Animals"))
              .value_or(0);
    const qint64 platypus = m_store->appendUserTurn(otherId, QStringLiteral("Tell me about the platypus")).value_or(0);
    const qint64 edited = m_store->editUserTurn(platypus, QStringLiteral("Something else")).value_or(0);
    QVERIFY(platypus != 0 && edited != 0);
    QCOMPARE(m_store->activeTurns(otherId).constFirst().id, edited);
    // Its answer about echidnas was regenerated into another one.
    const qint64 otherLane = m_store->lanes(otherId).constFirst().id;
    const qint64 echidna = m_store->beginReply(edited, otherLane).value_or(0);
    QVERIFY(
        m_store->finishReply(echidna, QStringLiteral("Echidnas lay eggs."), {}, Store::MessageStatus::Complete, {}));
    const qint64 regenerated = m_store->beginReply(edited, otherLane).value_or(0);
    QVERIFY(
        m_store->finishReply(regenerated, QStringLiteral("Another answer."), {}, Store::MessageStatus::Complete, {}));
    QVERIFY(!m_store->message(echidna)->active);

    showWindow();
    m_window->openConversation(otherId);

    // Ctrl+F, the word, Down into the one hit and Enter: by keyboard alone.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *box = m_window->findChild<QLineEdit *>(QStringLiteral("conversationSearch"));
    QVERIFY(box);
    QTRY_VERIFY(box->hasFocus());
    QTest::keyClicks(box, QStringLiteral("quokka"));
    auto *hits = m_window->findChild<QListView *>(QStringLiteral("searchHits"));
    QVERIFY(hits);
    QTRY_COMPARE(hits->model()->rowCount(), 1);
    QTRY_VERIFY(hits->isVisible());
    const QModelIndex hit = hits->model()->index(0, 0);
    QCOMPARE(hit.data(ConversationsView::HitMessageRole).toLongLong(), target);
    QTest::keyClick(box, Qt::Key_Down);
    QTRY_VERIFY(hits->hasFocus());
    QCOMPARE(hits->currentIndex(), hit);
    QTest::keyClick(hits, Qt::Key_Return);

    // That conversation opens at that message, highlighted, far from the end.
    QCOMPARE(m_window->currentConversationId(), longId);
    MessageListView *list = m_window->chatView()->messageList();
    QCOMPARE(list->rowCount(), 300);
    QVERIFY(list->rowOf(target) >= 0);
    const QRect row = list->rowRect(target);
    QVERIFY2(list->viewport()->rect().intersects(row), "the hit is not on screen");
    QVERIFY2(row.top() >= 0 && row.top() < list->viewport()->height() / 2, "the hit is not near the top");
    QCOMPARE(list->highlightedMessage(), target);
    QVERIFY(!list->isFollowing());
    QVERIFY(m_window->chatView()->isVisible());

    // A hit in a version edited away opens that version.
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("platypus"));
    // Enter right after typing: the search runs now and its first hit opens.
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(hits->model()->index(0, 0).data(ConversationsView::HitMessageRole).toLongLong(), platypus);
    QCOMPARE(hits->model()->rowCount(), 1);
    QCOMPARE(m_window->currentConversationId(), otherId);
    QVERIFY(list->rowOf(platypus) >= 0);
    QCOMPARE(list->rowOf(edited), -1);
    QCOMPARE(list->highlightedMessage(), platypus);
    QCOMPARE(m_store->activeTurns(otherId).constFirst().id, platypus);

    // A hit in a reply regenerated away shows that version of the reply, on its branch (clicked).
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("echidnas"));
    QTRY_COMPARE(hits->model()->index(0, 0).data(ConversationsView::HitMessageRole).toLongLong(), echidna);
    QCOMPARE(hits->model()->rowCount(), 1);
    QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(hits->model()->index(0, 0)).center());
    QVERIFY(list->rowOf(echidna) >= 0);
    QCOMPARE(list->rowOf(regenerated), -1);
    QCOMPARE(list->rowOf(platypus), -1);
    QVERIFY(list->rowOf(edited) >= 0);
    QCOMPARE(list->highlightedMessage(), echidna);
    QVERIFY(m_store->message(echidna)->active);
}

// A comparison left with one lane opens in the plain chat view, its synthesis
// with it: Regenerate there asks the synthesis's model again (not the lane's runner).
void TestWorkbench::aSynthesisInTheChatViewIsAskedAgain()
{
    Store::Lane first;
    first.model = QStringLiteral("openai/gpt-a");
    Store::Lane second;
    second.model = QStringLiteral("openai/gpt-b");
    const qint64 id = m_store->createConversation({first, second}).value_or(0);
    const QList<Store::Lane> lanes = m_store->lanes(id);
    const qint64 turn = m_store->appendUserTurn(id, QStringLiteral("Tabs or spaces?")).value_or(0);
    for (const Store::Lane &lane : lanes) {
        const qint64 reply = m_store->beginReply(turn, lane.id).value_or(0);
        const QString text
            = lane.id == lanes.constFirst().id ? QStringLiteral("Spaces win.") : QStringLiteral("Tabs win.");
        QVERIFY(m_store->finishReply(reply, text, {}, Store::MessageStatus::Complete, {}));
    }
    const qint64 synthesis = Store::ComparisonStore(*m_store)
                                 .beginDerivedReply(turn, Store::MessageKind::Synthesis, QStringLiteral("openai/gpt-b"))
                                 .value_or(0);
    QVERIFY(m_store->finishReply(synthesis, QStringLiteral("Spaces."), {}, Store::MessageStatus::Complete, {}));
    QVERIFY(m_store->removeLane(lanes.at(1).id));

    showWindow();
    m_window->openConversation(id);
    MessageListView *list = m_window->chatView()->messageList();
    QTRY_VERIFY(list->rowOf(synthesis) >= 0);
    m_server->enqueue(plainAnswer("Spaces, for consistency."));
    clickAction(synthesis, MessageListView::Action::Regenerate);
    QTRY_COMPARE(m_store->siblingIds(synthesis).size(), 2);
    const qint64 again = m_store->siblingIds(synthesis).constLast();
    QTRY_COMPARE(m_store->message(again)->status, Store::MessageStatus::Complete);
    QCOMPARE(m_store->message(again)->content, QStringLiteral("Spaces, for consistency."));
    QCOMPARE(m_store->message(again)->kind, Store::MessageKind::Synthesis);
    QVERIFY(m_window->composer()->findChild<QLabel *>(QStringLiteral("composerError"))->isHidden());
    // Asked of the synthesis's model, with both replies.
    const QByteArray body = chatRequests(*m_server).constLast();
    QVERIFY(body.contains("\"model\":\"gpt-b\""));
    QVERIFY(body.contains("Spaces win."));
    QVERIFY(body.contains("Tabs win."));
    QTRY_VERIFY(list->rowOf(again) >= 0);
    QCOMPARE(list->rowOf(synthesis), -1);
    QTRY_COMPARE(list->messageAt(list->rowOf(again)).content, QStringLiteral("Spaces, for consistency."));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
