#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>

class QSqlQuery;

namespace guichet {

class Central;
class Session;
struct CopyColumn;
struct LocalChange;
struct TravellingTable;

// A column of a travelling table that holds another travelling row's local id (household_id): on the central
// database it travels with that row's key too ("household_id.uuid"), which every counter shares.
struct SyncReference
{
    QString column, table, key;
};

struct PushReport
{
    qint64 changes = 0; // sent by this push
    qint64 upToSeq = 0; // this counter's change log is on the central database up to here
};

struct PullReport
{
    qint64 changes = 0;   // other counters' changes read
    qint64 applied = 0;   // rows written here (the others were here already)
    qint64 conflicts = 0; // fields changed here and elsewhere, now waiting for a clerk
    // The families' portal: online payments of this counter's invoices recorded here (to push), or refused.
    qint64 onlinePayments = 0, onlineRefused = 0;
    QString onlineWaiting; // why online payments wait (no till open...), or empty
};

// A field changed here and on another counter (sync_conflict).
struct SyncConflict
{
    qint64 id = 0;
    // field: the same field changed on both sides; booking: a day booked first elsewhere, cancelled here
    QString kind;
    QString table, rowKey, field;
    QString rowLabel; // what the clerk knows the row by: "SO1-42 Lefèvre", "Léa Lefèvre — Cantine"
    QString localValue, remoteValue;
    QString remoteSite; // the counter's code
    QDateTime remoteAt, detectedAt;
};

// The sync between this counter's SQLite file and the central database.
//
// Push: every change of the change log (storage/ChangeCapture: captured in the transaction of the change
// itself) goes to the central table 'change' with the row as it stands, in batches of 500, each batch one
// central transaction that also moves the counter's pushed_seq. A push interrupted anywhere resumes from the
// central's pushed_seq; a batch replayed adds nothing, (site_id, site_seq) being unique there. A row's
// references to other rows travel with those rows' uuids (SyncReference).
//
// Pull: the other counters' changes, in the order of the central transactions that pushed them, each batch
// applied here in one local transaction that also moves the pull cursor (meta) — so a pull interrupted
// anywhere resumes without skipping or doubling. Only changes of central transactions older than every one
// still running are read (pg_snapshot_xmin): a push that commits late has a transaction id above the cursor,
// never below it (the classic bug of "changes since id N" with ids taken before commit). By merge rule:
// append-only rows are added once; configuration rows are the central's; versioned rows (family files) merge
// three-way, field by field, against the state the other counter made its change from (the change carries
// it: that counter's sync_base, the state it last agreed with the central database): a field changed only
// there is taken, a field changed here and there to different values keeps this counter's value and becomes
// a conflict for a clerk (nothing is lost silently); a clerk's choice travels (sync_resolution) and closes
// the conflict on every counter. Bookings keep the status furthest along the day (mergeBooking). What two
// offline counters did to the same tickets is settled by the counter that lost, as its own change: a day
// booked on both (settleDoubleBooking), a lot's last tickets taken on both (settleOverdraw), a day's ticket
// given back on both (settleGivenBackTwice).
//
// A new counter's first pull is the town as it stands (pullSnapshot, TableCopy), not its history; and each
// pull ends by recording the families' portal's online payments of this counter's invoices.
class Sync
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    static constexpr int BatchSize = 500;

    // 'central' may be null for what needs no server: the conflicts and their resolution.
    Sync(Session &session, Central *central);
    ~Sync();

    // Changes of this counter not yet on the central database.
    Result<qint64> waiting() const;
    Result<PushReport> push(const std::function<void(qint64 done, qint64 total)> &progress = {});
    Result<PullReport> pull(const std::function<void(qint64 done)> &progress = {});
    // After a pull that recorded the portal's online payments here: their receipts go to the other counters
    // at once, not at the next sync. Nothing to send: an empty report.
    Result<PushReport> pushRecorded(const PullReport &pulled);

    Result<QList<SyncConflict>> conflicts() const;      // waiting for a clerk, oldest first
    static Result<int> openConflicts(Session &session); // how many (the status bar at start)
    // Never pulled and nothing of its own (no family file, booking or ticket): its first pull brings the
    // whole town (pullSnapshot) and holds the file for its length — minutes for a big town.
    static Result<bool> isNewCounter(Session &session);
    // The clerk's choice: this counter's value stays, or the other counter's is taken (then sent to all). A
    // booking notice is only acknowledged.
    Status resolve(qint64 conflictId, bool takeRemote);

    // The references of every travelling table: its declared foreign keys to a row id, and the columns named
    // after a travelling table (household_id → household).
    static QHash<QString, QList<SyncReference>> references(QSqlDatabase local);

private:
    struct Remote;
    Result<qint64> pushedSeq() const;
    QSqlQuery &local(const QString &sql);
    // A row in the sync's form (references by key); empty when there is no such row.
    Result<QJsonObject> synced(const QString &table, const QString &key);
    Result<QVariant> localId(const QString &table, const QString &key);
    // Writes 'row' (the sync's form) here: inserted when 'current' is empty, else only what differs from it.
    Status write(const TravellingTable &table, const QString &key, const QJsonObject &row,
                 const QJsonObject &current);
    Status apply(const Remote &change, PullReport &report);
    // A new counter's first pull: every row as the central database has it now, parents first, in one
    // local transaction; false when this counter is not new (it pulls the changes since its cursor).
    Result<bool> pullSnapshot(const std::function<void(qint64 done)> &progress, PullReport &report);
    QStringList parentsFirst() const; // the travelling tables, each after the tables it references
    QList<CopyColumn> copyColumns(const QString &table) const; // what TableCopy writes
    // Drops the indexes and capture triggers of the tables a first pull copies, and the ledger's count of
    // tickets left; returns the name and CREATE statement of each index, and of that count's trigger.
    Result<QList<std::pair<QString, QString>>> setAsideForCopy();
    Status applyChoice(const Remote &change); // a clerk's choice made on another counter
    // The portal's online payments of this counter's invoices (central portal_payment): recorded here.
    Status recordOnlinePayments(PullReport &report);
    // A booking here and there: the status furthest along the day (MergeRule::FurthestStatus).
    Status mergeBooking(const Remote &change, const QJsonObject &here, PullReport &report);
    // The capture triggers stand aside while this counter writes what other counters changed.
    Status setApplying(bool applying);
    // Within a pull, what 'write' writes is this counter's own change (sent to all): the capture triggers are
    // on for it.
    Status asOwnChange(const std::function<Status()> &write);
    // A row this counter changed outside the capture triggers (a merge, a choice), to be sent.
    Status logOwnChange(const QString &table, const QString &key);
    // A day another counter booked for a child this counter booked too: the first on the central database
    // keeps it. Returns the row to write (cancelled when this counter's was first).
    Result<QJsonObject> settleDoubleBooking(const Remote &change);
    Result<bool> pushedFirst(const QString &table, const QString &key, const Remote &than);
    // A take from a lot whose last tickets this counter took too: this counter's later bookings give them
    // back.
    Status settleOverdraw(const Remote &change);
    // A give-back of a booking's ticket that this counter gave back too (cancelled here, excused there…):
    // the losing give-back is taken back by its own counter, this one when it is ours.
    Status settleGivenBackTwice(const Remote &change);
    // Cancels this counter's booking (its tickets back to the wallet), sent as this counter's change, with a
    // notice for the clerk: the day went to 'because'.
    Status cancelOwnBooking(qint64 bookingId, const QString &uuid, qint64 childId, const QDate &day,
                            const Remote &because);
    Status saveBase(const QString &table, const QString &key, const QJsonObject &row);
    Status saveBase(const QString &table, const QString &key, const QByteArray &json);
    QString rowsJsonSql(const QString &table) const;
    Status fillRows(QList<LocalChange> &batch); // each change's row as it stands now, and its base
    Result<QJsonObject> agreed(const QString &table, const QString &key); // sync_base; empty: none

    Session &m_session;
    Central *m_central;
    QHash<QString, QList<SyncReference>> m_refs;
    QHash<QString, QStringList> m_columns; // local columns per table
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace guichet
