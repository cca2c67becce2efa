#include "catalog/CatalogService.h"
#include "users/UserService.h"

#include "common/CommuneTime.h"
#include "common/TextFolding.h"
#include "common/Uuid.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRegularExpression>

namespace guichet {

namespace {
QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

static Error bracketsFrozen()
{
    return Error::of(
        CatalogService::tr("Tickets have already been sold for this school year: its brackets can no "
                           "longer change. Change the prices instead, or prepare the next school "
                           "year."));
}

Result<QList<Activity>> CatalogService::activities(bool includeInactive) const
{
    QList<Activity> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT id, code, name, ticket_unit, active, position, version, booking_deadline_days, "
                    "booking_deadline_time, counts_meals, walk_in_surcharge, low_balance_threshold FROM "
                    "activity %1 "
                    "ORDER BY position, id")
                    .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        return storageError(q.lastError()).error();
    enum Column
    {
        Id,
        Code,
        Name,
        TicketUnit,
        Active,
        Position,
        Version,
        DeadlineDays,
        DeadlineTime,
        CountsMeals,
        WalkInSurcharge,
        LowBalanceThreshold
    };
    while (q.next()) {
        Activity a{q.value(Id).toLongLong(),       q.value(Code).toString(), q.value(Name).toString(),
                   q.value(TicketUnit).toString(), q.value(Active).toBool(), q.value(Position).toInt(),
                   q.value(Version).toInt()};
        a.deadlineDaysBefore = q.value(DeadlineDays).toInt();
        a.deadlineTime = QTime::fromString(q.value(DeadlineTime).toString(), QStringLiteral("HH:mm"));
        a.countsMeals = q.value(CountsMeals).toBool();
        a.walkInSurcharge = q.value(WalkInSurcharge).toInt();
        a.lowBalanceThreshold = q.value(LowBalanceThreshold).toInt();
        list += a;
    }
    return list;
}

Result<qint64> CatalogService::saveActivity(const Activity &activity)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s.error();
    const QString name = activity.name.trimmed();
    if (name.isEmpty())
        return Error::inField(QStringLiteral("name"), tr("Required: the name families and staff see."));
    if (activity.deadlineDaysBefore < 0 || activity.deadlineDaysBefore > 30)
        return Error::inField(QStringLiteral("deadline"),
                              tr("The booking deadline is from 0 (the same day) to 30 days before the day."));
    if (!activity.deadlineTime.isValid())
        return Error::inField(QStringLiteral("deadline"),
                              tr("Give the deadline's time as HH:MM, 10:00 for instance."));
    if (activity.walkInSurcharge < 0 || activity.walkInSurcharge > 5)
        return Error::inField(
            QStringLiteral("walkInSurcharge"),
            tr("The surcharge of a child present without a booking is from 0 to 5 tickets."));
    if (activity.lowBalanceThreshold < 0 || activity.lowBalanceThreshold > 100)
        return Error::inField(QStringLiteral("lowBalanceThreshold"),
                              tr("Families are told below 1 to 100 tickets, or never (0)."));
    const QString deadlineTime = activity.deadlineTime.toString(QStringLiteral("HH:mm"));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    const QString now = db.clock().nowIso();
    qint64 id = activity.id;
    if (id == 0) {
        QString code = activity.code.trimmed();
        if (code.isEmpty())
            code = foldText(name)
                       .replace(QLatin1Char(' '), QLatin1Char('_'))
                       .remove(QRegularExpression(QStringLiteral("[^a-z0-9_]")));
        q.prepare(QStringLiteral("SELECT 1 FROM activity WHERE code = ? OR name = ?"));
        bindAll(q, {code, name});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.next())
            return Error::inField(QStringLiteral("name"), tr("An activity with this name already exists."));
        q.prepare(QStringLiteral(
            "INSERT INTO activity (uuid, origin_site, code, name, ticket_unit, active, position, created_at, "
            "updated_at, booking_deadline_days, booking_deadline_time, counts_meals, walk_in_surcharge, "
            "low_balance_threshold) VALUES "
            "(?,?,?,?,?,?,(SELECT coalesce(max(position), 0) + 1 FROM activity),?,?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), code, name, activity.ticketUnit.trimmed(),
                    activity.active, now, now, activity.deadlineDaysBefore, deadlineTime,
                    activity.countsMeals, activity.walkInSurcharge, activity.lowBalanceThreshold});
        if (Status s = execOrError(q); !s)
            return s.error();
        id = q.lastInsertId().toLongLong();
    } else {
        q.prepare(QStringLiteral(
            "UPDATE activity SET name = ?, ticket_unit = ?, active = ?, updated_at = ?, "
            "booking_deadline_days = ?, booking_deadline_time = ?, counts_meals = ?, "
            "walk_in_surcharge = ?, low_balance_threshold = ?, version = version + 1 WHERE id = ? AND "
            "version = ?"));
        bindAll(q, {name, activity.ticketUnit.trimmed(), activity.active, now, activity.deadlineDaysBefore,
                    deadlineTime, activity.countsMeals, activity.walkInSurcharge,
                    activity.lowBalanceThreshold, id, activity.version});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return Error::of(
                tr("This activity was changed meanwhile (on another counter or window). Reopen the "
                   "list and make your change again."));
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QMap<qint64, int>> CatalogService::places(qint64 activityId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT school_id, places FROM activity_capacity WHERE activity_id = ?"));
    q.addBindValue(activityId);
    if (Status s = execOrError(q); !s)
        return s.error();
    QMap<qint64, int> places;
    while (q.next())
        places.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return places;
}

Status CatalogService::setPlaces(qint64 activityId, qint64 schoolId, int places)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s;
    if (places > 2000)
        return Error::inField(QStringLiteral("places"), tr("At most 2,000 places a day: check the number."));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(db.connection());
    if (places < 0) {
        q.prepare(QStringLiteral("DELETE FROM activity_capacity WHERE activity_id = ? AND school_id = ?"));
        bindAll(q, {activityId, schoolId});
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO activity_capacity (uuid, school_id, activity_id, places, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id, activity_id) DO UPDATE SET places = "
            "excluded.places, updated_at = excluded.updated_at, version = version + 1"));
        bindAll(q, {createUuidV7(db.clock()), schoolId, activityId, places, db.clock().nowIso()});
    }
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Result<QList<SchoolYear>> CatalogService::schoolYears() const
{
    QList<SchoolYear> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, label, start_date, end_date, booking_opens_on, version FROM "
                               "school_year ORDER BY start_date")))
        return storageError(q.lastError()).error();
    enum Column
    {
        Id,
        Label,
        Start,
        End,
        BookingOpensOn,
        Version
    };
    while (q.next())
        list +=
            SchoolYear{q.value(Id).toLongLong(), q.value(Label).toString(),       dateOf(q.value(Start)),
                       dateOf(q.value(End)),     dateOf(q.value(BookingOpensOn)), q.value(Version).toInt()};
    return list;
}

Result<SchoolYear> CatalogService::schoolYear(qint64 id) const
{
    const auto years = schoolYears();
    if (!years)
        return years.error();
    for (const SchoolYear &y : years.value())
        if (y.id == id)
            return y;
    return Error::of(tr("This school year does not exist (any more). Reopen the list."));
}

Result<SchoolYear> CatalogService::schoolYearForSale(const QDate &day) const
{
    const auto years = schoolYears();
    if (!years)
        return years.error();
    for (const SchoolYear &y : years.value())
        if (y.start <= day && day <= y.end)
            return y;
    for (const SchoolYear &y : years.value()) // summer: tickets are sold for the coming year
        if (y.start > day)
            return y;
    if (years.value().isEmpty())
        return Error::of(tr("No school year is set up. Ask the administrator to create one with its tariffs; "
                            "nothing was sold."));
    return Error::of(
        tr("The school year %1 ended on %2 and the next one is not set up yet: tickets cannot be "
           "sold at last year's prices. Ask the administrator to create the next school year "
           "with its tariffs; nothing was sold.")
            .arg(years.value().last().label, frenchDate(years.value().last().end)));
}

std::optional<SchoolYear> CatalogService::schoolYearToShow(const QDate &day) const
{
    if (auto forSale = schoolYearForSale(day))
        return forSale.value();
    const auto years = schoolYears();
    if (years && !years.value().isEmpty())
        return years.value().last();
    return std::nullopt;
}

Result<qint64> CatalogService::saveSchoolYear(const SchoolYear &year)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s.error();
    QMap<QString, QString> errors;
    static const QRegularExpression labelPattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto match = labelPattern.match(year.label.trimmed());
    if (!match.hasMatch() || match.captured(2).toInt() != match.captured(1).toInt() + 1)
        errors[QStringLiteral("label")] = tr("Type the school year as 2026-2027.");
    if (!year.start.isValid())
        errors[QStringLiteral("start")] = tr("Give the first day of the school year.");
    if (!year.end.isValid() || (year.start.isValid() && year.end <= year.start))
        errors[QStringLiteral("end")] = tr("The last day must come after the first day.");
    if (!year.bookingOpensOn.isValid() || (year.end.isValid() && year.bookingOpensOn > year.end))
        errors[QStringLiteral("bookingOpensOn")] =
            tr("Bookings must open before the end of the school year.");
    if (!errors.isEmpty())
        return Error::inFields(errors);
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT label FROM school_year WHERE id <> ? AND start_date <= ? AND end_date >= ?"));
    bindAll(q, {year.id, year.end.toString(Qt::ISODate), year.start.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next())
        return Error::inField(QStringLiteral("start"),
                              tr("These dates overlap the school year %1.").arg(q.value(0).toString()));
    const QString now = db.clock().nowIso();
    qint64 id = year.id;
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO school_year (uuid, origin_site, label, start_date, end_date, "
                                 "booking_opens_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), year.label.trimmed(),
                    year.start.toString(Qt::ISODate), year.end.toString(Qt::ISODate),
                    year.bookingOpensOn.toString(Qt::ISODate), now, now});
        if (Status s = execOrError(q); !s)
            return s.error();
        id = q.lastInsertId().toLongLong();
    } else {
        q.prepare(QStringLiteral(
            "UPDATE school_year SET label = ?, start_date = ?, end_date = ?, booking_opens_on = ?, "
            "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        bindAll(q, {year.label.trimmed(), year.start.toString(Qt::ISODate), year.end.toString(Qt::ISODate),
                    year.bookingOpensOn.toString(Qt::ISODate), now, id, year.version});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (q.numRowsAffected() != 1)
            return Error::of(
                tr("This school year was changed meanwhile. Reopen the list and make your change again."));
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Bracket>> CatalogService::brackets(qint64 schoolYearId) const
{
    QList<Bracket> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, position, label, qf_max FROM qf_bracket WHERE school_year_id = ? "
                             "ORDER BY position"));
    q.addBindValue(schoolYearId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        list += Bracket{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                        q.value(3).isNull() ? std::nullopt : std::optional<int>(q.value(3).toInt())};
    return list;
}

Result<bool> CatalogService::canChangeBrackets(qint64 schoolYearId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM invoice WHERE school_year_id = ?)"));
    q.addBindValue(schoolYearId);
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.next() && q.value(0).toBool();
}

Status CatalogService::setBrackets(qint64 schoolYearId, const QList<Bracket> &brackets)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s;
    if (brackets.isEmpty())
        return Error::of(tr("Keep at least one bracket."));
    std::optional<int> previous;
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        const Bracket &b = brackets.at(i);
        const bool last = i == brackets.size() - 1;
        if (b.label.trimmed().isEmpty())
            return Error::of(tr("Each bracket needs a label, e.g. \"QF ≤ 600\"."));
        if (last && b.qfMax)
            return Error::of(tr("The last bracket has no upper bound: it takes every QF above the others."));
        if (!last && !b.qfMax)
            return Error::of(tr("Every bracket but the last needs an upper QF bound."));
        if (b.qfMax && (*b.qfMax < 0 || (previous && *b.qfMax <= *previous)))
            return Error::of(tr("Upper QF bounds must increase from one bracket to the next."));
        if (b.qfMax)
            previous = b.qfMax;
    }
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    const auto allowed = canChangeBrackets(schoolYearId);
    if (!allowed)
        return allowed.error();
    if (!allowed.value())
        return bracketsFrozen();
    // Brackets are matched by id, so that their prices follow them: id 0 adds one (without prices yet),
    // an existing bracket left out is removed with its prices. Positions are first moved out of the way
    // (they are unique per year) and then renumbered in the new order.
    const auto current = this->brackets(schoolYearId);
    if (!current)
        return current.error();
    QSqlQuery q(db.connection());
    const QString now = db.clock().nowIso();
    for (const Bracket &old : current.value()) {
        const bool kept =
            std::any_of(brackets.cbegin(), brackets.cend(), [&](const Bracket &b) { return b.id == old.id; });
        for (const char *sql :
             {"UPDATE qf_bracket SET position = -position WHERE id = ?",
              "DELETE FROM tariff WHERE bracket_id = ?", "DELETE FROM qf_bracket WHERE id = ?"}) {
            if (kept && QByteArray(sql).startsWith("DELETE"))
                continue;
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(old.id);
            if (Status s = execOrError(q); !s)
                return s;
        }
    }
    for (qsizetype i = 0; i < brackets.size(); ++i) {
        const Bracket &b = brackets.at(i);
        const QVariant max = b.qfMax ? QVariant(*b.qfMax) : sqlNull();
        const bool existing = std::any_of(current.value().cbegin(), current.value().cend(),
                                          [&](const Bracket &c) { return c.id == b.id; });
        if (b.id != 0 && !existing)
            return Error::of(tr("A bracket was changed meanwhile. Reopen the tariffs."));
        if (existing) {
            q.prepare(
                QStringLiteral("UPDATE qf_bracket SET position = ?, label = ?, qf_max = ?, updated_at = ?, "
                               "version = version + 1 WHERE id = ?"));
            bindAll(q, {int(i + 1), b.label.trimmed(), max, now, b.id});
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO qf_bracket (uuid, origin_site, school_year_id, position, label, "
                               "qf_max, updated_at) VALUES (?,?,?,?,?,?,?)"));
            bindAll(q, {createUuidV7(db.clock()), db.siteId(), schoolYearId, int(i + 1), b.label.trimmed(),
                        max, now});
        }
        if (Status s = execOrError(q); !s)
            return s;
    }
    return transaction.commit();
}

Money CatalogService::adjusted(Money price, int percentHundredths)
{
    // cents x (10000 + p) / 10000, rounded half up in integers (no floating point for money).
    const qint64 scaled = price.cents() * (10000 + percentHundredths);
    const qint64 cents = scaled >= 0 ? (scaled + 5000) / 10000 : 0;
    return Money::fromCents(cents);
}

Status CatalogService::copyTariffs(qint64 fromSchoolYearId, qint64 toSchoolYearId, int percentHundredths)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s;
    const auto from = schoolYear(fromSchoolYearId);
    if (!from || !schoolYear(toSchoolYearId) || fromSchoolYearId == toSchoolYearId)
        return Error::of(tr("Choose two different school years."));
    const auto sourceBrackets = brackets(fromSchoolYearId);
    if (!sourceBrackets)
        return sourceBrackets.error();
    if (sourceBrackets.value().isEmpty())
        return Error::of(tr("The school year %1 has no brackets to copy.").arg(from.value().label));
    const auto sourceTariffs = tariffs(fromSchoolYearId);
    if (!sourceTariffs)
        return sourceTariffs.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    const auto allowed = canChangeBrackets(toSchoolYearId);
    if (!allowed)
        return allowed.error();
    if (!allowed.value())
        return bracketsFrozen();
    QSqlQuery q(db.connection());
    for (const char *sql :
         {"DELETE FROM tariff WHERE school_year_id = ?", "DELETE FROM qf_bracket WHERE school_year_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(toSchoolYearId);
        if (Status s = execOrError(q); !s)
            return s;
    }
    const QString now = db.clock().nowIso();
    QHash<qint64, qint64> newBracket{{0, 0}}; // the non-resident price has no bracket
    for (const Bracket &b : sourceBrackets.value()) {
        q.prepare(
            QStringLiteral("INSERT INTO qf_bracket (uuid, origin_site, school_year_id, position, label, "
                           "qf_max, updated_at) VALUES (?,?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), toSchoolYearId, b.position, b.label,
                    b.qfMax ? QVariant(*b.qfMax) : sqlNull(), now});
        if (Status s = execOrError(q); !s)
            return s;
        newBracket.insert(b.id, q.lastInsertId().toLongLong());
    }
    for (const Tariff &t : sourceTariffs.value()) {
        q.prepare(QStringLiteral("INSERT INTO tariff (uuid, origin_site, school_year_id, activity_id, "
                                 "bracket_id, unit_price_cents, "
                                 "updated_at) VALUES (?,?,?,?,?,?,?)"));
        const qint64 bracket = newBracket.value(t.bracketId);
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), toSchoolYearId, t.activityId,
                    bracket ? QVariant(bracket) : sqlNull(), adjusted(t.unitPrice, percentHundredths).cents(),
                    now});
        if (Status s = execOrError(q); !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<Tariff>> CatalogService::tariffs(qint64 schoolYearId) const
{
    QList<Tariff> list;
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT activity_id, coalesce(bracket_id, 0), unit_price_cents FROM tariff "
                             "WHERE school_year_id = ? ORDER BY activity_id, coalesce(bracket_id, 0)"));
    q.addBindValue(schoolYearId);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        list += Tariff{q.value(0).toLongLong(), q.value(1).toLongLong(),
                       Money::fromCents(q.value(2).toLongLong())};
    return list;
}

Status CatalogService::setTariff(qint64 schoolYearId, const Tariff &tariff)
{
    if (Status s =
            m_session.users().require(Role::Admin, tr("Changing the activities, school years and prices"));
        !s)
        return s;
    if (tariff.unitPrice.isNegative())
        return Error::of(tr("A price cannot be negative."));
    if (tariff.unitPrice > Money::fromCents(100000))
        return Error::of(tr("A unit price above 1 000,00 € is surely a typing mistake."));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(db.connection());
    if (tariff.bracketId != 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM qf_bracket WHERE id = ? AND school_year_id = ?"));
        bindAll(q, {tariff.bracketId, schoolYearId});
        if (Status s = execOrError(q); !s)
            return s;
        if (!q.next())
            return Error::of(tr("This bracket does not belong to the school year. Reopen the tariffs."));
    }
    q.prepare(QStringLiteral("SELECT id FROM tariff WHERE school_year_id = ? AND activity_id = ? AND "
                             "coalesce(bracket_id, 0) = ?"));
    bindAll(q, {schoolYearId, tariff.activityId, tariff.bracketId});
    if (Status s = execOrError(q); !s)
        return s;
    const QString now = db.clock().nowIso();
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.prepare(
            QStringLiteral("UPDATE tariff SET unit_price_cents = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND unit_price_cents <> ?"));
        bindAll(q, {tariff.unitPrice.cents(), now, id, tariff.unitPrice.cents()});
    } else {
        q.prepare(QStringLiteral("INSERT INTO tariff (uuid, origin_site, school_year_id, activity_id, "
                                 "bracket_id, unit_price_cents, "
                                 "updated_at) VALUES (?,?,?,?,?,?,?)"));
        bindAll(q,
                {createUuidV7(db.clock()), db.siteId(), schoolYearId, tariff.activityId,
                 tariff.bracketId ? QVariant(tariff.bracketId) : sqlNull(), tariff.unitPrice.cents(), now});
    }
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Result<Money> CatalogService::unitPrice(qint64 schoolYearId, qint64 activityId,
                                        const PricingBasis &basis) const
{
    // A resident without a bracket would otherwise fall on the non-resident price (bracket 0).
    if (basis.resident && basis.bracketId == 0)
        return Error::of(
            tr("No QF bracket is set for this school year, so residents cannot be priced. Ask the "
               "administrator to set the brackets and their prices; nothing was sold."));
    QSqlQuery q(m_session.database().connection());
    q.prepare(
        QStringLiteral("SELECT t.unit_price_cents, a.name FROM activity a LEFT JOIN tariff t ON "
                       "t.activity_id = a.id AND t.school_year_id = ? AND coalesce(t.bracket_id, 0) = ? "
                       "WHERE a.id = ?"));
    bindAll(q, {schoolYearId, basis.resident ? basis.bracketId : qint64(0), activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This activity does not exist. Reopen the sale."));
    if (q.value(0).isNull())
        return Error::of(
            tr("No price is set for %1 (%2). Ask the administrator to fill in the tariffs; nothing was "
               "sold.")
                .arg(q.value(1).toString(),
                     basis.bracketLabel.isEmpty() ? tr("no bracket") : basis.bracketLabel));
    return Money::fromCents(q.value(0).toLongLong());
}

} // namespace guichet
