#include "yearend/Rollover.h"

#include "calendar/CalendarImport.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Csv.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "family/AuditTrail.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

namespace {

// The lots that still hold tickets and do not belong to 'toYearId' yet: a purchase lot belongs to its
// invoice's school year, a carried-in lot to the year its roll-over went to. The remaining tickets are the
// lot's own less what was taken from it (summed once over the lot index, not lot by lot).
const char *const OpenLotsSql =
    "SELECT l.id, l.household_id, l.activity_id, l.unit_price_cents, l.quantity + coalesce(t.taken, 0) AS "
    "remaining, coalesce(l.origin_lot_id, l.id), a.name "
    "FROM wallet_movement l JOIN movement_kind k ON k.code = l.kind AND k.is_lot = 1 "
    "JOIN activity a ON a.id = l.activity_id "
    "LEFT JOIN (SELECT lot_id, sum(quantity) AS taken FROM wallet_movement WHERE lot_id IS NOT NULL "
    "           GROUP BY lot_id) t ON t.lot_id = l.id "
    "LEFT JOIN invoice_line il ON il.id = l.invoice_line_id LEFT JOIN invoice i ON i.id = il.invoice_id "
    "LEFT JOIN year_rollover r ON r.id = l.rollover_id "
    "WHERE l.quantity + coalesce(t.taken, 0) > 0 AND coalesce(i.school_year_id, r.to_year_id, 0) <> ? "
    "ORDER BY l.household_id, l.activity_id, l.id";

} // namespace

struct RolloverService::OpenLot
{
    Lot lot;
    qint64 originLotId = 0;
    QString activityName;
};

namespace {

using OpenLot = RolloverService::OpenLot;

Result<QList<OpenLot>> openLots(Database &db, qint64 toYearId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(OpenLotsSql));
    q.addBindValue(toYearId);
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<OpenLot> lots;
    while (q.next()) {
        OpenLot o;
        o.lot.id = q.value(0).toLongLong();
        o.lot.householdId = q.value(1).toLongLong();
        o.lot.activityId = q.value(2).toLongLong();
        o.lot.unitPrice = Money::fromCents(q.value(3).toLongLong());
        o.lot.remaining = q.value(4).toInt();
        o.lot.quantity = o.lot.remaining;
        o.originLotId = q.value(5).toLongLong();
        o.activityName = q.value(6).toString();
        lots += o;
    }
    return lots;
}

QString nextLabel(const QString &label)
{
    const int first = label.left(4).toInt();
    return first > 0 ? QStringLiteral("%1-%2").arg(first + 1).arg(first + 2) : QString();
}

// Periods of an official calendar file (not imported): how many fall in [first, last].
Result<int> holidaysInFile(Session &session, const QString &path, const QDate &first, const QDate &last)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(RolloverService::tr("The calendar file %1 cannot be read: check its name and that "
                                             "it is readable.")
                             .arg(QDir::toNativeSeparators(path)));
    const QByteArray content = file.readAll();
    const auto zone = session.commune().schoolZone();
    if (!zone)
        return zone.error();
    QStringList ignored;
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const auto periods = csv ? CalendarImport::parseCsv(content, zone.value(), &ignored)
                             : CalendarImport::parseIcs(content, zone.value(), &ignored);
    if (!periods)
        return periods.error();
    int n = 0;
    for (const OfficialPeriod &p : periods.value())
        n += p.last >= first && p.first <= last;
    return n;
}

} // namespace

int RolloverPlan::promoted(const QString &step) const
{
    for (const auto &[name, children] : promotions)
        if (name == step)
            return children;
    return 0;
}

RolloverService::RolloverService(Session &session) : m_session(session), m_statements(session.database()) {}

QString RolloverService::nextLevel(const QString &level)
{
    static const QStringList levels{QStringLiteral("TPS"), QStringLiteral("PS"),  QStringLiteral("MS"),
                                    QStringLiteral("GS"),  QStringLiteral("CP"),  QStringLiteral("CE1"),
                                    QStringLiteral("CE2"), QStringLiteral("CM1"), QStringLiteral("CM2")};
    const qsizetype i = levels.indexOf(level);
    return i >= 0 && i + 1 < levels.size() ? levels.at(i + 1) : QString();
}

Result<SchoolYear> RolloverService::yearToRoll() const
{
    const auto years = m_session.catalog().schoolYears();
    if (!years)
        return years.error();
    const QDate today = m_session.today();
    std::optional<SchoolYear> last; // the last year that has ended
    for (const SchoolYear &y : years.value())
        if (y.end < today && (!last || y.start > last->start))
            last = y;
    if (!last) {
        for (const SchoolYear &y : years.value())
            if (y.start <= today && today <= y.end)
                return Error::of(tr("The school year %1 runs until %2: roll over to the next one once it is "
                                    "over (from %3).")
                                     .arg(y.label, frenchDate(y.end), frenchDate(y.end.addDays(1))));
        return Error::of(tr("No school year has ended yet: there is nothing to roll over."));
    }
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT t.label, r.at, r.user_name FROM year_rollover r JOIN school_year t ON t.id = r.to_year_id "
        "WHERE r.from_year_id = ?"));
    q.addBindValue(last->id);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next()) {
        const QString message =
            tr("The school year %1 was already rolled over to %2 on %3 by %4: a year is rolled over once, "
               "and nothing was changed.")
                .arg(last->label, q.value(0).toString(),
                     m_session.time().dateTimeText(instantFromIso(q.value(1))), q.value(2).toString());
        q.finish();
        return Error::of(message);
    }
    q.finish();
    return *last;
}

Result<RolloverPlan> RolloverService::plan(const RolloverOptions &options) const
{
    return plan(options, nullptr);
}

Result<RolloverPlan> RolloverService::plan(const RolloverOptions &options, QList<OpenLot> *carried) const
{
    if (options.percentHundredths < -5000 || options.percentHundredths > 5000)
        return Error::inField(QStringLiteral("percent"),
                              tr("A change of prices between -50 % and +50 % is expected: check the "
                                 "percentage."));
    const auto from = yearToRoll();
    if (!from)
        return from.error();
    RolloverPlan p;
    p.from = from.value();
    p.percentHundredths = options.percentHundredths;
    const QString label = nextLabel(p.from.label);
    const auto years = m_session.catalog().schoolYears();
    if (!years)
        return years.error();
    for (const SchoolYear &y : years.value())
        if (y.label == label) {
            p.to = y;
            p.toExists = true;
        }
    if (!p.toExists) {
        p.to.label = label;
        p.to.start = options.start.isValid() ? options.start : p.from.start.addYears(1);
        p.to.end = options.end.isValid() ? options.end : p.from.end.addYears(1);
        p.to.bookingOpensOn =
            options.bookingOpensOn.isValid() ? options.bookingOpensOn : p.from.bookingOpensOn.addYears(1);
        if (!options.start.isValid() || !options.end.isValid())
            p.warnings += tr("The dates of %1 are those of %2 one year later (%3 to %4): check them against "
                             "the official calendar.")
                              .arg(p.to.label, p.from.label, frenchDate(p.to.start), frenchDate(p.to.end));
    } else if (options.start.isValid() || options.end.isValid() || options.bookingOpensOn.isValid()) {
        p.warnings += tr("The school year %1 already exists: its dates are kept as they are (change them "
                         "in Administration › Années scolaires).")
                          .arg(p.to.label);
    }

    Database &db = m_session.database();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto count = [&](const QString &sql, const QList<QVariant> &values) -> Result<int> {
        q.prepare(sql);
        bindAll(q, values);
        if (Status s = execOrError(q); !s)
            return s.error();
        const int n = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    };
    if (p.toExists) {
        const auto n =
            count(QStringLiteral("SELECT count(*) FROM tariff WHERE school_year_id = ?"), {p.to.id});
        if (!n)
            return n.error();
        p.tariffsExist = n.value() > 0;
    }
    if (p.tariffsExist) {
        p.warnings += tr("%1 already has its prices: they are kept, and the percentage is not applied.")
                          .arg(p.to.label);
    } else {
        const auto n =
            count(QStringLiteral("SELECT count(*) FROM tariff WHERE school_year_id = ?"), {p.from.id});
        if (!n)
            return n.error();
        p.tariffs = n.value();
        if (p.tariffs == 0)
            return Error::of(tr("The school year %1 has no prices to copy: set its tariffs first "
                                "(Administration › Tarifs).")
                                 .arg(p.from.label));
    }
    const auto weeks =
        count(QStringLiteral(
                  "SELECT count(*) FROM school_week w WHERE w.school_year_id = ? AND NOT EXISTS (SELECT 1 "
                  "FROM school_week x WHERE x.school_year_id = ? AND x.school_id IS w.school_id)"),
              {p.from.id, p.to.id});
    if (!weeks)
        return weeks.error();
    p.weekPatterns = weeks.value();
    const auto zone = m_session.commune().schoolZone();
    if (!zone)
        return zone.error();
    const auto known =
        count(QStringLiteral("SELECT count(*) FROM calendar_period WHERE kind = 'holiday' AND "
                             "zone IN ('', ?) AND last_day >= ? AND first_day <= ?"),
              {zone.value(), p.to.start.toString(Qt::ISODate), p.to.end.toString(Qt::ISODate)});
    if (!known)
        return known.error();
    p.holidays = known.value();
    if (!options.calendarFile.isEmpty()) {
        const auto inFile = holidaysInFile(m_session, options.calendarFile, p.to.start, p.to.end);
        if (!inFile)
            return inFile.error();
        p.holidays = std::max(p.holidays, inFile.value());
    }
    if (p.holidays == 0)
        p.warnings += tr("No school holidays are known for %1: import the official calendar (Administration "
                         "› Calendrier) before families book.")
                          .arg(p.to.label);

    q.prepare(QStringLiteral("SELECT class_level, schooling, count(*) FROM child WHERE schooling <> 'left' "
                             "GROUP BY class_level, schooling"));
    if (Status s = execOrError(q); !s)
        return s.error();
    QHash<QString, int> byLevel;
    while (q.next()) {
        const QString level = q.value(0).toString();
        const int n = q.value(2).toInt();
        if (q.value(1).toString() == QLatin1String("leaving"))
            p.otherLeavers += n;
        else if (level == QLatin1String("CM2"))
            p.cm2Leavers += n;
        else
            byLevel[level] += n;
    }
    q.finish();
    for (QString level = QStringLiteral("TPS"); !nextLevel(level).isEmpty(); level = nextLevel(level))
        if (byLevel.value(level) > 0)
            p.promotions += {level + QStringLiteral(" → ") + nextLevel(level), byLevel.value(level)};

    const auto lots = openLots(db, p.to.id);
    if (!lots)
        return lots.error();
    qint64 lastHousehold = 0;
    for (const OpenLot &o : lots.value()) {
        p.households += o.lot.householdId != lastHousehold;
        lastHousehold = o.lot.householdId;
        ++p.lots;
        p.tickets += o.lot.remaining;
        p.value += o.lot.unitPrice * o.lot.remaining;
        p.ticketsByActivity[o.activityName] += o.lot.remaining;
    }
    if (carried)
        *carried = lots.value();
    return p;
}

Result<RolloverPlan> RolloverService::run(const RolloverOptions &options,
                                          const std::function<void(int, int)> &progress)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Rolling over to the next school year")); !s)
        return s.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    // The lots counted by the plan are the ones moved: none belongs to a year that is only being created, and
    // an existing next year's were left out by the same query.
    QList<OpenLot> lots;
    auto planned = plan(options, &lots);
    if (!planned)
        return planned.error();
    RolloverPlan p = std::move(planned).value();
    CatalogService &catalog = m_session.catalog();
    if (!p.toExists) {
        const auto id = catalog.saveSchoolYear(p.to);
        if (!id)
            return id.error();
        p.to.id = id.value();
    }
    if (!p.tariffsExist)
        if (Status s = catalog.copyTariffs(p.from.id, p.to.id, p.percentHundredths); !s)
            return s.error();
    const QString now = db.clock().nowIso();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    {
        q.prepare(QStringLiteral("SELECT school_id, weekdays FROM school_week w WHERE school_year_id = ? AND "
                                 "NOT EXISTS (SELECT 1 FROM school_week x WHERE x.school_year_id = ? AND "
                                 "x.school_id IS w.school_id)"));
        bindAll(q, {p.from.id, p.to.id});
        if (Status s = execOrError(q); !s)
            return s.error();
        QList<QPair<QVariant, QString>> weeks;
        while (q.next())
            weeks += {q.value(0), q.value(1).toString()};
        q.finish();
        for (const auto &[school, weekdays] : std::as_const(weeks)) {
            q.prepare(QStringLiteral("INSERT INTO school_week (uuid, origin_site, school_year_id, school_id, "
                                     "weekdays, updated_at) VALUES (?,?,?,?,?,?)"));
            bindAll(q, {createUuidV7(db.clock()), db.siteId(), p.to.id, school.isNull() ? sqlNull() : school,
                        weekdays, now});
            if (Status s = execOrError(q); !s)
                return s.error();
        }
    }
    if (!options.calendarFile.isEmpty())
        if (auto imported = CalendarImport(m_session).importFile(options.calendarFile); !imported)
            return imported.error();

    QJsonObject summary{{QStringLiteral("from"), p.from.label},
                        {QStringLiteral("to"), p.to.label},
                        {QStringLiteral("tariffs_copied"), p.tariffs},
                        {QStringLiteral("households"), p.households},
                        {QStringLiteral("lots"), p.lots},
                        {QStringLiteral("tickets"), p.tickets},
                        {QStringLiteral("value_cents"), p.value.cents()},
                        {QStringLiteral("cm2_leavers"), p.cm2Leavers},
                        {QStringLiteral("other_leavers"), p.otherLeavers}};
    q.prepare(QStringLiteral("INSERT INTO year_rollover (uuid, origin_site, from_year_id, to_year_id, "
                             "percent_hundredths, at, user_name, summary) VALUES (?,?,?,?,?,?,?,?)"));
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), p.from.id, p.to.id, p.percentHundredths, now,
                m_session.actor(), QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))});
    if (Status s = execOrError(q); !s)
        return s.error();
    const qint64 rolloverId = q.lastInsertId().toLongLong();

    // The carry-over: each lot's tickets leave it and enter the new year at the same price.
    WalletService &wallet = m_session.wallet();
    const int total = int(lots.size());
    int done = 0;
    for (const OpenLot &o : std::as_const(lots)) {
        MovementSource out;
        out.rolloverId = rolloverId;
        if (auto taken = wallet.takeFromLot(o.lot, o.lot.remaining, MovementKind::CarryOut, out); !taken)
            return taken.error();
        MovementSource in = out;
        in.originLotId = o.originLotId;
        if (auto lot = wallet.creditLot(o.lot.householdId, o.lot.activityId, o.lot.remaining, o.lot.unitPrice,
                                        MovementKind::CarryIn, in);
            !lot)
            return lot.error();
        if (progress && (++done % 500 == 0 || done == total))
            progress(done, total);
    }

    // Children one class up; CM2 pupils and those leaving have left. Each change is in the family's history.
    q.prepare(QStringLiteral(
        "SELECT c.id, c.first_name || ' ' || c.last_name, c.class_level, c.schooling, hc.household_id "
        "FROM child c JOIN household_child hc ON hc.child_id = c.id WHERE c.schooling <> 'left' ORDER BY "
        "c.id"));
    if (Status s = execOrError(q); !s)
        return s.error();
    struct Promotion
    {
        qint64 child, household;
        QString name, level, schooling;
    };
    QList<Promotion> children;
    while (q.next())
        children += Promotion{q.value(0).toLongLong(), q.value(4).toLongLong(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString()};
    q.finish();
    AuditTrail audit(m_session);
    QSqlQuery &update =
        m_statements.get(QStringLiteral("UPDATE child SET class_level = ?, schooling = ?, updated_at = ?, "
                                        "version = version + 1 WHERE id = ?"));
    qint64 lastChild = 0;
    for (const Promotion &c : std::as_const(children)) {
        const bool leaves = c.schooling == QLatin1String("leaving") || c.level == QLatin1String("CM2");
        const QString level = leaves ? c.level : nextLevel(c.level);
        if (!leaves && level.isEmpty())
            continue; // no class level known: nothing to promote
        const QString schooling = leaves ? QStringLiteral("left") : c.schooling;
        if (c.child != lastChild) {
            bindAll(update, {level, schooling, now, c.child});
            if (Status s = execOrError(update); !s)
                return s.error();
            lastChild = c.child;
        }
        const QString field = leaves ? QStringLiteral("schooling") : QStringLiteral("classLevel");
        if (Status s = audit.record(c.household, QStringLiteral("child"), c.name, field,
                                    leaves ? c.schooling : c.level, leaves ? schooling : level);
            !s)
            return s.error();
    }
    if (Status s = m_session.journal().record(JournalEvent::Rollover, rolloverId); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return p;
}

Result<QList<RolloverRecord>> RolloverService::rollovers() const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT r.id, f.label, t.label, r.at, r.user_name FROM year_rollover r JOIN school_year f "
        "ON f.id = r.from_year_id JOIN school_year t ON t.id = r.to_year_id ORDER BY r.id"));
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<RolloverRecord> list;
    while (q.next())
        list += RolloverRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                               instantFromIso(q.value(3)), q.value(4).toString()};
    q.finish();
    return list;
}

Result<QList<CarryOverLine>> RolloverService::carryOver(qint64 rolloverId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT h.file_number, h.name, a.name, m.quantity, m.unit_price_cents FROM wallet_movement m "
        "JOIN household h ON h.id = m.household_id JOIN activity a ON a.id = m.activity_id "
        "WHERE m.rollover_id = ? AND m.kind = 'carry_in' ORDER BY h.id, a.position, m.id"));
    q.addBindValue(rolloverId);
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<CarryOverLine> lines;
    while (q.next())
        lines += CarryOverLine{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toInt(), Money::fromCents(q.value(4).toLongLong())};
    q.finish();
    return lines;
}

QByteArray RolloverService::carryOverCsv(const QList<CarryOverLine> &lines)
{
    QList<QStringList> rows{
        {tr("File no."), tr("Household"), tr("Activity"), tr("Tickets"), tr("Unit price"), tr("Value")}};
    for (const CarryOverLine &l : lines)
        rows +=
            QStringList{l.fileNumber,           l.household,         l.activity, QString::number(l.tickets),
                        csvAmount(l.unitPrice), csvAmount(l.value())};
    return csvDocument(rows);
}

} // namespace guichet
