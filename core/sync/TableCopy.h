#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
typedef struct pg_conn PGconn;

namespace guichet {

// A column of a travelling table as a new counter's first pull writes it.
struct CopyColumn
{
    QString name;
    QString refTable, refKey;       // a reference: the row it names travels by this key (SyncReference)
    QString existsIn, existsColumn; // a code that must name a row there (its foreign key)
    bool notNull = false;
    QString defaultValue; // SQL; empty: none
};

// Copies one travelling table, every row as the central database has it now (row_state), into this counter's
// SQLite file: a new counter's first pull (Sync::pullSnapshot). Millions of rows: they go straight from libpq
// (COPY's text, each field as PostgreSQL extracts it from the row's JSON, read on a thread of its own while
// the rows before are written) to SQLite's C API (UTF-8, prepared INSERTs of many rows), with no QVariant or
// QString between — the same connections and transactions as the sync's, so the copy sees the central
// snapshot the sync opened and writes in the sync's local transaction.
//
// A reference is looked up by its key in the table it names, which parentsFirst() copied before. A row that
// names a row of its own table not copied yet (a movement that sorts before its lot) waits and is written
// once that row is here; a row naming a row that never comes stops the copy with a message.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    static constexpr int BatchRows = 256;       // rows per INSERT statement, at most
    static constexpr int ReadAhead = 64 * 1024; // rows read from the central database ahead of the writing

    TableCopy(PGconn *central, sqlite3 *local);

    // The rows of 'table' not last written by 'ownSite' (those are here already). 'saveBases': each row's
    // JSON also becomes its sync_base (the state this counter agrees on with the central database).
    // Returns how many rows were written.
    Result<qint64> copy(const QString &table, const QString &key, const QList<CopyColumn> &columns,
                        const QString &ownSite, bool saveBases,
                        const std::function<void(qint64 rows)> &progress);

    // How many rows the copies read ahead (tests stop a copy while rows are still coming with a small one).
    static void setReadAhead(int rows);

    // Learns the ids of the rows of 'table' already here (the configuration just pulled, this counter's own
    // rows), for the references of the tables copied next.
    Status index(const QString &table);

private:
    // A uuid as two numbers, compared as its bytes are: 5 million keys (with their ids) fit in some 120 MB.
    struct Key
    {
        quint64 high = 0, low = 0;
        auto operator<=>(const Key &) const = default;
    };
    static bool parseKey(const char *text, int size, Key &key);
    std::optional<qint64> idOf(const QString &table, const Key &key) const;

    static int s_readAhead;
    PGconn *m_central;
    sqlite3 *m_local;
    // Per table, this counter's id of each row by key, in key order (binary search): the references of a
    // town's millions of rows are resolved here, not by an index lookup in SQLite each.
    QHash<QString, std::vector<std::pair<Key, qint64>>> m_ids;
};

} // namespace guichet
