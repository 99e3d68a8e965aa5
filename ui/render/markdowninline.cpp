#include "render/markdowninline.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QTextCursor>

namespace Confer
{

namespace
{

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && c.isPrint() && !c.isLetterOrNumber() && c != u' ';
}

// Inline Markdown straight into a cursor: emphasis, code spans, links,
// autolinks, strikethrough, escapes, entities and hard breaks. HTML stays text.
class InlineWriter
{
public:
    InlineWriter(QTextCursor &cursor, const QPalette &palette)
        : m_cursor(cursor)
        , m_palette(palette)
    {
    }

    void write(QStringView text, const QTextCharFormat &format)
    {
        QString plain;
        const auto flush = [&] {
            if (!plain.isEmpty()) {
                m_cursor.insertText(plain, format);
            }
            plain.clear();
        };
        // Links do not nest: a URL inside a link's text is just text.
        const bool inLink = format.isAnchor();
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            const QChar c = text[i];
            if (c == u'\\' && i + 1 < n && isAsciiPunctuation(text[i + 1])) {
                plain += text[i + 1];
                i += 2;
            } else if (c == u'\\' && i + 1 < n && text[i + 1] == u'\n') {
                plain += QChar::LineSeparator;
                i += 2;
            } else if (c == u'\n') {
                int spaces = 0;
                while (plain.endsWith(u' ')) {
                    plain.chop(1);
                    ++spaces;
                }
                plain += spaces >= 2 ? QChar::LineSeparator : QChar(u' ');
                ++i;
                while (i < n && text[i] == u' ') {
                    ++i;
                }
            } else if (c == u'`') {
                const qsizetype run = runLength(text, i);
                const qsizetype close = findBacktickRun(text, i + run, run);
                if (close < 0) {
                    plain += text.mid(i, run);
                    i += run;
                    continue;
                }
                QString code = text.mid(i + run, close - i - run).toString();
                code.replace(u'\n', u' ');
                if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty()) {
                    code = code.mid(1, code.size() - 2);
                }
                flush();
                QTextCharFormat f = format;
                f.setFontFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
                f.setFontFixedPitch(true);
                f.setBackground(m_palette.color(QPalette::AlternateBase));
                m_cursor.insertText(code, f);
                i = close + run;
            } else if (!inLink && (c == u'[' || (c == u'!' && i + 1 < n && text[i + 1] == u'['))) {
                const bool image = c == u'!';
                Link link;
                if (parseLink(text, image ? i + 1 : i, &link)) {
                    flush();
                    writeLink(link, image, format);
                    i = link.end;
                } else {
                    plain += c;
                    ++i;
                }
            } else if (c == u'<' && !inLink) {
                const qsizetype close = text.indexOf(u'>', i);
                const QStringView inside = close > 0 ? text.mid(i + 1, close - i - 1) : QStringView();
                if (close > 0 && isAutolink(inside)) {
                    flush();
                    Link link;
                    link.text = inside.toString();
                    link.url = inside.contains(u':') ? link.text : QStringLiteral("mailto:") + link.text;
                    writeLink(link, false, format);
                    i = close + 1;
                } else {
                    plain += c;
                    ++i;
                }
            } else if (!inLink && (c == u'h' || c == u'H') && (i == 0 || !text[i - 1].isLetterOrNumber())
                && (text.mid(i).startsWith(u"http://", Qt::CaseInsensitive)
                    || text.mid(i).startsWith(u"https://", Qt::CaseInsensitive))) {
                qsizetype end = i;
                // Quotes and angle brackets end it: they belong to the HTML around it.
                while (end < n && !text[end].isSpace() && !QStringView(u"<>\"'`").contains(text[end])) {
                    ++end;
                }
                while (end > i && QStringView(u".,:;!?\"')*_~").contains(text[end - 1])) {
                    --end;
                }
                flush();
                Link link;
                link.text = text.mid(i, end - i).toString();
                link.url = link.text;
                writeLink(link, false, format);
                i = end;
            } else if (c == u'*' || c == u'_' || c == u'~') {
                const qsizetype run = runLength(text, i);
                const qsizetype used = writeEmphasis(text, i, run, format, flush);
                if (used == 0) {
                    plain += text.mid(i, run);
                    i += run;
                } else {
                    i = used;
                }
            } else if (c == u'&') {
                const qsizetype semi = text.indexOf(u';', i);
                const QString entity
                    = semi > i && semi - i < 12 ? decodeEntity(text.mid(i + 1, semi - i - 1)) : QString();
                if (!entity.isEmpty()) {
                    plain += entity;
                    i = semi + 1;
                } else {
                    plain += c;
                    ++i;
                }
            } else {
                plain += c;
                ++i;
            }
        }
        while (plain.endsWith(u' ')) {
            plain.chop(1);
        }
        flush();
    }

private:
    struct Link {
        QString text;
        QString url;
        QString title;
        qsizetype end = 0;
    };

    static qsizetype runLength(QStringView text, qsizetype i)
    {
        qsizetype n = 0;
        while (i + n < text.size() && text[i + n] == text[i]) {
            ++n;
        }
        return n;
    }

    static qsizetype findBacktickRun(QStringView text, qsizetype from, qsizetype run)
    {
        qsizetype j = from;
        while (j < text.size()) {
            if (text[j] == u'`') {
                const qsizetype r = runLength(text, j);
                if (r == run) {
                    return j;
                }
                j += r;
            } else {
                ++j;
            }
        }
        return -1;
    }

    static bool isAutolink(QStringView s)
    {
        if (s.isEmpty() || s.contains(u' ') || s.contains(u'<')) {
            return false;
        }
        const qsizetype colon = s.indexOf(u':');
        if (colon >= 2 && colon <= 32 && s[0].isLetter()) {
            for (qsizetype k = 1; k < colon; ++k) {
                if (!(s[k].isLetterOrNumber() || s[k] == u'+' || s[k] == u'.' || s[k] == u'-')) {
                    return false;
                }
            }
            return true;
        }
        const qsizetype at = s.indexOf(u'@');
        return at > 0 && s.indexOf(u'.', at) > at + 1;
    }

    static QString decodeEntity(QStringView name)
    {
        // The named entities people and models actually write; the full
        // HTML5 table (2,000 names) is not worth carrying for chat replies.
        static const struct {
            const char16_t *name;
            char16_t character;
        } named[] = {
            {u"amp", u'&'},
            {u"lt", u'<'},
            {u"gt", u'>'},
            {u"quot", u'"'},
            {u"apos", u'\''},
            {u"nbsp", 0x00a0},
            {u"copy", 0x00a9},
            {u"reg", 0x00ae},
            {u"trade", 0x2122},
            {u"hellip", 0x2026},
            {u"mdash", 0x2014},
            {u"ndash", 0x2013},
            {u"laquo", 0x00ab},
            {u"raquo", 0x00bb},
            {u"lsquo", 0x2018},
            {u"rsquo", 0x2019},
            {u"ldquo", 0x201c},
            {u"rdquo", 0x201d},
            {u"times", 0x00d7},
            {u"divide", 0x00f7},
            {u"deg", 0x00b0},
            {u"plusmn", 0x00b1},
            {u"micro", 0x00b5},
            {u"middot", 0x00b7},
            {u"sect", 0x00a7},
            {u"para", 0x00b6},
            {u"euro", 0x20ac},
            {u"pound", 0x00a3},
            {u"yen", 0x00a5},
            {u"cent", 0x00a2},
            {u"bull", 0x2022},
            {u"larr", 0x2190},
            {u"rarr", 0x2192},
            {u"uarr", 0x2191},
            {u"darr", 0x2193},
            {u"harr", 0x2194},
            {u"rArr", 0x21d2},
            {u"le", 0x2264},
            {u"ge", 0x2265},
            {u"ne", 0x2260},
            {u"asymp", 0x2248},
            {u"infin", 0x221e},
            {u"minus", 0x2212},
            {u"shy", 0x00ad},
            {u"zwj", 0x200d},
            {u"zwnj", 0x200c},
        };
        for (const auto &entity : named) {
            if (name == QStringView(entity.name)) {
                return QString(QChar(entity.character));
            }
        }
        if (name.size() > 1 && name[0] == u'#') {
            bool ok = false;
            const uint code
                = (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
            if (ok && code <= 0x10ffff) {
                const char32_t c = (code == 0 || (code >= 0xd800 && code <= 0xdfff)) ? 0xfffd : code;
                return QString::fromUcs4(&c, 1);
            }
        }
        return QString();
    }

    static bool parseLink(QStringView text, qsizetype open, Link *link)
    {
        int depth = 0;
        qsizetype j = open;
        qsizetype close = -1;
        for (; j < text.size(); ++j) {
            if (text[j] == u'\\') {
                ++j;
            } else if (text[j] == u'`') {
                const qsizetype run = runLength(text, j);
                const qsizetype end = findBacktickRun(text, j + run, run);
                j = end < 0 ? j + run - 1 : end + run - 1;
            } else if (text[j] == u'[') {
                ++depth;
            } else if (text[j] == u']') {
                if (--depth == 0) {
                    close = j;
                    break;
                }
            }
        }
        if (close < 0 || close + 1 >= text.size() || text[close + 1] != u'(') {
            return false;
        }
        qsizetype k = close + 2;
        while (k < text.size() && text[k] == u' ') {
            ++k;
        }
        QString url;
        if (k < text.size() && text[k] == u'<') {
            const qsizetype end = text.indexOf(u'>', k);
            if (end < 0) {
                return false;
            }
            url = text.mid(k + 1, end - k - 1).toString();
            k = end + 1;
        } else {
            int parens = 0;
            while (k < text.size() && !text[k].isSpace()) {
                if (text[k] == u'(') {
                    ++parens;
                }
                if (text[k] == u')' && parens-- == 0) {
                    break;
                }
                url += text[k];
                ++k;
            }
        }
        while (k < text.size() && text[k].isSpace()) {
            ++k;
        }
        QString title;
        if (k < text.size() && (text[k] == u'"' || text[k] == u'\'' || text[k] == u'(')) {
            const QChar end = text[k] == u'(' ? u')' : text[k];
            const qsizetype stop = text.indexOf(end, k + 1);
            if (stop < 0) {
                return false;
            }
            title = text.mid(k + 1, stop - k - 1).toString();
            k = stop + 1;
            while (k < text.size() && text[k].isSpace()) {
                ++k;
            }
        }
        if (k >= text.size() || text[k] != u')') {
            return false;
        }
        link->text = text.mid(open + 1, close - open - 1).toString();
        link->url = url;
        link->title = title;
        link->end = k + 1;
        return true;
    }

    void writeLink(const Link &link, bool image, const QTextCharFormat &format)
    {
        QTextCharFormat f = format;
        f.setAnchor(true);
        f.setAnchorHref(link.url);
        f.setForeground(m_palette.color(QPalette::Link));
        f.setFontUnderline(true);
        f.setToolTip(link.title.isEmpty() ? link.url : link.title + u'\n' + link.url);
        if (image) {
            // Shown as a link naming its address, never loaded.
            const QString label = link.text.isEmpty() ? link.url : link.text + QStringLiteral(" (") + link.url + u')';
            m_cursor.insertText(QCoreApplication::translate("Confer::MarkdownRenderer", "Image: %1").arg(label), f);
        } else if (link.text.isEmpty()) {
            m_cursor.insertText(link.url, f);
        } else {
            write(link.text, f);
        }
    }

    // Where the run closing an emphasis of `want` characters c starts, or -1.
    // Runs that open a nested emphasis (preceded by a space) are skipped
    // together with their own closers, so "*a **b** c*" closes at the end.
    static qsizetype findCloser(QStringView text, qsizetype from, QChar c, qsizetype want, int depth)
    {
        const qsizetype n = text.size();
        for (qsizetype j = from; j < n; ++j) {
            if (text[j] == u'`') {
                const qsizetype r = runLength(text, j);
                const qsizetype end = findBacktickRun(text, j + r, r);
                j = end < 0 ? j + r - 1 : end + r - 1;
                continue;
            }
            if (text[j] == u'\\') {
                ++j;
                continue;
            }
            if (text[j] != c) {
                continue;
            }
            const qsizetype r = runLength(text, j);
            const bool rightFlanking = !text[j - 1].isSpace();
            const QChar next = j + r < n ? text[j + r] : QChar(u' ');
            if (rightFlanking && r >= want && !(c == u'_' && next.isLetterOrNumber())) {
                return j;
            }
            if (!rightFlanking && !next.isSpace() && depth < 8) {
                const qsizetype nested = findCloser(text, j + r, c, qMin<qsizetype>(r, 3), depth + 1);
                if (nested > 0) {
                    j = nested + qMin<qsizetype>(r, 3) - 1;
                    continue;
                }
            }
            j += r - 1;
        }
        return -1;
    }

    template<typename Flush>
    qsizetype writeEmphasis(QStringView text, qsizetype i, qsizetype run, const QTextCharFormat &format, Flush flush)
    {
        const QChar c = text[i];
        const qsizetype n = text.size();
        const QChar before = i > 0 ? text[i - 1] : QChar(u' ');
        const QChar after = i + run < n ? text[i + run] : QChar(u' ');
        if (after.isSpace() || (c == u'_' && before.isLetterOrNumber())) {
            return 0;
        }
        if (c == u'~' && run > 2) {
            return 0;
        }
        const qsizetype want = c == u'~' ? run : qMin<qsizetype>(run, 3);
        const qsizetype j = findCloser(text, i + run, c, want, 0);
        if (j < 0 || j <= i + run) {
            return 0;
        }
        flush();
        if (run > want) {
            m_cursor.insertText(QString(run - want, c), format);
        }
        QTextCharFormat f = format;
        if (c == u'~') {
            f.setFontStrikeOut(true);
        }
        if (c != u'~' && want != 2) {
            f.setFontItalic(true);
        }
        if (c != u'~' && want >= 2) {
            f.setFontWeight(QFont::Bold);
        }
        write(text.mid(i + run, j - i - run), f);
        return j + want;
    }

    QTextCursor &m_cursor;
    const QPalette &m_palette;
};

}

void writeInlineMarkdown(QTextCursor &cursor, QStringView text, const QTextCharFormat &format, const QPalette &palette)
{
    InlineWriter(cursor, palette).write(text, format);
}

}
