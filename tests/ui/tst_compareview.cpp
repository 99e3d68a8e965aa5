// The side-by-side comparison in the real window, against a loopback
// OpenAI-compatible server: lanes stream into their own panes, a lane toggled
// off gets no request, the reply kept in shared mode is what every lane
// continues from, blind mode names lanes A, B… until a vote, the layout comes
// back in a new window, and "Continue with this one" opens a one-lane
// conversation. Screenshots of two, four and eight lanes go to
// build/<preset>/screenshots/.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "chat/turnrunner.h"
#include "common/messagebox.h"
#include "compare/compareview.h"
#include "compare/derivedreplydialog.h"
#include "compare/lanepane.h"
#include "compare/modelchooserdialog.h"
#include "compare/scoreboardbar.h"
#include "compare/turnsummary.h"
#include "composer/composer.h"
#include "core/profile.h"
#include "loopbackserver.h"
#include "mainwindow/mainwindow.h"
#include "picker/modelpicker.h"
#include "protocolscripts.h"
#include "providers/providerservices.h"
#include "secrets/keysource.h"
#include "settings/settings.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "theme/theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Confer;
using namespace ConferTest;

namespace
{

const QByteArray ModelList = R"({"object":"list","data":[{"id":"gpt-a","object":"model"},)"
                             R"({"id":"gpt-b","object":"model"},{"id":"gpt-c","object":"model"},)"
                             R"({"id":"gpt-d","object":"model"}]})";

ScriptedResponse answer(const QByteArray &text)
{
    const Protocol openAi = Protocol::OpenAI;
    ScriptedResponse response = ScriptedResponse::stream("text/event-stream",
        ProtocolScripts::head(openAi) + ProtocolScripts::text(openAi, text.left(6))
            + ProtocolScripts::text(openAi, text.mid(6)) + ProtocolScripts::tail(openAi),
        7);
    response.paced = true;
    return response;
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

QStringList models(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i) {
        list.append(QStringLiteral("openai/gpt-%1").arg(QChar(char16_t(u'a' + i))));
    }
    return list;
}

// Every text a person or a screen reader can get from the window: widgets' texts, tooltips,
// accessible names, combo and tab items, and the documents the message lists paint.
QStringList windowTexts(QWidget *window)
{
    QStringList texts {window->windowTitle()};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window)) {
            continue;
        }
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts << label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            texts << button->text();
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            texts << line->text() << line->placeholderText();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                texts << combo->itemText(i);
            }
        } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
            }
        } else if (auto *list = qobject_cast<MessageListView *>(widget)) {
            for (int row = 0; row < list->rowCount(); ++row) {
                const Store::Message &message = list->messageAt(row);
                if (const QTextDocument *body = list->bodyDocument(message.id)) {
                    texts << body->toPlainText();
                }
                texts << list->note(message.id);
                if (message.laneId) {
                    // What the header paints: the lane's label, else the model.
                    texts << (list->laneLabel(*message.laneId).isEmpty() ? message.model
                                                                         : list->laneLabel(*message.laneId));
                }
            }
        }
    }
    return texts;
}

bool mentions(const QStringList &texts, const QString &needle)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&needle](const QString &text) { return text.contains(needle); });
}

}

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lanesStreamIntoTheirPanes_data();
    void lanesStreamIntoTheirPanes();
    void aLaneToggledOffGetsNothing();
    void sharedModeCarriesTheKeptReply();
    void blindModeHidesNamesUntilAVote();
    void layoutComesBackInANewWindow();
    void continueWithThisOne();
    void stopAndRetryOneLane();
    void aPickedModelGoesToTheFocusedLane();
    void synchronizedScrolling();
    void summaryMeasuresTheTurnAndSynthesizes();
    void screenshots_data();
    void screenshots();

private:
    void openWindow();
    qint64 startComparison(int lanes);
    // Types the prompt and presses Enter; true once `replies` replies finished.
    bool sendFromComposer(const QString &prompt, int replies);
    void clickAction(MessageListView *list, qint64 messageId, MessageListView::Action action);
    qint64 replyOfLane(qint64 turnId, qint64 laneId);

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

void TestCompareView::init()
{
    qputenv("OPENAI_API_KEY", "sk-compare-test");
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

void TestCompareView::cleanup()
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

void TestCompareView::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setConversationStore(*m_store);
    m_window->setProviderServices(*m_services);
    m_window->setPreferences(*m_preferences);
    m_window->setGeometry(0, 0, 1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// What Ctrl+click in the Models list does: a conversation with one lane per model, shown side by side.
qint64 TestCompareView::startComparison(int lanes)
{
    Q_EMIT m_window->modelPicker()->comparisonRequested(models(lanes));
    const qint64 id = m_window->currentConversationId();
    if (id == 0 || !m_window->isComparisonShown() || m_window->compareView()->panes().size() != lanes) {
        return 0;
    }
    return id;
}

bool TestCompareView::sendFromComposer(const QString &prompt, int replies)
{
    QSignalSpy finished(m_window->turnRunner(), &TurnRunner::replyFinished);
    auto *editor = m_window->composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, prompt);
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&] { return finished.size() >= replies; }, 15000);
}

void TestCompareView::clickAction(MessageListView *list, qint64 messageId, MessageListView::Action action)
{
    // A finished reply's actions come with its pane's next frame.
    QRect rect;
    const auto shown = [&] {
        list->scrollToMessage(messageId);
        rect = list->actionRect(messageId, action);
        return rect.isValid();
    };
    QTRY_VERIFY2(shown(), "the action is not on screen");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

qint64 TestCompareView::replyOfLane(qint64 turnId, qint64 laneId)
{
    for (const Store::Message &reply : m_store->repliesTo(turnId)) {
        if (reply.active && reply.laneId == laneId) {
            return reply.id;
        }
    }
    return 0;
}

void TestCompareView::lanesStreamIntoTheirPanes_data()
{
    QTest::addColumn<int>("lanes");
    QTest::newRow("two lanes") << 2;
    QTest::newRow("four lanes") << 4;
}

void TestCompareView::lanesStreamIntoTheirPanes()
{
    QFETCH(int, lanes);
    openWindow();
    const qint64 id = startComparison(lanes);
    QVERIFY(id != 0);
    QCOMPARE(m_window->composer()->findChild<QAbstractButton *>(QStringLiteral("modelChip"))->text(),
        QStringLiteral("%1 models").arg(lanes));
    QStringList texts;
    for (int i = 0; i < lanes; ++i) {
        texts.append(QStringLiteral("Answer number %1 from its own model.").arg(i + 1));
        m_server->enqueue(answer(texts.constLast().toUtf8()));
    }
    // While the answers stream, each pane's view grows with its own reply only.
    QHash<qint64, int> deltas;
    connect(m_window->turnRunner(), &TurnRunner::replyText, this,
        [&deltas](qint64 replyId, const QString &) { ++deltas[replyId]; });
    QVERIFY(sendFromComposer(QStringLiteral("Say which answer you are"), lanes));
    disconnect(m_window->turnRunner(), &TurnRunner::replyText, this, nullptr);
    QCOMPARE(chatRequests(*m_server).size(), lanes);

    const qint64 turn = m_store->activeTurns(id).constLast().id;
    QStringList shown;
    for (LanePane *pane : m_window->compareView()->panes()) {
        const qint64 reply = replyOfLane(turn, pane->laneId());
        QVERIFY(reply != 0);
        QVERIFY2(deltas.value(reply) >= 2, "the reply did not stream");
        MessageListView *list = pane->chatView()->messageList();
        QTRY_COMPARE(list->rowCount(), 2);
        QCOMPARE(list->messageAt(0).role, Store::MessageRole::User);
        QCOMPARE(list->messageAt(1).id, reply);
        QTRY_VERIFY(list->bodyDocument(reply));
        QCOMPARE(list->bodyDocument(reply)->toPlainText(), m_store->message(reply)->content);
        QCOMPARE(pane->stateText(), QString());
        QVERIFY(pane->isVisible());
        shown.append(m_store->message(reply)->content);
    }
    shown.sort();
    QCOMPARE(shown, texts);
}

void TestCompareView::aLaneToggledOffGetsNothing()
{
    openWindow();
    const qint64 id = startComparison(3);
    QVERIFY(id != 0);
    LanePane *off = m_window->compareView()->panes().at(1);
    auto *box = off->findChild<QCheckBox *>(QStringLiteral("laneSend"));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(!off->isSendEnabled());
    m_server->enqueue(answer("First of two answers."));
    m_server->enqueue(answer("Second of two answers."));
    QVERIFY(sendFromComposer(QStringLiteral("Only two of you"), 2));
    const QList<QByteArray> bodies = chatRequests(*m_server);
    QCOMPARE(bodies.size(), 2);
    const bool aAndC = (bodies.at(0).contains(R"("model":"gpt-a")") && bodies.at(1).contains(R"("model":"gpt-c")"))
        || (bodies.at(0).contains(R"("model":"gpt-c")") && bodies.at(1).contains(R"("model":"gpt-a")"));
    QVERIFY2(aAndC, "the requests did not go to the lanes toggled on");
    const qint64 turn = m_store->activeTurns(id).constLast().id;
    QCOMPARE(replyOfLane(turn, off->laneId()), 0);
    // The pane left out shows the prompt, and no answer.
    QTRY_COMPARE(off->chatView()->messageList()->rowCount(), 1);
    QCOMPARE(off->chatView()->messageList()->messageAt(0).id, turn);
}

void TestCompareView::sharedModeCarriesTheKeptReply()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    CompareView *view = m_window->compareView();
    auto *context = view->findChild<QComboBox *>(QStringLiteral("compareContextMode"));
    context->setCurrentIndex(1);
    Q_EMIT context->activated(1);
    QCOMPARE(m_store->conversation(id)->contextMode, Store::ContextMode::Shared);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("compareContextText"))->text().contains(QStringLiteral("keep")));
    const LanePane *first = view->panes().at(0);
    const LanePane *second = view->panes().at(1);

    // Turn 1, then Keep this on the second lane's reply: marked in both panes.
    m_server->enqueue(answer("Tulips open early."));
    m_server->enqueue(answer("Roses come later."));
    QVERIFY(sendFromComposer(QStringLiteral("Which flower?"), 2));
    const qint64 turn1 = m_store->activeTurns(id).constLast().id;
    const qint64 kept = replyOfLane(turn1, second->laneId());
    const QString keptText = m_store->message(kept)->content;
    const QString otherText = m_store->message(replyOfLane(turn1, first->laneId()))->content;
    QTRY_VERIFY(second->chatView()->messageList()->actionRect(kept, MessageListView::Action::Keep).isValid());
    clickAction(second->chatView()->messageList(), kept, MessageListView::Action::Keep);
    QTRY_VERIFY(m_store->message(kept)->chosen);
    QTRY_VERIFY(second->chatView()->messageList()->messageAt(1).chosen);
    QCOMPARE(first->chatView()->messageList()->note(turn1), QStringLiteral("gpt-b kept"));
    QCOMPARE(second->chatView()->messageList()->note(turn1), QString());

    // Turn 2: both lanes continue from the kept reply.
    int before = int(chatRequests(*m_server).size());
    m_server->enqueue(answer("Second turn, one."));
    m_server->enqueue(answer("Second turn, two."));
    QVERIFY(!MessageBox::hasPresetAnswers());
    QVERIFY(sendFromComposer(QStringLiteral("And after that?"), 2));
    QList<QByteArray> bodies = chatRequests(*m_server).mid(before);
    QCOMPARE(bodies.size(), 2);
    for (const QByteArray &body : std::as_const(bodies)) {
        QVERIFY2(body.contains(keptText.toUtf8()), body.constData());
        QVERIFY2(!body.contains(otherText.toUtf8()), body.constData());
    }

    // Turn 3 without keeping: the window asks which; the first lane's reply is chosen.
    const qint64 turn2 = m_store->activeTurns(id).constLast().id;
    const qint64 answeredFirst = replyOfLane(turn2, first->laneId());
    const QString chosenText = m_store->message(answeredFirst)->content;
    before = int(chatRequests(*m_server).size());
    m_server->enqueue(answer("Third turn, one."));
    m_server->enqueue(answer("Third turn, two."));
    MessageBox::setNextChoice(0);
    QVERIFY(sendFromComposer(QStringLiteral("Last one"), 2));
    QVERIFY(!MessageBox::hasPresetAnswers());
    QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Which reply")));
    QVERIFY(m_store->message(answeredFirst)->chosen);
    bodies = chatRequests(*m_server).mid(before);
    QCOMPARE(bodies.size(), 2);
    for (const QByteArray &body : std::as_const(bodies)) {
        QVERIFY2(body.contains(chosenText.toUtf8()), body.constData());
    }

    // With "keep the first finished reply" on, nothing is asked and one reply is kept.
    m_preferences->setValue(Settings::Key::KeepFirstFinished, true);
    const qint64 turn3 = m_store->activeTurns(id).constLast().id;
    m_server->enqueue(answer("Fourth turn, one."));
    m_server->enqueue(answer("Fourth turn, two."));
    QVERIFY(sendFromComposer(QStringLiteral("Really the last"), 2));
    const QList<Store::Message> replies = m_store->repliesTo(turn3);
    QCOMPARE(std::count_if(replies.cbegin(), replies.cend(), [](const Store::Message &m) { return m.chosen; }), 1);
}

void TestCompareView::blindModeHidesNamesUntilAVote()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    CompareView *view = m_window->compareView();
    QVERIFY(mentions(windowTexts(m_window.get()), QStringLiteral("gpt-b")));
    view->findChild<QCheckBox *>(QStringLiteral("compareBlind"))->click();
    QVERIFY(m_store->conversation(id)->blind);
    QCOMPARE(view->panes().at(0)->findChild<QLabel *>(QStringLiteral("laneName"))->text(), QStringLiteral("A"));
    QCOMPARE(view->panes().at(1)->findChild<QLabel *>(QStringLiteral("laneName"))->text(), QStringLiteral("B"));
    QVERIFY(!m_window->composer()->findChild<QAbstractButton *>(QStringLiteral("parametersButton"))->isEnabled());

    m_server->enqueue(answer("A plain answer."));
    m_server->enqueue(answer("Another plain answer."));
    QVERIFY(sendFromComposer(QStringLiteral("Who is better?"), 2));
    const qint64 turn = m_store->activeTurns(id).constLast().id;
    const LanePane *b = view->panes().at(1);
    const qint64 voted = replyOfLane(turn, b->laneId());
    QTRY_VERIFY(b->chatView()->messageList()->bodyDocument(voted));
    const QStringList hidden = windowTexts(m_window.get());
    for (const QString &name : {QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}) {
        QVERIFY2(!mentions(hidden, name), qPrintable(hidden.filter(name).join(QLatin1Char('|'))));
    }
    QVERIFY(mentions(hidden, QStringLiteral("B")));

    clickAction(b->chatView()->messageList(), voted, MessageListView::Action::Vote);
    QTRY_VERIFY(m_store->conversation(id)->revealed);
    const auto votes = Store::ComparisonStore(*m_store).votes(id);
    QVERIFY(votes && votes->size() == 1);
    QCOMPARE(votes->constFirst().replyId, voted);
    QVERIFY(votes->constFirst().blind);
    const QStringList revealed = windowTexts(m_window.get());
    QVERIFY(mentions(revealed, QStringLiteral("gpt-a")));
    QVERIFY(mentions(revealed, QStringLiteral("gpt-b")));
    QVERIFY(m_window->composer()->findChild<QAbstractButton *>(QStringLiteral("parametersButton"))->isEnabled());
    QCOMPARE(b->chatView()->messageList()->note(voted), QStringLiteral("your vote"));
}

void TestCompareView::layoutComesBackInANewWindow()
{
    openWindow();
    const qint64 id = startComparison(3);
    QVERIFY(id != 0);
    CompareView *view = m_window->compareView();
    auto *layout = view->findChild<QComboBox *>(QStringLiteral("compareLayout"));
    layout->setCurrentIndex(1);
    Q_EMIT layout->activated(1);
    QCOMPARE(view->layoutMode(), CompareView::Layout::Grid);
    QTRY_VERIFY(view->paneSizes().size() == 2 && view->paneSizes().at(0) > 100);
    const int total = view->paneSizes().at(0) + view->paneSizes().at(1);
    view->setPaneSizes({total / 3, total - total / 3});
    const QList<int> sizes = view->paneSizes();
    view->panes().at(2)->findChild<QCheckBox *>(QStringLiteral("laneSend"))->click();
    view->findChild<QCheckBox *>(QStringLiteral("compareSyncScroll"))->click();
    QVERIFY(view->syncScroll());
    const qint64 offLane = view->panes().at(2)->laneId();

    m_window->close();
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->currentConversationId(), 0);
    m_window->openConversation(id);
    view = m_window->compareView();
    QVERIFY(m_window->isComparisonShown());
    QCOMPARE(view->layoutMode(), CompareView::Layout::Grid);
    QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("compareLayout"))->currentIndex(), 1);
    QTRY_COMPARE(view->paneSizes(), sizes);
    QVERIFY(view->syncScroll());
    QCOMPARE(view->sendLanes().size(), 2);
    QVERIFY(!view->paneOf(offLane)->isSendEnabled());

    // Tabs: one tab per lane, named after its model.
    layout = view->findChild<QComboBox *>(QStringLiteral("compareLayout"));
    layout->setCurrentIndex(2);
    Q_EMIT layout->activated(2);
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("compareTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), QStringLiteral("openai/gpt-a"));
}

void TestCompareView::continueWithThisOne()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    m_server->enqueue(answer("Left says hello."));
    m_server->enqueue(answer("Right says hello."));
    QVERIFY(sendFromComposer(QStringLiteral("Hello both"), 2));
    LanePane *pane = m_window->compareView()->panes().at(1);
    const qint64 turn = m_store->activeTurns(id).constLast().id;
    const QString text = m_store->message(replyOfLane(turn, pane->laneId()))->content;
    pane->findChild<QAction *>(QStringLiteral("laneContinue"))->trigger();
    const qint64 forked = m_window->currentConversationId();
    QVERIFY(forked != id && forked != 0);
    QCOMPARE(m_store->lanes(forked).size(), 1);
    QCOMPARE(m_store->lanes(forked).constFirst().model, QStringLiteral("openai/gpt-b"));
    QVERIFY(!m_window->isComparisonShown());
    QVERIFY(m_window->chatView()->isVisible());
    MessageListView *list = m_window->chatView()->messageList();
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->messageAt(1).content, text);

    // Back in the comparison, Add lane asks for a model; the same model may come twice.
    m_window->openConversation(id);
    QVERIFY(m_window->isComparisonShown());
    ModelChooserDialog::setNextModel(QStringLiteral("openai/gpt-b"));
    m_window->compareView()->findChild<QAbstractButton *>(QStringLiteral("compareAddLane"))->click();
    QCOMPARE(m_window->compareView()->panes().size(), 3);
    QCOMPARE(m_store->lanes(id).constLast().model, QStringLiteral("openai/gpt-b"));
    // Removing lanes down to one shows the single chat view; the history stays.
    const QList<LanePane *> panes = m_window->compareView()->panes();
    panes.at(2)->findChild<QAction *>(QStringLiteral("laneRemove"))->trigger();
    QTRY_COMPARE(m_window->compareView()->panes().size(), 2);
    m_window->compareView()->panes().at(0)->findChild<QAction *>(QStringLiteral("laneRemove"))->trigger();
    QTRY_VERIFY(!m_window->isComparisonShown());
    QVERIFY(m_window->chatView()->isVisible());
    QCOMPARE(m_store->lanes(id, true).size(), 3);
}

void TestCompareView::stopAndRetryOneLane()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    CompareView *view = m_window->compareView();
    LanePane *stopped = view->panes().at(0);
    LanePane *running = view->panes().at(1);

    // Both answers held by the server: Stop on one pane cancels that lane only.
    ScriptedResponse held = answer("Held back until released.");
    held.held = true;
    m_server->enqueue(held);
    m_server->enqueue(held);
    QSignalSpy finished(m_window->turnRunner(), &TurnRunner::replyFinished);
    auto *editor = m_window->composer()->findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Take your time"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_server->heldCount(), 2);
    QVERIFY(stopped->runningReply() != 0 && running->runningReply() != 0);
    QCOMPARE(stopped->stateText(), QStringLiteral("streaming"));
    const qint64 cancelled = stopped->runningReply();
    stopped->findChild<QAbstractButton *>(QStringLiteral("laneStop"))->click();
    QTRY_COMPARE(m_store->message(cancelled)->status, Store::MessageStatus::Cancelled);
    QVERIFY(m_window->turnRunner()->isRunning(id));
    QTRY_COMPARE(stopped->stateText(), QStringLiteral("stopped"));
    m_server->releaseHeld();
    QTRY_COMPARE(finished.size(), 2);
    const qint64 turn = m_store->activeTurns(id).constLast().id;
    QCOMPARE(m_store->message(replyOfLane(turn, running->laneId()))->status, Store::MessageStatus::Complete);

    // A failure shows in its pane's header; Retry Failed asks that lane again, and only that one.
    m_server->enqueue(ScriptedResponse::json(500, ProtocolScripts::errorBody(Protocol::OpenAI, 500, "Server melted")));
    m_server->enqueue(answer("This one is fine."));
    QVERIFY(sendFromComposer(QStringLiteral("Once more"), 2));
    const qint64 turn2 = m_store->activeTurns(id).constLast().id;
    LanePane *failedPane = nullptr;
    for (LanePane *pane : view->panes()) {
        if (m_store->message(replyOfLane(turn2, pane->laneId()))->status == Store::MessageStatus::Error) {
            failedPane = pane;
        }
    }
    QVERIFY(failedPane);
    QTRY_COMPARE(failedPane->stateText(), QStringLiteral("failed"));
    const int before = int(chatRequests(*m_server).size());
    m_server->enqueue(answer("Recovered after the failure."));
    finished.clear();
    view->findChild<QAbstractButton *>(QStringLiteral("compareRetryFailed"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(chatRequests(*m_server).size(), before + 1);
    const qint64 retried = replyOfLane(turn2, failedPane->laneId());
    QCOMPARE(m_store->message(retried)->content, QStringLiteral("Recovered after the failure."));
    QTRY_COMPARE(failedPane->stateText(), QString());
    QTRY_VERIFY(failedPane->chatView()->messageList()->rowOf(retried) >= 0);
}

void TestCompareView::aPickedModelGoesToTheFocusedLane()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    CompareView *view = m_window->compareView();
    // No pane had the focus yet: the window asks which lane.
    MessageBox::setNextChoice(1);
    m_window->useModel(QStringLiteral("openai/gpt-c"));
    QVERIFY(!MessageBox::hasPresetAnswers());
    QCOMPARE(m_store->lanes(id).at(1).model, QStringLiteral("openai/gpt-c"));
    QCOMPARE(
        view->panes().at(1)->findChild<QLabel *>(QStringLiteral("laneName"))->text(), QStringLiteral("openai/gpt-c"));
    // The focused pane's lane takes the next pick, also after the focus went to the Models list.
    view->panes().at(0)->chatView()->messageList()->setFocus();
    QTRY_COMPARE(view->focusedLane(), view->panes().at(0)->laneId());
    m_window->modelPicker()->searchBox()->setFocus();
    m_window->useModel(QStringLiteral("openai/gpt-d"));
    QCOMPARE(m_store->lanes(id).at(0).model, QStringLiteral("openai/gpt-d"));
    QCOMPARE(m_store->lanes(id).at(1).model, QStringLiteral("openai/gpt-c"));

    // Move Right swaps the two lanes, in the store and on screen.
    const qint64 firstLane = view->panes().at(0)->laneId();
    view->panes().at(0)->findChild<QAction *>(QStringLiteral("laneMoveRight"))->trigger();
    QCOMPARE(m_store->lanes(id).at(1).id, firstLane);
    QCOMPARE(view->panes().at(1)->laneId(), firstLane);
}

void TestCompareView::synchronizedScrolling()
{
    Store::Lane a;
    a.model = QStringLiteral("openai/gpt-a");
    Store::Lane b = a;
    b.model = QStringLiteral("openai/gpt-b");
    const qint64 id = m_store->createConversation({a, b}).value();
    const QList<Store::Lane> lanes = m_store->lanes(id);
    for (int turn = 0; turn < 6; ++turn) {
        const qint64 prompt = m_store->appendUserTurn(id, QStringLiteral("Question %1").arg(turn + 1)).value();
        for (const Store::Lane &lane : lanes) {
            const qint64 reply = m_store->beginReply(prompt, lane.id).value();
            // The second lane answers at greater length: the panes scroll different distances.
            const QString text
                = QStringLiteral("A paragraph of an answer. ").repeated(lane.id == lanes.at(0).id ? 20 : 45);
            QVERIFY(m_store->finishReply(reply, text, {}, Store::MessageStatus::Complete, {}));
        }
    }
    openWindow();
    m_window->openConversation(id);
    CompareView *view = m_window->compareView();
    QVERIFY(m_window->isComparisonShown());
    QScrollBar *left = view->panes().at(0)->chatView()->messageList()->verticalScrollBar();
    QScrollBar *right = view->panes().at(1)->chatView()->messageList()->verticalScrollBar();
    QTRY_VERIFY(left->maximum() > 0 && right->maximum() > left->maximum());

    // Off: each pane scrolls on its own.
    left->setValue(0);
    right->setValue(right->maximum());
    QCOMPARE(right->value(), right->maximum());
    QCOMPARE(left->value(), 0);
    // On: the other pane keeps the same share of its way down.
    view->findChild<QCheckBox *>(QStringLiteral("compareSyncScroll"))->click();
    left->setValue(left->maximum());
    QTRY_COMPARE(right->value(), right->maximum());
    left->setValue(0);
    QTRY_COMPARE(right->value(), 0);
    right->setValue(right->maximum() / 2);
    // Rows not laid out yet count with estimated heights, so halfway is approximate.
    QTRY_VERIFY(left->value() > left->maximum() / 4 && left->value() < left->maximum() * 3 / 4);
}

// Under the panes: the latest turn measured, and a synthesis of it written
// by a model picked in the dialog, streamed into its own view.
void TestCompareView::summaryMeasuresTheTurnAndSynthesizes()
{
    openWindow();
    const qint64 id = startComparison(2);
    QVERIFY(id != 0);
    TurnSummary *summary = m_window->compareView()->summary();
    QVERIFY(summary->isVisible());
    auto *synthesize = summary->findChild<QPushButton *>(QStringLiteral("synthesizeButton"));
    QVERIFY(!synthesize->isEnabled()); // nothing to weigh yet

    m_server->enqueue(answer("Paris is the capital of France."));
    m_server->enqueue(answer("The capital of France is Paris."));
    QVERIFY(sendFromComposer(QStringLiteral("Capital of France?"), 2));
    const qint64 turn = m_store->activeTurns(id).constLast().id;
    QTRY_COMPARE(summary->shownTurn(), turn);
    // Measured once both replies are in (the summary refreshes after the events at hand).
    QTRY_VERIFY(summary->scoreboard()->agreementToolTip().contains(QStringLiteral("gpt-a")));
    QVERIFY(synthesize->isEnabled());
    QVERIFY(summary->findChild<QPushButton *>(QStringLiteral("diffButton"))->isEnabled());
    QVERIFY(!summary->derivedView()->isVisible());

    m_server->enqueue(answer("Paris."));
    synthesize->click();
    auto *dialog = m_window->findChild<DerivedReplyDialog *>();
    QVERIFY(dialog);
    dialog->setModel(QStringLiteral("openai/gpt-c"));
    QSignalSpy started(dialog, &DerivedReplyDialog::started);
    dialog->startButton()->click();
    QCOMPARE(started.size(), 1);
    const qint64 synthesis = started.first().first().toLongLong();
    QTRY_COMPARE(m_store->message(synthesis)->status, Store::MessageStatus::Complete);
    QCOMPARE(m_store->message(synthesis)->kind, Store::MessageKind::Synthesis);
    // The synthesis request carried both replies.
    const QByteArray body = chatRequests(*m_server).constLast();
    QVERIFY(body.contains("Paris is the capital of France."));
    QVERIFY(body.contains("The capital of France is Paris."));
    // Shown under the panes, not in a lane's pane.
    QTRY_VERIFY(summary->derivedView()->isVisible());
    QTRY_VERIFY(summary->derivedView()->messageList()->rowOf(synthesis) >= 0);
    for (LanePane *pane : m_window->compareView()->panes()) {
        QCOMPARE(pane->chatView()->messageList()->rowOf(synthesis), -1);
    }

    // Asking one again there, refused: said where the comparison's errors are (over the composer).
    const qint64 orphan = Store::ComparisonStore(*m_store)
                              .beginDerivedReply(turn, Store::MessageKind::Judgement, QStringLiteral("nosuch/judge"))
                              .value();
    QVERIFY(m_store->finishReply(orphan, QStringLiteral("| A | 3 |"), {}, Store::MessageStatus::Complete, {}));
    summary->refresh();
    clickAction(summary->derivedView()->messageList(), orphan, MessageListView::Action::Regenerate);
    auto *error = m_window->composer()->findChild<QLabel *>(QStringLiteral("composerError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Unknown provider 'nosuch'")), qPrintable(error->text()));
}

void TestCompareView::screenshots_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("2 light") << 2 << QStringLiteral("light");
    QTest::newRow("4 light") << 4 << QStringLiteral("light");
    QTest::newRow("4 dark") << 4 << QStringLiteral("dark");
    QTest::newRow("8 light") << 8 << QStringLiteral("light");
}

void TestCompareView::screenshots()
{
    QFETCH(int, lanes);
    QFETCH(QString, scheme);
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
    const QStringList names {QStringLiteral("anthropic/claude-sonnet-4"), QStringLiteral("openai/gpt-4.1"),
        QStringLiteral("gemini/gemini-2.5-pro"), QStringLiteral("ollama/llama3.2"), QStringLiteral("openai/o4-mini"),
        QStringLiteral("anthropic/claude-haiku-4"), QStringLiteral("gemini/gemini-2.5-flash"),
        QStringLiteral("ollama/qwen3:8b")};
    QList<Store::Lane> laneList;
    for (int i = 0; i < lanes; ++i) {
        Store::Lane lane;
        lane.model = names.at(i);
        if (i == 1) {
            lane.temperature = 0.2;
        }
        if (i == 2) {
            lane.systemPrompt = QStringLiteral("Answer like a careful reviewer.");
            lane.reasoning = ReasoningEffort::High;
        }
        laneList.append(lane);
    }
    // Four lanes share their context (the second reply kept); eight are blind (A to H).
    const qint64 id
        = m_store
              ->createConversation(laneList, lanes == 4 ? Store::ContextMode::Shared : Store::ContextMode::Independent)
              .value();
    Store::ComparisonStore comparisons(*m_store);
    if (lanes == 8) {
        QVERIFY(comparisons.setBlind(id, true));
    }
    const QList<Store::Lane> stored = m_store->lanes(id);
    const QStringList answers {
        QStringLiteral("Use `std::getline` on an `std::ifstream`:\n\n```cpp\nstd::ifstream in(\"notes.txt\");\n"
                       "std::string line;\nwhile (std::getline(in, line)) {\n    process(line);\n}\n```\n\nThe loop "
                       "stops at the end of the file or on a read error."),
        QStringLiteral("Open the file with `std::ifstream` and read it with `std::getline` in a loop. Check "
                       "`in.bad()` afterwards to tell an error from the end of the file."),
        QStringLiteral("**Short answer:** `std::getline`.\n\n- Keeps memory flat\n- Handles long lines\n- Works "
                       "with any stream"),
        QStringLiteral("You can do it like this:\n\n```cpp\nfor (std::string line; std::getline(in, line);)\n"
                       "    std::cout << line << '\\n';\n```"),
    };
    const qint64 turn
        = m_store->appendUserTurn(id, QStringLiteral("How do I read a file line by line in C++?")).value();
    for (int i = 0; i < lanes; ++i) {
        const qint64 reply = m_store->beginReply(turn, stored.at(i).id).value();
        Store::ReplyMetrics metrics;
        metrics.ttftMs = 300 + 140 * i;
        metrics.durationMs = 1800 + 650 * i;
        metrics.usage.inputTokens = 24;
        metrics.usage.outputTokens = 90 + 37 * i;
        metrics.usage.costUsd = 0.0009 * (i + 1);
        metrics.finishReason = FinishReason::Stop;
        if (i == 3) {
            ProviderError error;
            error.kind = ErrorKind::RateLimited;
            error.httpStatus = 429;
            error.providerMessage = QStringLiteral("Rate limit reached; try again in 20 s");
            m_store->finishReply(reply, {}, {}, Store::MessageStatus::Error, {}, error);
        } else {
            m_store->finishReply(reply, answers.at(i % answers.size()), {}, Store::MessageStatus::Complete, metrics);
        }
        if (lanes == 4 && i == 1) {
            QVERIFY(comparisons.keepReply(reply));
        }
    }
    MainWindow window(*m_settings);
    window.setConversationStore(*m_store);
    window.setProviderServices(*m_services); // a working window: the composer can send
    window.setColorScheme(Theme::fromString(scheme));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openConversation(id);
    QVERIFY(window.isComparisonShown());
    QCOMPARE(window.compareView()->panes().size(), lanes);
    QImage painted;
    QImage onScreen;
    const bool same = QTest::qWaitFor(
        [&] {
            painted = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
            onScreen = window.screen()->grabWindow(window.winId()).toImage().convertToFormat(QImage::Format_RGB32);
            return onScreen == painted;
        },
        10000);
    QVERIFY(same);
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/compare-%1-%2.png").arg(lanes).arg(scheme);
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));
    window.setColorScheme(Theme::ColorScheme::System);
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
