#pragma once

#include "store/database.h"

#include <QList>
#include <QString>

#include <optional>

namespace Confer::Store
{

// A conversation as the sidebar lists it: cheap to read in pages.
struct ConversationListEntry {
    qint64 id = 0;
    QString title;
    qint64 updatedAt = 0;
    bool pinned = false;
};

// Paged reads of the conversations shown in the sidebar (pinned first, then
// newest first; archived and trashed ones left out), and the connection's
// view of changes made by other processes.
class ConversationList
{
public:
    explicit ConversationList(Database &database);

    qint64 count();
    QList<ConversationListEntry> page(int offset, int limit);

    // SQLite's PRAGMA data_version: changes whenever another connection
    // (e.g. `confer ask`) commits to the file. nullopt on error.
    std::optional<qint64> dataVersion();

private:
    Database &m_database;
};

}
