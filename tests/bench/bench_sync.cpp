// bench_sync — the sync with a real PostgreSQL 15 (a throw-away server, tests/support/PostgresServer) on
// copies of the 12,000-household demo: the push of one counter's busy day (2,000 sales with their cash
// payments and 500 family-file edits; target <= 10 s) and its pull by a second counter (<= 10 s), each
// against moving the same rows with COPY through libpq (the fastest a client can send or read them).
//
// With --new-counter, then: the whole town pushed by its counter (the first push of a town going central),
// and a new counter that joins and pulls the whole town (<= 60 s), against COPY of the central rows it reads.
//
//   bench_sync --database PATH [--sales N] [--edits N] [--new-counter]
//
// The demo's history is not pushed first (millions of changes): the central database is told the first
// counter sent it already, and the second counter is a copy of the same file under another site id and code,
// which then pulls exactly the day.
#include "BenchSupport.h"
#include "PostgresServer.h"

#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/HugePages.h"
#include "common/Settings.h"
#include "family/FamilyService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "sync/Central.h"
#include "sync/Sync.h"
#include "users/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <libpq-fe.h>

using namespace guichet;
using namespace guichet::bench;

namespace {

// The same rows as the day's push, sent by COPY into a table of the same shape: the floor of what sending
// costs.
double copyIn(const QString &conninfo, const QList<QByteArray> &lines)
{
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    PQclear(PQexec(c,
                   "CREATE TEMP TABLE copy_change (site_id uuid, site_seq bigint, table_name text, row_key "
                   "text, op text, data jsonb)"));
    QElapsedTimer t;
    t.start();
    PQclear(PQexec(c, "COPY copy_change FROM STDIN"));
    for (const QByteArray &line : lines)
        PQputCopyData(c, line.constData(), int(line.size()));
    PQputCopyEnd(c, nullptr);
    PQclear(PQgetResult(c));
    const double ms = elapsedMs(t);
    PQfinish(c);
    return ms;
}

// Rows read by COPY (a query's rows, to nowhere): the floor of what receiving them costs.
double copyOut(const QString &conninfo, const QByteArray &query)
{
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    QElapsedTimer t;
    t.start();
    const QByteArray sql = "COPY (" + query + ") TO STDOUT";
    PQclear(PQexec(c, sql.constData()));
    char *buffer = nullptr;
    while (PQgetCopyData(c, &buffer, 0) > 0)
        PQfreemem(buffer);
    PQclear(PQgetResult(c));
    const double ms = elapsedMs(t);
    PQfinish(c);
    return ms;
}

QByteArray copyField(const QString &text)
{
    QByteArray b = text.toUtf8();
    b.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
    return b;
}

// The whole town pushed by its counter to an empty central database, then pulled by a counter that joins.
int newCounter(test::PostgresServer &server, const QString &source, const QTemporaryDir &dir,
               Settings &settings)
{
    QString error;
    if (!server.createDatabase(QStringLiteral("town"), &error))
        return failWith(error);
    const QString url = server.url(QStringLiteral("town"));
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=guichet password=%2 dbname=town")
                                 .arg(server.port())
                                 .arg(QString::fromLatin1(test::PostgresServer::Password));
    const QString townPath = dir.filePath(QStringLiteral("town.sqlite"));
    const QString newPath = dir.filePath(QStringLiteral("new.sqlite"));
    if (!copyFresh(source, townPath))
        return failWith(QStringLiteral("cannot copy the demo"));
    SystemClock clock;
    Central central;
    if (Status s = central.connect(CentralAddress::parse(url).value()); !s)
        return failWith(s.error().message);

    Database townDb(clock);
    if (Status s = townDb.open(townPath); !s)
        return failWith(s.error().message);
    Session town(townDb, settings, QStringLiteral("bench"));
    town.setUser(town.users().authenticate(QStringLiteral("admin"), QStringLiteral("demo")).value());
    if (const auto init = central.init(town); !init)
        return failWith(init.error().message);
    QElapsedTimer t;
    t.start();
    const auto pushed = Sync(town, &central).push();
    const double pushMs = elapsedMs(t);
    if (!pushed)
        return failWith(pushed.error().message);

    Database newDb(clock);
    if (Status s = newDb.open(newPath); !s)
        return failWith(s.error().message);
    Session joining(newDb, settings, QStringLiteral("bench"));
    if (Status s = joining.setUpCounter(QStringLiteral("SO3"), QStringLiteral("Annexe")); !s)
        return failWith(s.error().message);
    if (const auto init = central.init(joining); !init)
        return failWith(init.error().message);
    t.restart();
    const auto pulled = Sync(joining, &central).pull();
    const double pullMs = elapsedMs(t);
    if (!pulled)
        return failWith(pulled.error().message);

    // COPY of what the new counter read: every row's state on the central database.
    const double copyMs = copyOut(conninfo, "SELECT table_name, row_key, data FROM row_state");

    // The new counter holds the town: the same families, tickets and money.
    QString different;
    for (const char *sql : {"SELECT count(*) FROM household",
                            "SELECT count(*) || ' ' || sum(quantity) FROM "
                            "wallet_movement",
                            "SELECT count(*) FROM booking WHERE status = 'booked'",
                            "SELECT count(*) || ' ' || sum(total_cents) FROM invoice"}) {
        QSqlQuery a(townDb.connection()), b(newDb.connection());
        a.exec(QString::fromLatin1(sql));
        b.exec(QString::fromLatin1(sql));
        a.next();
        b.next();
        if (a.value(0).toString() != b.value(0).toString())
            different += QStringLiteral(" %1: %2 / %3")
                             .arg(QString::fromLatin1(sql), a.value(0).toString(), b.value(0).toString());
    }
    std::printf("  whole town's first push: %lld changes in %.0f ms (%.0f changes/s)\n",
                pushed.value().changes, pushMs, double(pushed.value().changes) * 1000.0 / pushMs);
    std::printf(
        "  new counter's first pull: %lld rows in %.0f ms (%.0f rows/s) | COPY out %.0f ms | x %.1f | %s "
        "(<= 60 s)%s\n",
        pulled.value().applied, pullMs, double(pulled.value().applied) * 1000.0 / pullMs, copyMs,
        pullMs / copyMs, pullMs <= 60000 ? "target met" : "TARGET MISSED",
        different.isEmpty() ? " | same town on both counters"
                            : qPrintable(QStringLiteral(" | DIFFERENT:") + different));
    return different.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The pulls take their memory as guichet-cli's do (common/HugePages.h); the PostgreSQL server started
    // here takes it as a server does, not so.
    restartWithHugePages(argv);
    qunsetenv("GLIBC_TUNABLES");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("database"), QStringLiteral("The 12,000-household demo."), QStringLiteral("path")},
         {QStringLiteral("sales"), QStringLiteral("Sales of the day."), QStringLiteral("n"),
          QStringLiteral("2000")},
         {QStringLiteral("edits"), QStringLiteral("Family-file edits of the day."), QStringLiteral("n"),
          QStringLiteral("500")},
         {QStringLiteral("new-counter"),
          QStringLiteral("Then push the whole town and pull it on a new counter.")}});
    parser.process(app);
    const QString source = parser.value(QStringLiteral("database"));
    if (source.isEmpty() || !QFile::exists(source))
        return failWith(
            QStringLiteral("Give --database: a demo made by guichet-cli demo --households 12000."));
    const int salesCount = parser.value(QStringLiteral("sales")).toInt();
    const int editsCount = parser.value(QStringLiteral("edits")).toInt();

    test::PostgresServer server;
    QString error;
    if (!server.start(&error) || !server.createDatabase(QStringLiteral("bench"), &error))
        return failWith(error);
    const QString url = server.url(QStringLiteral("bench"));
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=guichet password=%2 dbname=bench")
                                 .arg(server.port())
                                 .arg(QString::fromLatin1(test::PostgresServer::Password));

    QTemporaryDir dir(QDir(QFileInfo(source).absolutePath()).filePath(QStringLiteral("bench-XXXXXX")));
    const QString mainPath = dir.filePath(QStringLiteral("main.sqlite"));
    const QString annexPath = dir.filePath(QStringLiteral("annex.sqlite"));
    if (!copyFresh(source, mainPath) || !copyFresh(source, annexPath))
        return failWith(QStringLiteral("cannot copy the demo"));
    { // The annex: the same town under another site id and code.
        Bare annex(annexPath);
        annex.exec("UPDATE meta SET value = '01a23222-0000-7000-8000-00000000a2e2' WHERE key = 'site_id'");
        annex.exec("UPDATE meta SET value = 'SO2' WHERE key = 'counter_code'");
    }

    SystemClock clock;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    Database mainDb(clock);
    if (Status s = mainDb.open(mainPath); !s)
        return failWith(s.error().message);
    Session main(mainDb, settings, QStringLiteral("bench"));
    main.setUser(main.users().authenticate(QStringLiteral("admin"), QStringLiteral("demo")).value());
    Central central;
    if (Status s = central.connect(CentralAddress::parse(url).value()); !s)
        return failWith(s.error().message);
    if (const auto init = central.init(main); !init)
        return failWith(init.error().message);
    { // The demo's history counts as sent already.
        QSqlQuery q(central.connection());
        QSqlQuery last(mainDb.connection());
        last.exec(QStringLiteral("SELECT max(seq) FROM change_log"));
        last.next();
        q.prepare(QStringLiteral("UPDATE counter SET pushed_seq = ? WHERE code = 'SO1'"));
        q.addBindValue(last.value(0).toLongLong());
        q.exec();
    }

    // The busy day: sales with cash payments, and family files edited.
    if (!main.till().current().value())
        (void)main.till().open(Money::fromCents(15000));
    const QList<qint64> households =
        main.family().householdsWithStatus(FileStatus::Validated, 1000000).value();
    const qint64 cantine = main.catalog().activities().value().first().id;
    Sync mainSync(main, &central);
    for (int i = 0; i < salesCount; ++i) {
        const qint64 household = households.at(i * 37 % households.size());
        const auto invoice = main.sales().confirmOrder(household, {{cantine, 10}});
        if (!invoice)
            return failWith(invoice.error().message);
        PaymentPart cash;
        cash.amount = main.sales().invoice(invoice.value()).value().due;
        if (const auto paid = main.sales().pay(invoice.value(), {cash}); !paid)
            return failWith(paid.error().message);
    }
    for (int i = 0; i < editsCount; ++i) {
        Household h = main.family().load(households.at(i * 53 % households.size())).value().household;
        h.email = QStringLiteral("parent%1@nouvelle-adresse.fr").arg(i);
        if (Status s = main.family().updateHousehold(h); !s)
            return failWith(s.error().message);
    }
    const qint64 waiting = mainSync.waiting().value();

    QElapsedTimer t;
    t.start();
    const auto pushed = mainSync.push();
    const double pushMs = elapsedMs(t);
    if (!pushed)
        return failWith(pushed.error().message);

    // COPY of the same rows, for the ratio.
    QList<QByteArray> lines;
    {
        QSqlQuery q(central.connection());
        q.exec(QStringLiteral(
            "SELECT site_id::text, site_seq, table_name, row_key, op, data::text FROM change"));
        while (q.next()) {
            QByteArray line;
            for (int i = 0; i < 6; ++i)
                line += (i ? "\t" : "") +
                        (q.value(i).isNull() ? QByteArray("\\N") : copyField(q.value(i).toString()));
            lines += line + '\n';
        }
    }
    const double copyInMs = copyIn(conninfo, lines);

    // The annex pulls the day.
    Database annexDb(clock);
    if (Status s = annexDb.open(annexPath); !s)
        return failWith(s.error().message);
    Session annex(annexDb, settings, QStringLiteral("bench"));
    annex.setUser(annex.users().authenticate(QStringLiteral("admin"), QStringLiteral("demo")).value());
    if (const auto init = central.init(annex); !init)
        return failWith(init.error().message);
    Sync annexSync(annex, &central);
    t.restart();
    const auto pulled = annexSync.pull();
    const double pullMs = elapsedMs(t);
    if (!pulled)
        return failWith(pulled.error().message);
    const double copyOutMs = copyOut(
        conninfo, "SELECT site_id, site_seq, table_name, row_key, op, data FROM change WHERE site_id = '" +
                      main.siteId().toUtf8() + "' ORDER BY txid, id");

    std::printf(
        "bench_sync on %s (PostgreSQL 15 on loopback): a day of %d sales with payments and %d file edits\n",
        qPrintable(source), salesCount, editsCount);
    std::printf(
        "  push: %lld changes (%lld waiting) in %.0f ms (%.0f changes/s) | COPY of the same rows %.0f ms | x "
        "%.1f | %s (<= 10 s)\n",
        pushed.value().changes, waiting, pushMs, double(pushed.value().changes) * 1000.0 / pushMs, copyInMs,
        pushMs / copyInMs, pushMs <= 10000 ? "target met" : "TARGET MISSED");
    std::printf(
        "  pull: %lld changes, %lld rows written, %lld conflicts in %.0f ms | COPY out %.0f ms | x %.1f | %s "
        "(<= 10 s)\n",
        pulled.value().changes, pulled.value().applied, pulled.value().conflicts, pullMs, copyOutMs,
        pullMs / copyOutMs, pullMs <= 10000 ? "target met" : "TARGET MISSED");
    return parser.isSet(QStringLiteral("new-counter")) ? newCounter(server, source, dir, settings) : 0;
}
