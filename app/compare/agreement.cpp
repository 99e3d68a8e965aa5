#include "compare/agreement.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Confer::Compare
{

namespace
{

// A bag of words and adjacent word pairs, with how many entries it holds.
// Entries are kept as 64-bit hashes rather than strings: a reply of several
// thousand words would otherwise allocate a string per word and per pair, and
// a collision among a few thousand 64-bit hashes is too unlikely to move a score.
struct Bag {
    QHash<size_t, int> counts;
    int size = 0;

    void add(size_t entry)
    {
        ++counts[entry];
        ++size;
    }
};

// Scripts written without spaces between words: each character counts as a word.
bool wordPerCharacter(char32_t c)
{
    if (c < 0x2E80) { // below the first of them (CJK Radicals Supplement): most text, at a glance
        return false;
    }
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

bool inWord(char32_t c)
{
    if (c < 0x80) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

Bag bagOf(const QString &text)
{
    // Markdown that carries no wording: code fence lines (with their language
    // tag), list markers, link targets. Emphasis, headings, quotes and table
    // bars are punctuation, which the words leave out anyway.
    static const QRegularExpression fenceLine(
        QStringLiteral("^[ \\t]*(?:```|~~~)[^\\n]*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression listMarker(
        QStringLiteral("^[ \\t>]*(?:[-*+]|\\d+[.)])[ \\t]+"), QRegularExpression::MultilineOption);
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)"));

    QString plain = text;
    plain.replace(fenceLine, QString());
    plain.replace(listMarker, QString());
    plain.replace(linkTarget, QStringLiteral("]"));
    plain = plain.toCaseFolded();

    // A word: a run of letters, digits and marks; in scripts without spaces,
    // one character. Scanned by hand: a pattern match per word cost more than
    // the rest of the comparison of eight long replies together.
    Bag bag;
    std::optional<size_t> previous;
    const auto addWord = [&bag, &previous](QStringView word) {
        const size_t current = qHash(word);
        bag.add(current);
        if (previous) {
            bag.add(qHashMulti(0, *previous, current)); // a pair: hashed in order, so "a b" is not "b a"
        }
        previous = current;
    };
    const QStringView view(plain);
    qsizetype wordStart = -1;
    for (qsizetype i = 0; i < view.size();) {
        char32_t c = view.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < view.size() && view.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(view.at(i), view.at(i + 1));
            length = 2;
        }
        const bool single = wordPerCharacter(c) && inWord(c);
        if (wordStart >= 0 && (single || !inWord(c))) {
            addWord(view.sliced(wordStart, i - wordStart));
            wordStart = -1;
        }
        if (single) {
            addWord(view.sliced(i, length));
        } else if (wordStart < 0 && inWord(c)) {
            wordStart = i;
        }
        i += length;
    }
    if (wordStart >= 0) {
        addWord(view.sliced(wordStart));
    }
    return bag;
}

double dice(const Bag &a, const Bag &b)
{
    if (a.size + b.size == 0) {
        return 1.0;
    }
    const Bag &smaller = a.counts.size() <= b.counts.size() ? a : b;
    const Bag &larger = &smaller == &a ? b : a;
    qint64 shared = 0;
    for (auto it = smaller.counts.cbegin(); it != smaller.counts.cend(); ++it) {
        shared += std::min(it.value(), larger.counts.value(it.key()));
    }
    return 2.0 * double(shared) / double(a.size + b.size);
}

}

double agreement(const QString &a, const QString &b)
{
    return dice(bagOf(a), bagOf(b));
}

AgreementMatrix agreementMatrix(const QList<Store::Message> &replies)
{
    AgreementMatrix matrix;
    QList<Bag> bags;
    for (const Store::Message &reply : replies) {
        matrix.replyIds.append(reply.id);
        bags.append(bagOf(reply.content));
    }
    const qsizetype n = replies.size();
    matrix.scores = QList<QList<double>>(n, QList<double>(n, 1.0));
    double sum = 0;
    int pairs = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double score = dice(bags.at(i), bags.at(j));
            matrix.scores[i][j] = score;
            matrix.scores[j][i] = score;
            sum += score;
            ++pairs;
        }
    }
    matrix.mean = pairs > 0 ? sum / pairs : 0.0;
    return matrix;
}

QString agreementExplanation()
{
    return QCoreApplication::translate("Confer::Compare",
        "Agreement is the share of wording the replies have in common; it does not judge correctness.");
}

}
