// bench_sales — the counter's full sale (confirm the order + pay in cash + tickets into the wallet, each
// step a durable commit: WAL, synchronous=FULL) on the 12,000-household demo database, against the same
// inserts done with the bare SQLite C API on a copy of the same file, in the same run.
//   bench_sales [--database PATH] [--sales N]
// Run by hand (not in ctest). Target: p95 <= 15 ms.
#include "BenchSupport.h"

#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "demo/DemoGenerator.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace guichet;
using namespace guichet::bench;

namespace {

// The rows a sale writes, with prepared statements, as a hand-written C program would.
class BareSale
{
public:
    explicit BareSale(const QByteArray &path)
    {
        sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        m_series =
            prepare("INSERT INTO number_series (series, last_number) VALUES (?, 1) ON CONFLICT (series) "
                    "DO UPDATE SET last_number = last_number + 1 RETURNING last_number");
        m_invoice = prepare(
            "INSERT INTO invoice (uuid, origin_site, number, series, sequence, household_id, "
            "school_year_id, issued_at, payer_name, payer_address, bracket_label, total_cents, clerk) "
            "VALUES (?,'bench',?,?,?,?,1,'2026-09-01T08:00:00.000Z','Marie Lefèvre','','QF > "
            "1000',?,'bench')");
        m_line = prepare(
            "INSERT INTO invoice_line (uuid, origin_site, invoice_id, activity_id, description, quantity, "
            "unit_price_cents, total_cents) VALUES (?,'bench',?,1,'Cantine — repas',17,415,7055)");
        m_receipt = prepare(
            "INSERT INTO receipt (uuid, origin_site, number, series, sequence, invoice_id, paid_at, "
            "clerk, till_session_id) VALUES (?,'bench',?,'BARE-RC-2026',?,?,'2026-09-01T08:00:00.000Z',"
            "'bench',(SELECT max(id) FROM till_session))");
        m_payment = prepare(
            "INSERT INTO payment (uuid, origin_site, receipt_id, method, amount_cents, tendered_cents, "
            "change_cents) VALUES (?,'bench',?,'cash',7055,10000,2945)");
        m_wallet = prepare(
            "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, quantity, "
            "unit_price_cents, invoice_line_id, at, clerk) VALUES (?,'bench',?,1,'purchase',17,415,?,"
            "'2026-09-01T08:00:00.000Z','bench')");
    }
    ~BareSale()
    {
        for (sqlite3_stmt *s : {m_series, m_invoice, m_line, m_receipt, m_payment, m_wallet})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    void sale(qint64 household, int n)
    {
        const QByteArray uuid = QByteArray("bare-") + QByteArray::number(n);
        exec("BEGIN IMMEDIATE");
        const qint64 seq = nextNumber("BARE-2026");
        const QByteArray number = "BARE-2026-" + QByteArray::number(seq).rightJustified(6, '0');
        bindText(m_invoice, 1, uuid + "-i");
        bindText(m_invoice, 2, number);
        bindText(m_invoice, 3, "BARE-2026");
        sqlite3_bind_int64(m_invoice, 4, seq);
        sqlite3_bind_int64(m_invoice, 5, household);
        sqlite3_bind_int64(m_invoice, 6, 7055);
        step(m_invoice);
        const qint64 invoiceId = sqlite3_last_insert_rowid(m_db);
        bindText(m_line, 1, uuid + "-l");
        sqlite3_bind_int64(m_line, 2, invoiceId);
        step(m_line);
        const qint64 lineId = sqlite3_last_insert_rowid(m_db);
        exec("COMMIT");

        exec("BEGIN IMMEDIATE");
        const qint64 receipt = nextNumber("BARE-RC-2026");
        bindText(m_receipt, 1, uuid + "-r");
        bindText(m_receipt, 2, "BARE-RC-2026-" + QByteArray::number(receipt).rightJustified(6, '0'));
        sqlite3_bind_int64(m_receipt, 3, receipt);
        sqlite3_bind_int64(m_receipt, 4, invoiceId);
        step(m_receipt);
        bindText(m_payment, 1, uuid + "-p");
        sqlite3_bind_int64(m_payment, 2, sqlite3_last_insert_rowid(m_db));
        step(m_payment);
        bindText(m_wallet, 1, uuid + "-w");
        sqlite3_bind_int64(m_wallet, 2, household);
        sqlite3_bind_int64(m_wallet, 3, lineId);
        step(m_wallet);
        exec("COMMIT");
    }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(m_db));
        return s;
    }
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void bindText(sqlite3_stmt *s, int i, const QByteArray &text)
    {
        sqlite3_bind_text(s, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void step(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            std::fprintf(stderr, "step: %s\n", sqlite3_errmsg(m_db));
        sqlite3_reset(s);
    }
    qint64 nextNumber(const char *series)
    {
        sqlite3_bind_text(m_series, 1, series, -1, SQLITE_STATIC);
        sqlite3_step(m_series);
        const qint64 n = sqlite3_column_int64(m_series, 0);
        sqlite3_reset(m_series);
        return n;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_series = nullptr, *m_invoice = nullptr, *m_line = nullptr, *m_receipt = nullptr,
                 *m_payment = nullptr, *m_wallet = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Demo database (created if missing)."),
        QStringLiteral("path"), QStringLiteral("/tmp/guichet-bench.sqlite"));
    const QCommandLineOption salesOption(QStringLiteral("sales"), QStringLiteral("Number of timed sales."),
                                         QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({databaseOption, salesOption});
    parser.addHelpOption();
    parser.process(app);
    const QString source = parser.value(databaseOption);
    const int count = parser.value(salesOption).toInt();
    SystemClock clock;
    Settings settings(QDir::temp().filePath(QStringLiteral("guichet-bench.ini")));

    if (!QFile::exists(source)) {
        std::printf("Creating the 12,000-household demo database %s (about a minute)...\n",
                    qPrintable(source));
        Database db(clock);
        if (!db.open(source))
            return 1;
        Session session(db, settings, QStringLiteral("bench"));
        if (!DemoGenerator(session).generate({12000, 62500}))
            return 1;
    }
    const QString ours = source + QStringLiteral(".sales-ours");
    const QString bare = source + QStringLiteral(".sales-bare");
    if (!copyFresh(source, ours) || !copyFresh(source, bare)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }

    std::vector<double> oursMs, bareMs;
    QList<qint64> households;
    {
        Database db(clock);
        if (Status s = db.open(ours); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        Session session(db, settings, QStringLiteral("bench"));
        if (!session.till().current().value()) // a demo of an older version has no till open
            (void)session.till().open(Money::fromCents(15000));
        households = session.family().householdsWithStatus(FileStatus::Validated, 1000000).value();
        SalesService &sales = session.sales();
        const qint64 cantine = session.catalog().activities().value().first().id;
        PaymentPart cash;
        BareSale baseline(bare.toUtf8());
        for (int i = -20; i < count; ++i) { // 20 warm-up sales
            const qint64 household = households.at((i + 20) * 37 % households.size());
            QElapsedTimer t;
            t.start();
            const auto invoice = sales.confirmOrder(household, {{cantine, 17}});
            if (!invoice) {
                std::fprintf(stderr, "%s\n", qPrintable(invoice.error().message));
                return 1;
            }
            const Money due = sales.invoice(invoice.value()).value().due;
            cash.amount = due;
            cash.tendered = Money::fromCents(10000);
            const auto paid = sales.pay(invoice.value(), {cash});
            if (!paid || !paid.value().walletCredited) {
                std::fprintf(stderr, "payment failed\n");
                return 1;
            }
            const double ourTime = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            baseline.sale(household, i + 20);
            const double bareTime = double(t.nsecsElapsed()) / 1e6;
            if (i >= 0) {
                oursMs.push_back(ourTime);
                bareMs.push_back(bareTime);
            }
        }
    }
    const Stats o = stats(oursMs), b = stats(bareMs);
    std::printf(
        "Full counter sale: confirm (priced, numbered invoice) + cash payment + wallet credit, 2 durable "
        "commits each\n  %d sales on %lld validated households\n",
        count, qint64(households.size()));
    std::printf("                       median      p95      max   (ms)\n");
    std::printf("  Guichet services   %8.3f %8.3f %8.3f\n", o.median, o.p95, o.max);
    std::printf("  bare SQLite C API  %8.3f %8.3f %8.3f   (same rows, same commits, no reads)\n", b.median,
                b.p95, b.max);
    std::printf("  ratio              %8.2f %8.2f\n", o.median / b.median, o.p95 / b.p95);
    std::printf("  target p95 <= 15 ms: %s\n", o.p95 <= 15.0 ? "OK" : "FAIL");
    for (const QString &f : {ours, bare})
        for (const char *suffix : {"", "-wal", "-shm", ".lock"})
            QFile::remove(f + QString::fromLatin1(suffix));
    return 0;
}
