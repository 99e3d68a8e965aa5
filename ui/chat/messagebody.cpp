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

void MessageBody::append(const QString &delta)
{
    m_renderer->append(delta);
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
