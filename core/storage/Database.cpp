#include "storage/Database.h"

#include "storage/ChangeCapture.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <sqlite3.h>

namespace guichet {

namespace {
// 'GPES' — marks the file as ours so that another program's SQLite file is not mistaken for one.
constexpr int ApplicationId = 0x47504553;

// SQLite as this program uses it, set when the program starts: before a first connection initialises the
// library. A connection is only ever used by the thread that opened it (QtSql's rule; the
// verification's and the background sync's threads open their own), so SQLite's per-connection mutex, taken
// by every call (each value bound, each step), guards nothing: "multi-thread" mode drops it. Its count of
// the memory in use, which no one here reads, takes a lock on every allocation. Without the two, a new
// counter's first pull (millions of rows, a score of values bound to each) runs 5% fewer instructions.
const bool s_sqliteConfigured = [] {
    return sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK &&
           sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}();
} // namespace

Database::Database(const Clock &clock)
    : m_clock(clock), m_connectionName(QStringLiteral("guichet-") + QUuid::createUuid().toString())
{}

Database::~Database()
{
    close();
}

int Database::supportedSchemaVersion()
{
    return Migrator::latestVersion();
}

Status Database::checkFile(const QString &path, const OpenOptions &options) const
{
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!file.exists()) {
        if (!options.createIfMissing || options.readOnly)
            return Error::of(tr("The database file %1 does not exist. Check the path given with "
                                "--database or in the settings.")
                                 .arg(shown));
        const QFileInfo dir(file.absolutePath());
        if (!dir.exists() && !QDir().mkpath(file.absolutePath()))
            return Error::of(tr("The folder %1 cannot be created. Choose another location for the "
                                "database or ask your IT support for write access.")
                                 .arg(QDir::toNativeSeparators(file.absolutePath())));
        return Status::success();
    }
    if (!file.isFile())
        return Error::of(tr("%1 is not a database file. Give the path of a .sqlite file.").arg(shown));
    if (!file.isReadable())
        return Error::of(tr("The database file %1 cannot be read (access denied). Ask your IT support "
                            "to give this account access to it.")
                             .arg(shown));
    if (options.readOnly)
        return Status::success();
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return Error::of(tr("The database file %1 is read-only: the counter needs to write to it and to "
                            "its folder. Ask your IT support to give this account write access; the "
                            "file was not changed.")
                             .arg(shown));
    return Status::success();
}

Status Database::open(const QString &path, const OpenOptions &options)
{
    close();
    if (Status s = checkFile(path, options); !s)
        return s;

    // The canonical path: a symlink or another spelling of the same file must meet the same lock.
    const QFileInfo info(path);
    const QString absolute =
        info.exists() ? info.canonicalFilePath()
                      : QDir(QFileInfo(info.absolutePath()).canonicalFilePath()).filePath(info.fileName());
    bool immutable = false;
    if (options.exclusive || options.readOnly) {
        if (Status s = lockFor(absolute, options.readOnly, &immutable); !s) {
            close();
            return s;
        }
    }

    if (Status s = connect(absolute, options.readOnly, immutable, options.busyTimeoutMs); !s)
        return s;

    Status status = checkHeader(options.readOnly);
    if (status)
        status = configure(options.readOnly);
    if (status && !options.readOnly)
        status = Migrator(*this).migrate();
    if (status) {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'site_id'")) && q.next())
            m_siteId = q.value(0).toString();
        else
            status = refusal(q.lastError());
    }
    if (status && !options.readOnly)
        status = ChangeCapture::install(*this);
    if (!status)
        close();
    return status;
}

Status Database::connect(const QString &absolute, bool readOnly, bool immutable, int busyTimeoutMs)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (immutable) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
        } else {
            db.setDatabaseName(absolute);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            close();
            return Error::of(tr("The database %1 cannot be opened (%2). Check the file and its folder.")
                                 .arg(QDir::toNativeSeparators(absolute), detail));
        }
    }
    m_path = absolute;
    m_readOnly = readOnly;
    m_immutable = immutable;
    return Status::success();
}

Status Database::openAlongside(const Database &first)
{
    close();
    // Only the first one's plain members are read: its connection belongs to its own thread.
    if (Status s = connect(first.m_path, true, first.m_immutable, 5000); !s)
        return s;
    Status status = checkHeader(true); // the same schema as the first one's: the version this program knows
    if (status)
        status = configure(true);
    if (status)
        m_siteId = first.m_siteId;
    if (!status)
        close();
    return status;
}

// The lock file next to the database. A writer must take it (another holder is refused). A reader
// takes it when it is free, so that no writer starts while it reads, and then reads the file as
// immutable if its journal is empty (nothing is created next to it); when a counter holds it, the
// reader shares the file with that counter (WAL readers see committed transactions).
Status Database::lockFor(const QString &absolute, bool readOnly, bool *immutable)
{
    // Nobody has the file open and nothing waits in a journal: no -wal, -shm or -journal beside it (a
    // connection, even one that has not written yet, keeps a -shm).
    const auto untouched = [&absolute] {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFileInfo::exists(absolute + QLatin1String(suffix)))
                return false;
        return true;
    };
    auto lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        *immutable = readOnly && untouched();
        return Status::success();
    }
    if (readOnly) {
        // A counter holds it: read alongside. The folder cannot hold a lock (a read-only disk): no
        // counter of this account writes there.
        *immutable = lock->error() != QLockFile::LockFailedError && untouched();
        return Status::success();
    }
    qint64 pid = 0;
    QString host, app;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
        // A lock file that says nobody: its program was killed between creating it and writing who it is (a
        // living program writes that at once). QLockFile never calls it stale with a stale time of 0, so it
        // would keep the database closed for good: once it is two seconds old it is removed and taken.
        // Two programs starting together must not both remove it and both think they hold the lock: as Qt
        // does for its own stale locks, the removal is done under a second lock, and checked again there.
        const auto abandoned = [&] {
            qint64 ignored = 0;
            QString none;
            const QFileInfo file(absolute + QStringLiteral(".lock"));
            return file.exists() && !lock->getLockInfo(&ignored, &none, &none) &&
                   file.lastModified().secsTo(QDateTime::currentDateTime()) >= 2;
        };
        QLockFile removal(absolute + QStringLiteral(".rmlock"));
        if (abandoned() && removal.tryLock(0) && abandoned() && lock->removeStaleLockFile() &&
            lock->tryLock(0)) {
            removal.unlock();
            m_lock = std::move(lock);
            *immutable = false;
            return Status::success();
        }
        return Error::of(
            tr("The database %1 is being opened by another program, or one was stopped while "
               "opening it (its lock file is then removed within seconds). Try again in a moment.")
                .arg(QDir::toNativeSeparators(absolute)));
    }
    if (lock->error() == QLockFile::LockFailedError && app == QLatin1String("guichet-cli"))
        return Error::of(tr("The database %1 is in use by a guichet-cli command (process %2 on %3), a "
                            "verification for instance. Wait until it has finished and try again.")
                             .arg(QDir::toNativeSeparators(absolute))
                             .arg(pid)
                             .arg(host));
    if (lock->error() == QLockFile::LockFailedError)
        return Error::of(tr("The database %1 is already open in another Guichet window "
                            "(process %2 on %3). Use that window, or close it and try again.")
                             .arg(QDir::toNativeSeparators(absolute))
                             .arg(pid)
                             .arg(host));
    return Error::of(tr("The lock file next to the database %1 cannot be created. Check that "
                        "the folder is writable.")
                         .arg(QDir::toNativeSeparators(absolute)));
}

Error Database::notOurs() const
{
    return Error::of(tr("The file %1 is not a Guichet Périscolaire database. Check the path given with "
                        "--database or in the settings; the file was not changed.")
                         .arg(QDir::toNativeSeparators(m_path)));
}

// Which of the five refusals a failed read or write on open means (SQLite primary result codes).
Error Database::refusal(const QSqlError &error) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (error.nativeErrorCode().toInt() & 0xFF) {
    case 5: // BUSY
    case 6: // LOCKED
        return Error::of(tr("The database %1 is in use by another program (a backup, a copy, or a counter "
                            "application on another computer). Wait until it has finished and try again; the "
                            "file was not changed.")
                             .arg(shown));
    case 8: // READONLY
        return Error::of(tr("The database file %1 is read-only: the counter needs to write to it and to its "
                            "folder. Ask your IT support to give this account write access; the file was not "
                            "changed.")
                             .arg(shown));
    case 26: // NOTADB
        return notOurs();
    case 11: // CORRUPT
        return Error::of(tr("The database %1 is damaged. Stop entering data on this computer and ask your IT "
                            "support to restore the latest backup; the file was not changed.")
                             .arg(shown));
    default:
        qWarning("Opening %s: %s", qPrintable(m_path),
                 qPrintable(error.text())); // SQLite's words: for the log
        return Error::of(tr("The database %1 could not be opened. Check the file and its folder, then try "
                            "again; the file was not changed. If it happens again, send the program's log to "
                            "your IT support.")
                             .arg(shown));
    }
}

// Reads only: nothing may be written before we know the file is ours and not newer than us.
Status Database::checkHeader(bool readOnly)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    QSqlQuery q(connection());
    const auto read = [&](const QString &sql, QVariant *value) -> Status {
        if (!q.exec(sql) || !q.next())
            return refusal(q.lastError());
        *value = q.value(0);
        q.finish();
        return Status::success();
    };
    QVariant version, appId, objects;
    if (Status s = read(QStringLiteral("PRAGMA user_version"), &version); !s)
        return s;
    if (Status s = read(QStringLiteral("PRAGMA application_id"), &appId); !s)
        return s;
    if (Status s = read(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects); !s)
        return s;

    if (objects.toInt() > 0 && appId.toInt() != ApplicationId) // another program's SQLite file
        return notOurs();
    if (version.toInt() > supportedSchemaVersion())
        return Error::of(tr("The database %1 was written by a newer version of Guichet Périscolaire "
                            "(schema %2; this version knows schema %3). Install the latest version of the "
                            "program; the database was not changed.")
                             .arg(shown)
                             .arg(version.toInt())
                             .arg(supportedSchemaVersion()));
    if (readOnly && objects.toInt() == 0)
        return notOurs();
    if (readOnly && version.toInt() < supportedSchemaVersion())
        return Error::of(tr("The database %1 has an older schema (%2; this version knows schema %3) and a "
                            "read command does not upgrade it. Open it once in the counter application, "
                            "which upgrades it, then try again; the file was not changed.")
                             .arg(shown)
                             .arg(version.toInt())
                             .arg(supportedSchemaVersion()));
    if (objects.toInt() > 0) {
        // Reading a table parses the catalogue and its first pages; a damaged file fails here.
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'site_id'")))
            return refusal(q.lastError());
        q.finish();
    }
    return Status::success();
}

Status Database::checkIntegrity() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
        q.value(0).toString() == QStringLiteral("ok"))
        return Status::success();
    return Error::of(
        tr("The database %1 is damaged. Stop entering data on this computer and ask your IT support "
           "to restore the latest backup.")
            .arg(QDir::toNativeSeparators(m_path)));
}

// How a connection that writes is set: commits durable, references checked, a modest cache. The bulk writers
// (a new counter's first pull, the demo) change some of these for their run and put them back with
// restoreUsualSettings().
static constexpr const char *WriterPragmas[] = {"synchronous = FULL",  "foreign_keys = ON",
                                                "temp_store = MEMORY", "cache_size = -16000",
                                                "threads = 0",         "wal_autocheckpoint = 1000"};

void Database::restoreUsualSettings()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        qWarning("PRAGMA journal_mode = WAL failed: %s", qPrintable(q.lastError().text()));
    q.finish(); // the pragma answers with a row: its statement would stay open
    for (const char *pragma : WriterPragmas)
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)))
            qWarning("PRAGMA %s failed: %s", pragma, qPrintable(q.lastError().text()));
}

bool Database::useRollbackJournal()
{
    QSqlQuery q(connection());
    const bool switched = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
                          q.value(0).toString() == QLatin1String("delete");
    q.finish();
    return switched;
}

Status Database::configure(bool readOnly)
{
    QSqlQuery q(connection());
    if (readOnly) {
        for (const char *pragma : {"PRAGMA query_only = ON", "PRAGMA foreign_keys = ON",
                                   "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000"}) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return refusal(q.lastError());
        }
        return Status::success();
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return refusal(q.lastError());
    if (!q.next() || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return Error::of(tr("The database %1 cannot be prepared for writing (journal). Check that the file "
                            "and its folder are writable.")
                             .arg(QDir::toNativeSeparators(m_path)));
    q.finish();
    for (const char *pragma : WriterPragmas) {
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)))
            return refusal(q.lastError());
    }
    // Stamp a new file as ours; an existing one already is (checkHeader refused any other), and
    // rewriting the header on every open would change the file for nothing.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return refusal(q.lastError());
    const bool stamped = q.value(0).toInt() == ApplicationId;
    q.finish();
    if (!stamped && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
        return refusal(q.lastError());
    return Status::success();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
    m_readOnly = false;
    m_immutable = false;
    m_inReadSnapshot = false;
    m_transactionDepth = 0;
    m_path.clear();
    m_siteId.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace guichet
