#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

class Session;

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
};

// A booking's status as the screens and reports say it: "booked", "cancelled", "present", "absent",
// "excused".
QString bookingStatusLabel(const QString &status);

struct BookingDay
{
    qint64 childId = 0;
    QString childName; // first name
    QDate day;
};

struct SkippedDay
{
    BookingDay day;
    QString reason; // "Vacances de la Toussaint", "already booked", "past the deadline (…)"
};

// What a request does, before or after it is saved: the days booked (or cancelled), the days of the range
// left alone and why, and the activity's tickets in the wallet before and after.
struct BookingPlan
{
    QString activityName;
    QList<BookingDay> changes;
    QList<SkippedDay> skipped;
    int balanceBefore = 0;
    int balanceAfter = 0;
};

// Bookings: one booking is one ticket of the activity taken from the household's wallet — from its oldest
// lot — for a child and a service day; cancelling before the deadline gives that ticket back to the same
// lot (WalletService writes both movements). Rules: the file is validated; the day is a service day for the
// child's school (SchoolCalendar); bookings for the school year are open; the activity's deadline (the day
// before at 10:00 for the canteen, the same day at 7:00 for care, in the commune's time) has not passed;
// one live booking per child, activity and day; enough tickets for the whole request, or nothing is
// written. plan() says all of it without writing; apply() does it in one transaction.
class BookingService
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)

public:
    explicit BookingService(Session &session) : m_session(session) {}

    Result<BookingPlan> plan(const BookingRequest &request) const;
    Result<BookingPlan> apply(const BookingRequest &request);

    // The instant after which a day of this activity can no longer be booked or cancelled (commune's time).
    Result<QDateTime> deadline(qint64 activityId, const QDate &day) const;

private:
    Session &m_session;
};

} // namespace guichet
