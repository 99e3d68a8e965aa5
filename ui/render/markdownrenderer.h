#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QTextFormat>

#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Confer
{

class SafeTextDocument;
struct MarkdownBlock;

// Renders a chat reply's Markdown into a QTextDocument, natively and
// incrementally: append() re-renders only the open tail block, finished blocks
// stay frozen. Links carry their target (anchor href, tooltip) and are never
// opened here; images and other resources are shown as links, never loaded.
// Show document() in a QTextBrowser with openLinks off, call setPalette() on
// palette changes, and place Copy buttons with codeBlocks()/codeBlockRect().
class MarkdownRenderer : public QObject
{
    Q_OBJECT
public:
    struct CodeBlock {
        QString language;
        QString code;
        int firstBlock = 0; // QTextBlock numbers: the label line, then the code lines
        int lastBlock = 0;
    };

    explicit MarkdownRenderer(KSyntaxHighlighting::Repository &repository, QObject *parent = nullptr);
    ~MarkdownRenderer() override;

    QTextDocument *document() const;

    // Picks the highlighting theme for the palette and re-renders.
    void setPalette(const QPalette &palette);
    KSyntaxHighlighting::Theme theme() const;

    // Streaming: feed text as it arrives, then finish().
    void append(QStringView delta);
    void finish();
    bool isFinished() const;
    // The whole text at once (same result as append + finish).
    void setMarkdown(QStringView markdown);
    void clear();
    QString markdown() const;
    // Where the next append() may start changing the document: the position
    // the open tail's rendering begins at. What comes before it stays as it is
    // until finish(), setMarkdown() or a palette change.
    int openTailPosition() const { return m_tailPosition; }

    QList<CodeBlock> codeBlocks() const;
    // Document coordinates of a code block (label line included), for a Copy button.
    QRectF codeBlockRect(int index) const;
    // Code lines wider than the column wrap; each continuation line leaves a
    // gap at its left (document coordinates) for a mark that is not text.
    // Only the code blocks meeting clip (all when it is empty). In wrapmarks.cpp.
    QList<QRectF> wrapMarks(const QRectF &clip = QRectF()) const;
    void drawWrapMarks(QPainter *painter, const QRectF &clip, const QColor &color) const;
    // The link target under a point in document coordinates, or empty.
    QString anchorAt(const QPointF &position) const;

    // How often the document asked for a resource (always answered with nothing).
    int resourceRequests() const;

private:
    // On code lines: the width of the gap before a continuation that holds its wrap mark.
    static constexpr int WrapMarkWidthProperty = QTextFormat::UserProperty + 2;
    struct Writer;
    void renderPending();
    void renderTail();
    void continueCode(Writer &writer, const MarkdownBlock &block, bool complete);
    void continueList(Writer &writer, const MarkdownBlock &block, int completeLines, bool resume);
    void removeTail();
    KSyntaxHighlighting::Definition definitionFor(const QString &language);

    KSyntaxHighlighting::Repository &m_repository;
    std::unique_ptr<SafeTextDocument> m_document;
    KSyntaxHighlighting::Theme m_theme;
    QPalette m_palette;
    QHash<QString, KSyntaxHighlighting::Definition> m_definitions;
    QString m_text;
    bool m_pendingCr = false;
    bool m_finished = false;
    qsizetype m_tailOffset = 0; // start of the open block in m_text
    int m_tailPosition = 0; // where the open block's rendering starts in the document
    bool m_freshBlock = true; // the document's last block is empty and can be reused
    bool m_tailRendered = false;
    bool m_tailUsedFreshBlock = false;
    QTextBlockFormat m_frozenBlockFormat; // of the block the open tail follows
    QTextCharFormat m_frozenCharFormat;
    QList<CodeBlock> m_codeBlocks;
    qsizetype m_frozenCodeBlocks = 0;
    mutable QList<QRectF> m_codeRects; // of frozen code blocks, at m_codeRectsWidth
    mutable qreal m_codeRectsWidth = -1;
    // The fenced code block at the open tail, streamed line by line.
    struct OpenCode {
        bool active = false;
        int index = 0; // among the code blocks
        int labelBlock = 0;
        qsizetype linesDone = 0; // complete lines rendered and frozen
        KSyntaxHighlighting::State state; // after those lines
    };
    OpenCode m_openCode;
    // The list at the open tail, streamed item by item.
    struct OpenList {
        bool active = false;
        std::size_t itemsDone = 0;
    };
    OpenList m_openList;
};

} // namespace Confer
