#include "planning/BookingService.h"

#include "mail/Outbox.h"

#include "calendar/SchoolCalendar.h"
#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "family/Custody.h"
#include "family/FamilyService.h"
#include "family/FileWorkflow.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace guichet {

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

int BookingPlan::taken() const
{
    return int(
        std::count_if(changes.cbegin(), changes.cend(), [](const BookingDay &d) { return !d.cancel; }));
}

int BookingPlan::givenBack() const
{
    return int(changes.size()) - taken();
}

namespace {

// A child's (or a school's) day, as the request's hashes key it: a year of days makes them hot.
using DayKey = std::pair<qint64, qint64>;

DayKey dayKey(qint64 id, const QDate &day)
{
    return {id, day.toJulianDay()};
}

DayKey dayKey(const QVariant &id, const QVariant &isoDay)
{
    return dayKey(id.toLongLong(), QDate::fromString(isoDay.toString(), Qt::ISODate));
}

struct SchoolYear
{
    QDate start, end, opensOn;
    QString label;
};

// When a day of an activity can be booked: its school year is open for bookings and the activity's
// deadline for that day has not passed — read once per request, asked per day.
class Window
{
public:
    Status load(Session &session, qint64 activityId)
    {
        m_session = &session;
        QSqlQuery q(session.database().connection());
        q.prepare(QStringLiteral("SELECT name, booking_deadline_days, booking_deadline_time FROM activity "
                                 "WHERE id = ? AND active = 1"));
        q.addBindValue(activityId);
        if (Status s = execOrError(q); !s)
            return s;
        if (!q.next())
            return Error::of(BookingService::tr("Choose an activity that is offered."));
        activityName = q.value(0).toString();
        m_daysBefore = q.value(1).toInt();
        m_at = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
        q.finish();
        if (!q.exec(QStringLiteral("SELECT start_date, end_date, booking_opens_on, label FROM school_year")))
            return storageError(q.lastError());
        while (q.next())
            m_years +=
                SchoolYear{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                           QDate::fromString(q.value(1).toString(), Qt::ISODate),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()};
        m_now = session.clock().nowUtc();
        m_today = session.today();
        return {};
    }

    QDateTime deadline(const QDate &day) const
    {
        return QDateTime(day.addDays(-m_daysBefore), m_at, m_session->time().zone());
    }

    // Why the day cannot be booked or cancelled now; empty when it can.
    QString closed(const QDate &day) const
    {
        for (const SchoolYear &year : m_years)
            if (year.start <= day && day <= year.end && m_today < year.opensOn)
                return BookingService::tr("bookings for %1 open on %2")
                    .arg(year.label, frenchDate(year.opensOn));
        const QDateTime limit = deadline(day);
        if (m_now >= limit)
            return BookingService::tr("past the deadline (%1)").arg(m_session->time().dateTimeText(limit));
        return {};
    }

    QString activityName;

private:
    Session *m_session = nullptr;
    int m_daysBefore = 1;
    QTime m_at;
    QList<SchoolYear> m_years;
    QDateTime m_now;
    QDate m_today;
};

} // namespace

// What a request works on: the household's children asked for, their schools' calendars over the days
// asked, their live bookings of the activity, and the places taken per school and day where the commune
// set a capacity.
struct BookingService::Candidates
{
    QHash<qint64, const Child *> children;
    QHash<qint64, QHash<QDate, CalendarDay>> calendarOfSchool;
    QHash<DayKey, QString> liveStatus;      // child's day → status of its live booking
    QHash<DayKey, qint64> liveHousehold;    // child's day → the household it was booked by (and charged to)
    QHash<qint64, int> places;              // school → places for the activity a day
    QHash<DayKey, int> taken;               // school's day → places taken
    QHash<qint64, CustodySchedule> custody; // child → who has the child when (shared custody)

    // Why the day is not this household's to book (shared custody: the other household has the child).
    QString elsewhere(const Child &child, const QDate &date, qint64 householdId) const
    {
        const auto schedule = custody.constFind(child.id);
        if (schedule == custody.cend())
            return {};
        const qint64 keeper = schedule->householdOn(date);
        if (keeper == 0 || keeper == householdId)
            return {};
        return BookingService::tr("in the care of %1 that day").arg(schedule->householdNameOn(date));
    }

    CalendarDay day(const Child &child, const QDate &date) const
    {
        return calendarOfSchool.value(child.schoolId).value(date);
    }

    Status load(Session &session, const FamilyFile &file, const QList<qint64> &childIds, qint64 activityId,
                const QDate &from, const QDate &to)
    {
        QStringList ids;
        for (const qint64 id : childIds) {
            const auto found = std::find_if(file.children.cbegin(), file.children.cend(),
                                            [&](const Child &c) { return c.id == id; });
            if (found == file.children.cend())
                return Error::of(
                    BookingService::tr("This child is not in the family file of %1. Reopen the file.")
                        .arg(file.household.name));
            children.insert(id, &*found);
            ids += QString::number(id);
        }
        SchoolCalendar calendar(session);
        for (const Child *child : std::as_const(children)) {
            if (calendarOfSchool.contains(child->schoolId))
                continue;
            const auto days = calendar.days(from, to, child->schoolId);
            if (!days)
                return days.error();
            QHash<QDate, CalendarDay> &byDate = calendarOfSchool[child->schoolId];
            for (const CalendarDay &d : days.value())
                byDate.insert(d.date, d);
        }

        const auto schedules = session.custody().schedules(childIds);
        if (!schedules)
            return schedules.error();
        custody = schedules.value();

        // The ids are the household's own children, read from the database: safe to inline.
        QSqlQuery q(session.database().connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT child_id, service_day, status, household_id FROM booking WHERE activity_id = ? "
                      "AND service_day BETWEEN ? AND ? AND status <> 'cancelled' AND child_id IN (%1)")
                      .arg(ids.join(QLatin1Char(','))));
        bindAll(q, {activityId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next()) {
            const DayKey key = dayKey(q.value(0), q.value(1));
            liveStatus.insert(key, q.value(2).toString());
            liveHousehold.insert(key, q.value(3).toLongLong());
        }

        q.prepare(QStringLiteral("SELECT school_id, places FROM activity_capacity WHERE activity_id = ?"));
        q.addBindValue(activityId);
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next())
            places.insert(q.value(0).toLongLong(), q.value(1).toInt());
        if (places.isEmpty())
            return {};
        q.prepare(
            QStringLiteral("SELECT c.school_id, b.service_day, count(*) FROM booking b JOIN child c ON "
                           "c.id = b.child_id WHERE b.activity_id = ? AND b.service_day BETWEEN ? AND ? "
                           "AND b.status <> 'cancelled' GROUP BY c.school_id, b.service_day"));
        bindAll(q, {activityId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next())
            taken.insert(dayKey(q.value(0), q.value(1)), q.value(2).toInt());
        return {};
    }
};

// A range of days becomes the days it covers, for each child; the calendar decides which of them are served.
Result<BookingChanges> BookingService::expand(const BookingRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return Error::of(tr("Give a first day and a last day, the first one before the last."));
    if (request.from.daysTo(request.to) >= SchoolCalendar::MaxDays)
        return Error::of(
            tr("Book at most %1 days at a time (two school years).").arg(SchoolCalendar::MaxDays));
    BookingChanges asked;
    asked.householdId = request.householdId;
    asked.activityId = request.activityId;
    asked.overrideReason = request.overrideReason;
    for (const qint64 child : request.childIds)
        for (QDate d = request.from; d <= request.to; d = d.addDays(1))
            if (request.weekdays.isEmpty() || request.weekdays.contains(d.dayOfWeek()))
                asked.days += BookingDay{child, QString(), d, request.cancel};
    if (!request.childIds.isEmpty() && asked.days.isEmpty())
        return Error::of(tr("No day of those asked from %1 to %2: check the days of the week.")
                             .arg(frenchDate(request.from), frenchDate(request.to)));
    return asked;
}

Result<BookingPlan> BookingService::plan(const BookingRequest &request) const
{
    const auto asked = expand(request);
    if (!asked)
        return asked.error();
    return evaluate(asked.value(), false);
}

Result<BookingPlan> BookingService::apply(const BookingRequest &request)
{
    const auto asked = expand(request);
    if (!asked)
        return asked.error();
    return write(asked.value(), false);
}

Result<BookingPlan> BookingService::need(const BookingRequest &request) const
{
    const auto asked = expand(request);
    if (!asked)
        return asked.error();
    return evaluate(asked.value(), false, false);
}

Result<BookingPlan> BookingService::need(const BookingChanges &changes) const
{
    return evaluate(changes, true, false);
}

Result<BookingPlan> BookingService::plan(const BookingChanges &changes) const
{
    return evaluate(changes, true);
}

Result<BookingPlan> BookingService::apply(const BookingChanges &changes)
{
    return write(changes, true);
}

Result<BookingPlan> BookingService::evaluate(const BookingChanges &asked, bool mentionDaysOffTheWeek,
                                             bool ticketsChecked) const
{
    const auto file = m_session.family().load(asked.householdId);
    if (!file)
        return file.error();
    const Household &household = file.value().household;
    if (!FileWorkflow::canBuyTickets(household.status))
        return Error::of(tr("The family file of %1 is \"%2\": bookings are made once the file is validated. "
                            "Complete and validate the file first.")
                             .arg(household.name, fileStatusLabel(household.status)));
    QList<qint64> childIds;
    QDate from, to;
    for (const BookingDay &d : asked.days) {
        if (!childIds.contains(d.childId))
            childIds += d.childId;
        if (!d.day.isValid())
            return Error::of(tr("Give a first day and a last day, the first one before the last."));
        from = from.isValid() ? std::min(from, d.day) : d.day;
        to = to.isValid() ? std::max(to, d.day) : d.day;
    }
    if (childIds.isEmpty())
        return Error::of(tr("Choose the child, or the children, to book for."));
    Window window;
    if (Status s = window.load(m_session, asked.activityId); !s)
        return s.error();
    Candidates candidates;
    if (Status s = candidates.load(m_session, file.value(), childIds, asked.activityId, from, to); !s)
        return s.error();

    BookingPlan plan;
    plan.activityName = window.activityName;
    QSet<DayKey> seen;
    QStringList unsaid; // reasons of days that went without saying, in case they are all there is
    for (const BookingDay &wanted : asked.days) {
        const Child &child = *candidates.children.value(wanted.childId);
        const BookingDay entry{child.id, child.firstName, wanted.day, wanted.cancel};
        const DayKey key = dayKey(child.id, wanted.day);
        const auto skip = [&](const QString &reason) { plan.skipped += SkippedDay{entry, reason}; };
        if (seen.contains(key)) // the same day twice in one save counts once
            continue;
        seen.insert(key);
        const CalendarDay day = candidates.day(child, wanted.day);
        if (!day.isServiceDay()) {
            if (day.inSchoolWeek || mentionDaysOffTheWeek)
                skip(day.reason);
            else if (!unsaid.contains(day.reason)) // a Saturday or a Wednesday goes without saying…
                unsaid += day.reason;
            continue;
        }
        if (const QString other = candidates.elsewhere(child, wanted.day, asked.householdId);
            !wanted.cancel && !other.isEmpty()) {
            skip(other);
            continue;
        }
        if (const QString closed = window.closed(wanted.day); !closed.isEmpty()) {
            skip(closed);
            continue;
        }
        const QString status = candidates.liveStatus.value(key);
        if (!wanted.cancel && !status.isEmpty()) {
            skip(tr("already booked"));
            continue;
        }
        if (wanted.cancel && status.isEmpty()) {
            skip(tr("not booked"));
            continue;
        }
        if (wanted.cancel && status != QLatin1String("booked")) {
            skip(tr("attendance already recorded"));
            continue;
        }
        if (wanted.cancel && candidates.liveHousehold.value(key) != asked.householdId) {
            skip(tr("booked by the child's other household"));
            continue;
        }
        if (candidates.places.contains(child.schoolId)) {
            const DayKey school = dayKey(child.schoolId, wanted.day);
            int &taken = candidates.taken[school];
            if (!wanted.cancel && taken >= candidates.places.value(child.schoolId)) {
                skip(tr("full (%n place(s))", nullptr, candidates.places.value(child.schoolId)));
                continue;
            }
            taken += wanted.cancel ? -1 : 1;
        }
        plan.changes += entry;
    }

    const auto balance = m_session.wallet().balance(asked.householdId, asked.activityId);
    if (!balance)
        return balance.error();
    plan.balanceBefore = balance.value();
    plan.balanceAfter = plan.balanceBefore - plan.taken() + plan.givenBack();

    if (plan.changes.isEmpty()) {
        QStringList reasons;
        for (const SkippedDay &s : std::as_const(plan.skipped))
            if (!reasons.contains(s.reason))
                reasons += s.reason;
        if (reasons.isEmpty()) // …unless it is all there is
            reasons = unsaid;
        const bool cancel =
            std::all_of(asked.days.cbegin(), asked.days.cend(), [](const BookingDay &d) { return d.cancel; });
        return Error::of(
            (cancel ? tr("Nothing to cancel from %1 to %2: %3.") : tr("Nothing to book from %1 to %2: %3."))
                .arg(frenchDate(from), frenchDate(to), reasons.mid(0, 4).join(QStringLiteral(", "))));
    }
    // Beyond the wallet: a régisseur's decision, with its reason (the days not covered are owed).
    if (ticketsChecked && plan.balanceAfter < 0 && !asked.overrideReason.simplified().isEmpty()) {
        if (Status s = m_session.users().require(Role::Regisseur, tr("Booking beyond the wallet")); !s)
            return s.error();
        return plan;
    }
    if (ticketsChecked && plan.balanceAfter < 0)
        return Error::of(
            tr("Not enough %1 tickets: %2 needed, %n in the wallet. Sell tickets first; nothing was "
               "booked.",
               nullptr, plan.balanceBefore + plan.givenBack())
                .arg(plan.activityName)
                .arg(plan.taken()));
    return plan;
}

Result<BookingPlan> BookingService::write(const BookingChanges &asked, bool mentionDaysOffTheWeek)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    auto planned = evaluate(asked, mentionDaysOffTheWeek); // inside the transaction: what it checked holds
    if (!planned)
        return planned.error();
    const BookingPlan &plan = planned.value();
    WalletService &wallet = m_session.wallet();
    const QString now = db.clock().nowIso();

    // Cancellations first: the tickets they give back may be the ones the new days take.
    StatementCache &statements = m_session.statements();
    QSqlQuery &find = statements.get(QStringLiteral(
        "SELECT b.id, m.id, b.tickets_owed FROM booking b LEFT JOIN wallet_movement m ON "
        "m.booking_id = b.id AND m.kind = 'booking' WHERE b.child_id = ? AND b.activity_id = ? AND "
        "b.service_day = ? AND b.status = 'booked'"));
    QSqlQuery &cancel = statements.get(QStringLiteral(
        "UPDATE booking SET status = 'cancelled', updated_at = ?, version = version + 1 WHERE id = ?"));
    for (const BookingDay &day : plan.changes) {
        if (!day.cancel)
            continue;
        bindAll(find, {day.childId, asked.activityId, day.day.toString(Qt::ISODate)});
        if (Status s = execOrError(find); !s)
            return s.error();
        if (!find.next() || (find.value(1).isNull() && find.value(2).toInt() == 0))
            return Error::of(tr("The booking of %1 on %2 has no ticket in the wallet. Run guichet-cli verify "
                                "and call your IT support.")
                                 .arg(day.childName, frenchDate(day.day)));
        const qint64 bookingId = find.value(0).toLongLong();
        find.finish();
        MovementSource source = MovementSource::ofBooking(bookingId, day.childId, day.day);
        // Its ticket back to its lot (none when it was owed).
        if (Status s = wallet.giveBackBooking(MovementKind::Cancellation, source); !s)
            return s.error();
        bindAll(cancel, {now, bookingId});
        if (Status s = execOrError(cancel); !s)
            return s.error();
    }

    if (plan.taken() > 0) {
        const auto lots = wallet.openLots(asked.householdId, asked.activityId);
        if (!lots)
            return lots.error();
        QList<Lot> open = lots.value(); // oldest first; 'remaining' counts down as tickets are taken
        const QString reason = asked.overrideReason.simplified();
        // The rows go through SQLite's C API, together: a request may book a school year for a few children.
        DirectInsert &insert = DirectInsert::kept(
            m_bookingInsert, db,
            "INSERT INTO booking (id, uuid, origin_site, household_id, child_id, activity_id, "
            "service_day, status, clerk, created_at, updated_at, tickets_owed, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)");
        // Their ids, which their tickets name, are the ones SQLite would give them: each the next after the
        // last (a booking is never deleted, and no one else writes during this transaction).
        QSqlQuery &last = statements.get(QStringLiteral("SELECT coalesce(max(id), 0) FROM booking"));
        if (Status s = execOrError(last); !s)
            return s.error();
        qint64 nextId = last.next() ? last.value(0).toLongLong() + 1 : 1;
        last.finish();
        const QByteArray site = db.siteId().toUtf8(), clerk = m_session.actor().toUtf8(), at = now.toUtf8(),
                         owedReason = reason.toUtf8();
        QList<DirectValue> rows;
        QList<WalletService::BookingTicket> tickets; // each new day's ticket, from the oldest lot left
        for (const BookingDay &day : plan.changes) {
            if (day.cancel)
                continue;
            while (!open.isEmpty() && open.first().remaining == 0)
                open.removeFirst();
            // No ticket left: only the régisseur's override books the day, its ticket owed (made owing at
            // once: what a booking owes never goes up), taken from the next tickets bought.
            const bool owed = open.isEmpty();
            if (owed &&
                reason.isEmpty()) // the plan counted the balance: only a concurrent writer could empty it
                return Error::of(tr("The wallet changed meanwhile: try again."));
            const qint64 bookingId = nextId++;
            rows += {bookingId,
                     createUuidV7(db.clock()).toLatin1(),
                     site,
                     asked.householdId,
                     day.childId,
                     asked.activityId,
                     day.day.toString(Qt::ISODate).toLatin1(),
                     clerk,
                     at,
                     at,
                     owed ? 1 : 0,
                     owed ? owedReason : QByteArray()};
            if (owed)
                continue;
            tickets += {open.first(), MovementSource::ofBooking(bookingId, day.childId, day.day)};
            --open.first().remaining;
        }
        if (Status s = insert.insert(rows); !s)
            return s.error();
        if (Status s = wallet.takeForBookings(tickets); !s)
            return s.error();
        if (Status s = m_session.mail().lowBalance(asked.householdId, asked.activityId, plan.balanceAfter);
            !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return planned;
}

// Takes 'count' tickets for a booking from the household's open lots, oldest first: its first ticket as the
// booking's, the others as its surcharge. Returns how many the lots had.
static Result<int> takeTickets(WalletService &wallet, qint64 householdId, qint64 activityId,
                               const MovementSource &source, bool firstTaken, int count)
{
    const auto lots = wallet.openLots(householdId, activityId);
    if (!lots)
        return lots.error();
    QList<Lot> open = lots.value();
    int taken = 0;
    while (taken < count && !open.isEmpty()) {
        if (open.first().remaining == 0) {
            open.removeFirst();
            continue;
        }
        const MovementKind kind = firstTaken || taken > 0 ? MovementKind::Surcharge : MovementKind::Booking;
        if (auto moved = wallet.takeFromLot(open.first(), 1, kind, source); !moved)
            return moved.error();
        --open.first().remaining;
        ++taken;
    }
    return taken;
}

Result<WalkIn> BookingService::walkIn(qint64 childId, qint64 activityId, const QDate &day, qint64 householdId)
{
    if (!day.isValid())
        return Error::of(tr("Give the day the child was present (YYYY-MM-DD)."));
    if (day > m_session.today())
        return Error::of(tr("Attendance is taken on the day: %1 is still to come.").arg(frenchDate(day)));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.first_name, c.school_id, a.name, a.walk_in_surcharge FROM child c, activity a "
        "WHERE c.id = ? AND a.id = ?"));
    bindAll(q, {childId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("Choose a child and an activity of the lists."));
    const QString childName = q.value(0).toString();
    const qint64 schoolId = q.value(1).toLongLong();
    const QString activityName = q.value(2).toString();
    const int due = 1 + q.value(3).toInt();
    q.finish();

    // Charged to the household that has the child that day.
    q.prepare(
        QStringLiteral("SELECT h.id, h.name FROM household_child l JOIN household h ON h.id = l.household_id "
                       "WHERE l.child_id = ? ORDER BY h.id"));
    q.addBindValue(childId);
    if (Status s = execOrError(q); !s)
        return s.error();
    QHash<qint64, QString> households;
    while (q.next())
        households.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    const auto schedule = m_session.custody().schedule(childId);
    if (!schedule)
        return schedule.error();
    const qint64 keeper = schedule.value().householdOn(day);
    if (householdId == 0)
        householdId = keeper != 0 ? keeper : households.size() == 1 ? households.keys().first() : 0;
    if (householdId == 0)
        return Error::of(tr("%1 is in two family files and no custody schedule says where on %2: choose the "
                            "household to charge.")
                             .arg(childName, frenchDate(day)));
    if (!households.contains(householdId))
        return Error::of(tr("%1 is not in this family file. Reopen the file.").arg(childName));
    if (keeper != 0 && keeper != householdId)
        return Error::of(tr("%1 was in the care of %2 on %3: charge that household.")
                             .arg(childName, schedule.value().householdNameOn(day), frenchDate(day)));

    const auto calendar = SchoolCalendar(m_session).days(day, day, schoolId);
    if (!calendar)
        return calendar.error();
    if (calendar.value().isEmpty() || !calendar.value().first().isServiceDay())
        return Error::of(tr("There is no service on %1 (%2): check the day.")
                             .arg(frenchDate(day),
                                  calendar.value().isEmpty() ? QString() : calendar.value().first().reason));
    q.prepare(QStringLiteral(
        "SELECT status FROM booking WHERE child_id = ? AND activity_id = ? AND service_day = ? "
        "AND status <> 'cancelled'"));
    bindAll(q, {childId, activityId, day.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next())
        return Error::of(
            tr("%1 is already on the list of %2 for %3 (%4): mark the attendance there.")
                .arg(childName, frenchDate(day), activityName, bookingStatusLabel(q.value(0).toString())));
    q.finish();

    const QString now = db.clock().nowIso();
    q.prepare(QStringLiteral(
        "INSERT INTO booking (uuid, origin_site, household_id, child_id, activity_id, "
        "service_day, status, clerk, created_at, updated_at, tickets_due, tickets_owed, walk_in) "
        "VALUES (?, ?, ?, ?, ?, ?, 'present', ?, ?, ?, ?, ?, 1)"));
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), householdId, childId, activityId,
                day.toString(Qt::ISODate), m_session.actor(), now, now, due, due});
    if (Status s = execOrError(q); !s)
        return s.error();
    WalkIn walkIn;
    walkIn.bookingId = q.lastInsertId().toLongLong();
    walkIn.householdId = householdId;
    walkIn.householdName = households.value(householdId);
    MovementSource source = MovementSource::ofBooking(walkIn.bookingId, childId, day);
    const auto taken = takeTickets(m_session.wallet(), householdId, activityId, source, false, due);
    if (!taken)
        return taken.error();
    walkIn.ticketsTaken = taken.value();
    walkIn.ticketsOwed = due - taken.value();
    q.prepare(QStringLiteral("UPDATE booking SET tickets_owed = ? WHERE id = ?"));
    bindAll(q, {walkIn.ticketsOwed, walkIn.bookingId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (taken.value() > 0) {
        const auto balance = m_session.wallet().balance(householdId, activityId);
        if (!balance)
            return balance.error();
        if (Status s = m_session.mail().lowBalance(householdId, activityId, balance.value()); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return walkIn;
}

Result<int> BookingService::cancelWithoutService(const QDate &from, const QDate &to, const QString &why)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT b.id, b.child_id, b.service_day, coalesce(c.school_id, 0) FROM booking b JOIN "
                       "child c ON c.id = b.child_id WHERE b.service_day BETWEEN ? AND ? AND b.status = "
                       "'booked' ORDER BY c.school_id, b.service_day"));
    bindAll(q, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    struct Live
    {
        qint64 id, childId;
        QDate day;
        qint64 schoolId;
    };
    QList<Live> live;
    while (q.next())
        live += Live{q.value(0).toLongLong(), q.value(1).toLongLong(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong()};
    q.finish();
    QHash<qint64, QSet<QDate>> noService; // school → its days without service in the range
    SchoolCalendar calendar(m_session);
    QSqlQuery cancel(db.connection());
    cancel.prepare(
        QStringLiteral("UPDATE booking SET status = 'cancelled', note = ?, updated_at = ?, version = "
                       "version + 1 WHERE id = ?"));
    int cancelled = 0;
    for (const Live &b : std::as_const(live)) {
        if (!noService.contains(b.schoolId)) {
            const auto days = calendar.days(from, to, b.schoolId);
            if (!days)
                return days.error();
            QSet<QDate> &off = noService[b.schoolId];
            for (const CalendarDay &d : days.value())
                if (!d.isServiceDay())
                    off.insert(d.date);
        }
        if (!noService.value(b.schoolId).contains(b.day))
            continue;
        MovementSource source = MovementSource::ofBooking(b.id, b.childId, b.day);
        if (Status s = m_session.wallet().giveBackBooking(MovementKind::Cancellation, source); !s)
            return s.error();
        bindAll(cancel, {why, db.clock().nowIso(), b.id});
        if (Status s = execOrError(cancel); !s)
            return s.error();
        ++cancelled;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return cancelled;
}

Status BookingService::settleOwed(qint64 householdId, qint64 activityId)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_session.statements().get(QStringLiteral(
        "SELECT b.id, b.child_id, b.service_day, b.tickets_owed, b.tickets_due FROM booking b "
        "WHERE b.household_id = ? AND b.activity_id = ? AND b.tickets_owed > 0 AND b.status NOT "
        "IN ('cancelled', 'excused') ORDER BY b.service_day, b.id"));
    bindAll(q, {householdId, activityId});
    if (Status s = execOrError(q); !s)
        return s;
    struct Owing
    {
        qint64 id, childId;
        QDate day;
        int owed, due;
    };
    QList<Owing> owing;
    while (q.next())
        owing += Owing{q.value(0).toLongLong(), q.value(1).toLongLong(),
                       QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt(),
                       q.value(4).toInt()};
    q.finish();
    QSqlQuery &update = m_session.statements().get(QStringLiteral(
        "UPDATE booking SET tickets_owed = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    for (const Owing &o : std::as_const(owing)) {
        MovementSource source = MovementSource::ofBooking(o.id, o.childId, o.day);
        // Its first ticket is the booking's when it was owed from the start.
        const auto taken =
            takeTickets(m_session.wallet(), householdId, activityId, source, o.owed < o.due, o.owed);
        if (!taken)
            return taken.error();
        if (taken.value() == 0)
            break; // no ticket left
        bindAll(update, {o.owed - taken.value(), db.clock().nowIso(), o.id});
        if (Status s = execOrError(update); !s)
            return s;
    }
    return transaction.commit();
}

Result<PlanningMonth> BookingService::month(qint64 householdId, qint64 activityId,
                                            const QDate &anyDayOfTheMonth) const
{
    const auto file = m_session.family().load(householdId);
    if (!file)
        return file.error();
    const bool validated = FileWorkflow::canBuyTickets(file.value().household.status);
    Window window;
    if (Status s = window.load(m_session, activityId); !s)
        return s.error();
    PlanningMonth month;
    month.first = QDate(anyDayOfTheMonth.year(), anyDayOfTheMonth.month(), 1);
    month.activityName = window.activityName;
    const QDate last = month.first.addMonths(1).addDays(-1);
    QList<qint64> ids;
    for (const Child &child : file.value().children)
        ids += child.id;
    Candidates candidates;
    if (!ids.isEmpty())
        if (Status s = candidates.load(m_session, file.value(), ids, activityId, month.first, last); !s)
            return s.error();
    for (const Child &child : file.value().children) {
        PlanningRow row;
        row.childId = child.id;
        row.childName = child.firstName;
        for (QDate date = month.first; date <= last; date = date.addDays(1)) {
            const CalendarDay day = candidates.day(child, date);
            PlanningCell cell;
            cell.serviceDay = day.isServiceDay();
            cell.status = candidates.liveStatus.value(dayKey(child.id, date));
            if (!cell.serviceDay) {
                cell.reason = day.reason;
            } else if (!validated) {
                cell.reason = tr("the family file is not validated");
            } else if (cell.status != QLatin1String("") && cell.status != QLatin1String("booked")) {
                cell.reason = bookingStatusLabel(cell.status);
            } else if (cell.status == QLatin1String("booked") &&
                       candidates.liveHousehold.value(dayKey(child.id, date)) != householdId) {
                cell.reason = tr("booked by the child's other household");
            } else if (const QString other = candidates.elsewhere(child, date, householdId);
                       cell.status.isEmpty() && !other.isEmpty()) {
                cell.reason = other;
            } else {
                cell.reason = window.closed(date);
                cell.editable = cell.reason.isEmpty();
            }
            row.cells += cell;
        }
        month.rows += row;
    }
    const auto balance = m_session.wallet().balance(householdId, activityId);
    if (!balance)
        return balance.error();
    month.balance = balance.value();
    return month;
}

} // namespace guichet
