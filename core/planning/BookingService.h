#pragma once

#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

class Session;

// A booking's status as the screens and reports say it: "booked", "cancelled", "present", "absent",
// "excused".
QString bookingStatusLabel(const QString &status);

// What the clerk asks: these children (siblings booked together), this activity, the service days from
// 'from' to 'to' — all of them, or those of 'weekdays' (ISO, Monday = 1) — booked, or cancelled.
struct BookingRequest
{
    qint64 householdId = 0;
    QList<qint64> childIds;
    qint64 activityId = 0;
    QDate from;
    QDate to;
    QList<int> weekdays;
    bool cancel = false;
    // A régisseur books beyond the wallet: the days the tickets do not cover are owed, with this reason.
    QString overrideReason;
};

// One day of one child, to book (or, with 'cancel', to cancel).
struct BookingDay
{
    qint64 childId = 0;
    QString childName; // first name
    QDate day;
    bool cancel = false;
};

// What the planning saves: the days the clerk toggled, some to book, some to cancel.
struct BookingChanges
{
    qint64 householdId = 0;
    qint64 activityId = 0;
    QList<BookingDay> days;
    QString overrideReason; // as in BookingRequest
};

struct SkippedDay
{
    BookingDay day;
    QString reason; // "Vacances de la Toussaint", "already booked", "past the deadline (…)"
};

// What a request does, before or after it is saved: the days booked or cancelled, the days left alone and
// why, and the activity's tickets in the wallet before and after.
struct BookingPlan
{
    QString activityName;
    QList<BookingDay> changes;
    QList<SkippedDay> skipped;
    int balanceBefore = 0;
    int balanceAfter = 0;

    int taken() const;     // tickets the save takes from the wallet
    int givenBack() const; // and gives back
};

// A child present without a booking, recorded at attendance: the booking made for it, and its tickets —
// one and the activity's surcharge — taken from the wallet or, when it has none left, owed.
struct WalkIn
{
    qint64 bookingId = 0;
    qint64 householdId = 0; // charged: the household that has the child that day
    QString householdName;
    int ticketsTaken = 0;
    int ticketsOwed = 0;
};

// The planning of one household, activity and month: a row per child, a cell per day of the month.
struct PlanningCell
{
    bool serviceDay = false; // no: a holiday, a Wednesday, a closure, outside the school year (reason)
    bool editable = false; // can be booked or cancelled now (else: reason — not open yet, past the deadline)
    QString status;        // the booking's: "" (none), booked, present, absent, excused
    QString reason;
};

struct PlanningRow
{
    qint64 childId = 0;
    QString childName;
    QList<PlanningCell> cells; // cells[0] is the 1st of the month
};

struct PlanningMonth
{
    QDate first; // the 1st of the month
    QString activityName;
    QList<PlanningRow> rows;
    int balance = 0; // the activity's tickets in the wallet
};

// Bookings: one booking is one ticket of the activity taken from the household's wallet — from its oldest
// lot — for a child and a service day; cancelling before the deadline gives that ticket back to the same
// lot (WalletService writes both movements). Rules: the file is validated; the day is a service day for the
// child's school (SchoolCalendar); bookings for the school year are open; the activity's deadline (the day
// before at 10:00 for the canteen, the same day at 7:00 for care, in the commune's time) has not passed;
// one live booking per child, activity and day; the school's places for the activity that day (when the
// commune set a capacity); enough tickets for the whole request, or nothing is written. plan() says all of
// it without writing; apply() does it in one transaction.
class BookingService
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)

public:
    explicit BookingService(Session &session) : m_session(session) {}

    // A range of days (the recurring pattern, the command line): the days that cannot be booked are left
    // alone and listed; days off the school's week go without saying.
    Result<BookingPlan> plan(const BookingRequest &request) const;
    Result<BookingPlan> apply(const BookingRequest &request);
    // The same plan whether or not the wallet holds enough tickets (balanceAfter may be negative): what to
    // sell before booking.
    Result<BookingPlan> need(const BookingRequest &request) const;
    Result<BookingPlan> need(const BookingChanges &changes) const;
    // Days chosen one by one (the planning's dots): each day that cannot be changed is listed.
    Result<BookingPlan> plan(const BookingChanges &changes) const;
    Result<BookingPlan> apply(const BookingChanges &changes);

    // A child present on a day it was not booked for (the staff's list said so): booked as present and
    // charged to the household that has the child that day — 'householdId', or found from the custody
    // schedule or the child's only household when 0 — with the activity's surcharge; what the wallet cannot
    // pay is owed.
    Result<WalkIn> walkIn(qint64 childId, qint64 activityId, const QDate &day, qint64 householdId = 0);
    // Takes what the household's bookings owe from its tickets, oldest day first: the payment that credits
    // tickets calls it in its transaction.
    Status settleOwed(qint64 householdId, qint64 activityId);

    // After the calendar changed (a closure, a holiday, a school's week): the bookings still to come on days
    // that no longer have service are cancelled and their tickets given back, whatever the deadline — the
    // town hall's decision, not the family's — with 'why' recorded. Returns how many were cancelled.
    Result<int> cancelWithoutService(const QDate &from, const QDate &to, const QString &why);

    // What the planning shows for a month: every child of the household, every day of the month.
    Result<PlanningMonth> month(qint64 householdId, qint64 activityId, const QDate &anyDayOfTheMonth) const;

private:
    struct Candidates; // the children asked for, their calendars, what is already booked, places taken
    static Result<BookingChanges> expand(const BookingRequest &request);
    // The plan; with 'ticketsChecked', refused when the wallet cannot pay for it.
    Result<BookingPlan> evaluate(const BookingChanges &asked, bool mentionDaysOffTheWeek,
                                 bool ticketsChecked = true) const;
    Result<BookingPlan> write(const BookingChanges &asked, bool mentionDaysOffTheWeek);

    Session &m_session;
    std::unique_ptr<DirectInsert> m_bookingInsert; // write()
};

} // namespace guichet
