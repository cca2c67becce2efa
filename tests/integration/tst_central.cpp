// The central PostgreSQL database, against a real throw-away PostgreSQL 15 server (tests/support/
// PostgresServer: initdb, a loopback port, scram-sha-256 passwords, run as nobody when the tests run as
// root): central init creates the schema once, registers the counter and is a no-op the second time; a wrong
// password, another commune's database, a counter code already used by another counter, a server of a newer
// version and a database that is not ours are refused in French with nothing written on the server; the
// command line does the same.
#include "Fixtures.h"
#include "PostgresServer.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "documents/DocumentService.h"
#include "family/FamilyService.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "storage/ChangeCapture.h"
#include "storage/SqlQuery.h"
#include "sync/BackgroundSync.h"
#include "sync/Central.h"
#include "sync/ConflictsDialog.h"
#include "sync/Sync.h"
#include "sync/SyncStatus.h"
#include "sync/TableCopy.h"
#include "wallet/WalletService.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QThread>

namespace guichet {

using test::TestDatabase;

class TestCentral : public QObject
{
    Q_OBJECT

    test::PostgresServer m_server;
    QString m_url; // this test function's own database

    // A connected Central, or the test fails.
    std::unique_ptr<Central> connected(const QString &url)
    {
        auto central = std::make_unique<Central>();
        const Status s = central->connect(test::must(CentralAddress::parse(url)));
        if (!s)
            qFatal("connect: %s", qPrintable(s.error().message));
        return central;
    }
    static qint64 cantineOf(Session &session)
    {
        for (const Activity &a : test::must(session.catalog().activities()))
            if (a.code == QLatin1String("cantine"))
                return a.id;
        qFatal("no canteen");
    }
    int count(Central &central, const QString &sql)
    {
        QSqlQuery q(central.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Two counters of the town on the central database, both registered: the test database's (SO1) and an
    // annex (SO2), each with its till open and its sync.
    struct TwoCounters
    {
        explicit TwoCounters(const QString &url) : central(std::make_unique<Central>())
        {
            test::must(annex.session().setUpCounter(QStringLiteral("SO2"), QStringLiteral("Annexe Nord")));
            test::must(annex.session().till().open(Money::fromCents(15000)));
            if (const Status s = central->connect(test::must(CentralAddress::parse(url))); !s)
                qFatal("connect: %s", qPrintable(s.error().message));
            test::must(central->init(main.session()));
            test::must(central->init(annex.session()));
        }
        // Both send, then both take, twice: every change has reached the other side.
        void syncTwice()
        {
            for (int round = 0; round < 2; ++round) {
                test::must(mainSync.push());
                test::must(annexSync.push());
                test::must(mainSync.pull());
                test::must(annexSync.pull());
            }
        }
        // Léa's family on both counters: 5 canteen tickets bought and Thursday 3 and Friday 4 September 2026
        // booked on the main counter.
        test::BuiltFamily leaBookedThursdayAndFriday(qint64 cantine)
        {
            const auto lea =
                test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
            main.clock().set(QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone("Europe/Paris")));
            test::buyTickets(main.session(), lea.householdId, cantine, 5);
            test::bookDays(main.session(), lea.householdId, lea.childIds, cantine, QDate(2026, 9, 3),
                           QDate(2026, 9, 4));
            syncTwice();
            return lea;
        }
        // What cancels Léa's Friday on a counter, with that counter's ids.
        static BookingRequest cancelFriday(TestDatabase &counter, qint64 cantine)
        {
            test::RawConnection c(counter.path());
            BookingRequest cancel;
            cancel.householdId = c.value(QStringLiteral("SELECT id FROM household")).toLongLong();
            cancel.childIds = {c.value(QStringLiteral("SELECT id FROM child")).toLongLong()};
            cancel.activityId = cantine;
            cancel.from = cancel.to = QDate(2026, 9, 4);
            cancel.cancel = true;
            return cancel;
        }
        TestDatabase main;
        TestDatabase annex{false};
        std::unique_ptr<Central> central;
        Sync mainSync{main.session(), central.get()};
        Sync annexSync{annex.session(), central.get()};
    };

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }
    void init()
    {
        // One database per test function and data row (a row's tag as a short hash: PostgreSQL keeps 63
        // characters of a name).
        QString name =
            QStringLiteral("central_%1").arg(QString::fromLatin1(QTest::currentTestFunction()).toLower());
        if (const char *tag = QTest::currentDataTag(); tag && *tag)
            name +=
                QLatin1Char('_') +
                QString::fromLatin1(QCryptographicHash::hash(tag, QCryptographicHash::Sha1).toHex().left(6));
        QString error;
        QVERIFY2(m_server.createDatabase(name, &error), qPrintable(error));
        m_url = m_server.url(name);
    }

    void initCreatesTheSchemaOnce()
    {
        TestDatabase counter;
        auto central = connected(m_url);
        QCOMPARE(test::must(central->schemaVersion()), 0);
        const CentralInit first = test::must(central->init(counter.session()));
        QCOMPARE(first.fromVersion, 0);
        QCOMPARE(first.toVersion, Central::latestVersion());
        QVERIFY(first.counterRegistered);
        QCOMPARE(test::must(central->schemaVersion()), Central::latestVersion());
        const CentralInit again = test::must(central->init(counter.session()));
        QCOMPARE(again.fromVersion, Central::latestVersion());
        QVERIFY(!again.counterRegistered);
        QVERIFY(central->checkCounter(counter.session()));
        QSqlQuery q(central->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT site_id::text, code, name, registered_by FROM counter")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), counter.session().siteId());
        QCOMPARE(q.value(1).toString(), QStringLiteral("SO1"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Guichet de test"));
        QVERIFY(!q.next());
        QCOMPARE(count(*central,
                       QStringLiteral("SELECT count(*) FROM central_meta WHERE key = 'commune' AND value "
                                      "= 'Saint-Omer'")),
                 1);
    }

    // Version 4 partitions row_state by table: a central database of version 3 keeps every row, each in its
    // table's partition, and the portal's indexes.
    void theRowsOfVersion3MoveIntoTheirTablesPartitions()
    {
        TestDatabase counter;
        auto central = connected(m_url);
        QCOMPARE(test::must(central->init(counter.session(), 3)).toVersion, 3);
        QCOMPARE(test::must(central->schemaVersion()), 3);
        QSqlQuery q(central->connection());
        for (const QString &row :
             {QStringLiteral("('booking', 'b1', '{\"status\": \"booked\"}'::jsonb, 4)"),
              QStringLiteral("('wallet_movement', 'm1', '{\"quantity\": -1}'::jsonb, 5)"),
              QStringLiteral("('payment', 'p1', '{\"receipt_id.uuid\": \"r1\"}'::jsonb, 3)"),
              QStringLiteral("('household', 'h1', NULL::jsonb, 2)")})
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO row_state (table_name, row_key, data, site_seq, site_id) "
                                      "SELECT t.*, site_id FROM (VALUES %1) t, counter")
                           .arg(row)),
                qPrintable(q.lastError().text()));
        const CentralInit up = test::must(central->init(counter.session()));
        QCOMPARE(up.fromVersion, 3);
        QCOMPARE(up.toVersion, Central::latestVersion());
        QVERIFY(central->checkCounter(counter.session()));
        QVERIFY(q.exec(
            QStringLiteral("SELECT tableoid::regclass::text, table_name, row_key, data::text, site_seq, "
                           "site_id = (SELECT site_id FROM counter) FROM row_state ORDER BY site_seq")));
        QStringList rows;
        while (q.next())
            rows += QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()}
                        .join(QLatin1Char('|'));
        QCOMPARE(rows, QStringList(
                           {QStringLiteral("row_state_other|household|h1||2|true"),
                            QStringLiteral("row_state_other|payment|p1|{\"receipt_id.uuid\": \"r1\"}|3|true"),
                            QStringLiteral("row_state_booking|booking|b1|{\"status\": \"booked\"}|4|true"),
                            QStringLiteral("row_state_wallet_movement|wallet_movement|m1|{\"quantity\": "
                                           "-1}|5|true")}));
        QCOMPARE(count(*central, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                                "('row_state_invoice_of', 'row_state_receipt_of')")),
                 2);
        // Still one row per table and key, whichever partition holds it.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO row_state (table_name, row_key, site_seq, site_id) "
                                       "SELECT 'booking', 'b1', 6, site_id FROM counter")));
    }

    void aWrongPasswordIsSaid()
    {
        Central central;
        const Status refused = central.connect(test::must(CentralAddress::parse(
            m_url.replace(QLatin1String(test::PostgresServer::Password), QStringLiteral("wrong")))));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("The central server refused the password of guichet (")),
                 qPrintable(refused.error().message));
        const auto notAnAddress = CentralAddress::parse(QStringLiteral("mysql://127.0.0.1/guichet"));
        QVERIFY(!notAnAddress);
        QVERIFY(notAnAddress.error().message.startsWith(
            QStringLiteral("“mysql://127.0.0.1/guichet” is not the address of a central database.")));
    }

    // The same code on a second counter, or a counter of another commune: refused, nothing written.
    void anotherCounterMustBeOfTheCommuneAndHaveItsOwnCode()
    {
        TestDatabase first;
        auto central = connected(m_url);
        test::must(central->init(first.session()));

        TestDatabase sameCode; // another site id, code SO1 too
        const auto refused = central->init(sameCode.session());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral(
                     "The code SO1 is already used by another counter (Guichet de test, registered "
                     "on ")),
                 qPrintable(refused.error().message));
        QVERIFY(!central->checkCounter(sameCode.session()));

        TestDatabase otherCommune(false);
        test::must(otherCommune.session().setUpCounter(QStringLiteral("AR1"), QStringLiteral("Arques")));
        QVERIFY(test::RawConnection(otherCommune.path())
                    .exec(QStringLiteral(
                        "UPDATE commune_setting SET value = 'Arques' WHERE key = 'commune_name'")));
        const auto otherRefused = central->init(otherCommune.session());
        QVERIFY(!otherRefused);
        QCOMPARE(otherRefused.error().message,
                 QStringLiteral(
                     "This central database belongs to the commune of Saint-Omer, not Arques: check the "
                     "address, or the commune's name on this counter."));
        QCOMPARE(count(*central, QStringLiteral("SELECT count(*) FROM counter")), 1);

        TestDatabase annex(false);
        test::must(annex.session().setUpCounter(QStringLiteral("SO2"), QStringLiteral("Annexe Nord")));
        QVERIFY(test::must(central->init(annex.session())).counterRegistered);
        QCOMPARE(count(*central, QStringLiteral("SELECT count(*) FROM counter")), 2);
    }

    // A server of a newer schema, or a database holding other tables: refused, nothing written.
    void aNewerOrForeignDatabaseIsRefused()
    {
        TestDatabase counter;
        auto central = connected(m_url);
        QSqlQuery q(central->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id int)")));
        const auto foreign = central->init(counter.session());
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.startsWith(
                     QStringLiteral("The database postgresql://guichet@127.0.0.1:")),
                 qPrintable(foreign.error().message));
        QVERIFY(foreign.error().message.endsWith(QStringLiteral(
            " holds tables that are not Guichet Périscolaire's: give an empty database for the "
            "central one.")));
        QCOMPARE(
            count(*central, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")), 1);

        QVERIFY(q.exec(QStringLiteral("DROP TABLE invoices")));
        test::must(central->init(counter.session()));
        QVERIFY(q.exec(QStringLiteral("UPDATE central_meta SET value = '99' WHERE key = 'schema_version'")));
        const auto newer = central->init(counter.session());
        QVERIFY(!newer);
        QCOMPARE(
            newer.error().message,
            QStringLiteral("The central database is at version 99, newer than this program's %1: update the "
                           "program on this counter first.")
                .arg(Central::latestVersion()));
        const Status check = central->checkCounter(counter.session());
        QVERIFY(!check);
        QVERIFY(check.error().message.endsWith(QStringLiteral("update the program on this counter.")));
    }

    // A push sends every change of the change log once, with its row; a second push sends nothing; a new
    // change goes with the next; the central's row_state holds each row as it stands.
    void aPushSendsEveryChangeOnce()
    {
        TestDatabase counter;
        const auto family =
            test::FamilyBuilder(counter.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(counter.session());
        test::buyTickets(counter.session(), family.householdId, cantine, 10);
        auto central = connected(m_url);
        test::must(central->init(counter.session()));
        const int local = test::RawConnection(counter.path())
                              .value(QStringLiteral("SELECT count(*) FROM change_log"))
                              .toInt();
        QVERIFY(local > 20);
        Sync sync(counter.session(), central.get());
        QCOMPARE(test::must(sync.waiting()), qint64(local));
        const PushReport first = test::must(sync.push());
        QCOMPARE(first.changes, qint64(local));
        QCOMPARE(count(*central, QStringLiteral("SELECT count(*) FROM change")), local);
        QCOMPARE(count(*central, QStringLiteral("SELECT count(DISTINCT (table_name, row_key)) FROM change")),
                 count(*central, QStringLiteral("SELECT count(*) FROM row_state")));
        QCOMPARE(test::must(sync.push()).changes, qint64(0));
        QCOMPARE(test::must(sync.waiting()), qint64(0));

        test::must(counter.session().family().setEmailRefused(family.householdId, true));
        const PushReport next = test::must(sync.push());
        QVERIFY(next.changes >= 1);
        QSqlQuery q(central->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT data->>'email_refused', data->>'file_number' FROM row_state WHERE "
                                  "table_name = 'household'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("SO1-1"));
        QSqlQuery invoice(central->connection());
        QVERIFY(
            invoice.exec(QStringLiteral("SELECT (data->>'total_cents')::int, data->>'number' FROM row_state "
                                        "WHERE table_name = 'invoice'")));
        QVERIFY(invoice.next());
        QCOMPARE(invoice.value(0).toInt(), 4150); // 10 × 4,15 €
        QCOMPARE(invoice.value(1).toString(), QStringLiteral("SO1-2026-000001"));
        // References travel with the uuid of the row they name.
        QSqlQuery ref(central->connection());
        QVERIFY(
            ref.exec(QStringLiteral("SELECT data->>'household_id.uuid', data->>'school_year_id.uuid' FROM "
                                    "row_state WHERE table_name = 'invoice'")));
        QVERIFY(ref.next());
        test::RawConnection raw(counter.path());
        QCOMPARE(ref.value(0).toString(),
                 raw.value(QStringLiteral("SELECT uuid FROM household WHERE id = %1").arg(family.householdId))
                     .toString());
        QCOMPARE(ref.value(1).toString(),
                 raw.value(QStringLiteral(
                               "SELECT y.uuid FROM invoice i JOIN school_year y ON y.id = i.school_year_id"))
                     .toString());
    }

    // Every column of a travelling table that holds a row id is a reference that travels with the row's key
    // (only the journal's record_id is not: an entry names tables of several kinds, and its content, chained,
    // already holds what it records).
    void everyRowIdTravelsWithItsKey()
    {
        TestDatabase counter;
        const auto refs = Sync::references(counter.db().connection());
        QStringList missing;
        QSqlQuery q(counter.db().connection());
        for (const TravellingTable &t : ChangeCapture::travellingTables()) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)));
            while (q.next()) {
                const QString column = q.value(1).toString();
                if (!column.endsWith(QLatin1String("_id")))
                    continue;
                const auto &list = refs.value(t.name);
                if (std::none_of(list.cbegin(), list.cend(),
                                 [&](const SyncReference &r) { return r.column == column; }))
                    missing += t.name + QLatin1Char('.') + column;
            }
        }
        QCOMPARE(missing, QStringList{QStringLiteral("journal_entry.record_id")});
    }

    // Two counters work offline, then sync: each gets the other's families, invoices, payments and tickets,
    // once; a second sync changes nothing; verify holds on both.
    void twoCountersConverge()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        Sync &mainSync = town.mainSync, &annexSync = town.annexSync;
        // The configuration first (schools): the main counter's goes to the annex.
        const auto lea = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
        test::must(mainSync.push());
        test::must(annexSync.pull());
        const qint64 cantine = cantineOf(main.session());
        // Offline, each on its side.
        test::buyTickets(main.session(), lea.householdId, cantine, 10);
        const auto tom = test::FamilyBuilder(annex.session())
                             .payer(QStringLiteral("Roux"), QStringLiteral("Léo"))
                             .child(QStringLiteral("Tom"))
                             .validated()
                             .build();
        test::buyTickets(annex.session(), tom.householdId, cantine, 4);
        town.syncTwice();
        const auto again = test::must(mainSync.pull());
        QCOMPARE(again.changes, qint64(0));
        test::RawConnection m(main.path()), a(annex.path());
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT group_concat(uuid || ' ' || file_number || ' ' || name, '|') FROM (SELECT * FROM "
                  "household ORDER BY uuid)"),
              QStringLiteral(
                  "SELECT group_concat(number || ' ' || total_cents, '|') FROM (SELECT * FROM invoice "
                  "ORDER BY number)"),
              QStringLiteral(
                  "SELECT group_concat(uuid || ' ' || quantity, '|') FROM (SELECT * FROM wallet_movement "
                  "ORDER BY uuid)"),
              QStringLiteral("SELECT count(*) FROM payment")})
            QCOMPARE(a.value(sql).toString(), m.value(sql).toString());
        QCOMPARE(m.value(QStringLiteral(
                             "SELECT group_concat(number, ' ') FROM (SELECT number FROM invoice ORDER BY "
                             "number)"))
                     .toString(),
                 QStringLiteral("SO1-2026-000001 SO2-2026-000001"));
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
    }

    // The same family file edited on two counters: different fields both survive; the same field becomes a
    // conflict on each counter, with both values and who changed the other; a clerk's choice on one counter
    // reaches the other, which closes its own conflict; both end with the same file.
    void editsMergeAndConflictsAreResolved()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        Sync &mainSync = town.mainSync, &annexSync = town.annexSync;
        const auto family = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).build();
        test::must(mainSync.push());
        test::must(annexSync.pull());
        const QString uuid =
            test::RawConnection(main.path())
                .value(QStringLiteral("SELECT uuid FROM household WHERE id = %1").arg(family.householdId))
                .toString();
        test::RawConnection m(main.path()), a(annex.path());
        QCOMPARE(
            a.value(QStringLiteral("SELECT email FROM household WHERE uuid = '%1'").arg(uuid)).toString(),
            QStringLiteral("marie.lefevre@example.fr"));
        const auto annexId =
            a.value(QStringLiteral("SELECT id FROM household WHERE uuid = '%1'").arg(uuid)).toLongLong();

        // Offline: the main counter changes the email; the annex the email too, and refuses emails.
        auto edit = [](Session &session, qint64 id, const QString &email) {
            Household h = test::must(session.family().load(id)).household;
            h.email = email;
            test::must(session.family().updateHousehold(h));
        };
        edit(main.session(), family.householdId, QStringLiteral("marie@mairie-main.fr"));
        edit(annex.session(), annexId, QStringLiteral("marie@annexe.fr"));
        test::must(annex.session().family().setEmailRefused(annexId, true));
        town.syncTwice();
        // Different fields: both survive everywhere.
        QCOMPARE(m.value(QStringLiteral("SELECT email_refused FROM household WHERE uuid = '%1'").arg(uuid))
                     .toInt(),
                 1);
        // The same field: each counter keeps its value and shows the conflict.
        QCOMPARE(
            m.value(QStringLiteral("SELECT email FROM household WHERE uuid = '%1'").arg(uuid)).toString(),
            QStringLiteral("marie@mairie-main.fr"));
        QCOMPARE(
            a.value(QStringLiteral("SELECT email FROM household WHERE uuid = '%1'").arg(uuid)).toString(),
            QStringLiteral("marie@annexe.fr"));
        const QList<SyncConflict> onMain = test::must(mainSync.conflicts());
        QCOMPARE(onMain.size(), qsizetype(1));
        QCOMPARE(onMain.first().table, QStringLiteral("household"));
        QCOMPARE(onMain.first().field, QStringLiteral("email"));
        QCOMPARE(onMain.first().localValue, QStringLiteral("marie@mairie-main.fr"));
        QCOMPARE(onMain.first().remoteValue, QStringLiteral("marie@annexe.fr"));
        QCOMPARE(onMain.first().remoteSite, QStringLiteral("SO2"));
        QCOMPARE(test::must(annexSync.conflicts()).size(), qsizetype(1));

        // The clerk at the main counter takes the annex's value: every counter ends with it, no conflict
        // left.
        test::must(mainSync.resolve(onMain.first().id, true));
        QVERIFY(!mainSync.resolve(onMain.first().id, true)); // once
        town.syncTwice();
        QCOMPARE(
            m.value(QStringLiteral("SELECT email FROM household WHERE uuid = '%1'").arg(uuid)).toString(),
            QStringLiteral("marie@annexe.fr"));
        QCOMPARE(
            a.value(QStringLiteral("SELECT email FROM household WHERE uuid = '%1'").arg(uuid)).toString(),
            QStringLiteral("marie@annexe.fr"));
        QCOMPARE(test::must(mainSync.conflicts()).size(), qsizetype(0));
        QCOMPARE(test::must(annexSync.conflicts()).size(), qsizetype(0));
        QCOMPARE(a.value(QStringLiteral("SELECT resolved_by || ' ' || chosen FROM sync_conflict")).toString(),
                 QStringLiteral("agent.test (SO1) remote"));
        QCOMPARE(m.value(QStringLiteral("SELECT resolved_by || ' ' || chosen FROM sync_conflict")).toString(),
                 QStringLiteral("agent.test remote"));
        // The choice is in the family's history, on both counters (the history travels).
        const QString historyLine = QStringLiteral("SELECT entity || '|' || entity_label || '|' || field || "
                                                   "'|' || old_value || '|' || new_value FROM "
                                                   "audit_entry WHERE entity = 'sync'");
        QCOMPARE(m.value(historyLine).toString(),
                 QStringLiteral("sync|with SO2|email|marie@mairie-main.fr|marie@annexe.fr"));
        QCOMPARE(a.value(historyLine).toString(), m.value(historyLine).toString());
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
    }

    // The same child booked for the same day on two offline counters: the booking first on the central
    // database keeps the day; the other is cancelled on its own counter with its ticket back in the wallet
    // and a notice for the clerk; in the end both counters agree, one ticket spent, verify clean.
    void aDoubleBookingKeepsTheFirst()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        Sync &mainSync = town.mainSync, &annexSync = town.annexSync;
        const auto lea = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(main.session());
        test::buyTickets(main.session(), lea.householdId, cantine, 10);
        test::must(mainSync.push());
        test::must(annexSync.pull());
        test::RawConnection m(main.path()), a(annex.path());
        const qint64 annexHousehold =
            a.value(QStringLiteral("SELECT id FROM household WHERE file_number = 'SO1-1'")).toLongLong();
        const qint64 annexChild =
            a.value(QStringLiteral("SELECT id FROM child WHERE first_name = 'Léa'")).toLongLong();

        // Offline, both book Thursday 3 September; the annex sends first.
        test::bookDays(annex.session(), annexHousehold, {annexChild}, cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 3));
        test::bookDays(main.session(), lea.householdId, lea.childIds, cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 3));
        test::must(annexSync.push());
        test::must(mainSync.push());
        for (int round = 0; round < 2; ++round) {
            test::must(mainSync.pull());
            test::must(annexSync.pull());
            test::must(mainSync.push());
            test::must(annexSync.push());
        }
        const QString winner = a.value(QStringLiteral("SELECT uuid FROM booking WHERE origin_site = '%1'")
                                           .arg(annex.session().siteId()))
                                   .toString();
        const QString days =
            QStringLiteral("SELECT group_concat(uuid || ' ' || status, '|') FROM (SELECT * FROM booking "
                           "WHERE service_day = '2026-09-03' ORDER BY uuid)");
        QCOMPARE(m.value(days).toString(), a.value(days).toString());
        QCOMPARE(m.value(QStringLiteral("SELECT uuid FROM booking WHERE status = 'booked'")).toString(),
                 winner);
        QCOMPARE(m.value(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'cancelled'")).toInt(),
                 1);
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 9);
        QCOMPARE(test::must(annex.session().wallet().balance(annexHousehold, cantine)), 9);
        const QList<SyncConflict> notices = test::must(mainSync.conflicts());
        QCOMPARE(notices.size(), qsizetype(1));
        QCOMPARE(notices.first().kind, QStringLiteral("booking"));
        QCOMPARE(notices.first().localValue, QStringLiteral("2026-09-03"));
        QCOMPARE(notices.first().remoteSite, QStringLiteral("SO2"));
        QCOMPARE(test::must(annexSync.conflicts()).size(), qsizetype(0));
        ConflictsDialog dialog(main.session());
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Léa Lefèvre — Cantine"));
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Booking of 03/09/2026"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("booked first on SO2"));
        dialog.table()->selectRow(0);
        // A notice is only acknowledged: no value to keep or take.
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("keepButton"))->isHidden());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("takeButton"))->isHidden());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("notedButton"))->isHidden());
        dialog.findChild<QPushButton *>(QStringLiteral("notedButton"))->click();
        QCOMPARE(dialog.status(), QStringLiteral("Noted: the day stays with the other counter's booking."));
        QCOMPARE(dialog.remaining(), 0);
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
    }

    // A family's last ticket taken on two offline counters for two different days: the take first on the
    // central database keeps it; the other counter cancels its own booking and gives the ticket back; in the
    // end both counters agree, no lot overdrawn, verify clean on both.
    void aLastTicketTakenTwiceGoesToTheFirst()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        const auto lea = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(main.session());
        test::buyTickets(main.session(), lea.householdId, cantine, 1);
        town.syncTwice();
        test::RawConnection m(main.path()), a(annex.path());
        const qint64 annexHousehold =
            a.value(QStringLiteral("SELECT id FROM household WHERE file_number = 'SO1-1'")).toLongLong();
        const qint64 annexChild =
            a.value(QStringLiteral("SELECT id FROM child WHERE first_name = 'Léa'")).toLongLong();
        // Offline: the main counter books Thursday, the annex Friday, each with the family's one ticket.
        test::bookDays(main.session(), lea.householdId, lea.childIds, cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 3));
        test::bookDays(annex.session(), annexHousehold, {annexChild}, cantine, QDate(2026, 9, 4),
                       QDate(2026, 9, 4));
        test::must(town.mainSync.push()); // the main counter's take reaches the central database first
        test::must(town.annexSync.push());
        test::must(town.mainSync.pull());
        // Until the annex gives its ticket back, the lot shows overdrawn on the main counter: said, not
        // hidden.
        const QString transient = test::verifyFindings(main.session());
        QVERIFY2(transient.contains(
                     QStringLiteral("ledger.balances: Wallet of file no. SO1-1: the Cantine balance "
                                    "is negative (-1).")) &&
                     transient.contains(QStringLiteral("ledger.lots: ")),
                 qPrintable(transient));
        town.syncTwice();
        const QString days =
            QStringLiteral("SELECT group_concat(service_day || ' ' || status, '|') FROM (SELECT * "
                           "FROM booking ORDER BY service_day)");
        QCOMPARE(m.value(days).toString(), QStringLiteral("2026-09-03 booked|2026-09-04 cancelled"));
        QCOMPARE(a.value(days).toString(), m.value(days).toString());
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 0);
        QCOMPARE(test::must(annex.session().wallet().balance(annexHousehold, cantine)), 0);
        const QList<SyncConflict> notices = test::must(town.annexSync.conflicts());
        QCOMPARE(notices.size(), qsizetype(1));
        QCOMPARE(notices.first().kind, QStringLiteral("booking"));
        QCOMPARE(notices.first().localValue, QStringLiteral("2026-09-04"));
        QCOMPARE(test::must(town.mainSync.conflicts()).size(), qsizetype(0));
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
    }

    // guichet-cli verify --central: the checks only the central database can make, across counters; a change
    // missing and a lot overdrawn (forged on the server) are named.
    void verifyCentralSeesAcrossCounters()
    {
        TwoCounters town(m_url);
        const auto lea =
            test::FamilyBuilder(town.main.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(town.main.session());
        test::buyTickets(town.main.session(), lea.householdId, cantine, 3);
        test::bookDays(town.main.session(), lea.householdId, lea.childIds, cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 4));
        town.syncTwice();
        const auto verify = [&](QString *err) {
            QProcess p;
            p.start(qEnvironmentVariable("GUICHET_CLI"),
                    {QStringLiteral("verify"), QStringLiteral("--central"), m_url});
            p.waitForFinished(60000);
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        QString err;
        QCOMPARE(verify(&err), 0);
        QCOMPARE(err, QString());
        QSqlQuery q(town.central->connection());
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM change WHERE id = (SELECT min(id) FROM change WHERE site_seq = 2)")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE row_state SET data = jsonb_set(data, '{quantity}', '-100') WHERE row_key = (SELECT "
            "row_key FROM "
            "row_state WHERE table_name = 'wallet_movement' AND data->>'lot_id.uuid' IS NOT NULL LIMIT 1)")));
        QVERIFY(
            q.exec(QStringLiteral(
                       "UPDATE row_state SET data = jsonb_set(data, '{payload}', to_jsonb(data->>'payload' "
                       "|| ' ')) WHERE "
                       "table_name = 'journal_entry' AND data->>'seq' = '2' AND data->>'origin_site' = '%1'")
                       .arg(town.main.session().siteId())));
        QCOMPARE(verify(&err), 1);
        QVERIFY2(err.contains(QStringLiteral("central.changes: ")) &&
                     err.contains(QStringLiteral("central.lots: ")) &&
                     // (the command line speaks French: the line names the counter and the entry)
                     err.contains(
                         QRegularExpression(QStringLiteral("central\\.journals: [^\\n]*SO1[^\\n]* 2 "))) &&
                     !err.contains(QStringLiteral("central.series")),
                 qPrintable(err));
    }

    // A new counter's first pull takes the town as it stands (row_state), in one transaction: the same
    // families, tickets, bookings and money as the others, verify clean, nothing to send back; its cursor
    // starts at that snapshot, so the next pull takes only what changed since. A central row naming a row
    // that is not there stops the first pull with a message, and the counter stays as new as it was.
    void aNewCounterStartsFromTheTownAsItStands()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main;
        const auto lea = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(main.session());
        main.clock().set(QDateTime(QDate(2026, 9, 1), QTime(9, 0), QTimeZone("Europe/Paris")));
        test::buyTickets(main.session(), lea.householdId, cantine, 6);
        test::bookDays(main.session(), lea.householdId, lea.childIds, cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 8));
        const auto email = [&](const QString &address) {
            Household h = test::must(main.session().family().load(lea.householdId)).household;
            h.email = address;
            test::must(main.session().family().updateHousehold(h));
        };
        email(QStringLiteral("lea.parents@exemple.fr"));
        email(QStringLiteral("famille.lea@exemple.fr")); // the row changed twice: one state to take
        town.syncTwice();

        TestDatabase third(false);
        test::must(third.session().setUpCounter(QStringLiteral("SO3"), QStringLiteral("École Jaurès")));
        test::must(town.central->init(third.session()));
        Sync thirdSync(third.session(), town.central.get());
        test::RawConnection m(main.path()), t(third.path());
        const int rows =
            count(*town.central, QStringLiteral("SELECT count(*) FROM row_state WHERE data IS NOT "
                                                "NULL AND site_id <> '%1'")
                                     .arg(third.session().siteId()));
        QCOMPARE(test::must(thirdSync.push()).changes, qint64(1)); // its own journal's first entry
        const PullReport first = test::must(thirdSync.pull());
        QCOMPARE(first.changes, qint64(rows));
        QCOMPARE(first.conflicts, qint64(0));
        // Written with the rollback journal (nothing else had the file open), then back to WAL.
        QCOMPARE(t.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(!QFileInfo::exists(third.path() + QStringLiteral("-journal")));
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT group_concat(uuid || ' ' || file_number || ' ' || email, '|') FROM (SELECT * "
                  "FROM household ORDER BY uuid)"),
              QStringLiteral(
                  "SELECT group_concat(uuid || ' ' || quantity || ' ' || coalesce((SELECT l.uuid FROM "
                  "wallet_movement l WHERE l.id = m.lot_id), '-'), '|') FROM (SELECT * FROM "
                  "wallet_movement ORDER BY uuid) m"),
              QStringLiteral("SELECT group_concat(b.uuid || ' ' || b.service_day || ' ' || c.uuid, '|') FROM "
                             "(SELECT * FROM booking ORDER BY uuid) b JOIN child c ON c.id = b.child_id"),
              QStringLiteral("SELECT group_concat(number || ' ' || total_cents, '|') FROM invoice"),
              // each lot's tickets left, counted again once the whole ledger was written
              QStringLiteral(
                  "SELECT group_concat(x, '|') FROM (SELECT l.uuid || ' ' || c.remaining AS x FROM "
                  "wallet_movement l JOIN wallet_lot_left c ON c.lot_id = l.id ORDER BY l.uuid)")})
            QCOMPARE(t.value(sql).toString(), m.value(sql).toString());
        QCOMPARE(t.value(QStringLiteral("SELECT email FROM household")).toString(),
                 QStringLiteral("famille.lea@exemple.fr"));
        // The indexes set aside while the town was written are all back, as they were.
        const QString indexes = QStringLiteral("SELECT group_concat(name || ': ' || sql, '|') FROM (SELECT * "
                                               "FROM sqlite_master WHERE type = 'index' ORDER BY name)");
        QVERIFY(
            t.value(indexes).toString().contains(QStringLiteral("booking_one_a_day: CREATE UNIQUE INDEX")));
        QCOMPARE(t.value(indexes).toString(), m.value(indexes).toString());
        // So are the capture triggers set aside with them: what this counter changes next is sent.
        const QString triggers = QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM "
                                                "sqlite_master WHERE type = 'trigger' ORDER BY name)");
        QVERIFY(t.value(triggers).toString().contains(QStringLiteral("capture_wallet_movement_insert")));
        QCOMPARE(t.value(triggers).toString(), m.value(triggers).toString());
        QCOMPARE(test::verifyFindings(third.session()), QString());
        QCOMPARE(test::must(third.session().wallet().balance(
                     t.value(QStringLiteral("SELECT id FROM household")).toLongLong(), cantine)),
                 2); // 6 bought, 4 school days booked (3, 4, 7, 8 September)
        QCOMPARE(test::must(thirdSync.push()).changes, qint64(0)); // nothing of the town is sent back
        QCOMPARE(test::must(thirdSync.pull()).changes, qint64(0));
        // Since the snapshot: only what changed.
        email(QStringLiteral("nouvelle@exemple.fr"));
        const qint64 sent = test::must(town.mainSync.push()).changes; // the file and its history
        QCOMPARE(sent, qint64(2));
        QCOMPARE(test::must(thirdSync.pull()).changes, sent);
        QCOMPARE(t.value(QStringLiteral("SELECT email FROM household")).toString(),
                 QStringLiteral("nouvelle@exemple.fr"));

        // A counter that joins a town the central database holds wrong: its first pull is refused, saying
        // why, and nothing is written — no row, no cursor, the indexes as they were.
        const auto joinIsRefused = [&](const QString &code, const QString &says) {
            TestDatabase joining(false);
            test::must(joining.session().setUpCounter(code, QStringLiteral("École ") + code));
            test::must(town.central->init(joining.session()));
            const auto refused = Sync(joining.session(), town.central.get()).pull();
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
            test::RawConnection j(joining.path());
            QCOMPARE(j.value(QStringLiteral("SELECT count(*) FROM household")).toInt(), 0);
            QCOMPARE(j.value(QStringLiteral("SELECT count(*) FROM booking")).toInt(), 0);
            QCOMPARE(j.value(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'sync_pull%'")).toInt(),
                     0);
            QCOMPARE(j.value(indexes).toString(), m.value(indexes).toString());
            QCOMPARE(j.value(triggers).toString(), m.value(triggers).toString());
            QCOMPARE(j.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QVERIFY(!QFileInfo::exists(joining.path() + QStringLiteral("-journal")));
        };
        // A child booked twice for the same day: the index built again once the town is written refuses it.
        QSqlQuery forge(town.central->connection());
        // A copy of a booked day under another key (and, given, naming another child).
        const auto forgeBooking = [&](const QString &key, const QString &child = QString()) {
            QString data = QStringLiteral("jsonb_set(data, '{uuid}', '\"%1\"')").arg(key);
            if (!child.isEmpty())
                data = QStringLiteral("jsonb_set(%1, '{child_id.uuid}', '\"%2\"')").arg(data, child);
            return forge.exec(
                QStringLiteral("INSERT INTO row_state (table_name, row_key, data, site_id, site_seq) SELECT "
                               "table_name, '%1', %2, site_id, site_seq FROM row_state WHERE table_name = "
                               "'booking' AND data->>'status' = 'booked' LIMIT 1")
                    .arg(key, data));
        };
        const QString twice = QStringLiteral("01a00000-0000-7000-8000-00000000b00c");
        QVERIFY(forgeBooking(twice));
        joinIsRefused(QStringLiteral("SO5"), QStringLiteral("booking_one_a_day"));
        QVERIFY(forge.exec(QStringLiteral("DELETE FROM row_state WHERE row_key = '%1'").arg(twice)));

        // The first booking names a child the central database does not have. Read one row ahead, the copy
        // stops while the bookings are still coming: the COPY is cancelled, and the connection is free again
        // for the next query.
        TableCopy::setReadAhead(1);
        const auto readAhead = qScopeGuard([] { TableCopy::setReadAhead(TableCopy::ReadAhead); });
        const QString orphan = QStringLiteral("01000000-0000-7000-8000-00000000b00c");
        QVERIFY(forgeBooking(orphan, QStringLiteral("01a00000-0000-7000-8000-0000000dead0")));
        joinIsRefused(QStringLiteral("SO6"), QStringLiteral("01a00000-0000-7000-8000-0000000dead0"));
        QVERIFY(forge.exec(QStringLiteral("DELETE FROM row_state WHERE row_key = '%1'").arg(orphan)));

        // A movement naming a lot the central database does not have: it waits for the lot until every
        // movement has come, then stops the copy.
        QVERIFY(forge.exec(
            QStringLiteral("UPDATE row_state SET data = jsonb_set(data, '{lot_id.uuid}', "
                           "'\"01a00000-0000-7000-8000-00000000dead\"') "
                           "WHERE table_name = 'wallet_movement' AND data->>'lot_id.uuid' IS NOT NULL")));
        joinIsRefused(QStringLiteral("SO4"), QStringLiteral("01a00000-0000-7000-8000-00000000dead"));
        QCOMPARE(
            count(*town.central, QStringLiteral("SELECT count(*) FROM row_state WHERE data->>'lot_id.uuid' "
                                                "= '01a00000-0000-7000-8000-00000000dead'")),
            4); // the connection answers: the four days booked, each naming the lot
    }

    // A booking settled differently on two offline counters: marked present here and absent there, present
    // wins; cancelled there before the day and marked present here on the day, the cancellation wins (its
    // ticket came back) and the clerk who marked the child present hears of it. Both counters agree, whatever
    // the order of the pulls, with no conflict to choose.
    void aBookingSettledOnTwoCountersAgrees()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        const qint64 cantine = cantineOf(main.session());
        const auto lea = town.leaBookedThursdayAndFriday(cantine);
        test::RawConnection m(main.path()), a(annex.path());
        const auto bookingId = [](test::RawConnection &c, const QString &day) {
            return c.value(QStringLiteral("SELECT id FROM booking WHERE service_day = '%1'").arg(day))
                .toLongLong();
        };
        // Offline. The annex cancels Friday on Wednesday, and on Thursday evening marks Léa absent.
        annex.clock().set(QDateTime(QDate(2026, 9, 2), QTime(9, 0), QTimeZone("Europe/Paris")));
        const BookingRequest cancel = TwoCounters::cancelFriday(annex, cantine);
        test::must(annex.session().bookings().apply(cancel));
        annex.clock().set(QDateTime(QDate(2026, 9, 3), QTime(18, 0), QTimeZone("Europe/Paris")));
        QVERIFY(annex.session().attendance().mark(bookingId(a, QStringLiteral("2026-09-03")),
                                                  Attendance::Absent));
        // The main counter marks Léa present on both days.
        main.clock().set(QDateTime(QDate(2026, 9, 4), QTime(18, 0), QTimeZone("Europe/Paris")));
        QVERIFY(main.session().attendance().mark(bookingId(m, QStringLiteral("2026-09-03")),
                                                 Attendance::Present));
        QVERIFY(main.session().attendance().mark(bookingId(m, QStringLiteral("2026-09-04")),
                                                 Attendance::Present));
        for (int round = 0; round < 2; ++round) {
            test::must(town.annexSync.push());
            test::must(town.mainSync.push());
            test::must(town.annexSync.pull());
            test::must(town.mainSync.pull());
        }
        const QString days = QStringLiteral(
            "SELECT group_concat(service_day || ' ' || status, ', ') FROM (SELECT * FROM booking ORDER BY "
            "service_day)");
        QCOMPARE(m.value(days).toString(), QStringLiteral("2026-09-03 present, 2026-09-04 cancelled"));
        QCOMPARE(a.value(days).toString(), m.value(days).toString());
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 4);
        QCOMPARE(test::must(annex.session().wallet().balance(cancel.householdId, cantine)), 4);
        // The notice, on the counter that marked the child present; nothing to choose on either.
        const QList<SyncConflict> notices = test::must(town.mainSync.conflicts());
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().kind + QLatin1Char(' ') + notices.first().field + QLatin1Char(' ') +
                     notices.first().localValue + QLatin1Char(' ') + notices.first().remoteSite,
                 QStringLiteral("booking status 2026-09-04 SO2"));
        QCOMPARE(test::must(town.annexSync.conflicts()).size(), 0);
        ConflictsDialog dialog(main.session());
        QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Booking of 04/09/2026"));
        QCOMPARE(dialog.table()->item(0, 2)->text(),
                 QStringLiteral("marked present here: record the child as present without a booking"));
        QCOMPARE(dialog.table()->item(0, 3)->text(),
                 QStringLiteral("cancelled on SO2 before the day, its ticket given back"));
        dialog.findChild<QPushButton *>(QStringLiteral("notedButton"))->click();
        QCOMPARE(dialog.status(), QStringLiteral("Noted: the booking stays cancelled on every counter."));
        QCOMPARE(dialog.remaining(), 0);
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
        // The central database's copy (the portal's) says the same.
        QCOMPARE(
            count(*town.central, QStringLiteral("SELECT count(*) FROM row_state WHERE table_name = "
                                                "'booking' AND data->>'status' IN ('present', 'cancelled')")),
            2);
    }

    // A day given back on two offline counters: the annex cancels it before the deadline while the main
    // counter marks the child's absence excused, or cancels it too. The ticket went back twice, once on each.
    // The losing give-back is taken back by its own counter: the cancellation wins over the excuse (as the
    // booking's status does), and between two cancellations, the one that reached the central database
    // first. Both counters end with the day cancelled, the ticket back once, and verify clean, whichever
    // pushes first.
    void aDayGivenBackOnTwoCountersGivesItsTicketBackOnce_data()
    {
        QTest::addColumn<bool>("mainExcuses");
        QTest::addColumn<bool>("annexFirst");
        QTest::addColumn<QString>("ledger"); // Friday's movements, on both counters, in central order
        QTest::newRow("excused here, cancelled there, theirs first")
            << true << true << "booking SO1, cancellation SO2, excused SO1, excused_undone SO1";
        QTest::newRow("excused here first, cancelled there")
            << true << false << "booking SO1, excused SO1, cancellation SO2, excused_undone SO1";
        QTest::newRow("cancelled on both, the annex first")
            << false << true << "booking SO1, cancellation SO2, cancellation SO1, cancellation_undone SO1";
        QTest::newRow("cancelled on both, the main counter first")
            << false << false << "booking SO1, cancellation SO1, cancellation SO2, cancellation_undone SO2";
    }

    void aDayGivenBackOnTwoCountersGivesItsTicketBackOnce()
    {
        QFETCH(bool, mainExcuses);
        QFETCH(bool, annexFirst);
        QFETCH(QString, ledger);
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        const qint64 cantine = cantineOf(main.session());
        const auto lea = town.leaBookedThursdayAndFriday(cantine);
        test::RawConnection m(main.path()), a(annex.path());
        // Offline. The annex cancels Friday on Wednesday; the main counter marks Léa's Friday excused, or
        // cancels it on Wednesday too.
        annex.clock().set(QDateTime(QDate(2026, 9, 2), QTime(9, 0), QTimeZone("Europe/Paris")));
        const BookingRequest cancel = TwoCounters::cancelFriday(annex, cantine);
        test::must(annex.session().bookings().apply(cancel));
        if (mainExcuses) {
            main.clock().set(QDateTime(QDate(2026, 9, 4), QTime(18, 0), QTimeZone("Europe/Paris")));
            QVERIFY(main.session().attendance().mark(
                m.value(QStringLiteral("SELECT id FROM booking WHERE service_day = '2026-09-04'"))
                    .toLongLong(),
                Attendance::Excused, QStringLiteral("Certificat médical.")));
        } else {
            main.clock().set(QDateTime(QDate(2026, 9, 2), QTime(11, 0), QTimeZone("Europe/Paris")));
            test::must(main.session().bookings().apply(TwoCounters::cancelFriday(main, cantine)));
        }
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 4);
        QCOMPARE(test::must(annex.session().wallet().balance(cancel.householdId, cantine)), 4);
        Sync &first = annexFirst ? town.annexSync : town.mainSync;
        Sync &second = annexFirst ? town.mainSync : town.annexSync;
        for (int round = 0; round < 2; ++round) {
            test::must(first.push());
            test::must(second.push());
            test::must(first.pull());
            test::must(second.pull());
        }
        const QString days = QStringLiteral(
            "SELECT group_concat(service_day || ' ' || status, ', ') FROM (SELECT * FROM booking ORDER BY "
            "service_day)");
        QCOMPARE(m.value(days).toString(), QStringLiteral("2026-09-03 booked, 2026-09-04 cancelled"));
        QCOMPARE(a.value(days).toString(), m.value(days).toString());
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 4);
        QCOMPARE(test::must(annex.session().wallet().balance(cancel.householdId, cantine)), 4);
        // The same movements on both counters, and on the central database in the order they reached it.
        QCOMPARE(
            count(*town.central, QStringLiteral("SELECT count(*) FROM change WHERE table_name = "
                                                "'wallet_movement' AND data->>'service_day' = '2026-09-04'")),
            4);
        QCOMPARE(m.rows(QStringLiteral("SELECT kind FROM wallet_movement WHERE service_day = '2026-09-04' "
                                       "ORDER BY kind"))
                     .join(QLatin1Char(' ')),
                 a.rows(QStringLiteral("SELECT kind FROM wallet_movement WHERE service_day = '2026-09-04' "
                                       "ORDER BY kind"))
                     .join(QLatin1Char(' ')));
        QSqlQuery central(town.central->connection());
        QVERIFY(central.exec(QStringLiteral(
            "SELECT string_agg((c.data->>'kind') || ' ' || k.code, ', ' ORDER BY c.txid, c.id) FROM change c "
            "JOIN counter k ON k.site_id = c.site_id WHERE c.table_name = 'wallet_movement' AND "
            "c.data->>'service_day' = '2026-09-04'")));
        QVERIFY(central.next());
        QCOMPARE(central.value(0).toString(), ledger);
        QCOMPARE(test::verifyFindings(main.session()), QString());
        QCOMPARE(test::verifyFindings(annex.session()), QString());
    }

    // The families' portal pays an invoice online through the central database's documented function: bad
    // calls are refused with nothing recorded, the processor's notification given twice records one payment;
    // the counter that issued the invoice records it at its next pull (a receipt in its series, the tickets
    // in the wallet) and marks it recorded; the other counter gets the receipt with the next round; an
    // online payment of an invoice paid at the counter meanwhile is refused, for a refund.
    void anInvoicePaidOnlineIsPaidOnTheCounter()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        const auto lea = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = cantineOf(main.session());
        const qint64 invoiceId =
            test::must(main.session().sales().confirmOrder(lea.householdId, {{cantine, 10}}));
        const qint64 secondId =
            test::must(main.session().sales().confirmOrder(lea.householdId, {{cantine, 2}}));
        town.syncTwice();
        test::RawConnection m(main.path()), a(annex.path());
        const QString invoice =
            m.value(QStringLiteral("SELECT uuid FROM invoice WHERE id = %1").arg(invoiceId)).toString();
        const QString second =
            m.value(QStringLiteral("SELECT uuid FROM invoice WHERE id = %1").arg(secondId)).toString();
        const qint64 total =
            m.value(QStringLiteral("SELECT total_cents FROM invoice WHERE id = %1").arg(invoiceId))
                .toLongLong();
        QVERIFY(total > 0);

        // The portal's role may call the two functions and nothing else.
        QSqlQuery portal(town.central->connection());
        QVERIFY(portal.exec(QStringLiteral(
            "DO $$ BEGIN CREATE ROLE portail NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")));
        QVERIFY(portal.exec(QStringLiteral("SET ROLE portail")));
        QVERIFY(!portal.exec(QStringLiteral("SELECT portal_invoice_due('x')")));
        QVERIFY(portal.exec(QStringLiteral("RESET ROLE")));
        QVERIFY(portal.exec(QStringLiteral("GRANT EXECUTE ON FUNCTION portal_invoice_due(text), "
                                           "portal_record_card_payment(text, bigint, text, "
                                           "timestamptz) TO portail")));
        QVERIFY(portal.exec(QStringLiteral("SET ROLE portail")));
        QVERIFY(!portal.exec(QStringLiteral("SELECT count(*) FROM portal_payment")));
        QVERIFY(!portal.exec(QStringLiteral("UPDATE row_state SET data = data WHERE false")));
        QVERIFY(portal.exec(QStringLiteral("RESET ROLE")));
        // Each call as the portal's role.
        const auto call = [&](const QString &uuid, qint64 cents, const QString &reference) {
            QSqlQuery role(town.central->connection());
            role.exec(QStringLiteral("SET ROLE portail"));
            portal.prepare(QStringLiteral("SELECT portal_record_card_payment(?, ?, ?)::text"));
            bindAll(portal, {uuid, cents, reference});
            const QString paid = portal.exec() && portal.next() ? portal.value(0).toString() : QString();
            role.exec(QStringLiteral("RESET ROLE"));
            return paid;
        };
        QCOMPARE(call(QStringLiteral("01a00000-0000-7000-8000-000000000000"), 100, QStringLiteral("PZ-1")),
                 QString());
        QVERIFY(portal.lastError().text().contains(QStringLiteral("no invoice")));
        QCOMPARE(call(invoice, total + 1, QStringLiteral("PZ-1")), QString());
        QVERIFY2(portal.lastError().text().contains(QStringLiteral("more than what is due")),
                 qPrintable(portal.lastError().text()));
        QCOMPARE(call(invoice, 0, QStringLiteral("PZ-1")), QString());
        QCOMPARE(count(*town.central, QStringLiteral("SELECT count(*) FROM portal_payment")), 0);
        const QString paid = call(invoice, total, QStringLiteral("PZ-778899"));
        QVERIFY(!paid.isEmpty());
        QCOMPARE(call(invoice, total, QStringLiteral("PZ-778899")), paid); // the notification given again
        QCOMPARE(count(*town.central, QStringLiteral("SELECT count(*) FROM portal_payment")), 1);
        QCOMPARE(count(*town.central, QStringLiteral("SELECT portal_invoice_due('%1')").arg(invoice)), 0);
        // The second invoice is paid online and, before the counter hears of it, in cash at the counter.
        QVERIFY(!call(second, 2 * total / 10, QStringLiteral("PZ-778900")).isEmpty());
        PaymentPart cash;
        cash.amount = Money::fromCents(2 * total / 10);
        test::must(main.session().sales().pay(secondId, {cash}));

        // The annex did not issue the invoice: it leaves the payment to the main counter.
        test::must(town.annexSync.pull());
        QCOMPARE(count(*town.central, QStringLiteral("SELECT count(*) FROM portal_payment WHERE status = "
                                                     "'pending'")),
                 2);
        const PullReport pulled = test::must(town.mainSync.pull());
        QCOMPARE(pulled.onlinePayments, qint64(1));
        QCOMPARE(pulled.onlineRefused, qint64(1));
        const SalesService &sales = main.session().sales();
        QCOMPARE(test::must(sales.invoice(invoiceId)).status, InvoiceStatus::Paid);
        QCOMPARE(test::must(main.session().wallet().balance(lea.householdId, cantine)), 12);
        QCOMPARE(
            m.value(QStringLiteral("SELECT p.method || ' ' || p.amount_cents || ' ' || p.card_reference || "
                                   "' ' || r.clerk FROM payment p JOIN receipt r ON r.id = p.receipt_id "
                                   "WHERE r.invoice_id = %1")
                        .arg(invoiceId))
                .toString(),
            QStringLiteral("online %1 PZ-778899 %2").arg(total).arg(Sync::tr("Families' portal")));
        const QString receipt =
            m.value(QStringLiteral("SELECT number FROM receipt WHERE invoice_id = %1").arg(invoiceId))
                .toString();
        QSqlQuery marks(town.central->connection());
        QVERIFY(marks.exec(QStringLiteral("SELECT reference, status, coalesce(receipt_number, ''), "
                                          "coalesce(note, '') FROM portal_payment ORDER BY id")));
        QVERIFY(marks.next());
        QCOMPARE(marks.value(1).toString() + QLatin1Char(' ') + marks.value(2).toString(),
                 QStringLiteral("recorded ") + receipt);
        QVERIFY(marks.next());
        QCOMPARE(marks.value(1).toString(), QStringLiteral("refused"));
        QVERIFY2(marks.value(3).toString().contains(test::must(sales.invoice(secondId)).number),
                 qPrintable(marks.value(3).toString()));
        QCOMPARE(m.value(QStringLiteral("SELECT count(*) FROM receipt WHERE invoice_id = %1").arg(secondId))
                     .toInt(),
                 1); // the cash one only
        QCOMPARE(test::verifyFindings(main.session()), QString());
        // The day's Z: the online payment among the cards, shown apart from the terminal's.
        const ClosureView z = test::must(main.session().closures().previewDay(main.session().today()));
        QCOMPARE(z.cash, Money::fromCents(2 * total / 10));
        QCOMPARE(z.card, Money::fromCents(total));
        QCOMPARE(z.online, Money::fromCents(total));
        const QString printed = test::must(main.session().documents().closureReport(z)).html;
        for (const QString &row : QStringList{
                 QCoreApplication::translate("DocumentService", "Bank cards at the counter") +
                     QStringLiteral("</td><td align=\"right\">0,00\u00a0€"),
                 QCoreApplication::translate("DocumentService", "Paid online (families' portal)") +
                     QStringLiteral("</td><td align=\"right\">") + Money::fromCents(total).toString()})
            QVERIFY2(printed.contains(row), qPrintable(row));
        // Pulled again: recorded once.
        QCOMPARE(test::must(town.mainSync.pull()).onlinePayments, qint64(0));

        // The other counter sees it paid once the main counter has sent it.
        town.syncTwice();
        const qint64 annexInvoice =
            a.value(QStringLiteral("SELECT id FROM invoice WHERE uuid = '%1'").arg(invoice)).toLongLong();
        QCOMPARE(test::must(annex.session().sales().invoice(annexInvoice)).status, InvoiceStatus::Paid);
        const qint64 annexHousehold =
            a.value(QStringLiteral("SELECT household_id FROM invoice WHERE id = %1").arg(annexInvoice))
                .toLongLong();
        QCOMPARE(test::must(annex.session().wallet().balance(annexHousehold, cantine)), 12);
        QCOMPARE(test::verifyFindings(annex.session()), QString());
        // The central checks hold, and see a forged mark or an invoice paid twice across counters.
        const auto failures = [&] {
            QStringList found;
            for (const Central::Check &check : test::must(town.central->verify()))
                for (const QString &f : check.failures)
                    found += check.name + QStringLiteral(": ") + f;
            return found.join(QLatin1Char('\n'));
        };
        QCOMPARE(failures(), QString());
        QSqlQuery forge(town.central->connection());
        QVERIFY(
            forge.exec(QStringLiteral("UPDATE portal_payment SET receipt_number = 'SO1-RC-FAUX' WHERE status "
                                      "= 'recorded'")));
        QVERIFY(
            forge.exec(QStringLiteral("UPDATE row_state SET data = jsonb_set(data, '{amount_cents}', "
                                      "to_jsonb((data->>'amount_cents')::bigint "
                                      "* 2)) WHERE table_name = 'payment' AND data->>'method' = 'cash'")));
        const QString found = failures();
        QVERIFY2(found.contains(QStringLiteral("central.invoices: ") +
                                Central::tr("The online payment %1 of %2 is "
                                            "marked recorded with receipt %3, "
                                            "which is not here with that "
                                            "payment.")
                                    .arg(QStringLiteral("PZ-778899"), Money::fromCents(total).toString(),
                                         QStringLiteral("SO1-RC-FAUX"))) &&
                     found.contains(Central::tr("Invoice %1 is paid %2 beyond its total.")
                                        .arg(test::must(sales.invoice(secondId)).number,
                                             Money::fromCents(2 * total / 10).toString())),
                 qPrintable(found));
    }

    // The window's sync runs on its own thread beside the counter: the status bar says up to date, then that
    // a conflict waits; the conflicts dialog shows the family file, the field and both values, and the
    // clerk's choice settles it.
    void theWindowSyncsAndShowsConflicts()
    {
        TwoCounters town(m_url);
        TestDatabase &main = town.main, &annex = town.annex;
        std::unique_ptr<Central> &central = town.central;
        const auto family = test::FamilyBuilder(main.session()).child(QStringLiteral("Léa")).build();
        main.settings().setCentralUrl(m_url); // the tests' password is in the address
        SyncStatus status(main.session());
        QCOMPARE(status.text(), QStringLiteral("Sync: not yet"));
        QSignalSpy runs(&status.sync(), &BackgroundSync::finished);
        status.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 60000);
        QCOMPARE(runs.at(0).at(0).value<SyncRun>().error, QString());
        QCOMPARE(status.text(), QStringLiteral("Sync: up to date"));

        Sync annexSync(annex.session(), central.get());
        test::must(annexSync.pull());
        test::RawConnection a(annex.path());
        const qint64 annexId =
            a.value(QStringLiteral("SELECT id FROM household WHERE file_number = 'SO1-1'")).toLongLong();
        Household there = test::must(annex.session().family().load(annexId)).household;
        there.email = QStringLiteral("lea.parent@annexe.fr");
        test::must(annex.session().family().updateHousehold(there));
        test::must(annexSync.push());
        Household here = test::must(main.session().family().load(family.householdId)).household;
        here.email = QStringLiteral("lea.parent@mairie.fr");
        test::must(main.session().family().updateHousehold(here));
        QSignalSpy pulled(&status, &SyncStatus::pulled);
        status.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 2, 60000);
        QCOMPARE(runs.at(1).at(0).value<SyncRun>().conflicts, 1);
        QCOMPARE(status.text(), QStringLiteral("Sync: 1 conflict(s) to settle"));
        QCOMPARE(pulled.size(), 1);

        ConflictsDialog dialog(main.session());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("SO1-1 Lefèvre"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Email"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("lea.parent@mairie.fr"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("lea.parent@annexe.fr"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("SO2"));
        table->selectRow(0);
        dialog.findChild<QPushButton *>(QStringLiteral("takeButton"))->click();
        QCOMPARE(dialog.remaining(), 0);
        QCOMPARE(dialog.status(),
                 QStringLiteral("“Email” now has the other counter's value; every counter gets it "
                                "with the next sync."));
        QCOMPARE(test::must(main.session().family().load(family.householdId)).household.email,
                 QStringLiteral("lea.parent@annexe.fr"));
        status.conflictsSettled(dialog.remaining());
        QCOMPARE(status.text(), QStringLiteral("Sync: up to date"));
    }

    // A new counter's first sync brings the whole town and holds the file while it does: the timer does not
    // start it; by hand, the window waits behind a progress dialog, which closes once the town is here. Then
    // the timer syncs as usual.
    void aNewCountersFirstSyncIsRunByHand()
    {
        TwoCounters town(m_url);
        test::FamilyBuilder(town.main.session()).child(QStringLiteral("Léa")).validated().build();
        test::must(town.mainSync.push());
        TestDatabase third(false);
        test::must(third.session().setUpCounter(QStringLiteral("SO3"), QStringLiteral("École Jaurès")));
        test::must(town.central->init(third.session()));
        third.settings().setCentralUrl(m_url);
        SyncStatus status(third.session());
        QCOMPARE(status.text(), QStringLiteral("Sync: the first one to run"));
        QVERIFY2(status.toolTip().contains(QStringLiteral("guichet-cli sync before opening the window")),
                 qPrintable(status.toolTip()));
        QSignalSpy runs(&status.sync(), &BackgroundSync::finished);
        status.syncOnTimer();
        QTest::qWait(300);
        QCOMPARE(runs.size(), 0); // the timer leaves it to a person
        status.syncNow();
        const auto *dialog = status.findChild<QProgressDialog *>(QStringLiteral("firstSyncDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 60000);
        QCOMPARE(runs.at(0).at(0).value<SyncRun>().error, QString());
        QTRY_VERIFY(!status.findChild<QProgressDialog *>(QStringLiteral("firstSyncDialog")));
        QCOMPARE(status.text(), QStringLiteral("Sync: up to date"));
        test::RawConnection t(third.path());
        QCOMPARE(t.value(QStringLiteral("SELECT count(*) FROM household")).toInt(), 1);
        status.syncOnTimer(); // no longer new: the timer's sync runs
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 2, 60000);
        QVERIFY(!status.findChild<QProgressDialog *>(QStringLiteral("firstSyncDialog")));
    }

    // The server unreachable: the status bar says offline and why, the counter goes on.
    void aServerDownIsSaidAndTheCounterGoesOn()
    {
        TestDatabase counter;
        counter.settings().setCentralUrl(QStringLiteral("postgresql://guichet:x@127.0.0.1:1/guichet"));
        SyncStatus status(counter.session());
        QSignalSpy runs(&status.sync(), &BackgroundSync::finished);
        status.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 1, 60000);
        QCOMPARE(status.text(), QStringLiteral("Sync: offline"));
        QVERIFY2(status.toolTip().contains(QStringLiteral(
                     "The central server postgresql://guichet@127.0.0.1:1/guichet does not answer")),
                 qPrintable(status.toolTip()));
        QVERIFY(status.toolTip().contains(QStringLiteral("The counter goes on; nothing is lost.")));
        test::FamilyBuilder(counter.session()).build(); // the counter works on
    }

    // A file older than what it already sent (a backup restored) would reuse sequence numbers: refused.
    void aRestoredBackupIsRefused()
    {
        TestDatabase counter;
        test::FamilyBuilder(counter.session()).build();
        auto central = connected(m_url);
        test::must(central->init(counter.session()));
        Sync sync(counter.session(), central.get());
        test::must(sync.push());
        QSqlQuery q(central->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE counter SET pushed_seq = pushed_seq + 1000")));
        const auto refused = sync.push();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("This counter's file is older than what it already sent to the central "
                                    "database (change ")),
                 qPrintable(refused.error().message));
    }

    // guichet-cli sync killed (SIGKILL) again and again in the middle of a push, then run to its end: every
    // change of the counter is on the central database exactly once, in order, none missing. Then the same
    // for a new counter pulling all of it.
    void killedSyncsResumeWithoutLossOrDuplicate()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess demo;
        demo.start(qEnvironmentVariable("GUICHET_CLI"),
                   {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("150"),
                    QStringLiteral("--database"), database});
        QVERIFY(demo.waitForFinished(300000) && demo.exitCode() == 0);
        QProcess init;
        init.start(qEnvironmentVariable("GUICHET_CLI"),
                   {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--url"), m_url,
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--database"),
                    database});
        init.write("demo\n");
        init.closeWriteChannel();
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAllStandardError().constData());
        const QStringList syncArguments{QStringLiteral("sync"), QStringLiteral("--url"), m_url,
                                        QStringLiteral("--database"), database};
        auto central = connected(m_url);
        int kills = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            QProcess sync;
            sync.start(qEnvironmentVariable("GUICHET_CLI"), syncArguments);
            QVERIFY(sync.waitForStarted());
            QThread::msleep(150 + QRandomGenerator::global()->bounded(350));
            if (sync.state() == QProcess::Running) {
                sync.kill(); // SIGKILL
                ++kills;
            }
            sync.waitForFinished(60000);
        }
        QProcess last;
        last.start(qEnvironmentVariable("GUICHET_CLI"), syncArguments);
        QVERIFY(last.waitForFinished(300000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        test::RawConnection raw(database);
        const int local = raw.value(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        const int localMax = raw.value(QStringLiteral("SELECT max(seq) FROM change_log")).toInt();
        QVERIFY(local > 5000);
        QCOMPARE(count(*central, QStringLiteral("SELECT count(*) FROM change")), local);
        QCOMPARE(count(*central, QStringLiteral("SELECT count(DISTINCT site_seq) FROM change")), local);
        QCOMPARE(count(*central, QStringLiteral("SELECT max(site_seq) FROM change")), localMax);
        QCOMPARE(count(*central, QStringLiteral("SELECT pushed_seq FROM counter")), localMax);
        qInfo("%d changes, %d pushes killed", local, kills);

        // A second counter joins and pulls the whole town, killed again and again meanwhile: in the end it
        // holds every family, invoice and ticket once, and verify holds on it.
        const QString annex = dir.filePath(QStringLiteral("annex.sqlite"));
        QProcess setup;
        setup.start(qEnvironmentVariable("GUICHET_CLI"),
                    {QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("SO2"),
                     QStringLiteral("--counter-name"), QStringLiteral("Annexe"), QStringLiteral("--database"),
                     annex});
        QVERIFY(setup.waitForFinished(60000) && setup.exitCode() == 0);
        QProcess join;
        join.start(qEnvironmentVariable("GUICHET_CLI"),
                   {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--url"), m_url,
                    QStringLiteral("--database"), annex});
        QVERIFY(join.waitForFinished(60000) && join.exitCode() == 0);
        const QStringList pull{QStringLiteral("sync"), QStringLiteral("--url"), m_url,
                               QStringLiteral("--database"), annex};
        int pullKills = 0;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QProcess sync;
            sync.start(qEnvironmentVariable("GUICHET_CLI"), pull);
            QVERIFY(sync.waitForStarted());
            QThread::msleep(200 + QRandomGenerator::global()->bounded(600));
            if (sync.state() == QProcess::Running) {
                sync.kill();
                ++pullKills;
            }
            sync.waitForFinished(60000);
        }
        QProcess end;
        end.start(qEnvironmentVariable("GUICHET_CLI"), pull);
        QVERIFY(end.waitForFinished(300000));
        QVERIFY2(end.exitCode() == 0, end.readAllStandardError().constData());
        test::RawConnection joined(annex);
        for (const QString &sql :
             {QStringLiteral("SELECT count(*) || ' ' || group_concat(uuid) FROM (SELECT uuid FROM household "
                             "ORDER BY uuid)"),
              QStringLiteral("SELECT count(*) || ' ' || sum(total_cents) FROM invoice"),
              QStringLiteral("SELECT count(*) || ' ' || sum(quantity) FROM wallet_movement"),
              QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked'"),
              QStringLiteral("SELECT count(*) FROM journal_entry WHERE origin_site = '%1'")
                  .arg(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'site_id'")).toString())})
            QCOMPARE(joined.value(sql).toString(), raw.value(sql).toString());
        QProcess verify;
        verify.start(qEnvironmentVariable("GUICHET_CLI"),
                     {QStringLiteral("verify"), QStringLiteral("--database"), annex});
        QVERIFY(verify.waitForFinished(120000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardOutput().constData());
        qInfo("the annex pulled them, %d pulls killed", pullKills);
    }

    // guichet-cli central init: the schema created and the counter registered, then up to date.
    void fromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("annexe.sqlite"));
        const auto cli = [&](const QStringList &arguments, QString *out) {
            QProcess process;
            process.start(qEnvironmentVariable("GUICHET_CLI"), arguments);
            process.closeWriteChannel();
            process.waitForFinished(60000);
            *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            return process.exitCode();
        };
        QString out;
        QCOMPARE(cli({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("SO2"),
                      QStringLiteral("--counter-name"), QStringLiteral("Annexe Nord"),
                      QStringLiteral("--database"), database},
                     &out),
                 0);
        const QStringList init{QStringLiteral("central"),    QStringLiteral("init"),
                               QStringLiteral("--url"),      m_url,
                               QStringLiteral("--database"), database};
        QVERIFY2(cli(init, &out) == 0, qPrintable(out));
        const QString shown = QString(m_url).remove(QStringLiteral(":central-test"));
        QCOMPARE(out, QStringLiteral("central\t%1\tschema %2\tcreated\ncounter\tSO2\tregistered\n")
                          .arg(shown)
                          .arg(Central::latestVersion()));
        QVERIFY2(cli(init, &out) == 0, qPrintable(out));
        QCOMPARE(out, QStringLiteral("central\t%1\tschema %2\tup to date\ncounter\tSO2\talready registered\n")
                          .arg(shown)
                          .arg(Central::latestVersion()));
        // sync: this counter's changes sent, nothing to take yet; then nothing more to send.
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--url"), m_url,
                               QStringLiteral("--database"), database};
        QProcess first;
        first.start(qEnvironmentVariable("GUICHET_CLI"), sync);
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        const QString pushed = QString::fromUtf8(first.readAllStandardOutput());
        QVERIFY2(pushed.startsWith(QStringLiteral("push\t")) &&
                     pushed.endsWith(QStringLiteral("\npull\t0\tapplied 0\tconflicts 0\n")),
                 qPrintable(pushed));
        const qint64 sent = pushed.section(QLatin1Char('\t'), 1, 1).toLongLong();
        QCOMPARE(sent, test::RawConnection(database)
                           .value(QStringLiteral("SELECT count(*) FROM change_log"))
                           .toLongLong());
        QVERIFY(sent > 0);
        QProcess second;
        second.start(qEnvironmentVariable("GUICHET_CLI"), sync);
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(second.readAllStandardOutput()),
                 QStringLiteral("push\t0\tup to %1\npull\t0\tapplied 0\tconflicts 0\n").arg(sent));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestCentral)
#include "tst_central.moc"
