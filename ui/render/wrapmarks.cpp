// The marks on wrapped code lines: a code line wider than the column wraps
// under a hanging indent, and each continuation gets a "↳" in the gap that
// leaves, painted rather than written so that copies keep the original line.
#include "render/markdownrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace Confer
{

QList<QRectF> MarkdownRenderer::wrapMarks(const QRectF &clip) const
{
    QList<QRectF> marks;
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (qsizetype index = 0; index < m_codeBlocks.size(); ++index) {
        const CodeBlock &block = m_codeBlocks[index];
        if (clip.isValid() && !codeBlockRect(int(index)).intersects(clip)) {
            continue;
        }
        for (int number = block.firstBlock + 1; number <= block.lastBlock; ++number) {
            const QTextBlock line = document()->findBlockByNumber(number);
            const QTextLayout *lines = line.layout();
            if (!lines || lines->lineCount() < 2) {
                continue;
            }
            const QTextBlockFormat format = line.blockFormat();
            const qreal hang = -format.textIndent();
            const qreal width = format.hasProperty(WrapMarkWidthProperty)
                ? std::min(hang, format.doubleProperty(WrapMarkWidthProperty))
                : hang;
            const QPointF origin = layout->blockBoundingRect(line).topLeft();
            for (int k = 1; k < lines->lineCount(); ++k) {
                const QTextLine wrapped = lines->lineAt(k);
                marks.append(
                    QRectF(origin.x() + wrapped.x() - width, origin.y() + wrapped.y(), width, wrapped.height()));
            }
        }
    }
    return marks;
}

void MarkdownRenderer::drawWrapMarks(QPainter *painter, const QRectF &clip, const QColor &color) const
{
    const QList<QRectF> marks = wrapMarks(clip);
    if (marks.isEmpty()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    for (const QRectF &mark : marks) {
        // "↳": down from the line above, then on into the continued text.
        const qreal size = std::min(mark.width() - 4, mark.height() * 0.5);
        const qreal left = mark.left() + (mark.width() - size) / 2;
        const qreal middle = mark.center().y() + size / 4;
        QPainterPath path;
        path.moveTo(left, middle - size * 0.7);
        path.lineTo(left, middle);
        path.lineTo(left + size, middle);
        path.moveTo(left + size - size * 0.35, middle - size * 0.35);
        path.lineTo(left + size, middle);
        path.lineTo(left + size - size * 0.35, middle + size * 0.35);
        painter->drawPath(path);
    }
    painter->restore();
}

} // namespace Confer
