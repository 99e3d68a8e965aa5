#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

class QColor;
class QPainter;
class QPalette;
class QTextDocument;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Confer
{

class MarkdownRenderer;

// The rendered text of one message, laid out at one width: a Markdown
// renderer's document. Streaming appends go to the renderer's open tail.
class MessageBody
{
public:
    MessageBody(KSyntaxHighlighting::Repository &repository, const QPalette &palette);
    ~MessageBody();

    QTextDocument *document() const;
    void setMarkdown(const QString &markdown, bool finished);
    // Returns the top of what changed, in document coordinates: the line the
    // first changed character (or the one before it, whose word may have moved
    // to the next line) is on.
    int append(const QString &delta);
    void finish();
    void setPalette(const QPalette &palette);

    // Lays the document out at a width when it changed; returns its height.
    int layout(int width);
    int height() const;

    int codeBlockCount() const;
    QString codeBlockText(int index) const;
    QRectF codeBlockRect(int index) const;
    // The line above a code block's code, holding its language, and where the text of the
    // block's first line of code ends on the right (document coordinates).
    QRectF codeLabelRect(int index) const;
    qreal codeFirstLineRight(int index) const;
    // Marks the continuation lines of wrapped code (document coordinates).
    void drawWrapMarks(QPainter *painter, const QRectF &clip, const QColor &color) const;
    QString anchorAt(const QPointF &position) const;
    // Where the streaming cursor goes: the end of the last line, in document coordinates.
    QRectF endOfText() const;

private:
    std::unique_ptr<MarkdownRenderer> m_renderer;
    int m_width = -1;
};

}
