// View › Leaderboard… on a real store: blind votes cast through
// ComparisonStore::vote rank the models in the window, in Elo order with
// their counts; the tag filter narrows them; votes cast while it is open show
// when it is brought forward again; with no votes it says how to make some.
// Light and dark pictures go to build/<preset>/screenshots/.
#include "compare/leaderboardmodel.h"
#include "compare/leaderboardwindow.h"
#include "mainwindow/mainwindow.h"
#include "store/comparisonstore.h"
#include "store/database.h"
#include "theme/theme.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Confer;

namespace
{
const QString Gpt = QStringLiteral("openai/gpt-4o");
const QString Claude = QStringLiteral("anthropic/claude-sonnet-4");
const QString Llama = QStringLiteral("ollama/llama3.2");
}

class TestLeaderboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void votesRankTheModels();
    void screenshot_data();
    void screenshot();

private:
    // A blind conversation of one turn that every model answered, and a vote for `winner`.
    // (Or with the names shown, unless blind.) Sets m_lastTurn.
    void blindVote(const QStringList &models, const QString &winner, const QStringList &tags = {}, bool blind = true);
    LeaderboardWindow *openLeaderboard();
    void fillForScreenshot();
    // The table as "model wins/losses/games", top row first.
    QStringList rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Store::Database> m_database;
    std::unique_ptr<Store::ConversationStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_clock = 1'700'000'000'000;
    qint64 m_lastTurn = 0;
};

void TestLeaderboard::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
}

void TestLeaderboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("confer.conf")), QSettings::IniFormat);
    m_database = std::make_unique<Store::Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<Store::ConversationStore>(*m_database);
    m_store->setClock([this] { return m_clock++; });
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->setConversationStore(*m_store);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLeaderboard::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_database.reset();
    m_settings.reset();
    m_dir.reset();
    Theme::apply(Theme::ColorScheme::System);
}

void TestLeaderboard::blindVote(const QStringList &models, const QString &winner, const QStringList &tags, bool blind)
{
    QList<Store::Lane> lanes;
    for (const QString &model : models) {
        Store::Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    const auto conversation = m_store->createConversation(lanes);
    QVERIFY(conversation);
    Store::ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(*conversation, blind));
    QVERIFY(m_store->setTags(*conversation, tags));
    const auto turn = m_store->appendUserTurn(*conversation, QStringLiteral("Explain recursion in one sentence."));
    QVERIFY(turn);
    m_lastTurn = *turn;
    qint64 voted = 0;
    for (const Store::Lane &lane : m_store->lanes(*conversation)) {
        const auto reply = m_store->beginReply(*turn, lane.id);
        QVERIFY(reply);
        QVERIFY(m_store->finishReply(
            *reply, QStringLiteral("A function that calls itself."), {}, Store::MessageStatus::Complete, {}));
        if (lane.model == winner) {
            voted = *reply;
        }
    }
    QVERIFY(comparisons.vote(voted));
}

LeaderboardWindow *TestLeaderboard::openLeaderboard()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("leaderboardAction"));
    if (!action || action->text() != QStringLiteral("&Leaderboard…")) {
        return nullptr;
    }
    action->trigger();
    auto *leaderboard = m_window->findChild<LeaderboardWindow *>();
    return leaderboard && leaderboard->isVisible() && leaderboard->isWindow() ? leaderboard : nullptr;
}

QStringList TestLeaderboard::rows() const
{
    const auto *leaderboard = m_window->findChild<LeaderboardWindow *>();
    const LeaderboardModel *model = leaderboard->model();
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        result << QStringLiteral("%1 %2/%3/%4")
                      .arg(cell(LeaderboardModel::ModelColumn), cell(LeaderboardModel::WinsColumn),
                          cell(LeaderboardModel::LossesColumn), cell(LeaderboardModel::GamesColumn));
    }
    return result;
}

void TestLeaderboard::votesRankTheModels()
{
    // No votes yet: the window says how to make some.
    LeaderboardWindow *leaderboard = openLeaderboard();
    QVERIFY(leaderboard);
    QAbstractItemModelTester tester(leaderboard->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *pages = leaderboard->findChild<QStackedWidget *>();
    auto *empty = leaderboard->findChild<QLabel *>(QStringLiteral("leaderboardEmpty"));
    auto *table = leaderboard->findChild<QTreeView *>(QStringLiteral("leaderboardTable"));
    auto *tags = leaderboard->findChild<QComboBox *>(QStringLiteral("leaderboardTags"));
    QVERIFY(pages && empty && table && tags);
    QCOMPARE(pages->currentWidget(), empty);
    QVERIFY2(empty->text().contains(QStringLiteral("Turn on Blind mode in a comparison and vote for the best reply")),
        qPrintable(empty->text()));
    QVERIFY(!empty->accessibleName().isEmpty());
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!tags->accessibleName().isEmpty());
    QCOMPARE(tags->count(), 1);
    QVERIFY(!tags->isEnabled());

    // Claude wins twice, GPT once; llama only loses. A vote cast with the names shown does not count.
    blindVote({Gpt, Claude, Llama}, Claude, {QStringLiteral("code")});
    blindVote({Gpt, Llama}, Gpt, {QStringLiteral("writing")});
    blindVote({Claude, Llama}, Claude, {QStringLiteral("code"), QStringLiteral("writing")});
    blindVote({Llama, Gpt}, Llama, {QStringLiteral("code")}, false);

    // Brought forward again, the window reads the votes.
    QCOMPARE(openLeaderboard(), leaderboard);
    QCOMPARE(m_window->findChildren<LeaderboardWindow *>().size(), 1);
    QCOMPARE(pages->currentWidget(), table);
    QCOMPARE(leaderboard->voteCount(), 3);
    // Claude 1032, then 1045; GPT 984, then 1000; llama 984, 968, then 955.
    QCOMPARE(rows(),
        (QStringList {
            Claude + QStringLiteral(" 3/0/3"), Gpt + QStringLiteral(" 1/1/2"), Llama + QStringLiteral(" 0/3/3")}));
    const LeaderboardModel *model = leaderboard->model();
    QCOMPARE(model->index(0, LeaderboardModel::RankColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(2, LeaderboardModel::RankColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(0, LeaderboardModel::EloColumn).data(Qt::UserRole).toDouble() > 1040, true);
    QCOMPARE(model->index(2, LeaderboardModel::EloColumn).data(Qt::UserRole).toDouble() < 1000, true);
    QCOMPARE(model->index(1, LeaderboardModel::WinRateColumn).data().toString(), QStringLiteral("50%"));
    QCOMPARE(model->index(2, LeaderboardModel::WinRateColumn).data().toString(), QStringLiteral("0%"));
    QCOMPARE(model->headerData(LeaderboardModel::EloColumn, Qt::Horizontal).toString(), QStringLiteral("Elo"));
    auto *summary = leaderboard->findChild<QLabel *>(QStringLiteral("leaderboardSummary"));
    QCOMPARE(summary->text(), QStringLiteral("Blind votes: 3 · Models: 3"));

    // The tag filter: all tags, then each tag in the store.
    QCOMPARE(tags->count(), 3);
    QVERIFY(tags->isEnabled());
    QCOMPARE(tags->itemText(0), QStringLiteral("All tags"));
    QCOMPARE(tags->itemText(1), QStringLiteral("code"));
    QCOMPARE(tags->itemText(2), QStringLiteral("writing"));
    tags->setCurrentIndex(1);
    QCOMPARE(leaderboard->tag(), QStringLiteral("code"));
    QCOMPARE(leaderboard->voteCount(), 2);
    QCOMPARE(rows(),
        (QStringList {
            Claude + QStringLiteral(" 3/0/3"), Gpt + QStringLiteral(" 0/1/1"), Llama + QStringLiteral(" 0/2/2")}));
    // GPT beat llama at 1000 (+16), Claude beat it at 984 (+15.3).
    tags->setCurrentIndex(2);
    QCOMPARE(rows(),
        (QStringList {
            Gpt + QStringLiteral(" 1/0/1"), Claude + QStringLiteral(" 1/0/1"), Llama + QStringLiteral(" 0/2/2")}));

    // A vote cast while the window is open counts at once.
    blindVote({Gpt, Llama}, Llama, {QStringLiteral("writing")});
    QCOMPARE(leaderboard->voteCount(), 3);
    QVERIFY2(rows().contains(Gpt + QStringLiteral(" 1/1/2")), qPrintable(rows().join(QStringLiteral(", "))));
    // Trash is read again when the window is shown again; the tag stays chosen.
    leaderboard->hide();
    QVERIFY(m_store->moveToTrash(m_store->message(m_lastTurn)->conversationId));
    QCOMPARE(openLeaderboard(), leaderboard);
    QCOMPARE(leaderboard->tag(), QStringLiteral("writing"));
    QCOMPARE(leaderboard->voteCount(), 2);

    // A tag with no blind votes says so, and how to make some.
    blindVote({Gpt, Claude}, Gpt, {QStringLiteral("poetry")});
    QVERIFY(Store::ComparisonStore(*m_store).clearVote(m_lastTurn));
    leaderboard->refresh();
    leaderboard->setTag(QStringLiteral("poetry"));
    QCOMPARE(leaderboard->tag(), QStringLiteral("poetry"));
    QCOMPARE(pages->currentWidget(), empty);
    QVERIFY(empty->text().contains(QStringLiteral("“poetry”")));
    QVERIFY(empty->text().contains(QStringLiteral("Blind mode")));
    QCOMPARE(summary->text(), QStringLiteral("Leaderboard"));

    // Esc closes it; Ctrl+Shift+L in the main window opens it again.
    QTest::keyClick(leaderboard, Qt::Key_Escape);
    QTRY_VERIFY(!leaderboard->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(leaderboard->isVisible());
    QCOMPARE(m_window->findChildren<LeaderboardWindow *>().size(), 1);
}

void TestLeaderboard::screenshot_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
    QTest::newRow("empty") << QStringLiteral("light");
}

void TestLeaderboard::fillForScreenshot()
{
    const QString deepseek = QStringLiteral("openrouter/deepseek/deepseek-r1");
    const QString gemini = QStringLiteral("gemini/gemini-2.5-pro");
    blindVote({Gpt, Claude, Llama, gemini}, Claude, {QStringLiteral("code")});
    blindVote({Gpt, Claude, deepseek}, Gpt, {QStringLiteral("code")});
    blindVote({Claude, gemini}, gemini, {QStringLiteral("writing")});
    blindVote({Gpt, deepseek, Llama}, deepseek, {QStringLiteral("maths")});
    blindVote({Claude, Gpt}, Claude, {QStringLiteral("writing")});
    blindVote({gemini, deepseek, Llama}, gemini, {QStringLiteral("code")});
    blindVote({Claude, Llama}, Claude, {QStringLiteral("code")});
}

void TestLeaderboard::screenshot()
{
    QFETCH(QString, scheme);
    // "empty": only a vote cast with the names shown, which ranks nobody.
    const bool empty = QByteArrayView(QTest::currentDataTag()) == "empty";
    if (empty) {
        blindVote({Gpt, Claude}, Gpt, {QStringLiteral("code")}, false);
    } else {
        fillForScreenshot();
    }
    m_window->setColorScheme(Theme::fromString(scheme));
    LeaderboardWindow *leaderboard = openLeaderboard();
    QVERIFY(leaderboard);
    leaderboard->setGeometry(40, 40, 680, 440);
    QVERIFY(QTest::qWaitForWindowExposed(leaderboard));
    if (empty) {
        QCOMPARE(leaderboard->model()->rowCount(), 0);
    } else {
        QCOMPARE(leaderboard->model()->rowCount(), 5);
        QCOMPARE(leaderboard->model()->ratings().first().model, Claude);
    }

    QImage painted;
    QImage onScreen;
    const bool same = QTest::qWaitFor(
        [&] {
            painted = leaderboard->grab().toImage().convertToFormat(QImage::Format_RGB32);
            onScreen = leaderboard->screen()
                           ->grabWindow(leaderboard->winId())
                           .toImage()
                           .convertToFormat(QImage::Format_RGB32);
            return onScreen == painted;
        },
        10000);
    QVERIFY(same);
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/leaderboard-%1.png")
                             .arg(QString::fromLatin1(QTest::currentDataTag()));
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));
    // The table follows the scheme.
    const QColor base = leaderboard->findChild<QTreeView *>()->viewport()->palette().color(QPalette::Base);
    QCOMPARE(base.lightness() < 128, scheme == QLatin1String("dark"));
}

QTEST_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
