#include "conversations/conversationlistmodel.h"
#include "conversations/conversationsview.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Confer;
using Group = ConversationListModel::Group;

namespace
{
const QDateTime Now(QDate(2026, 6, 15), QTime(12, 0));

Store::Lane testLane()
{
    Store::Lane lane;
    lane.model = QStringLiteral("openai/gpt-4o");
    return lane;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store::Database> database;
    std::unique_ptr<Store::ConversationStore> store;

    Fixture()
    {
        database = std::make_unique<Store::Database>(dir.filePath(QStringLiteral("history.sqlite")));
        if (!database->open()) {
            qFatal("cannot open the test database: %s", qPrintable(database->lastError().message));
        }
        store = std::make_unique<Store::ConversationStore>(*database);
    }

    qint64 add(const QString &title, const QDateTime &updated, const QString &prompt = {})
    {
        store->setClock([updated] { return updated.toMSecsSinceEpoch(); });
        const auto id = store->createConversation({testLane()}, Store::ContextMode::Independent, {}, title);
        if (!id) {
            qFatal("cannot create a conversation");
        }
        if (!prompt.isEmpty()) {
            store->appendUserTurn(*id, prompt);
        }
        return *id;
    }
};

QStringList rowTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        texts.append((index.data(ConversationListModel::IsHeaderRole).toBool() ? QStringLiteral("# ") : QString())
            + index.data().toString());
    }
    return texts;
}

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}
}

class TestConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester()
    {
        Fixture fixture;
        for (int i = 0; i < 5; ++i) {
            fixture.add(QStringLiteral("c%1").arg(i), Now.addDays(-i * 3));
        }
        ConversationListModel model(*fixture.store);
        model.setClock([] { return Now; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QVERIFY(model.setPinned(model.conversationAt(model.rowCount() - 1), true));
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Renamed")));
        QCOMPARE(model.totalConversations(), 5);
    }

    void grouping_data()
    {
        QTest::addColumn<QDateTime>("updated");
        QTest::addColumn<Group>("group");
        QTest::newRow("this morning") << QDateTime(Now.date(), QTime(0, 5)) << Group::Today;
        QTest::newRow("last night") << QDateTime(Now.date().addDays(-1), QTime(23, 55)) << Group::Yesterday;
        QTest::newRow("yesterday morning") << QDateTime(Now.date().addDays(-1), QTime(0, 5)) << Group::Yesterday;
        QTest::newRow("three days ago") << Now.addDays(-3) << Group::PreviousWeek;
        QTest::newRow("seven days ago") << Now.addDays(-7) << Group::PreviousWeek;
        QTest::newRow("eight days ago") << Now.addDays(-8) << Group::Older;
        QTest::newRow("last year") << Now.addYears(-1) << Group::Older;
    }

    void grouping()
    {
        QFETCH(QDateTime, updated);
        QFETCH(Group, group);
        Fixture fixture;
        const qint64 id = fixture.add(QStringLiteral("One"), updated);
        ConversationListModel model(*fixture.store);
        model.setClock([] { return Now; });
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ConversationListModel::GroupRole).value<Group>(), group);
        QVERIFY(model.index(0, 0).data(ConversationListModel::IsHeaderRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), ConversationListModel::groupTitle(group));
        QCOMPARE(model.conversationAt(1), id);
    }

    void pinnedFirstThenNewest()
    {
        Fixture fixture;
        fixture.add(QStringLiteral("old"), Now.addDays(-30));
        const qint64 pinned = fixture.add(QStringLiteral("pinned old"), Now.addDays(-40));
        fixture.add(QStringLiteral("today early"), Now.addSecs(-3600));
        fixture.add(QStringLiteral("today late"), Now.addSecs(-60));
        fixture.add(QStringLiteral("yesterday"), Now.addDays(-1));
        QVERIFY(fixture.store->setPinned(pinned, true));
        ConversationListModel model(*fixture.store);
        model.setClock([] { return Now; });
        fetchAll(model);
        QCOMPARE(rowTexts(model),
            (QStringList {QStringLiteral("# Pinned"), QStringLiteral("pinned old"), QStringLiteral("# Today"),
                QStringLiteral("today late"), QStringLiteral("today early"), QStringLiteral("# Yesterday"),
                QStringLiteral("yesterday"), QStringLiteral("# Older"), QStringLiteral("old")}));
    }

    void lazyLoadingTenThousand()
    {
        Fixture fixture;
        const QDateTime start = Now.addDays(-100);
        QVERIFY(fixture.database->transaction([&] {
            for (int i = 0; i < 10000; ++i) {
                fixture.add(QStringLiteral("Conversation %1").arg(i), start.addSecs(i * 600));
            }
            return true;
        }));
        ConversationListModel model(*fixture.store);
        model.setClock([] { return Now; });
        QCOMPARE(model.totalConversations(), 10000);
        // The first page only (setClock reloads it).
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.loadedConversations(), ConversationListModel::PageSize);
        QVERIFY(model.rowCount() <= ConversationListModel::PageSize + 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QListView view;
        view.setModel(&model);
        view.resize(300, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        while (model.canFetchMore({})) {
            view.scrollToBottom();
            QCoreApplication::processEvents();
        }
        QCOMPARE(model.loadedConversations(), 10000);
        // Newest first, no conversation twice, one header per group.
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Conversation 9999"));
        QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("Conversation 0"));
        int headers = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            headers += model.index(row, 0).data(ConversationListModel::IsHeaderRole).toBool() ? 1 : 0;
        }
        QCOMPARE(model.rowCount() - headers, 10000);
    }

    void searchHitCarriesIds()
    {
        Fixture fixture;
        fixture.add(QStringLiteral("Unrelated"), Now, QStringLiteral("nothing to see"));
        const qint64 id = fixture.add(QStringLiteral("Animals"), Now, QStringLiteral("a striped zebra <runs>"));
        const auto turns = fixture.store->activeTurns(id);
        QCOMPARE(turns.size(), 1);
        ConversationsView view(*fixture.store);
        QAbstractItemModelTester tester(view.hitsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(300, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy picked(&view, &ConversationsView::searchHitActivated);
        QTest::keyClicks(view.findChild<QLineEdit *>(QStringLiteral("conversationSearch")), QStringLiteral("zebr"));
        QTRY_COMPARE(view.hitsModel()->rowCount(), 1);
        const QString html = view.hitsModel()->index(0, 0).data().toString();
        QVERIFY2(html.contains(QStringLiteral("<b>zebra</b>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("&lt;runs&gt;")), qPrintable(html));
        auto *hits = view.findChild<QListView *>(QStringLiteral("searchHits"));
        QVERIFY(hits->isVisible());
        QTest::mouseClick(hits->viewport(), Qt::LeftButton, {}, hits->visualRect(hits->model()->index(0, 0)).center());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toLongLong(), id);
        QCOMPARE(picked.at(0).at(1).toLongLong(), turns.constFirst().id);

        view.search(QString());
        QVERIFY(view.findChild<QListView *>(QStringLiteral("conversationList"))->isVisible());
    }

    void renamePinArchiveTrashUndo()
    {
        Fixture fixture;
        const qint64 first = fixture.add(QStringLiteral("First"), Now.addSecs(-100));
        const qint64 second = fixture.add(QStringLiteral("Second"), Now.addSecs(-50));
        ConversationsView view(*fixture.store);
        ConversationListModel *model = view.model();
        model->setClock([] { return Now; });
        fetchAll(*model);

        QVERIFY(model->setData(model->index(model->rowOf(first), 0), QStringLiteral("Renamed")));
        QCOMPARE(fixture.store->conversation(first)->title, QStringLiteral("Renamed"));
        QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("a header")));

        view.togglePinned(first);
        QVERIFY(fixture.store->conversation(first)->pinned);
        QCOMPARE(model->conversationAt(1), first);
        view.togglePinned(first);
        QVERIFY(!fixture.store->conversation(first)->pinned);

        view.archiveConversation(second);
        QVERIFY(fixture.store->conversation(second)->archived);
        QCOMPARE(model->rowOf(second), -1);

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.trashConversation(first);
        QVERIFY(fixture.store->conversation(first)->deletedAt.has_value());
        QCOMPARE(model->rowOf(first), -1);
        auto *undo = view.findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(!fixture.store->conversation(first)->deletedAt.has_value());
        QVERIFY(model->rowOf(first) >= 0);
        QVERIFY(!undo->isVisible());
    }

    void changeFromAnotherConnectionAppears()
    {
        Fixture fixture;
        fixture.add(QStringLiteral("Existing"), Now);
        ConversationListModel model(*fixture.store);
        model.setPollInterval(50);
        fetchAll(model);
        QCOMPARE(model.totalConversations(), 1);

        Store::Database other(fixture.database->filePath());
        QVERIFY(other.open());
        Store::ConversationStore otherStore(other);
        const auto id = otherStore.createConversation(
            {testLane()}, Store::ContextMode::Independent, {}, QStringLiteral("From confer ask"));
        QVERIFY(id);
        QSignalSpy changed(&model, &ConversationListModel::externallyChanged);
        QTRY_VERIFY(model.rowOf(*id) >= 0);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.totalConversations(), 2);
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
