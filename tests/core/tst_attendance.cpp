// The day itself: attendance taken on the day (an excused absence gives the ticket back, once, with its
// reason), the staff's list of a school and activity with what they must know, and the kitchen's counts
// per school and day with the diets and the children to watch — checked by content, CSV bytes included.
// The test clock starts on Tuesday 1 September 2026 at 08:30 in Paris.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "integrity/InvariantChecker.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "wallet/WalletService.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace guichet {

using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

class TestAttendance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cantine = 0;
    qint64 m_garderieSoir = 0;
    qint64 m_school = 0;

    Session &session() { return m_db->session(); }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(sql));
    }

    QString value(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    // A validated family whose children go to the test school, each with 10 tickets of both activities,
    // booked for Thursday 3 and Friday 4 September.
    test::BuiltFamily family(const QString &payer, const QStringList &children)
    {
        FamilyBuilder builder(session());
        builder.payer(payer, QStringLiteral("Claire"));
        for (const QString &child : children)
            builder.child(child);
        const auto built = builder.validated().build();
        for (const qint64 child : built.childIds)
            exec(QStringLiteral("UPDATE child SET school_id = %1 WHERE id = %2").arg(m_school).arg(child));
        for (const qint64 activity : {m_cantine, m_garderieSoir}) {
            test::buyTickets(session(), built.householdId, activity, 10);
            test::bookDays(session(), built.householdId, built.childIds, activity, QDate(2026, 9, 3),
                           QDate(2026, 9, 4));
        }
        return built;
    }

    qint64 bookingOf(qint64 child, const QString &day, qint64 activity)
    {
        return value(QStringLiteral("SELECT id FROM booking WHERE child_id = %1 AND service_day = '%2' AND "
                                    "activity_id = %3")
                         .arg(child)
                         .arg(day)
                         .arg(activity))
            .toLongLong();
    }

    void verifyHolds() { QCOMPARE(test::verifyFindings(session()), QString()); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(session().catalog().activities())) {
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
            if (a.code == QLatin1String("garderie_soir"))
                m_garderieSoir = a.id;
        }
        exec(QStringLiteral(
            "INSERT INTO school (uuid, name, kind, created_at) VALUES ('s1', 'École Jean-Macé', "
            "'primaire', 'now'), ('s2', 'École Condorcet', 'elementaire', 'now')"));
        m_school = value(QStringLiteral("SELECT id FROM school WHERE uuid = 's1'")).toLongLong();
        QVERIFY(m_cantine && m_garderieSoir && m_school);
    }

    // Present, absent, excused: on the day or after; an excused absence needs its reason, gives the ticket
    // back to its lot and stays excused.
    void attendanceIsTakenOnTheDay()
    {
        const auto built = family(QStringLiteral("Martin"), {QStringLiteral("Léa")});
        const qint64 lea = built.childIds.first();
        AttendanceService &attendance = session().attendance();
        m_db->clock().set(QDateTime(QDate(2026, 9, 3), QTime(12, 0), QTimeZone("Europe/Paris")));
        const qint64 thursday = bookingOf(lea, QStringLiteral("2026-09-03"), m_cantine);
        const qint64 friday = bookingOf(lea, QStringLiteral("2026-09-04"), m_cantine);

        Status s = attendance.mark(friday, Attendance::Present);
        QVERIFY(!s);
        QCOMPARE(s.error().message,
                 QStringLiteral("Attendance is taken on the day: 04/09/2026 is still to come."));
        QVERIFY(attendance.mark(thursday, Attendance::Present));
        QVERIFY(attendance.mark(thursday, Attendance::Absent)); // a mistake corrected
        QCOMPARE(value(QStringLiteral("SELECT status FROM booking WHERE id = %1").arg(thursday)),
                 QStringLiteral("absent"));
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)),
                 8); // an absence uses its ticket

        s = attendance.mark(thursday, Attendance::Excused, QStringLiteral("  "));
        QVERIFY(!s);
        QCOMPARE(s.error().message,
                 QStringLiteral("Say why the absence is excused (a medical certificate, for instance)."));
        QVERIFY(
            attendance.mark(thursday, Attendance::Excused, QStringLiteral("Certificat médical du Dr Roux")));
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 9);
        QCOMPARE(value(QStringLiteral("SELECT note FROM booking WHERE id = %1").arg(thursday)),
                 QStringLiteral("Certificat médical du Dr Roux"));
        QCOMPARE(
            value(QStringLiteral(
                      "SELECT reverses_id = (SELECT id FROM wallet_movement WHERE booking_id = %1 AND "
                      "kind = 'booking') FROM wallet_movement WHERE booking_id = %1 AND kind = 'excused'")
                      .arg(thursday)),
            QStringLiteral("1"));
        s = attendance.mark(thursday, Attendance::Present);
        QVERIFY(!s);
        QCOMPARE(s.error().message,
                 QStringLiteral("The absence of Léa on 03/09/2026 is already excused and the "
                                "ticket given back: it stays so."));
        s = attendance.mark(thursday, Attendance::Excused, QStringLiteral("again"));
        QVERIFY(!s);
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 9); // given back once
        // The database agrees: an excused booking does not change status, whoever writes.
        QSqlQuery q(m_db->db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE booking SET status = 'present' WHERE id = %1").arg(thursday)));
        verifyHolds();
    }

    // "Everyone else came": after the absent ones are marked, the rest of the school's list for the activity
    // is present in one go — not the absent, the excused, the cancelled, another school or activity, or a day
    // still to come.
    void theRestOfTheListIsPresent()
    {
        const auto martin = family(QStringLiteral("Martin"), {QStringLiteral("Léa"), QStringLiteral("Hugo")});
        const auto roux = family(QStringLiteral("Roux"), {QStringLiteral("Zoé")});
        const qint64 lea = martin.childIds.at(0), hugo = martin.childIds.at(1), zoe = roux.childIds.first();
        const qint64 otherSchool =
            value(QStringLiteral("SELECT id FROM school WHERE uuid = 's2'")).toLongLong();
        exec(QStringLiteral("UPDATE child SET school_id = %1 WHERE id = %2").arg(otherSchool).arg(zoe));
        AttendanceService &attendance = session().attendance();
        m_db->clock().set(QDateTime(QDate(2026, 9, 3), QTime(14, 0), QTimeZone("Europe/Paris")));
        const auto early = attendance.markRemainingPresent(QDate(2026, 9, 4), m_school, m_cantine);
        QVERIFY(!early);
        QCOMPARE(early.error().message,
                 QStringLiteral("Attendance is taken on the day: 04/09/2026 is still to come."));
        QVERIFY(
            attendance.mark(bookingOf(hugo, QStringLiteral("2026-09-03"), m_cantine), Attendance::Absent));

        QCOMPARE(must(attendance.markRemainingPresent(QDate(2026, 9, 3), m_school, m_cantine)), 1);
        const auto status = [&](qint64 child, const char *day, qint64 activity) {
            return value(QStringLiteral("SELECT status FROM booking WHERE id = %1")
                             .arg(bookingOf(child, QString::fromLatin1(day), activity)));
        };
        QCOMPARE(status(lea, "2026-09-03", m_cantine), QStringLiteral("present"));
        QCOMPARE(status(hugo, "2026-09-03", m_cantine), QStringLiteral("absent"));
        QCOMPARE(status(zoe, "2026-09-03", m_cantine), QStringLiteral("booked"));      // another school
        QCOMPARE(status(lea, "2026-09-03", m_garderieSoir), QStringLiteral("booked")); // another activity
        QCOMPARE(status(lea, "2026-09-04", m_cantine), QStringLiteral("booked"));      // another day
        QCOMPARE(must(attendance.markRemainingPresent(QDate(2026, 9, 3), m_school, m_cantine)), 0);
        QCOMPARE(must(session().wallet().balance(martin.householdId, m_cantine)), 6); // no ticket moves
        verifyHolds();
    }

    // A child present without a booking: booked as present and charged — one ticket and the activity's
    // surcharge — from the wallet; what the wallet does not have is owed, shown, and taken from the next
    // tickets bought, in the payment's transaction. An excused walk-in gives back all it took.
    void presentWithoutABookingIsChargedOrOwed()
    {
        const auto built = family(QStringLiteral("Martin"), {QStringLiteral("Léa"), QStringLiteral("Hugo")});
        const qint64 lea = built.childIds.at(0), hugo = built.childIds.at(1);
        BookingService &bookings = session().bookings();
        exec(QStringLiteral("UPDATE activity SET walk_in_surcharge = 1 WHERE id = %1").arg(m_cantine));
        // Wednesday 2: not a service day; Monday 7 still to come; Thursday 3 already booked.
        m_db->clock().set(QDateTime(QDate(2026, 9, 4), QTime(14, 0), QTimeZone("Europe/Paris")));
        auto refused = bookings.walkIn(lea, m_cantine, QDate(2026, 9, 2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("There is no service on 02/09/2026")),
                 qPrintable(refused.error().message));
        refused = bookings.walkIn(lea, m_cantine, QDate(2026, 9, 7));
        QCOMPARE(refused.error().message,
                 QStringLiteral("Attendance is taken on the day: 07/09/2026 is still to come."));
        refused = bookings.walkIn(lea, m_cantine, QDate(2026, 9, 3));
        QCOMPARE(refused.error().message,
                 QStringLiteral("Léa is already on the list of 03/09/2026 for Cantine "
                                "(booked): mark the attendance there."));

        // Cancel Friday for both (a ticket back each): the wallet holds 8; then both come anyway, and ask 2
        // each.
        BookingRequest friday;
        friday.householdId = built.householdId;
        friday.childIds = {lea, hugo};
        friday.activityId = m_cantine;
        friday.from = friday.to = QDate(2026, 9, 4);
        friday.cancel = true;
        m_db->clock().set(QDateTime(QDate(2026, 9, 3), QTime(9, 0), QTimeZone("Europe/Paris")));
        QVERIFY(bookings.apply(friday));
        m_db->clock().set(QDateTime(QDate(2026, 9, 4), QTime(14, 0), QTimeZone("Europe/Paris")));
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 8);
        // Spend all but 3 of the wallet on later days, so that Hugo's walk-in runs out.
        BookingRequest later = friday;
        later.cancel = false;
        later.childIds = {lea};
        later.from = QDate(2026, 9, 7);
        later.to = QDate(2026, 9, 14);
        QCOMPARE(must(bookings.apply(later)).taken(), 5);
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 3);

        const WalkIn leaIn = must(bookings.walkIn(lea, m_cantine, QDate(2026, 9, 4)));
        QCOMPARE(leaIn.householdId, built.householdId);
        QCOMPARE(leaIn.ticketsTaken, 2);
        QCOMPARE(leaIn.ticketsOwed, 0);
        const WalkIn hugoIn = must(bookings.walkIn(hugo, m_cantine, QDate(2026, 9, 4)));
        QCOMPARE(hugoIn.ticketsTaken, 1);
        QCOMPARE(hugoIn.ticketsOwed, 1);
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 0);
        QCOMPARE(must(session().wallet().owed(built.householdId, m_cantine)), 1);
        QCOMPARE(value(QStringLiteral(
                           "SELECT status || ' ' || walk_in || ' ' || tickets_due || ' ' || tickets_owed "
                           "FROM booking WHERE id = %1")
                           .arg(hugoIn.bookingId)),
                 QStringLiteral("present 1 2 1"));
        QCOMPARE(value(QStringLiteral(
                           "SELECT group_concat(kind, ',') FROM (SELECT kind FROM wallet_movement WHERE "
                           "booking_id = %1 ORDER BY id)")
                           .arg(leaIn.bookingId)),
                 QStringLiteral("booking,surcharge"));
        const AttendanceList list = must(session().attendance().list(QDate(2026, 9, 4), m_school, m_cantine));
        QCOMPARE(list.lines.size(), qsizetype(2)); // the cancelled bookings are not on it; the walk-ins are
        verifyHolds();

        // Tickets bought: what is owed comes out first, in the payment's transaction.
        test::buyTickets(session(), built.householdId, m_cantine, 5);
        QCOMPARE(must(session().wallet().owed(built.householdId, m_cantine)), 0);
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 4);
        QCOMPARE(
            value(QStringLiteral("SELECT tickets_owed FROM booking WHERE id = %1").arg(hugoIn.bookingId)),
            QStringLiteral("0"));
        verifyHolds();

        // Recorded by mistake: excused, every ticket it took goes back.
        QVERIFY(session().attendance().mark(leaIn.bookingId, Attendance::Excused,
                                            QStringLiteral("Erreur de saisie")));
        QCOMPARE(must(session().wallet().balance(built.householdId, m_cantine)), 6);
        verifyHolds();

        // The database holds the rule: what a booking owes never goes up.
        QSqlQuery q(m_db->db().connection());
        QVERIFY(!q.exec(
            QStringLiteral("UPDATE booking SET tickets_owed = 1 WHERE id = %1").arg(hugoIn.bookingId)));
    }

    // A booking whose tickets were taken and owed at once is seen by verify when its owed count is forged.
    void verifySeesAForgedDebt()
    {
        const auto built = family(QStringLiteral("Martin"), {QStringLiteral("Léa")});
        m_db->clock().set(QDateTime(QDate(2026, 9, 3), QTime(14, 0), QTimeZone("Europe/Paris")));
        exec(QStringLiteral("DROP TRIGGER booking_fixed"));
        exec(QStringLiteral(
                 "UPDATE booking SET tickets_owed = 1 WHERE child_id = %1 AND service_day = '2026-09-03' "
                 "AND activity_id = %2")
                 .arg(built.childIds.first())
                 .arg(m_cantine));
        const QString findings = test::verifyFindings(session());
        QVERIFY2(findings.contains(QStringLiteral("bookings.tickets")) &&
                     findings.contains(QStringLiteral("it costs 1 ticket(s), the wallet took 1")),
                 qPrintable(findings));
    }

    // A cancelled booking has no attendance; an attended day can no longer be cancelled.
    void cancelledAndAttendedDays()
    {
        const auto built = family(QStringLiteral("Martin"), {QStringLiteral("Léa")});
        const qint64 lea = built.childIds.first();
        BookingRequest cancel;
        cancel.householdId = built.householdId;
        cancel.childIds = {lea};
        cancel.activityId = m_cantine;
        cancel.from = cancel.to = QDate(2026, 9, 4);
        cancel.cancel = true;
        QVERIFY(session().bookings().apply(cancel));
        m_db->clock().set(QDateTime(QDate(2026, 9, 4), QTime(18, 0), QTimeZone("Europe/Paris")));
        const Status s = session().attendance().mark(bookingOf(lea, QStringLiteral("2026-09-04"), m_cantine),
                                                     Attendance::Present);
        QVERIFY(!s);
        QCOMPARE(s.error().message,
                 QStringLiteral(
                     "The booking of Léa on 04/09/2026 was cancelled: there is no attendance to record."));
        QSqlQuery q(m_db->db().connection());
        const qint64 thursday = bookingOf(lea, QStringLiteral("2026-09-03"), m_cantine);
        QVERIFY(session().attendance().mark(thursday, Attendance::Present));
        QVERIFY(
            !q.exec(QStringLiteral("UPDATE booking SET status = 'cancelled' WHERE id = %1").arg(thursday)));
        verifyHolds();
    }

    // The evening care's list: by last name, with PAI, allergies, diets, who may leave alone and who may
    // take the child; as CSV for a spreadsheet and as a page to print.
    void theDayListSaysWhatTheStaffMustKnow()
    {
        const auto martin = family(QStringLiteral("Martin"), {QStringLiteral("Léa"), QStringLiteral("Hugo")});
        const auto bernard = family(QStringLiteral("Bernard"), {QStringLiteral("Zoé")});
        const qint64 lea = martin.childIds.at(0), hugo = martin.childIds.at(1), zoe = bernard.childIds.at(0);
        exec(QStringLiteral("UPDATE child SET allergies = 'arachide', has_pai = 1, pai_details = 'trousse au "
                            "bureau' WHERE id = %1")
                 .arg(lea));
        exec(QStringLiteral("UPDATE child SET may_leave_alone = 1 WHERE id = %1").arg(zoe));
        exec(QStringLiteral(
                 "INSERT INTO child_diet (child_id, diet_code, uuid, origin_site, created_at) VALUES "
                 "(%1, 'no_pork', 'd1', 's', 'now')")
                 .arg(hugo));
        exec(QStringLiteral(
                 "INSERT INTO trusted_person (uuid, origin_site, child_id, last_name, first_name, phone, "
                 "relationship, position, created_at) VALUES ('t1', 's', %1, 'Durand', 'Marc', "
                 "'06 12 34 56 78', 'grand-père', 1, 'now')")
                 .arg(lea));

        const AttendanceList list =
            must(session().attendance().list(QDate(2026, 9, 3), m_school, m_garderieSoir));
        QCOMPARE(list.schoolName, QStringLiteral("École Jean-Macé"));
        QCOMPARE(list.activityName, QStringLiteral("Garderie du soir"));
        QStringList lines;
        for (const AttendanceLine &line : list.lines)
            lines += QStringLiteral("%1 %2 | %3 | %4")
                         .arg(line.lastName, line.firstName,
                              AttendanceService::marks(line).join(QStringLiteral(", ")),
                              line.trustedPersons.join(QStringLiteral(", ")));
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("Bernard Zoé | leaves alone | "),
                              QStringLiteral("Martin Hugo | Sans porc | "),
                              QStringLiteral("Martin Léa | PAI: trousse au bureau, allergies: arachide | "
                                             "Marc Durand (grand-père) 06 12 34 56 78")}));

        const QByteArray csv = AttendanceService::listCsv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Date;School;Activity;Last name;First name;Class;File;Attendance;"
                               "Diets;Allergies;PAI;Leaves alone;Trusted persons\r\n"));
        QVERIFY2(csv.contains(
                     QStringLiteral("2026-09-03;École Jean-Macé;Garderie du soir;Martin;Léa;CE1;%1;booked;;"
                                    "arachide;trousse au bureau;;Marc Durand (grand-père) 06 12 34 56 "
                                    "78\r\n")
                         .arg(value(QStringLiteral("SELECT file_number FROM household WHERE id = %1")
                                        .arg(martin.householdId)))
                         .toUtf8()),
                 csv.constData());
        QCOMPARE(csv.count("\r\n"), 4);
        const QString html = AttendanceService::listHtml(list, QStringLiteral("Ville de Saint-Omer"));
        QVERIFY(html.contains(QStringLiteral("Garderie du soir — École Jean-Macé — jeudi 3 septembre 2026")));
        QVERIFY(html.contains(QStringLiteral("MARTIN Léa")));
        QVERIFY(html.contains(QStringLiteral("3 child(ren) booked.")));
        // Evening care hands the children over: who may take them is on its list; the canteen's leaves it
        // out.
        QVERIFY(list.pickUp);
        QVERIFY(html.contains(QStringLiteral("<th>Trusted persons</th>")));
        const AttendanceList meals =
            must(session().attendance().list(QDate(2026, 9, 3), m_school, m_cantine));
        QVERIFY(!meals.pickUp);
        QCOMPARE(meals.lines.size(), qsizetype(3));
        const QString mealsHtml = AttendanceService::listHtml(meals, QStringLiteral("Ville de Saint-Omer"));
        QVERIFY(!mealsHtml.contains(QStringLiteral("Trusted persons")));
        QVERIFY(!mealsHtml.contains(QStringLiteral("Marc Durand")));
    }

    // Meals per school and day: canteen bookings not cancelled or excused; diets counted; the children with
    // an allergy or a PAI named.
    void kitchenCounts()
    {
        const auto martin = family(QStringLiteral("Martin"), {QStringLiteral("Léa"), QStringLiteral("Hugo")});
        const auto bernard = family(QStringLiteral("Bernard"), {QStringLiteral("Zoé")});
        const qint64 lea = martin.childIds.at(0), hugo = martin.childIds.at(1), zoe = bernard.childIds.at(0);
        exec(QStringLiteral("UPDATE child SET allergies = 'arachide', class_level = 'CP' WHERE id = %1")
                 .arg(lea));
        exec(QStringLiteral(
                 "INSERT INTO child_diet (child_id, diet_code, uuid, origin_site, created_at) VALUES "
                 "(%1, 'no_pork', 'd1', 's', 'now'), (%2, 'no_pork', 'd2', 's', 'now'), "
                 "(%2, 'no_meat', 'd3', 's', 'now')")
                 .arg(hugo)
                 .arg(zoe));
        exec(QStringLiteral(
                 "UPDATE child SET school_id = (SELECT id FROM school WHERE uuid = 's2') WHERE id = %1")
                 .arg(zoe));
        // Hugo's Friday is excused: one meal less that day.
        m_db->clock().set(QDateTime(QDate(2026, 9, 4), QTime(9, 0), QTimeZone("Europe/Paris")));
        QVERIFY(session().attendance().mark(bookingOf(hugo, QStringLiteral("2026-09-04"), m_cantine),
                                            Attendance::Excused, QStringLiteral("Angine")));

        const QList<KitchenCount> counts =
            must(session().attendance().kitchen(QDate(2026, 9, 3), QDate(2026, 9, 4)));
        QStringList lines;
        for (const KitchenCount &c : counts) {
            QStringList diets;
            for (const auto &d : c.diets)
                diets += QStringLiteral("%1 %2").arg(d.first).arg(d.second);
            lines += QStringLiteral("%1 %2 %3 [%4] %5")
                         .arg(c.day.toString(Qt::ISODate), c.schoolName)
                         .arg(c.meals)
                         .arg(diets.join(QStringLiteral(", ")), c.watch.join(QStringLiteral(" / ")));
        }
        QCOMPARE(
            lines,
            (QStringList{
                QStringLiteral("2026-09-03 École Condorcet 1 [Sans porc 1, Sans viande 1] "),
                QStringLiteral(
                    "2026-09-03 École Jean-Macé 2 [Sans porc 1] MARTIN Léa (CP): allergies: arachide"),
                QStringLiteral("2026-09-04 École Condorcet 1 [Sans porc 1, Sans viande 1] "),
                QStringLiteral("2026-09-04 École Jean-Macé 1 [] MARTIN Léa (CP): allergies: arachide")}));
        const QByteArray csv = session().attendance().kitchenCsv(counts);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(
            QString::fromUtf8(csv.mid(3)),
            QStringLiteral("Date;School;Meals;Sans porc;Sans viande;Végétarien;Allergies and PAI\r\n"
                           "2026-09-03;École Condorcet;1;1;1;0;\r\n"
                           "2026-09-03;École Jean-Macé;2;1;0;0;MARTIN Léa (CP): allergies: arachide\r\n"
                           "2026-09-04;École Condorcet;1;1;1;0;\r\n"
                           "2026-09-04;École Jean-Macé;1;0;0;0;MARTIN Léa (CP): allergies: arachide\r\n"));
        const QString html = AttendanceService::kitchenHtml(counts, QStringLiteral("Ville de Saint-Omer"));
        QVERIFY(html.contains(QStringLiteral("Meals from 03/09/2026 to 04/09/2026")));
        QVERIFY(html.contains(QStringLiteral("5 meal(s) in all.")));
        QVERIFY(!session().attendance().kitchen(QDate(2026, 9, 4), QDate(2026, 9, 3)));
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestAttendance)
#include "tst_attendance.moc"
