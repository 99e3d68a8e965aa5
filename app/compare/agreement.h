#pragma once

// How far replies agree, computed from their text alone, instantly.
//
// The measure: the Dice overlap of the two texts' bags of words and adjacent
// word pairs, 2·|A∩B| / (|A|+|B|), after lower-casing and dropping Markdown
// (emphasis, headings, list markers, code fences, link targets) and
// punctuation. Symmetric; 1 for texts with the same wording, 0 for texts with
// no word in common. Scripts written without spaces (Chinese, Japanese) count
// each character as a word.

#include "store/storetypes.h"

#include <QList>
#include <QString>

namespace Confer::Compare
{

// In [0, 1]; two texts with no words at all agree (1).
double agreement(const QString &a, const QString &b);

struct AgreementMatrix {
    QList<qint64> replyIds; // the replies, in the order given
    QList<QList<double>> scores; // scores[i][j] = agreement of replies i and j; 1 on the diagonal
    double mean = 0; // over the pairs i < j; 0 with fewer than two replies
};

// Every pair of the given replies' texts.
AgreementMatrix agreementMatrix(const QList<Store::Message> &replies);

// One translated sentence saying what the score measures.
QString agreementExplanation();

}
