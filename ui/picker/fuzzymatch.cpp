#include "picker/fuzzymatch.h"

#include <QList>
#include <QVarLengthArray>

#include <limits>

namespace Confer::Fuzzy
{

namespace
{
constexpr int Unmatched = std::numeric_limits<int>::min() / 2;
constexpr int MatchScore = 16;
constexpr int StartBonus = 20;
constexpr int WordStartBonus = 16;
constexpr int CamelBonus = 14;
constexpr int ConsecutiveBonus = 8;
constexpr int GapStart = 6;
constexpr int GapExtend = 1;
constexpr int MaxLeadingPenalty = 12;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('_')
        || c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char('@') || c == QLatin1Char('(');
}

int positionBonus(QStringView text, qsizetype j)
{
    if (j == 0) {
        return StartBonus;
    }
    const QChar previous = text.at(j - 1);
    const QChar current = text.at(j);
    if (isSeparator(previous)) {
        return WordStartBonus;
    }
    if (previous.isLower() && current.isUpper()) {
        return CamelBonus;
    }
    if (previous.isLetter() && current.isDigit()) {
        return CamelBonus / 2;
    }
    return 0;
}

struct Cell {
    int score = Unmatched;
    int runBonus = 0; // the bonus of the word start this run of consecutive matches began at
};
}

std::optional<int> score(QStringView pattern, QStringView text)
{
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    if (m == 0) {
        return 0;
    }
    if (m > n) {
        return std::nullopt;
    }
    // Most texts do not contain the pattern at all: a greedy scan says so without the table below.
    qsizetype found = 0;
    for (qsizetype j = 0; j < n && found < m; ++j) {
        if (text.at(j).toCaseFolded() == pattern.at(found).toCaseFolded()) {
            ++found;
        }
    }
    if (found < m) {
        return std::nullopt;
    }
    // Row i holds the best score of matching pattern[0..i] with pattern[i] at text[j]. As in
    // fzf, characters that continue a run keep the bonus of the run's start, so "mini" as a
    // word beats four letters picked from word starts. Gaps cost a start and a per-character
    // extension; gapRun keeps the best gapped predecessor so far instead of looking back.
    QVarLengthArray<Cell, 128> previousRow(n);
    QVarLengthArray<Cell, 128> row(n);
    QVarLengthArray<char16_t, 128> folded(n);
    QVarLengthArray<int, 128> bonus(n);
    for (qsizetype j = 0; j < n; ++j) {
        folded[j] = text.at(j).toCaseFolded().unicode();
        bonus[j] = positionBonus(text, j);
    }
    for (qsizetype i = 0; i < m; ++i) {
        const char16_t wanted = pattern.at(i).toCaseFolded().unicode();
        int gapRun = Unmatched;
        bool any = false;
        for (qsizetype j = 0; j < n; ++j) {
            if (gapRun != Unmatched) {
                gapRun -= GapExtend;
            }
            if (i > 0 && j >= 2 && previousRow[j - 2].score != Unmatched) {
                gapRun = std::max(gapRun, previousRow[j - 2].score - GapStart);
            }
            row[j] = Cell {};
            if (folded[j] != wanted) {
                continue;
            }
            if (i == 0) {
                row[j] = Cell {MatchScore + bonus[j] - int(std::min<qsizetype>(j, MaxLeadingPenalty)), bonus[j]};
            } else {
                Cell best;
                if (gapRun != Unmatched) {
                    best = Cell {gapRun + MatchScore + bonus[j], bonus[j]};
                }
                if (j >= 1 && previousRow[j - 1].score != Unmatched) {
                    const int run = std::max({bonus[j], previousRow[j - 1].runBonus, ConsecutiveBonus});
                    const int consecutive = previousRow[j - 1].score + MatchScore + run;
                    if (consecutive >= best.score) {
                        best = Cell {consecutive, run};
                    }
                }
                if (best.score == Unmatched) {
                    continue;
                }
                row[j] = best;
            }
            any = true;
        }
        if (!any) {
            return std::nullopt;
        }
        std::swap(previousRow, row);
    }
    int best = Unmatched;
    for (qsizetype j = 0; j < n; ++j) {
        best = std::max(best, previousRow[j].score);
    }
    if (best == Unmatched) {
        return std::nullopt;
    }
    return best;
}

std::optional<int> scoreWords(const QString &query, std::initializer_list<QStringView> texts)
{
    int total = 0;
    for (const QStringView word : QStringView(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        std::optional<int> best;
        for (const QStringView text : texts) {
            const auto value = score(word, text);
            if (value && (!best || *value > *best)) {
                best = value;
            }
        }
        if (!best) {
            return std::nullopt;
        }
        total += *best;
    }
    return total;
}

}
