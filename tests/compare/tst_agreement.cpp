// Agreement between replies: the measure's fixed points (identical, disjoint,
// empty), its indifference to Markdown, case and punctuation, partial
// overlaps worked out by hand, and the pairwise matrix.
#include "compare/agreement.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Confer;
using namespace Confer::Compare;
using namespace Confer::Store;

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data();
    void pairs();
    void matrix_data();
    void matrix();
    void explanation();
    void wordsAsThePatternDefinesThem();
};

void TestAgreement::pairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("identical") << QStringLiteral("Merge sort is stable.") << QStringLiteral("Merge sort is stable.")
                               << 1.0;
    QTest::newRow("no word in common") << QStringLiteral("Merge sort is stable.")
                                       << QStringLiteral("Heapsort isn't, though.") << 0.0;
    QTest::newRow("both empty") << QString() << QString() << 1.0;
    QTest::newRow("one empty") << QStringLiteral("Merge sort.") << QString() << 0.0;
    QTest::newRow("only punctuation on one side") << QStringLiteral("Merge sort.") << QStringLiteral("**—**") << 0.0;
    QTest::newRow("case") << QStringLiteral("MERGE Sort") << QStringLiteral("merge sort") << 1.0;
    QTest::newRow("emphasis and inline code") << QStringLiteral("**Merge sort** is _stable_; use `sorted()`.")
                                              << QStringLiteral("Merge sort is stable, use sorted") << 1.0;
    QTest::newRow("headings, quotes and rules")
        << QStringLiteral("## Answer\n\n> Merge sort\n\n---\n") << QStringLiteral("Answer: merge sort") << 1.0;
    QTest::newRow("bullets against numbers") << QStringLiteral("- merge sort\n- timsort\n  * insertion sort")
                                             << QStringLiteral("1. merge sort\n2) timsort\n3. insertion sort") << 1.0;
    QTest::newRow("code fence language tag")
        << QStringLiteral("```python\nsorted(items)\n```") << QStringLiteral("~~~\nsorted(items)\n~~~") << 1.0;
    QTest::newRow("link target") << QStringLiteral("See [the docs](https://docs.python.org/3/howto/sorting.html).")
                                 << QStringLiteral("See the docs.") << 1.0;
    QTest::newRow("table bars") << QStringLiteral("| sort | stable |\n|---|---|\n| merge | yes |")
                                << QStringLiteral("sort stable merge yes") << 1.0;
    // a b c d: 4 words + 3 pairs; a b x y: 4 + 3; shared a, b, "a b": 2·3 / 14.
    QTest::newRow("half the words") << QStringLiteral("a b c d") << QStringLiteral("a b x y") << 6.0 / 14.0;
    // Same words, other order: the 2 words are shared, the pairs "a b" and "b a" are not: 2·2 / 6.
    QTest::newRow("same words, other order") << QStringLiteral("a b") << QStringLiteral("b a") << 4.0 / 6.0;
    // "the the the": 3 words + 2 pairs; "the": 1 word; shared 1: 2·1 / 6.
    QTest::newRow("repeated words count each time")
        << QStringLiteral("the the the") << QStringLiteral("The") << 2.0 / 6.0;
    // Each character a word: 4 + 3 pairs each; shared 我 喜 欢 我喜 喜欢: 2·5 / 14.
    QTest::newRow("Chinese, a character a word")
        << QStringLiteral("我喜欢猫") << QStringLiteral("我喜欢狗") << 10.0 / 14.0;
    QTest::newRow("accents are letters") << QStringLiteral("Grüße aus Köln") << QStringLiteral("grüße aus köln") << 1.0;
    // The virama and the vowel sign are marks, part of the word: "नमस्ते" is one word, not "नमस" and "त".
    QTest::newRow("Devanagari marks belong to their word") << QStringLiteral("नमस्ते") << QStringLiteral("नमस त") << 0.0;
    // Beyond the BMP (a surrogate pair each): 2 words + 1 pair against 1 word; shared 1: 2·1 / 4.
    QTest::newRow("Han beyond the BMP") << QStringLiteral("𠀀𠀁") << QStringLiteral("𠀀") << 0.5;
    QTest::newRow("kana, a character a word") << QStringLiteral("ねこ") << QStringLiteral("ね こ") << 1.0;
    QTest::newRow("emoji are not words") << QStringLiteral("merge 🙂 sort") << QStringLiteral("merge sort") << 1.0;
}

void TestAgreement::pairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    const double ab = agreement(a, b);
    QCOMPARE(ab, expected);
    QCOMPARE(agreement(b, a), ab); // symmetric
    QVERIFY(ab >= 0.0 && ab <= 1.0);
    QCOMPARE(agreement(a, a), 1.0);
}

void TestAgreement::matrix_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<double>("mean");

    QTest::newRow("no replies") << QStringList {} << 0.0;
    QTest::newRow("one reply: nothing to compare") << QStringList {QStringLiteral("Merge sort.")} << 0.0;
    QTest::newRow("two that agree") << QStringList {QStringLiteral("Merge sort."), QStringLiteral("**merge sort**")}
                                    << 1.0;
    // Pairs: (1,2) = 6/14, (1,3) = 1, (2,3) = 6/14.
    QTest::newRow("three") << QStringList {QStringLiteral("a b c d"), QStringLiteral("a b x y"),
        QStringLiteral("A, b; c: d")}
                           << (6.0 / 14.0 + 1.0 + 6.0 / 14.0) / 3.0;
    QTest::newRow("four, one of them empty")
        << QStringList {QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x"), QString()} << 0.5;
}

void TestAgreement::matrix()
{
    QFETCH(QStringList, texts);
    QFETCH(double, mean);
    QList<Message> replies;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Message reply;
        reply.id = 40 - i; // ids in an order of their own: the matrix keeps the order given
        reply.role = MessageRole::Assistant;
        reply.content = texts.at(i);
        replies.append(reply);
    }
    const AgreementMatrix m = agreementMatrix(replies);
    QCOMPARE(m.replyIds.size(), texts.size());
    QCOMPARE(m.scores.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(m.replyIds.at(i), 40 - i);
        QCOMPARE(m.scores.at(i).size(), texts.size());
        QCOMPARE(m.scores.at(i).at(i), 1.0);
        for (qsizetype j = 0; j < texts.size(); ++j) {
            QCOMPARE(m.scores.at(i).at(j), m.scores.at(j).at(i));
            QCOMPARE(m.scores.at(i).at(j), agreement(texts.at(i), texts.at(j)));
        }
    }
    QCOMPARE(m.mean, mean);
}

void TestAgreement::explanation()
{
    QCOMPARE(agreementExplanation(),
        QStringLiteral("Agreement is the share of wording the replies have in common; it does not judge correctness."));
}

// The words are found by a hand-written scanner (for speed); the definition it
// implements is this pattern. Random texts from a mix of scripts, marks,
// surrogate pairs, emoji and punctuation score the same either way.
void TestAgreement::wordsAsThePatternDefinesThem()
{
    static const QRegularExpression word(
        QStringLiteral("[\\p{Han}\\p{Hiragana}\\p{Katakana}]"
                       "|(?:(?![\\p{Han}\\p{Hiragana}\\p{Katakana}])[\\p{L}\\p{N}\\p{M}])+"));
    const auto reference = [](const QString &a, const QString &b) {
        const auto entries = [](const QString &text) {
            QHash<QString, int> counts;
            int size = 0;
            QString previous;
            QRegularExpressionMatchIterator it = word.globalMatch(text.toCaseFolded());
            while (it.hasNext()) {
                const QString current = it.next().captured();
                ++counts[current];
                ++size;
                if (!previous.isEmpty()) {
                    ++counts[previous + QChar(0) + current];
                    ++size;
                }
                previous = current;
            }
            return std::pair {counts, size};
        };
        const auto [countsA, sizeA] = entries(a);
        const auto [countsB, sizeB] = entries(b);
        if (sizeA + sizeB == 0) {
            return 1.0;
        }
        int shared = 0;
        for (auto it = countsA.cbegin(); it != countsA.cend(); ++it) {
            shared += std::min(it.value(), countsB.value(it.key()));
        }
        return 2.0 * shared / (sizeA + sizeB);
    };
    const QStringList pieces = {QStringLiteral("merge"), QStringLiteral("Sort"), QStringLiteral("STABLE"),
        QStringLiteral("42"), QStringLiteral("x²"), QStringLiteral("Köln"), QStringLiteral("e\u0301"),
        QStringLiteral("नमस्ते"), QStringLiteral("दुनिया"), QStringLiteral("我喜欢"), QStringLiteral("猫"),
        QStringLiteral("𠀀"), QStringLiteral("ねこ"), QStringLiteral("カタ"), QStringLiteral("🙂"), QStringLiteral("—"),
        QStringLiteral("'"), QStringLiteral("!"), QStringLiteral(", "), QStringLiteral(" "), QStringLiteral("\n"),
        QStringLiteral("_"), QStringLiteral("\u0301")};
    QRandomGenerator random(7);
    const auto text = [&] {
        QString result;
        const int length = random.bounded(0, 30);
        for (int i = 0; i < length; ++i) {
            result += pieces.at(random.bounded(pieces.size()));
        }
        return result;
    };
    for (int round = 0; round < 500; ++round) {
        const QString a = text();
        const QString b = round % 5 == 0 ? a + text() : text();
        QVERIFY2(qFuzzyCompare(1.0 + agreement(a, b), 1.0 + reference(a, b)),
            qPrintable(QStringLiteral("%1 | %2: %3 against %4").arg(a, b).arg(agreement(a, b)).arg(reference(a, b))));
    }
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
