// bench_planning — the planning at the town's scale: the 12,000-household demo database with its school year
// of bookings (guichet-cli demo --households 12000: about 2.5 million bookings), against the same reads and
// writes through the bare SQLite C API on the same file, in the same run.
//   bench_planning --database PATH [--iterations N] [--only month,year,kitchen,verify]
// Run by hand (not in ctest). Targets (issue 13):
//   month   the month planning of a household with 3 children (BookingService::month)      p95 <= 10 ms
//   year    booking the rest of the school year for 3 siblings in one durable transaction    <= 100 ms
//   kitchen the meals of every school for one day (AttendanceService::kitchen)              <= 50 ms
//   verify  guichet-cli verify's 15 checks on the whole database                           <= 10 s
// The year section writes: it works on a copy of the database, and the bare side on another copy (the same
// schema and triggers: the ratio is what our services add to the rows themselves).
#include "BenchSupport.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "integrity/InvariantChecker.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace guichet;
using namespace guichet::bench;

namespace {

struct Fixture
{
    SystemClock clock;
    Settings settings;
    Database database{clock};
    std::unique_ptr<Session> session;
    bool open(const QString &path)
    {
        if (!database.open(path, {}))
            return false;
        session = std::make_unique<Session>(database, settings, QStringLiteral("bench"));
        return true;
    }
};

QList<qint64> households(Session &session, int count)
{
    // Validated households with three children, spread over the file.
    QSqlQuery q(session.database().connection());
    q.exec(
        QStringLiteral("SELECT h.id FROM household h WHERE h.status = 'validated' AND (SELECT count(*) FROM "
                       "household_child l WHERE l.household_id = h.id) = 3 ORDER BY h.id"));
    QList<qint64> all;
    while (q.next())
        all += q.value(0).toLongLong();
    QList<qint64> picked;
    for (qsizetype i = 0; i < all.size() && picked.size() < count;
         i += std::max<qsizetype>(1, all.size() / count))
        picked += all.at(i);
    return picked;
}

qint64 activityId(Session &session, const char *code)
{
    QSqlQuery q(session.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM activity WHERE code = ?"));
    q.addBindValue(QString::fromLatin1(code));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::pair<QDate, QDate> schoolYear(Session &session)
{
    QSqlQuery q(session.database().connection());
    q.prepare(
        QStringLiteral("SELECT start_date, end_date FROM school_year WHERE end_date >= ? ORDER BY start_date "
                       "LIMIT 1"));
    q.addBindValue(session.today().toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return {};
    return {QDate::fromString(q.value(0).toString(), Qt::ISODate),
            QDate::fromString(q.value(1).toString(), Qt::ISODate)};
}

// The month planning: every month of the school year for households with three children.
void benchMonth(const QString &path, int iterations)
{
    Fixture f;
    if (!f.open(path))
        std::exit(1);
    Session &session = *f.session;
    const qint64 cantine = activityId(session, "cantine");
    const auto [start, end] = schoolYear(session);
    const QList<qint64> picked = households(session, iterations);
    Bare bare(path);
    sqlite3_stmt *children =
        bare.prepare("SELECT c.id, c.first_name, c.last_name, c.school_id, c.class_level FROM child c JOIN "
                     "household_child l ON "
                     "l.child_id = c.id WHERE l.household_id = ? ORDER BY c.birth_date, c.id");
    sqlite3_stmt *year =
        bare.prepare("SELECT id, start_date, end_date, booking_opens_on, label FROM school_year");
    sqlite3_stmt *week = bare.prepare("SELECT school_year_id, school_id, weekdays FROM school_week");
    sqlite3_stmt *periods = bare.prepare(
        "SELECT kind, label, first_day, last_day, school_id FROM calendar_period WHERE first_day <= ? AND "
        "last_day >= ?");
    sqlite3_stmt *bookings = bare.prepare(
        "SELECT b.child_id, b.service_day, b.status FROM booking b JOIN household_child l ON l.child_id = "
        "b.child_id WHERE l.household_id = ? AND b.activity_id = ? AND b.service_day BETWEEN ? AND ? AND "
        "b.status <> 'cancelled'");
    sqlite3_stmt *balance =
        bare.prepare("SELECT sum(quantity) FROM wallet_movement WHERE household_id = ? AND activity_id = ?");

    std::vector<double> ours, theirs;
    for (const qint64 household : picked)
        for (QDate month(start.year(), start.month(), 1); month <= end; month = month.addMonths(1)) {
            QElapsedTimer t;
            t.start();
            const auto planning = session.bookings().month(household, cantine, month);
            ours.push_back(elapsedMs(t));
            if (!planning || planning.value().rows.size() != 3) {
                std::fprintf(stderr, "month: %s\n",
                             planning ? "not 3 rows" : qPrintable(planning.error().message));
                std::exit(1);
            }
            const QByteArray first = month.toString(Qt::ISODate).toUtf8();
            const QByteArray last = month.addMonths(1).addDays(-1).toString(Qt::ISODate).toUtf8();
            t.start();
            sqlite3_bind_int64(children, 1, household);
            Bare::drain(children);
            Bare::drain(year);
            Bare::drain(week);
            Bare::text(periods, 1, last);
            Bare::text(periods, 2, first);
            Bare::drain(periods);
            sqlite3_bind_int64(bookings, 1, household);
            sqlite3_bind_int64(bookings, 2, cantine);
            Bare::text(bookings, 3, first);
            Bare::text(bookings, 4, last);
            Bare::drain(bookings);
            sqlite3_bind_int64(balance, 1, household);
            sqlite3_bind_int64(balance, 2, cantine);
            Bare::drain(balance);
            theirs.push_back(elapsedMs(t));
        }
    row("month planning, 3 children", ours.size(), stats(ours), stats(theirs), 10);
}

// Booking the rest of the year for three siblings: the study hall (étude), which the demo leaves free,
// Mondays, Tuesdays, Thursdays and Fridays, after the tickets are sold (not timed).
void benchYear(const QString &path, int iterations)
{
    QTemporaryDir dir(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("bench-XXXXXX")));
    const QString ourCopy = dir.filePath(QStringLiteral("ours.sqlite"));
    const QString bareCopy = dir.filePath(QStringLiteral("bare.sqlite"));
    if (!copyFresh(path, ourCopy) || !copyFresh(path, bareCopy)) {
        std::fprintf(stderr, "year: cannot copy %s\n", qPrintable(path));
        std::exit(1);
    }
    Fixture f;
    if (!f.open(ourCopy))
        std::exit(1);
    Session &session = *f.session;
    const qint64 etude = activityId(session, "etude");
    const auto [start, end] = schoolYear(session);
    const QList<qint64> picked = households(session, iterations);
    Fixture bareSide; // sells the tickets on the bare copy; the timed writes go through the C API
    if (!bareSide.open(bareCopy))
        std::exit(1);
    Bare bare(bareCopy);
    sqlite3_stmt *lot = bare.prepare(
        "SELECT l.id, l.unit_price_cents, l.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement "
        "WHERE lot_id = l.id), 0) FROM wallet_movement l WHERE l.household_id = ? AND l.activity_id = ? AND "
        "l.kind = 'purchase' ORDER BY l.id DESC LIMIT 1");
    sqlite3_stmt *booking = bare.prepare(
        "INSERT INTO booking (uuid, origin_site, household_id, child_id, activity_id, service_day, status, "
        "clerk, created_at, updated_at) VALUES (?, 'bench', ?, ?, ?, ?, 'booked', 'bench', ?, ?)");
    sqlite3_stmt *movement = bare.prepare(
        "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, quantity, "
        "unit_price_cents, lot_id, booking_id, child_id, service_day, at, clerk) VALUES (?, 'bench', ?, ?, "
        "'booking', -1, ?, ?, ?, ?, ?, ?, 'bench')");

    std::vector<double> ours, theirs;
    int bookings = 0;
    qint64 serial = 0;
    for (const qint64 household : picked) {
        BookingRequest request;
        request.householdId = household;
        request.activityId = etude;
        request.from = std::max(start, session.today().addDays(2));
        request.to = end;
        request.weekdays = {1, 2, 4, 5};
        QSqlQuery q(session.database().connection());
        q.exec(QStringLiteral("SELECT child_id FROM household_child WHERE household_id = %1").arg(household));
        while (q.next())
            request.childIds += q.value(0).toLongLong();
        const auto needed = session.bookings().need(request);
        if (!needed) {
            std::fprintf(stderr, "year: %s\n", qPrintable(needed.error().message));
            std::exit(1);
        }
        const int missing = -needed.value().balanceAfter;
        // Sell what the year needs on both copies (one lot each, the same price), not timed.
        for (Session *s : {&session, bareSide.session.get()}) {
            const auto invoice = s->sales().confirmOrder(household, {{etude, missing}});
            PaymentPart card;
            card.method = PaymentMethod::Card;
            card.cardReference = QStringLiteral("BENCH");
            card.amount = invoice ? s->sales().invoice(invoice.value()).value().total : Money();
            if (!invoice || !s->sales().pay(invoice.value(), {card})) {
                std::fprintf(stderr, "year: the sale was refused\n");
                std::exit(1);
            }
        }

        QElapsedTimer t;
        t.start();
        const auto booked = session.bookings().apply(request);
        ours.push_back(elapsedMs(t));
        if (!booked) {
            std::fprintf(stderr, "year: %s\n", qPrintable(booked.error().message));
            std::exit(1);
        }
        bookings += booked.value().taken();

        // The same rows on the bare copy: a booking and its movement per day, in one transaction.
        t.start();
        bare.exec("BEGIN IMMEDIATE");
        sqlite3_bind_int64(lot, 1, household);
        sqlite3_bind_int64(lot, 2, etude);
        qint64 lotId = 0, price = 0;
        if (sqlite3_step(lot) == SQLITE_ROW) {
            lotId = sqlite3_column_int64(lot, 0);
            price = sqlite3_column_int64(lot, 1);
        }
        sqlite3_reset(lot);
        const QByteArray now = f.clock.nowIso().toUtf8();
        for (const BookingDay &day : booked.value().changes) {
            const QByteArray date = day.day.toString(Qt::ISODate).toUtf8();
            const QByteArray uuid = QByteArray::number(++serial).rightJustified(36, '0');
            Bare::text(booking, 1, "b" + uuid);
            sqlite3_bind_int64(booking, 2, household);
            sqlite3_bind_int64(booking, 3, day.childId);
            sqlite3_bind_int64(booking, 4, etude);
            Bare::text(booking, 5, date);
            Bare::text(booking, 6, now);
            Bare::text(booking, 7, now);
            if (sqlite3_step(booking) != SQLITE_DONE) {
                std::fprintf(stderr, "bare booking: %s\n", sqlite3_errmsg(bare.db()));
                std::exit(1);
            }
            sqlite3_reset(booking);
            const qint64 bookingId = sqlite3_last_insert_rowid(bare.db());
            Bare::text(movement, 1, "m" + uuid);
            sqlite3_bind_int64(movement, 2, household);
            sqlite3_bind_int64(movement, 3, etude);
            sqlite3_bind_int64(movement, 4, price);
            sqlite3_bind_int64(movement, 5, lotId);
            sqlite3_bind_int64(movement, 6, bookingId);
            sqlite3_bind_int64(movement, 7, day.childId);
            Bare::text(movement, 8, date);
            Bare::text(movement, 9, now);
            if (sqlite3_step(movement) != SQLITE_DONE) {
                std::fprintf(stderr, "bare movement: %s\n", sqlite3_errmsg(bare.db()));
                std::exit(1);
            }
            sqlite3_reset(movement);
        }
        bare.exec("COMMIT");
        theirs.push_back(elapsedMs(t));
    }
    row("year for 3 siblings (1 transaction)", ours.size(), stats(ours), stats(theirs), 100);
    std::printf("  %-34s %d bookings a request on average (%s to %s, 4 days a week)\n", "",
                picked.isEmpty() ? 0 : bookings / int(picked.size()),
                qPrintable(std::max(start, session.today().addDays(2)).toString(Qt::ISODate)),
                qPrintable(end.toString(Qt::ISODate)));
}

// The kitchen's counts of every school for one day, on service days spread over the year.
void benchKitchen(const QString &path, int iterations)
{
    Fixture f;
    if (!f.open(path))
        std::exit(1);
    Session &session = *f.session;
    QSqlQuery q(session.database().connection());
    q.exec(QStringLiteral("SELECT DISTINCT service_day FROM booking ORDER BY 1"));
    QList<QDate> days;
    while (q.next())
        days += QDate::fromString(q.value(0).toString(), Qt::ISODate);
    Bare bare(path);
    const char *from =
        "FROM booking b JOIN activity a ON a.id = b.activity_id AND a.counts_meals = 1 JOIN child c ON "
        "c.id = b.child_id LEFT JOIN school s ON s.id = c.school_id WHERE b.service_day BETWEEN ? AND "
        "? AND b.status IN ('booked', 'present', 'absent') ";
    const QByteArray mealsSql = QByteArray("SELECT b.service_day, coalesce(s.name, ''), count(*) ") + from +
                                "GROUP BY b.service_day, s.name ORDER BY b.service_day, s.name";
    sqlite3_stmt *meals = bare.prepare(mealsSql.constData());
    sqlite3_stmt *diets = bare.prepare(
        (QByteArray(
             "SELECT b.service_day, coalesce(s.name, ''), d.label, count(*) FROM booking b JOIN activity a "
             "ON "
             "a.id = b.activity_id AND a.counts_meals = 1 JOIN child c ON c.id = b.child_id LEFT JOIN school "
             "s ON s.id = c.school_id JOIN child_diet cd ON cd.child_id = c.id JOIN diet_option d ON d.code "
             "= "
             "cd.diet_code WHERE b.service_day BETWEEN ? AND ? AND b.status IN ('booked', 'present', "
             "'absent') GROUP BY b.service_day, s.name, d.code ORDER BY d.position"))
            .constData());
    const QByteArray watchSql =
        QByteArray("SELECT b.service_day, coalesce(s.name, ''), c.last_name, c.first_name, c.class_level, "
                   "c.allergies, c.has_pai, c.pai_details ") +
        from + "AND (c.allergies <> '' OR c.has_pai = 1) ORDER BY c.last_name, c.first_name";
    sqlite3_stmt *watch = bare.prepare(watchSql.constData());
    std::vector<double> ours, theirs;
    int meals0 = 0;
    for (int i = 0; i < iterations && !days.isEmpty(); ++i) {
        const QDate day = days.at(qsizetype(i) * days.size() / iterations);
        QElapsedTimer t;
        t.start();
        const auto counts = session.attendance().kitchen(day, day);
        ours.push_back(elapsedMs(t));
        if (!counts) {
            std::fprintf(stderr, "kitchen: %s\n", qPrintable(counts.error().message));
            std::exit(1);
        }
        for (const KitchenCount &c : counts.value())
            meals0 += c.meals;
        const QByteArray d = day.toString(Qt::ISODate).toUtf8();
        t.start();
        for (sqlite3_stmt *s : {meals, diets, watch}) {
            Bare::text(s, 1, d);
            Bare::text(s, 2, d);
            Bare::drain(s);
        }
        theirs.push_back(elapsedMs(t));
    }
    row("kitchen, every school, one day", ours.size(), stats(ours), stats(theirs), 50);
    std::printf("  %-34s %d meals a day on average\n", "", ours.empty() ? 0 : meals0 / int(ours.size()));
}

// verify's 15 checks on the whole file; the bare side reads every row of the tables they read, summing
// the ledger per household and activity (the least any check of the whole file must do).
void benchVerify(const QString &path, int runs)
{
    Fixture f;
    if (!f.open(path))
        std::exit(1);
    Bare bare(path);
    sqlite3_stmt *scans[] = {
        bare.prepare("SELECT household_id, activity_id, sum(quantity) FROM wallet_movement GROUP BY 1, 2"),
        bare.prepare("SELECT lot_id, sum(quantity) FROM wallet_movement WHERE lot_id IS NOT NULL GROUP BY 1"),
        bare.prepare("SELECT b.id, m.id FROM booking b LEFT JOIN wallet_movement m ON m.booking_id = b.id"),
        bare.prepare("SELECT invoice_id, sum(quantity * unit_price_cents) FROM invoice_line GROUP BY 1"),
        bare.prepare("SELECT receipt_id, sum(amount_cents) FROM payment GROUP BY 1"),
        bare.prepare("SELECT kind, number, sha256, length(content) FROM issued_document")};
    std::vector<double> ours, theirs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto findings = InvariantChecker(*f.session).run();
        ours.push_back(elapsedMs(t));
        if (!findings || !findings.value().isEmpty()) {
            std::fprintf(stderr, "verify: %s\n",
                         findings ? qPrintable(findings.value().first().message)
                                  : qPrintable(findings.error().message));
            std::exit(1);
        }
        t.start();
        bare.exec("BEGIN");
        for (sqlite3_stmt *s : scans)
            Bare::drain(s);
        bare.exec("COMMIT");
        theirs.push_back(elapsedMs(t));
    }
    row("verify, whole database", ours.size(), stats(ours), stats(theirs), 10000);
    // Where the time goes: each check alone, once.
    for (const InvariantChecker::Check &check : InvariantChecker::checks()) {
        QElapsedTimer t;
        t.start();
        (void)InvariantChecker(*f.session).run(check.name);
        std::printf("  %-34s %9.0f ms\n", qPrintable(QStringLiteral("  ") + check.name), elapsedMs(t));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("The demo database with its year of bookings."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("iterations"),
                      QStringLiteral("Households (month, year) or days (kitchen)."), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Sections: month,year,kitchen,verify."),
                      QStringLiteral("list"), QStringLiteral("month,year,kitchen,verify")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() || !QFile::exists(path)) {
        std::fprintf(stderr, "Give --database: a demo made by guichet-cli demo --households 12000.\n");
        return 2;
    }
    const int iterations = std::max(1, parser.value(QStringLiteral("iterations")).toInt());
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    std::printf("bench_planning on %s (%.0f MB)\n", qPrintable(path),
                double(QFileInfo(path).size()) / 1048576.0);
    header();
    if (only.contains(QStringLiteral("month")))
        benchMonth(path, iterations);
    if (only.contains(QStringLiteral("kitchen")))
        benchKitchen(path, iterations);
    if (only.contains(QStringLiteral("verify")))
        benchVerify(path, 3);
    if (only.contains(QStringLiteral("year")))
        benchYear(path, iterations);
    return 0;
}
