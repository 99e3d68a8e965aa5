// A synthesis and a judgement in the chat view: headed "Synthesis by MODEL"
// and "Judgement by MODEL" instead of a lane's model, placed after the
// lanes' replies of their turn, each keeping its own row while streaming.

#include "chat/chatformat.h"
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Confer;
using namespace Confer::Store;

class TestDerivedChatView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titles_data();
    void titles();
    void derivedRepliesKeepTheirRows();
};

void TestDerivedChatView::titles_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("title");
    QTest::newRow("reply") << int(MessageKind::Reply) << QStringLiteral("gpt-test-2025");
    QTest::newRow("synthesis") << int(MessageKind::Synthesis) << QStringLiteral("Synthesis by openai/o3");
    QTest::newRow("judgement") << int(MessageKind::Judgement) << QStringLiteral("Judgement by openai/o3");
}

void TestDerivedChatView::titles()
{
    QFETCH(int, kind);
    QFETCH(QString, title);
    Message message;
    message.role = MessageRole::Assistant;
    message.kind = MessageKind(kind);
    message.model = QStringLiteral("openai/o3");
    message.metrics.answeredModel = QStringLiteral("gpt-test-2025");
    QCOMPARE(ChatFormat::modelName(message), title);
    QCOMPARE(ChatFormat::derivedTitle(MessageKind::Reply, message.model), QString());
}

void TestDerivedChatView::derivedRepliesKeepTheirRows()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY(database.open());
    ConversationStore store(database);
    QList<Lane> lanes;
    for (const QString &model : {QStringLiteral("openai/gpt-4o"), QStringLiteral("anthropic/claude-sonnet-4")}) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    const qint64 conversation = store.createConversation(lanes).value();
    const QList<Lane> stored = store.lanes(conversation);
    const qint64 turn = store.appendUserTurn(conversation, QStringLiteral("Tabs or spaces?")).value();
    for (const Lane &lane : stored) {
        const qint64 reply = store.beginReply(turn, lane.id).value();
        QVERIFY(store.finishReply(reply, QStringLiteral("Spaces."), {}, MessageStatus::Complete, {}));
    }

    ChatView view(store);
    view.resize(700, 500);
    view.setConversation(conversation);
    MessageListView *list = view.messageList();
    QCOMPARE(list->rowCount(), 3);

    ComparisonStore comparisons(store);
    const qint64 synthesis
        = comparisons.beginDerivedReply(turn, MessageKind::Synthesis, QStringLiteral("openai/o3")).value();
    view.onReplyStarted(conversation, 0, synthesis);
    view.onReplyText(synthesis, QStringLiteral("Spaces, mostly."));
    const qint64 judgement
        = comparisons.beginDerivedReply(turn, MessageKind::Judgement, QStringLiteral("anthropic/claude-opus")).value();
    view.onReplyStarted(conversation, 0, judgement);
    QCOMPARE(list->rowCount(), 5);
    QCOMPARE(list->rowOf(synthesis), 3);
    QCOMPARE(list->rowOf(judgement), 4);
    QCOMPARE(ChatFormat::modelName(list->messageAt(3)), QStringLiteral("Synthesis by openai/o3"));
    QCOMPARE(ChatFormat::modelName(list->messageAt(4)), QStringLiteral("Judgement by anthropic/claude-opus"));
    QCOMPARE(ChatFormat::modelName(list->messageAt(1)), QStringLiteral("openai/gpt-4o"));

    QVERIFY(store.finishReply(synthesis, QStringLiteral("Spaces, mostly."), {}, MessageStatus::Complete, {}));
    view.onReplyFinished(synthesis);
    view.reload();
    QCOMPARE(list->rowCount(), 5);
    QCOMPARE(list->messageAt(3).kind, MessageKind::Synthesis);
}

QTEST_MAIN(TestDerivedChatView)
#include "tst_derivedchatview.moc"
