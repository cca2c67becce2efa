// bench_yearend — the year end's two targets on the 12,000-household demo with its school year of bookings,
// each against the same work through the bare SQLite C API on another copy of the same file:
//   rollover  The roll-over to 2027-2028 on 10 July 2027 (RolloverService::run: the next year and its
//             prices, every lot's tickets carried over, every child promoted with its history line, the
//             journal entry), one transaction.                                      Target: <= 10 s.
//             The bare side: the same reads and inserts (open lots, two ledger rows per lot, one update and
//             one history row per child, the year, its prices) with prepared statements, one transaction.
//   report    The refund report over all households: every household with canteen tickets left is refunded
//             by transfer (not timed), then RefundService::report over the period, its CSV and its
//             spreadsheet.                                                          Target: <= 2 s.
//             The bare side: the report's rows (refunds, households, activities, orders, lines) read through
//             the C API, every column.
//   bench_yearend --database PATH [--runs N] [--only rollover,report]
// Run by hand (not in ctest): it copies the 2.5 GB demo a few times.
#include "BenchSupport.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"
#include "yearend/Refunds.h"
#include "yearend/Rollover.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace guichet;
using namespace guichet::bench;

namespace {

QDateTime july(int day, int hour)
{
    return QDateTime(QDate(2027, 7, day), QTime(hour, 0), QTimeZone("Europe/Paris"));
}

// A session on a copy, its clock in July 2027, a millisecond later at each reading.
struct Fixture
{
    FixedClock clock{july(10, 10)};
    Settings settings;
    Database database{clock};
    std::unique_ptr<Session> session;
    bool open(const QString &path)
    {
        clock.setTickMs(1);
        if (Status s = database.open(path, {}); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return false;
        }
        session = std::make_unique<Session>(database, settings, QStringLiteral("bench"));
        // The demo's administrator (the roll-over is theirs, refunds a régisseur's).
        if (const auto admin = session->users().authenticate(QStringLiteral("admin"), QStringLiteral("demo")))
            session->setUser(admin.value());
        return true;
    }
};

// The roll-over's writes through the C API, in one transaction (the same rows RolloverService writes).
double bareRollover(const QString &path)
{
    Bare bare(path);
    QElapsedTimer t;
    t.start();
    bare.exec("BEGIN IMMEDIATE");
    bare.exec(
        "INSERT INTO school_year (uuid, origin_site, label, start_date, end_date, booking_opens_on, "
        "created_at, updated_at) VALUES ('bench-year', 'bench', '2027-2028', '2027-09-01', '2028-07-03', "
        "'2027-08-21', '2027-07-10T08:00:00.000Z', '2027-07-10T08:00:00.000Z')");
    const sqlite3_int64 year = bare.lastId();
    bare.exec(
        "INSERT INTO year_rollover (uuid, origin_site, from_year_id, to_year_id, percent_hundredths, at, "
        "user_name, summary) SELECT 'bench-rollover', 'bench', 1, id, 0, '2027-07-10T08:00:00.000Z', "
        "'bench', '{}' FROM school_year WHERE uuid = 'bench-year'");
    const sqlite3_int64 rollover = bare.lastId();
    sqlite3_stmt *lots = bare.prepare(
        "SELECT l.id, l.household_id, l.activity_id, l.unit_price_cents, l.quantity + coalesce(t.taken, 0), "
        "coalesce(l.origin_lot_id, l.id) FROM wallet_movement l JOIN movement_kind k ON k.code = l.kind AND "
        "k.is_lot = 1 LEFT JOIN (SELECT lot_id, sum(quantity) AS taken FROM wallet_movement WHERE lot_id IS "
        "NOT "
        "NULL GROUP BY lot_id) t ON t.lot_id = l.id WHERE l.quantity + coalesce(t.taken, 0) > 0 "
        "ORDER BY l.household_id, l.activity_id, l.id");
    struct Lot
    {
        sqlite3_int64 id, household, activity, price, remaining, origin;
    };
    std::vector<Lot> open;
    while (sqlite3_step(lots) == SQLITE_ROW)
        open.push_back({sqlite3_column_int64(lots, 0), sqlite3_column_int64(lots, 1),
                        sqlite3_column_int64(lots, 2), sqlite3_column_int64(lots, 3),
                        sqlite3_column_int64(lots, 4), sqlite3_column_int64(lots, 5)});
    sqlite3_reset(lots);
    sqlite3_stmt *out = bare.prepare(
        "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, quantity, "
        "unit_price_cents, lot_id, rollover_id, at, clerk) VALUES (?, 'bench', ?, ?, 'carry_out', ?, ?, ?, "
        "?, "
        "'2027-07-10T08:00:00.000Z', 'bench')");
    sqlite3_stmt *in = bare.prepare(
        "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, quantity, "
        "unit_price_cents, origin_lot_id, rollover_id, at, clerk) VALUES (?, 'bench', ?, ?, 'carry_in', ?, "
        "?, ?, "
        "?, '2027-07-10T08:00:00.000Z', 'bench')");
    qint64 serial = 0;
    for (const Lot &l : open) {
        for (sqlite3_stmt *s : {out, in}) {
            Bare::text(s, 1, QByteArray("bench-") + QByteArray::number(++serial));
            sqlite3_bind_int64(s, 2, l.household);
            sqlite3_bind_int64(s, 3, l.activity);
            sqlite3_bind_int64(s, 4, s == out ? -l.remaining : l.remaining);
            sqlite3_bind_int64(s, 5, l.price);
            sqlite3_bind_int64(s, 6, s == out ? l.id : l.origin);
            sqlite3_bind_int64(s, 7, rollover);
            Bare::run(s);
        }
    }
    sqlite3_stmt *children = bare.prepare(
        "SELECT c.id, c.first_name || ' ' || c.last_name, c.class_level, hc.household_id FROM child c JOIN "
        "household_child hc ON hc.child_id = c.id WHERE c.schooling <> 'left' ORDER BY c.id");
    struct Child
    {
        sqlite3_int64 id, household;
        QByteArray name, level;
    };
    std::vector<Child> all;
    while (sqlite3_step(children) == SQLITE_ROW)
        all.push_back({sqlite3_column_int64(children, 0), sqlite3_column_int64(children, 3),
                       reinterpret_cast<const char *>(sqlite3_column_text(children, 1)),
                       reinterpret_cast<const char *>(sqlite3_column_text(children, 2))});
    sqlite3_reset(children);
    sqlite3_stmt *update = bare.prepare(
        "UPDATE child SET class_level = ?, schooling = ?, updated_at = '2027-07-10T08:00:00.000Z', version = "
        "version + 1 WHERE id = ?");
    sqlite3_stmt *audit = bare.prepare(
        "INSERT INTO audit_entry (uuid, origin_site, household_id, at, actor, entity, entity_label, field, "
        "old_value, new_value) VALUES (?, 'bench', ?, '2027-07-10T08:00:00.000Z', 'bench', 'child', ?, "
        "'classLevel', ?, ?)");
    sqlite3_int64 last = 0;
    for (const Child &c : all) {
        const QByteArray next = RolloverService::nextLevel(QString::fromUtf8(c.level)).toUtf8();
        const bool leaves = c.level == "CM2";
        if (c.id != last) {
            Bare::text(update, 1, leaves ? c.level : next);
            Bare::text(update, 2, leaves ? QByteArray("left") : QByteArray("attending"));
            sqlite3_bind_int64(update, 3, c.id);
            Bare::run(update);
            last = c.id;
        }
        Bare::text(audit, 1, QByteArray("bench-") + QByteArray::number(++serial));
        sqlite3_bind_int64(audit, 2, c.household);
        Bare::text(audit, 3, c.name);
        Bare::text(audit, 4, c.level);
        Bare::text(audit, 5, leaves ? QByteArray("left") : next);
        Bare::run(audit);
    }
    bare.exec(
        "INSERT INTO tariff (uuid, origin_site, school_year_id, activity_id, bracket_id, unit_price_cents, "
        "updated_at) SELECT 'bench-t' || id, 'bench', (SELECT id FROM school_year WHERE uuid = "
        "'bench-year'), "
        "activity_id, NULL, unit_price_cents, updated_at FROM tariff WHERE school_year_id = 1 AND bracket_id "
        "IS NULL");
    bare.exec("COMMIT");
    Q_UNUSED(year)
    return elapsedMs(t);
}

void benchRollover(const QString &base, const QString &folder, int runs)
{
    std::vector<double> ours, theirs;
    RolloverPlan plan;
    for (int i = 0; i < runs; ++i) {
        const QString copy = QDir(folder).filePath(QStringLiteral("rollover.sqlite"));
        if (!copyFresh(base, copy))
            std::exit(1);
        {
            Fixture f;
            if (!f.open(copy))
                std::exit(1);
            RolloverOptions options;
            options.percentHundredths = 250;
            QElapsedTimer t;
            t.start();
            const auto done = f.session->rollover().run(options);
            ours.push_back(elapsedMs(t));
            if (!done) {
                std::fprintf(stderr, "rollover: %s\n", qPrintable(done.error().message));
                std::exit(1);
            }
            plan = done.value();
        }
        if (!copyFresh(base, copy))
            std::exit(1);
        theirs.push_back(bareRollover(copy));
    }
    std::printf("  roll-over: %d households, %d lots, %d tickets worth %s carried over; children promoted: ",
                plan.households, plan.lots, plan.tickets, qPrintable(plan.value.toString()));
    int promoted = 0;
    for (const auto &[step, n] : plan.promotions)
        promoted += n;
    std::printf("%d, leavers %d\n", promoted, plan.cm2Leavers + plan.otherLeavers);
    row("roll-over with carry-over", ours.size(), stats(ours), stats(theirs), 10000);
}

void benchReport(const QString &base, const QString &folder, int runs)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("report.sqlite"));
    if (!copyFresh(base, copy))
        std::exit(1);
    Fixture f;
    if (!f.open(copy))
        std::exit(1);
    Session &session = *f.session;
    // Every household with canteen tickets refunded by transfer on 10 July (one transaction, not timed).
    QSqlQuery q(session.database().connection());
    q.exec(QStringLiteral(
        "SELECT m.household_id, m.activity_id FROM wallet_movement m JOIN activity a ON a.id = "
        "m.activity_id WHERE a.code = 'cantine' GROUP BY m.household_id, m.activity_id HAVING "
        "sum(m.quantity) > 0"));
    QList<std::pair<qint64, qint64>> wallets;
    while (q.next())
        wallets += {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    {
        Transaction transaction(session.database());
        for (const auto &[household, activity] : std::as_const(wallets)) {
            RefundRequest r;
            r.householdId = household;
            r.activityId = activity;
            r.iban = QStringLiteral("FR7630006000011234567890189");
            if (auto done = session.refunds().refund(r); !done) {
                std::fprintf(stderr, "report: %s\n", qPrintable(done.error().message));
                std::exit(1);
            }
        }
        if (!transaction.commit())
            std::exit(1);
    }
    std::vector<double> ours, read, theirs;
    int refunds = 0;
    Money total;
    const QString xlsx = QDir(folder).filePath(QStringLiteral("refunds.xlsx"));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto report = session.refunds().report(QDate(2027, 7, 1), QDate(2027, 7, 31));
        if (!report)
            std::exit(1);
        read.push_back(elapsedMs(t));
        const QByteArray csv = RefundService::reportCsv(report.value(), true);
        if (!RefundService::writeXlsx(report.value(), true, xlsx))
            std::exit(1);
        ours.push_back(elapsedMs(t));
        refunds = int(report.value().refunds.size());
        total = report.value().total;
    }
    Bare bare(copy);
    sqlite3_stmt *rows = bare.prepare(
        "SELECT r.id, r.number, h.file_number, h.name, r.payer_name, a.name, r.method, r.iban, r.bic, "
        "r.reason, "
        "r.tickets, r.amount_cents, r.requested_at, r.clerk, coalesce(o.number, '') FROM refund r JOIN "
        "household h "
        "ON h.id = r.household_id JOIN activity a ON a.id = r.activity_id LEFT JOIN refund_order_item oi ON "
        "oi.refund_id = r.id LEFT JOIN refund_order o ON o.id = oi.order_id WHERE r.requested_at >= ? AND "
        "r.requested_at < ? ORDER BY r.requested_at, r.id");
    sqlite3_stmt *lines =
        bare.prepare("SELECT refund_id, lot_id, quantity, unit_price_cents FROM refund_line "
                     "WHERE refund_id BETWEEN ? AND ? ORDER BY refund_id, id");
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        Bare::text(rows, 1, "2027-06-30T22:00:00.000Z");
        Bare::text(rows, 2, "2027-07-31T22:00:00.000Z");
        std::vector<sqlite3_int64> ids;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            ids.push_back(sqlite3_column_int64(rows, 0));
            for (int c = 1; c < sqlite3_column_count(rows); ++c)
                (void)sqlite3_column_text(rows, c);
        }
        sqlite3_reset(rows);
        if (!ids.empty()) {
            sqlite3_bind_int64(lines, 1, *std::min_element(ids.begin(), ids.end()));
            sqlite3_bind_int64(lines, 2, *std::max_element(ids.begin(), ids.end()));
            Bare::drain(lines);
        }
        theirs.push_back(elapsedMs(t));
    }
    std::printf("  refund report: %d refunds, %s (report + CSV + spreadsheet of %.1f MB)\n", refunds,
                qPrintable(total.toString()), double(QFileInfo(xlsx).size()) / 1048576.0);
    row("refund report: its rows", read.size(), stats(read), stats(theirs), 2000);
    row("refund report + CSV + xlsx", ours.size(), stats(ours), stats(theirs), 2000);
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
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each section."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Sections: rollover,report."),
                      QStringLiteral("list"), QStringLiteral("rollover,report")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty() || !QFile::exists(path)) {
        std::fprintf(stderr, "Give --database: a demo made by guichet-cli demo --households 12000.\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    QTemporaryDir dir(QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("bench-XXXXXX")));
    // The demo at this version's schema (migrated once, not timed).
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    if (!copyFresh(path, base))
        return 1;
    {
        Fixture f;
        if (!f.open(base))
            return 1;
    }
    std::printf("bench_yearend on %s (%.0f MB)\n", qPrintable(path),
                double(QFileInfo(path).size()) / 1048576.0);
    header();
    if (only.contains(QStringLiteral("rollover")))
        benchRollover(base, dir.path(), runs);
    if (only.contains(QStringLiteral("report"))) {
        // The report after the roll-over, as at the counter in July.
        const QString rolled = dir.filePath(QStringLiteral("rolled.sqlite"));
        if (!copyFresh(base, rolled))
            return 1;
        {
            Fixture f;
            if (!f.open(rolled) || !f.session->rollover().run({}))
                return 1;
        }
        benchReport(rolled, dir.path(), std::max(runs, 5));
    }
    return 0;
}
