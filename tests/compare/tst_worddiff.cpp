// The word diff: small cases written out in git's word-diff notation
// ([-removed-], {+added+}), the promises every result keeps (b rebuilt
// exactly, a up to whitespace), and 20 KB replies.

#include "compare/worddiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Confer::Compare;

namespace
{

QString notation(const QList<DiffSpan> &spans)
{
    QString text;
    for (const DiffSpan &span : spans) {
        switch (span.kind) {
        case DiffSpan::Same:
            text += span.text;
            break;
        case DiffSpan::Removed:
            text += QStringLiteral("[-") + span.text + QStringLiteral("-]");
            break;
        case DiffSpan::Added:
            text += QStringLiteral("{+") + span.text + QStringLiteral("+}");
            break;
        }
    }
    return text;
}

QString side(const QList<DiffSpan> &spans, DiffSpan::Kind other)
{
    QString text;
    for (const DiffSpan &span : spans) {
        if (span.kind == DiffSpan::Same || span.kind == other) {
            text += span.text;
        }
    }
    return text;
}

// Whitespace of any amount counts as one space, as the diff treats it.
QString normalized(const QString &text)
{
    return text.simplified();
}

// Prose of about `bytes` characters from a fixed vocabulary, the same for the same seed.
QString prose(quint32 seed, qsizetype bytes)
{
    static const QStringList words = QStringLiteral(
        "the a model answer reply question token stream latency cost quality table code function returns value "
        "error memory thread process file line read write fast slow better worse because however therefore "
        "example result compare merge judge score criterion clear complete correct concise")
                                         .split(QLatin1Char(' '));
    QRandomGenerator random(seed);
    QString text;
    int inSentence = 0;
    while (text.size() < bytes) {
        QString word = words.at(random.bounded(int(words.size())));
        if (inSentence == 0) {
            word[0] = word.at(0).toUpper();
        }
        text += word;
        ++inSentence;
        if (inSentence > 6 && random.bounded(5) == 0) {
            text += random.bounded(8) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
            inSentence = 0;
        } else {
            text += random.bounded(12) == 0 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
    }
    return text;
}

}

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data();
    void diff();
    void longReplies_data();
    void longReplies();
    void spansAreCoalesced();
};

void TestWordDiff::diff_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("removedWords");
    QTest::addColumn<int>("addedWords");

    QTest::newRow("identical") << QStringLiteral("The quick brown fox.") << QStringLiteral("The quick brown fox.")
                               << QStringLiteral("The quick brown fox.") << 0 << 0;
    QTest::newRow("both empty") << QString() << QString() << QString() << 0 << 0;
    QTest::newRow("first side empty") << QString() << QStringLiteral("Hello world") << QStringLiteral("{+Hello world+}")
                                      << 0 << 2;
    QTest::newRow("second side empty") << QStringLiteral("Hello world") << QString()
                                       << QStringLiteral("[-Hello world-]") << 2 << 0;
    QTest::newRow("insert a word") << QStringLiteral("The quick fox") << QStringLiteral("The quick brown fox")
                                   << QStringLiteral("The quick {+brown +}fox") << 0 << 1;
    QTest::newRow("delete a word") << QStringLiteral("The quick brown fox") << QStringLiteral("The quick fox")
                                   << QStringLiteral("The quick [-brown -]fox") << 1 << 0;
    QTest::newRow("append a sentence") << QStringLiteral("It works.") << QStringLiteral("It works. Try it.")
                                       << QStringLiteral("It works.{+ Try it.+}") << 0 << 2;
    QTest::newRow("replace a word") << QStringLiteral("The quick brown fox") << QStringLiteral("The slow brown fox")
                                    << QStringLiteral("The [-quick-]{+slow+} brown fox") << 1 << 1;
    QTest::newRow("replace a phrase reads as one change")
        << QStringLiteral("I like red cars a lot") << QStringLiteral("I like blue bikes a lot")
        << QStringLiteral("I like [-red cars-]{+blue bikes+} a lot") << 2 << 2;
    QTest::newRow("punctuation") << QStringLiteral("Yes, it works.") << QStringLiteral("Yes it works!")
                                 << QStringLiteral("Yes[-,-] it works[-.-]{+!+}") << 0 << 0;
    QTest::newRow("whitespace only") << QStringLiteral("Hello  world\n") << QStringLiteral("Hello world")
                                     << QStringLiteral("Hello world") << 0 << 0;
    QTest::newRow("tabs and line breaks") << QStringLiteral("one\ttwo\nthree") << QStringLiteral("one two  three")
                                          << QStringLiteral("one two  three") << 0 << 0;
    QTest::newRow("whitespace and a word")
        << QStringLiteral("a  b   c") << QStringLiteral("a b d") << QStringLiteral("a b [-c-]{+d+}") << 1 << 1;
    QTest::newRow("accents and emoji") << QStringLiteral("Ça marche très bien 👍")
                                       << QStringLiteral("Ça marche très mal 👎")
                                       << QStringLiteral("Ça marche très [-bien 👍-]{+mal 👎+}") << 1 << 1;
    QTest::newRow("a word with an accent differs")
        << QStringLiteral("le thé est chaud") << QStringLiteral("le the est chaud")
        << QStringLiteral("le [-thé-]{+the+} est chaud") << 1 << 1;
    QTest::newRow("Chinese, a character is a word") << QStringLiteral("我喜欢猫。") << QStringLiteral("我喜欢狗。")
                                                    << QStringLiteral("我喜欢[-猫-]{+狗+}。") << 1 << 1;
    QTest::newRow("apostrophes stay in their word") << QStringLiteral("don't stop") << QStringLiteral("do not stop")
                                                    << QStringLiteral("[-don't-]{+do not+} stop") << 1 << 2;
    QTest::newRow("Markdown list item changed")
        << QStringLiteral("- **Fast**: yes\n- Cheap: no\n") << QStringLiteral("- **Fast**: yes\n- Cheap: yes\n")
        << QStringLiteral("- **Fast**: yes\n- Cheap: [-no-]{+yes+}\n") << 1 << 1;
}

void TestWordDiff::diff()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    QFETCH(int, removedWords);
    QFETCH(int, addedWords);

    const QList<DiffSpan> spans = wordDiff(a, b);
    QCOMPARE(notation(spans), expected);
    QCOMPARE(side(spans, DiffSpan::Added), b);
    QCOMPARE(normalized(side(spans, DiffSpan::Removed)), normalized(a));
    const DiffCounts counts = countWords(spans);
    QCOMPARE(counts.removed, qsizetype(removedWords));
    QCOMPARE(counts.added, qsizetype(addedWords));
}

void TestWordDiff::longReplies_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("maxRemovedWords");
    QTest::addColumn<int>("maxAddedWords");

    const QString base = prose(7, 20 * 1024);
    QString edited = base;
    // Three edits far apart: a word replaced, a sentence inserted, a phrase deleted.
    const qsizetype first = edited.indexOf(QLatin1Char(' '), 1000);
    edited.insert(first + 1, QStringLiteral("remarkably "));
    const qsizetype second = edited.indexOf(QStringLiteral(". "), 10000);
    edited.insert(second + 2, QStringLiteral("This sentence is new. "));
    const qsizetype third = edited.indexOf(QStringLiteral(" the "), 18000);
    QVERIFY(third > 0);
    edited.remove(third + 1, 4);
    QTest::newRow("20 KB with three edits") << base << edited << 1 << 5;
    QTest::newRow("20 KB each, different texts") << base << prose(8, 20 * 1024) << -1 << -1;
    QTest::newRow("20 KB against empty") << base << QString() << -1 << 0;
}

void TestWordDiff::longReplies()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, maxRemovedWords);
    QFETCH(int, maxAddedWords);
    QVERIFY(a.size() >= 20 * 1024);

    const QList<DiffSpan> spans = wordDiff(a, b);
    QCOMPARE(side(spans, DiffSpan::Added), b);
    QCOMPARE(normalized(side(spans, DiffSpan::Removed)), normalized(a));
    const DiffCounts counts = countWords(spans);
    if (maxRemovedWords >= 0) {
        QVERIFY2(counts.removed <= maxRemovedWords, qPrintable(QString::number(counts.removed)));
    }
    if (maxAddedWords >= 0) {
        QVERIFY2(counts.added <= maxAddedWords, qPrintable(QString::number(counts.added)));
    }
    if (maxRemovedWords == 1) {
        // The small edit leaves almost everything in place.
        QVERIFY(counts.same > 2000);
        QCOMPARE(counts.removed, 1);
        QCOMPARE(counts.added, 5);
    }
}

void TestWordDiff::spansAreCoalesced()
{
    const QList<DiffSpan> spans
        = wordDiff(QStringLiteral("alpha beta gamma delta"), QStringLiteral("alpha one two gamma three"));
    for (qsizetype i = 1; i < spans.size(); ++i) {
        QVERIFY2(spans.at(i).kind != spans.at(i - 1).kind, qPrintable(notation(spans)));
        QVERIFY(!spans.at(i).text.isEmpty());
    }
    QCOMPARE(notation(spans), QStringLiteral("alpha [-beta-]{+one two+} gamma [-delta-]{+three+}"));
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
