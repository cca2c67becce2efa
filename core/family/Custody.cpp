#include "family/Custody.h"

#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "family/AuditTrail.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace guichet {

bool CustodyPeriod::covers(const QDate &day) const
{
    if (day < first || (last.isValid() && day > last))
        return false;
    if (kind == Kind::Dates)
        return true;
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return (first.daysTo(monday) / 7) % 2 == 0;
}

qint64 CustodySchedule::householdOn(const QDate &day) const
{
    // Dates win over the weeks; periods are kept dates first.
    for (const CustodyPeriod &p : periods)
        if (p.covers(day))
            return p.householdId;
    return 0;
}

QString CustodySchedule::householdNameOn(const QDate &day) const
{
    for (const CustodyPeriod &p : periods)
        if (p.covers(day))
            return p.householdName;
    return {};
}

QString CustodySchedule::describe() const
{
    QStringList weeks, dates;
    for (const CustodyPeriod &p : periods)
        if (p.kind == CustodyPeriod::Kind::AlternateWeeks)
            weeks += CustodyService::tr("%1 from the week of %2").arg(p.householdName, frenchDate(p.first));
        else
            dates += CustodyService::tr("%1 from %2 to %3")
                         .arg(p.householdName, frenchDate(p.first), frenchDate(p.last));
    QStringList parts;
    if (!weeks.isEmpty())
        parts += CustodyService::tr("alternate weeks: %1").arg(weeks.join(QStringLiteral(", ")));
    if (!dates.isEmpty())
        parts += CustodyService::tr("dates: %1").arg(dates.join(QStringLiteral(", ")));
    return parts.isEmpty() ? CustodyService::tr("not set") : parts.join(QStringLiteral("; "));
}

Result<CustodySchedule> CustodyService::schedule(qint64 childId) const
{
    const auto all = schedules({childId});
    if (!all)
        return all.error();
    CustodySchedule schedule = all.value().value(childId);
    schedule.childId = childId;
    return schedule;
}

Result<QHash<qint64, CustodySchedule>> CustodyService::schedules(const QList<qint64> &childIds) const
{
    QHash<qint64, CustodySchedule> result;
    if (childIds.isEmpty())
        return result;
    QStringList ids;
    for (const qint64 id : childIds)
        ids += QString::number(id);
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    // Ids are numbers: safe to inline.
    if (!q.exec(QStringLiteral(
                    "SELECT c.id, c.child_id, c.household_id, h.name, c.kind, c.first_day, c.last_day "
                    "FROM custody c JOIN household h ON h.id = c.household_id WHERE c.child_id IN (%1) "
                    "ORDER BY c.child_id, c.kind DESC, c.first_day, c.id")
                    .arg(ids.join(QLatin1Char(',')))))
        return storageError(q.lastError()).error();
    while (q.next()) {
        CustodySchedule &schedule = result[q.value(1).toLongLong()];
        schedule.childId = q.value(1).toLongLong();
        CustodyPeriod p;
        p.id = q.value(0).toLongLong();
        p.householdId = q.value(2).toLongLong();
        p.householdName = q.value(3).toString();
        p.kind = q.value(4).toString() == QLatin1String("dates") ? CustodyPeriod::Kind::Dates
                                                                 : CustodyPeriod::Kind::AlternateWeeks;
        p.first = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.last = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        schedule.periods += p;
    }
    return result;
}

Result<QList<std::pair<qint64, QString>>> CustodyService::householdsOf(qint64 childId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(
        QStringLiteral("SELECT h.id, h.name FROM household_child l JOIN household h ON h.id = l.household_id "
                       "WHERE l.child_id = ? ORDER BY h.id"));
    q.addBindValue(childId);
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<std::pair<qint64, QString>> households;
    while (q.next())
        households += {q.value(0).toLongLong(), q.value(1).toString()};
    if (households.isEmpty())
        return Error::of(tr("This child is in no family file. Reopen the file."));
    return households;
}

// One change of a child's schedule: in one transaction, 'write' is given the schedule as it was, and the
// change goes into the history of every household of the child, the schedule before and after.
Status CustodyService::change(qint64 childId, const std::function<Status(const CustodySchedule &)> &write)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    const auto before = schedule(childId);
    if (!before)
        return before.error();
    if (Status s = write(before.value()); !s)
        return s;
    const auto after = schedule(childId);
    if (!after)
        return after.error();
    if (after.value().describe() == before.value().describe()) // nothing changed: nothing to tell
        return transaction.commit();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT first_name || ' ' || last_name FROM child WHERE id = ?"));
    q.addBindValue(childId);
    if (Status s = execOrError(q); !s)
        return s;
    const QString name = q.next() ? q.value(0).toString() : QString();
    q.finish();
    const auto households = householdsOf(childId);
    if (!households)
        return households.error();
    AuditTrail audit(m_session);
    for (const auto &household : households.value())
        if (Status s = audit.record(household.first, QStringLiteral("child"), name, QStringLiteral("custody"),
                                    before.value().describe(), after.value().describe());
            !s)
            return s;
    return transaction.commit();
}

Status CustodyService::setAlternateWeeks(qint64 childId, qint64 firstHousehold, const QDate &firstMonday)
{
    if (!firstMonday.isValid() || firstMonday.dayOfWeek() != Qt::Monday)
        return Error::of(tr("Alternate weeks start on a Monday: choose the Monday of the first week."));
    return change(childId, [&](const CustodySchedule &) -> Status {
        const auto households = householdsOf(childId);
        if (!households)
            return households.error();
        const auto &list = households.value();
        if (list.size() != 2)
            return Error::of(
                tr("Alternate weeks are between two households: this child is in %n family file(s). "
                   "Attach the child to the other parent's file first.",
                   nullptr, int(list.size())));
        if (std::none_of(list.cbegin(), list.cend(),
                         [&](const auto &h) { return h.first == firstHousehold; }))
            return Error::of(tr("Choose one of the child's two households for the first week."));
        const qint64 other = list.at(0).first == firstHousehold ? list.at(1).first : list.at(0).first;
        Database &db = m_session.database();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM custody WHERE child_id = ? AND kind = 'alternate_weeks'"));
        q.addBindValue(childId);
        if (Status s = execOrError(q); !s)
            return s;
        q.prepare(
            QStringLiteral("INSERT INTO custody (uuid, origin_site, child_id, household_id, kind, first_day, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, 'alternate_weeks', ?, ?, ?)"));
        const QString now = db.clock().nowIso();
        for (const auto &[household, monday] :
             {std::pair{firstHousehold, firstMonday}, std::pair{other, firstMonday.addDays(7)}}) {
            bindAll(q, {createUuidV7(db.clock()), db.siteId(), childId, household,
                        monday.toString(Qt::ISODate), now, now});
            if (Status s = execOrError(q); !s)
                return s;
        }
        return {};
    });
}

Status CustodyService::addDates(qint64 childId, qint64 householdId, const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || first > last)
        return Error::of(tr("Give a first day and a last day, the first one before the last."));
    return change(childId, [&](const CustodySchedule &before) -> Status {
        const auto households = householdsOf(childId);
        if (!households)
            return households.error();
        if (std::none_of(households.value().cbegin(), households.value().cend(),
                         [&](const auto &h) { return h.first == householdId; }))
            return Error::of(tr("Choose one of the child's households."));
        for (const CustodyPeriod &p : before.periods)
            if (p.kind == CustodyPeriod::Kind::Dates && p.first <= last && first <= p.last)
                return Error::of(
                    tr("These dates overlap the stay with %1 from %2 to %3: remove that period first.")
                        .arg(p.householdName, frenchDate(p.first), frenchDate(p.last)));
        Database &db = m_session.database();
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO custody (uuid, origin_site, child_id, household_id, kind, first_day, "
                           "last_day, created_at, updated_at) VALUES (?, ?, ?, ?, 'dates', ?, ?, ?, ?)"));
        const QString now = db.clock().nowIso();
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), childId, householdId, first.toString(Qt::ISODate),
                    last.toString(Qt::ISODate), now, now});
        return execOrError(q);
    });
}

Status CustodyService::removePeriod(qint64 periodId)
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT child_id, kind FROM custody WHERE id = ?"));
    q.addBindValue(periodId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This period no longer exists. Reopen the file."));
    const qint64 childId = q.value(0).toLongLong();
    const bool weeks = q.value(1).toString() == QLatin1String("alternate_weeks");
    q.finish();
    return change(childId, [&](const CustodySchedule &) {
        // Alternate weeks go together: half a rota would leave every other week to nobody.
        q.prepare(weeks
                      ? QStringLiteral("DELETE FROM custody WHERE child_id = ? AND kind = 'alternate_weeks'")
                      : QStringLiteral("DELETE FROM custody WHERE id = ?"));
        q.addBindValue(weeks ? childId : periodId);
        return execOrError(q);
    });
}

Status CustodyService::clear(qint64 childId)
{
    return change(childId, [&](const CustodySchedule &) {
        QSqlQuery q(m_session.database().connection());
        q.prepare(QStringLiteral("DELETE FROM custody WHERE child_id = ?"));
        q.addBindValue(childId);
        return execOrError(q);
    });
}

} // namespace guichet
