#include "planning/CalendarEditor.h"
#include "users/UserService.h"

#include "calendar/SchoolCalendar.h"
#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "planning/BookingService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QStringList>

namespace guichet {

Result<QList<CalendarPeriod>> CalendarEditor::periods(const QDate &from, const QDate &to) const
{
    const auto zone = m_session.commune().schoolZone();
    if (!zone)
        return zone.error();
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.kind, p.label, coalesce(p.school_id, 0), coalesce(s.name, ''), "
        "p.first_day, p.last_day, p.source FROM calendar_period p LEFT JOIN school s ON s.id = "
        "p.school_id WHERE p.first_day <= ? AND p.last_day >= ? AND (p.kind = 'closure' OR "
        "p.zone IN ('', ?)) ORDER BY p.first_day, p.id"));
    bindAll(q, {to.toString(Qt::ISODate), from.toString(Qt::ISODate), zone.value()});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<CalendarPeriod> list;
    while (q.next())
        list += CalendarPeriod{q.value(0).toLongLong(),
                               q.value(1).toString() == QLatin1String("closure"),
                               q.value(2).toString(),
                               q.value(3).toLongLong(),
                               q.value(4).toString(),
                               QDate::fromString(q.value(5).toString(), Qt::ISODate),
                               QDate::fromString(q.value(6).toString(), Qt::ISODate),
                               q.value(7).toString()};
    return list;
}

Result<CalendarChange> CalendarEditor::addPeriod(bool closure, const QString &label, const QDate &first,
                                                 const QDate &last, qint64 schoolId)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the school calendar")); !s)
        return s.error();
    const QString name = label.simplified();
    if (name.isEmpty())
        return Error::inField(
            QStringLiteral("label"),
            tr("Say why there is no service (\"Grève\", \"Pont de l'Ascension\"): parents and "
               "staff see it."));
    if (!first.isValid() || !last.isValid() || first > last)
        return Error::inField(QStringLiteral("dates"),
                              tr("Give a first day and a last day, the first one before the "
                                 "last."));
    if (first.daysTo(last) > 366)
        return Error::inField(QStringLiteral("dates"), tr("A period lasts a year at most."));
    if (!closure && schoolId != 0)
        return Error::of(tr("School holidays are the same for every school: add a closure for one school."));
    const auto zone = m_session.commune().schoolZone();
    if (!zone)
        return zone.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO calendar_period (uuid, origin_site, kind, zone, school_id, label, "
        "first_day, last_day, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual', ?)"));
    bindAll(q, {createUuidV7(db.clock()), db.siteId(),
                closure ? QStringLiteral("closure") : QStringLiteral("holiday"),
                closure ? QString() : zone.value(), schoolId != 0 ? QVariant(schoolId) : sqlNull(), name,
                first.toString(Qt::ISODate), last.toString(Qt::ISODate), db.clock().nowIso()});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return Error::of(tr("This period is already in the calendar."));
    CalendarChange change;
    change.periodId = q.lastInsertId().toLongLong();
    const auto cancelled = m_session.bookings().cancelWithoutService(first, last, name);
    if (!cancelled)
        return cancelled.error();
    change.bookingsCancelled = cancelled.value();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return change;
}

Status CalendarEditor::removePeriod(qint64 periodId)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the school calendar")); !s)
        return s;
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_period WHERE id = ?"));
    q.addBindValue(periodId);
    if (Status s = execOrError(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::of(tr("This period is no longer in the calendar. Reopen the list."));
    return transaction.commit();
}

Result<QList<int>> CalendarEditor::week(qint64 schoolYearId, qint64 schoolId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral(
        "SELECT weekdays FROM school_week WHERE school_year_id = ? AND coalesce(school_id, 0) = ?"));
    bindAll(q, {schoolYearId, schoolId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next())
        return CommuneSettings::parseWeekdays(q.value(0).toString());
    q.finish();
    if (schoolId != 0) // the school follows the commune's week of that year
        return week(schoolYearId, 0);
    return m_session.commune().serviceWeekdays();
}

Result<CalendarChange> CalendarEditor::setWeek(qint64 schoolYearId, qint64 schoolId,
                                               const QList<int> &weekdays)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the school calendar")); !s)
        return s.error();
    if (weekdays.isEmpty())
        return Error::of(tr("Choose at least one day of the week with service."));
    QStringList days;
    for (const int d : weekdays) {
        if (d < 1 || d > 7)
            return Error::of(tr("The days of the week go from 1 (Monday) to 7 (Sunday)."));
        days += QString::number(d);
    }
    days.removeDuplicates();
    days.sort();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT start_date, end_date FROM school_year WHERE id = ?"));
    q.addBindValue(schoolYearId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("Choose a school year of the list."));
    const QDate start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    q.prepare(
        QStringLiteral("UPDATE school_week SET weekdays = ?, updated_at = ?, version = version + 1 WHERE "
                       "school_year_id = ? AND coalesce(school_id, 0) = ?"));
    bindAll(q, {days.join(QLatin1Char(',')), db.clock().nowIso(), schoolYearId, schoolId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.numRowsAffected() == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO school_week (uuid, origin_site, school_year_id, school_id, weekdays, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), schoolYearId,
                    schoolId != 0 ? QVariant(schoolId) : sqlNull(), days.join(QLatin1Char(',')),
                    db.clock().nowIso()});
        if (Status s = execOrError(q); !s)
            return s.error();
    }
    CalendarChange change;
    // From today on: the days gone by keep what happened.
    const auto cancelled = m_session.bookings().cancelWithoutService(std::max(start, m_session.today()), end,
                                                                     tr("No longer a day of service"));
    if (!cancelled)
        return cancelled.error();
    change.bookingsCancelled = cancelled.value();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return change;
}

Result<CalendarChange> CalendarEditor::importFile(const QString &path, const QString &zone)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the school calendar")); !s)
        return s.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto report = CalendarImport(m_session).importFile(path, zone);
    if (!report)
        return report.error();
    CalendarChange change;
    change.imported = report.value();
    // The bookings on the days the file took away (the holidays of the school years it covers).
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT min(start_date), max(end_date) FROM school_year")) || !q.next())
        return storageError(q.lastError()).error();
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    if (report.value().added > 0 && first.isValid() && last.isValid()) {
        // At most two school years at a time (the calendar's reach): from today on, the past is done.
        const QDate from = std::max(first, m_session.today());
        for (QDate chunk = from; chunk <= last; chunk = chunk.addDays(SchoolCalendar::MaxDays)) {
            const auto cancelled = m_session.bookings().cancelWithoutService(
                chunk, std::min(last, chunk.addDays(SchoolCalendar::MaxDays - 1)), tr("School holidays"));
            if (!cancelled)
                return cancelled.error();
            change.bookingsCancelled += cancelled.value();
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return change;
}

} // namespace guichet
