#include "render/markdownrenderer.h"

#include "render/markdownblocks.h"
#include "render/markdowninline.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>

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
        // Qt collapses adjacent margins: blocks stand 6 px apart, list items 2.
        f.setTopMargin(6);
        f.setBottomMargin(6);
        return f;
    }

    // Quoted text is set back from the answer's own in a softer colour, as
    // the document has no rule to draw beside it.
    QTextCharFormat baseChars(int quote) const
    {
        QTextCharFormat f;
        if (quote > 0) {
            const QColor text = renderer.m_palette.color(QPalette::Text);
            const QColor base = renderer.m_palette.color(QPalette::Base);
            const auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
            f.setForeground(
                QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())));
        }
        return f;
    }

    void inlineText(const QString &text, const QTextCharFormat &format)
    {
        writeInlineMarkdown(cursor, text, format, renderer.m_palette);
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
            startBlock(baseFormat(indent, quote), baseChars(quote));
            inlineText(b.text, baseChars(quote));
            break;
        }
        case MarkdownBlock::Heading: {
            QTextBlockFormat f = baseFormat(indent, quote);
            f.setHeadingLevel(b.level);
            f.setTopMargin(12);
            QTextCharFormat c = baseChars(quote);
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

    void list(const MarkdownBlock &b, int indent, int quote) { listItems(b, 0, b.items.size(), indent, quote); }

    // List items [from, to). Each item is a QTextList of its own, numbered
    // on from the list's start: Qt lays out every item of a list again when
    // one is added or removed, which would make a long streaming list cost
    // more per update the longer it grows.
    void listItems(const MarkdownBlock &b, std::size_t from, std::size_t to, int indent, int quote)
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
        for (std::size_t k = from; k < to; ++k) {
            const MarkdownListItem &item = b.items[k];
            QTextBlockFormat f = baseFormat(0, quote);
            f.setTopMargin(2);
            f.setBottomMargin(2);
            if (item.task >= 0) {
                f.setMarker(
                    item.task ? QTextBlockFormat::MarkerType::Checked : QTextBlockFormat::MarkerType::Unchecked);
            }
            startBlock(f, baseChars(quote));
            if (b.ordered) {
                format.setStart(b.start + int(k));
            }
            cursor.createList(format);
            auto rest = item.blocks.begin();
            if (rest != item.blocks.end() && rest->kind == MarkdownBlock::Paragraph) {
                inlineText(rest->text, baseChars(quote));
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

    // A code block stands out from the page: the theme's editor background,
    // or its border colour when that is too close to the page (Breeze Light's
    // white on a white window), or a shade of the page.
    QColor codeBackground() const
    {
        const KSyntaxHighlighting::Theme &theme = renderer.m_theme;
        const int page = renderer.m_palette.color(QPalette::Base).lightness();
        for (const auto role : {KSyntaxHighlighting::Theme::BackgroundColor, KSyntaxHighlighting::Theme::IconBorder}) {
            const QColor color = QColor::fromRgba(theme.editorColor(role));
            if (qAbs(color.lightness() - page) >= 10) {
                return color;
            }
        }
        const QColor base = renderer.m_palette.color(QPalette::Base);
        return page > 128 ? base.darker(107) : base.lighter(140);
    }

    // The label line above a code block; returns its block number.
    int codeLabel(const QString &language, int index, int indent, int quote)
    {
        const KSyntaxHighlighting::Theme &theme = renderer.m_theme;
        QTextBlockFormat label = baseFormat(indent, quote);
        label.setProperty(CodeBlockProperty, index);
        label.setBackground(codeBackground());
        label.setTopMargin(8);
        label.setBottomMargin(0);
        QTextCharFormat labelChars;
        labelChars.setForeground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers)));
        labelChars.setProperty(QTextFormat::FontSizeAdjustment, -1);
        startBlock(label, labelChars);
        cursor.insertText(language, labelChars);
        return cursor.block().blockNumber();
    }

    // The width of a character of the code font (its pitch is fixed).
    qreal codeCharWidth() const
    {
        QFont font = renderer.m_document->defaultFont();
        font.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
        font.setFixedPitch(true);
        return QFontMetricsF(font).horizontalAdvance(u'M');
    }

    // Highlighted code lines [from, to), continuing from (and updating) state.
    void codeLines(const QStringList &lines, qsizetype from, qsizetype to, const QString &language, int index,
        int indent, int quote, KSyntaxHighlighting::State &state)
    {
        const KSyntaxHighlighting::Theme &theme = renderer.m_theme;
        QTextBlockFormat line = baseFormat(indent, quote);
        line.setProperty(CodeBlockProperty, index);
        // A line wider than the column wraps (a narrow pane of a comparison
        // would cut it off) under a hanging indent set per line below.
        const qreal margin = line.leftMargin();
        const qreal charWidth = codeCharWidth();
        line.setProperty(WrapMarkWidthProperty, std::round(2 * charWidth));
        line.setTopMargin(0);
        line.setBottomMargin(0);
        line.setBackground(codeBackground());
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
            // The continuation goes on under the line's own code, two characters further in, where
            // drawWrapMarks() marks it; at most ten in all, so that a narrow column keeps room for text.
            qsizetype spaces = 0;
            while (spaces < std::min<qsizetype>(text.size(), 8) && text.at(spaces) == u' ') {
                ++spaces;
            }
            const qreal hang = std::round(charWidth * qreal(spaces + 2));
            line.setLeftMargin(margin + hang);
            line.setTextIndent(-hang);
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
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(renderer.m_palette.color(QPalette::Mid));
        format.setHeaderRowCount(1);
        QTextTable *table = cursor.insertTable(int(b.rows.size()), columns, format);
        for (int r = 0; r < b.rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                // Collapsed borders are drawn from the cells' own.
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBorder(1);
                cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setBorderBrush(renderer.m_palette.color(QPalette::Mid));
                cell.setFormat(cellFormat);
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

namespace
{

// Repository::themeForPalette() reads every theme file to find the closest;
// a window has a palette or two and a long chat renders thousands of messages,
// so the answer is kept per repository and colours it depends on.
KSyntaxHighlighting::Theme themeFor(KSyntaxHighlighting::Repository &repository, const QPalette &palette)
{
    struct Entry {
        const KSyntaxHighlighting::Repository *repository;
        QRgb base;
        QRgb highlight;
        KSyntaxHighlighting::Theme theme;
    };
    static QList<Entry> cache;
    const QRgb base = palette.color(QPalette::Base).rgba();
    const QRgb highlight = palette.color(QPalette::Highlight).rgba();
    for (const Entry &entry : std::as_const(cache)) {
        if (entry.repository == &repository && entry.base == base && entry.highlight == highlight) {
            return entry.theme;
        }
    }
    if (cache.size() >= 16) {
        cache.removeFirst();
    }
    cache.append({&repository, base, highlight, repository.themeForPalette(palette)});
    return cache.constLast().theme;
}

}

MarkdownRenderer::MarkdownRenderer(KSyntaxHighlighting::Repository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_document(std::make_unique<SafeTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    // A token longer than the column (a URL, a long identifier in code) breaks
    // anywhere rather than running past the edge of a narrow pane. Qt's default,
    // which wrapped code and tables' cells rely on: stated rather than assumed.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
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
    m_theme = themeFor(m_repository, palette);
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
    m_codeRects.clear();
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
    m_openList = OpenList();
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
    // An open list goes on from its last frozen item.
    const bool resumeList = m_openList.active && !blocks.empty() && blocks.front().kind == MarkdownBlock::List
        && blocks.front().items.size() >= m_openList.itemsDone;
    if (!resumeList) {
        m_openList = OpenList();
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
        } else if (k == 0 && resumeList) {
            writer.listItems(blocks[k], m_openList.itemsDone, blocks[k].items.size(), 0, 0);
            m_openList = OpenList();
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
    // A block may begin on the last, incomplete line (a new paragraph after a
    // blank line): it is shown as it grows, as part of the tail. There is at
    // most one, since only the last line is incomplete.
    const MarkdownBlock *starting = frozen + 1 < blocks.size() ? &blocks[frozen + 1] : nullptr;
    const auto writeStarting = [&writer, starting] {
        if (starting) {
            writer.block(*starting, 0, 0);
        }
    };
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
        writeStarting();
        return;
    }
    m_openCode.active = false;
    if (open.kind == MarkdownBlock::List) {
        continueList(writer, open, completeLines, frozen == 0 && resumeList);
        writeStarting();
        return;
    }
    m_openList = OpenList();
    m_frozenCodeBlocks = m_codeBlocks.size();
    writer.cursor.movePosition(QTextCursor::End);
    m_tailPosition = writer.cursor.position();
    m_tailUsedFreshBlock = m_freshBlock;
    m_frozenBlockFormat = writer.cursor.blockFormat();
    m_frozenCharFormat = writer.cursor.blockCharFormat();
    writer.block(open, 0, 0);
    writeStarting();
    m_tailRendered = true;
}

void MarkdownRenderer::continueList(Writer &writer, const MarkdownBlock &block, int completeLines, bool resume)
{
    // An item is final once the next item's marker line is complete: a list
    // of any length costs per update only its last item.
    std::size_t finalItems = 0;
    while (finalItems + 1 < block.items.size() && block.items[finalItems + 1].firstLine < completeLines) {
        ++finalItems;
    }
    if (!resume) {
        m_openList = OpenList();
    }
    if (finalItems > m_openList.itemsDone) {
        writer.listItems(block, m_openList.itemsDone, finalItems, 0, 0);
        m_openList.itemsDone = finalItems;
    }
    m_openList.active = m_openList.itemsDone > 0;
    m_frozenCodeBlocks = m_codeBlocks.size();
    writer.cursor.movePosition(QTextCursor::End);
    m_tailPosition = writer.cursor.position();
    m_tailUsedFreshBlock = m_freshBlock;
    m_frozenBlockFormat = writer.cursor.blockFormat();
    m_frozenCharFormat = writer.cursor.blockCharFormat();
    writer.listItems(block, m_openList.itemsDone, block.items.size(), 0, 0);
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
    // A block before the open tail no longer changes but with the width: its
    // rectangle is kept, since the message list asks for every block's on each
    // streamed delta (for the Copy buttons) and paint (for the wrap marks).
    const bool frozen = index < m_frozenCodeBlocks;
    if (frozen) {
        if (m_codeRectsWidth != m_document->textWidth()) {
            m_codeRects.clear();
            m_codeRectsWidth = m_document->textWidth();
        }
        if (index < m_codeRects.size() && m_codeRects.at(index).isValid()) {
            return m_codeRects.at(index);
        }
    }
    const CodeBlock &block = m_codeBlocks[index];
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QRectF rect;
    // Every line: a wrapped one may be the widest, and the label is as wide as the column.
    for (int number = block.firstBlock; number <= block.lastBlock; ++number) {
        const QTextBlock line = m_document->findBlockByNumber(number);
        const QRectF bounds = layout->blockBoundingRect(line);
        // The painted background: the lines' extent, which a quote's margin sets in from the block's left.
        const QRectF lines = line.layout() && line.layout()->lineCount() > 0 ? line.layout()->boundingRect() : QRectF();
        rect = rect.united(lines.isValid()
                ? QRectF(bounds.left() + lines.left(), bounds.top(), lines.width(), bounds.height())
                : bounds);
    }
    if (frozen) {
        if (m_codeRects.size() <= index) {
            m_codeRects.resize(index + 1);
        }
        m_codeRects[index] = rect;
    }
    return rect;
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
