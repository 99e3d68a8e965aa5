// How a message row is laid out (its height, where its parts and buttons go)
// and painted.
#include "chat/chatformat.h"
#include "chat/messagebody.h"
#include "chat/messagelistview.h"
#include "chat/messagerowstyle.h"
#include "chat/prompteditor.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QTextDocument>
#include <QtMath>

#include <algorithm>

namespace Confer
{

using namespace MessageRowStyle;

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
        const int copyHeight = smallMetrics.height() + 2;
        for (int i = 0; i < row.body->codeBlockCount(); ++i) {
            const QRectF block = row.body->codeBlockRect(i);
            const int left = qFloor(block.right()) - copyWidth - 6;
            int top = qFloor(block.top()) + 2;
            // When the first line of code reaches under the button (wrapped in a narrow column, it runs to
            // the right edge), the button keeps to the language line, reaching up rather than over the code.
            if (row.body->codeFirstLineRight(i) > left - 4) {
                top = std::min(top, qFloor(row.body->codeLabelRect(i).bottom()) - copyHeight);
            }
            const QRect rect(row.bodyRect.left() + left, row.bodyRect.top() + top, copyWidth, copyHeight);
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
        // Wraps in a narrow column (a pane of a comparison) rather than being cut off.
        const int height
            = smallMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, row.metricsText).height();
        row.metricsRect = QRect(0, y + 6, width, std::max(height, smallMetrics.height()));
        y = row.metricsRect.bottom() + 1;
    }

    // The action bar: painted text buttons, right-aligned under prompts.
    QList<Hit> actions;
    if (user) {
        actions.append({{}, Action::Edit, 0, tr("Edit")});
        actions.append({{}, Action::CopyPlain, 0, tr("Copy")});
        actions.append({{}, Action::Delete, 0, tr("Delete")});
    } else if (streaming) {
        actions.append({{}, Action::Stop, 0, tr("Stop")});
    } else {
        actions.append({{}, Action::CopyPlain, 0, tr("Copy")});
        actions.append({{}, Action::CopyMarkdown, 0, tr("Copy Markdown")});
        if (message.status == Store::MessageStatus::Cancelled || message.status == Store::MessageStatus::Interrupted) {
            actions.append({{}, Action::Retry, 0, tr("Retry")});
        }
        actions.append({{}, Action::Regenerate, 0, tr("Regenerate")});
        actions.append({{}, Action::Delete, 0, tr("Delete")});
        if (m_keepAction && message.status == Store::MessageStatus::Complete && !message.chosen) {
            actions.append({{}, Action::Keep, 0, tr("Keep this")});
        }
        if (m_voteAction && message.status == Store::MessageStatus::Complete) {
            actions.append({{}, Action::Vote, 0, tr("Vote for this")});
        }
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
    // A narrow column (a pane of a comparison) drops Copy Markdown before the bar spills over.
    if (total > width) {
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i).action == Action::CopyMarkdown) {
                total -= actions.at(i).rect.width() + 2;
                actions.removeAt(i);
                break;
            }
        }
    }
    int x = user ? width - total : -7;
    for (Hit &action : actions) {
        // What still does not fit goes on a line of its own (replies; prompts' bars are short).
        if (!user && x > -7 && x + action.rect.width() > width) {
            x = -7;
            y += action.rect.height() + 2;
            action.rect.moveTop(y);
        } else if (!user) {
            action.rect.moveTop(y);
        }
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

void MessageListView::setLaneLabel(qint64 laneId, const QString &label)
{
    if (label.isEmpty()) {
        m_laneLabels.remove(laneId);
    } else {
        m_laneLabels.insert(laneId, label);
    }
    viewport()->update();
}

void MessageListView::setComparisonActions(bool keep, bool vote)
{
    if (keep == m_keepAction && vote == m_voteAction) {
        return;
    }
    m_keepAction = keep;
    m_voteAction = vote;
    dropLayouts(); // the action bars change
    viewport()->update();
}

void MessageListView::setNote(qint64 messageId, const QString &note)
{
    if (note.isEmpty()) {
        m_notes.remove(messageId);
    } else {
        m_notes.insert(messageId, note);
    }
    viewport()->update();
}

// Painting

void MessageListView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty()) {
        return;
    }
    // At the scroll position the pixels show: a frame may still be due (messagelistframe.cpp).
    const int scrollY = m_paintedScrollY;
    const int top = scrollY + event->rect().top();
    const int bottom = scrollY + event->rect().bottom();
    const int left = columnLeft();
    for (int i = rowAt(top); i < rowCount() && rowTop(i) <= bottom; ++i) {
        if (m_rows[size_t(i)].layoutWidth < 0) {
            continue;
        }
        const QPoint origin(left, rowTop(i) - scrollY);
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
    const QString note = m_notes.value(message.id);
    if (user) {
        painter.drawText(row.header, Qt::AlignRight | Qt::AlignVCenter, tr("You"));
        if (!note.isEmpty()) {
            painter.setFont(small);
            painter.setPen(muted(pal));
            painter.drawText(row.header, Qt::AlignLeft | Qt::AlignVCenter, note);
        }
    } else {
        const QString name = shownName(message);
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
        // Comparisons: the kept reply, and what the pane says about its turn (votes, another lane kept).
        for (const QString &mark : {message.chosen ? tr("kept") : QString(), note}) {
            if (!mark.isEmpty()) {
                state = state.isEmpty() ? mark : state + QStringLiteral(" · ") + mark;
            }
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
        if (const QTextCursor selected = selectionIn(index, row.body->document()); selected.hasSelection()) {
            context.selections.append(TextSelection::paintSelection(selected, pal));
        }
        row.body->document()->documentLayout()->draw(&painter, context);
        row.body->drawWrapMarks(&painter, context.clip, muted(pal));
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
        painter.drawText(row.metricsRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter, row.metricsText);
    }

    // The keyboard's place: a ring around the focused message.
    const bool focused = m_focusRingVisible && message.id == m_focusedId && hasFocus();
    if (focused) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(
            QRectF(-OuterMargin / 2, 2, width + OuterMargin, row.height - 4).adjusted(1, 1, -1, -1), 8, 8);
    }

    // Buttons: code Copy, Retry, and the action bar (shown for the hovered, focused and last row).
    const bool showBar = m_hoverRow == index || index == rowCount() - 1 || m_editedId == message.id || focused;
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

QString MessageListView::shownName(const Store::Message &message) const
{
    const QString label = message.laneId ? m_laneLabels.value(*message.laneId) : QString();
    return label.isEmpty() ? ChatFormat::modelName(message) : label;
}

}
