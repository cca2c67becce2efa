// Bookings, rule by rule, with the clock at the edges: one booking takes one ticket from the oldest lot of
// the household's wallet; cancelling before the deadline gives it back to that same lot; only service days
// of the child's school, once bookings are open, before the activity's deadline (canteen: the day before at
// 10:00, care: the same day at 7:00, Paris time); a whole request or nothing. The test clock starts on
// Tuesday 1 September 2026 at 08:30 in Paris; the demo calendar is 2026-2027, zone B.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "calendar/SchoolCalendar.h"
#include "catalog/CatalogService.h"
#include "family/Custody.h"
#include "integrity/InvariantChecker.h"
#include "planning/BookingService.h"
#include "planning/CalendarEditor.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace guichet {

using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

class TestBooking : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cantine = 0;
    qint64 m_garderieMatin = 0;

    Session &session() { return m_db->session(); }

    void setParisTime(const QDate &day, const QTime &time)
    {
        m_db->clock().set(QDateTime(day, time, QTimeZone("Europe/Paris")));
    }

    // Buys 'quantity' tickets of the activity, paid in cash: one lot. Returns the lot's movement id.
    qint64 buy(qint64 household, qint64 activity, int quantity)
    {
        return test::buyTickets(session(), household, activity, quantity);
    }

    BookingRequest request(const test::BuiltFamily &family, qint64 activity, const QDate &from,
                           const QDate &to)
    {
        BookingRequest r;
        r.householdId = family.householdId;
        r.childIds = {family.childIds.first()};
        r.activityId = activity;
        r.from = from;
        r.to = to;
        return r;
    }

    static QStringList days(const QList<BookingDay> &list)
    {
        QStringList out;
        for (const BookingDay &d : list)
            out += d.day.toString(Qt::ISODate) + QLatin1Char(' ') + d.childName;
        return out;
    }

    QString skippedReason(const BookingPlan &plan, const QDate &day)
    {
        for (const SkippedDay &s : plan.skipped)
            if (s.day.day == day)
                return s.reason;
        return {};
    }

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    int remaining(qint64 lot) { return must(session().wallet().lot(lot)).remaining; }

    void verifyHolds() { QCOMPARE(test::verifyFindings(session()), QString()); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(session().catalog().activities())) {
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
            if (a.code == QLatin1String("garderie_matin"))
                m_garderieMatin = a.id;
        }
        QVERIFY(m_cantine && m_garderieMatin);
    }

    // Canteen on Thursday 3 September 2026: until Wednesday 2 at 10:00; morning care: until Thursday at 7:00.
    void deadlineAtTheMinute_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QDateTime>("now"); // Paris time
        QTest::addColumn<bool>("open");
        const QTimeZone paris("Europe/Paris");
        QTest::newRow("canteen, 09:59 the day before")
            << "cantine" << QDateTime(QDate(2026, 9, 2), QTime(9, 59), paris) << true;
        QTest::newRow("canteen, 10:00 the day before")
            << "cantine" << QDateTime(QDate(2026, 9, 2), QTime(10, 0), paris) << false;
        QTest::newRow("canteen, 10:01 the day before")
            << "cantine" << QDateTime(QDate(2026, 9, 2), QTime(10, 1), paris) << false;
        QTest::newRow("morning care, 06:59 the same day")
            << "garderie_matin" << QDateTime(QDate(2026, 9, 3), QTime(6, 59), paris) << true;
        QTest::newRow("morning care, 07:01 the same day")
            << "garderie_matin" << QDateTime(QDate(2026, 9, 3), QTime(7, 1), paris) << false;
    }

    void deadlineAtTheMinute()
    {
        QFETCH(QString, activity);
        QFETCH(QDateTime, now);
        QFETCH(bool, open);
        const qint64 id = activity == QLatin1String("cantine") ? m_cantine : m_garderieMatin;
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, id, 10);
        const QDate thursday(2026, 9, 3);
        // Booked a week earlier; cancelling meets the same deadline as booking.
        setParisTime(QDate(2026, 8, 27), QTime(12, 0));
        QVERIFY(session().bookings().apply(request(family, id, thursday, thursday)));
        QCOMPARE(must(session().wallet().balance(family.householdId, id)), 9);

        m_db->clock().set(now);
        BookingRequest cancel = request(family, id, thursday, thursday);
        cancel.cancel = true;
        const auto done = session().bookings().apply(cancel);
        QCOMPARE(bool(done), open);
        if (open) {
            QCOMPARE(days(done.value().changes), QStringList{QStringLiteral("2026-09-03 Léa")});
            QCOMPARE(must(session().wallet().balance(family.householdId, id)), 10);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'cancelled'")), 1);
        } else {
            const QString deadline = activity == QLatin1String("cantine")
                                         ? QStringLiteral("02/09/2026 10:00")
                                         : QStringLiteral("03/09/2026 07:00");
            QCOMPARE(done.error().message, QStringLiteral("Nothing to cancel from 03/09/2026 to 03/09/2026: "
                                                          "past the deadline (%1).")
                                               .arg(deadline));
            QCOMPARE(must(session().wallet().balance(family.householdId, id)), 9);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked'")), 1);
        }
        // Booking again on the same terms: open exactly when cancelling was.
        const auto again = session().bookings().plan(request(family, id, thursday, thursday));
        if (open)
            QVERIFY(again);
        else
            QVERIFY(!again && again.error().message.contains(QStringLiteral("past the deadline")));
        verifyHolds();
    }

    // Monday 29 March 2027 is Easter Monday; Wednesday 31 has no service.
    void easterMondayAndWednesdaysAreSkipped()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 10);
        const auto plan = must(
            session().bookings().apply(request(family, m_cantine, QDate(2027, 3, 29), QDate(2027, 4, 2))));
        QCOMPARE(days(plan.changes),
                 (QStringList{QStringLiteral("2027-03-30 Léa"), QStringLiteral("2027-04-01 Léa"),
                              QStringLiteral("2027-04-02 Léa")}));
        QCOMPARE(skippedReason(plan, QDate(2027, 3, 29)), QStringLiteral("Easter Monday"));
        QVERIFY(skippedReason(plan, QDate(2027, 3, 31)).isEmpty()); // a Wednesday goes without saying
        QCOMPARE(plan.balanceBefore, 10);
        QCOMPARE(plan.balanceAfter, 7);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 7);
    }

    // The Toussaint holidays run from Saturday 17 October to Sunday 1 November 2026: Friday 16 and Monday 2
    // are the days around them.
    void holidayBoundaries()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 5);
        const auto plan = must(
            session().bookings().apply(request(family, m_cantine, QDate(2026, 10, 16), QDate(2026, 11, 2))));
        QCOMPARE(days(plan.changes),
                 (QStringList{QStringLiteral("2026-10-16 Léa"), QStringLiteral("2026-11-02 Léa")}));
        QCOMPARE(skippedReason(plan, QDate(2026, 10, 19)), QStringLiteral("Vacances de la Toussaint"));
        QCOMPARE(skippedReason(plan, QDate(2026, 10, 30)), QStringLiteral("Vacances de la Toussaint"));
        QVERIFY(skippedReason(plan, QDate(2026, 11, 1)).isEmpty()); // All Saints' Day, but a Sunday
        QCOMPARE(plan.skipped.size(), qsizetype(8)); // the weekdays of the school's week in the holidays
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 3);
        verifyHolds();
    }

    // The first day after the summer, Tuesday 1 September 2026; bookings for 2026-2027 open on 21 August.
    void firstDayAfterTheSummer()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 5);
        setParisTime(QDate(2026, 8, 20), QTime(18, 0));
        const auto early =
            session().bookings().apply(request(family, m_cantine, QDate(2026, 8, 31), QDate(2026, 9, 1)));
        QVERIFY(!early);
        QCOMPARE(early.error().message,
                 QStringLiteral("Nothing to book from 31/08/2026 to 01/09/2026: outside "
                                "the school year, bookings for 2026-2027 open on "
                                "21/08/2026."));
        setParisTime(QDate(2026, 8, 21), QTime(0, 0));
        const auto plan = must(
            session().bookings().apply(request(family, m_cantine, QDate(2026, 8, 31), QDate(2026, 9, 1))));
        QCOMPARE(days(plan.changes), QStringList{QStringLiteral("2026-09-01 Léa")});
        QCOMPARE(skippedReason(plan, QDate(2026, 8, 31)), QStringLiteral("outside the school year"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 1);
    }

    void aFileNotValidatedIsRefused()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).build();
        const auto refused =
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4)));
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("bookings are made once the file is validated")),
            qPrintable(refused.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);
    }

    // Three tickets for four days: nothing is booked, the balance is said.
    void notEnoughTicketsWritesNothing()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 3);
        const auto refused =
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Not enough Cantine tickets: 4 needed, 3 in the wallet. "
                                "Sell tickets first; nothing was booked."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM wallet_movement WHERE booking_id IS NOT NULL")),
                 0);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 3);
    }

    // A régisseur may book beyond the wallet, with a reason: the days the tickets do not cover are owed
    // (shown, and taken from the next tickets bought); an agent is refused, and without a reason nobody
    // overrides.
    void theRegisseurBooksBeyondTheWallet()
    {
        UserService &users = session().users();
        must(users.add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                       QStringLiteral("12345678")));
        session().setUser(must(users.authenticate(QStringLiteral("admin"), QStringLiteral("12345678"))));
        must(users.add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                       QStringLiteral("12345678")));
        must(users.add(QStringLiteral("luc"), QStringLiteral("Luc Régie"), Role::Regisseur,
                       QStringLiteral("12345678")));
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 3);
        BookingRequest fourDays = request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8));
        fourDays.overrideReason = QStringLiteral("Famille suivie par le CCAS : paiement en fin de mois");

        session().setUser(must(users.authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        QCOMPARE(
            session().bookings().apply(fourDays).error().message,
            QStringLiteral("Booking beyond the wallet is for the régisseur role; Marie Agent is agent. Ask "
                           "someone who has it."));
        session().setUser(must(users.authenticate(QStringLiteral("luc"), QStringLiteral("12345678"))));
        BookingRequest noReason = fourDays;
        noReason.overrideReason = QStringLiteral("  ");
        QVERIFY(!session().bookings().apply(noReason)); // not enough tickets, and no reason to go beyond
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);

        const BookingPlan booked = must(session().bookings().apply(fourDays));
        QCOMPARE(booked.taken(), 4);
        QCOMPARE(booked.balanceAfter, -1);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 0);
        QCOMPARE(must(session().wallet().owed(family.householdId, m_cantine)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking WHERE tickets_owed = 1 AND service_day = "
                                      "'2026-09-08' AND note LIKE 'Famille suivie%'")),
                 1); // the last day, when the tickets ran out
        verifyHolds();
        buy(family.householdId, m_cantine, 5);
        QCOMPARE(must(session().wallet().owed(family.householdId, m_cantine)), 0);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 4);
        verifyHolds();
    }

    // need() says what a request would take even beyond the wallet (what to sell first); plan() refuses it.
    void needSaysWhatToSellFirst()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 3);
        const BookingRequest fourDays = request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8));
        const BookingPlan needed = must(session().bookings().need(fourDays));
        QCOMPARE(needed.taken(), 4);
        QCOMPARE(needed.balanceBefore, 3);
        QCOMPARE(needed.balanceAfter, -1);
        QVERIFY(!session().bookings().plan(fourDays));
        buy(family.householdId, m_cantine, -needed.balanceAfter);
        QCOMPARE(must(session().bookings().apply(fourDays)).balanceAfter, 0);
    }

    // Shared custody in alternate weeks: Léa is with the Martins the week of Monday 31 August, with the
    // Durands the next, and so on. Each household books (and pays for) its own weeks; the other's days are
    // left alone with the reason; dated periods win over the weeks; a household cancels only its own
    // bookings; the planning shows the other household's days, locked.
    void sharedCustodyChargesTheWeeksHousehold()
    {
        const auto martin = FamilyBuilder(session())
                                .payer(QStringLiteral("Martin"), QStringLiteral("Claire"))
                                .child(QStringLiteral("Léa"))
                                .validated()
                                .build();
        const auto durand = FamilyBuilder(session())
                                .payer(QStringLiteral("Durand"), QStringLiteral("Marc"))
                                .child(QStringLiteral("Tom"))
                                .validated()
                                .build();
        const qint64 lea = martin.childIds.first();
        QVERIFY(session().family().attachChild(durand.householdId, lea));
        buy(martin.householdId, m_cantine, 20);
        buy(durand.householdId, m_cantine, 20);
        CustodyService &custody = session().custody();

        Status refused = custody.setAlternateWeeks(lea, martin.householdId, QDate(2026, 9, 1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Alternate weeks start on a Monday: choose the Monday of the first week."));
        QVERIFY(custody.setAlternateWeeks(lea, martin.householdId, QDate(2026, 8, 31)));
        const CustodySchedule schedule = must(custody.schedule(lea));
        QCOMPARE(schedule.householdOn(QDate(2026, 9, 4)), martin.householdId);
        QCOMPARE(schedule.householdOn(QDate(2026, 9, 7)), durand.householdId);
        QCOMPARE(schedule.householdOn(QDate(2026, 9, 18)), martin.householdId);
        QCOMPARE(schedule.householdOn(QDate(2026, 8, 30)), qint64(0)); // before the rota

        BookingRequest fromMartin = request(martin, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 18));
        fromMartin.childIds = {lea};
        const BookingPlan booked = must(session().bookings().apply(fromMartin));
        QCOMPARE(days(booked.changes),
                 (QStringList{QStringLiteral("2026-09-03 Léa"), QStringLiteral("2026-09-04 Léa"),
                              QStringLiteral("2026-09-14 Léa"), QStringLiteral("2026-09-15 Léa"),
                              QStringLiteral("2026-09-17 Léa"), QStringLiteral("2026-09-18 Léa")}));
        QCOMPARE(skippedReason(booked, QDate(2026, 9, 7)), QStringLiteral("in the care of Durand that day"));
        QCOMPARE(must(session().wallet().balance(martin.householdId, m_cantine)), 14);

        BookingRequest fromDurand = fromMartin;
        fromDurand.householdId = durand.householdId;
        const BookingPlan theirs = must(session().bookings().apply(fromDurand));
        QCOMPARE(days(theirs.changes),
                 (QStringList{QStringLiteral("2026-09-07 Léa"), QStringLiteral("2026-09-08 Léa"),
                              QStringLiteral("2026-09-10 Léa"), QStringLiteral("2026-09-11 Léa")}));
        QCOMPARE(must(session().wallet().balance(durand.householdId, m_cantine)), 16);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM booking b JOIN wallet_movement m ON m.booking_id = "
                                 "b.id AND m.household_id = b.household_id WHERE b.child_id = %1")
                      .arg(lea)),
            10); // each booking's ticket came from its own household's wallet

        // The Durands cannot cancel the Martins' Monday 14; the planning shows it locked to them.
        BookingRequest cancel = fromDurand;
        cancel.from = cancel.to = QDate(2026, 9, 14);
        cancel.cancel = true;
        const auto notTheirs = session().bookings().apply(cancel);
        QVERIFY(!notTheirs);
        QVERIFY2(notTheirs.error().message.contains(QStringLiteral("booked by the child's other household")),
                 qPrintable(notTheirs.error().message));
        const PlanningMonth month =
            must(session().bookings().month(durand.householdId, m_cantine, QDate(2026, 9, 1)));
        const PlanningRow &leaRow = *std::find_if(month.rows.cbegin(), month.rows.cend(),
                                                  [&](const PlanningRow &r) { return r.childId == lea; });
        QCOMPARE(leaRow.cells.at(13).status, QStringLiteral("booked")); // the 14th
        QVERIFY(!leaRow.cells.at(13).editable);
        QCOMPARE(leaRow.cells.at(13).reason, QStringLiteral("booked by the child's other household"));
        QVERIFY(leaRow.cells.at(6).editable);   // the 7th, theirs
        QVERIFY(leaRow.cells.at(20).editable);  // Monday 21, theirs again
        QVERIFY(!leaRow.cells.at(27).editable); // Monday 28, the Martins' week
        QCOMPARE(leaRow.cells.at(27).reason, QStringLiteral("in the care of Martin that day"));

        // Dated periods win over the weeks: the Durands have Léa on the 28th and 29th, in the Martins' week.
        QVERIFY(custody.addDates(lea, durand.householdId, QDate(2026, 9, 28), QDate(2026, 9, 29)));
        refused = custody.addDates(lea, martin.householdId, QDate(2026, 9, 29), QDate(2026, 10, 2));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().message,
            QStringLiteral("These dates overlap the stay with Durand from 28/09/2026 to 29/09/2026: remove "
                           "that period first."));
        fromDurand.from = QDate(2026, 9, 28);
        fromDurand.to = QDate(2026, 10, 2);
        QCOMPARE(days(must(session().bookings().apply(fromDurand)).changes),
                 (QStringList{QStringLiteral("2026-09-28 Léa"), QStringLiteral("2026-09-29 Léa")}));
        QCOMPARE(
            must(custody.schedule(lea)).describe(),
            QStringLiteral("alternate weeks: Martin from the week of 31/08/2026, Durand from the week of "
                           "07/09/2026; dates: Durand from 28/09/2026 to 29/09/2026"));
        // The change is in both files' history.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(DISTINCT household_id) FROM audit_entry WHERE field = 'custody'")),
                 2);
        QVERIFY(custody.clear(lea));
        QCOMPARE(must(custody.schedule(lea)).periods.size(), qsizetype(0));
        verifyHolds();
    }

    // The town hall closes a school after families booked: the bookings on those days are cancelled and their
    // tickets given back to their lots, whatever the deadline, with the reason; other schools keep theirs;
    // the closure removed, the days are bookable again (nothing rebooked). A school's week that loses its
    // Fridays cancels the Fridays still to come.
    void calendarChangesCancelTheirBookings()
    {
        const auto martin = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const auto roux = FamilyBuilder(session())
                              .payer(QStringLiteral("Roux"), QStringLiteral("Anne"))
                              .child(QStringLiteral("Zoé"))
                              .validated()
                              .build();
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO school (uuid, name, kind, created_at) VALUES ('s1', 'École "
                           "Jean-Macé', 'primaire', 'now'), ('s2', 'École Condorcet', 'primaire', 'now')")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE child SET school_id = (SELECT id FROM school WHERE uuid = 's1') WHERE id "
                           "= %1")
                .arg(martin.childIds.first())));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE child SET school_id = (SELECT id FROM school WHERE uuid = 's2') WHERE id "
                           "= %1")
                .arg(roux.childIds.first())));
        const qint64 jeanMace = count(QStringLiteral("SELECT id FROM school WHERE uuid = 's1'"));
        const qint64 lot = buy(martin.householdId, m_cantine, 10);
        buy(roux.householdId, m_cantine, 10);
        for (const auto &family : {martin, roux})
            QCOMPARE(must(session().bookings().apply(
                              request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 11))))
                         .taken(),
                     6); // Thu 3, Fri 4, Mon 7, Tue 8, Thu 10, Fri 11

        // Tuesday 8 at 09:00: a strike at Jean-Macé on Thursday 10 (and today's Tuesday 8, past its
        // deadline).
        setParisTime(QDate(2026, 9, 8), QTime(9, 0));
        CalendarEditor editor(session());
        const CalendarChange strike = must(
            editor.addPeriod(true, QStringLiteral("Grève"), QDate(2026, 9, 8), QDate(2026, 9, 10), jeanMace));
        QCOMPARE(strike.bookingsCancelled, 2);
        QCOMPARE(must(session().wallet().balance(martin.householdId, m_cantine)), 6);
        QCOMPARE(remaining(lot), 6); // back to the lot they came from
        QCOMPARE(must(session().wallet().balance(roux.householdId, m_cantine)), 4);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM booking WHERE status = 'cancelled' AND note = 'Grève'")),
                 2);
        const PlanningMonth month =
            must(session().bookings().month(martin.householdId, m_cantine, QDate(2026, 9, 1)));
        QCOMPARE(month.rows.first().cells.at(9).reason, QStringLiteral("Grève"));
        QVERIFY(!month.rows.first().cells.at(9).serviceDay);
        const auto twice =
            editor.addPeriod(true, QStringLiteral("Grève"), QDate(2026, 9, 8), QDate(2026, 9, 10), jeanMace);
        QCOMPARE(twice.error().message, QStringLiteral("This period is already in the calendar."));
        QVERIFY(!editor.addPeriod(true, QStringLiteral("  "), QDate(2026, 9, 8), QDate(2026, 9, 8)));
        verifyHolds();

        // Removed: Thursday 10 has service again, and nothing was booked back.
        const QList<CalendarPeriod> periods = must(editor.periods(QDate(2026, 9, 1), QDate(2026, 9, 30)));
        const auto it = std::find_if(periods.cbegin(), periods.cend(), [](const CalendarPeriod &p) {
            return p.label == QStringLiteral("Grève");
        });
        QStringList labels;
        for (const CalendarPeriod &p : periods)
            labels += p.label + QLatin1Char('/') + p.first.toString(Qt::ISODate);
        QVERIFY2(it != periods.cend(), qPrintable(labels.join(QLatin1Char(','))));
        QCOMPARE(it->schoolName, QStringLiteral("École Jean-Macé"));
        QVERIFY(editor.removePeriod(it->id));
        QVERIFY(must(SchoolCalendar(session()).day(QDate(2026, 9, 10), jeanMace)).isServiceDay());
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND service_day = "
                                 "'2026-09-10'")),
            1); // Zoé's

        // The commune's week loses its Fridays for 2026-2027: Friday 11 is cancelled for both.
        const qint64 year = count(QStringLiteral("SELECT id FROM school_year WHERE label = '2026-2027'"));
        QCOMPARE(must(editor.week(year, 0)), (QList<int>{1, 2, 4, 5}));
        QCOMPARE(must(editor.setWeek(year, 0, {1, 2, 4})).bookingsCancelled, 2);
        QCOMPARE(must(editor.week(year, jeanMace)), (QList<int>{1, 2, 4}));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked' AND service_day = "
                                 "'2026-09-11'")),
            0);
        QVERIFY(!editor.setWeek(year, 0, {}));
        verifyHolds();
    }

    // Alternate weeks are between the child's two households.
    void alternateWeeksNeedTwoHouseholds()
    {
        const auto martin = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const Status refused = session().custody().setAlternateWeeks(martin.childIds.first(),
                                                                     martin.householdId, QDate(2026, 8, 31));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().message,
            QStringLiteral("Alternate weeks are between two households: this child is in 1 family file(s). "
                           "Attach the child to the other parent's file first."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM custody")), 0);
    }

    // Two lots: 3 tickets bought first, 5 after. Four days take the 3 of the first and 1 of the second;
    // cancelling gives each ticket back to the lot it came from.
    void oldestLotFirstAndBackToTheSameLot()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 first = buy(family.householdId, m_cantine, 3);
        const qint64 second = buy(family.householdId, m_cantine, 5);
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8))));
        QCOMPARE(remaining(first), 0);
        QCOMPARE(remaining(second), 4);
        BookingRequest cancel = request(family, m_cantine, QDate(2026, 9, 8), QDate(2026, 9, 8));
        cancel.cancel = true;
        QVERIFY(session().bookings().apply(cancel)); // Tuesday 8: the ticket of the second lot
        QCOMPARE(remaining(first), 0);
        QCOMPARE(remaining(second), 5);
        cancel.from = cancel.to = QDate(2026, 9, 3); // Thursday 3: the first lot's
        QVERIFY(session().bookings().apply(cancel));
        QCOMPARE(remaining(first), 1);
        QCOMPARE(remaining(second), 5);
        // Booked again: the oldest lot gives its ticket again.
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 3))));
        QCOMPARE(remaining(first), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking WHERE service_day = '2026-09-03'")), 2);
        // Cancelling what is not booked says so.
        cancel.from = cancel.to = QDate(2026, 9, 8);
        const auto nothing = session().bookings().apply(cancel);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().message,
                 QStringLiteral("Nothing to cancel from 08/09/2026 to 08/09/2026: not booked."));
        const QList<WalletMovement> movements = must(session().wallet().movements(family.householdId));
        QCOMPARE(movements.last().kind, MovementKind::Booking);
        QCOMPARE(movements.last().balanceAfter, 5);
        verifyHolds();
    }

    // Two siblings, Mondays and Thursdays of two weeks: 4 days each, one transaction.
    void siblingsOnAWeekPattern()
    {
        const auto family = FamilyBuilder(session())
                                .child(QStringLiteral("Léa"))
                                .child(QStringLiteral("Hugo"), QDate(2020, 2, 3), QStringLiteral("GS"))
                                .validated()
                                .build();
        buy(family.householdId, m_cantine, 10);
        BookingRequest r = request(family, m_cantine, QDate(2026, 9, 7), QDate(2026, 9, 18));
        r.childIds = family.childIds;
        r.weekdays = {1, 4};
        const auto plan = must(session().bookings().apply(r));
        QCOMPARE(days(plan.changes),
                 (QStringList{QStringLiteral("2026-09-07 Léa"), QStringLiteral("2026-09-10 Léa"),
                              QStringLiteral("2026-09-14 Léa"), QStringLiteral("2026-09-17 Léa"),
                              QStringLiteral("2026-09-07 Hugo"), QStringLiteral("2026-09-10 Hugo"),
                              QStringLiteral("2026-09-14 Hugo"), QStringLiteral("2026-09-17 Hugo")}));
        QVERIFY(plan.skipped.isEmpty()); // days not asked for are not mentioned
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 2);
        // The same pattern cancels.
        r.cancel = true;
        r.from = QDate(2026, 9, 14);
        QCOMPARE(must(session().bookings().apply(r)).changes.size(), qsizetype(4));
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 6);
        verifyHolds();
    }

    // The planning's save: days toggled one by one, some booked and some cancelled, in one go; the
    // cancellations give back the tickets the new days take, so a wallet of 1 is enough for a swap.
    void theGridSavesBookingsAndCancellationsTogether()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 2);
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4))));
        const qint64 lea = family.childIds.first();
        BookingChanges swap;
        swap.householdId = family.householdId;
        swap.activityId = m_cantine;
        swap.days = {BookingDay{lea, {}, QDate(2026, 9, 7), false},
                     BookingDay{lea, {}, QDate(2026, 9, 4), true},
                     BookingDay{lea, {}, QDate(2026, 9, 9), false}}; // the 9th, a Wednesday: said, not booked
        const auto preview = must(session().bookings().plan(swap));
        QCOMPARE(preview.taken(), 1);
        QCOMPARE(preview.givenBack(), 1);
        QCOMPARE(preview.balanceBefore, 0);
        QCOMPARE(preview.balanceAfter, 0);
        QCOMPARE(skippedReason(preview, QDate(2026, 9, 9)), QStringLiteral("mercredi"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked'")),
                 2); // nothing yet
        QVERIFY(session().bookings().apply(swap));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT group_concat(service_day, ' ') FROM (SELECT service_day FROM booking "
                    "WHERE status = 'booked' ORDER BY 1)")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-09-03 2026-09-07"));
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 0);
        // One more day than the wallet holds: refused whole.
        swap.days = {BookingDay{lea, {}, QDate(2026, 9, 8), false}};
        const auto refused = session().bookings().apply(swap);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("Not enough Cantine tickets: 1 needed, 0 in the wallet. "
                                "Sell tickets first; nothing was booked."));
        verifyHolds();
    }

    // The month the planning shows: a row per child, a cell per day, with what can be done and why not.
    void aMonthOfThePlanning()
    {
        const auto family = FamilyBuilder(session())
                                .child(QStringLiteral("Léa"))
                                .child(QStringLiteral("Hugo"), QDate(2020, 2, 3), QStringLiteral("GS"))
                                .validated()
                                .build();
        buy(family.householdId, m_cantine, 5);
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4))));
        setParisTime(QDate(2026, 9, 3), QTime(12, 0)); // the 3rd is done, the 4th past its deadline
        const PlanningMonth month =
            must(session().bookings().month(family.householdId, m_cantine, QDate(2026, 9, 17)));
        QCOMPARE(month.first, QDate(2026, 9, 1));
        QCOMPARE(month.balance, 3);
        QCOMPARE(month.rows.size(), qsizetype(2));
        QCOMPARE(month.rows.at(0).childName, QStringLiteral("Léa"));
        QCOMPARE(month.rows.at(0).cells.size(), qsizetype(30));
        const auto cell = [&](int row, int day) { return month.rows.at(row).cells.at(day - 1); };
        QCOMPARE(cell(0, 3).status, QStringLiteral("booked"));
        QVERIFY(!cell(0, 3).editable);
        QVERIFY(cell(0, 4).reason.startsWith(QStringLiteral("past the deadline (03/09/2026 10:00)")));
        QVERIFY(cell(0, 7).editable); // Monday 7: bookable
        QVERIFY(cell(0, 7).status.isEmpty());
        QVERIFY(!cell(0, 9).serviceDay);
        QCOMPARE(cell(0, 9).reason, QStringLiteral("mercredi"));
        QVERIFY(!cell(1, 3).editable); // Hugo: not booked, past the deadline
        QVERIFY(cell(1, 3).status.isEmpty());
        QVERIFY(cell(1, 8).editable);
    }

    // A school's places for an activity, a day: the last place goes, the next child is told it is full.
    void placesRunOut()
    {
        const auto family = FamilyBuilder(session())
                                .child(QStringLiteral("Léa"))
                                .child(QStringLiteral("Hugo"), QDate(2020, 2, 3), QStringLiteral("GS"))
                                .validated()
                                .build();
        buy(family.householdId, m_cantine, 10);
        QSqlQuery q(m_db->db().connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO school (uuid, name, kind, created_at) VALUES ('s1', 'École "
                                  "Jean-Macé', 'primaire', 'now')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE child SET school_id = (SELECT min(id) FROM school)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO activity_capacity (uuid, school_id, activity_id, places, updated_at) "
                           "VALUES ('c1', (SELECT min(id) FROM school), %1, 1, 'now')")
                .arg(m_cantine)));
        BookingRequest r = request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 3));
        r.childIds = family.childIds;
        const auto plan = must(session().bookings().apply(r));
        QCOMPARE(days(plan.changes), QStringList{QStringLiteral("2026-09-03 Léa")});
        QCOMPARE(plan.skipped.size(), qsizetype(1));
        QCOMPARE(plan.skipped.at(0).day.childName, QStringLiteral("Hugo"));
        QCOMPARE(plan.skipped.at(0).reason, QStringLiteral("full (1 place(s))"));
        // Léa's day cancelled: the place is Hugo's.
        r.childIds = {family.childIds.at(0)};
        r.cancel = true;
        QVERIFY(session().bookings().apply(r));
        r.childIds = {family.childIds.at(1)};
        r.cancel = false;
        QCOMPARE(days(must(session().bookings().apply(r)).changes),
                 QStringList{QStringLiteral("2026-09-03 Hugo")});
        verifyHolds();
    }

    // A child is booked once a day per activity: days already booked are left alone and said.
    void alreadyBookedDaysAreLeftAlone()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 10);
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4))));
        const auto plan = must(
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 7))));
        QCOMPARE(days(plan.changes), QStringList{QStringLiteral("2026-09-07 Léa")});
        QCOMPARE(skippedReason(plan, QDate(2026, 9, 3)), QStringLiteral("already booked"));
        const auto again =
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4)));
        QVERIFY(!again);
        QCOMPARE(again.error().message,
                 QStringLiteral("Nothing to book from 03/09/2026 to 04/09/2026: already booked."));
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 7);
        // The database refuses a second live booking whoever writes it.
        QSqlQuery q(m_db->db().connection());
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO booking (uuid, origin_site, household_id, child_id, activity_id, "
                           "service_day, clerk, created_at, updated_at) SELECT 'x', origin_site, "
                           "household_id, child_id, activity_id, service_day, clerk, created_at, "
                           "updated_at FROM booking WHERE service_day = '2026-09-03'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("UNIQUE")));
    }

    // plan() tells what a save would do and writes nothing.
    void planWritesNothing()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 20);
        const auto plan = must(
            session().bookings().plan(request(family, m_cantine, QDate(2026, 9, 1), QDate(2026, 9, 30))));
        // Tuesday 1 is past its deadline at 08:30 that day; then 16 service days (4 a week, no Wednesday).
        QCOMPARE(plan.changes.size(), qsizetype(16));
        QCOMPARE(skippedReason(plan, QDate(2026, 9, 1)),
                 QStringLiteral("past the deadline (31/08/2026 10:00)"));
        QCOMPARE(plan.activityName, QStringLiteral("Cantine"));
        QCOMPARE(plan.balanceBefore, 20);
        QCOMPARE(plan.balanceAfter, 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 20);
    }

    // A booking keeps its child, activity and day, is never deleted, and stays cancelled once cancelled.
    void theDatabaseKeepsBookingsWhole()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 2);
        QVERIFY(session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 3))));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE booking SET service_day = '2026-09-04'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("a booking keeps its child, activity, day")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM booking")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("bookings are never deleted")));
        BookingRequest cancel = request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 3));
        cancel.cancel = true;
        QVERIFY(session().bookings().apply(cancel));
        QVERIFY(!q.exec(QStringLiteral("UPDATE booking SET status = 'booked'")));
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 2);
        verifyHolds();
    }

    // A year of bookings is written through SQLite's C API (DirectInsert): a row the database refuses halfway
    // — here a ticket, by a forged trigger — fails the request with the storage message, and the days and
    // tickets written before it are rolled back with the rest.
    void aRefusedRowWritesNothing()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        buy(family.householdId, m_cantine, 5);
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_monday BEFORE INSERT ON wallet_movement WHEN NEW.service_day = "
            "'2026-09-07' BEGIN SELECT RAISE(ABORT, 'forged refusal'); END")));
        const auto refused =
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The database refused the operation; nothing was saved. Try again, and if it "
                                "happens again send the program's log to your IT support."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM wallet_movement WHERE booking_id IS NOT NULL")),
                 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_monday")));
        const BookingPlan booked = must(
            session().bookings().apply(request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 8))));
        QCOMPARE(booked.taken(), 4);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM wallet_movement WHERE kind = 'booking' AND "
                                 "booking_id IN (SELECT id FROM booking WHERE service_day = '2026-09-07')")),
            1);
        QCOMPARE(must(session().wallet().balance(family.householdId, m_cantine)), 1);
        verifyHolds();
    }

    void requestsThatMakeNoSense()
    {
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const auto other = FamilyBuilder(session())
                               .payer(QStringLiteral("Martin"), QStringLiteral("Paul"))
                               .child(QStringLiteral("Zoé"))
                               .validated()
                               .build();
        BookingRequest r = request(family, m_cantine, QDate(2026, 9, 3), QDate(2026, 9, 4));
        r.childIds = other.childIds;
        auto refused = session().bookings().apply(r);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("This child is not in the family file")));
        r.childIds.clear();
        refused = session().bookings().apply(r);
        QCOMPARE(refused.error().message, QStringLiteral("Choose the child, or the children, to book for."));
        r = request(family, 999, QDate(2026, 9, 3), QDate(2026, 9, 4));
        QCOMPARE(session().bookings().apply(r).error().message,
                 QStringLiteral("Choose an activity that is offered."));
        r = request(family, m_cantine, QDate(2026, 9, 2), QDate(2026, 9, 2)); // a Wednesday
        refused = session().bookings().apply(r);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("Nothing to book from 02/09/2026 to 02/09/2026: ")),
                 qPrintable(refused.error().message));
        r = request(family, m_cantine, QDate(2026, 9, 7), QDate(2026, 9, 7));
        r.weekdays = {3};
        QCOMPARE(session().bookings().apply(r).error().message,
                 QStringLiteral(
                     "No day of those asked from 07/09/2026 to 07/09/2026: check the days of the week."));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM booking")), 0);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestBooking)
#include "tst_booking.moc"
