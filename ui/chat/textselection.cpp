#include "chat/textselection.h"

#include <QMimeData>
#include <QPalette>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Confer
{

namespace
{

// The last cursor position: the document always ends with an invisible paragraph separator.
int endOf(QTextDocument *document)
{
    return std::max(0, document->characterCount() - 1);
}

}

void TextSelection::clear()
{
    *this = TextSelection();
}

void TextSelection::start(qint64 messageId, int position)
{
    m_anchorId = m_endId = messageId;
    m_anchor = m_position = position;
}

void TextSelection::extend(qint64 messageId, int position)
{
    m_endId = messageId;
    m_position = position;
}

void TextSelection::selectWord(qint64 messageId, QTextDocument *document, int position)
{
    QTextCursor word(document);
    word.setPosition(std::clamp(position, 0, endOf(document)));
    word.select(QTextCursor::WordUnderCursor);
    m_anchorId = m_endId = messageId;
    m_anchor = word.anchor();
    m_position = word.position();
}

void TextSelection::selectAll(qint64 messageId, QTextDocument *document)
{
    m_anchorId = m_endId = messageId;
    m_anchor = 0;
    m_position = endOf(document);
}

QTextCursor TextSelection::cursorFor(QTextDocument *document, int row, int anchorRow, int endRow) const
{
    QTextCursor cursor(document);
    if (isEmpty() || row < std::min(anchorRow, endRow) || row > std::max(anchorRow, endRow)) {
        return cursor;
    }
    const int last = endOf(document);
    int from = 0;
    int to = last;
    if (anchorRow == endRow) {
        from = m_anchor;
        to = m_position;
    } else if (row == anchorRow) {
        (anchorRow < endRow ? from : to) = m_anchor;
    } else if (row == endRow) {
        (anchorRow < endRow ? to : from) = m_position;
    }
    cursor.setPosition(std::clamp(from, 0, last));
    cursor.setPosition(std::clamp(to, 0, last), QTextCursor::KeepAnchor);
    return cursor;
}

QAbstractTextDocumentLayout::Selection TextSelection::paintSelection(const QTextCursor &cursor, const QPalette &palette)
{
    QAbstractTextDocumentLayout::Selection selection;
    selection.cursor = cursor;
    selection.format.setBackground(palette.brush(QPalette::Active, QPalette::Highlight));
    selection.format.setForeground(palette.brush(QPalette::Active, QPalette::HighlightedText));
    return selection;
}

QString TextSelection::text(const QList<QTextCursor> &parts)
{
    QStringList texts;
    for (const QTextCursor &part : parts) {
        if (part.hasSelection()) {
            texts.append(QTextDocumentFragment(part).toPlainText());
        }
    }
    return texts.join(QStringLiteral("\n\n"));
}

QMimeData *TextSelection::mimeData(const QList<QTextCursor> &parts)
{
    auto *data = new QMimeData;
    data->setText(text(parts));
    // One HTML document around the fragments of every part.
    const QLatin1String startMark("<!--StartFragment-->");
    const QLatin1String endMark("<!--EndFragment-->");
    QString html;
    for (const QTextCursor &part : parts) {
        if (!part.hasSelection()) {
            continue;
        }
        const QString whole = QTextDocumentFragment(part).toHtml();
        const qsizetype start = whole.indexOf(startMark);
        const qsizetype end = whole.indexOf(endMark);
        if (start >= 0 && end > start) {
            html += whole.mid(start + startMark.size(), end - start - startMark.size());
        }
    }
    if (!html.isEmpty()) {
        data->setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
    }
    return data;
}

int TextSelection::positionAt(QTextDocument *document, const QPointF &point)
{
    const int position = document->documentLayout()->hitTest(point, Qt::FuzzyHit);
    if (position >= 0) {
        return position;
    }
    // Above the first line or below the last: the start or the end.
    return point.y() < 0 ? 0 : endOf(document);
}

}
