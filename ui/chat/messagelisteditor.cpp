// The one inline prompt editor of a message list (Edit & resend), and where
// rows and their parts are on screen (for the editor, tests and benchmarks).
#include "chat/messagebody.h"
#include "chat/messagelistview.h"
#include "chat/prompteditor.h"

#include <QTextDocument>

namespace Confer
{

QRect MessageListView::rowRect(qint64 messageId) const
{
    const int index = rowOf(messageId);
    if (index < 0) {
        return {};
    }
    const int height = rowHeight(index);
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

// Interaction

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
