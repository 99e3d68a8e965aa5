#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace Confer
{

namespace Store
{
class ConversationStore;
}
class ConversationListModel;

// The Conversations sidebar: the grouped list, a full-text search with
// highlighted snippets, and rename, pin, archive, delete (with Undo) and
// export from the context menu.
class ConversationsView : public QWidget
{
    Q_OBJECT

public:
    enum HitRole { HitConversationRole = Qt::UserRole + 1, HitMessageRole };

    explicit ConversationsView(Store::ConversationStore &store, QWidget *parent = nullptr);

    ConversationListModel *model() const { return m_model; }
    QStandardItemModel *hitsModel() const { return m_hits; }

    void focusSearch();
    // Runs the search now rather than after the typing pause.
    void search(const QString &text);

    void renameConversation(qint64 conversationId);
    void togglePinned(qint64 conversationId);
    void archiveConversation(qint64 conversationId);
    void trashConversation(qint64 conversationId);
    // Brings back the conversation last moved to the trash.
    void undoTrash();

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    // messageId is 0 when the title matched.
    void searchHitActivated(qint64 conversationId, qint64 messageId);
    void exportRequested(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void retranslate();

    Store::ConversationStore &m_store;
    ConversationListModel *m_model;
    QStandardItemModel *m_hits;
    QLineEdit *m_searchBox;
    QStackedWidget *m_pages;
    QListView *m_list;
    QListView *m_hitList;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QTimer *m_searchDelay;
    QTimer *m_undoExpiry;
    qint64 m_trashed = 0;
};

}
