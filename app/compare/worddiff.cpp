#include "compare/worddiff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace Confer::Compare
{

namespace
{

// Myers' search gives up on a part of the texts after this many steps and
// calls that part replaced: enough for replies of a few hundred kilobytes
// that differ everywhere, and a bound for anything longer.
constexpr qint64 StepBudget = 200'000'000;

struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
    bool space = false;
    bool word = false;
};

char32_t codePointAt(const QString &text, qsizetype i, qsizetype *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// Scripts written without spaces between words: each character is a word.
bool isIdeographic(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool isWordChar(char32_t c)
{
    return (QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'_') && !isIdeographic(c);
}

bool isJoiner(char32_t c)
{
    return QChar::isMark(c) || c == 0x200D; // combining marks, variation selectors, zero-width joiner
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        Token token;
        token.start = i;
        qsizetype units = 0;
        const char32_t c = codePointAt(text, i, &units);
        i += units;
        if (QChar::isSpace(c)) {
            token.space = true;
            while (i < n && QChar::isSpace(codePointAt(text, i, &units))) {
                i += units;
            }
        } else if (isWordChar(c)) {
            token.word = true;
            while (i < n) {
                const char32_t next = codePointAt(text, i, &units);
                if (isWordChar(next)) {
                    i += units;
                    continue;
                }
                // An apostrophe inside a word ("don't", "l’eau") belongs to it.
                qsizetype after = 0;
                if ((next == U'\'' || next == 0x2019) && i + units < n
                    && isWordChar(codePointAt(text, i + units, &after))) {
                    i += units + after;
                    continue;
                }
                break;
            }
        } else {
            // One character (an ideograph, a punctuation mark, an emoji with its modifiers).
            token.word = isIdeographic(c);
            while (i < n) {
                const char32_t next = codePointAt(text, i, &units);
                if (!isJoiner(next)) {
                    break;
                }
                i += units;
                if (next == 0x200D && i < n) {
                    codePointAt(text, i, &units);
                    i += units;
                }
            }
        }
        token.length = i - token.start;
        tokens.append(token);
    }
    return tokens;
}

struct Op {
    DiffSpan::Kind kind;
    int a = -1; // token of a (Same, Removed)
    int b = -1; // token of b (Same, Added)
};

// Myers' O((N+M)D) difference with the middle-snake split (linear memory),
// on token keys; common prefixes and suffixes are taken off first.
class Differ
{
public:
    Differ(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
    {
    }

    std::vector<Op> run()
    {
        compare(0, int(m_a.size()), 0, int(m_b.size()));
        return std::move(m_ops);
    }

private:
    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo]) {
            m_ops.push_back({DiffSpan::Same, aLo++, bLo++});
        }
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix && m_a[aHi - 1 - suffix] == m_b[bHi - 1 - suffix]) {
            ++suffix;
        }
        const int aEnd = aHi - suffix;
        const int bEnd = bHi - suffix;
        if (aLo < aEnd && bLo < bEnd) {
            const auto split = bisect(aLo, aEnd, bLo, bEnd);
            if (split) {
                compare(aLo, aLo + split->first, bLo, bLo + split->second);
                compare(aLo + split->first, aEnd, bLo + split->second, bEnd);
            } else {
                replace(aLo, aEnd, bLo, bEnd);
            }
        } else {
            replace(aLo, aEnd, bLo, bEnd);
        }
        for (int i = 0; i < suffix; ++i) {
            m_ops.push_back({DiffSpan::Same, aEnd + i, bEnd + i});
        }
    }

    void replace(int aLo, int aHi, int bLo, int bHi)
    {
        for (int i = aLo; i < aHi; ++i) {
            m_ops.push_back({DiffSpan::Removed, i, -1});
        }
        for (int i = bLo; i < bHi; ++i) {
            m_ops.push_back({DiffSpan::Added, -1, i});
        }
    }

    // Where the middle snake of an optimal edit crosses: a split point (x, y)
    // strictly inside the ranges, or nothing when the budget ran out.
    std::optional<std::pair<int, int>> bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        std::vector<int> forward(length, -1);
        std::vector<int> backward(length, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const int delta = n - m;
        const bool checkForward = delta % 2 != 0;
        int k1Start = 0;
        int k1End = 0;
        int k2Start = 0;
        int k2End = 0;
        const auto inside = [n, m](int x, int y) -> std::optional<std::pair<int, int>> {
            if ((x <= 0 && y <= 0) || (x >= n && y >= m)) {
                return std::nullopt;
            }
            return std::pair {x, y};
        };
        for (int d = 0; d < maxD; ++d) {
            if (m_steps > StepBudget) {
                return std::nullopt;
            }
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                ++m_steps;
                const int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1]))
                    ? forward[k1Offset + 1]
                    : forward[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[aLo + x1] == m_b[bLo + y1]) {
                    ++x1;
                    ++y1;
                    ++m_steps;
                }
                forward[k1Offset] = x1;
                if (x1 > n) {
                    k1End += 2;
                } else if (y1 > m) {
                    k1Start += 2;
                } else if (checkForward) {
                    const int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && backward[k2Offset] != -1
                        && x1 >= n - backward[k2Offset]) {
                        return inside(x1, y1);
                    }
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                ++m_steps;
                const int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1]))
                    ? backward[k2Offset + 1]
                    : backward[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[aHi - 1 - x2] == m_b[bHi - 1 - y2]) {
                    ++x2;
                    ++y2;
                    ++m_steps;
                }
                backward[k2Offset] = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!checkForward) {
                    const int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
                        const int x1 = forward[k1Offset];
                        const int y1 = x1 - (k1Offset - offset);
                        if (x1 >= n - x2) {
                            return inside(x1, y1);
                        }
                    }
                }
            }
        }
        return std::nullopt;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<Op> m_ops;
    qint64 m_steps = 0;
};

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

void append(QList<DiffSpan> &spans, DiffSpan::Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        return;
    }
    if (!spans.isEmpty() && spans.last().kind == kind) {
        spans.last().text += text;
    } else {
        spans.append({kind, text});
    }
}

}

QList<DiffSpan> wordDiff(const QString &a, const QString &b)
{
    const QList<Token> aTokens = tokenize(a);
    const QList<Token> bTokens = tokenize(b);
    // Tokens become numbers; whitespace of any amount or kind is one number.
    QHash<QString, int> ids;
    const auto keysOf = [&ids](const QString &text, const QList<Token> &tokens) {
        std::vector<int> keys;
        keys.reserve(tokens.size());
        for (const Token &token : tokens) {
            const QString key = token.space ? QStringLiteral(" ") : text.mid(token.start, token.length);
            auto it = ids.constFind(key);
            if (it == ids.cend()) {
                it = ids.insert(key, int(ids.size()));
            }
            keys.push_back(it.value());
        }
        return keys;
    };
    const std::vector<int> aKeys = keysOf(a, aTokens);
    const std::vector<int> bKeys = keysOf(b, bTokens);
    const std::vector<Op> ops = Differ(aKeys, bKeys).run();

    const auto textOf = [](const QString &text, const Token &token) { return text.mid(token.start, token.length); };
    // Whitespace and punctuation the two sides share between two changes
    // belong to the changed passage: "~~red car~~ blue bike" reads better
    // than "~~red~~ blue ~~car~~ bike".
    std::vector<bool> absorbed(ops.size(), false);
    for (size_t i = 0; i < ops.size();) {
        if (ops[i].kind != DiffSpan::Same) {
            ++i;
            continue;
        }
        size_t end = i;
        bool hasWord = false;
        while (end < ops.size() && ops[end].kind == DiffSpan::Same) {
            hasWord = hasWord || bTokens.at(ops[end].b).word;
            ++end;
        }
        if (!hasWord && i > 0 && end < ops.size()) {
            std::fill(absorbed.begin() + qsizetype(i), absorbed.begin() + qsizetype(end), true);
        }
        i = end;
    }

    QList<DiffSpan> spans;
    QString removed;
    QString added;
    const auto closeChange = [&] {
        if (isBlank(removed) && isBlank(added)) {
            append(spans, DiffSpan::Same, added); // only whitespace changed: no change
        } else {
            // Whitespace both sides begin or end with stays outside the change.
            const qsizetype shorter = std::min(removed.size(), added.size());
            qsizetype lead = 0;
            while (lead < shorter && removed.at(lead) == added.at(lead) && added.at(lead).isSpace()) {
                ++lead;
            }
            qsizetype trail = 0;
            while (trail < shorter - lead
                && removed.at(removed.size() - 1 - trail) == added.at(added.size() - 1 - trail)
                && added.at(added.size() - 1 - trail).isSpace()) {
                ++trail;
            }
            append(spans, DiffSpan::Same, added.left(lead));
            append(spans, DiffSpan::Removed, removed.mid(lead, removed.size() - lead - trail));
            append(spans, DiffSpan::Added, added.mid(lead, added.size() - lead - trail));
            append(spans, DiffSpan::Same, added.right(trail));
        }
        removed.clear();
        added.clear();
    };
    bool inChange = false;
    for (size_t i = 0; i < ops.size(); ++i) {
        const Op &op = ops[i];
        if (op.kind == DiffSpan::Same && !absorbed[i]) {
            if (inChange) {
                closeChange();
                inChange = false;
            }
            append(spans, DiffSpan::Same, textOf(b, bTokens.at(op.b)));
            continue;
        }
        inChange = true;
        if (op.a >= 0) {
            removed += textOf(a, aTokens.at(op.a));
        }
        if (op.b >= 0) {
            added += textOf(b, bTokens.at(op.b));
        }
    }
    if (inChange) {
        closeChange();
    }
    // A word inserted or deleted between two words reads "quick {+brown +}fox",
    // not "quick{+ brown+} fox": leading whitespace moves behind the change.
    for (qsizetype i = 1; i + 1 < spans.size(); ++i) {
        DiffSpan &change = spans[i];
        DiffSpan &next = spans[i + 1];
        if (change.kind == DiffSpan::Same || next.kind != DiffSpan::Same || spans.at(i - 1).kind != DiffSpan::Same) {
            continue;
        }
        while (!change.text.isEmpty() && !next.text.isEmpty() && change.text.front().isSpace()
            && change.text.front() == next.text.front()) {
            spans[i - 1].text += change.text.front();
            change.text = change.text.mid(1) + change.text.front();
            next.text.remove(0, 1);
        }
        if (next.text.isEmpty()) {
            spans.removeAt(i + 1);
        }
    }
    return spans;
}

DiffCounts countWords(const QList<DiffSpan> &spans)
{
    DiffCounts counts;
    for (const DiffSpan &span : spans) {
        qsizetype words = 0;
        for (const Token &token : tokenize(span.text)) {
            words += token.word ? 1 : 0;
        }
        switch (span.kind) {
        case DiffSpan::Same:
            counts.same += words;
            break;
        case DiffSpan::Removed:
            counts.removed += words;
            break;
        case DiffSpan::Added:
            counts.added += words;
            break;
        }
    }
    return counts;
}

}
