// The embedded database: pragmas, schema version, refusal of files it cannot use (left untouched),
// exclusive opening, transactions and savepoints, append-only audit rows, uuids v7.
#include "Fixtures.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

namespace guichet {

using test::must;
using test::RawConnection;
using test::TestDatabase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

QString setting(Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM commune_setting WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDatabaseStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsConfigured();
    void pragmasSurviveReopen();
    void connectionsTakeNoLockPerCall();
    void directInsertWritesEveryRowInOrder_data();
    void directInsertWritesEveryRowInOrder();
    void siteIdIsStable();
    void uuidsAreVersion7();
    void uuidsSortByTime();
    void newerSchemaIsRefusedAndUntouched();
    void unusableFileIsRefusedAndUntouched_data();
    void unusableFileIsRefusedAndUntouched();
    void missingFileNotCreatedWhenAskedNotTo();
    void secondOpenIsRefused();
    void anEmptyLockFileLeftByAKillIsTakenOver();
    void secondOpenThroughASymlinkIsRefused();
    void fileHeldByAnotherProgramIsSaidBusy();
    void transactionWithoutCommitWritesNothing();
    void committedTransactionPersists();
    void nestedRollbackKeepsOuterWrites();
    void batchCommitsItsActionsTogether();
    void batchWithAFailedActionSavesNothing();
    void rollbackJournalOnlyWhileAlone();
    void outerRollbackDiscardsCommittedInner();
    void readOnlyOpenWritesNothing();
    void readOnlyOpenRefusesAnOlderSchema();
    void noWriteInsideAReadSnapshot();
    void auditEntriesAreAppendOnly_data();
    void auditEntriesAreAppendOnly();
};

void TestDatabaseStorage::newDatabaseIsConfigured()
{
    TestDatabase t;
    Database &db = t.db();
    QVERIFY(db.isOpen());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), 0x47504553);
    QVERIFY(Database::supportedSchemaVersion() >= 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::supportedSchemaVersion());
    QCOMPARE(db.schemaVersion(), Database::supportedSchemaVersion());
    // The commune's defaults come with the first migration.
    QCOMPARE(setting(db, QStringLiteral("rules_version")), QStringLiteral("2026-1"));
    QCOMPARE(setting(db, QStringLiteral("terms_version")), QStringLiteral("2026-1"));
    QCOMPARE(setting(db, QStringLiteral("no such key")), QString());
    // Foreign keys are really enforced.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO household_child (household_id, child_id, uuid, created_at) "
                                   "VALUES (4242, 4242, 'x', '2026-09-01')")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
}

void TestDatabaseStorage::pragmasSurviveReopen()
{
    TestDatabase t;
    t.reopen();
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(t.db().schemaVersion(), Database::supportedSchemaVersion());
}

// SQLite in multi-thread mode without its memory count (storage/Database.cpp): a connection has no mutex of
// its own, and no allocation is counted.
void TestDatabaseStorage::connectionsTakeNoLockPerCall()
{
    TestDatabase t;
    QVERIFY(t.db().handle());
    QCOMPARE(static_cast<void *>(sqlite3_db_mutex(t.db().handle())), nullptr);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM household")).toInt(), 0);
    QCOMPARE(sqlite3_memory_used(), 0);
}

void TestDatabaseStorage::directInsertWritesEveryRowInOrder_data()
{
    QTest::addColumn<int>("rows");
    // One statement of each size (64, 16, 4, 1 rows) and their mixes.
    for (const int rows : {1, 3, 4, 5, 16, 21, 63, 64, 65, 149})
        QTest::newRow(qPrintable(QString::number(rows))) << rows;
}

void TestDatabaseStorage::directInsertWritesEveryRowInOrder()
{
    QFETCH(int, rows);
    TestDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT, z TEXT)")));
    DirectInsert insert(t.db(), "INSERT INTO t (n, s, z) VALUES (?, ?, ?)");
    QList<DirectValue> values;
    QStringList expected;
    for (int i = 0; i < rows; ++i) {
        values += {i * 7, QStringLiteral("ligne n°%1").arg(i).toUtf8(), nullptr};
        expected += QStringLiteral("%1:%2:ligne n°%3:-").arg(i + 1).arg(i * 7).arg(i);
    }
    QVERIFY(insert.insert(values));
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || ':' || n || ':' || "
                                      "s || ':' || coalesce(z, '-') AS x FROM t ORDER BY id)"))
            .toString(),
        expected.join(QLatin1Char('|')));
    // The same statements again: nothing of the first rows is bound twice.
    QVERIFY(insert.insert(values.mid(0, 3)));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM t")).toInt(), rows + 1);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT s FROM t ORDER BY id DESC LIMIT 1")).toString(),
             QStringLiteral("ligne n°0"));
}

void TestDatabaseStorage::siteIdIsStable()
{
    TestDatabase t;
    const QString site = t.db().siteId();
    QCOMPARE(site.size(), 36);
    QCOMPARE(site.at(14), QLatin1Char('7'));
    t.reopen();
    QCOMPARE(t.db().siteId(), site);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM meta WHERE key = 'site_id'")).toInt(), 1);
}

void TestDatabaseStorage::uuidsAreVersion7()
{
    const FixedClock clock(QDateTime(QDate(2026, 9, 1), QTime(6, 30, 0, 123), Qt::UTC));
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        const QString id = createUuidV7(clock);
        QVERIFY2(previous < id, qPrintable(previous + QStringLiteral(" >= ") + id)); // in the order made
        QCOMPARE(id.size(), 36);
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        QCOMPARE(id.at(8), QLatin1Char('-'));
        QCOMPARE(id.at(14), QLatin1Char('7'));                                // version
        QVERIFY2(QStringLiteral("89ab").contains(id.at(19)), qPrintable(id)); // RFC variant
        QCOMPARE(id, id.toLower());
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(seen.size(), qsizetype(1000)); // the same millisecond, a thousand different ids

    // The first 48 bits are the clock's Unix time in milliseconds.
    const QString id = createUuidV7(clock);
    bool ok = false;
    const qint64 ms = QString(id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    QVERIFY(ok);
    QCOMPARE(ms, clock.nowUtc().toMSecsSinceEpoch());
}

void TestDatabaseStorage::uuidsSortByTime()
{
    FixedClock clock(QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 998), Qt::UTC));
    QString previous = createUuidV7(clock);
    for (int i = 0; i < 5; ++i) {
        clock.advanceSeconds(1);
        const QString next = createUuidV7(clock);
        QVERIFY2(previous < next, qPrintable(previous + QStringLiteral(" >= ") + next));
        previous = next;
    }
}

void TestDatabaseStorage::newerSchemaIsRefusedAndUntouched()
{
    TestDatabase t;
    const QString path = t.path();
    t.db().close();
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x47504553)));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db(t.clock());
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("newer version")), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("999")), qPrintable(s.error().message));
    QVERIFY(!db.isOpen());
    db.close();

    QCOMPARE(fileHash(path), before);
    RawConnection check(path);
    QCOMPARE(check.value(QStringLiteral("PRAGMA user_version")).toInt(), 999);
}

void TestDatabaseStorage::unusableFileIsRefusedAndUntouched_data()
{
    // Not ours and damaged are different messages; only a damaged file calls for the backup.
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("backup");
    const QString notOurs = QStringLiteral("is not a Guichet Périscolaire database");
    QTest::newRow("random bytes") << QByteArray("random") << notOurs << false;
    QTest::newRow("text file") << QByteArray("text") << notOurs << false;
    QTest::newRow("another program's SQLite file") << QByteArray("foreign") << notOurs << false;
    QTest::newRow("Guichet database with a damaged schema page")
        << QByteArray("damaged") << QStringLiteral("is damaged") << true;
}

void TestDatabaseStorage::unusableFileIsRefusedAndUntouched()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, says);
    QFETCH(bool, backup);
    TestDatabase t; // for its folder and clock
    const QString path = t.dir() + QStringLiteral("/unusable.sqlite");
    if (kind == "random") {
        QByteArray bytes(16384, '\0');
        QRandomGenerator generator(20260901);
        for (char &b : bytes)
            b = char(generator.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == "text") {
        QVERIFY(
            writeFile(path, QByteArray("Liste des familles\nLefèvre;Marie;06 12 34 56 78\n").repeated(200)));
    } else if (kind == "foreign") {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('Lefèvre')")));
    } else {
        t.db().close();
        QFile source(t.path());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        QVERIFY(bytes.size() > 8192);
        // Keep the 100-byte header; overwrite the rest of the first page (sqlite_master).
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db(t.clock());
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    QCOMPARE(s.error().message.contains(QStringLiteral("restore the latest backup")), backup);
    QVERIFY2(s.error().message.contains(QStringLiteral("unusable.sqlite")), qPrintable(s.error().message));
    QVERIFY(!db.isOpen());
    db.close();
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestDatabaseStorage::missingFileNotCreatedWhenAskedNotTo()
{
    TestDatabase t;
    const QString path = t.dir() + QStringLiteral("/missing.sqlite");
    Database db(t.clock());
    const Status s = db.open(path, {false, true});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("does not exist")), qPrintable(s.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseStorage::secondOpenIsRefused()
{
    TestDatabase t;
    Database second(t.clock());
    const Status s = second.open(t.path());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("already open")), qPrintable(s.error().message));
    QVERIFY(!second.isOpen());
    QVERIFY(t.db().isOpen());

    // Once the first one is closed, the file can be opened again.
    t.db().close();
    const Status again = second.open(t.path());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(second.schemaVersion(), Database::supportedSchemaVersion());
}

// A program killed between creating the lock file and writing its name in it leaves an empty lock file: once
// it is two seconds old it no longer keeps the database closed (the crash loop found it).
void TestDatabaseStorage::anEmptyLockFileLeftByAKillIsTakenOver()
{
    TestDatabase t;
    t.db().close();
    QFile lock(t.path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    Database second(t.clock());
    const Status fresh = second.open(t.path());
    QVERIFY(!fresh.ok());
    QVERIFY2(fresh.error().message.contains(QStringLiteral("is being opened by another program")),
             qPrintable(fresh.error().message));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-3), QFileDevice::FileModificationTime));
    lock.close();
    const Status old = second.open(t.path());
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
}

void TestDatabaseStorage::secondOpenThroughASymlinkIsRefused()
{
    TestDatabase t;
    const QString link = t.dir() + QStringLiteral("/link-to-test.sqlite");
    QVERIFY(QFile::link(t.path(), link));
    Database second(t.clock());
    const Status s = second.open(link);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("already open")), qPrintable(s.error().message));
    QVERIFY(!second.isOpen());
}

void TestDatabaseStorage::fileHeldByAnotherProgramIsSaidBusy()
{
    TestDatabase t;
    const QString path = t.path();
    t.db().close();
    // Another program (a backup tool, a copy) holds the file: an exclusive lock it keeps.
    RawConnection other(path);
    QVERIFY(other.isOpen());
    QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(
        other.exec(QStringLiteral("UPDATE commune_setting SET value = value WHERE key = 'commune_name'")));
    const QByteArray before = fileHash(path);

    Database db(t.clock());
    OpenOptions options;
    options.busyTimeoutMs = 200;
    const Status s = db.open(path, options);
    QVERIFY(!s.ok());
    // Busy is said as busy: wait and try again — never "restore the backup", which would lose the day.
    QVERIFY2(s.error().message.contains(QStringLiteral("in use by another program")),
             qPrintable(s.error().message));
    QVERIFY2(!s.error().message.contains(QStringLiteral("restore")), qPrintable(s.error().message));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);
    QVERIFY(other.exec(QStringLiteral("COMMIT")));
}

void TestDatabaseStorage::transactionWithoutCommitWritesNothing()
{
    TestDatabase t;
    {
        Transaction transaction(t.db());
        QVERIFY(transaction.isActive());
        QCOMPARE(t.db().transactionDepth(), 1);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('test_a', 'A')")));
        QCOMPARE(setting(t.db(), QStringLiteral("test_a")), QStringLiteral("A")); // visible inside
    }                                                                             // destroyed without commit
    QCOMPARE(t.db().transactionDepth(), 0);
    QCOMPARE(setting(t.db(), QStringLiteral("test_a")), QString());
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("test_a")), QString());
}

void TestDatabaseStorage::committedTransactionPersists()
{
    TestDatabase t;
    {
        Transaction transaction(t.db());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('test_a', 'A')")));
        const Status s = transaction.commit();
        QVERIFY(s.ok());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("test_a")), QStringLiteral("A"));
}

void TestDatabaseStorage::nestedRollbackKeepsOuterWrites()
{
    TestDatabase t;
    {
        Transaction outer(t.db());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('outer', 'kept')")));
        {
            Transaction inner(t.db()); // a savepoint
            QVERIFY(inner.isActive());
            QCOMPARE(t.db().transactionDepth(), 2);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('inner', 'lost')")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE commune_setting SET value = 'changed' WHERE key = 'outer'")));
        } // rolled back to the savepoint
        QCOMPARE(t.db().transactionDepth(), 1);
        QCOMPARE(setting(t.db(), QStringLiteral("inner")), QString());
        QCOMPARE(setting(t.db(), QStringLiteral("outer")), QStringLiteral("kept"));
        {
            Transaction inner(t.db());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('second', 'kept too')")));
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("outer")), QStringLiteral("kept"));
    QCOMPARE(setting(t.db(), QStringLiteral("second")), QStringLiteral("kept too"));
    QCOMPARE(setting(t.db(), QStringLiteral("inner")), QString());
}

void TestDatabaseStorage::batchCommitsItsActionsTogether()
{
    TestDatabase t;
    {
        Batch batch(t.db());
        QVERIFY(batch.isActive());
        QSqlQuery q(t.db().connection());
        for (const char *key : {"first", "second"}) {
            Transaction action(t.db()); // joins the batch: no savepoint
            QVERIFY(action.isActive());
            QCOMPARE(t.db().transactionDepth(), 2);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('%1', 'saved')")
                               .arg(QLatin1String(key))));
            QVERIFY(action.commit().ok());
            QCOMPARE(t.db().transactionDepth(), 1);
        }
        // A savepoint would show in SQLite's error when released twice; a joined action has none.
        QVERIFY(!q.exec(QStringLiteral("RELEASE sp1")));
        QVERIFY(batch.commit().ok());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    QVERIFY(!t.db().batch().open);
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("first")), QStringLiteral("saved"));
    QCOMPARE(setting(t.db(), QStringLiteral("second")), QStringLiteral("saved"));
}

void TestDatabaseStorage::batchWithAFailedActionSavesNothing()
{
    TestDatabase t;
    {
        Batch batch(t.db());
        QSqlQuery q(t.db().connection());
        {
            Transaction action(t.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('done', 'A')")));
            QVERIFY(action.commit().ok());
        }
        {
            Transaction failing(t.db()); // writes, then does not commit (a refusal half-way)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('half', 'B')")));
        }
        {
            Transaction after(t.db()); // later actions still run, inside the doomed batch
            QVERIFY(after.isActive());
            QVERIFY(after.commit().ok());
        }
        const Status s = batch.commit();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("An action of the batch failed: nothing of the batch was "
                                                   "saved."));
        QVERIFY(!batch.isActive());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    QVERIFY(!t.db().batch().open);
    QCOMPARE(setting(t.db(), QStringLiteral("done")), QString());
    QCOMPARE(setting(t.db(), QStringLiteral("half")), QString());
    // The next batch starts clean.
    {
        Batch batch(t.db());
        {
            Transaction action(t.db());
            QSqlQuery q(t.db().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('next', 'C')")));
            QVERIFY(action.commit().ok());
        }
        QVERIFY(batch.commit().ok());
    }
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("next")), QStringLiteral("C"));
    QCOMPARE(setting(t.db(), QStringLiteral("done")), QString());
}

void TestDatabaseStorage::outerRollbackDiscardsCommittedInner()
{
    TestDatabase t;
    {
        Transaction outer(t.db());
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('outer', 'x')")));
        {
            Transaction inner(t.db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('inner', 'y')")));
            QVERIFY(inner.commit().ok());
        }
        outer.rollback();
        QVERIFY(!outer.isActive());
    }
    QCOMPARE(t.db().transactionDepth(), 0);
    t.reopen();
    QCOMPARE(setting(t.db(), QStringLiteral("outer")), QString());
    QCOMPARE(setting(t.db(), QStringLiteral("inner")), QString());
}

// A read command's open: no migration, no stamp, no triggers installed, no write possible (the
// Transaction says why), and while no counter holds the file, not even a journal beside it.
void TestDatabaseStorage::rollbackJournalOnlyWhileAlone()
{
    TestDatabase t;
    Database &db = t.db();
    // Alone on the file: a bulk write may use the rollback journal, and its commit leaves no journal.
    QVERIFY(db.useRollbackJournal());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    {
        Transaction transaction(db);
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('bulk', 'written')")));
        QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-journal")));
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-journal")));
    db.restoreUsualSettings();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(setting(db, QStringLiteral("bulk")), QStringLiteral("written"));

    // Another connection reading the file (the window beside a command): WAL cannot be left, the write
    // goes on in WAL mode.
    RawConnection other(t.path(), true);
    QCOMPARE(other.value(QStringLiteral("SELECT value FROM commune_setting WHERE key = 'bulk'")).toString(),
             QStringLiteral("written"));
    QVERIFY(!db.useRollbackJournal());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    Transaction transaction(db); // the failed switch left no statement open on the connection
    QVERIFY(transaction.isActive());
    QVERIFY(transaction.commit().ok());
}

void TestDatabaseStorage::readOnlyOpenWritesNothing()
{
    TestDatabase t;
    const QString path = t.path();
    t.db().close();
    {
        RawConnection raw(path); // a capture trigger gone: a writer's open would put it back
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER capture_household_update")));
    }
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = QDir(t.dir()).entryList(QDir::Files | QDir::Hidden);

    Database reader(t.clock());
    OpenOptions options;
    options.readOnly = true;
    QVERIFY(reader.open(path, options).ok());
    QVERIFY(reader.isReadOnly());
    QCOMPARE(scalar(reader, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'capture_household_update'"))
                 .toInt(),
             0);
    QVERIFY(!reader.siteId().isEmpty());
    {
        Transaction transaction(reader);
        QVERIFY(!transaction.isActive());
        QCOMPARE(
            transaction.status().error().message,
            QStringLiteral("The database was opened for reading only (a read command): nothing was saved."));
    }
    QSqlQuery q(reader.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('x', 'y')")));
    // A writer waits for the reader to finish (the reader reads the file as immutable).
    Database writer(t.clock());
    QVERIFY(!writer.open(path).ok()); // tst_cli checks the message naming guichet-cli
    reader.close();
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(t.dir()).entryList(QDir::Files | QDir::Hidden), entriesBefore);

    QVERIFY(writer.open(path).ok()); // the writer's open restores the missing trigger
    QCOMPARE(scalar(writer, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'capture_household_update'"))
                 .toInt(),
             1);
}

void TestDatabaseStorage::readOnlyOpenRefusesAnOlderSchema()
{
    TestDatabase t;
    const QString path = t.path();
    t.db().close();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const QByteArray before = fileHash(path);
    Database reader(t.clock());
    OpenOptions options;
    options.readOnly = true;
    const Status s = reader.open(path, options);
    QVERIFY(!s.ok());
    QCOMPARE(
        s.error().message,
        QStringLiteral("The database %1 has an older schema (2; this version knows schema %2) and a read "
                       "command does not upgrade it. Open it once in the counter application, which "
                       "upgrades it, then try again; the file was not changed.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).canonicalFilePath()))
            .arg(Database::supportedSchemaVersion()));
    QVERIFY(!reader.isOpen());
    QCOMPARE(fileHash(path), before);
}

// A write inside a read snapshot would vanish with the snapshot's ROLLBACK after saying it was saved.
void TestDatabaseStorage::noWriteInsideAReadSnapshot()
{
    TestDatabase t;
    {
        ReadTransaction snapshot(t.db());
        QVERIFY(snapshot.status().ok());
        Transaction transaction(t.db());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.status().ok());
    }
    Transaction after(t.db()); // the snapshot ended: writing works again
    QVERIFY(after.isActive());
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO commune_setting (key, value) VALUES ('after', 'kept')")));
    QVERIFY(after.commit().ok());
    QCOMPARE(setting(t.db(), QStringLiteral("after")), QStringLiteral("kept"));
}

void TestDatabaseStorage::auditEntriesAreAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update all") << QStringLiteral("UPDATE audit_entry SET actor = 'someone else'");
    QTest::newRow("update one value") << QStringLiteral("UPDATE audit_entry SET new_value = '' WHERE id = 1");
    QTest::newRow("delete all") << QStringLiteral("DELETE FROM audit_entry");
    QTest::newRow("delete one") << QStringLiteral("DELETE FROM audit_entry WHERE id = 1");
}

void TestDatabaseStorage::auditEntriesAreAppendOnly()
{
    QFETCH(QString, sql);
    TestDatabase t;
    test::FamilyBuilder(t.session()).build();
    const int count = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_entry")).toInt();
    QVERIFY(count > 0);
    const QString firstActor =
        scalar(t.db(), QStringLiteral("SELECT actor FROM audit_entry WHERE id = 1")).toString();
    QCOMPARE(firstActor, QStringLiteral("agent.test"));

    QSqlQuery q(t.db().connection());
    QVERIFY(!q.exec(sql));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_entry")).toInt(), count);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT actor FROM audit_entry WHERE id = 1")).toString(),
             firstActor);
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestDatabaseStorage)
#include "tst_database.moc"
