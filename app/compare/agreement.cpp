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

Bag bagOf(const QString &text)
{
    // Markdown that carries no wording: code fence lines (with their language
    // tag), list markers, link targets. Emphasis, headings, quotes and table
    // bars are punctuation, which the word pattern skips anyway.
    static const QRegularExpression fenceLine(
        QStringLiteral("^[ \\t]*(?:```|~~~)[^\\n]*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression listMarker(
        QStringLiteral("^[ \\t>]*(?:[-*+]|\\d+[.)])[ \\t]+"), QRegularExpression::MultilineOption);
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)"));
    // A word: a run of letters, digits and marks; in scripts without spaces, one character.
    static const QRegularExpression word(
        QStringLiteral("[\\p{Han}\\p{Hiragana}\\p{Katakana}]"
                       "|(?:(?![\\p{Han}\\p{Hiragana}\\p{Katakana}])[\\p{L}\\p{N}\\p{M}])+"));

    QString plain = text;
    plain.replace(fenceLine, QString());
    plain.replace(listMarker, QString());
    plain.replace(linkTarget, QStringLiteral("]"));
    plain = plain.toCaseFolded();

    Bag bag;
    std::optional<size_t> previous;
    QRegularExpressionMatchIterator it = word.globalMatch(plain);
    while (it.hasNext()) {
        const size_t current = qHash(it.next().capturedView());
        bag.add(current);
        if (previous) {
            bag.add(qHashMulti(0, *previous, current)); // a pair: hashed in order, so "a b" is not "b a"
        }
        previous = current;
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
