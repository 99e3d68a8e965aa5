// The comparison's scoreboard bar on the session's X server, light and dark:
// a row per lane with its figures and badge chips, estimated tokens marked,
// the agreement with its matrix on hover, the running cost; the pictures go
// to build/<preset>/screenshots/scoreboard-{light,dark}.png.
#include "compare/scoreboardbar.h"
#include "screengrab.h"
#include "theme/theme.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QScreen>
#include <QTest>
#include <QToolTip>

using namespace Confer;
using namespace Confer::Compare;
using namespace Confer::Store;

namespace
{

Message reply(qint64 lane, const QString &text, std::optional<qint64> ttft, std::optional<qint64> duration,
    std::optional<qint64> tokens, std::optional<double> cost, bool estimated = false,
    MessageStatus status = MessageStatus::Complete)
{
    Message m;
    m.id = 200 + lane;
    m.parentId = 1;
    m.laneId = lane;
    m.role = MessageRole::Assistant;
    m.status = status;
    m.content = text;
    m.metrics.ttftMs = ttft;
    m.metrics.durationMs = duration;
    m.metrics.usage.outputTokens = tokens;
    m.metrics.usage.costUsd = cost;
    m.metrics.tokensEstimated = estimated;
    m.metrics.finishReason = status == MessageStatus::Complete ? FinishReason::Stop : FinishReason::Unknown;
    return m;
}

struct Comparison {
    Message turn;
    QList<Message> replies;
    QHash<qint64, QString> labels;
};

Comparison comparison()
{
    Comparison c;
    c.turn.id = 1;
    c.replies = {
        reply(1, QStringLiteral("Merge sort is stable; quicksort usually is not."), 280, 1900, 214, 0.0019),
        reply(2, QStringLiteral("Merge sort. Quicksort's partitioning can reorder equal keys, so it is not stable."),
            610, 2300, 187, 0.0031),
        reply(3, QStringLiteral("Merge sort is stable."), 95, 700, 61, std::nullopt, true),
        reply(4, QStringLiteral("Merge sort is"), 400, std::nullopt, std::nullopt, std::nullopt, false,
            MessageStatus::Error),
    };
    c.labels = {{1, QStringLiteral("openai/gpt-4o")}, {2, QStringLiteral("anthropic/claude-sonnet-4")},
        {3, QStringLiteral("ollama/qwen3:8b")}, {4, QStringLiteral("gemini/gemini-2.5-flash")}};
    return c;
}

QList<QLabel *> labelsNamed(const QWidget &root, const QString &accessibleName)
{
    QList<QLabel *> found;
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->accessibleName() == accessibleName && label->isVisible()) {
            found.append(label);
        }
    }
    return found;
}

QLabel *labelStartingWith(const QWidget &root, const QString &text)
{
    for (QLabel *label : root.findChildren<QLabel *>()) {
        if (label->text().startsWith(text) && label->isVisible()) {
            return label;
        }
    }
    return nullptr;
}

}

class TestScoreboardBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void scoreboard_data();
    void scoreboard();
    void emptyAndReplaced();
    void keepsItsHeightWhenTheTurnFinishes();
};

void TestScoreboardBar::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
}

void TestScoreboardBar::cleanup()
{
    Theme::apply(Theme::ColorScheme::System);
}

void TestScoreboardBar::scoreboard_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestScoreboardBar::scoreboard()
{
    QFETCH(QString, scheme);
    Theme::apply(Theme::fromString(scheme));
    const Comparison c = comparison();
    const TurnScore score = scoreTurn(c.turn, c.replies);
    ConversationData data;
    data.messages = c.replies;
    ScoreboardBar bar;
    bar.setScore(score, c.labels);
    bar.setRunningCost(runningCost(data), c.labels);
    bar.resize(980, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    // A row per lane; the badges as chips named for screen readers.
    QCOMPARE(bar.accessibleName(), QStringLiteral("Scoreboard"));
    for (const QString &label : c.labels) {
        QVERIFY2(labelStartingWith(bar, label), qPrintable(label));
    }
    QCOMPARE(labelsNamed(bar, badgeName(Badge::FastestFirstToken)).size(), 1);
    QCOMPARE(labelsNamed(bar, badgeName(Badge::FastestOverall)).size(), 1);
    QCOMPARE(labelsNamed(bar, badgeName(Badge::Cheapest)).size(), 1);
    QCOMPARE(labelsNamed(bar, badgeName(Badge::Longest)).size(), 1);
    QCOMPARE(labelsNamed(bar, QStringLiteral("ollama/qwen3:8b, Output tokens, estimated: ≈61")).size(), 1);
    QCOMPARE(labelsNamed(bar, QStringLiteral("gemini/gemini-2.5-flash, Finish: Failed")).size(), 1);
    QWidget *qwenBadges = nullptr;
    for (QWidget *widget : bar.findChildren<QWidget *>()) {
        if (widget->accessibleName().startsWith(QLatin1String("ollama/qwen3:8b, Badges: "))) {
            qwenBadges = widget;
        }
    }
    QVERIFY(qwenBadges);
    QCOMPARE(
        qwenBadges->accessibleName(), QStringLiteral("ollama/qwen3:8b, Badges: Fastest first token, Fastest overall"));

    // The agreement, and on hover its matrix and what it measures.
    QLabel *agreement = labelStartingWith(bar, QStringLiteral("Agreement "));
    QVERIFY(agreement);
    QCOMPARE(agreement->text(), QStringLiteral("Agreement %1%").arg(qRound(*score.agreement * 100)));
    QVERIFY(bar.agreementToolTip().contains(QLatin1String("anthropic/claude-sonnet-4")));
    QVERIFY(bar.agreementToolTip().contains(agreementExplanation()));
    QVERIFY(!bar.agreementToolTip().contains(QLatin1String("gemini"))); // the failed reply is not compared
    QVERIFY(agreement->accessibleDescription().startsWith(agreementExplanation()));
    const QPoint inside = agreement->rect().center();
    QHelpEvent hover(QEvent::ToolTip, inside, agreement->mapToGlobal(inside));
    QApplication::sendEvent(agreement, &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(agreementExplanation()));
    QToolTip::hideText();

    QCOMPARE(bar.runningCostText(),
        QStringLiteral("Cost so far: openai/gpt-4o $0.0019 · anthropic/claude-sonnet-4 $0.0031 · ollama/qwen3:8b "
                       "unknown · gemini/gemini-2.5-flash unknown · total $0.0050 or more (some costs unknown)"));

    // What reached the screen, once painting has settled.
    const QImage onScreen = ConferTest::settledScreenshot(&bar);
    QVERIFY(!onScreen.isNull());
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/scoreboard-%1.png").arg(scheme);
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(onScreen.save(path));
    // The bar's background follows the scheme.
    QCOMPARE(QColor(onScreen.pixel(2, 2)).lightness() < 128, scheme == QLatin1String("dark"));
}

void TestScoreboardBar::emptyAndReplaced()
{
    ScoreboardBar bar;
    bar.setScore({}, {});
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(labelStartingWith(bar, QStringLiteral("No replies to measure yet.")));
    QVERIFY(!labelStartingWith(bar, QStringLiteral("Agreement ")));

    const Comparison c = comparison();
    bar.setScore(scoreTurn(c.turn, c.replies), c.labels);
    QVERIFY(!labelStartingWith(bar, QStringLiteral("No replies to measure yet.")));
    QVERIFY(labelStartingWith(bar, QStringLiteral("Agreement ")));
    // A second turn's score replaces the rows rather than adding to them.
    bar.setScore(scoreTurn(c.turn, c.replies.mid(0, 2)), c.labels);
    QVERIFY(labelStartingWith(bar, QStringLiteral("anthropic/claude-sonnet-4")));
    QVERIFY(!labelStartingWith(bar, QStringLiteral("ollama/qwen3:8b")));
    QCOMPARE(labelsNamed(bar, badgeName(Badge::Longest)).size(), 1);
    // Labels not given fall back to the lane's number.
    bar.setScore(scoreTurn(c.turn, c.replies.mid(0, 2)), {});
    QVERIFY(labelStartingWith(bar, QStringLiteral("Lane 1")));
}

// From the first words to the last reply, the bar stays as tall: it grows only
// with rows. A taller bar would shrink every pane above it, and repaint them all.
void TestScoreboardBar::keepsItsHeightWhenTheTurnFinishes()
{
    const Comparison c = comparison();
    QList<Message> streaming = c.replies;
    for (Message &m : streaming) {
        m.status = MessageStatus::Streaming;
        m.metrics.ttftMs.reset();
        m.metrics.durationMs.reset();
        m.metrics.finishReason = FinishReason::Unknown;
    }
    ScoreboardBar bar;
    bar.setScore(scoreTurn(c.turn, streaming), c.labels);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const auto chips = [&bar] {
        return labelsNamed(bar, QStringLiteral("Fastest first token")).size()
            + labelsNamed(bar, QStringLiteral("Longest")).size();
    };
    QCOMPARE(chips(), 0);
    // Once the layout requests the changes post have been handled.
    const auto settledHeight = [&bar] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return bar.sizeHint().height();
    };
    QLabel *agreement = labelStartingWith(bar, QStringLiteral("Agreement "));
    QVERIFY(agreement);
    QCOMPARE(agreement->text(), QStringLiteral("Agreement –"));
    QVERIFY(agreement->toolTip().startsWith(QStringLiteral("Measured once two replies have finished.")));
    const int streamingHeight = settledHeight();

    // One finished: badges for it, no agreement yet.
    streaming[0] = c.replies.at(0);
    bar.setScore(scoreTurn(c.turn, streaming), c.labels);
    QCOMPARE(agreement->text(), QStringLiteral("Agreement –"));
    QCOMPARE(settledHeight(), streamingHeight);

    // All finished: every badge, and the agreement.
    bar.setScore(scoreTurn(c.turn, c.replies), c.labels);
    QVERIFY(agreement->text() != QStringLiteral("Agreement –"));
    QVERIFY(chips() > 0);
    QCOMPARE(settledHeight(), streamingHeight);
}

QTEST_MAIN(TestScoreboardBar)
#include "tst_scoreboardbar.moc"
