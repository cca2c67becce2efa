// The school calendar: public holidays (Easter computed), service days of the demo's 2026-2027 zone B
// year at its edges, schools' own weeks and closures, and the import of the official 2025-2026 zone B
// calendar as the Éducation nationale publishes it — an iCalendar file (CRLF, folded UTF-8 lines, escaped
// commas, a time zone block, all-day events, a teachers-only rentrée, a summer without end, other zones)
// and its open-data CSV (BOM, ';', UTC instants meaning midnight in Paris, one row per académie).
#include "Fixtures.h"
#include "TestDatabase.h"

#include "calendar/CalendarImport.h"
#include "calendar/SchoolCalendar.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

namespace guichet {

using test::must;
using test::TestDatabase;

namespace {

// The official 2025-2026 calendar, zones A, B and C in one file, written the way the ministry's export is.
const char OfficialIcs[] = "BEGIN:VCALENDAR\r\n"
                           "VERSION:2.0\r\n"
                           "PRODID:-//Ministere de l'Education nationale//Calendrier scolaire//FR\r\n"
                           "CALSCALE:GREGORIAN\r\n"
                           "X-WR-CALNAME:Calendrier scolaire 2025-2026\r\n"
                           "BEGIN:VTIMEZONE\r\n"
                           "TZID:Europe/Paris\r\n"
                           "BEGIN:DAYLIGHT\r\n"
                           "TZOFFSETFROM:+0100\r\n"
                           "TZOFFSETTO:+0200\r\n"
                           "TZNAME:CEST\r\n"
                           "DTSTART:19700329T020000\r\n"
                           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                           "END:DAYLIGHT\r\n"
                           "BEGIN:STANDARD\r\n"
                           "TZOFFSETFROM:+0200\r\n"
                           "TZOFFSETTO:+0100\r\n"
                           "TZNAME:CET\r\n"
                           "DTSTART:19701025T030000\r\n"
                           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                           "END:STANDARD\r\n"
                           "END:VTIMEZONE\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2025-rentree-enseignants@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20250829\r\n"
                           "SUMMARY:Rentrée scolaire des enseignants\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2025-rentree-eleves@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20250901\r\n"
                           "SUMMARY:Rentrée scolaire des élèves\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2025-toussaint@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20251018\r\n"
                           "DTEND;VALUE=DATE:20251103\r\n"
                           "SUMMARY:Vacances de la Toussaint\r\n"
                           "DESCRIPTION:Fin des cours : samedi 18 octobre 2025\\, reprise des cours : lun\r\n"
                           " di 3 novembre 2025\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2025-noel@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20251220\r\n"
                           "DTEND;VALUE=DATE:20260105\r\n"
                           "SUMMARY:Vacances de No\xc3\r\n"
                           " \xabl\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-hiver-a@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260207\r\n"
                           "DTEND;VALUE=DATE:20260223\r\n"
                           "SUMMARY:Vacances d'Hiver - Zone A\r\n"
                           "LOCATION:Besançon\\, Bordeaux\\, Clermont-Ferrand\\, Dijon\\, Grenoble\\, "
                           "Limoges\\, Lyon\\, Poitiers\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-hiver-b@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260214\r\n"
                           "DTEND;VALUE=DATE:20260302\r\n"
                           "SUMMARY:Vacances d'Hiver - Zone B\r\n"
                           "LOCATION:Aix-Marseille\\, Amiens\\, Lille\\, Nancy-Metz\\, Nantes\\, Nice\\, "
                           "Normandie\\, Orléans-Tours\\, Reims\\, Rennes\\, Strasbourg\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-hiver-c@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260221\r\n"
                           "DTEND;VALUE=DATE:20260309\r\n"
                           "SUMMARY:Vacances d'Hiver - Zone C\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-printemps-b@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;TZID=Europe/Paris:20260411T000000\r\n"
                           "DTEND;TZID=Europe/Paris:20260427T000000\r\n"
                           "SUMMARY:Vacances de Printemps - Zone B\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-ascension@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260515\r\n"
                           "DTEND;VALUE=DATE:20260518\r\n"
                           "SUMMARY:Pont de l'Ascension\r\n"
                           "END:VEVENT\r\n"
                           "BEGIN:VEVENT\r\n"
                           "UID:2026-ete@education.gouv.fr\r\n"
                           "DTSTAMP:20250101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260704\r\n"
                           "SUMMARY:Vacances d'Été\r\n"
                           "END:VEVENT\r\n"
                           "END:VCALENDAR\r\n";

// The same calendar as the open-data CSV export: BOM, ';', instants in UTC (2025-10-17T22:00:00+00:00 is
// midnight in Paris on the 18th), one row per académie, teachers' rows, a summer without end.
const char OfficialCsv[] =
    "\xEF\xBB\xBF"
    "Description;Population;Date de début;Date de fin;Location;Zones;annee_scolaire\r\n"
    "Rentrée scolaire des enseignants;Enseignants;2025-08-28T22:00:00+00:00;;Lille;Zone B;2025-2026\r\n"
    "Rentrée scolaire des élèves;Élèves;2025-08-31T22:00:00+00:00;;Lille;Zone B;2025-2026\r\n"
    "Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Lille;Zone "
    "B;2025-2026\r\n"
    "Vacances de la Toussaint;-;2025-10-17T22:00:00+00:00;2025-11-02T23:00:00+00:00;Amiens;Zone "
    "B;2025-2026\r\n"
    "Vacances de Noël;-;2025-12-19T23:00:00+00:00;2026-01-04T23:00:00+00:00;Lille;Zone B;2025-2026\r\n"
    "Vacances d'Hiver;-;2026-02-06T23:00:00+00:00;2026-02-22T23:00:00+00:00;Lyon;Zone A;2025-2026\r\n"
    "Vacances d'Hiver;-;2026-02-13T23:00:00+00:00;2026-03-01T23:00:00+00:00;Lille;Zone B;2025-2026\r\n"
    "Vacances d'Hiver;-;2026-02-13T23:00:00+00:00;2026-03-01T23:00:00+00:00;Corse;Corse;2025-2026\r\n"
    "Vacances de Printemps;-;2026-04-10T22:00:00+00:00;2026-04-26T22:00:00+00:00;Lille;Zone B;2025-2026\r\n"
    "\"Pont de l'Ascension\";-;2026-05-14T22:00:00+00:00;2026-05-17T22:00:00+00:00;Lille;Zone B;2025-2026\r\n"
    "Vacances d'Été;-;2026-07-03T22:00:00+00:00;;Lille;Zone B;2025-2026\r\n";

QStringList periodsIn(Database &db, const QString &source)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT label, zone, first_day, last_day FROM calendar_period WHERE source = ? "
                             "ORDER BY first_day"));
    q.addBindValue(source);
    if (!q.exec())
        return {QStringLiteral("<query failed>")};
    while (q.next())
        rows += QStringLiteral("%1|%2|%3|%4")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString());
    return rows;
}

const QStringList Expected2025{
    QStringLiteral("Vacances de la Toussaint|B|2025-10-18|2025-11-02"),
    QStringLiteral("Vacances de Noël|B|2025-12-20|2026-01-04"),
    QStringLiteral("Vacances d'Hiver|B|2026-02-14|2026-03-01"),
    QStringLiteral("Vacances de Printemps|B|2026-04-11|2026-04-26"),
    QStringLiteral("Pont de l'Ascension|B|2026-05-15|2026-05-17"),
    QStringLiteral("Vacances d'Été|B|2026-07-04|2026-08-31"),
};

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
    }

    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(SchoolCalendar::easterSunday(year), easter);
    }

    void publicHolidays()
    {
        const auto days = SchoolCalendar::publicHolidays(2026);
        QCOMPARE(days.size(), qsizetype(11));
        QStringList listed;
        for (const auto &[date, name] : days)
            listed += date.toString(Qt::ISODate) + QLatin1Char(' ') + name;
        QCOMPARE(
            listed,
            (QStringList{
                QStringLiteral("2026-01-01 New Year's Day"), QStringLiteral("2026-04-06 Easter Monday"),
                QStringLiteral("2026-05-01 Labour Day"), QStringLiteral("2026-05-08 Victory in Europe Day"),
                QStringLiteral("2026-05-14 Ascension Day"), QStringLiteral("2026-05-25 Whit Monday"),
                QStringLiteral("2026-07-14 Bastille Day"), QStringLiteral("2026-08-15 Assumption"),
                QStringLiteral("2026-11-01 All Saints' Day"), QStringLiteral("2026-11-11 Armistice Day"),
                QStringLiteral("2026-12-25 Christmas Day")}));
    }

    // The demo's year, 2026-2027 zone B as shipped: Monday, Tuesday, Thursday, Friday from 1 September 2026
    // to 3 July 2027, less holidays and public holidays.
    void serviceDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, QDate date, DayKind kind, const QString &reason) {
            QTest::newRow(name) << date << int(kind) << reason;
        };
        row("the day before the rentrée", QDate(2026, 8, 31), DayKind::OutsideSchoolYear,
            QStringLiteral("outside the school year"));
        row("the rentrée", QDate(2026, 9, 1), DayKind::Service, QString());
        row("a Wednesday", QDate(2026, 9, 2), DayKind::WeekdayOff, QStringLiteral("mercredi"));
        row("the Friday before the Toussaint", QDate(2026, 10, 16), DayKind::Service, QString());
        row("the Toussaint", QDate(2026, 10, 19), DayKind::Holiday,
            QStringLiteral("Vacances de la Toussaint"));
        row("back after the Toussaint", QDate(2026, 11, 2), DayKind::Service, QString());
        row("11 November", QDate(2026, 11, 11), DayKind::PublicHoliday, QStringLiteral("Armistice Day"));
        row("the winter holidays of zone B", QDate(2027, 3, 1), DayKind::Holiday,
            QStringLiteral("Vacances d'hiver"));
        row("Easter Monday", QDate(2027, 3, 29), DayKind::PublicHoliday, QStringLiteral("Easter Monday"));
        row("Ascension", QDate(2027, 5, 6), DayKind::PublicHoliday, QStringLiteral("Ascension Day"));
        row("the Ascension bridge", QDate(2027, 5, 7), DayKind::Holiday,
            QStringLiteral("Pont de l'Ascension"));
        row("Whit Monday", QDate(2027, 5, 17), DayKind::PublicHoliday, QStringLiteral("Whit Monday"));
        row("the last day of class", QDate(2027, 7, 2), DayKind::Service, QString());
        row("the first day of summer", QDate(2027, 7, 5), DayKind::OutsideSchoolYear,
            QStringLiteral("outside the school year"));
    }

    void serviceDays()
    {
        QFETCH(QDate, date);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        TestDatabase t;
        const CalendarDay day = must(SchoolCalendar(t.session()).day(date));
        QCOMPARE(int(day.kind), kind);
        QCOMPARE(day.reason, reason);
    }

    void wholeYearCount()
    {
        TestDatabase t;
        const auto days = must(SchoolCalendar(t.session()).days(QDate(2026, 9, 1), QDate(2027, 7, 3)));
        QCOMPARE(
            std::count_if(days.cbegin(), days.cend(), [](const CalendarDay &d) { return d.isServiceDay(); }),
            139);
        // Wednesdays too (a school with a five-day week, asked as such).
        const auto five =
            must(SchoolCalendar(t.session()).days(QDate(2026, 9, 1), QDate(2026, 9, 4), 0, {1, 2, 3, 4, 5}));
        QCOMPARE(
            std::count_if(five.cbegin(), five.cend(), [](const CalendarDay &d) { return d.isServiceDay(); }),
            4);
    }

    // A school's own week and a closure of one school change that school's days only.
    void schoolsOwnWeekAndClosures()
    {
        TestDatabase t;
        const qint64 ferry = test::addSchool(t.session(), QStringLiteral("École Jules-Ferry"));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO school_week (uuid, origin_site, school_year_id, school_id, weekdays, "
                           "updated_at) VALUES ('0190c000-0000-7000-8000-00000000a001', 's', 1, %1, "
                           "'1,2,4', '2026-09-01T00:00:00.000Z')")
                .arg(ferry)));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO calendar_period (uuid, origin_site, kind, school_id, label, "
                           "first_day, last_day, updated_at) VALUES ('0190c000-0000-7000-8000-00000000a002', "
                           "'s', 'closure', %1, 'Travaux de la cantine', '2026-09-07', '2026-09-08', "
                           "'2026-09-01T00:00:00.000Z')")
                .arg(ferry)));
        SchoolCalendar calendar(t.session());
        QCOMPARE(int(must(calendar.day(QDate(2026, 9, 4), ferry)).kind),
                 int(DayKind::WeekdayOff)); // a Friday
        QCOMPARE(int(must(calendar.day(QDate(2026, 9, 4))).kind), int(DayKind::Service));
        const CalendarDay closed = must(calendar.day(QDate(2026, 9, 7), ferry));
        QCOMPARE(int(closed.kind), int(DayKind::Closure));
        QCOMPARE(closed.reason, QStringLiteral("Travaux de la cantine"));
        QCOMPARE(int(must(calendar.day(QDate(2026, 9, 7))).kind), int(DayKind::Service));
        QCOMPARE(must(calendar.schoolIdByName(QStringLiteral(" École Jules-Ferry "))), ferry);
        QVERIFY(!calendar.schoolIdByName(QStringLiteral("École inconnue")).ok());
        QVERIFY(!calendar.days(QDate(2026, 9, 8), QDate(2026, 9, 1)).ok()); // reversed
    }

    void importIcs()
    {
        TestDatabase t;
        CalendarImport import(t.session());
        const auto report = import.importContent(QByteArray(OfficialIcs));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().added, 6);
        QCOMPARE(report.value().alreadyThere, 0);
        QCOMPARE(
            report.value().ignored,
            (QStringList{QStringLiteral("Rentrée scolaire des enseignants (teachers only)"),
                         QStringLiteral("Rentrée scolaire des élèves (the first day of a school year is set "
                                        "under School years)"),
                         QStringLiteral("Vacances d'Hiver - Zone A (zone A)"),
                         QStringLiteral("Vacances d'Hiver - Zone C (zone C)")}));
        QCOMPARE(periodsIn(t.db(), QStringLiteral("import")), Expected2025);
        // Again: nothing new.
        const auto again = import.importContent(QByteArray(OfficialIcs));
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().alreadyThere, 6);
        QCOMPARE(periodsIn(t.db(), QStringLiteral("import")), Expected2025);
        // Another zone's file reading: zone A keeps A's winter and drops B's.
        QStringList ignored;
        const auto zoneA = CalendarImport::parseIcs(QByteArray(OfficialIcs), QStringLiteral("A"), &ignored);
        QVERIFY(zoneA.ok());
        QCOMPARE(zoneA.value().at(2).first, QDate(2026, 2, 7));
        QCOMPARE(zoneA.value().at(2).zone, QStringLiteral("A"));
    }

    void importCsv()
    {
        TestDatabase t;
        const auto report = CalendarImport(t.session()).importContent(QByteArray(OfficialCsv));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report.value().added, 6);
        QCOMPARE(report.value().ignored.size(), qsizetype(4)); // teachers, rentrée, zone A, Corse
        QVERIFY(report.value().ignored.contains(QStringLiteral("Vacances d'Hiver (zone Corse)")));
        QCOMPARE(periodsIn(t.db(), QStringLiteral("import")), Expected2025);
        // The same calendar as .ics after the .csv: nothing new.
        const auto ics = CalendarImport(t.session()).importContent(QByteArray(OfficialIcs));
        QCOMPARE(ics.value().added, 0);
        QCOMPARE(ics.value().alreadyThere, 6);
    }

    void malformedFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QByteArray broken(OfficialIcs);
        broken.replace("SUMMARY:Vacances de la Toussaint\r\n", "Vacances de la Toussaint\r\n");
        QTest::newRow("a line that is not a property")
            << broken
            << QStringLiteral(
                   "Line 40: \"Vacances de la Toussaint\" is not an iCalendar line (NAME:value). The file "
                   "is damaged: download it again.");
        QByteArray cut(OfficialIcs);
        cut.chop(int(qstrlen("END:VEVENT\r\nEND:VCALENDAR\r\n")));
        QTest::newRow("cut short") << cut
                                   << QStringLiteral(
                                          "Line 89: BEGIN:VEVENT is never closed. The file is damaged or cut "
                                          "short: download it again.");
        QByteArray noStart(OfficialIcs);
        noStart.replace("DTSTART;VALUE=DATE:20251220\r\n", "");
        QTest::newRow("an event without a start")
            << noStart
            << QStringLiteral(
                   "Line 44: the event \"Vacances de Noël\" has no start date (DTSTART); nothing was "
                   "imported.");
        QByteArray csvFields(OfficialCsv);
        csvFields.replace("Vacances de Noël;-;", "Vacances de Noël;");
        QTest::newRow("CSV row with a field missing")
            << csvFields
            << QStringLiteral("Line 6: 6 fields where the header (line 1) has 7; nothing was imported.");
        QByteArray csvDate(OfficialCsv);
        csvDate.replace("2026-02-13T23:00:00+00:00;2026-03-01T23:00:00+00:00;Lille",
                        "2026-13-45;2026-03-01T23:00:00+00:00;Lille");
        QTest::newRow("CSV date that is not one")
            << csvDate << QStringLiteral("Line 8: \"2026-13-45\" is not a date; nothing was imported.");
        QTest::newRow("something else")
            << QByteArray("<html><body>404</body></html>")
            << QStringLiteral("Line 1: the column \"Description\" is missing: is this the "
                              "Éducation nationale's calendar export (';' between fields)?");
    }

    void malformedFilesImportNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        TestDatabase t;
        const int before = test::rowCount(t.db(), QStringLiteral("calendar_period"));
        const auto report = CalendarImport(t.session()).importContent(content);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().message, message);
        QCOMPARE(test::rowCount(t.db(), QStringLiteral("calendar_period")), before);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestCalendar)
#include "tst_calendar.moc"
