#include "chat/textselection.h"

#include <QMimeData>
#include <QPalette>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Confer
{

void TextSelection::clear()
{
    m_messageId = 0;
    m_anchor = m_position = 0;
}

void TextSelection::start(qint64 messageId, int position)
{
    m_messageId = messageId;
    m_anchor = m_position = position;
}

void TextSelection::extend(int position)
{
    m_position = position;
}

void TextSelection::selectWord(qint64 messageId, QTextDocument *document, int position)
{
    QTextCursor word(document);
    word.setPosition(std::clamp(position, 0, document->characterCount() - 1));
    word.select(QTextCursor::WordUnderCursor);
    m_messageId = messageId;
    m_anchor = word.anchor();
    m_position = word.position();
}

void TextSelection::selectAll(qint64 messageId, QTextDocument *document)
{
    m_messageId = messageId;
    m_anchor = 0;
    // The document always ends with an invisible paragraph separator.
    m_position = std::max(0, document->characterCount() - 1);
}

QTextCursor TextSelection::cursor(QTextDocument *document) const
{
    QTextCursor cursor(document);
    const int last = std::max(0, document->characterCount() - 1);
    cursor.setPosition(std::clamp(m_anchor, 0, last));
    cursor.setPosition(std::clamp(m_position, 0, last), QTextCursor::KeepAnchor);
    return cursor;
}

QAbstractTextDocumentLayout::Selection TextSelection::paintSelection(
    QTextDocument *document, const QPalette &palette) const
{
    QAbstractTextDocumentLayout::Selection selection;
    selection.cursor = cursor(document);
    selection.format.setBackground(palette.brush(QPalette::Active, QPalette::Highlight));
    selection.format.setForeground(palette.brush(QPalette::Active, QPalette::HighlightedText));
    return selection;
}

QString TextSelection::text(QTextDocument *document) const
{
    return isEmpty() ? QString() : QTextDocumentFragment(cursor(document)).toPlainText();
}

QMimeData *TextSelection::mimeData(QTextDocument *document) const
{
    auto *data = new QMimeData;
    const QTextDocumentFragment fragment(cursor(document));
    data->setText(fragment.toPlainText());
    data->setHtml(fragment.toHtml());
    return data;
}

int TextSelection::positionAt(QTextDocument *document, const QPointF &point)
{
    const int position = document->documentLayout()->hitTest(point, Qt::FuzzyHit);
    if (position >= 0) {
        return position;
    }
    // Above the first line or below the last: the start or the end.
    return point.y() < 0 ? 0 : std::max(0, document->characterCount() - 1);
}

}
