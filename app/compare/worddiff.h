#pragma once

#include <QList>
#include <QString>

namespace Confer::Compare
{

// One piece of a word diff: text both sides share, text only the first
// side has, or text only the second side has.
struct DiffSpan {
    enum Kind { Same, Removed, Added } kind;
    QString text;
};

// The word-level differences that turn a into b, as spans in reading order.
// Text is split into words, runs of whitespace and single punctuation marks
// (each CJK character counts as a word), and the shortest edit between the
// two token lists is found with Myers' algorithm in linear memory. Changes
// are grouped so that each changed passage reads as one removed span
// followed by one added span. Whitespace that differs only in amount or
// kind is not a change: the Same and Added spans put together give b
// exactly; the Same and Removed spans give a up to such whitespace.
QList<DiffSpan> wordDiff(const QString &a, const QString &b);

// Words (not whitespace or punctuation) in each kind of span, for a summary.
struct DiffCounts {
    qsizetype same = 0;
    qsizetype removed = 0;
    qsizetype added = 0;
};
DiffCounts countWords(const QList<DiffSpan> &spans);

}
