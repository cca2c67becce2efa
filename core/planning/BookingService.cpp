#include "planning/BookingService.h"

#include "calendar/SchoolCalendar.h"
#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "family/FamilyService.h"
#include "family/FileWorkflow.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace guichet {

namespace {

// The live booking of a child, activity and day, with its status ("" when there is none).
struct LiveBooking
{
    qint64 id = 0;
    QString status;
};

} // namespace

QString bookingStatusLabel(const QString &status)
{
    if (status == QLatin1String("booked"))
        return BookingService::tr("booked");
    if (status == QLatin1String("cancelled"))
        return BookingService::tr("cancelled");
    if (status == QLatin1String("present"))
        return BookingService::tr("present");
    if (status == QLatin1String("absent"))
        return BookingService::tr("absent");
    if (status == QLatin1String("excused"))
        return BookingService::tr("excused absence");
    return status;
}

Result<QDateTime> BookingService::deadline(qint64 activityId, const QDate &day) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(
        QStringLiteral("SELECT booking_deadline_days, booking_deadline_time FROM activity WHERE id = ?"));
    q.addBindValue(activityId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This activity does not exist. Reopen the planning."));
    const QTime at = QTime::fromString(q.value(1).toString(), QStringLiteral("HH:mm"));
    return QDateTime(day.addDays(-q.value(0).toInt()), at, m_session.time().zone());
}

Result<BookingPlan> BookingService::plan(const BookingRequest &request) const
{
    const auto file = m_session.family().load(request.householdId);
    if (!file)
        return file.error();
    const Household &household = file.value().household;
    if (!FileWorkflow::canBuyTickets(household.status))
        return Error::of(tr("The family file of %1 is \"%2\": bookings are made once the file is validated. "
                            "Complete and validate the file first.")
                             .arg(household.name, fileStatusLabel(household.status)));
    if (request.childIds.isEmpty())
        return Error::of(tr("Choose the child, or the children, to book for."));
    QList<const Child *> children;
    for (const qint64 id : request.childIds) {
        const Child *found = nullptr;
        for (const Child &c : file.value().children)
            if (c.id == id)
                found = &c;
        if (!found)
            return Error::of(
                tr("This child is not in the family file of %1. Reopen the file.").arg(household.name));
        children += found;
    }

    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT name FROM activity WHERE id = ? AND active = 1"));
    q.addBindValue(request.activityId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("Choose an activity that is offered."));
    BookingPlan plan;
    plan.activityName = q.value(0).toString();
    q.finish();

    // Bookings open per school year.
    QList<std::tuple<QDate, QDate, QDate, QString>> years; // start, end, opens on, label
    if (!q.exec(QStringLiteral("SELECT start_date, end_date, booking_opens_on, label FROM school_year")))
        return storageError(q.lastError()).error();
    while (q.next())
        years += {QDate::fromString(q.value(0).toString(), Qt::ISODate),
                  QDate::fromString(q.value(1).toString(), Qt::ISODate),
                  QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()};
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = m_session.today();

    // The live bookings of these children for this activity over the range.
    QHash<QString, LiveBooking> live; // "child|day"
    q.prepare(
        QStringLiteral("SELECT id, child_id, service_day, status FROM booking WHERE activity_id = ? AND "
                       "service_day BETWEEN ? AND ? AND status <> 'cancelled'"));
    bindAll(q, {request.activityId, request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        live.insert(q.value(1).toString() + QLatin1Char('|') + q.value(2).toString(),
                    LiveBooking{q.value(0).toLongLong(), q.value(3).toString()});

    SchoolCalendar calendar(m_session);
    QStringList unsaid;
    for (const Child *child : std::as_const(children)) {
        const auto days = calendar.days(request.from, request.to, child->schoolId);
        if (!days)
            return days.error();
        for (const CalendarDay &day : days.value()) {
            if (!request.weekdays.isEmpty() && !request.weekdays.contains(day.date.dayOfWeek()))
                continue; // not asked for: not even mentioned
            const BookingDay entry{child->id, child->firstName, day.date};
            const auto skip = [&](const QString &reason) { plan.skipped += SkippedDay{entry, reason}; };
            if (!day.isServiceDay()) {
                if (day.inSchoolWeek)
                    skip(day.reason);
                else if (!unsaid.contains(day.reason)) // a Saturday or a Wednesday goes without saying…
                    unsaid += day.reason;
                continue;
            }
            const auto year = std::find_if(years.cbegin(), years.cend(), [&](const auto &y) {
                return std::get<0>(y) <= day.date && day.date <= std::get<1>(y);
            });
            if (year != years.cend() && today < std::get<2>(*year)) {
                skip(
                    tr("bookings for %1 open on %2").arg(std::get<3>(*year), frenchDate(std::get<2>(*year))));
                continue;
            }
            const auto limit = deadline(request.activityId, day.date);
            if (!limit)
                return limit.error();
            if (now >= limit.value()) {
                skip(tr("past the deadline (%1)").arg(m_session.time().dateTimeText(limit.value())));
                continue;
            }
            const LiveBooking booked =
                live.value(QString::number(child->id) + QLatin1Char('|') + day.date.toString(Qt::ISODate));
            if (!request.cancel && booked.id) {
                skip(tr("already booked"));
                continue;
            }
            if (request.cancel && !booked.id) {
                skip(tr("not booked"));
                continue;
            }
            if (request.cancel && booked.status != QLatin1String("booked")) {
                skip(tr("attendance already recorded"));
                continue;
            }
            plan.changes += entry;
        }
    }

    const auto balance = m_session.wallet().balance(request.householdId, request.activityId);
    if (!balance)
        return balance.error();
    plan.balanceBefore = balance.value();
    plan.balanceAfter = plan.balanceBefore + (request.cancel ? 1 : -1) * int(plan.changes.size());

    if (plan.changes.isEmpty()) {
        QStringList reasons;
        for (const SkippedDay &s : std::as_const(plan.skipped))
            if (!reasons.contains(s.reason))
                reasons += s.reason;
        if (reasons.isEmpty()) // …unless it is all there is
            reasons = unsaid;
        if (reasons.isEmpty())
            return Error::of(tr("No day of those asked from %1 to %2: check the days of the week.")
                                 .arg(frenchDate(request.from), frenchDate(request.to)));
        return Error::of((request.cancel ? tr("Nothing to cancel from %1 to %2: %3.")
                                         : tr("Nothing to book from %1 to %2: %3."))
                             .arg(frenchDate(request.from), frenchDate(request.to),
                                  reasons.mid(0, 4).join(QStringLiteral(", "))));
    }
    if (plan.balanceAfter < 0)
        return Error::of(
            tr("Not enough %1 tickets: %2 needed, %n in the wallet. Sell tickets first; nothing was "
               "booked.",
               nullptr, plan.balanceBefore)
                .arg(plan.activityName)
                .arg(plan.changes.size()));
    return plan;
}

Result<BookingPlan> BookingService::apply(const BookingRequest &request)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    auto planned = plan(request); // again, inside the transaction: what it checked still holds when written
    if (!planned)
        return planned.error();
    const BookingPlan &plan = planned.value();
    WalletService &wallet = m_session.wallet();
    QSqlQuery q(db.connection());
    const QString now = db.clock().nowIso();

    if (!request.cancel) {
        const auto lots = wallet.openLots(request.householdId, request.activityId);
        if (!lots)
            return lots.error();
        QList<Lot> open = lots.value(); // oldest first; 'remaining' counts down as tickets are taken
        q.prepare(
            QStringLiteral("INSERT INTO booking (uuid, origin_site, household_id, child_id, activity_id, "
                           "service_day, status, clerk, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?)"));
        for (const BookingDay &day : plan.changes) {
            bindAll(q, {createUuidV7(db.clock()), db.siteId(), request.householdId, day.childId,
                        request.activityId, day.day.toString(Qt::ISODate), m_session.actor(), now, now});
            if (Status s = execOrError(q); !s)
                return s.error();
            const qint64 bookingId = q.lastInsertId().toLongLong();
            while (!open.isEmpty() && open.first().remaining == 0)
                open.removeFirst();
            if (open.isEmpty()) // the plan counted the balance: only a concurrent writer could empty it
                return Error::of(tr("The wallet changed meanwhile: try again."));
            MovementSource source;
            source.bookingId = bookingId;
            source.childId = day.childId;
            source.serviceDay = day.day;
            if (auto taken = wallet.takeFromLot(open.first().id, 1, MovementKind::Booking, source); !taken)
                return taken.error();
            --open.first().remaining;
        }
    } else {
        QSqlQuery find(db.connection());
        find.prepare(
            QStringLiteral("SELECT b.id, m.id FROM booking b JOIN wallet_movement m ON m.booking_id = b.id "
                           "AND m.kind = 'booking' WHERE b.child_id = ? AND b.activity_id = ? AND "
                           "b.service_day = ? AND b.status = 'booked'"));
        q.prepare(
            QStringLiteral("UPDATE booking SET status = 'cancelled', updated_at = ?, version = version + 1 "
                           "WHERE id = ?"));
        for (const BookingDay &day : plan.changes) {
            bindAll(find, {day.childId, request.activityId, day.day.toString(Qt::ISODate)});
            if (Status s = execOrError(find); !s)
                return s.error();
            if (!find.next())
                return Error::of(
                    tr("The booking of %1 on %2 has no ticket in the wallet. Run guichet-cli verify "
                       "and call your IT support.")
                        .arg(day.childName, frenchDate(day.day)));
            const qint64 bookingId = find.value(0).toLongLong();
            const qint64 taken = find.value(1).toLongLong();
            find.finish();
            MovementSource source;
            source.bookingId = bookingId;
            source.childId = day.childId;
            source.serviceDay = day.day;
            if (auto back = wallet.giveBackToLot(taken, 1, MovementKind::Cancellation, source); !back)
                return back.error();
            bindAll(q, {now, bookingId});
            if (Status s = execOrError(q); !s)
                return s.error();
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return planned;
}

} // namespace guichet
