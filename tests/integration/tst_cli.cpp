// The real guichet-cli, run as a separate process: version, demo data then search, and the files it
// must refuse (read-only, newer schema) without changing a byte.
#include "RawConnection.h"
#include "cashoffice/CashOffice.h"
#include "common/Clock.h"
#include "common/HugePages.h"
#include "common/Money.h"
#include "common/TextFolding.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace guichet {

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    // verify's lines that are not "ok" (QtTest cuts a long message: show what failed, not what passed).
    QString failedChecks() const
    {
        QStringList failed;
        for (const QString &line : lines())
            if (!line.startsWith(QStringLiteral("ok")))
                failed << line;
        return failed.join(QLatin1Char('\n')) + err;
    }
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Runs SQL on a plain connection of its own (not Database: no lock, no migration).
QVariant sqlValue(const QString &path, const QString &sql)
{
    return test::RawConnection(path).value(sql);
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void unknownCommand();
    void helpIsFrenchOnAMachineWithoutLanguage();
    void calendarDaysAndImport();
    void bookAndCancelDays();
    void demoCreatedTheHouseholds();
    void search_data();
    void search();
    void searchDoesNotCreateAMissingDatabase();
    void readOnlyDatabase_data();
    void readOnlyDatabase();
    void readCommandsRunBesideTheCounter();
    void readCommandsDoNotUpgrade();
    void counterWaitsForACommand();
    void tunablesForHugePages_data();
    void tunablesForHugePages();
    void startsAgainWithHugePages();
    void newerDatabaseIsRefusedAndUntouched_data();
    void newerDatabaseIsRefusedAndUntouched();
    void setupNamesTheCounter();
    void demoNumbersWithItsCounterCode();
    void demoTellsTheSchoolYear();
    void custodyOfASharedChild();
    void markAttendanceAndAWalkIn();
    void aClosureCancelsTheDaysBookings();
    void usersAddedListedDisabled();
    void cashOfficeFromTheCommandLine();
    void yearEndFromTheCommandLine();
    void verifyReportsEveryCheckByName();

private:
    Run run(const QStringList &arguments, const QString &program = {}, const QStringList &prefix = {},
            const QByteArray &input = {});
    Run runWithInput(const QStringList &arguments, const QByteArray &input)
    {
        return run(arguments, {}, {}, input);
    }
    QString copyDemo(const QString &dir, const QString &name);

    QString m_cli;
    QTemporaryDir m_home; // HOME and XDG folders of the runs: the user's settings are never touched
    QString m_demo;       // the demo database built once by initTestCase
};

Run TestCli::run(const QStringList &arguments, const QString &program, const QStringList &prefix,
                 const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    const QString executable = program.isEmpty() ? m_cli : program;
    // The family commands that write act as a user (they refuse without one on a database with users): the
    // demo's agent does, unless the test gives its own input.
    QStringList args = arguments;
    QByteArray stdinBytes = input;
    static const QStringList actingAsAgent{QStringLiteral("book"), QStringLiteral("mark"),
                                           QStringLiteral("custody")};
    if (input.isEmpty() && !args.isEmpty() && actingAsAgent.contains(args.first()) &&
        !args.contains(QStringLiteral("--user"))) {
        args += {QStringLiteral("--user"), QStringLiteral("agent")};
        stdinBytes = "demo\n";
    }
    if (prefix.isEmpty())
        process.start(executable, args);
    else
        process.start(prefix.first(), prefix.mid(1) + QStringList{executable} + args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(stdinBytes); // stdin: passwords, one a line
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timeout");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A new database's counter is named with setup; its code begins every number it issues and cannot change
// once a number was issued, its name can.
void TestCli::setupNamesTheCounter()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("annexe.sqlite"));
    Run r = run({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("S-2"),
                 QStringLiteral("--counter-name"), QStringLiteral("Annexe Nord"),
                 QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("SO1")) && r.err.contains(QStringLiteral("ANX2")),
             qPrintable(r.err));
    QVERIFY(sqlValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'counter_code'")).isNull());

    r = run({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("so2"),
             QStringLiteral("--counter-name"), QStringLiteral("Annexe Nord"), QStringLiteral("--database"),
             db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("SO2")) && r.out.contains(QStringLiteral("Annexe Nord")),
             qPrintable(r.out));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'counter_code'")).toString(),
             QStringLiteral("SO2"));

    // Numbers issued with SO2: the demo goes through the same services (it keeps the counter it finds).
    r = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("8"),
             QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT min(file_number) FROM household")).toString(),
             QStringLiteral("SO2-1"));

    r = run({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("SO3"),
             QStringLiteral("--counter-name"), QStringLiteral("Annexe Nord"), QStringLiteral("--database"),
             db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("SO2")), qPrintable(r.err));
    r = run({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("SO2"),
             QStringLiteral("--counter-name"), QStringLiteral("Annexe Sud"), QStringLiteral("--database"),
             db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT value FROM meta WHERE key = 'counter_name'")).toString(),
             QStringLiteral("Annexe Sud"));
    // Without its options, setup says what it takes.
    QCOMPARE(run({QStringLiteral("setup"), QStringLiteral("--database"), db}).exitCode, 2);
}

void TestCli::demoNumbersWithItsCounterCode()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("anx.sqlite"));
    const Run r =
        run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("40"),
             QStringLiteral("--counter-code"), QStringLiteral("ANX"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        sqlValue(db, QStringLiteral("SELECT count(*) FROM invoice WHERE number NOT LIKE 'ANX-20__-______'"))
            .toInt(),
        0);
    QVERIFY(sqlValue(db, QStringLiteral("SELECT count(*) FROM invoice")).toInt() > 0);
    QCOMPARE(sqlValue(db, QStringLiteral(
                              "SELECT count(*) FROM receipt WHERE number NOT LIKE 'ANX-RC-20__-______'"))
                 .toInt(),
             0);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM household WHERE file_number NOT LIKE 'ANX-%'"))
                 .toInt(),
             0);
}

// The demo tells its school year up to today: families bought and booked before the rentrée (no document or
// booking dated after now), every school day gone by has its attendance, excused absences gave their
// tickets back, and the days to come are booked.
void TestCli::demoTellsTheSchoolYear()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM invoice WHERE issued_at > '%1'").arg(now))
                 .toInt(),
             0);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM booking WHERE created_at > '%1'").arg(now))
                 .toInt(),
             0);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND "
                                             "service_day < '%1'")
                                  .arg(today))
                 .toInt(),
             0);
    QVERIFY(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND "
                                            "service_day > '%1'")
                                 .arg(today))
                .toInt() > 0);
    QCOMPARE(
        sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM booking b WHERE b.status = 'excused' AND "
                                        "(b.note = '' OR NOT EXISTS (SELECT 1 FROM wallet_movement m WHERE "
                                        "m.booking_id = b.id AND m.kind = 'excused'))"))
            .toInt(),
        0);
    const bool yearUnderWay =
        sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM school_year WHERE start_date < '%1' AND "
                                        "end_date >= '%1'")
                             .arg(today))
            .toInt() > 0;
    if (yearUnderWay)
        QVERIFY(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM booking WHERE status = 'present'"))
                    .toInt() > 0);
}

// custody shows and sets who has a child of two households when: the demo's shared children go in alternate
// weeks; dates are added, refused when they overlap, and the schedule cleared.
void TestCli::custodyOfASharedChild()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("custody.sqlite"));
    QVERIFY(!db.isEmpty());
    const QStringList shared = test::RawConnection(db).rows(QStringLiteral(
        "SELECT h.file_number || '|' || c.first_name || '|' || c.id FROM custody cu JOIN child c ON c.id = "
        "cu.child_id JOIN household h ON h.id = cu.household_id WHERE (SELECT count(*) FROM household_child "
        "l "
        "JOIN child o ON o.id = l.child_id WHERE l.household_id = h.id AND o.first_name = c.first_name) = 1 "
        "ORDER BY cu.id LIMIT 1"));
    QCOMPARE(shared.size(), qsizetype(1));
    const QString file = shared.first().section(QLatin1Char('|'), 0, 0);
    const QString child = shared.first().section(QLatin1Char('|'), 1, 1);
    const QString periods = QStringLiteral("SELECT count(*) FROM custody WHERE child_id = %1")
                                .arg(shared.first().section(QLatin1Char('|'), 2));
    const QStringList households = test::RawConnection(db).rows(
        QStringLiteral(
            "SELECT h.name FROM custody cu JOIN household h ON h.id = cu.household_id WHERE cu.child_id = "
            "%1 ORDER BY cu.first_day")
            .arg(shared.first().section(QLatin1Char('|'), 2)));
    QCOMPARE(households.size(), qsizetype(2)); // the demo's alternate weeks
    const QStringList who{QStringLiteral("custody"),
                          QStringLiteral("--household"),
                          file,
                          QStringLiteral("--child"),
                          child,
                          QStringLiteral("--database"),
                          db};
    Run r = run(who);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(households.at(0)) && r.out.contains(households.at(1)), qPrintable(r.out));

    r = run(who + QStringList{QStringLiteral("--from"), QStringLiteral("2027-02-15"), QStringLiteral("--to"),
                              QStringLiteral("2027-02-19")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("15/02/2027")) && r.out.contains(QStringLiteral("19/02/2027")),
             qPrintable(r.out));
    QCOMPARE(sqlValue(db, periods).toInt(), 3);
    // Overlapping dates, alternate weeks from a Wednesday: refused, nothing written.
    r = run(who + QStringList{QStringLiteral("--from"), QStringLiteral("2027-02-18"), QStringLiteral("--to"),
                              QStringLiteral("2027-02-22")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("15/02/2027")));
    r = run(who + QStringList{QStringLiteral("--alternate-from"), QStringLiteral("2027-02-17")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(sqlValue(db, periods).toInt(), 3);
    r = run(who + QStringList{QStringLiteral("--clear")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sqlValue(db, periods).toInt(), 0);
    QVERIFY(
        sqlValue(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE field = 'custody'")).toInt() >=
        4);
}

// mark records a child's attendance as the staff's list says; a child present without a booking is booked as
// present and charged (here with no surcharge: one ticket, or owed). The school year is moved around today
// and the holidays removed, so that the last weekday of school before today is a service day whatever the
// date.
void TestCli::markAttendanceAndAWalkIn()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("mark.sqlite"));
    QVERIFY(!db.isEmpty());
    const QDate today = QDate::currentDate();
    {
        test::RawConnection raw(db);
        QVERIFY(raw.exec(
            QStringLiteral("UPDATE school_year SET start_date = '%1', end_date = '%2'")
                .arg(today.addDays(-60).toString(Qt::ISODate), today.addDays(300).toString(Qt::ISODate))));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM calendar_period")));
    }
    QDate day = today.addDays(-1);
    while (day.dayOfWeek() == 3 || day.dayOfWeek() > 5)
        day = day.addDays(-1);
    const QString iso = day.toString(Qt::ISODate);
    // A child of a one-home family, not booked that day.
    const QStringList pick = test::RawConnection(db).rows(
        QStringLiteral(
            "SELECT h.file_number || '|' || c.first_name || '|' || c.id || '|' || h.id FROM child c JOIN "
            "household_child l ON l.child_id = c.id JOIN household h ON h.id = l.household_id WHERE "
            "c.school_id IS NOT NULL AND (SELECT count(*) FROM household_child o WHERE o.child_id = c.id) = "
            "1 "
            "AND (SELECT count(*) FROM household_child s JOIN child sc ON sc.id = s.child_id WHERE "
            "s.household_id = h.id AND sc.first_name = c.first_name) = 1 AND NOT EXISTS (SELECT 1 FROM "
            "booking b WHERE b.child_id = c.id AND b.service_day = '%1') ORDER BY c.id LIMIT 1")
            .arg(iso));
    QCOMPARE(pick.size(), qsizetype(1));
    const QStringList parts = pick.first().split(QLatin1Char('|'));
    const QStringList who{QStringLiteral("mark"),
                          QStringLiteral("--date"),
                          iso,
                          QStringLiteral("--household"),
                          parts.at(0),
                          QStringLiteral("--child"),
                          parts.at(1),
                          QStringLiteral("--activity"),
                          QStringLiteral("cantine"),
                          QStringLiteral("--database"),
                          db};
    Run r = run(who + QStringList{QStringLiteral("--status"), QStringLiteral("absent")});
    QCOMPARE(r.exitCode, 1); // not booked: nothing to mark absent
    r = run(who + QStringList{QStringLiteral("--status"), QStringLiteral("present")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, iso + QLatin1Char('\t') + parts.at(1) + QStringLiteral("\tpresent\n"));
    const QString booking =
        QStringLiteral("SELECT status || ' ' || walk_in || ' ' || tickets_due FROM booking WHERE "
                       "child_id = %1 AND service_day = '%2'")
            .arg(parts.at(2), iso);
    QCOMPARE(sqlValue(db, booking).toString(), QStringLiteral("present 1 1"));
    r = run(who +
            QStringList{QStringLiteral("--status"), QStringLiteral("present")}); // again: on the list now
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        sqlValue(db, QStringLiteral("SELECT count(*) FROM booking WHERE child_id = %1 AND service_day = '%2'")
                         .arg(parts.at(2), iso))
            .toInt(),
        1);
    r = run(who + QStringList{QStringLiteral("--status"), QStringLiteral("excused")});
    QCOMPARE(r.exitCode, 1); // an excuse needs its reason
    r = run(who + QStringList{QStringLiteral("--status"), QStringLiteral("excused"),
                              QStringLiteral("--reason"), QStringLiteral("Saisie en double")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(sqlValue(db, booking).toString(), QStringLiteral("excused 1 1"));
    r = run({QStringLiteral("verify"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.failedChecks()));
}

// calendar closure: the town hall closes every school on a day the demo's families booked: every booking of
// that day is cancelled, its tickets back in the wallets, and verify still holds.
void TestCli::aClosureCancelsTheDaysBookings()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("closure.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString day =
        sqlValue(db, QStringLiteral("SELECT min(service_day) FROM booking WHERE status = 'booked' AND "
                                    "service_day > '%1'")
                         .arg(QDate::currentDate().addDays(2).toString(Qt::ISODate)))
            .toString();
    QVERIFY(!day.isEmpty());
    const int booked =
        sqlValue(db,
                 QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND service_day = '%1'")
                     .arg(day))
            .toInt();
    const int tickets = sqlValue(db, QStringLiteral("SELECT sum(quantity) FROM wallet_movement")).toInt();
    Run r = run({QStringLiteral("calendar"), QStringLiteral("closure"), QStringLiteral("--label"),
                 QStringLiteral("Grève"), QStringLiteral("--from"), day, QStringLiteral("--user"),
                 QStringLiteral("agent"), QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1); // an agent does not close schools (and gave no password)
    r = runWithInput({QStringLiteral("calendar"), QStringLiteral("closure"), QStringLiteral("--label"),
                      QStringLiteral("Grève"), QStringLiteral("--from"), day, QStringLiteral("--user"),
                      QStringLiteral("admin"), QStringLiteral("--database"), db},
                     "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QString::number(booked)), qPrintable(r.out));
    QCOMPARE(sqlValue(db, QStringLiteral(
                              "SELECT count(*) FROM booking WHERE status = 'booked' AND service_day = '%1'")
                              .arg(day))
                 .toInt(),
             0);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT sum(quantity) FROM wallet_movement")).toInt(),
             tickets + booked);
    r = run({QStringLiteral("calendar"), QStringLiteral("closure"), QStringLiteral("--from"), day,
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 2); // no reason given
    r = run({QStringLiteral("verify"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.failedChecks()));
}

// The year end on the demo, in July 2027 (faketime: the program's clock, nothing in it to fake time): the
// roll-over's summary writes nothing, --yes rolls over with every balance kept, once; a refund of one
// household's canteen tickets at the value quoted; the refund report as CSV, spreadsheet and PDF, issued as
// the accountant's order; verify holds.
void TestCli::yearEndFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("yearend.sqlite"));
    QVERIFY(!db.isEmpty());
    // Each run's clock starts at its own hour: a number is never issued at an instant before the last one.
    // libfaketime is preloaded directly, without its shared memory: the faketime wrapper names a semaphore
    // after its own process id, and one left by a killed run makes a later process of the same id fail.
    const auto july = [](const char *time) {
        return QStringList{QStringLiteral("env"),
                           QStringLiteral("LD_PRELOAD=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"),
                           QStringLiteral("FAKETIME=@2027-07-10 ") + QString::fromLatin1(time),
                           QStringLiteral("FAKETIME_DISABLE_SHM=1")};
    };
    const QString balances = QStringLiteral(
        "SELECT group_concat(household_id || ':' || activity_id || '=' || n, ' ') FROM (SELECT household_id, "
        "activity_id, sum(quantity) AS n FROM wallet_movement GROUP BY household_id, activity_id ORDER BY 1, "
        "2)");
    const QString before = sqlValue(db, balances).toString();
    const QStringList rollover{QStringLiteral("year"),       QStringLiteral("rollover"),
                               QStringLiteral("--percent"),  QStringLiteral("2,5"),
                               QStringLiteral("--database"), db};
    Run r = run(rollover, {}, july("08:00:00"));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("tariffs\t16\t+2,50 %")),
             qPrintable(r.out + r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM year_rollover")).toInt(), 0);
    r = run(rollover + QStringList{QStringLiteral("--yes")}, {}, july("08:10:00"));
    QCOMPARE(r.exitCode, 1); // a roll-over writes: an administrator does it
    const QString csv = dir.filePath(QStringLiteral("carry.csv"));
    r = run(rollover + QStringList{QStringLiteral("--yes"), QStringLiteral("--user"), QStringLiteral("admin"),
                                   QStringLiteral("--csv-file"), csv},
            {}, july("08:20:00"), "demo\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("rolled_over\t2026-2027\t2027-2028")),
             qPrintable(r.out + r.err));
    QCOMPARE(sqlValue(db, balances).toString(), before);
    // The carry-over report adds up to what the summary says was carried over.
    const QStringList carried = r.lines()
                                    .filter(QRegularExpression(QStringLiteral("^carry_over\t")))
                                    .first()
                                    .split(QLatin1Char('\t'));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    int tickets = 0;
    for (const QString &row : rows.mid(1))
        tickets += row.section(QLatin1Char(';'), 3, 3).toInt();
    QCOMPARE(QString::number(tickets), carried.at(3));
    QCOMPARE(rows.size() - 1, carried.at(2).toInt()); // one row per lot
    r = run(rollover +
                QStringList{QStringLiteral("--yes"), QStringLiteral("--user"), QStringLiteral("admin")},
            {}, july("08:30:00"), "demo\n");
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("2027-2028")), qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM year_rollover")).toInt(), 1);

    // A household with canteen tickets left: the quote, then the refund at that amount.
    const QString household =
        sqlValue(db, QStringLiteral("SELECT h.file_number FROM wallet_movement m JOIN household h ON h.id = "
                                    "m.household_id JOIN activity a ON a.id = m.activity_id WHERE a.code = "
                                    "'cantine' GROUP BY m.household_id HAVING sum(m.quantity) > 0 ORDER BY "
                                    "m.household_id LIMIT 1"))
            .toString();
    const QStringList refund{
        QStringLiteral("refund"),  QStringLiteral("--household"), household, QStringLiteral("--activity"),
        QStringLiteral("cantine"), QStringLiteral("--database"),  db};
    r = run(refund + QStringList{QStringLiteral("--quote")}, {}, july("09:00:00"));
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("quote\t")), qPrintable(r.out + r.err));
    const QString amount = r.lines().first().section(QLatin1Char('\t'), 2, 2);
    r = run(refund + QStringList{QStringLiteral("--iban"),
                                 QStringLiteral("FR76 3000 6000 0112 3456 7890 188"),
                                 QStringLiteral("--user"), QStringLiteral("regie")},
            {}, july("09:10:00"), "demo\n");
    QVERIFY2(r.exitCode == 1 && r.err.contains(QStringLiteral("IBAN")), qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM refund")).toInt(), 0);
    r = run(refund + QStringList{QStringLiteral("--iban"),
                                 QStringLiteral("FR76 3000 6000 0112 3456 7890 189"),
                                 QStringLiteral("--user"), QStringLiteral("regie")},
            {}, july("09:20:00"), "demo\n");
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("refund\tSO1-RB-2027-000001\t")) &&
                 r.lines().first().endsWith(QLatin1Char('\t') + amount),
             qPrintable(r.out + r.err));

    const QString reportCsv = dir.filePath(QStringLiteral("refunds.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("refunds.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("refunds.pdf"));
    r = run({QStringLiteral("refund-report"), QStringLiteral("--from"), QStringLiteral("2027-07-01"),
             QStringLiteral("--to"), QStringLiteral("2027-07-31"), QStringLiteral("--csv"), reportCsv,
             QStringLiteral("--xlsx"), xlsx, QStringLiteral("--pdf"), pdf, QStringLiteral("--issue"),
             QStringLiteral("--user"), QStringLiteral("regie"), QStringLiteral("--database"), db},
            {}, july("10:00:00"), "demo\n");
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("order\tSO1-OR-2027-000001")) &&
                 r.out.contains(QStringLiteral("total\t1\t") + amount),
             qPrintable(r.out + r.err));
    QFile report(reportCsv);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray reportBytes = report.readAll();
    const QString reportText = QString::fromUtf8(reportBytes);
    QVERIFY2(reportBytes.startsWith("\xEF\xBB\xBF") &&
                 reportText.contains(QStringLiteral(";FR76 **** **** **** **** **** 189;")) &&
                 reportText.contains(QStringLiteral(";SO1-OR-2027-000001\r\n")),
             qPrintable(reportText));
    // The spreadsheet read back by a real reader (openpyxl): the refund's row and the total's formula.
    const Run cells = run({QStringLiteral("-c"),
                           QStringLiteral("import sys, openpyxl\n"
                                          "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                                          "for row in ws.iter_rows(min_row=4, values_only=True):\n"
                                          "    print('|'.join('' if v is None else str(v) for v in row))\n"),
                           xlsx},
                          QStringLiteral("/usr/bin/python3"));
    QVERIFY2(cells.exitCode == 0 &&
                 cells.out.startsWith(QStringLiteral("SO1-RB-2027-000001|10/07/2027|") + household) &&
                 cells.out.contains(QStringLiteral("Total|||||||||||=SUM(L4:L")),
             qPrintable(cells.out + cells.err));
    const Run text = run({QStringLiteral("-layout"), pdf, QStringLiteral("-")}, QStringLiteral("pdftotext"));
    QVERIFY2(
        text.out.contains(QStringLiteral("SO1-OR-2027-000001")) &&
            text.out.contains(QString(amount).replace(QChar(0xA0), QLatin1Char(' '))) && // pdftotext's spaces
            text.out.contains(QStringLiteral("**** 189")) &&
            text.out.contains(QStringLiteral("N° SO1-OR-2027-000001")) &&
            // the title's long word set smaller, not broken in the middle
            QRegularExpression(QStringLiteral("\\bREMBOURSEMENTS\\b")).match(text.out).hasMatch(),
        qPrintable(text.out));
    r = run({QStringLiteral("verify"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.failedChecks()));
}

// user add / list / disable: the first administrator on an empty database; then only as an administrator
// (--user, the password first on stdin), refused with a wrong password; passwords never on the command line.
// The cash office headless, on a copy of the demo (its till left open today): a sale paid in cash with
// change, an invoice paid later by card, a credit note; the agent refused the till; the régisseur counts it,
// closes the day with its Z as PDF, whose chain head verify --anchor then finds; a deposit slip once, not
// twice.
void TestCli::cashOfficeFromTheCommandLine()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("cash.sqlite"));
    QVERIFY(!db.isEmpty());
    const auto field = [](const QString &out, const QString &key) {
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(key + QLatin1Char('\t')))
                return line.section(QLatin1Char('\t'), 1);
        return QString();
    };
    const auto money = [](const QString &text) {
        return Money::parse(text.section(QLatin1Char('\t'), -1)).value_or(Money());
    };
    const QString file =
        sqlValue(db, QStringLiteral("SELECT file_number FROM household WHERE status = 'validated' "
                                    "ORDER BY id LIMIT 1"))
            .toString();
    Run r = run({QStringLiteral("till"), QStringLiteral("status"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("till\topen\t")), qPrintable(r.out + r.err));

    const QStringList sale{
        QStringLiteral("sell"),      QStringLiteral("--household"), file, QStringLiteral("--items"),
        QStringLiteral("cantine:3"), QStringLiteral("--database"),  db};
    r = run(sale + QStringList{QStringLiteral("--pay"), QStringLiteral("cash::20")});
    QCOMPARE(r.exitCode, 1); // no --user on a database with users
    QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
    r = runWithInput(sale + QStringList{QStringLiteral("--pay"), QStringLiteral("cash::20"),
                                        QStringLiteral("--user"), QStringLiteral("agent")},
                     "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Money total = money(field(r.out, QStringLiteral("invoice")));
    QVERIFY(field(r.out, QStringLiteral("invoice")).startsWith(QStringLiteral("SO1-2026-")));
    QVERIFY(field(r.out, QStringLiteral("receipt")).startsWith(QStringLiteral("SO1-RC-2026-")));
    QCOMPARE(money(field(r.out, QStringLiteral("change"))), Money::fromCents(2000) - total);

    // Too little cash handed over: refused, and no invoice is left behind.
    const QString invoicesSql = QStringLiteral("SELECT count(*) FROM invoice");
    const int invoicesBefore = sqlValue(db, invoicesSql).toInt();
    r = runWithInput(sale + QStringList{QStringLiteral("--pay"), QStringLiteral("cash::1"),
                                        QStringLiteral("--user"), QStringLiteral("agent")},
                     "demo\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(sqlValue(db, invoicesSql).toInt(), invoicesBefore);

    // Ordered now, paid by card afterwards (the amount left out: what remains due), then 1 meal credited.
    r = runWithInput(sale + QStringList{QStringLiteral("--user"), QStringLiteral("agent")}, "demo\n");
    QVERIFY2(r.exitCode == 0 && !r.out.contains(QStringLiteral("receipt")), qPrintable(r.out + r.err));
    const QString invoice = field(r.out, QStringLiteral("invoice")).section(QLatin1Char('\t'), 0, 0);
    r = runWithInput({QStringLiteral("pay"), QStringLiteral("--invoice"), invoice, QStringLiteral("--pay"),
                      QStringLiteral("card::AUT 4242"), QStringLiteral("--user"), QStringLiteral("agent"),
                      QStringLiteral("--database"), db},
                     "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(money(field(r.out, QStringLiteral("due"))), Money());
    r = runWithInput({QStringLiteral("credit-note"), QStringLiteral("--invoice"), invoice,
                      QStringLiteral("--lines"), QStringLiteral("cantine:1"), QStringLiteral("--reason"),
                      QStringLiteral("Repas non pris"), QStringLiteral("--user"), QStringLiteral("agent"),
                      QStringLiteral("--database"), db},
                     "demo\n");
    QVERIFY2(r.exitCode == 0 &&
                 field(r.out, QStringLiteral("credit_note")).startsWith(QStringLiteral("SO1-AV-2026-")),
             qPrintable(r.out + r.err));

    // The count: the agent is refused; the régisseur counts exactly what the till should hold.
    r = run({QStringLiteral("till"), QStringLiteral("status"), QStringLiteral("--database"), db});
    const Money expected = money(field(r.out, QStringLiteral("expected")));
    QString pieces;
    qint64 rest = expected.cents();
    for (qint64 d : CashCount::denominations()) {
        if (rest / d > 0)
            pieces +=
                QStringLiteral("%1.%2:%3,").arg(d / 100).arg(d % 100, 2, 10, QLatin1Char('0')).arg(rest / d);
        rest %= d;
    }
    pieces.chop(1);
    const QStringList close{QStringLiteral("till"),       QStringLiteral("close"),
                            QStringLiteral("--count"),    pieces,
                            QStringLiteral("--database"), db};
    r = runWithInput(close + QStringList{QStringLiteral("--user"), QStringLiteral("agent")}, "demo\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("régisseur")), qPrintable(r.err));
    r = runWithInput(close + QStringList{QStringLiteral("--user"), QStringLiteral("regie")}, "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + pieces));
    QCOMPARE(money(field(r.out, QStringLiteral("difference"))), Money());

    // The Z of today, as PDF; its chain head is what verify --anchor checks.
    const QString today =
        QDateTime::currentDateTime().toTimeZone(QTimeZone("Europe/Paris")).date().toString(Qt::ISODate);
    const QString zPdf = dir.filePath(QStringLiteral("z.pdf"));
    r = runWithInput({QStringLiteral("closure"), QStringLiteral("--date"), today, QStringLiteral("--pdf"),
                      zPdf, QStringLiteral("--user"), QStringLiteral("regie"), QStringLiteral("--database"),
                      db},
                     "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString number = field(r.out, QStringLiteral("closure")).section(QLatin1Char('\t'), 0, 0);
    const QString head = field(r.out, QStringLiteral("chain_head"));
    QCOMPARE(head.size(), qsizetype(64));
    Run text = run({QStringLiteral("-layout"), zPdf, QStringLiteral("-")}, QStringLiteral("pdftotext"));
    QVERIFY2(text.out.contains(QStringLiteral("CLÔTURE")) && text.out.contains(number) &&
                 text.out.contains(head.left(16)) &&
                 text.out.contains(QStringLiteral("Grands totaux perpétuels")),
             qPrintable(text.out));
    r = run({QStringLiteral("verify"), QStringLiteral("--anchor"), head, QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.failedChecks()));
    r = run({QStringLiteral("verify"), QStringLiteral("--anchor"), QString(64, QLatin1Char('0')),
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);

    const QString slipPdf = dir.filePath(QStringLiteral("slip.pdf"));
    const QStringList slip{
        QStringLiteral("deposit-slip"), QStringLiteral("--pdf"),      slipPdf, QStringLiteral("--user"),
        QStringLiteral("regie"),        QStringLiteral("--database"), db};
    r = runWithInput(slip, "demo\n");
    QVERIFY2(
        r.exitCode == 0 &&
            field(r.out, QStringLiteral("deposit_slip")).startsWith(QStringLiteral("SO1-BD-2026-000001")),
        qPrintable(r.out + r.err));
    text = run({QStringLiteral("-layout"), slipPdf, QStringLiteral("-")}, QStringLiteral("pdftotext"));
    QVERIFY2(text.out.contains(QStringLiteral("BORDEREAU DE")) &&
                 text.out.contains(QStringLiteral("N° SO1-BD-2026-000001")),
             qPrintable(text.out));
    r = runWithInput(slip, "demo\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("aucun chèque à remettre")), qPrintable(r.err));

    // The family commands that write refuse too without a user (input given: the helper adds none).
    r = runWithInput({QStringLiteral("book"), QStringLiteral("--household"), file,
                      QStringLiteral("--all-children"), QStringLiteral("--activity"),
                      QStringLiteral("cantine"), QStringLiteral("--from"), today, QStringLiteral("--to"),
                      today, QStringLiteral("--database"), db},
                     "\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
}

void TestCli::usersAddedListedDisabled()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("users.sqlite"));
    QVERIFY(
        run({QStringLiteral("setup"), QStringLiteral("--counter-code"), QStringLiteral("SO1"),
             QStringLiteral("--counter-name"), QStringLiteral("Guichet"), QStringLiteral("--database"), db})
            .exitCode == 0);
    const auto add = [&](const QString &login, const QString &role, const QStringList &as,
                         const QByteArray &input) {
        return runWithInput(
            QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--login"), login,
                        QStringLiteral("--name"), login.toUpper(), QStringLiteral("--role"), role,
                        QStringLiteral("--password-stdin"), QStringLiteral("--database"), db} +
                as,
            input);
    };
    Run r = add(QStringLiteral("admin"), QStringLiteral("admin"), {}, "correct horse\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = add(QStringLiteral("marie"), QStringLiteral("agent"), {}, "12345678\n");
    QCOMPARE(r.exitCode, 1); // an administrator exists: log in as one
    const QStringList asAdmin{QStringLiteral("--user"), QStringLiteral("admin")};
    r = add(QStringLiteral("marie"), QStringLiteral("agent"), asAdmin, "wrong horse\n12345678\n");
    QCOMPARE(r.exitCode, 1);
    r = add(QStringLiteral("marie"), QStringLiteral("agent"), asAdmin, "correct horse\n12345678\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = add(QStringLiteral("luc"), QStringLiteral("chef"), asAdmin, "correct horse\n12345678\n");
    QCOMPARE(r.exitCode, 2); // no such role
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("admin\tADMIN\tadmin\tactive\nmarie\tMARIE\tagent\tactive\n"));
    r = runWithInput({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--login"),
                      QStringLiteral("marie"), QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--database"), db},
                     "correct horse\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), db})
                .out.contains(QStringLiteral("marie\tMARIE\tagent\tdisabled")));
    QVERIFY(!sqlValue(db, QStringLiteral("SELECT group_concat(password_hash) FROM app_user"))
                 .toString()
                 .contains(QStringLiteral("12345678")));
    // The administrator changes their own password: the current one, then the new one, on stdin.
    const QStringList password{QStringLiteral("user"),       QStringLiteral("password"),
                               QStringLiteral("--user"),     QStringLiteral("admin"),
                               QStringLiteral("--database"), db};
    r = runWithInput(password, "correct horse\nbattery staple\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runWithInput(password, "correct horse\nanything else\n");
    QCOMPARE(r.exitCode, 1); // the old one no longer opens the account
}

// verify prints every check by its name with its verdict, and exits 1 naming what fails.
void TestCli::verifyReportsEveryCheckByName()
{
    Run r = run({QStringLiteral("verify"), QStringLiteral("--database"), m_demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const char *check :
         {"schema.triggers", "references", "ledger.balances", "ledger.lots", "ledger.movements_justified",
          "ledger.lots_match_paid_lines", "invoices.totals", "credit_notes.totals", "payments.amounts",
          "receipts.acts", "numbering.series", "numbering.dates", "documents.issued"})
        QVERIFY2(r.out.contains(QStringLiteral("ok      ") + QLatin1String(check)), check);

    QTemporaryDir dir;
    const QString copy = copyDemo(dir.path(), QStringLiteral("forged.sqlite"));
    QVERIFY(!copy.isEmpty());
    QVERIFY(!sqlValue(copy, QStringLiteral("SELECT number FROM invoice ORDER BY id LIMIT 1")).isNull());
    sqlValue(copy, QStringLiteral("DROP TRIGGER invoice_no_update"));
    sqlValue(
        copy,
        QStringLiteral(
            "UPDATE invoice SET total_cents = total_cents + 100 WHERE id = (SELECT min(id) FROM invoice)"));
    const QString number =
        sqlValue(copy, QStringLiteral("SELECT number FROM invoice ORDER BY id LIMIT 1")).toString();
    r = run({QStringLiteral("verify"), QStringLiteral("--database"), copy});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("  invoices.totals")) &&
                 r.out.contains(QStringLiteral("  schema.triggers")),
             qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("invoices.totals: ")) && r.err.contains(number),
             qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("ok      ledger.balances")));
}

QString TestCli::copyDemo(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("GUICHET_CLI");
    QVERIFY2(!m_cli.isEmpty(), "GUICHET_CLI must give the path of guichet-cli (set by ctest)");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_home.isValid());

    m_demo = m_home.filePath(QStringLiteral("demo.sqlite"));
    const Run demo =
        run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("60"),
             QStringLiteral("--seed"), QStringLiteral("62500"), QStringLiteral("--database"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(QStringLiteral(" 60 ")), qPrintable(demo.out));
    QVERIFY(QFile::exists(m_demo));
    // The program closed the database: no lock and no journal left behind.
    QVERIFY(!QFile::exists(m_demo + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(m_demo + QStringLiteral("-wal")));
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("version")});
    QCOMPARE(r.exitCode, 0);
    const QString line = r.out.trimmed();
    QVERIFY2(line.contains(QStringLiteral(GUICHET_VERSION)), qPrintable(line));
    // The schema number is the last word, whatever the language.
    QCOMPARE(line.section(QLatin1Char(' '), -1), QString::number(Database::supportedSchemaVersion()));

    // With a database: the schema of that file.
    const Run withDb = run({QStringLiteral("version"), QStringLiteral("--database"), m_demo});
    QCOMPARE(withDb.exitCode, 0);
    QVERIFY2(withDb.out.contains(QStringLiteral(" %1 (").arg(Database::supportedSchemaVersion())),
             qPrintable(withDb.out));
    QVERIFY2(withDb.out.contains(QFileInfo(m_demo).fileName()), qPrintable(withDb.out));
}

// calendar days prints the service days one ISO date a line (a summary on stderr); calendar import reads the
// official file once (again: nothing new) and refuses a damaged one naming its line.
void TestCli::calendarDaysAndImport()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("calendar.sqlite"));
    QVERIFY(!db.isEmpty());
    Run r = run({QStringLiteral("calendar"), QStringLiteral("days"), QStringLiteral("--from"),
                 QStringLiteral("2026-10-12"), QStringLiteral("--to"), QStringLiteral("2026-11-06"),
                 QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Wednesdays off, the Toussaint (17 October to 1 November 2026), back on Monday 2 November.
    QCOMPARE(r.lines(), (QStringList{QStringLiteral("2026-10-12"), QStringLiteral("2026-10-13"),
                                     QStringLiteral("2026-10-15"), QStringLiteral("2026-10-16"),
                                     QStringLiteral("2026-11-02"), QStringLiteral("2026-11-03"),
                                     QStringLiteral("2026-11-05"), QStringLiteral("2026-11-06")}));
    QVERIFY2(r.err.startsWith(QStringLiteral("8 ")), qPrintable(r.err));
    r = run({QStringLiteral("calendar"), QStringLiteral("days"), QStringLiteral("--from"),
             QStringLiteral("2026-09-01"), QStringLiteral("--to"), QStringLiteral("2026-09-04"),
             QStringLiteral("--weekdays"), QStringLiteral("1,2,3,4,5"), QStringLiteral("--database"), db});
    QCOMPARE(r.lines(), (QStringList{QStringLiteral("2026-09-01"), QStringLiteral("2026-09-02"),
                                     QStringLiteral("2026-09-03"), QStringLiteral("2026-09-04")}));
    r = run({QStringLiteral("calendar"), QStringLiteral("days"), QStringLiteral("--from"),
             QStringLiteral("2026-09-04"), QStringLiteral("--to"), QStringLiteral("2026-09-01"),
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());

    const QString ics = dir.filePath(QStringLiteral("zone-b.ics"));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\n"
               "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20251018\r\n"
               "DTEND;VALUE=DATE:20251103\r\nSUMMARY:Vacances de la Toussaint\r\nEND:VEVENT\r\n"
               "BEGIN:VEVENT\r\nUID:2\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20260207\r\n"
               "DTEND;VALUE=DATE:20260223\r\nSUMMARY:Vacances d'Hiver - Zone A\r\nEND:VEVENT\r\n"
               "END:VCALENDAR\r\n");
    file.close();
    // The calendar is the administrator's: the demo's (password on stdin).
    const QStringList import{
        QStringLiteral("calendar"), QStringLiteral("import"),     ics, QStringLiteral("--user"),
        QStringLiteral("admin"),    QStringLiteral("--database"), db};
    r = run(QStringList{QStringLiteral("calendar"), QStringLiteral("import"), ics,
                        QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1); // nobody logged in
    r = runWithInput(import, "demo\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("1 ")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("Vacances d'Hiver - Zone A")), qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT last_day FROM calendar_period WHERE source = 'import'"))
                 .toString(),
             QStringLiteral("2025-11-02"));
    r = runWithInput(import, "demo\n"); // again: nothing new
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("0 ")), qPrintable(r.out));
    QCOMPARE(
        sqlValue(db, QStringLiteral("SELECT count(*) FROM calendar_period WHERE source = 'import'")).toInt(),
        1);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nnot a "
               "property\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    r = runWithInput(import, "demo\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("4")) && r.err.contains(QStringLiteral("not a property")),
             qPrintable(r.err));
}

// book takes one ticket a day and child from the wallet and prints each day it booked; the same days again
// are refused, --cancel gives them back, a request beyond the wallet writes nothing. The school year is moved
// around today and the holidays removed, so that the days are bookable whatever the date the test runs.
void TestCli::bookAndCancelDays()
{
    QTemporaryDir dir;
    const QString db = copyDemo(dir.path(), QStringLiteral("book.sqlite"));
    QVERIFY(!db.isEmpty());
    const QDate today = QDate::currentDate();
    {
        test::RawConnection raw(db);
        QVERIFY(raw.exec(QStringLiteral("UPDATE school_year SET start_date = '%1', end_date = '%2', "
                                        "booking_opens_on = '%3'")
                             .arg(today.addDays(-60).toString(Qt::ISODate),
                                  today.addDays(400).toString(Qt::ISODate),
                                  today.addDays(-70).toString(Qt::ISODate))));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM calendar_period")));
    }
    // A validated family with two children, at least 16 canteen tickets and no shared custody.
    const QString file =
        sqlValue(
            db,
            QStringLiteral(
                "SELECT h.file_number FROM household h WHERE h.status = 'validated' AND "
                "(SELECT count(*) FROM household_child c WHERE c.household_id = h.id) = 2 AND "
                "(SELECT sum(quantity) FROM wallet_movement m JOIN activity a ON a.id = m.activity_id "
                " WHERE m.household_id = h.id AND a.code = 'cantine') + (SELECT count(*) FROM booking b "
                " WHERE b.household_id = h.id AND b.status = 'booked') >= 16 AND NOT EXISTS (SELECT 1 FROM "
                " custody cu JOIN household_child l ON l.child_id = cu.child_id WHERE l.household_id = h.id) "
                "ORDER BY h.id LIMIT 1"))
            .toString();
    QVERIFY(!file.isEmpty());
    // The demo booked the rest of the year as far as the tickets went: the family gives its days back first.
    const Run freed =
        run({QStringLiteral("book"), QStringLiteral("--household"), file, QStringLiteral("--all-children"),
             QStringLiteral("--activity"), QStringLiteral("cantine"), QStringLiteral("--from"),
             today.addDays(2).toString(Qt::ISODate), QStringLiteral("--to"),
             today.addDays(300).toString(Qt::ISODate), QStringLiteral("--cancel"),
             QStringLiteral("--database"), db});
    QVERIFY2(freed.exitCode == 0 || freed.exitCode == 1, qPrintable(freed.err));
    const QString household = QStringLiteral("(SELECT id FROM household WHERE file_number = '%1')").arg(file);
    const QStringList children = test::RawConnection(db).rows(
        QStringLiteral("SELECT c.first_name FROM child c JOIN household_child hc ON hc.child_id = c.id "
                       "WHERE hc.household_id = %1 ORDER BY c.id")
            .arg(household));
    QCOMPARE(children.size(), qsizetype(2));
    const QString balanceSql =
        QStringLiteral("SELECT sum(quantity) FROM wallet_movement m JOIN activity a ON "
                       "a.id = m.activity_id WHERE m.household_id = %1 AND "
                       "a.code = 'cantine'")
            .arg(household);
    const int before = sqlValue(db, balanceSql).toInt();
    // Today's and tomorrow's days, past their deadline, stay booked.
    const QString liveSql =
        QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND household_id = %1")
            .arg(household);
    const int stillBooked = sqlValue(db, liveSql).toInt();

    // Two weeks from the Monday after next, Mondays and Tuesdays: the service days `calendar days` names.
    const QDate monday = today.addDays(8 - today.dayOfWeek() + 7);
    const QStringList range{QStringLiteral("--from"), monday.toString(Qt::ISODate), QStringLiteral("--to"),
                            monday.addDays(13).toString(Qt::ISODate)};
    const Run days = run(
        QStringList{QStringLiteral("calendar"), QStringLiteral("days")} + range +
        QStringList{QStringLiteral("--weekdays"), QStringLiteral("1,2"), QStringLiteral("--database"), db});
    QVERIFY2(days.exitCode == 0, qPrintable(days.err));
    QStringList expected;
    for (const QString &day : days.lines())
        expected += day + QLatin1Char('\t') + children.at(0) + QStringLiteral("\tbooked");
    QVERIFY(!expected.isEmpty());
    const QStringList bookFirst =
        QStringList{QStringLiteral("book"),    QStringLiteral("--household"), file,
                    QStringLiteral("--child"), children.at(0).toUpper(),      QStringLiteral("--activity"),
                    QStringLiteral("cantine")} +
        range +
        QStringList{QStringLiteral("--weekdays"), QStringLiteral("1,2"), QStringLiteral("--database"), db};
    Run r = run(bookFirst);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(), expected);
    const int booked = int(expected.size());
    QVERIFY2(r.err.contains(QStringLiteral(": %1 ").arg(before)) &&
                 r.err.contains(QStringLiteral(", %1 ").arg(before - booked)),
             qPrintable(r.err));
    QCOMPARE(sqlValue(db, balanceSql).toInt(), before - booked);
    QCOMPARE(sqlValue(db, liveSql).toInt(), stillBooked + booked);

    // The same days again: nothing to book, nothing written.
    r = run(bookFirst);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(sqlValue(db, balanceSql).toInt(), before - booked);

    // Cancel the Tuesdays: their tickets come back.
    QStringList cancelTuesdays = bookFirst;
    cancelTuesdays[cancelTuesdays.indexOf(QStringLiteral("1,2"))] = QStringLiteral("2");
    cancelTuesdays += QStringLiteral("--cancel");
    r = run(cancelTuesdays);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    int tuesdays = 0;
    for (const QString &line : r.lines()) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        QCOMPARE(parts.size(), qsizetype(3));
        QCOMPARE(QDate::fromString(parts.at(0), Qt::ISODate).dayOfWeek(), 2);
        QCOMPARE(parts.at(2), QStringLiteral("cancelled"));
        ++tuesdays;
    }
    QVERIFY(tuesdays > 0);
    QCOMPARE(sqlValue(db, balanceSql).toInt(), before - booked + tuesdays);

    // Both children, far more days than the wallet holds: refused as a whole.
    const int bookings = sqlValue(db, QStringLiteral("SELECT count(*) FROM booking")).toInt();
    const int movements = sqlValue(db, QStringLiteral("SELECT count(*) FROM wallet_movement")).toInt();
    r = run({QStringLiteral("book"), QStringLiteral("--household"), file, QStringLiteral("--all-children"),
             QStringLiteral("--activity"), QStringLiteral("cantine"), QStringLiteral("--from"),
             monday.toString(Qt::ISODate), QStringLiteral("--to"), monday.addDays(380).toString(Qt::ISODate),
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QString::number(before - booked + tuesdays)), qPrintable(r.err));
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM booking")).toInt(), bookings);
    QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM wallet_movement")).toInt(), movements);

    // Both children on the Thursday: one line each.
    const QString thursday = monday.addDays(3).toString(Qt::ISODate);
    r = run({QStringLiteral("book"), QStringLiteral("--household"), file, QStringLiteral("--all-children"),
             QStringLiteral("--activity"), QStringLiteral("cantine"), QStringLiteral("--from"), thursday,
             QStringLiteral("--to"), thursday, QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.lines(),
             (QStringList{thursday + QLatin1Char('\t') + children.at(0) + QStringLiteral("\tbooked"),
                          thursday + QLatin1Char('\t') + children.at(1) + QStringLiteral("\tbooked")}));

    // Usage errors: exit 2, nothing done.
    r = run({QStringLiteral("book"), QStringLiteral("--household"), file, QStringLiteral("--all-children"),
             QStringLiteral("--activity"), QStringLiteral("piscine"), QStringLiteral("--from"), thursday,
             QStringLiteral("--to"), thursday, QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("cantine")), qPrintable(r.err));
    r = run({QStringLiteral("book"), QStringLiteral("--household"), file, QStringLiteral("--activity"),
             QStringLiteral("cantine"), QStringLiteral("--from"), thursday, QStringLiteral("--to"), thursday,
             QStringLiteral("--database"), db});
    QCOMPARE(r.exitCode, 2); // two children: which one?

    // The kitchen's count for the Thursday: every canteen booking of the day, school by school.
    r = run(
        {QStringLiteral("kitchen"), QStringLiteral("--date"), thursday, QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    int meals = 0;
    for (const QString &line : r.lines())
        if (!line.startsWith(QLatin1Char('\t')))
            meals += line.section(QLatin1Char('\t'), 2, 2).toInt();
    QCOMPARE(meals, sqlValue(db, QStringLiteral(
                                     "SELECT count(*) FROM booking b JOIN activity a ON a.id = b.activity_id "
                                     "WHERE a.counts_meals = 1 AND b.service_day = '%1' AND b.status NOT IN "
                                     "('cancelled', 'excused')")
                                     .arg(thursday))
                        .toInt());
    QVERIFY(meals >= 2);
    r = run({QStringLiteral("kitchen"), QStringLiteral("--date"), thursday, QStringLiteral("--csv"),
             QStringLiteral("--database"), db});
    QVERIFY2(r.lines().value(0).contains(QStringLiteral("Date;")),
             qPrintable(r.out)); // the BOM: tst_attendance
    QCOMPARE(r.lines().size(),
             qsizetype(1) +
                 sqlValue(db, QStringLiteral("SELECT count(DISTINCT c.school_id) FROM booking b JOIN child c "
                                             "ON c.id = b.child_id JOIN activity a ON a.id = b.activity_id "
                                             "WHERE a.counts_meals = 1 AND b.service_day = '%1' AND b.status "
                                             "NOT IN ('cancelled', 'excused')")
                                  .arg(thursday))
                     .toInt());
    // The staff's list of the first child's school names the child.
    const QString school =
        sqlValue(db, QStringLiteral("SELECT s.name FROM school s JOIN child c ON c.school_id = "
                                    "s.id JOIN household_child hc ON hc.child_id = c.id WHERE "
                                    "hc.household_id = %1 ORDER BY c.id LIMIT 1")
                         .arg(household))
            .toString();
    r = run({QStringLiteral("attendance"), QStringLiteral("--date"), thursday, QStringLiteral("--school"),
             school, QStringLiteral("--activity"), QStringLiteral("cantine"), QStringLiteral("--database"),
             db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1Char(' ') + children.at(0) + QLatin1Char('\t')), qPrintable(r.out));

    r = run({QStringLiteral("verify"), QStringLiteral("--database"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

// A machine in the C locale: the help is French, Qt's own lines included.
void TestCli::helpIsFrenchOnAMachineWithoutLanguage()
{
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(m_cli, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("Affiche l'aide sur les options de la ligne de")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Commandes :")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Displays")), qPrintable(out));
}

void TestCli::unknownCommand()
{
    const Run r = run({QStringLiteral("frobnicate"), QStringLiteral("--database"), m_demo});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::demoCreatedTheHouseholds()
{
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM household")).toInt(), 60);
    // File numbers are this counter's (SO1 by default), 1 to 60, and the series says so.
    QCOMPARE(
        sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM household WHERE file_number LIKE 'SO1-%' AND "
                                        "length(file_number) <= 6"))
            .toInt(),
        60);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM household WHERE file_number = 'SO1-60'"))
                 .toInt(),
             1);
    QCOMPARE(
        sqlValue(m_demo, QStringLiteral("SELECT last_number FROM number_series WHERE series = 'SO1-DOSSIER'"))
            .toInt(),
        60);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM household_search")).toInt(), 60);
    QCOMPARE(
        sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM household WHERE NOT EXISTS (SELECT 1 FROM "
                                        "guardian g WHERE g.household_id = household.id AND g.is_payer = 1)"))
            .toInt(),
        0);
    QVERIFY(sqlValue(m_demo, QStringLiteral("SELECT count(*) FROM child")).toInt() >= 60);
    QCOMPARE(sqlValue(m_demo, QStringLiteral("PRAGMA user_version")).toInt(),
             Database::supportedSchemaVersion());
}

void TestCli::search_data()
{
    QTest::addColumn<QString>("text");
    // A line with this file number must be among the results; empty: no result at all; "*": anything but
    // every household.
    QTest::addColumn<QString>("expectedFileNumber");

    // Words taken from the demo database itself, so the rows hold whatever the generator produced.
    const QString name =
        sqlValue(m_demo, QStringLiteral("SELECT name FROM household WHERE file_number = 'SO1-1'")).toString();
    const QString payerFirst =
        sqlValue(m_demo, QStringLiteral("SELECT g.first_name FROM guardian g JOIN household "
                                        "h ON h.id = g.household_id WHERE h.file_number = 'SO1-2' "
                                        "AND g.is_payer = 1"))
            .toString();
    const QString payerLast =
        sqlValue(m_demo, QStringLiteral("SELECT name FROM household WHERE file_number = 'SO1-2'")).toString();
    const QString phone =
        sqlValue(m_demo, QStringLiteral("SELECT g.phone_mobile FROM guardian g JOIN household h ON "
                                        "h.id = g.household_id WHERE h.file_number = 'SO1-3' AND "
                                        "g.is_payer = 1"))
            .toString();
    const QString ine =
        sqlValue(m_demo, QStringLiteral("SELECT ine FROM child WHERE ine IS NOT NULL ORDER BY id LIMIT 1"))
            .toString();
    const QString ineFile =
        sqlValue(m_demo, QStringLiteral("SELECT min(h.file_number) FROM household h JOIN "
                                        "household_child hc ON hc.household_id = h.id JOIN child c "
                                        "ON c.id = hc.child_id WHERE c.ine = '%1'")
                             .arg(ine))
            .toString();
    QVERIFY(!name.isEmpty() && !payerFirst.isEmpty() && !phone.isEmpty() && ine.size() == 11 &&
            !ineFile.isEmpty());

    const QString first = QStringLiteral("SO1-1"), second = QStringLiteral("SO1-2"),
                  third = QStringLiteral("SO1-3");
    QTest::newRow("household name as stored") << name << first;
    QTest::newRow("household name folded") << foldText(name) << first;
    QTest::newRow("household name upper case") << name.toUpper() << first;
    QTest::newRow("payer first and last name") << (payerFirst + QLatin1Char(' ') + payerLast) << second;
    QTest::newRow("payer mobile as read out") << phone << third;
    QTest::newRow("payer mobile digits") << QString(phone).remove(QLatin1Char(' ')) << third;
    QTest::newRow("INE") << ine << ineFile;
    QTest::newRow("INE lower case") << ine.toLower() << ineFile;
    QTest::newRow("file number as printed") << QStringLiteral("SO1-3") << third;
    QTest::newRow("file number lower case") << QStringLiteral("so1-3") << third;
    QTest::newRow("nothing found") << QStringLiteral("zzqxw") << QString();
    QTest::newRow("FTS syntax") << QStringLiteral("\" OR \"\" *") << QStringLiteral("*"); // "or": orange.fr
    QTest::newRow("FTS column filter") << QStringLiteral("words:a") << QString();
    QTest::newRow("punctuation only") << QStringLiteral("'") << QString();
}

void TestCli::search()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedFileNumber);
    const Run r = run({QStringLiteral("search"), QStringLiteral("--database"), m_demo,
                       QStringLiteral("--limit"), QStringLiteral("100"), text});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.lines();
    QVERIFY(lines.size() < 60); // never everything
    QStringList fileNumbers;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), qsizetype(5)); // number, household, status, guardians, children
        QVERIFY2(fields.at(0).startsWith(QLatin1String("SO1-")), qPrintable(line));
        fileNumbers += fields.at(0);
        QVERIFY(!fields.at(1).isEmpty());
    }
    if (expectedFileNumber.isEmpty())
        QVERIFY2(lines.isEmpty(), qPrintable(r.out));
    else if (expectedFileNumber != QLatin1String("*"))
        QVERIFY2(fileNumbers.contains(expectedFileNumber), qPrintable(r.out));
    // The count on stderr ("3 household(s) found.") matches the lines, in any language.
    static const QRegularExpression count(QStringLiteral("^(\\d+)\\D"));
    const auto match = count.match(r.err.trimmed() + QLatin1Char(' '));
    QVERIFY2(match.hasMatch(), qPrintable(r.err));
    QCOMPARE(match.captured(1).toLongLong(), qint64(lines.size()));
}

void TestCli::searchDoesNotCreateAMissingDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    const Run r =
        run({QStringLiteral("search"), QStringLiteral("--database"), path, QStringLiteral("lefevre")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing.sqlite")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

// A file this account may only read (a backup on a read-only disk, a copy given to the IT person): the
// read commands read it, the others are refused with the reason; not a byte changes and nothing is
// created next to it.
void TestCli::readOnlyDatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedOutput"); // empty: refused as read-only
    QTest::newRow("search reads it") << QStringList{QStringLiteral("search"), QStringLiteral("SO1-1")}
                                     << QStringLiteral("SO1-1\t");
    QTest::newRow("verify reads it") << QStringList{QStringLiteral("verify")}
                                     << QStringLiteral("ok      ledger.balances");
    QTest::newRow("check reads it") << QStringList{QStringLiteral("check")}
                                    << QStringLiteral("readonly.sqlite");
    QTest::newRow("version reads it")
        << QStringList{QStringLiteral("version")} << QStringLiteral("readonly.sqlite");
    QTest::newRow("demo is refused") << QStringList{QStringLiteral("demo"), QStringLiteral("--households"),
                                                    QStringLiteral("5")}
                                     << QString();
    QTest::newRow("stress is refused")
        << QStringList{QStringLiteral("stress"), QStringLiteral("--count"), QStringLiteral("1")} << QString();
}

void TestCli::readOnlyDatabase()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedOutput);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = copyDemo(dir.path(), QStringLiteral("readonly.sqlite"));
    QVERIFY(!path.isEmpty());
    QString program = m_cli;
    QStringList prefix;
    if (isRoot()) {
        // root ignores file permissions: run as nobody, from a folder nobody can read but not write.
        program = dir.filePath(QStringLiteral("guichet-cli"));
        QVERIFY(QFile::copy(m_cli, program));
        QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                   QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                      QFile::ExeOther));
        prefix = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                             QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther)); // 0444
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const Run r = run(arguments + QStringList{QStringLiteral("--database"), path}, program, prefix);
    if (expectedOutput.isEmpty()) {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("read-only")) ||
                     r.err.contains(QStringLiteral("lecture seule")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("readonly.sqlite")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    } else {
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(expectedOutput), qPrintable(r.out));
    }
    QCOMPARE(fileHash(path), before);
    // No lock, journal or shared-memory file was left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); // let QTemporaryDir clean up
}

// The counter has the file open (its lock held, its journal in use): a read command reads beside it and
// sees what the counter committed; a write command is refused.
void TestCli::readCommandsRunBesideTheCounter()
{
    QTemporaryDir dir;
    const QString path = copyDemo(dir.path(), QStringLiteral("open.sqlite"));
    QVERIFY(!path.isEmpty());
    SystemClock clock;
    Database counter(clock);
    QVERIFY(counter.open(path).ok());
    QSqlQuery q(counter.connection());
    // What the counter's search index holds after a rename (its own reindex writes more columns).
    QVERIFY(
        q.exec(QStringLiteral("UPDATE household_search SET words = words || ' zebulon', title = 'Zébulon' "
                              "WHERE file_number = 'SO1-7'")));
    QCOMPARE(q.numRowsAffected(), 1);

    Run r = run({QStringLiteral("search"), QStringLiteral("zebulon"), QStringLiteral("--database"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("SO1-7\tZébulon\t")), qPrintable(r.out));
    r = run({QStringLiteral("verify"), QStringLiteral("--database"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    r = run({QStringLiteral("stress"), QStringLiteral("--count"), QStringLiteral("1"),
             QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("open.sqlite")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(r.err));
}

// A read command never upgrades a file written by an older version: it says how to upgrade it.
void TestCli::readCommandsDoNotUpgrade()
{
    QTemporaryDir dir;
    const QString path = copyDemo(dir.path(), QStringLiteral("older.sqlite"));
    QVERIFY(!path.isEmpty());
    sqlValue(path, QStringLiteral("PRAGMA user_version = 2"));
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const Run r = run({QStringLiteral("verify"), QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("older schema")) || r.err.contains(QStringLiteral("plus ancien")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
}

// A command holds the file (here a long stress run): the counter's open names it rather than "another
// window".
void TestCli::counterWaitsForACommand()
{
    QTemporaryDir dir;
    const QString path = copyDemo(dir.path(), QStringLiteral("busy.sqlite"));
    QVERIFY(!path.isEmpty());
    QProcess command;
    command.start(m_cli, {QStringLiteral("stress"), QStringLiteral("--count"), QStringLiteral("100000"),
                          QStringLiteral("--database"), path});
    QVERIFY(command.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 20000);
    SystemClock clock;
    Database counter(clock);
    const Status refused = counter.open(path);
    const qint64 pid = command.processId();
    command.kill();
    command.waitForFinished();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("The database %1 is in use by a guichet-cli command (process %2 on %3), a "
                            "verification for instance. Wait until it has finished and try again.")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).canonicalFilePath()))
                 .arg(pid)
                 .arg(QSysInfo::machineHostName()));
    // Its process gone, the lock is stale and the counter opens the file.
    QVERIFY(counter.open(path).ok());
}

void TestCli::tunablesForHugePages_data()
{
    QTest::addColumn<QByteArray>("current"); // GLIBC_TUNABLES now; "-": unset
    QTest::addColumn<QByteArray>("system");  // /sys/kernel/mm/transparent_hugepage/enabled
    QTest::addColumn<QByteArray>("wanted");  // "-": nothing to set
    const QByteArray madvise = "always [madvise] never\n";
    QTest::newRow("unset, madvise") << QByteArray("-") << madvise << QByteArray("glibc.malloc.hugetlb=1");
    QTest::newRow("empty, madvise") << QByteArray("") << madvise << QByteArray("glibc.malloc.hugetlb=1");
    QTest::newRow("others kept") << QByteArray("glibc.malloc.arena_max=2") << madvise
                                 << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    QTest::newRow("started again already")
        << QByteArray("glibc.malloc.hugetlb=1") << madvise << QByteArray("-");
    QTest::newRow("refused by the user")
        << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0") << madvise << QByteArray("-");
    QTest::newRow("always") << QByteArray("-") << QByteArray("[always] madvise never\n") << QByteArray("-");
    QTest::newRow("never") << QByteArray("-") << QByteArray("always madvise [never]\n") << QByteArray("-");
    QTest::newRow("no such setting") << QByteArray("-") << QByteArray() << QByteArray("-");
}

void TestCli::tunablesForHugePages()
{
    QFETCH(QByteArray, current);
    QFETCH(QByteArray, system);
    QFETCH(QByteArray, wanted);
    const auto tunables =
        guichet::tunablesForHugePages(current == "-" ? nullptr : current.constData(), system.toStdString());
    QCOMPARE(tunables ? QByteArray::fromStdString(*tunables) : QByteArray("-"), wanted);
}

// On a system whose huge pages are 'madvise' (this project's machines), the command line starts itself again,
// once, with malloc's huge pages asked for: the same process, arguments and standard input. Unless the user
// set the tunable otherwise.
void TestCli::startsAgainWithHugePages()
{
    QFile setting(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!setting.open(QIODevice::ReadOnly) || !setting.readAll().contains("[madvise]"))
        QSKIP("This system's transparent huge pages are not 'madvise': the command line has nothing to ask.");
    QTemporaryDir dir;
    for (const QByteArray &given : {QByteArray(), QByteArray("glibc.malloc.hugetlb=0")}) {
        const QString path = copyDemo(dir.path(), QStringLiteral("huge%1.sqlite").arg(given.size()));
        QVERIFY(!path.isEmpty());
        QProcess command;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        if (!given.isEmpty())
            env.insert(QStringLiteral("GLIBC_TUNABLES"), QString::fromLatin1(given));
        command.setProcessEnvironment(env);
        // A command acting as a user waits for the password on stdin: it is running, started again or not.
        command.start(m_cli, {QStringLiteral("till"), QStringLiteral("open"), QStringLiteral("--float"),
                              QStringLiteral("150,00"), QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--database"), path});
        QVERIFY(command.waitForStarted());
        QFile environ(QStringLiteral("/proc/%1/environ").arg(command.processId()));
        QByteArray tunables;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!environ.open(QIODevice::ReadOnly))
                    return false;
                const QList<QByteArray> variables = environ.readAll().split('\0');
                environ.close();
                for (const QByteArray &variable : variables)
                    if (variable.startsWith("GLIBC_TUNABLES="))
                        tunables = variable.mid(int(qstrlen("GLIBC_TUNABLES=")));
                return !tunables.isEmpty();
            }(),
            10000);
        QCOMPARE(tunables, given.isEmpty() ? QByteArray("glibc.malloc.hugetlb=1") : given);
        // Its standard input is the one it was given: the password reaches the command, which goes as far as
        // the demo's till, open already.
        command.write("demo\n");
        command.closeWriteChannel();
        QVERIFY(command.waitForFinished(30000));
        QCOMPARE(command.exitCode(), 1);
        const QByteArray refusal = command.readAllStandardError();
        QVERIFY2(refusal.startsWith("La caisse est déjà ouverte depuis le "), refusal.constData());
    }
}

void TestCli::newerDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("lefevre")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--households"),
                                         QStringLiteral("5")};
    QTest::newRow("version") << QStringList{QStringLiteral("version")};
}

void TestCli::newerDatabaseIsRefusedAndUntouched()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = copyDemo(dir.path(), QStringLiteral("newer.sqlite"));
    QVERIFY(!path.isEmpty());
    // What a newer version of the program would leave: a higher schema number.
    sqlValue(path, QStringLiteral("PRAGMA user_version = 999"));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 999);
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const Run r = run(arguments + QStringList{QStringLiteral("--database"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer version")) ||
                 r.err.contains(QStringLiteral("plus récente")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("999")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entriesBefore);
    QCOMPARE(sqlValue(path, QStringLiteral("SELECT count(*) FROM household")).toInt(), 60);
}

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestCli)
#include "tst_cli.moc"
