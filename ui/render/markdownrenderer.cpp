#include "render/markdownrenderer.h"

#include "render/markdownblocks.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

Q_LOGGING_CATEGORY(lcRender, "confer.render")

namespace Confer
{

// Model output may name images or files; the document must never load them.
class SafeTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;
    int requests = 0;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        ++requests;
        qCWarning(lcRender) << "refused to load a resource named in model output:" << name.toDisplayString();
        return QVariant();
    }
};

namespace
{

constexpr int CodeBlockProperty = QTextFormat::UserProperty + 1;

class CodeHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };
    QList<Span> spans;

    KSyntaxHighlighting::State line(QStringView text, const KSyntaxHighlighting::State &state)
    {
        spans.clear();
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0) {
            spans.append({offset, length, format});
        }
    }
};

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
            m_cursor.insertText(QStringLiteral("🖼 ") + label, f);
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

} // namespace

struct MarkdownRenderer::Writer {
    MarkdownRenderer &renderer;
    QTextCursor cursor;
    bool &fresh;
    QList<CodeBlock> &codeBlocks;

    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &chars = QTextCharFormat())
    {
        if (fresh) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(chars);
            fresh = false;
        } else {
            cursor.insertBlock(block, chars);
        }
    }

    QTextBlockFormat baseFormat(int indent, int quote) const
    {
        QTextBlockFormat f;
        f.setIndent(indent);
        if (quote > 0) {
            f.setProperty(QTextFormat::BlockQuoteLevel, quote);
            f.setLeftMargin(16 * quote);
        }
        f.setBottomMargin(4);
        return f;
    }

    void inlineText(const QString &text, const QTextCharFormat &format)
    {
        InlineWriter(cursor, renderer.m_palette).write(text, format);
    }

    void blocks(const std::vector<MarkdownBlock> &list, int indent, int quote)
    {
        for (const MarkdownBlock &b : list) {
            block(b, indent, quote);
        }
    }

    void block(const MarkdownBlock &b, int indent, int quote)
    {
        switch (b.kind) {
        case MarkdownBlock::Paragraph: {
            startBlock(baseFormat(indent, quote));
            inlineText(b.text, QTextCharFormat());
            break;
        }
        case MarkdownBlock::Heading: {
            QTextBlockFormat f = baseFormat(indent, quote);
            f.setHeadingLevel(b.level);
            f.setTopMargin(8);
            QTextCharFormat c;
            c.setFontWeight(QFont::Bold);
            c.setProperty(QTextFormat::FontSizeAdjustment, qMax(0, 3 - b.level));
            startBlock(f, c);
            inlineText(b.text, c);
            break;
        }
        case MarkdownBlock::ThematicBreak: {
            QTextBlockFormat f = baseFormat(indent, quote);
            f.setProperty(
                QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
            startBlock(f);
            break;
        }
        case MarkdownBlock::Code:
            code(b, indent, quote);
            break;
        case MarkdownBlock::Quote:
            blocks(b.children, indent, quote + 1);
            break;
        case MarkdownBlock::List:
            list(b, indent, quote);
            break;
        case MarkdownBlock::Table:
            table(b);
            break;
        }
    }

    void list(const MarkdownBlock &b, int indent, int quote)
    {
        QTextListFormat format;
        format.setIndent(indent + 1);
        if (b.ordered) {
            format.setStyle(QTextListFormat::ListDecimal);
            format.setStart(b.start);
        } else {
            static const QTextListFormat::Style styles[]
                = {QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare};
            format.setStyle(styles[indent % 3]);
        }
        QTextList *textList = nullptr;
        for (const MarkdownListItem &item : b.items) {
            QTextBlockFormat f = baseFormat(0, quote);
            f.setBottomMargin(2);
            if (item.task >= 0) {
                f.setMarker(
                    item.task ? QTextBlockFormat::MarkerType::Checked : QTextBlockFormat::MarkerType::Unchecked);
            }
            startBlock(f);
            if (textList) {
                textList->add(cursor.block());
            } else {
                textList = cursor.createList(format);
            }
            auto rest = item.blocks.begin();
            if (rest != item.blocks.end() && rest->kind == MarkdownBlock::Paragraph) {
                inlineText(rest->text, QTextCharFormat());
                ++rest;
            }
            for (; rest != item.blocks.end(); ++rest) {
                block(*rest, indent + 1, quote);
            }
        }
    }

    void code(const MarkdownBlock &b, int indent, int quote)
    {
        const int index = int(codeBlocks.size());
        CodeBlock info;
        info.language = b.language;
        info.code = b.text;
        info.firstBlock = codeLabel(b.language, index, indent, quote);
        KSyntaxHighlighting::State state;
        const QStringList lines = b.text.split(u'\n');
        codeLines(lines, 0, lines.size(), b.language, index, indent, quote, state);
        info.lastBlock = cursor.block().blockNumber();
        codeBlocks.append(info);
    }

    // The label line above a code block; returns its block number.
    int codeLabel(const QString &language, int index, int indent, int quote)
    {
        const KSyntaxHighlighting::Theme &theme = renderer.m_theme;
        QTextBlockFormat label = baseFormat(indent, quote);
        label.setProperty(CodeBlockProperty, index);
        label.setBackground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
        label.setTopMargin(4);
        label.setBottomMargin(0);
        QTextCharFormat labelChars;
        labelChars.setForeground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers)));
        labelChars.setProperty(QTextFormat::FontSizeAdjustment, -1);
        startBlock(label, labelChars);
        cursor.insertText(language, labelChars);
        return cursor.block().blockNumber();
    }

    // Highlighted code lines [from, to), continuing from (and updating) state.
    void codeLines(const QStringList &lines, qsizetype from, qsizetype to, const QString &language, int index,
        int indent, int quote, KSyntaxHighlighting::State &state)
    {
        const KSyntaxHighlighting::Theme &theme = renderer.m_theme;
        QTextBlockFormat line = baseFormat(indent, quote);
        line.setProperty(CodeBlockProperty, index);
        line.setNonBreakableLines(true);
        line.setBottomMargin(0);
        line.setBackground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
        QTextCharFormat base;
        base.setFontFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
        base.setFontFixedPitch(true);
        base.setForeground(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));

        const KSyntaxHighlighting::Definition definition = renderer.definitionFor(language);
        CodeHighlighter highlighter;
        highlighter.setDefinition(definition);
        highlighter.setTheme(theme);
        for (qsizetype k = from; k < to; ++k) {
            const QString &text = lines[k];
            startBlock(line, base);
            if (!definition.isValid()) {
                cursor.insertText(text, base);
                continue;
            }
            state = highlighter.line(text, state);
            int done = 0;
            for (const CodeHighlighter::Span &span : std::as_const(highlighter.spans)) {
                if (span.offset > done) {
                    cursor.insertText(text.mid(done, span.offset - done), base);
                }
                QTextCharFormat f = base;
                if (span.format.hasTextColor(theme)) {
                    f.setForeground(span.format.textColor(theme));
                }
                if (span.format.hasBackgroundColor(theme)) {
                    f.setBackground(span.format.backgroundColor(theme));
                }
                if (span.format.isBold(theme)) {
                    f.setFontWeight(QFont::Bold);
                }
                if (span.format.isItalic(theme)) {
                    f.setFontItalic(true);
                }
                cursor.insertText(text.mid(span.offset, span.length), f);
                done = span.offset + span.length;
            }
            if (done < text.size()) {
                cursor.insertText(text.mid(done), base);
            }
        }
    }

    void table(const MarkdownBlock &b)
    {
        const int columns = int(b.alignments.size());
        QTextTableFormat format;
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorder(1);
        format.setBorderCollapse(true);
        format.setHeaderRowCount(1);
        QTextTable *table = cursor.insertTable(int(b.rows.size()), columns, format);
        for (int r = 0; r < b.rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                cursor = cell.firstCursorPosition();
                QTextBlockFormat f;
                f.setAlignment(b.alignments[c]);
                cursor.setBlockFormat(f);
                QTextCharFormat chars;
                if (r == 0) {
                    chars.setFontWeight(QFont::Bold);
                }
                inlineText(c < b.rows[r].size() ? b.rows[r][c] : QString(), chars);
            }
        }
        cursor = QTextCursor(renderer.m_document.get());
        cursor.movePosition(QTextCursor::End);
        fresh = true;
    }
};

MarkdownRenderer::MarkdownRenderer(KSyntaxHighlighting::Repository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_document(std::make_unique<SafeTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    setPalette(QPalette());
}

MarkdownRenderer::~MarkdownRenderer() = default;

QTextDocument *MarkdownRenderer::document() const
{
    return m_document.get();
}

void MarkdownRenderer::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_theme = m_repository.themeForPalette(palette);
    // Re-render everything with the new theme and link colour.
    const QString text = m_text;
    const bool finished = m_finished;
    const bool pendingCr = m_pendingCr;
    clear();
    m_text = text;
    m_pendingCr = pendingCr;
    m_finished = finished;
    renderPending();
}

KSyntaxHighlighting::Theme MarkdownRenderer::theme() const
{
    return m_theme;
}

void MarkdownRenderer::clear()
{
    m_document->clear();
    m_text.clear();
    m_pendingCr = false;
    m_finished = false;
    m_tailOffset = 0;
    m_tailPosition = 0;
    m_freshBlock = true;
    m_tailRendered = false;
    m_tailUsedFreshBlock = false;
    m_codeBlocks.clear();
    m_frozenCodeBlocks = 0;
    m_openCode = OpenCode();
}

void MarkdownRenderer::append(QStringView delta)
{
    if (delta.isEmpty() || m_finished) {
        return;
    }
    QString text = m_pendingCr ? u'\r' + delta.toString() : delta.toString();
    m_pendingCr = text.endsWith(u'\r');
    if (m_pendingCr) {
        text.chop(1); // might be the first half of CRLF
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    m_text += text;
    renderPending();
}

void MarkdownRenderer::finish()
{
    if (m_finished) {
        return;
    }
    if (m_pendingCr) {
        m_text += u'\n';
    }
    m_pendingCr = false;
    m_finished = true;
    renderPending();
}

bool MarkdownRenderer::isFinished() const
{
    return m_finished;
}

void MarkdownRenderer::setMarkdown(QStringView markdown)
{
    clear();
    append(markdown);
    finish();
}

QString MarkdownRenderer::markdown() const
{
    return m_text;
}

void MarkdownRenderer::removeTail()
{
    if (!m_tailRendered) {
        return;
    }
    QTextCursor cursor(m_document.get());
    cursor.setPosition(m_tailPosition);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (m_tailUsedFreshBlock) {
        if (QTextList *list = cursor.currentList()) {
            list->remove(cursor.block());
        }
        cursor.setBlockFormat(QTextBlockFormat());
        cursor.setBlockCharFormat(QTextCharFormat());
    } else {
        // Removing the tail's first block separator merges the last frozen
        // block with the tail's last block, whose formats (and list) win.
        cursor.setBlockFormat(m_frozenBlockFormat);
        cursor.setBlockCharFormat(m_frozenCharFormat);
    }
    m_freshBlock = m_tailUsedFreshBlock;
    m_codeBlocks.resize(m_frozenCodeBlocks);
    m_tailRendered = false;
}

void MarkdownRenderer::renderPending()
{
    // One edit block for removing the old tail and writing the new one, so
    // the layout runs once per update.
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    renderTail();
    edit.endEditBlock();
}

void MarkdownRenderer::renderTail()
{
    const QStringView tail = QStringView(m_text).mid(m_tailOffset);
    QStringList lines = tail.toString().split(u'\n');
    // A final line break ends the last line rather than starting an empty one.
    if (m_finished && lines.size() > 1 && lines.last().isEmpty()) {
        lines.removeLast();
    }
    // Lines before the last are complete; the last is complete only at the end.
    const int completeLines = m_finished ? int(lines.size()) : int(lines.size()) - 1;
    const std::vector<MarkdownBlock> blocks = parseMarkdownBlocks(lines);
    // An open fenced code block goes on from its last frozen line.
    const bool resume
        = m_openCode.active && !blocks.empty() && blocks.front().kind == MarkdownBlock::Code && blocks.front().fenced;
    if (!resume) {
        m_openCode.active = false;
    }
    removeTail();
    if (blocks.empty()) {
        return;
    }

    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    Writer writer {*this, cursor, m_freshBlock, m_codeBlocks};

    // Freeze every block followed by one whose first line is complete.
    std::size_t frozen = 0;
    while (frozen + 1 < blocks.size() && blocks[frozen + 1].firstLine < completeLines) {
        ++frozen;
    }
    if (m_finished) {
        frozen = blocks.size();
    }
    for (std::size_t k = 0; k < frozen; ++k) {
        if (k == 0 && resume) {
            continueCode(writer, blocks[k], true);
            m_openCode.active = false;
        } else {
            writer.block(blocks[k], 0, 0);
        }
    }
    if (frozen == blocks.size()) {
        m_tailOffset = m_text.size();
        m_frozenCodeBlocks = m_codeBlocks.size();
        m_tailRendered = false;
        return;
    }

    qsizetype offset = 0;
    for (int l = 0; l < blocks[frozen].firstLine; ++l) {
        offset += lines[l].size() + 1;
    }
    m_tailOffset += offset;
    const MarkdownBlock &open = blocks[frozen];
    // A fenced code block whose fence line is complete streams line by line:
    // its label and complete lines are frozen, so a long block costs no more
    // per update than a short one.
    if (open.kind == MarkdownBlock::Code && open.fenced && open.firstLine < completeLines) {
        if (!(frozen == 0 && resume)) {
            m_openCode = OpenCode();
            m_openCode.active = true;
            m_openCode.index = int(m_codeBlocks.size());
            m_openCode.labelBlock = writer.codeLabel(open.language, m_openCode.index, 0, 0);
        }
        continueCode(writer, open, false);
        return;
    }
    m_openCode.active = false;
    m_frozenCodeBlocks = m_codeBlocks.size();
    writer.cursor.movePosition(QTextCursor::End);
    m_tailPosition = writer.cursor.position();
    m_tailUsedFreshBlock = m_freshBlock;
    m_frozenBlockFormat = writer.cursor.blockFormat();
    m_frozenCharFormat = writer.cursor.blockCharFormat();
    writer.block(open, 0, 0);
    m_tailRendered = true;
}

void MarkdownRenderer::continueCode(Writer &writer, const MarkdownBlock &block, bool complete)
{
    const QStringList lines = block.text.split(u'\n');
    const qsizetype completeLines = complete || block.closed ? lines.size() : lines.size() - 1;
    writer.codeLines(
        lines, m_openCode.linesDone, completeLines, block.language, m_openCode.index, 0, 0, m_openCode.state);
    m_openCode.linesDone = completeLines;
    if (!complete) {
        // Everything so far is frozen; an incomplete last line is the open tail.
        m_frozenCodeBlocks = m_codeBlocks.size();
        writer.cursor.movePosition(QTextCursor::End);
        m_tailPosition = writer.cursor.position();
        m_tailUsedFreshBlock = m_freshBlock;
        m_frozenBlockFormat = writer.cursor.blockFormat();
        m_frozenCharFormat = writer.cursor.blockCharFormat();
        m_tailRendered = true;
        if (completeLines < lines.size()) {
            KSyntaxHighlighting::State state = m_openCode.state;
            writer.codeLines(lines, completeLines, lines.size(), block.language, m_openCode.index, 0, 0, state);
        }
    }
    CodeBlock info;
    info.language = block.language;
    info.code = block.text;
    info.firstBlock = m_openCode.labelBlock;
    info.lastBlock = writer.cursor.block().blockNumber();
    m_codeBlocks.append(info);
}

KSyntaxHighlighting::Definition MarkdownRenderer::definitionFor(const QString &language)
{
    const QString tag = language.toLower();
    if (tag.isEmpty()) {
        return KSyntaxHighlighting::Definition();
    }
    auto it = m_definitions.constFind(tag);
    if (it != m_definitions.constEnd()) {
        return *it;
    }
    KSyntaxHighlighting::Definition definition = m_repository.definitionForName(tag);
    if (!definition.isValid()) {
        definition = m_repository.definitionForFileName(QStringLiteral("x.") + tag);
    }
    m_definitions.insert(tag, definition);
    return definition;
}

QList<MarkdownRenderer::CodeBlock> MarkdownRenderer::codeBlocks() const
{
    return m_codeBlocks;
}

QRectF MarkdownRenderer::codeBlockRect(int index) const
{
    if (index < 0 || index >= m_codeBlocks.size()) {
        return QRectF();
    }
    const CodeBlock &block = m_codeBlocks[index];
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QRectF first = layout->blockBoundingRect(m_document->findBlockByNumber(block.firstBlock));
    const QRectF last = layout->blockBoundingRect(m_document->findBlockByNumber(block.lastBlock));
    return first.united(last);
}

QString MarkdownRenderer::anchorAt(const QPointF &position) const
{
    return m_document->documentLayout()->anchorAt(position);
}

int MarkdownRenderer::resourceRequests() const
{
    return m_document->requests;
}

} // namespace Confer
