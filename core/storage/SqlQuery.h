#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <unordered_map>

class QSqlDatabase;

namespace guichet {

class Database;

// Prepared statements kept for the life of a service: the hot read paths (search, opening a file)
// would otherwise spend most of their time re-parsing SQL. Create the cache after the database is
// open and destroy it before the database is closed.
class StatementCache
{
public:
    explicit StatementCache(const Database &database) : m_database(database) {}
    // The prepared, forward-only query for 'sql' (prepared on first use). Call finish() after reading.
    QSqlQuery &get(const QString &sql);

private:
    const Database &m_database;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries; // QSqlQuery cannot be copied
};

// The French message for a storage failure. The SQL detail goes to the log, never to the user.
Status storageError(const QSqlError &error);

// Executes a prepared query; a failure becomes a French Error (and a log line).
Status execOrError(QSqlQuery &query);

// NULL for an empty string, so optional unique columns (INE) stay unique only when filled.
QVariant nullIfEmpty(const QString &value);
// SQL NULL for any column type.
QVariant sqlNull();

// Binds the values in order. A null QString binds as '' (text columns are NOT NULL DEFAULT ''); use
// sqlNull() or nullIfEmpty() where NULL is meant.
void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values);
void bindAll(QSqlQuery &query, const QList<QVariant> &values);

} // namespace guichet
