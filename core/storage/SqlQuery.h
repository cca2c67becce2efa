#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <unordered_map>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

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

// A value bound by DirectInsert: an integer, UTF-8 text, or NULL.
struct DirectValue
{
    enum class Kind
    {
        Null,
        Integer,
        Text
    };
    DirectValue(std::nullptr_t) {}
    DirectValue(qint64 value) : kind(Kind::Integer), integer(value) {}
    DirectValue(int value) : kind(Kind::Integer), integer(value) {}
    DirectValue(QByteArray utf8) : kind(Kind::Text), text(std::move(utf8)) {}
    Kind kind = Kind::Null;
    qint64 integer = 0;
    QByteArray text;
};

// INSERTs through SQLite's C API, on the database's connection and in its transaction (same triggers, same
// rules), for a request that writes hundreds of rows of a table — a school year of bookings and their
// tickets: there QtSql costs more than SQLite's insert itself (a parameter name made and looked up for each
// value bound, text converted to UTF-16 and back). The rows go up to 64 to a statement ("VALUES (…), (…)"):
// SQLite keeps a copy of each page a statement changes, to undo that statement alone should a trigger
// refuse a row, and one statement per row copied the table's and each index's page again for every row.
class DirectInsert
{
public:
    // 'sql' inserts one row: "INSERT INTO t (a, b) VALUES (?, ?)" (its VALUES row is repeated for several).
    DirectInsert(const Database &database, const char *sql);
    ~DirectInsert();
    DirectInsert(const DirectInsert &) = delete;
    DirectInsert &operator=(const DirectInsert &) = delete;

    // The statements kept in 'slot' by a service from one request to the next (preparing an INSERT compiles
    // its table's triggers: the ledger's take a third of a millisecond), prepared again when the database's
    // connection is another. Finalizing one prepared on a connection closed since is safe: SQLite keeps a
    // connection until its last statement is finalized.
    static DirectInsert &kept(std::unique_ptr<DirectInsert> &slot, const Database &database, const char *sql);

    // Inserts rows in order: 'values' holds the first row's values (one per parameter of 'sql', in order),
    // then the second row's, and so on.
    Status insert(const QList<DirectValue> &values);

private:
    sqlite3_stmt *statement(int rows); // prepared on first use
    Status failure() const;            // the connection's last error, as storageError() words it
    sqlite3 *m_handle = nullptr;
    QByteArray m_into, m_row;                             // "INSERT INTO t (a, b) VALUES ", "(?, ?)"
    std::unordered_map<int, sqlite3_stmt *> m_statements; // by rows per statement
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
