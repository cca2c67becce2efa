#include "catalog/CatalogService.h"

#include "common/TextFolding.h"
#include "common/Uuid.h"
#include "family/FamilyFile.h"
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

QList<Activity> CatalogService::activities(bool includeInactive) const
{
    QList<Activity> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code, name, ticket_unit, active, position, version FROM activity %1 "
                          "ORDER BY position, id")
               .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    while (q.next())
        list += Activity{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toBool(),   q.value(5).toInt(),
                         q.value(6).toInt()};
    return list;
}

Result<qint64> CatalogService::saveActivity(const Activity &activity)
{
    const QString name = activity.name.trimmed();
    if (name.isEmpty())
        return Error{tr("One field needs correcting; nothing was saved."),
                     {{QStringLiteral("name"), tr("Required: the name families and staff see.")}}};
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    const QString now = m_database.clock().nowIso();
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
            return Error{tr("One field needs correcting; nothing was saved."),
                         {{QStringLiteral("name"), tr("An activity with this name already exists.")}}};
        q.prepare(QStringLiteral(
            "INSERT INTO activity (uuid, code, name, ticket_unit, active, position, created_at, "
            "updated_at) VALUES (?,?,?,?,?,(SELECT coalesce(max(position), 0) + 1 FROM activity),?,?)"));
        bindAll(q, {createUuidV7(), code, name, activity.ticketUnit.trimmed(), activity.active, now, now});
        if (Status s = execOrError(q); !s)
            return s.error();
        id = q.lastInsertId().toLongLong();
    } else {
        q.prepare(QStringLiteral("UPDATE activity SET name = ?, ticket_unit = ?, active = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
        bindAll(q, {name, activity.ticketUnit.trimmed(), activity.active, now, id, activity.version});
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

QList<SchoolYear> CatalogService::schoolYears() const
{
    QList<SchoolYear> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT id, label, start_date, end_date, booking_opens_on, version FROM school_year "
                       "ORDER BY start_date"));
    while (q.next())
        list += SchoolYear{q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)),
                           dateOf(q.value(3)),      dateOf(q.value(4)),    q.value(5).toInt()};
    return list;
}

std::optional<SchoolYear> CatalogService::schoolYear(qint64 id) const
{
    for (const SchoolYear &y : schoolYears())
        if (y.id == id)
            return y;
    return std::nullopt;
}

std::optional<SchoolYear> CatalogService::schoolYearFor(const QDate &day) const
{
    const QList<SchoolYear> years = schoolYears();
    for (const SchoolYear &y : years)
        if (y.start <= day && day <= y.end)
            return y;
    for (const SchoolYear &y : years) // summer: tickets are sold for the coming year
        if (y.start > day)
            return y;
    if (!years.isEmpty())
        return years.last();
    return std::nullopt;
}

Result<qint64> CatalogService::saveSchoolYear(const SchoolYear &year)
{
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
        return Error{errors.size() == 1
                         ? tr("One field needs correcting; nothing was saved.")
                         : tr("%1 fields need correcting; nothing was saved.").arg(errors.size()),
                     errors};
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT label FROM school_year WHERE id <> ? AND start_date <= ? AND end_date >= ?"));
    bindAll(q, {year.id, year.end.toString(Qt::ISODate), year.start.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next())
        return Error{tr("One field needs correcting; nothing was saved."),
                     {{QStringLiteral("start"),
                       tr("These dates overlap the school year %1.").arg(q.value(0).toString())}}};
    const QString now = m_database.clock().nowIso();
    qint64 id = year.id;
    if (id == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO school_year (uuid, label, start_date, end_date, booking_opens_on, "
                           "created_at, updated_at) VALUES (?,?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(), year.label.trimmed(), year.start.toString(Qt::ISODate),
                    year.end.toString(Qt::ISODate), year.bookingOpensOn.toString(Qt::ISODate), now, now});
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

QList<Bracket> CatalogService::brackets(qint64 schoolYearId) const
{
    QList<Bracket> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, position, label, qf_max FROM qf_bracket WHERE school_year_id = ? "
                             "ORDER BY position"));
    q.addBindValue(schoolYearId);
    if (q.exec())
        while (q.next())
            list += Bracket{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                            q.value(3).isNull() ? std::nullopt : std::optional<int>(q.value(3).toInt())};
    return list;
}

bool CatalogService::canChangeBrackets(qint64 schoolYearId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM invoice WHERE school_year_id = ?)"));
    q.addBindValue(schoolYearId);
    return q.exec() && q.next() && q.value(0).toBool();
}

Status CatalogService::setBrackets(qint64 schoolYearId, const QList<Bracket> &brackets)
{
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
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM invoice WHERE school_year_id = ?"));
    q.addBindValue(schoolYearId);
    if (Status s = execOrError(q); !s)
        return s;
    if (q.next() && q.value(0).toInt() > 0)
        return Error::of(
            tr("Tickets have already been sold for this school year: its brackets can no longer change. "
               "Change the prices instead, or prepare the next school year."));
    // Brackets are matched by id, so that their prices follow them: id 0 adds one (without prices yet),
    // an existing bracket left out is removed with its prices. Positions are first moved out of the way
    // (they are unique per year) and then renumbered in the new order.
    const QList<Bracket> current = this->brackets(schoolYearId);
    for (const Bracket &old : current) {
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
        const bool existing =
            std::any_of(current.cbegin(), current.cend(), [&](const Bracket &c) { return c.id == b.id; });
        if (b.id != 0 && !existing)
            return Error::of(tr("A bracket was changed meanwhile. Reopen the tariffs."));
        if (existing) {
            q.prepare(
                QStringLiteral("UPDATE qf_bracket SET position = ?, label = ?, qf_max = ? WHERE id = ?"));
            bindAll(q, {int(i + 1), b.label.trimmed(), max, b.id});
        } else {
            q.prepare(QStringLiteral("INSERT INTO qf_bracket (uuid, school_year_id, position, label, qf_max) "
                                     "VALUES (?,?,?,?,?)"));
            bindAll(q, {createUuidV7(), schoolYearId, int(i + 1), b.label.trimmed(), max});
        }
        if (Status s = execOrError(q); !s)
            return s;
    }
    return transaction.commit();
}

Status CatalogService::copyTariffs(qint64 fromSchoolYearId, qint64 toSchoolYearId)
{
    const auto from = schoolYear(fromSchoolYearId);
    if (!from || !schoolYear(toSchoolYearId) || fromSchoolYearId == toSchoolYearId)
        return Error::of(tr("Choose two different school years."));
    const QList<Bracket> sourceBrackets = brackets(fromSchoolYearId);
    if (sourceBrackets.isEmpty())
        return Error::of(tr("The school year %1 has no brackets to copy.").arg(from->label));
    if (!canChangeBrackets(toSchoolYearId))
        return Error::of(
            tr("Tickets have already been sold for this school year: its brackets can no longer change. "
               "Change the prices instead, or prepare the next school year."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
    for (const char *sql :
         {"DELETE FROM tariff WHERE school_year_id = ?", "DELETE FROM qf_bracket WHERE school_year_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(toSchoolYearId);
        if (Status s = execOrError(q); !s)
            return s;
    }
    QHash<qint64, qint64> newBracket{{0, 0}}; // the non-resident price has no bracket
    for (const Bracket &b : sourceBrackets) {
        q.prepare(QStringLiteral(
            "INSERT INTO qf_bracket (uuid, school_year_id, position, label, qf_max) VALUES (?,?,?,?,?)"));
        bindAll(q, {createUuidV7(), toSchoolYearId, b.position, b.label,
                    b.qfMax ? QVariant(*b.qfMax) : sqlNull()});
        if (Status s = execOrError(q); !s)
            return s;
        newBracket.insert(b.id, q.lastInsertId().toLongLong());
    }
    const QString now = m_database.clock().nowIso();
    for (const Tariff &t : tariffs(fromSchoolYearId)) {
        q.prepare(QStringLiteral(
            "INSERT INTO tariff (uuid, school_year_id, activity_id, bracket_id, unit_price_cents, "
            "updated_at) VALUES (?,?,?,?,?,?)"));
        const qint64 bracket = newBracket.value(t.bracketId);
        bindAll(q, {createUuidV7(), toSchoolYearId, t.activityId, bracket ? QVariant(bracket) : sqlNull(),
                    t.unitPrice.cents(), now});
        if (Status s = execOrError(q); !s)
            return s;
    }
    return transaction.commit();
}

QList<Tariff> CatalogService::tariffs(qint64 schoolYearId) const
{
    QList<Tariff> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT activity_id, coalesce(bracket_id, 0), unit_price_cents FROM tariff "
                             "WHERE school_year_id = ? ORDER BY activity_id, coalesce(bracket_id, 0)"));
    q.addBindValue(schoolYearId);
    if (q.exec())
        while (q.next())
            list += Tariff{q.value(0).toLongLong(), q.value(1).toLongLong(),
                           Money::fromCents(q.value(2).toLongLong())};
    return list;
}

Status CatalogService::setTariff(qint64 schoolYearId, const Tariff &tariff)
{
    if (tariff.unitPrice.isNegative())
        return Error::of(tr("A price cannot be negative."));
    if (tariff.unitPrice > Money::fromCents(100000))
        return Error::of(tr("A unit price above 1 000,00 € is surely a typing mistake."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(m_database.connection());
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
    const QString now = m_database.clock().nowIso();
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.prepare(
            QStringLiteral("UPDATE tariff SET unit_price_cents = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ?"));
        bindAll(q, {tariff.unitPrice.cents(), now, id});
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO tariff (uuid, school_year_id, activity_id, bracket_id, unit_price_cents, "
            "updated_at) VALUES (?,?,?,?,?,?)"));
        bindAll(q,
                {createUuidV7(), schoolYearId, tariff.activityId,
                 tariff.bracketId ? QVariant(tariff.bracketId) : sqlNull(), tariff.unitPrice.cents(), now});
    }
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

PricingBasis CatalogService::pricingBasis(const FamilyFile &file, const SchoolYear &year) const
{
    PricingBasis basis;
    basis.resident = file.household.resident;
    if (!basis.resident) {
        basis.bracketLabel = tr("Non-resident");
        basis.reason =
            tr("Postal code %1 is outside the commune: non-resident price.").arg(file.household.postalCode);
        return basis;
    }
    const QList<Bracket> list = brackets(year.id);
    if (list.isEmpty()) {
        basis.reason = tr("No QF bracket is set for %1.").arg(year.label);
        return basis;
    }
    const Guardian *payer = file.payer();
    const QDate oldestValidProof = year.start.addYears(-1);
    const Bracket &highest = list.last();
    auto useHighest = [&](const QString &reason) {
        basis.bracketId = highest.id;
        basis.bracketLabel = highest.label;
        basis.reason = reason;
        return basis;
    };
    if (!payer || !payer->quotient)
        return useHighest(tr("No family quotient on file: highest bracket."));
    if (!payer->quotientProofDate.isValid() || payer->quotientProofDate < oldestValidProof)
        return useHighest(
            tr("The QF proof is dated %1, more than a year before the school year: highest bracket.")
                .arg(payer->quotientProofDate.toString(QStringLiteral("dd/MM/yyyy"))));
    for (const Bracket &b : list) {
        if (!b.qfMax || *payer->quotient <= *b.qfMax) {
            basis.bracketId = b.id;
            basis.bracketLabel = b.label;
            basis.reason = tr("QF %1 (proof dated %2).")
                               .arg(*payer->quotient)
                               .arg(payer->quotientProofDate.toString(QStringLiteral("dd/MM/yyyy")));
            return basis;
        }
    }
    return useHighest(tr("No family quotient on file: highest bracket."));
}

Result<Money> CatalogService::unitPrice(qint64 schoolYearId, qint64 activityId,
                                        const PricingBasis &basis) const
{
    // A resident without a bracket would otherwise fall on the non-resident price (bracket 0).
    if (basis.resident && basis.bracketId == 0)
        return Error::of(
            tr("No QF bracket is set for this school year, so residents cannot be priced. Ask the "
               "administrator to set the brackets and their prices; nothing was sold."));
    QSqlQuery q(m_database.connection());
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
