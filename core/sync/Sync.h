#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <functional>

namespace guichet {

class Central;
class Session;

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

// The sync between this counter's SQLite file and the central database. Push (this part): every change of
// the change log (storage/ChangeCapture: captured in the transaction of the change itself) goes to the
// central table 'change' with the row as it stands, in batches of 500, each batch one central transaction
// that also moves the counter's pushed_seq. A push interrupted anywhere (SIGKILL, the server stopped, the
// cable pulled) resumes from the central's pushed_seq; a batch replayed adds nothing, (site_id, site_seq)
// being unique there. Nothing is written locally: the central's cursor is the truth. A row's references to
// other rows travel with those rows' uuids (SyncReference).
class Sync
{
    Q_DECLARE_TR_FUNCTIONS(Sync)

public:
    static constexpr int BatchSize = 500;

    Sync(Session &session, Central &central);

    // Changes of this counter not yet on the central database.
    Result<qint64> waiting() const;
    Result<PushReport> push(const std::function<void(qint64 done, qint64 total)> &progress = {});

    // The references of every travelling table: its declared foreign keys to a row id, and the columns named
    // after a travelling table (household_id → household).
    static QHash<QString, QList<SyncReference>> references(QSqlDatabase local);

private:
    Result<qint64> pushedSeq() const;

    Session &m_session;
    Central &m_central;
};

} // namespace guichet
