#pragma once

#include "store/conversationlist.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <functional>

class QTimer;

namespace Confer
{

namespace Store
{
class ConversationStore;
}

// The sidebar's conversations: pinned first, then grouped Today, Yesterday,
// Previous 7 Days and Older, newest first, each group under a header row.
// Loads in pages as the view scrolls (canFetchMore/fetchMore) and reloads when
// another process commits to the database (polling PRAGMA data_version).
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        IsHeaderRole,
        PinnedRole,
        UpdatedAtRole,
        GroupRole,
    };
    enum class Group { Pinned, Today, Yesterday, PreviousWeek, Older };
    Q_ENUM(Group)

    static constexpr int PageSize = 200;
    static constexpr int DefaultPollIntervalMs = 1000;

    explicit ConversationListModel(Store::ConversationStore &store, QObject *parent = nullptr);

    // The local time that decides the date groups; replaceable for tests.
    void setClock(std::function<QDateTime()> clock);
    void setPollInterval(int milliseconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Conversations in the database (loaded or not), and how many rows are loaded.
    qint64 totalConversations() const { return m_total; }
    int loadedConversations() const { return m_loaded; }
    int rowOf(qint64 conversationId) const;
    qint64 conversationAt(int row) const;

    // Changes through the store; the list reloads after each. False when the store refused.
    bool rename(qint64 conversationId, const QString &title);
    bool setPinned(qint64 conversationId, bool pinned);
    bool archive(qint64 conversationId);
    bool moveToTrash(qint64 conversationId);
    bool restoreFromTrash(qint64 conversationId);

    // Reads the list again, keeping as many conversations loaded as before.
    void reload();

    static QString groupTitle(Group group);

Q_SIGNALS:
    // After a reload caused by another process's change.
    void externallyChanged();

private:
    struct Row {
        bool header = false;
        Group group = Group::Older;
        Store::ConversationListEntry entry;
    };
    Group groupOf(const Store::ConversationListEntry &entry) const;
    QList<Row> rowsFor(const QList<Store::ConversationListEntry> &entries) const;
    void pollDataVersion();

    Store::ConversationStore &m_store;
    Store::ConversationList m_list;
    std::function<QDateTime()> m_clock;
    QList<Row> m_rows;
    int m_loaded = 0;
    qint64 m_total = 0;
    qint64 m_dataVersion = -1;
    bool m_fetching = false;
    QTimer *m_poll;
};

}
