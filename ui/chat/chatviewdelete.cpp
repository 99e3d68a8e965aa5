// Deleting a message from the chat view: say exactly what goes, refuse while
// a reply in it is being written, and keep the reader's place.
#include "chat/chatview.h"
#include "common/messagebox.h"
#include "store/conversationstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace Confer
{

namespace
{

QString promptQuestion(int replies, int laterTurns)
{
    const QString repliesPart
        = replies == 1 ? ChatView::tr("its reply") : ChatView::tr("its %n replies", nullptr, replies);
    const QString turnsPart = laterTurns == 1 ? ChatView::tr("the turn after it")
                                              : ChatView::tr("the %n turns after it", nullptr, laterTurns);
    if (replies > 0 && laterTurns > 0) {
        return ChatView::tr("Delete this prompt, %1 and %2?").arg(repliesPart, turnsPart);
    }
    if (replies > 0 || laterTurns > 0) {
        return ChatView::tr("Delete this prompt and %1?").arg(replies > 0 ? repliesPart : turnsPart);
    }
    return ChatView::tr("Delete this prompt?");
}

}

void ChatView::confirmDelete(qint64 messageId)
{
    const auto scope = m_store.deletionScope(messageId);
    if (!scope) {
        qCWarning(lcChat) << "cannot delete message" << messageId << m_store.lastError().message;
        return;
    }
    const bool prompt = scope->role == Store::MessageRole::User;
    if (scope->streaming > 0) {
        MessageBox::information(this, tr("Delete Message"),
            prompt ? tr("A reply to this prompt or to a later one is still being written. Stop it first, then "
                        "delete the prompt.")
                   : tr("This reply is still being written. Stop it first, then delete it."));
        return;
    }
    const QString question = prompt ? promptQuestion(scope->replies, scope->laterTurns) : tr("Delete this reply?");
    if (MessageBox::choose(this, QMessageBox::Question, tr("Delete Message"), question, {tr("Delete"), tr("Cancel")})
        != 0) {
        return;
    }

    // Where the reader is: the first visible message, or the nearest one above it if that goes too.
    const bool following = m_list->isFollowing();
    const auto anchor = m_list->anchor();
    QList<qint64> above;
    for (int row = m_list->rowOf(anchor.first); row >= 0; --row) {
        above.append(m_list->messageAt(row).id);
    }
    const int deletedRow = m_list->rowOf(messageId);
    const bool ringShown = m_list->isFocusRingVisible();

    if (!m_store.deleteMessage(messageId)) {
        MessageBox::warning(
            this, tr("Delete Message"), tr("The message could not be deleted: %1").arg(m_store.lastError().message));
        return;
    }
    // reload() shows what this view shows (a lane, the active branch) and keeps the first visible message.
    reload();
    if (!following && m_list->rowOf(anchor.first) < 0) {
        for (const qint64 id : std::as_const(above)) {
            if (m_list->rowOf(id) >= 0) {
                m_list->restoreAnchor({id, 0});
                break;
            }
        }
    }
    // The keyboard stays where the message was.
    if (ringShown && m_list->rowOf(m_list->focusedMessage()) < 0 && m_list->rowCount() > 0 && deletedRow >= 0) {
        m_list->setFocusedMessage(m_list->messageAt(std::min(deletedRow, m_list->rowCount() - 1)).id);
    }
    Q_EMIT messageDeleted(m_conversationId, messageId);
}

}
