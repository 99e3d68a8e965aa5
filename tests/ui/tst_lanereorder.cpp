// Reordering a comparison's lanes, in a real window under Xvfb: dragging a
// pane's header onto another pane with the mouse, and Ctrl+Shift+PageUp /
// PageDown from the keyboard. The new order is the store's, a lane removed
// earlier does not shift it, and a new CompareView on the same database file
// shows the same order, widths and lanes toggled off.
//
// The drag is the real one: press and move on the header until LanePane
// starts its QDrag. QDrag::exec() then runs its own event loop until the
// button is released, so the rest of the gesture (moves over the other pane,
// the release) is queued beforehand and runs inside that loop, where the
// platform's drag (xcb) takes the mouse events, finds the pane under them and
// delivers the drag enter, move and drop events as for a hand on the mouse.
#include "chat/chatview.h"
#include "chat/messagelistview.h"
#include "compare/compareview.h"
#include "compare/lanepane.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDrag>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <numeric>

using namespace Confer;

namespace
{

QList<qint64> paneOrder(const CompareView &view)
{
    QList<qint64> order;
    for (const LanePane *pane : view.panes()) {
        order.append(pane->laneId());
    }
    return order;
}

QList<qint64> storedOrder(Store::ConversationStore &store, qint64 conversationId)
{
    QList<qint64> order;
    for (const Store::Lane &lane : store.lanes(conversationId)) {
        order.append(lane.id);
    }
    return order;
}

}

class TestLaneReorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dragAHeaderOntoAnotherPane_data();
    void dragAHeaderOntoAnotherPane();
    void keyboardMovesTheFocusedLane();

private:
    void openStore();
    std::unique_ptr<CompareView> openView();
    // Drags from's header onto onto's messages; true when a QDrag ran the gesture and onto showed it was the target.
    // With a screenshot name, the window as it looks over the target goes to build/<preset>/screenshots/.
    bool dragPane(LanePane *from, LanePane *onto, const QString &screenshot = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ConversationStore> m_store;
    qint64 m_conversation = 0;
    QList<qint64> m_lanes; // a, b, c, d as shown; a removed lane sits between a and b in the store
};

void TestLaneReorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
    QList<Store::Lane> lanes;
    for (const char *model : {"openai/gpt-a", "openai/gpt-removed", "openai/gpt-b", "openai/gpt-c", "openai/gpt-d"}) {
        Store::Lane lane;
        lane.model = QString::fromLatin1(model);
        lanes.append(lane);
    }
    m_conversation = m_store->createConversation(lanes).value();
    const QList<Store::Lane> stored = m_store->lanes(m_conversation);
    QVERIFY(m_store->removeLane(stored.at(1).id));
    m_lanes = {stored.at(0).id, stored.at(2).id, stored.at(3).id, stored.at(4).id};
    QCOMPARE(storedOrder(*m_store, m_conversation), m_lanes);
}

void TestLaneReorder::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

void TestLaneReorder::openStore()
{
    m_store.reset();
    m_database = std::make_unique<Store::Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<Store::ConversationStore>(*m_database);
}

std::unique_ptr<CompareView> TestLaneReorder::openView()
{
    auto view = std::make_unique<CompareView>(*m_store);
    view->setGeometry(0, 0, 1200, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        return nullptr;
    }
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view.get())) {
        return nullptr;
    }
    view->setConversation(m_conversation);
    return view;
}

bool TestLaneReorder::dragPane(LanePane *from, LanePane *onto, const QString &screenshot)
{
    auto *header = from->findChild<QWidget *>(QStringLiteral("laneHeader"));
    auto *parameters = from->findChild<QLabel *>(QStringLiteral("laneParameters"));
    const QPoint start = parameters->mapTo(header, parameters->rect().center());
    QWidget *target = onto->chatView()->messageList()->viewport();
    const QPoint drop = target->rect().center();
    bool dragging = false;
    bool shown = false;
    QTimer::singleShot(0, from, [&] {
        // Inside QDrag::exec(): the pane's drag is under way.
        dragging = from->findChild<QDrag *>() != nullptr && !from->isDropTarget();
        QTest::mouseMove(target, drop - QPoint(12, 0));
        QTest::mouseMove(target, drop);
        // The pane under the mouse shows it is where the lane would go.
        shown = onto->isDropTarget();
        if (!screenshot.isEmpty() && QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots"))) {
            const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/%1.png").arg(screenshot);
            qInfo("screenshot: %s", qPrintable(path));
            from->window()->grab().save(path);
        }
        QTest::mouseRelease(target, Qt::LeftButton, {}, drop);
    });
    // Should the platform never take the release, Escape ends the drag: the test fails instead of hanging.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, from, [from] { QTest::keyClick(from, Qt::Key_Escape); });
    watchdog.start(10000);
    QTest::mousePress(header, Qt::LeftButton, {}, start);
    QTest::mouseMove(header, start + QPoint(QApplication::startDragDistance() / 2, 0));
    QTest::mouseMove(header, start + QPoint(QApplication::startDragDistance() + 8, 4));
    return dragging && shown && !onto->isDropTarget() && watchdog.isActive();
}

void TestLaneReorder::dragAHeaderOntoAnotherPane_data()
{
    QTest::addColumn<CompareView::Layout>("layout");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("onto");
    QTest::addColumn<QList<int>>("order"); // indexes into a, b, c, d
    const auto columns = CompareView::Layout::Columns;
    QTest::newRow("first onto third") << columns << 0 << 2 << QList<int> {1, 2, 0, 3};
    QTest::newRow("last onto first") << columns << 3 << 0 << QList<int> {3, 0, 1, 2};
    QTest::newRow("second onto its right neighbour") << columns << 1 << 2 << QList<int> {0, 2, 1, 3};
    QTest::newRow("grid: first onto last, across rows")
        << CompareView::Layout::Grid << 0 << 3 << QList<int> {1, 2, 3, 0};
}

void TestLaneReorder::dragAHeaderOntoAnotherPane()
{
    QFETCH(CompareView::Layout, layout);
    QFETCH(int, from);
    QFETCH(int, onto);
    QFETCH(QList<int>, order);
    QList<qint64> expected;
    for (int index : order) {
        expected.append(m_lanes.at(index));
    }

    std::unique_ptr<CompareView> view = openView();
    QVERIFY(view);
    view->setLayoutMode(layout);
    QCOMPARE(paneOrder(*view), m_lanes);
    // Lane b gets no prompts, and the panes (rows in a grid) have sizes of their own: both stay through the move.
    view->paneOf(m_lanes.at(1))->findChild<QCheckBox *>(QStringLiteral("laneSend"))->click();
    const qsizetype count = layout == CompareView::Layout::Grid ? 2 : 4;
    QTRY_VERIFY(view->paneSizes().size() == count && view->paneSizes().constLast() > 0);
    const QList<int> shown = view->paneSizes();
    const int total = std::accumulate(shown.cbegin(), shown.cend(), 0);
    const int share = total / int(count + 1);
    QList<int> wanted(count, share);
    wanted[0] = total - share * int(count - 1);
    view->setPaneSizes(wanted);
    const QList<int> sizes = view->paneSizes();
    QCOMPARE(sizes, wanted);

    const bool first = QByteArray(QTest::currentDataTag()) == "first onto third";
    QVERIFY2(dragPane(view->panes().at(from), view->panes().at(onto), first ? QStringLiteral("lane-drag") : QString()),
        "no drag ran the gesture");
    QCOMPARE(paneOrder(*view), expected);
    QCOMPARE(storedOrder(*m_store, m_conversation), expected);
    QCOMPARE(view->paneSizes(), sizes);
    QVERIFY(!view->paneOf(m_lanes.at(1))->isSendEnabled());
    // Every pane is on screen in its new place: left to right, in a grid two a row.
    for (qsizetype i = 0; i < view->panes().size(); ++i) {
        QVERIFY(view->panes().at(i)->isVisible());
        const QPoint at = view->panes().at(i)->mapTo(view.get(), QPoint());
        const QPoint before = i > 0 ? view->panes().at(i - 1)->mapTo(view.get(), QPoint()) : QPoint(-1, -1);
        if (layout == CompareView::Layout::Grid && i % 2 == 0) {
            QVERIFY(at.y() > before.y());
        } else {
            QVERIFY(at.x() > before.x());
            QCOMPARE(at.y() > before.y(), i == 0);
        }
    }

    // Closed, and opened again from the same file.
    view->close();
    view.reset();
    openStore();
    view = openView();
    QVERIFY(view);
    QCOMPARE(view->layoutMode(), layout);
    QCOMPARE(paneOrder(*view), expected);
    QTRY_COMPARE(view->paneSizes(), sizes);
    QVERIFY(!view->paneOf(m_lanes.at(1))->isSendEnabled());
    QCOMPARE(view->sendLanes().size(), 3);
    QVERIFY(!view->sendLanes().contains(m_lanes.at(1)));
}

void TestLaneReorder::keyboardMovesTheFocusedLane()
{
    std::unique_ptr<CompareView> view = openView();
    QVERIFY(view);
    LanePane *d = view->paneOf(m_lanes.at(3));
    QWidget *messages = d->chatView()->messageList();
    messages->setFocus();
    QTRY_VERIFY(messages->hasFocus());
    auto *moveLeft = d->findChild<QAction *>(QStringLiteral("laneMoveLeft"));
    auto *moveRight = d->findChild<QAction *>(QStringLiteral("laneMoveRight"));
    // The pane's menu says how.
    QCOMPARE(moveLeft->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    QCOMPARE(moveRight->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    QVERIFY(!moveRight->isEnabled()); // the last lane

    // Keys go to the window, as the platform delivers them, so that the shortcuts are looked up.
    // Twice left: the focus stays in the moved pane, so the second press moves it on.
    QTest::keyClick(view->windowHandle(), Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(paneOrder(*view), (QList<qint64> {m_lanes.at(0), m_lanes.at(1), m_lanes.at(3), m_lanes.at(2)}));
    QTRY_VERIFY(d->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(view->windowHandle(), Qt::Key_PageUp, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(paneOrder(*view), (QList<qint64> {m_lanes.at(0), m_lanes.at(3), m_lanes.at(1), m_lanes.at(2)}));
    QTRY_VERIFY(d->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(view->focusedLane(), m_lanes.at(3));
    // And once right again; only the focused pane's lane moves.
    QTest::keyClick(view->windowHandle(), Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<qint64> expected {m_lanes.at(0), m_lanes.at(1), m_lanes.at(3), m_lanes.at(2)};
    QCOMPARE(paneOrder(*view), expected);
    QCOMPARE(storedOrder(*m_store, m_conversation), expected);

    // In tabs, the tab moves and stays the one shown.
    view->setLayoutMode(CompareView::Layout::Tabs);
    auto *tabs = view->findChild<QTabWidget *>(QStringLiteral("compareTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(d);
    messages->setFocus();
    QTRY_VERIFY(messages->hasFocus());
    QTest::keyClick(view->windowHandle(), Qt::Key_PageDown, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<qint64> last {m_lanes.at(0), m_lanes.at(1), m_lanes.at(2), m_lanes.at(3)};
    QCOMPARE(paneOrder(*view), last);
    QCOMPARE(tabs->indexOf(d), 3);
    QCOMPARE(tabs->currentWidget(), d);
    QCOMPARE(tabs->tabText(3), d->displayName());
    QCOMPARE(tabs->tabText(2), view->panes().at(2)->displayName());
    QVERIFY(!moveRight->isEnabled());

    view->close();
    view.reset();
    openStore();
    view = openView();
    QVERIFY(view);
    QCOMPARE(paneOrder(*view), last);
}

QTEST_MAIN(TestLaneReorder)
#include "tst_lanereorder.moc"
