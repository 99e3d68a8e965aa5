#include "chat/messagelistview.h"

#include "chat/chatformat.h"
#include "chat/messagebody.h"
#include "chat/prompteditor.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QtMath>

#include <algorithm>

namespace Confer
{

namespace
{
constexpr int OuterMargin = 24;
constexpr int MaxColumnWidth = 860;
constexpr int RowTopPadding = 10;
constexpr int RowBottomPadding = 8;
constexpr int BubblePadding = 12;
constexpr int ReasoningIndent = 14;
// Rendered documents kept for rows off screen, so scrolling back is cheap but memory stays bounded.
constexpr int MaxBodies = 120;
constexpr int HighlightMs = 2000;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    return small;
}

QColor muted(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::BrightText);
}
}

MessageListView::MessageListView(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_repository(repository)
    , m_jumpButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageList"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Messages"));

    m_jumpButton->setObjectName(QStringLiteral("jumpToLatest"));
    m_jumpButton->setText(tr("Jump to latest"));
    m_jumpButton->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setAutoRaise(false);
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &MessageListView::scrollToBottom);
}

MessageListView::~MessageListView() = default;

void MessageListView::setSiblingLookup(std::function<QList<qint64>(qint64)> lookup)
{
    m_siblingLookup = std::move(lookup);
}

// Rows

void MessageListView::setMessages(const QList<Store::Message> &messages)
{
    closeEditor();
    m_rows.clear();
    m_rows.reserve(size_t(messages.size()));
    for (const Store::Message &message : messages) {
        Row row;
        row.message = message;
        row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
        row.estimatedChars = int(message.content.size() + message.content.count(u'\n') * 40);
        m_rows.push_back(std::move(row));
    }
    m_hover.reset();
    m_hoverRow = -1;
    m_pressed.reset();
    m_highlightedId = 0;
    rebuildIndex();
    m_offsetsDirty = true;
    m_following = false;
    scrollToBottom();
}

void MessageListView::clear()
{
    setMessages({});
}

const Store::Message &MessageListView::messageAt(int row) const
{
    return m_rows.at(size_t(row)).message;
}

void MessageListView::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rowOfId.insert(m_rows[i].message.id, int(i));
    }
}

void MessageListView::updateMessage(const Store::Message &message)
{
    const int index = rowOf(message.id);
    if (index < 0) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    const bool finished = message.status != Store::MessageStatus::Streaming;
    if (row.body) {
        if (row.message.content == message.content) {
            if (finished) {
                row.body->finish();
            }
        } else {
            row.body->setMarkdown(message.content, finished);
        }
    }
    if (row.reasoning && row.message.reasoning != message.reasoning) {
        row.reasoning->setPlainText(message.reasoning);
    }
    if (finished && !row.reasoningToggled) {
        row.reasoningOpen = false;
        row.reasoning.reset();
    }
    row.message = message;
    row.queued = row.queued && !finished;
    row.siblings.reset();
    row.estimatedChars = int(message.content.size() + message.content.count(u'\n') * 40);
    invalidateRow(index);
    afterContentChange(index);
}

void MessageListView::insertMessage(int index, const Store::Message &message)
{
    index = std::clamp(index, 0, rowCount());
    Row row;
    row.message = message;
    row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
    row.estimatedChars = int(message.content.size());
    m_rows.insert(m_rows.begin() + index, std::move(row));
    rebuildIndex();
    m_hoverRow = -1;
    m_hover.reset();
    m_pressed.reset();
    m_offsetsDirty = true;
    afterContentChange(index);
}

void MessageListView::replaceRow(int index, const Store::Message &message)
{
    if (index < 0 || index >= rowCount()) {
        return;
    }
    if (m_editedId == m_rows[size_t(index)].message.id) {
        closeEditor();
    }
    Row row;
    row.message = message;
    row.reasoningOpen = message.status == Store::MessageStatus::Streaming;
    row.estimatedChars = int(message.content.size());
    m_rows[size_t(index)] = std::move(row);
    rebuildIndex();
    m_offsetsDirty = true;
    afterContentChange(index);
}

void MessageListView::appendText(qint64 messageId, const QString &delta)
{
    const int index = rowOf(messageId);
    if (index < 0 || delta.isEmpty()) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    row.message.content += delta;
    row.estimatedChars += int(delta.size());
    if (row.body) {
        row.body->append(delta);
    }
    if (row.layoutWidth >= 0) {
        invalidateRow(index);
    }
    afterContentChange(index);
}

void MessageListView::appendReasoning(qint64 messageId, const QString &delta)
{
    const int index = rowOf(messageId);
    if (index < 0 || delta.isEmpty()) {
        return;
    }
    Row &row = m_rows[size_t(index)];
    const bool first = row.message.reasoning.isEmpty();
    row.message.reasoning += delta;
    if (row.reasoning) {
        QTextCursor cursor(row.reasoning.get());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(delta);
    }
    if (first && !row.reasoningToggled) {
        row.reasoningOpen = true;
    }
    if (row.layoutWidth >= 0) {
        invalidateRow(index);
    }
    afterContentChange(index);
}

void MessageListView::setQueued(qint64 messageId, bool queued)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    m_rows[size_t(index)].queued = queued;
    viewport()->update();
}

// Layout

int MessageListView::columnWidth() const
{
    return std::max(120, std::min(MaxColumnWidth, viewport()->width() - 2 * OuterMargin));
}

int MessageListView::columnLeft() const
{
    return std::max(0, (viewport()->width() - columnWidth()) / 2);
}

int MessageListView::contentWidth() const
{
    return columnWidth();
}

int MessageListView::estimateHeight(const Row &row) const
{
    const QFontMetrics metrics(font());
    const QFontMetrics small(smallFont(font()));
    const bool user = row.message.role == Store::MessageRole::User;
    const int textWidth = user ? columnWidth() * 85 / 100 - 2 * BubblePadding : columnWidth();
    const int charsPerLine = std::max(20, textWidth / std::max(1, metrics.averageCharWidth()));
    const int lines = std::max(1, row.estimatedChars / charsPerLine + 1);
    return RowTopPadding + metrics.height() + 6 + lines * metrics.lineSpacing() + (user ? 2 * BubblePadding : 0)
        + small.height() + 12 + RowBottomPadding;
}

void MessageListView::ensureBody(Row &row)
{
    if (row.body) {
        return;
    }
    row.body = std::make_unique<MessageBody>(m_repository, palette());
    row.body->setMarkdown(row.message.content, row.message.status != Store::MessageStatus::Streaming);
    ++m_bodiesCreated;
}

void MessageListView::invalidateRow(int index)
{
    Row &row = m_rows[size_t(index)];
    if (row.layoutWidth >= 0) {
        const int oldHeight = row.height;
        layoutRow(index);
        rowHeightChanged(index, oldHeight);
    } else {
        m_offsetsDirty = true;
    }
}

void MessageListView::layoutRow(int index)
{
    Row &row = m_rows[size_t(index)];
    const Store::Message &message = row.message;
    const bool user = message.role == Store::MessageRole::User;
    const bool streaming = message.status == Store::MessageStatus::Streaming;
    const int width = columnWidth();
    const QFontMetrics metrics(font());
    const QFont small = smallFont(font());
    const QFontMetrics smallMetrics(small);
    ++m_rowsLaidOut;

    if (!row.siblings && m_siblingLookup && !streaming) {
        row.siblings = m_siblingLookup(message.id);
    }

    row.hits.clear();
    int y = RowTopPadding;
    row.header = QRect(0, y, width, metrics.height());
    y += metrics.height() + 6;

    row.reasoningToggle = {};
    row.reasoningRect = {};
    if (!user && !message.reasoning.isEmpty()) {
        const QString label = tr("Reasoning");
        row.reasoningToggle = QRect(0, y, smallMetrics.horizontalAdvance(label) + 24, smallMetrics.height() + 4);
        row.hits.append({row.reasoningToggle, Action::ToggleReasoning, 0, label});
        y += row.reasoningToggle.height() + 4;
        if (row.reasoningOpen) {
            if (!row.reasoning) {
                row.reasoning = std::make_unique<QTextDocument>();
                row.reasoning->setUndoRedoEnabled(false);
                row.reasoning->setDocumentMargin(0);
                row.reasoning->setDefaultFont(small);
                row.reasoning->setPlainText(message.reasoning);
            }
            row.reasoning->setTextWidth(width - ReasoningIndent);
            const int height = qCeil(row.reasoning->size().height());
            row.reasoningRect = QRect(ReasoningIndent, y, width - ReasoningIndent, height);
            y += height + 10;
        }
    }

    row.editorRect = {};
    row.bubble = {};
    row.bodyRect = {};
    if (m_editor && m_editedId == message.id) {
        row.editorRect = QRect(0, y, width, PromptEditor::preferredHeight(metrics));
        y += row.editorRect.height();
    } else {
        ensureBody(row);
        if (user) {
            const int maxText = width * 85 / 100 - 2 * BubblePadding;
            int height = row.body->layout(maxText);
            const int textWidth = std::min(maxText, qCeil(row.body->document()->idealWidth()));
            height = std::max(height, metrics.height());
            row.bubble = QRect(
                width - textWidth - 2 * BubblePadding, y, textWidth + 2 * BubblePadding, height + 2 * BubblePadding);
            row.bodyRect = QRect(row.bubble.left() + BubblePadding, y + BubblePadding, maxText, height);
            y += row.bubble.height();
        } else {
            int height = row.body->layout(width);
            if (streaming && message.content.isEmpty()) {
                height = metrics.height();
            }
            row.bodyRect = QRect(0, y, width, height);
            y += height;
        }
        const QString copy = tr("Copy");
        const int copyWidth = smallMetrics.horizontalAdvance(copy) + 16;
        for (int i = 0; i < row.body->codeBlockCount(); ++i) {
            const QRectF block = row.body->codeBlockRect(i);
            const QRect rect(row.bodyRect.left() + qFloor(block.right()) - copyWidth - 6,
                row.bodyRect.top() + qFloor(block.top()) + 4, copyWidth, smallMetrics.height() + 4);
            row.hits.append({rect, Action::CopyCode, i, copy});
        }
    }

    row.errorRect = {};
    row.errorText.clear();
    if (message.status == Store::MessageStatus::Error) {
        row.errorText = message.error ? ChatFormat::errorText(*message.error) : tr("The request failed.");
        const QString retry = tr("Retry");
        const int retryWidth = metrics.horizontalAdvance(retry) + 24;
        const QRect textBounds
            = metrics.boundingRect(QRect(0, 0, width - retryWidth - 36, 100000), Qt::TextWordWrap, row.errorText);
        const int height = std::max(textBounds.height(), metrics.height() + 8) + 20;
        row.errorRect = QRect(0, y + 8, width, height);
        const QRect retryRect(width - retryWidth - 10, row.errorRect.top() + (height - metrics.height() - 8) / 2,
            retryWidth, metrics.height() + 8);
        row.hits.append({retryRect, Action::Retry, 0, retry});
        y = row.errorRect.bottom() + 1;
    }

    row.metricsText = ChatFormat::metricsLine(message);
    row.metricsRect = {};
    if (!row.metricsText.isEmpty()) {
        row.metricsRect = QRect(0, y + 6, width, smallMetrics.height());
        y = row.metricsRect.bottom() + 1;
    }

    // The action bar: painted text buttons, right-aligned under prompts.
    QList<Hit> actions;
    if (user) {
        actions.append({{}, Action::Edit, 0, tr("Edit")});
        actions.append({{}, Action::CopyPlain, 0, tr("Copy")});
    } else if (streaming) {
        actions.append({{}, Action::Stop, 0, tr("Stop")});
    } else {
        actions.append({{}, Action::CopyPlain, 0, tr("Copy")});
        actions.append({{}, Action::CopyMarkdown, 0, tr("Copy Markdown")});
        if (message.status == Store::MessageStatus::Cancelled || message.status == Store::MessageStatus::Interrupted) {
            actions.append({{}, Action::Retry, 0, tr("Retry")});
        }
        actions.append({{}, Action::Regenerate, 0, tr("Regenerate")});
    }
    // The branch navigator stays visible at the outer edge: first under replies, last under prompts.
    if (row.siblings && row.siblings->size() > 1) {
        const int position = int(row.siblings->indexOf(message.id));
        const QList<Hit> navigator = {
            {{}, Action::PreviousVersion, 0, QStringLiteral("‹")},
            {{}, Action::NextVersion, -1, tr("%1/%2").arg(position + 1).arg(row.siblings->size())}, // not clickable
            {{}, Action::NextVersion, 0, QStringLiteral("›")},
        };
        actions = user ? actions + navigator : navigator + actions;
    }
    y += 6;
    int total = 0;
    for (Hit &action : actions) {
        action.rect = QRect(0, y, smallMetrics.horizontalAdvance(action.label) + 14, smallMetrics.height() + 6);
        total += action.rect.width() + 2;
    }
    int x = user ? width - total : -7;
    for (Hit &action : actions) {
        action.rect.moveLeft(x);
        x += action.rect.width() + 2;
        if (action.index >= 0) {
            row.hits.append(action);
        } else {
            row.hits.append({action.rect, action.action, -1, action.label});
        }
    }
    y += smallMetrics.height() + 6 + RowBottomPadding;

    row.height = y;
    row.layoutWidth = width;
}

void MessageListView::rowHeightChanged(int index, int oldHeight)
{
    const int delta = m_rows[size_t(index)].height - oldHeight;
    if (delta == 0) {
        return;
    }
    // A row above the viewport that grows must not push the visible rows down.
    const bool above = rowTop(index) + oldHeight <= m_scrollY;
    m_offsetsDirty = true;
    if (above) {
        m_scrollY += delta;
    }
}

void MessageListView::recomputeOffsets() const
{
    if (!m_offsetsDirty) {
        return;
    }
    m_offsets.resize(m_rows.size() + 1);
    int y = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_offsets[i] = y;
        const Row &row = m_rows[i];
        y += row.layoutWidth >= 0 ? row.height : estimateHeight(row);
    }
    m_offsets[m_rows.size()] = y;
    m_offsetsDirty = false;
}

int MessageListView::rowTop(int index) const
{
    recomputeOffsets();
    return m_offsets[size_t(index)];
}

int MessageListView::totalHeight() const
{
    recomputeOffsets();
    return m_offsets.back();
}

int MessageListView::rowAt(int y) const
{
    recomputeOffsets();
    if (m_rows.empty()) {
        return -1;
    }
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end() - 1, y);
    return std::clamp(int(it - m_offsets.begin()) - 1, 0, rowCount() - 1);
}

void MessageListView::layoutVisible()
{
    const int width = columnWidth();
    const int height = viewport()->height();
    if (!m_rows.empty()) {
        for (int i = rowAt(m_scrollY); i < rowCount() && rowTop(i) < m_scrollY + height; ++i) {
            Row &row = m_rows[size_t(i)];
            if (row.layoutWidth != width) {
                const int oldHeight = row.layoutWidth >= 0 ? row.height : estimateHeight(row);
                layoutRow(i);
                rowHeightChanged(i, oldHeight);
            }
        }
    }
    // Keep a bounded number of rendered documents: drop those far off screen (their heights stay).
    if (m_bodiesCreated > 0) {
        int living = livingBodies();
        if (living > MaxBodies) {
            const int first = rowAt(m_scrollY) - 10;
            const int last = rowAt(m_scrollY + height) + 10;
            for (int i = 0; i < rowCount() && living > MaxBodies / 2; ++i) {
                Row &row = m_rows[size_t(i)];
                if (row.body && (i < first || i > last) && row.message.status != Store::MessageStatus::Streaming) {
                    row.body.reset();
                    row.reasoning.reset();
                    --living;
                }
            }
        }
    }
    updateScrollBar();
    positionOverlays();
}

int MessageListView::livingBodies() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.body != nullptr; }));
}

void MessageListView::updateScrollBar()
{
    const int maximum = std::max(0, totalHeight() - viewport()->height());
    m_scrollY = std::clamp(m_scrollY, 0, maximum);
    m_settingScroll = true;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, maximum);
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(QFontMetrics(font()).lineSpacing() * 3);
    bar->setValue(m_scrollY);
    m_settingScroll = false;
}

void MessageListView::setScroll(int y)
{
    m_scrollY = y;
    updateScrollBar();
    layoutVisible();
    viewport()->update();
}

void MessageListView::setFollowing(bool following)
{
    if (following != m_following) {
        m_following = following;
        Q_EMIT followingChanged(following);
    }
    m_jumpButton->setVisible(!m_following && !m_rows.empty());
    positionOverlays();
}

void MessageListView::afterContentChange(int index)
{
    Q_UNUSED(index)
    if (m_following) {
        scrollToBottom();
    } else {
        updateScrollBar();
        layoutVisible();
        viewport()->update();
    }
}

void MessageListView::scrollToBottom()
{
    // Measure from the end up until a screen is filled, so the bottom is exact.
    const int width = columnWidth();
    int filled = 0;
    for (int i = rowCount() - 1; i >= 0 && filled < viewport()->height(); --i) {
        Row &row = m_rows[size_t(i)];
        if (row.layoutWidth != width) {
            layoutRow(i);
            m_offsetsDirty = true;
        }
        filled += row.height;
    }
    m_scrollY = totalHeight();
    setFollowing(true);
    setScroll(m_scrollY);
}

void MessageListView::scrollToMessage(qint64 messageId)
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return;
    }
    if (m_rows[size_t(index)].layoutWidth != columnWidth()) {
        layoutRow(index);
        m_offsetsDirty = true;
    }
    setScroll(rowTop(index) - 8);
    setScroll(rowTop(index) - 8); // the rows below it are measured now
    setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    m_highlightedId = messageId;
    QTimer::singleShot(HighlightMs, this, [this, messageId] {
        if (m_highlightedId == messageId) {
            m_highlightedId = 0;
            viewport()->update();
        }
    });
}

std::pair<qint64, int> MessageListView::anchor() const
{
    if (m_rows.empty()) {
        return {0, 0};
    }
    const int index = rowAt(m_scrollY);
    return {m_rows[size_t(index)].message.id, m_scrollY - rowTop(index)};
}

void MessageListView::restoreAnchor(const std::pair<qint64, int> &anchor)
{
    const int index = rowOf(anchor.first);
    if (index < 0) {
        scrollToBottom();
        return;
    }
    setFollowing(false);
    setScroll(rowTop(index) + anchor.second);
}

// Geometry for tests

QRect MessageListView::rowRect(qint64 messageId) const
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return {};
    }
    const Row &row = m_rows[size_t(index)];
    const int height = row.layoutWidth >= 0 ? row.height : estimateHeight(row);
    return QRect(0, rowTop(index) - m_scrollY, viewport()->width(), height);
}

QRect MessageListView::bodyRect(qint64 messageId) const
{
    const int index = rowOf(messageId);
    if (index < 0 || m_rows[size_t(index)].layoutWidth < 0) {
        return {};
    }
    return m_rows[size_t(index)].bodyRect.translated(columnLeft(), rowTop(index) - m_scrollY);
}

QRect MessageListView::actionRect(qint64 messageId, Action action, int index) const
{
    const int rowIndex = rowOf(messageId);
    if (rowIndex < 0 || m_rows[size_t(rowIndex)].layoutWidth < 0) {
        return {};
    }
    for (const Hit &hit : m_rows[size_t(rowIndex)].hits) {
        if (hit.action == action && hit.index == index) {
            const QRect rect = hit.rect.translated(columnLeft(), rowTop(rowIndex) - m_scrollY);
            return rect.intersects(viewport()->rect()) ? rect : QRect();
        }
    }
    return {};
}

QTextDocument *MessageListView::bodyDocument(qint64 messageId) const
{
    const int index = rowOf(messageId);
    return index >= 0 && m_rows[size_t(index)].body ? m_rows[size_t(index)].body->document() : nullptr;
}

QTextDocument *MessageListView::reasoningDocument(qint64 messageId) const
{
    const int index = rowOf(messageId);
    return index >= 0 ? m_rows[size_t(index)].reasoning.get() : nullptr;
}

// Painting

void MessageListView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty()) {
        return;
    }
    const int height = viewport()->height();
    const int left = columnLeft();
    for (int i = rowAt(m_scrollY); i < rowCount() && rowTop(i) < m_scrollY + height; ++i) {
        if (m_rows[size_t(i)].layoutWidth < 0) {
            continue;
        }
        const QPoint origin(left, rowTop(i) - m_scrollY);
        const QRect clip = event->rect().translated(-origin);
        painter.save();
        painter.translate(origin);
        paintRow(painter, i, clip);
        painter.restore();
    }
}

void MessageListView::paintRow(QPainter &painter, int index, const QRect &clip)
{
    Row &row = m_rows[size_t(index)];
    const Store::Message &message = row.message;
    const QPalette pal = palette();
    const bool user = message.role == Store::MessageRole::User;
    const bool streaming = message.status == Store::MessageStatus::Streaming;
    const QFont small = smallFont(font());
    const int width = row.layoutWidth;

    if (message.id == m_highlightedId) {
        QColor highlight = pal.color(QPalette::Highlight);
        highlight.setAlpha(36);
        painter.fillRect(QRect(-OuterMargin / 2, 2, width + OuterMargin, row.height - 4), highlight);
    }

    // Header: who wrote it, and the state of a reply.
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    if (user) {
        painter.drawText(row.header, Qt::AlignRight | Qt::AlignVCenter, tr("You"));
    } else {
        const QString name = ChatFormat::modelName(message);
        painter.drawText(row.header, Qt::AlignLeft | Qt::AlignVCenter, name);
        QString state;
        if (row.queued) {
            state = tr("queued, waiting for a free slot…");
        } else if (streaming) {
            state = message.content.isEmpty() && message.reasoning.isEmpty() ? tr("waiting for the first words…")
                                                                             : tr("writing…");
        } else if (message.status == Store::MessageStatus::Cancelled) {
            state = tr("stopped");
        } else if (message.status == Store::MessageStatus::Interrupted) {
            state = tr("interrupted");
        } else if (message.status == Store::MessageStatus::Error) {
            state = tr("failed");
        }
        if (!state.isEmpty()) {
            painter.setFont(small);
            painter.setPen(message.status == Store::MessageStatus::Error ? errorColor(pal) : muted(pal));
            const int nameWidth = QFontMetrics(bold).horizontalAdvance(name);
            painter.drawText(row.header.adjusted(nameWidth + 10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, state);
        }
    }

    // Reasoning: a toggle, and the text under a quiet rule while open.
    if (row.reasoningToggle.isValid()) {
        painter.setFont(small);
        const bool hovered = m_hoverRow == index && m_hover && m_hover->action == Action::ToggleReasoning;
        painter.setPen(hovered ? pal.color(QPalette::Highlight) : muted(pal));
        const QString arrow = row.reasoningOpen ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
        painter.drawText(row.reasoningToggle, Qt::AlignLeft | Qt::AlignVCenter,
            arrow + (streaming && message.content.isEmpty() ? tr("Reasoning…") : tr("Reasoning")));
        if (row.reasoningOpen && row.reasoning && row.reasoningRect.isValid()) {
            painter.fillRect(
                QRect(0, row.reasoningRect.top(), 2, row.reasoningRect.height()), pal.color(QPalette::Mid));
            painter.save();
            painter.translate(row.reasoningRect.topLeft());
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = pal;
            context.palette.setColor(QPalette::Text, muted(pal));
            context.clip = clip.translated(-row.reasoningRect.topLeft());
            row.reasoning->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }

    if (row.bubble.isValid()) {
        QColor bubble = pal.color(QPalette::Highlight);
        bubble.setAlpha(pal.color(QPalette::Base).lightness() < 128 ? 48 : 26);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bubble);
        painter.drawRoundedRect(row.bubble, 10, 10);
        painter.setBrush(Qt::NoBrush);
    }

    if (row.bodyRect.isValid() && row.bodyRect.intersects(clip)) {
        ensureBody(row);
        row.body->layout(row.bodyRect.width());
        painter.save();
        painter.translate(row.bodyRect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = pal;
        context.clip = clip.translated(-row.bodyRect.topLeft());
        row.body->document()->documentLayout()->draw(&painter, context);
        if (streaming) {
            // The cursor at the end of what has arrived.
            const QRectF end = row.body->endOfText();
            QColor caret = pal.color(QPalette::Text);
            caret.setAlpha(170);
            const qreal caretWidth = std::max(2, QFontMetrics(font()).averageCharWidth() / 2);
            const qreal caretHeight = std::max<qreal>(end.height(), QFontMetrics(font()).height());
            painter.fillRect(QRectF(end.left() + 2, end.top() + 2, caretWidth, caretHeight - 4), caret);
        }
        painter.restore();
    }

    if (row.errorRect.isValid()) {
        QColor border = errorColor(pal);
        QColor fill = border;
        fill.setAlpha(24);
        painter.setPen(QPen(border, 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(row.errorRect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(pal.color(QPalette::Text));
        painter.setFont(font());
        int retryWidth = 0;
        for (const Hit &hit : std::as_const(row.hits)) {
            if (hit.action == Action::Retry && row.errorRect.contains(hit.rect.center())) {
                retryWidth = hit.rect.width();
            }
        }
        painter.drawText(row.errorRect.adjusted(12, 10, -retryWidth - 24, -10),
            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, row.errorText);
    }

    if (!row.metricsText.isEmpty()) {
        painter.setFont(small);
        painter.setPen(muted(pal));
        painter.drawText(row.metricsRect, Qt::AlignLeft | Qt::AlignVCenter, row.metricsText);
    }

    // Buttons: code Copy, Retry, and the action bar (shown for the hovered and the last row).
    const bool showBar = m_hoverRow == index || index == rowCount() - 1 || m_editedId == message.id;
    const int versionPosition = row.siblings ? int(row.siblings->indexOf(message.id)) : -1;
    for (const Hit &hit : std::as_const(row.hits)) {
        const bool hovered
            = m_hoverRow == index && m_hover && m_hover->action == hit.action && m_hover->index == hit.index;
        if (hit.action == Action::ToggleReasoning) {
            continue;
        }
        const bool inError = row.errorRect.contains(hit.rect.center());
        const bool isCode = hit.action == Action::CopyCode;
        const bool isVersion = hit.action == Action::PreviousVersion || hit.action == Action::NextVersion;
        if (!inError && !isCode && !isVersion && !showBar) {
            continue;
        }
        bool enabled = true;
        if (hit.action == Action::PreviousVersion) {
            enabled = versionPosition > 0;
        } else if (hit.action == Action::NextVersion && hit.index >= 0) {
            enabled = row.siblings && versionPosition < row.siblings->size() - 1;
        }
        painter.setFont(inError ? font() : small);
        if (inError || isCode || hovered) {
            QColor background = inError ? pal.color(QPalette::Button) : pal.color(QPalette::Highlight);
            if (!inError) {
                background.setAlpha(hovered ? 40 : 18);
            }
            painter.setPen(inError ? QPen(pal.color(QPalette::Mid)) : Qt::NoPen);
            painter.setBrush(background);
            painter.drawRoundedRect(QRectF(hit.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
            painter.setBrush(Qt::NoBrush);
        }
        QColor text = hit.index < 0 ? muted(pal) : (hovered ? pal.color(QPalette::Highlight) : muted(pal));
        if (inError) {
            text = pal.color(QPalette::ButtonText);
        }
        if (!enabled) {
            text.setAlpha(90);
        }
        painter.setPen(text);
        painter.drawText(hit.rect, Qt::AlignCenter, hit.label);
    }
}

// Interaction

std::optional<MessageListView::Hit> MessageListView::hitAt(const QPoint &viewportPos, int *rowIndex) const
{
    if (m_rows.empty()) {
        return std::nullopt;
    }
    const int index = rowAt(viewportPos.y() + m_scrollY);
    const Row &row = m_rows[size_t(index)];
    if (rowIndex) {
        *rowIndex = index;
    }
    if (row.layoutWidth < 0) {
        return std::nullopt;
    }
    const QPoint local = viewportPos - QPoint(columnLeft(), rowTop(index) - m_scrollY);
    for (const Hit &hit : row.hits) {
        if (hit.index >= 0 && hit.rect.contains(local)) {
            return hit;
        }
    }
    if (row.body && row.bodyRect.contains(local)) {
        const QString href = row.body->anchorAt(QPointF(local - row.bodyRect.topLeft()));
        if (!href.isEmpty()) {
            return Hit {row.bodyRect, Action::Link, 0, href};
        }
    }
    return std::nullopt;
}

void MessageListView::mousePressEvent(QMouseEvent *event)
{
    m_pressed.reset();
    if (event->button() == Qt::LeftButton) {
        m_pressed = hitAt(event->position().toPoint(), &m_pressedRow);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void MessageListView::mouseReleaseEvent(QMouseEvent *event)
{
    int index = -1;
    const std::optional<Hit> hit = hitAt(event->position().toPoint(), &index);
    const bool same = hit && m_pressed && index == m_pressedRow && hit->action == m_pressed->action
        && hit->index == m_pressed->index && hit->label == m_pressed->label;
    m_pressed.reset();
    if (event->button() != Qt::LeftButton || !same) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    Row &row = m_rows[size_t(index)];
    const qint64 id = row.message.id;
    switch (hit->action) {
    case Action::Link:
        QDesktopServices::openUrl(QUrl(hit->label));
        break;
    case Action::ToggleReasoning:
        row.reasoningOpen = !row.reasoningOpen;
        row.reasoningToggled = true;
        invalidateRow(index);
        updateScrollBar();
        layoutVisible();
        viewport()->update();
        break;
    case Action::CopyCode:
        ensureBody(row);
        QGuiApplication::clipboard()->setText(row.body->codeBlockText(hit->index));
        break;
    case Action::CopyPlain:
        ensureBody(row);
        QGuiApplication::clipboard()->setText(row.body->document()->toPlainText());
        break;
    case Action::CopyMarkdown:
        QGuiApplication::clipboard()->setText(row.message.content);
        break;
    case Action::Edit:
        editPrompt(id);
        break;
    case Action::PreviousVersion:
    case Action::NextVersion:
    case Action::Regenerate:
    case Action::Retry:
    case Action::Stop:
        break;
    }
    Q_EMIT actionTriggered(id, hit->action, hit->index);
}

void MessageListView::mouseMoveEvent(QMouseEvent *event)
{
    int index = -1;
    const std::optional<Hit> hit = hitAt(event->position().toPoint(), &index);
    const bool changed = index != m_hoverRow || hit.has_value() != m_hover.has_value()
        || (hit && (hit->action != m_hover->action || hit->index != m_hover->index || hit->label != m_hover->label));
    m_hover = hit;
    m_hoverRow = index;
    viewport()->setCursor(hit ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (changed) {
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void MessageListView::leaveEvent(QEvent *event)
{
    m_hover.reset();
    m_hoverRow = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

bool MessageListView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<Hit> hit = hitAt(help->pos());
        // Links show where they go before anyone clicks them.
        if (hit && hit->action == Action::Link) {
            QToolTip::showText(help->globalPos(), hit->label, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::ControlModifier) {
        scrollToBottom();
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() == Qt::ControlModifier) {
        setFollowing(false);
        setScroll(0);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void MessageListView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    if (m_settingScroll) {
        return;
    }
    // The user moved the scroll bar (wheel, drag, keys): follow the stream only at the bottom.
    m_scrollY = verticalScrollBar()->value();
    layoutVisible();
    setFollowing(m_scrollY >= verticalScrollBar()->maximum());
    viewport()->update();
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_following) {
        scrollToBottom();
    } else {
        const auto kept = anchor();
        m_offsetsDirty = true;
        restoreAnchor(kept);
    }
    positionOverlays();
}

void MessageListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Re-render with the new colours and highlighting theme.
        for (Row &row : m_rows) {
            if (row.body) {
                row.body->setPalette(palette());
            }
        }
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        dropLayouts();
    } else if (event->type() == QEvent::LanguageChange) {
        m_jumpButton->setText(tr("Jump to latest"));
        setAccessibleName(tr("Messages"));
        dropLayouts();
    }
    QAbstractScrollArea::changeEvent(event);
}

void MessageListView::dropLayouts()
{
    for (Row &row : m_rows) {
        row.body.reset();
        row.reasoning.reset();
        row.layoutWidth = -1;
    }
    m_offsetsDirty = true;
    if (m_following) {
        scrollToBottom();
    } else {
        setScroll(m_scrollY);
    }
}

void MessageListView::positionOverlays()
{
    if (m_jumpButton->isVisible()) {
        const QSize size = m_jumpButton->sizeHint();
        const QRect area = viewport()->geometry();
        m_jumpButton->setGeometry(area.left() + (area.width() - size.width()) / 2, area.bottom() - size.height() - 16,
            size.width(), size.height());
        m_jumpButton->raise();
    }
    if (m_editor) {
        const int index = rowOf(m_editedId);
        if (index < 0) {
            closeEditor();
            return;
        }
        const Row &row = m_rows[size_t(index)];
        if (row.layoutWidth < 0 || !row.editorRect.isValid()) {
            m_editor->hide();
            return;
        }
        m_editor->setGeometry(row.editorRect.translated(columnLeft(), rowTop(index) - m_scrollY));
        m_editor->show();
    }
}

void MessageListView::editPrompt(qint64 messageId)
{
    const int index = rowOf(messageId);
    if (index < 0 || m_rows[size_t(index)].message.role != Store::MessageRole::User) {
        return;
    }
    closeEditor();
    m_editedId = messageId;
    m_editor = new PromptEditor(m_rows[size_t(index)].message.content, viewport());
    connect(m_editor, &PromptEditor::submitted, this, [this, messageId](const QString &text) {
        closeEditor();
        Q_EMIT editSubmitted(messageId, text);
    });
    connect(m_editor, &PromptEditor::cancelled, this, &MessageListView::closeEditor);
    m_rows[size_t(index)].layoutWidth = -1;
    layoutRow(index);
    m_offsetsDirty = true;
    const QRect rect = rowRect(messageId);
    if (!viewport()->rect().contains(rect)) {
        setFollowing(false);
        setScroll(rowTop(index) - 8);
    } else {
        updateScrollBar();
        layoutVisible();
    }
    positionOverlays();
    viewport()->update();
    m_editor->focusEditor();
}

void MessageListView::closeEditor()
{
    if (!m_editor) {
        return;
    }
    m_editor->hide();
    m_editor->setParent(nullptr); // gone from the view now; deleted once its signal has returned
    m_editor->deleteLater();
    m_editor = nullptr;
    const int index = rowOf(m_editedId);
    m_editedId = 0;
    if (index >= 0 && m_rows[size_t(index)].layoutWidth >= 0) {
        const int oldHeight = m_rows[size_t(index)].height;
        layoutRow(index);
        rowHeightChanged(index, oldHeight);
        updateScrollBar();
        layoutVisible();
        viewport()->update();
    }
    setFocus(Qt::OtherFocusReason);
}

}
