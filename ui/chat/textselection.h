#pragma once

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QTextCursor>

class QMimeData;
class QPalette;
class QPointF;
class QTextDocument;

namespace Confer
{

// Selected text from a place in one message to a place in the same or
// another message: each end a message id and a character position in its
// rendered document. Kept by id, so it outlives re-layouts, streaming into
// other rows and documents dropped off screen and rendered again (the same
// Markdown gives the same positions).
class TextSelection
{
public:
    bool isEmpty() const { return m_anchorId == 0 || (m_anchorId == m_endId && m_anchor == m_position); }
    qint64 messageId() const { return m_anchorId; } // where it started
    qint64 endMessageId() const { return m_endId; }

    void clear();
    // A collapsed selection where a drag starts.
    void start(qint64 messageId, int position);
    void extend(qint64 messageId, int position);
    void selectWord(qint64 messageId, QTextDocument *document, int position);
    void selectAll(qint64 messageId, QTextDocument *document);

    // The selected part of the message in `row`, given the rows the two ends
    // are in (clamped to the document: its text may have changed); a cursor
    // without a selection when none of it is selected.
    QTextCursor cursorFor(QTextDocument *document, int row, int anchorRow, int endRow) const;

    // What the document layout paints over selected text: the palette's highlight.
    static QAbstractTextDocumentLayout::Selection paintSelection(const QTextCursor &cursor, const QPalette &palette);
    // The parts as plain text, one message's part after another's with a blank line between.
    static QString text(const QList<QTextCursor> &parts);
    // Plain text and HTML, for the clipboard.
    static QMimeData *mimeData(const QList<QTextCursor> &parts);
    // The cursor position nearest to a point in document coordinates.
    static int positionAt(QTextDocument *document, const QPointF &point);

private:
    qint64 m_anchorId = 0;
    int m_anchor = 0;
    qint64 m_endId = 0;
    int m_position = 0;
};

}
