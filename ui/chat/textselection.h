#pragma once

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>

class QMimeData;
class QPalette;
class QPointF;
class QTextDocument;

namespace Confer
{

// Selected text inside one message's rendered document: an anchor and a
// moving end as character positions, kept by message id, so it outlives
// re-layouts, streaming into other rows and documents dropped off screen and
// rendered again (the same Markdown gives the same positions).
class TextSelection
{
public:
    bool isEmpty() const { return m_messageId == 0 || m_anchor == m_position; }
    qint64 messageId() const { return m_messageId; }

    void clear();
    // A collapsed selection where a drag starts.
    void start(qint64 messageId, int position);
    void extend(int position);
    void selectWord(qint64 messageId, QTextDocument *document, int position);
    void selectAll(qint64 messageId, QTextDocument *document);

    // The selection in a document, clamped to its length (the text may have changed).
    QTextCursor cursor(QTextDocument *document) const;
    // What the document layout paints over the selected text, in the palette's highlight.
    QAbstractTextDocumentLayout::Selection paintSelection(QTextDocument *document, const QPalette &palette) const;
    // The selected text as plain text (paragraphs on lines of their own).
    QString text(QTextDocument *document) const;
    // Plain text and HTML, for the clipboard.
    QMimeData *mimeData(QTextDocument *document) const;

    // The cursor position nearest to a point in document coordinates.
    static int positionAt(QTextDocument *document, const QPointF &point);

private:
    qint64 m_messageId = 0;
    int m_anchor = 0;
    int m_position = 0;
};

}
