#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;
struct sqlite3;

namespace guichet {

struct OpenOptions
{
    bool createIfMissing = true;
    // One counter application per database file: a second instance is refused with a message.
    bool exclusive = true;
    // How long to wait for another program that holds the file (a backup, a copy) before saying so.
    int busyTimeoutMs = 5000;
    // For commands that only read (search, check, verify): the file is opened with SQLite's read-only
    // flag and never migrated, stamped or given triggers; an older schema is refused. When no counter
    // holds the file and no connection's files (-wal, -shm, -journal) are beside it, it is read as
    // immutable, so that nothing at all is created next to it (a backup on a read-only disk can be
    // verified). createIfMissing and exclusive
    // do not apply.
    bool readOnly = false;
};

// The embedded SQLite database: one file, WAL, synchronous=FULL, foreign keys on, schema migrated
// on open, every write captured in the change log (storage/ChangeCapture). A file it cannot use is
// refused with a French message saying which of five cases it is — busy (another program holds it),
// read-only, written by a newer version, not ours, or damaged (only the last suggests the backup) —
// and left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(const Clock &clock);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status open(const QString &path, const OpenOptions &options = {});
    // A second, read-only connection to the file that 'first' (open in this process) has open, for a
    // thread of its own (a connection belongs to the thread that opened it): no lock of its own, since the
    // first one holds or shares it, and immutable when the first one is.
    Status openAlongside(const Database &first);
    void close();
    // Sets again the settings a writing connection is opened with (WAL, synchronous, cache, temporary
    // store…), after a bulk write changed some of them for its run.
    void restoreUsualSettings();
    // For a bulk write into a file that holds little yet (a new counter's first pull): the rollback journal
    // instead of WAL until restoreUsualSettings(). Pages that are new to the file are then written once,
    // into it, where WAL writes each into its log and copies it again at the checkpoint (and looks every
    // page read back up in the log's index). Outside a transaction only, and only while no other connection
    // has the file open (WAL cannot be left then): returns whether the switch was made; the write is as
    // safe either way (a hot journal is rolled back at the next open, as WAL's log is ignored).
    bool useRollbackJournal();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase connection() const;
    // The connection's SQLite handle, for the few paths that go through the C API to move millions of rows
    // (the journal's walk, a new counter's first pull): same connection, same transaction.
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    const Clock &clock() const { return m_clock; }

    int schemaVersion() const;

    // Reads every page (PRAGMA quick_check): minutes of disk on a big file, so it is not done at
    // start-up but on demand (guichet-cli check) and before backups.
    Status checkIntegrity() const;
    static int supportedSchemaVersion();

    // This counter's site id (a uuid created with the database), stamped on every row it creates and
    // on every change it captures.
    QString siteId() const { return m_siteId; }

    // Nesting depth of open Transaction objects: the outermost one BEGINs, inner ones are savepoints (or,
    // inside a Batch, join it).
    int &transactionDepth() { return m_transactionDepth; }
    // Set while a ReadTransaction holds its snapshot (Transaction refuses to start then).
    bool &inReadSnapshot() { return m_inReadSnapshot; }
    // Set while a Batch is open: the Transactions inside it join it instead of opening savepoints.
    struct BatchState
    {
        bool open = false;
        Status firstFailure; // the first action inside that did not commit: the batch rolls back
    };
    BatchState &batch() { return m_batch; }

private:
    Status checkFile(const QString &path, const OpenOptions &options) const;
    Status connect(const QString &absolute, bool readOnly, bool immutable, int busyTimeoutMs);
    Status checkHeader(bool readOnly);
    Status configure(bool readOnly);
    Status lockFor(const QString &absolute, bool readOnly, bool *immutable);
    Error refusal(const QSqlError &error) const;
    Error notOurs() const;

    const Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    QString m_siteId;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0;
    bool m_inReadSnapshot = false;
    BatchState m_batch;
    bool m_readOnly = false;
    bool m_immutable = false;
};

} // namespace guichet
