#include "chat/messagebody.h"

#include "render/markdownrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

namespace Confer
{

MessageBody::MessageBody(KSyntaxHighlighting::Repository &repository, const QPalette &palette)
    : m_renderer(std::make_unique<MarkdownRenderer>(repository))
{
    m_renderer->setPalette(palette);
    m_renderer->document()->setDocumentMargin(0);
}

MessageBody::~MessageBody() = default;

QTextDocument *MessageBody::document() const
{
    return m_renderer->document();
}

void MessageBody::setMarkdown(const QString &markdown, bool finished)
{
    if (finished) {
        m_renderer->setMarkdown(markdown);
    } else {
        m_renderer->clear();
        m_renderer->append(markdown);
    }
}

namespace
{

// The document from a position on, as runs of one character format (and the
// block format of the block each run is in); a block separator is a run of its own.
struct Run {
    int position = 0;
    int length = 0;
    int charFormat = -1;
    int blockFormat = -1;

    bool sameStyle(const Run &other) const
    {
        return position == other.position && charFormat == other.charFormat && blockFormat == other.blockFormat;
    }
};

QList<Run> runsFrom(const QTextDocument &document, int from, QString &text)
{
    QList<Run> runs;
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int end = fragment.position() + fragment.length();
            if (end <= from) {
                continue;
            }
            const int start = std::max(fragment.position(), from);
            runs.append({start, end - start, fragment.charFormatIndex(), block.blockFormatIndex()});
            text += QStringView(fragment.text()).mid(start - fragment.position());
        }
        runs.append({block.position() + block.length() - 1, 1, -1, block.blockFormatIndex()});
        text += QChar::ParagraphSeparator;
    }
    return runs;
}

}

int MessageBody::append(const QString &delta)
{
    const QTextDocument &doc = *document();
    const int from = m_renderer->openTailPosition();
    QString textBefore;
    const QList<Run> before = runsFrom(doc, from, textBefore);
    m_renderer->append(delta);
    QString textAfter;
    const QList<Run> after = runsFrom(doc, from, textAfter);

    // The first position where the text, a character format or a block format differs.
    qsizetype same = 0;
    while (same < textBefore.size() && same < textAfter.size() && textBefore.at(same) == textAfter.at(same)) {
        ++same;
    }
    int changed = from + int(same);
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        const Run &old = before.at(i);
        const Run &now = after.at(i);
        if (!old.sameStyle(now)) {
            changed = std::min(changed, std::min(old.position, now.position));
            break;
        }
        if (old.length != now.length) {
            changed = std::min(changed, old.position + std::min(old.length, now.length));
            break;
        }
    }
    const int position = std::max(0, changed - 1);
    const QTextBlock block = doc.findBlock(position);
    if (!block.isValid()) {
        return 0;
    }
    const qreal blockTop = doc.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    const QTextLine line = layout ? layout->lineForTextPosition(position - block.position()) : QTextLine();
    return qFloor(blockTop + (line.isValid() ? line.y() : 0));
}

void MessageBody::finish()
{
    m_renderer->finish();
}

void MessageBody::setPalette(const QPalette &palette)
{
    m_renderer->setPalette(palette);
}

int MessageBody::layout(int width)
{
    if (width != m_width) {
        m_width = width;
        document()->setTextWidth(width);
    }
    return height();
}

int MessageBody::height() const
{
    return qCeil(document()->size().height());
}

int MessageBody::codeBlockCount() const
{
    return int(m_renderer->codeBlocks().size());
}

QString MessageBody::codeBlockText(int index) const
{
    const QList<MarkdownRenderer::CodeBlock> blocks = m_renderer->codeBlocks();
    return index >= 0 && index < blocks.size() ? blocks.at(index).code : QString();
}

QRectF MessageBody::codeBlockRect(int index) const
{
    return m_renderer->codeBlockRect(index);
}

QRectF MessageBody::codeLabelRect(int index) const
{
    const QList<MarkdownRenderer::CodeBlock> blocks = m_renderer->codeBlocks();
    if (index < 0 || index >= blocks.size()) {
        return QRectF();
    }
    const QTextBlock label = document()->findBlockByNumber(blocks.at(index).firstBlock);
    return document()->documentLayout()->blockBoundingRect(label);
}

qreal MessageBody::codeFirstLineRight(int index) const
{
    const QList<MarkdownRenderer::CodeBlock> blocks = m_renderer->codeBlocks();
    if (index < 0 || index >= blocks.size() || blocks.at(index).lastBlock <= blocks.at(index).firstBlock) {
        return 0;
    }
    const QTextBlock first = document()->findBlockByNumber(blocks.at(index).firstBlock + 1);
    const QTextLayout *layout = first.layout();
    if (!layout || layout->lineCount() == 0) {
        return 0;
    }
    const QTextLine line = layout->lineAt(0);
    return document()->documentLayout()->blockBoundingRect(first).left() + line.x() + line.naturalTextWidth();
}

void MessageBody::drawWrapMarks(QPainter *painter, const QRectF &clip, const QColor &color) const
{
    m_renderer->drawWrapMarks(painter, clip, color);
}

QString MessageBody::anchorAt(const QPointF &position) const
{
    return m_renderer->anchorAt(position);
}

QRectF MessageBody::endOfText() const
{
    const QTextBlock block = document()->lastBlock();
    const QTextLayout *layout = block.layout();
    const QRectF blockRect = document()->documentLayout()->blockBoundingRect(block);
    if (!layout || layout->lineCount() == 0) {
        return QRectF(blockRect.topLeft(), QSizeF(0, 16));
    }
    const QTextLine line = layout->lineAt(layout->lineCount() - 1);
    return QRectF(blockRect.left() + line.x() + line.naturalTextWidth(), blockRect.top() + line.y(), 0, line.height());
}

}
