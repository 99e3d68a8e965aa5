#pragma once

// Shared by the store's tests: a scratch database file per test.

#include "store/conversationstore.h"
#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace ConferTest
{

inline QVariant scalar(Confer::Store::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

inline Confer::Store::Lane lane(const QString &model)
{
    Confer::Store::Lane lane;
    lane.model = model;
    return lane;
}

}
