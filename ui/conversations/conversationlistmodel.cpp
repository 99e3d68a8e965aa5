#include "conversations/conversationlistmodel.h"

#include "store/conversationstore.h"

#include <QTimer>

namespace Confer
{

ConversationListModel::ConversationListModel(Store::ConversationStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_list(store.database())
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_poll(new QTimer(this))
{
    m_total = m_list.count();
    m_dataVersion = m_list.dataVersion().value_or(-1);
    m_poll->setInterval(DefaultPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ConversationListModel::pollDataVersion);
    m_poll->start();
}

void ConversationListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    reload();
}

void ConversationListModel::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (row.header) {
            return groupTitle(row.group);
        }
        return row.entry.title.isEmpty() ? tr("Untitled conversation") : row.entry.title;
    case Qt::EditRole:
        return row.header ? QVariant() : QVariant(row.entry.title);
    case Qt::ToolTipRole:
        return row.header
            ? QVariant()
            : QVariant(QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.entry.updatedAt), QLocale::ShortFormat));
    case ConversationIdRole:
        return row.header ? QVariant() : QVariant(row.entry.id);
    case IsHeaderRole:
        return row.header;
    case PinnedRole:
        return row.header ? QVariant() : QVariant(row.entry.pinned);
    case UpdatedAtRole:
        return row.header ? QVariant() : QVariant(row.entry.updatedAt);
    case GroupRole:
        return QVariant::fromValue(row.group);
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_rows.at(index.row()).header) {
        return false;
    }
    const QString title = value.toString().trimmed();
    if (title.isEmpty()) {
        return false;
    }
    return rename(m_rows.at(index.row()).entry.id, title);
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    if (m_rows.at(index.row()).header) {
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_loaded < m_total;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const auto entries = m_list.page(m_loaded, PageSize);
    if (entries.isEmpty()) {
        // The database shrank under us; stop asking.
        m_total = m_loaded;
        return;
    }
    const Group last = m_rows.isEmpty() ? Group::Pinned : m_rows.constLast().group;
    QList<Row> rows = rowsFor(entries);
    if (!m_rows.isEmpty() && rows.constFirst().header && rows.constFirst().group == last) {
        rows.removeFirst();
    }
    // Views may ask for more while the insertion is announced; one page at a time.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(rows);
    m_loaded += int(entries.size());
    endInsertRows();
    m_fetching = false;
}

QList<ConversationListModel::Row> ConversationListModel::rowsFor(
    const QList<Store::ConversationListEntry> &entries) const
{
    QList<Row> rows;
    rows.reserve(entries.size() + 5);
    std::optional<Group> current;
    for (const auto &entry : entries) {
        const Group group = groupOf(entry);
        if (group != current) {
            rows.append({true, group, {}});
            current = group;
        }
        rows.append({false, group, entry});
    }
    return rows;
}

ConversationListModel::Group ConversationListModel::groupOf(const Store::ConversationListEntry &entry) const
{
    if (entry.pinned) {
        return Group::Pinned;
    }
    const QDate today = m_clock().date();
    const QDate day = QDateTime::fromMSecsSinceEpoch(entry.updatedAt).date();
    if (day >= today) {
        return Group::Today;
    }
    if (day == today.addDays(-1)) {
        return Group::Yesterday;
    }
    if (day >= today.addDays(-7)) {
        return Group::PreviousWeek;
    }
    return Group::Older;
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).header && m_rows.at(i).entry.id == conversationId) {
            return i;
        }
    }
    return -1;
}

qint64 ConversationListModel::conversationAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).header) {
        return 0;
    }
    return m_rows.at(row).entry.id;
}

bool ConversationListModel::rename(qint64 conversationId, const QString &title)
{
    const bool ok = m_store.rename(conversationId, title);
    reload();
    return ok;
}

bool ConversationListModel::setPinned(qint64 conversationId, bool pinned)
{
    const bool ok = m_store.setPinned(conversationId, pinned);
    reload();
    return ok;
}

bool ConversationListModel::archive(qint64 conversationId)
{
    const bool ok = m_store.setArchived(conversationId, true);
    reload();
    return ok;
}

bool ConversationListModel::moveToTrash(qint64 conversationId)
{
    const bool ok = m_store.moveToTrash(conversationId);
    reload();
    return ok;
}

bool ConversationListModel::restoreFromTrash(qint64 conversationId)
{
    const bool ok = m_store.restoreFromTrash(conversationId);
    reload();
    return ok;
}

void ConversationListModel::reload()
{
    const int keep = qMax(m_loaded, PageSize);
    beginResetModel();
    m_total = m_list.count();
    const auto entries = m_list.page(0, keep);
    m_rows = rowsFor(entries);
    m_loaded = int(entries.size());
    endResetModel();
}

void ConversationListModel::pollDataVersion()
{
    const auto version = m_list.dataVersion();
    if (!version || *version == m_dataVersion) {
        return;
    }
    m_dataVersion = *version;
    reload();
    Q_EMIT externallyChanged();
}

QString ConversationListModel::groupTitle(Group group)
{
    switch (group) {
    case Group::Pinned:
        return tr("Pinned");
    case Group::Today:
        return tr("Today");
    case Group::Yesterday:
        return tr("Yesterday");
    case Group::PreviousWeek:
        return tr("Previous 7 Days");
    case Group::Older:
        return tr("Older");
    }
    return {};
}

}
