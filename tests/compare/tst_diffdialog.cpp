// The diff dialog on a real store, on the session's X server: which replies
// it offers and how it names them (letters only in a blind comparison), the
// removed words struck out on red and the added ones on green in either
// colour scheme, the counts, inline and side by side; screenshots in light
// and dark under build/<preset>/screenshots/diff-*.png.

#include "compare/comparisonactions.h"
#include "compare/diffdialog.h"
#include "store/comparisonstore.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Confer;
using namespace Confer::Store;

namespace
{

const QString ReplyA = QStringLiteral(
    "Use slicing to get a reversed copy:\n\n    items[::-1]\n\nOr call `items.reverse()` to reverse the list in "
    "place; it returns None. Slicing is the most readable choice for short lists, and it works on strings and "
    "tuples too.");
const QString ReplyB = QStringLiteral(
    "Call `reversed(items)` to get an iterator, or use slicing for a reversed copy:\n\n    list(reversed(items))\n\n"
    "To reverse the list in place, call `items.reverse()`; it returns None. Slicing is the fastest choice for short "
    "lists, and it works on strings and tuples too.");

struct Formatted {
    QString struck;
    QString tinted; // any background colour
    QList<QColor> backgrounds;
};

// The text of a document by how it is drawn.
Formatted formattedText(const QTextDocument *document)
{
    Formatted result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontStrikeOut()) {
                result.struck += fragment.text();
            }
            if (format.background().style() != Qt::NoBrush) {
                result.tinted += fragment.text();
                result.backgrounds.append(format.background().color());
            }
        }
    }
    return result;
}

QString spansOf(const QList<Compare::DiffSpan> &spans, Compare::DiffSpan::Kind kind)
{
    QString text;
    for (const Compare::DiffSpan &span : spans) {
        if (span.kind == kind) {
            text += span.text;
        }
    }
    return text.remove(QLatin1Char('\n')); // line breaks are block boundaries in a document
}

}

class TestDiffDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offersFinishedRepliesWithLabels();
    void blindComparisonShowsLettersOnly();
    void marksRemovedAndAddedWords_data();
    void marksRemovedAndAddedWords();
    void inlineAndSideBySide();
    void tooFewReplies();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_conversation = 0;
    qint64 m_turn = 0;
    QList<qint64> m_replies; // A, B, the synthesis
};

void TestDiffDialog::initTestCase()
{
    QVERIFY(QDir().mkpath(QStringLiteral(CONFER_BUILD_DIR "/screenshots")));
}

void TestDiffDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_database->open());
    m_store = std::make_unique<ConversationStore>(*m_database);
    QList<Lane> lanes;
    for (const QString &model : {QStringLiteral("openai/gpt-4o"), QStringLiteral("anthropic/claude-sonnet-4"),
             QStringLiteral("gemini/gemini-2.5-pro")}) {
        Lane lane;
        lane.model = model;
        lanes.append(lane);
    }
    m_conversation = m_store->createConversation(lanes).value();
    const QList<Lane> stored = m_store->lanes(m_conversation);
    m_turn = m_store->appendUserTurn(m_conversation, QStringLiteral("How do I reverse a list in Python?")).value();
    m_replies.clear();
    const qint64 a = m_store->beginReply(m_turn, stored.at(0).id).value();
    QVERIFY(m_store->finishReply(a, ReplyA, {}, MessageStatus::Complete, {}));
    const qint64 b = m_store->beginReply(m_turn, stored.at(1).id).value();
    QVERIFY(m_store->finishReply(b, ReplyB, {}, MessageStatus::Complete, {}));
    const qint64 failed = m_store->beginReply(m_turn, stored.at(2).id).value();
    ProviderError error;
    error.kind = ErrorKind::RateLimited;
    QVERIFY(m_store->finishReply(failed, QStringLiteral("half"), {}, MessageStatus::Error, {}, error));
    ComparisonStore comparisons(*m_store);
    const qint64 synthesis
        = comparisons.beginDerivedReply(m_turn, MessageKind::Synthesis, QStringLiteral("openai/o3")).value();
    QVERIFY(
        m_store->finishReply(synthesis, QStringLiteral("Use slicing or reversed()."), {}, MessageStatus::Complete, {}));
    m_replies = {a, b, synthesis};
}

void TestDiffDialog::cleanup()
{
    Theme::apply(Theme::ColorScheme::System);
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

void TestDiffDialog::offersFinishedRepliesWithLabels()
{
    DiffDialog dialog(*m_store, m_turn);
    QCOMPARE(dialog.replyIds(), m_replies);
    QCOMPARE(dialog.firstBox()->count(), 3);
    QCOMPARE(dialog.firstBox()->itemText(0), QStringLiteral("A · openai/gpt-4o"));
    QCOMPARE(dialog.firstBox()->itemText(1), QStringLiteral("B · anthropic/claude-sonnet-4"));
    QCOMPARE(dialog.firstBox()->itemText(2), QStringLiteral("Synthesis by openai/o3"));
    // The first two replies to start with.
    QCOMPARE(dialog.firstBox()->currentIndex(), 0);
    QCOMPARE(dialog.secondBox()->currentIndex(), 1);
    QVERIFY(!dialog.firstBox()->accessibleName().isEmpty());
    QVERIFY(!dialog.secondBox()->accessibleName().isEmpty());

    // The caller's labels win.
    QHash<qint64, QString> labels;
    const QList<Lane> lanes = m_store->lanes(m_conversation);
    labels.insert(lanes.at(0).id, QStringLiteral("Left pane"));
    labels.insert(lanes.at(1).id, QStringLiteral("Right pane"));
    DiffDialog *shown = CompareActions::showDiff(nullptr, *m_store, m_turn, labels);
    QVERIFY(shown->isVisible());
    QVERIFY(shown->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(shown->firstBox()->itemText(0), QStringLiteral("Left pane"));
    QVERIFY(shown->compare(m_replies.at(2), m_replies.at(0)));
    QCOMPARE(shown->firstBox()->currentText(), QStringLiteral("Synthesis by openai/o3"));
    QVERIFY(!shown->compare(m_replies.at(0), 123456));
    QPointer<DiffDialog> guard(shown);
    shown->close();
    QTRY_VERIFY(guard.isNull());
}

void TestDiffDialog::blindComparisonShowsLettersOnly()
{
    ComparisonStore comparisons(*m_store);
    QVERIFY(comparisons.setBlind(m_conversation, true));
    DiffDialog dialog(*m_store, m_turn);
    QCOMPARE(dialog.firstBox()->itemText(0), QStringLiteral("A"));
    QCOMPARE(dialog.firstBox()->itemText(1), QStringLiteral("B"));
    const QStringList hidden = {QStringLiteral("gpt-4o"), QStringLiteral("claude"), QStringLiteral("gemini")};
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        QStringList texts = {widget->accessibleName(), widget->toolTip()};
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts.append(label->text());
        }
        if (auto *box = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < box->count(); ++i) {
                texts.append(box->itemText(i));
            }
        }
        for (const QString &name : hidden) {
            QVERIFY2(!texts.join(QLatin1Char(' ')).contains(name), qPrintable(texts.join(QLatin1Char(' '))));
        }
    }
}

void TestDiffDialog::marksRemovedAndAddedWords_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestDiffDialog::marksRemovedAndAddedWords()
{
    QFETCH(QString, scheme);
    Theme::apply(Theme::fromString(scheme));
    DiffDialog dialog(*m_store, m_turn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<Compare::DiffSpan> &spans = dialog.spans();
    QVERIFY(!spans.isEmpty());

    const Formatted left = formattedText(dialog.firstView()->document());
    const Formatted right = formattedText(dialog.secondView()->document());
    QCOMPARE(left.struck, spansOf(spans, Compare::DiffSpan::Removed));
    QCOMPARE(left.tinted, left.struck);
    QVERIFY(right.struck.isEmpty());
    QCOMPARE(right.tinted, spansOf(spans, Compare::DiffSpan::Added));
    QVERIFY(left.struck.contains(QStringLiteral("most readable")));
    QVERIFY(right.tinted.contains(QStringLiteral("fastest")));
    QCOMPARE(dialog.firstView()->toPlainText(), ReplyA);
    QCOMPARE(dialog.secondView()->toPlainText(), ReplyB);

    // The tints follow the scheme, red for removed and green for added, and text stays readable on them.
    const QPalette pal = dialog.firstView()->palette();
    const bool dark = scheme == QLatin1String("dark");
    QCOMPARE(pal.color(QPalette::Base).lightness() < 128, dark);
    const QColor text = pal.color(QPalette::Text);
    for (const QColor &background : left.backgrounds) {
        QVERIFY(background.red() > background.green());
        QCOMPARE(background.lightness() < 128, dark);
        QVERIFY2(qAbs(background.lightness() - text.lightness()) > 100, qPrintable(background.name()));
    }
    for (const QColor &background : right.backgrounds) {
        QVERIFY(background.green() > background.red());
        QVERIFY2(qAbs(background.lightness() - text.lightness()) > 100, qPrintable(background.name()));
    }

    const Compare::DiffCounts counts = Compare::countWords(spans);
    QVERIFY(counts.removed > 0 && counts.added > counts.removed && counts.same > 20);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("Words only in A · openai/gpt-4o: %1").arg(counts.removed)),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Words only in B · anthropic/claude-sonnet-4: %1").arg(counts.added)),
        qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Words in both: %1").arg(counts.same)));
}

void TestDiffDialog::inlineAndSideBySide()
{
    DiffDialog dialog(*m_store, m_turn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.firstView()->isVisible());
    QVERIFY(!dialog.inlineView()->isVisible());
    auto *toggle = dialog.findChild<QCheckBox *>();
    QVERIFY(toggle && toggle->isChecked());
    toggle->click();
    QVERIFY(dialog.inlineView()->isVisible());
    QVERIFY(!dialog.firstView()->isVisible());
    const Formatted both = formattedText(dialog.inlineView()->document());
    QCOMPARE(both.struck, spansOf(dialog.spans(), Compare::DiffSpan::Removed));
    QVERIFY(both.tinted.contains(spansOf(dialog.spans(), Compare::DiffSpan::Added).left(10)));

    // Choosing another reply diffs again.
    dialog.secondBox()->setCurrentIndex(2);
    QCOMPARE(dialog.secondView()->toPlainText(), QStringLiteral("Use slicing or reversed()."));
    QVERIFY(dialog.inlineView()->toPlainText().startsWith(QStringLiteral("Use slicing")));
    dialog.secondBox()->setCurrentIndex(0);
    QCOMPARE(Compare::countWords(dialog.spans()).removed, 0);
    QCOMPARE(Compare::countWords(dialog.spans()).added, 0);
}

void TestDiffDialog::tooFewReplies()
{
    const qint64 turn = m_store->appendUserTurn(m_conversation, QStringLiteral("And a tuple?")).value();
    const qint64 only = m_store->beginReply(turn, m_store->lanes(m_conversation).at(0).id).value();
    QVERIFY(m_store->finishReply(only, QStringLiteral("Same way."), {}, MessageStatus::Complete, {}));
    DiffDialog dialog(*m_store, turn);
    QCOMPARE(dialog.replyIds().size(), 1);
    QVERIFY(!dialog.firstBox()->isEnabled());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("fewer than two")));
    QVERIFY(dialog.spans().isEmpty());
}

void TestDiffDialog::screenshots_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestDiffDialog::screenshots()
{
    QFETCH(QString, scheme);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    Theme::apply(Theme::fromString(scheme));
    DiffDialog dialog(*m_store, m_turn);
    dialog.resize(1000, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    const QString path = QStringLiteral(CONFER_BUILD_DIR "/screenshots/diff-%1.png").arg(scheme);
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(image.save(path));
    // The dialog follows the scheme.
    QCOMPARE(dialog.palette().color(QPalette::Window).lightness() < 128, scheme == QLatin1String("dark"));
}

QTEST_MAIN(TestDiffDialog)
#include "tst_diffdialog.moc"
