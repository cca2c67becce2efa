#include "planning/AttendanceService.h"

#include "common/CommuneTime.h"
#include "common/Csv.h"
#include "commune/ReferenceData.h"
#include "planning/BookingService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QLocale>
#include <QMap>

namespace guichet {

namespace {

QString longDate(const QDate &day)
{
    return QLocale(QLocale::French, QLocale::France).toString(day, QStringLiteral("dddd d MMMM yyyy"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The page's frame: the commune, a title, the table; printed on A4 by the window (PrintService) or as PDF.
QString page(const QString &communeName, const QString &title, const QString &body)
{
    return QStringLiteral(
               "<html><body style=\"font-family: sans-serif; font-size: 10pt\"><p>%1</p><h2>%2</h2>%3"
               "</body></html>")
        .arg(esc(communeName), esc(title), body);
}

} // namespace

QStringList AttendanceService::marks(const AttendanceLine &line)
{
    QStringList out;
    if (line.hasPai)
        out += line.paiDetails.isEmpty() ? tr("PAI") : tr("PAI: %1").arg(line.paiDetails);
    if (!line.allergies.isEmpty())
        out += tr("allergies: %1").arg(line.allergies);
    out += line.diets;
    if (line.mayLeaveAlone)
        out += tr("leaves alone");
    return out;
}

Result<AttendanceList> AttendanceService::list(const QDate &day, qint64 schoolId, qint64 activityId) const
{
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    AttendanceList list;
    list.day = day;
    q.prepare(QStringLiteral(
        "SELECT (SELECT name FROM school WHERE id = ?), (SELECT name FROM activity WHERE id = ?), "
        "(SELECT counts_meals FROM activity WHERE id = ?)"));
    bindAll(q, {schoolId, activityId, activityId});
    if (Status s = execOrError(q); !s)
        return s.error();
    q.next();
    if (q.value(0).isNull())
        return Error::of(tr("There is no such school. Choose one of the list."));
    if (q.value(1).isNull())
        return Error::of(tr("There is no such activity. Choose one of the list."));
    list.schoolName = q.value(0).toString();
    list.activityName = q.value(1).toString();
    list.pickUp = q.value(2).toInt() == 0;
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT b.id, c.id, c.last_name, c.first_name, c.class_level, h.file_number, b.status, b.note, "
        "c.allergies, "
        "c.has_pai, c.pai_details, c.may_leave_alone, "
        "(SELECT group_concat(label, '|') FROM (SELECT d.label FROM child_diet cd JOIN diet_option d ON "
        "d.code = "
        "  cd.diet_code WHERE cd.child_id = c.id ORDER BY d.position)), "
        "(SELECT group_concat(who, '|') FROM (SELECT t.first_name || ' ' || t.last_name || "
        "  CASE WHEN t.relationship <> '' THEN ' (' || t.relationship || ')' ELSE '' END || "
        "  CASE WHEN t.phone <> '' THEN ' ' || t.phone ELSE '' END AS who FROM trusted_person t "
        "  WHERE t.child_id = c.id ORDER BY t.last_name, t.first_name)), b.walk_in "
        "FROM booking b JOIN child c ON c.id = b.child_id JOIN household h ON h.id = b.household_id "
        "WHERE b.service_day = ? AND b.activity_id = ? AND c.school_id = ? AND b.status <> 'cancelled' "
        "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id"));
    bindAll(q, {day.toString(Qt::ISODate), activityId, schoolId});
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        AttendanceLine line;
        line.bookingId = q.value(0).toLongLong();
        line.childId = q.value(1).toLongLong();
        line.lastName = q.value(2).toString();
        line.firstName = q.value(3).toString();
        line.classLevel = q.value(4).toString();
        line.fileNumber = q.value(5).toString();
        line.status = q.value(6).toString();
        line.note = q.value(7).toString();
        line.allergies = q.value(8).toString();
        line.hasPai = q.value(9).toInt() == 1;
        line.paiDetails = q.value(10).toString();
        line.mayLeaveAlone = q.value(11).toInt() == 1;
        line.diets = q.value(12).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        line.trustedPersons = q.value(13).toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        line.walkIn = q.value(14).toInt() == 1;
        list.lines += line;
    }
    return list;
}

Status AttendanceService::mark(qint64 bookingId, Attendance attendance, const QString &note)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_session.statements().get(
        QStringLiteral("SELECT b.status, b.service_day, b.child_id, c.first_name FROM booking b JOIN child c "
                       "ON c.id = b.child_id WHERE b.id = ?"));
    q.addBindValue(bookingId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This booking does not exist. Reopen the list."));
    const QString status = q.value(0).toString();
    const QDate day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const qint64 childId = q.value(2).toLongLong();
    const QString name = q.value(3).toString();
    q.finish();
    if (status == QLatin1String("cancelled"))
        return Error::of(tr("The booking of %1 on %2 was cancelled: there is no attendance to record.")
                             .arg(name, frenchDate(day)));
    if (status == QLatin1String("excused"))
        return Error::of(
            tr("The absence of %1 on %2 is already excused and the ticket given back: it stays so.")
                .arg(name, frenchDate(day)));
    if (day > m_session.today())
        return Error::of(tr("Attendance is taken on the day: %1 is still to come.").arg(frenchDate(day)));
    const QString trimmed = note.simplified();
    if (attendance == Attendance::Excused && trimmed.isEmpty())
        return Error::of(tr("Say why the absence is excused (a medical certificate, for instance)."));

    const QString newStatus = attendance == Attendance::Present  ? QStringLiteral("present")
                              : attendance == Attendance::Absent ? QStringLiteral("absent")
                                                                 : QStringLiteral("excused");
    QSqlQuery &update = m_session.statements().get(QStringLiteral(
        "UPDATE booking SET status = ?, note = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    bindAll(update, {newStatus, attendance == Attendance::Excused ? trimmed : QString(), db.clock().nowIso(),
                     bookingId});
    if (Status s = execOrError(update); !s)
        return s;
    if (attendance == Attendance::Excused) {
        // Every ticket taken for the day goes back (a walk-in's surcharge too); what it owed is no longer
        // asked.
        MovementSource source = MovementSource::ofBooking(bookingId, childId, day);
        if (Status s = m_session.wallet().giveBackBooking(MovementKind::Excused, source); !s)
            return s;
    }
    return transaction.commit();
}

Result<std::pair<int, int>> AttendanceService::record(qint64 childId, qint64 activityId, const QDate &day,
                                                      Attendance attendance, const QString &note,
                                                      qint64 householdId)
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(
        QStringLiteral("SELECT b.id, c.first_name FROM child c LEFT JOIN booking b ON b.child_id = c.id AND "
                       "b.activity_id = ? AND b.service_day = ? AND b.status <> 'cancelled' WHERE c.id = ?"));
    bindAll(q, {activityId, day.toString(Qt::ISODate), childId});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("Choose a child of the list."));
    const qint64 bookingId = q.value(0).toLongLong();
    const QString name = q.value(1).toString();
    q.finish();
    if (bookingId != 0) {
        if (Status s = mark(bookingId, attendance, note); !s)
            return s.error();
        return std::pair{0, 0};
    }
    if (attendance != Attendance::Present)
        return Error::of(tr("%1 is not booked on %2 for this activity: there is no absence to record.")
                             .arg(name, frenchDate(day)));
    const auto walkIn = m_session.bookings().walkIn(childId, activityId, day, householdId);
    if (!walkIn)
        return walkIn.error();
    return std::pair{walkIn.value().ticketsTaken, walkIn.value().ticketsOwed};
}

Result<QList<std::pair<qint64, QString>>> AttendanceService::notOnList(const QDate &day, qint64 schoolId,
                                                                       qint64 activityId) const
{
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, upper(c.last_name) || ' ' || c.first_name || CASE WHEN c.class_level <> '' "
        "THEN ' (' || c.class_level || ')' ELSE '' END FROM child c WHERE c.school_id = ? AND NOT "
        "EXISTS (SELECT 1 FROM booking b WHERE b.child_id = c.id AND b.activity_id = ? AND "
        "b.service_day = ? AND b.status <> 'cancelled') ORDER BY c.last_name, c.first_name, c.id"));
    bindAll(q, {schoolId, activityId, day.toString(Qt::ISODate)});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<std::pair<qint64, QString>> children;
    while (q.next())
        children += {q.value(0).toLongLong(), q.value(1).toString()};
    return children;
}

Result<int> AttendanceService::markRemainingPresent(const QDate &day, qint64 schoolId, qint64 activityId)
{
    if (!day.isValid())
        return Error::of(tr("Give the day of the list (YYYY-MM-DD)."));
    if (day > m_session.today())
        return Error::of(tr("Attendance is taken on the day: %1 is still to come.").arg(frenchDate(day)));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery &q = m_session.statements().get(
        QStringLiteral("UPDATE booking SET status = 'present', updated_at = ?, version = version + 1 "
                       "WHERE service_day = ? AND activity_id = ? AND status = 'booked' AND child_id IN "
                       "(SELECT id FROM child WHERE school_id = ?)"));
    bindAll(q, {db.clock().nowIso(), day.toString(Qt::ISODate), activityId, schoolId});
    if (Status s = execOrError(q); !s)
        return s.error();
    const int marked = q.numRowsAffected();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return marked;
}

Result<QList<KitchenCount>> AttendanceService::kitchen(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::of(tr("Give a first day and a last day, the first one before the last (YYYY-MM-DD)."));
    if (from.daysTo(to) > 62)
        return Error::of(tr("Ask for two months at most at a time."));
    // The meals cooked: bookings of the meal activities, not cancelled or excused.
    const QString mealsFrom =
        QStringLiteral("FROM booking b JOIN activity a ON a.id = b.activity_id AND a.counts_meals = 1 "
                       "JOIN child c ON c.id = b.child_id LEFT JOIN school s ON s.id = c.school_id ");
    const QString mealsWhere = QStringLiteral(
        "WHERE b.service_day BETWEEN ? AND ? AND b.status IN ('booked', 'present', 'absent') ");
    const QVariantList range{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);

    QList<KitchenCount> counts;
    QMap<std::pair<QString, QString>, int> index; // (day, school) → position in counts
    q.prepare(QStringLiteral("SELECT b.service_day, coalesce(s.name, ''), count(*) ") + mealsFrom +
              mealsWhere + QStringLiteral("GROUP BY b.service_day, s.name ORDER BY b.service_day, s.name"));
    bindAll(q, range);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        KitchenCount count;
        count.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        count.schoolName = q.value(1).toString();
        count.meals = q.value(2).toInt();
        index.insert({q.value(0).toString(), count.schoolName}, int(counts.size()));
        counts += count;
    }
    q.prepare(QStringLiteral("SELECT b.service_day, coalesce(s.name, ''), d.label, count(*) ") + mealsFrom +
              QStringLiteral(
                  "JOIN child_diet cd ON cd.child_id = c.id JOIN diet_option d ON d.code = cd.diet_code ") +
              mealsWhere + QStringLiteral("GROUP BY b.service_day, s.name, d.code ORDER BY d.position"));
    bindAll(q, range);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next())
        counts[index.value({q.value(0).toString(), q.value(1).toString()})].diets +=
            {q.value(2).toString(), q.value(3).toInt()};
    q.prepare(QStringLiteral(
                  "SELECT b.service_day, coalesce(s.name, ''), c.last_name, c.first_name, c.class_level, "
                  "c.allergies, c.has_pai, c.pai_details ") +
              mealsFrom + mealsWhere +
              QStringLiteral("AND (c.allergies <> '' OR c.has_pai = 1) ORDER BY c.last_name, c.first_name"));
    bindAll(q, range);
    if (Status s = execOrError(q); !s)
        return s.error();
    while (q.next()) {
        AttendanceLine line;
        line.allergies = q.value(5).toString();
        line.hasPai = q.value(6).toInt() == 1;
        line.paiDetails = q.value(7).toString();
        QString who = q.value(2).toString().toUpper() + QLatin1Char(' ') + q.value(3).toString();
        if (!q.value(4).toString().isEmpty())
            who += QStringLiteral(" (%1)").arg(q.value(4).toString());
        counts[index.value({q.value(0).toString(), q.value(1).toString()})].watch +=
            who + QStringLiteral(": ") + marks(line).join(QStringLiteral("; "));
    }
    return counts;
}

QByteArray AttendanceService::listCsv(const AttendanceList &list)
{
    QList<QStringList> rows{{tr("Date"), tr("School"), tr("Activity"), tr("Last name"), tr("First name"),
                             tr("Class"), tr("File"), tr("Attendance"), tr("Diets"), tr("Allergies"),
                             tr("PAI"), tr("Leaves alone"), tr("Trusted persons")}};
    for (const AttendanceLine &line : list.lines)
        rows +=
            QStringList{list.day.toString(Qt::ISODate),
                        list.schoolName,
                        list.activityName,
                        line.lastName,
                        line.firstName,
                        line.classLevel,
                        line.fileNumber,
                        bookingStatusLabel(line.status) +
                            (line.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(line.note)),
                        line.diets.join(QStringLiteral(", ")),
                        line.allergies,
                        line.hasPai ? (line.paiDetails.isEmpty() ? tr("yes") : line.paiDetails) : QString(),
                        line.mayLeaveAlone ? tr("yes") : QString(),
                        line.trustedPersons.join(QStringLiteral(", "))};
    return csvDocument(rows);
}

QString AttendanceService::listHtml(const AttendanceList &list, const QString &communeName)
{
    // The trusted persons only where children are handed over (a meal's list leaves them out).
    const auto trusted = [&](const QString &text) {
        return list.pickUp ? QStringLiteral("<td>%1</td>").arg(text) : QString();
    };
    QString rows;
    for (const AttendanceLine &line : list.lines)
        rows += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td>%5<td>%6</td><td width=\"18%\">"
                               "&#9744; %7</td></tr>")
                    .arg(esc(line.lastName.toUpper()), esc(line.firstName), esc(line.classLevel),
                         esc(marks(line).join(QStringLiteral(" · "))),
                         trusted(esc(line.trustedPersons.join(QStringLiteral(", ")))),
                         line.status == QLatin1String("booked") ? QString()
                                                                : esc(bookingStatusLabel(line.status)),
                         tr("present"));
    const QString table =
        QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th>"
            "<th>%2</th><th>%3</th>%4<th>%5</th><th>%6</th></tr>%7</table><p>%8</p>")
            .arg(tr("Child"), tr("Class"), tr("To know"),
                 list.pickUp ? QStringLiteral("<th>%1</th>").arg(tr("Trusted persons")) : QString(),
                 tr("Recorded"), tr("Attendance"), rows,
                 esc(tr("%n child(ren) booked.", nullptr, int(list.lines.size()))));
    return page(communeName, tr("%1 — %2 — %3").arg(list.activityName, list.schoolName, longDate(list.day)),
                table);
}

QByteArray AttendanceService::kitchenCsv(const QList<KitchenCount> &counts) const
{
    // A column per diet the commune offers, always the same ones, so that a week's files line up.
    QStringList diets;
    if (const auto offered = m_session.reference().dietOptions())
        for (const DietOption &option : offered.value())
            diets += option.label;
    for (const KitchenCount &count : counts)
        for (const auto &diet : count.diets)
            if (!diets.contains(diet.first))
                diets += diet.first;
    QList<QStringList> rows{QStringList{tr("Date"), tr("School"), tr("Meals")} + diets +
                            QStringList{tr("Allergies and PAI")}};
    for (const KitchenCount &count : counts) {
        QStringList row{count.day.toString(Qt::ISODate), count.schoolName, QString::number(count.meals)};
        for (const QString &diet : std::as_const(diets)) {
            int n = 0;
            for (const auto &d : count.diets)
                if (d.first == diet)
                    n = d.second;
            row += QString::number(n);
        }
        row += count.watch.join(QStringLiteral(" | "));
        rows += row;
    }
    return csvDocument(rows);
}

QString AttendanceService::kitchenHtml(const QList<KitchenCount> &counts, const QString &communeName)
{
    QString rows;
    int total = 0;
    for (const KitchenCount &count : counts) {
        QStringList diets;
        for (const auto &d : count.diets)
            diets += QStringLiteral("%1 %2").arg(d.first).arg(d.second);
        rows += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td align=\"right\"><b>%3</b></td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(longDate(count.day)), esc(count.schoolName))
                    .arg(count.meals)
                    .arg(esc(diets.join(QStringLiteral(", "))),
                         esc(count.watch.join(QStringLiteral("\n")))
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        total += count.meals;
    }
    const QString title =
        counts.isEmpty() ? tr("Meals")
        : counts.first().day == counts.last().day
            ? tr("Meals of %1").arg(longDate(counts.first().day))
            : tr("Meals from %1 to %2").arg(frenchDate(counts.first().day), frenchDate(counts.last().day));
    return page(communeName, title,
                QStringLiteral(
                    "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%1</th>"
                    "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table><p>%7</p>")
                    .arg(tr("Day"), tr("School"), tr("Meals"), tr("Diets"), tr("Allergies and PAI"), rows,
                         esc(tr("%n meal(s) in all.", nullptr, total))));
}

} // namespace guichet
