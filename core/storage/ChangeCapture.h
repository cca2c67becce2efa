#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class Database;

// How the rows of a table merge on the central database (the sync issue builds on this list).
enum class MergeRule
{
    AppendOnly,    // documents, payments, the ticket ledger, history: a union (numbers are per counter)
    Versioned,     // family files: merged field by field by version; a conflict is shown to a clerk
    Configuration, // commune settings, catalog, schools: the central database is authoritative
    // bookings: the status furthest along the day wins on every counter (Sync::mergeBooking), so two
    // counters that settled the same booking differently agree without a clerk
    FurthestStatus
};

struct TravellingTable
{
    QString name;
    QString key; // the column that identifies a row on every counter: uuid, or a natural key
    MergeRule merge;
};

// The change log: every write to a table that travels to the central database is recorded, in the
// same transaction, by triggers this class creates (one per table and operation) — one mechanism for
// every service, present from a table's first day. A table is either travelling (listed here, with its
// key and merge rule) or local (listed too); tst_changecapture fails when a table is neither.
class ChangeCapture
{
public:
    static const QList<TravellingTable> &travellingTables();
    static const TravellingTable *travelling(const QString &table); // null: not a travelling table
    // Tables that stay on this computer: derived indexes and this counter's own bookkeeping.
    static const QStringList &localTables();

    // Creates the capture triggers that are missing (a new database, or a migration rebuilt a table).
    static Status install(Database &database);
    static QString triggerName(const QString &table, const QString &operation);
};

} // namespace guichet
