// bench_ledger — how the ticket ledger should store its identities at the booking scale (issue 11: "UUIDs
// as 16-byte BLOBs and STRICT tables where it pays"). The same ledger rows (the columns of wallet_movement)
// are written in four layouts through the bare SQLite C API: uuid as 36-character TEXT or 16-byte BLOB,
// table STRICT or not. A town of 2,000 children booking 140 days of three activities writes about 800,000
// movements a year: the default fills 1,000,000 rows.
//   bench_ledger [--rows N] [--folder PATH]
// Prints, per layout: file size, fill time per row, a durable 20-row booking save (median, p95), a
// balance read and a lookup by uuid (median, p95), and each as a ratio to TEXT (today's layout).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

namespace {

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))]};
}

struct Layout
{
    const char *name;
    bool blob;
    bool strict;
};

struct Result
{
    double megabytes = 0, fillUsPerRow = 0;
    Stats save, balance, lookup;
};

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error);
        sqlite3_free(error);
        std::exit(1);
    }
}

// A version-7 uuid: 48 bits of milliseconds, then random bits.
std::array<unsigned char, 16> uuidBytes(qint64 ms, QRandomGenerator &random)
{
    std::array<unsigned char, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    for (size_t i = 6; i < 16; ++i)
        b[i] = static_cast<unsigned char>(random.bounded(256u));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0F));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3F));
    return b;
}

QByteArray uuidText(const std::array<unsigned char, 16> &b)
{
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(b.data()), 16).toHex();
    return hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-' +
           hex.mid(20);
}

Result run(const QString &path, const Layout &layout, int rows)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = OFF"); // the fill measures the rows, not the disk's flushes
    const QByteArray table =
        QByteArray("CREATE TABLE ledger (id INTEGER PRIMARY KEY, uuid ") + (layout.blob ? "BLOB" : "TEXT") +
        " NOT NULL UNIQUE, household_id INTEGER NOT NULL, activity_id INTEGER NOT NULL, kind TEXT NOT NULL, "
        "quantity INTEGER NOT NULL, unit_price_cents INTEGER NOT NULL, lot_id INTEGER, child_id INTEGER, "
        "service_day TEXT, at TEXT NOT NULL, clerk TEXT NOT NULL)" +
        (layout.strict ? " STRICT" : "");
    exec(db, table.constData());
    exec(db, "CREATE INDEX ledger_household ON ledger (household_id, activity_id, id)");
    exec(db, "CREATE INDEX ledger_lot ON ledger (lot_id)");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO ledger (uuid, household_id, activity_id, kind, quantity, unit_price_cents, lot_id, "
        "child_id, service_day, at, clerk) VALUES (?,?,?,'booking',-1,415,?,?,?,?,'agent')",
        -1, &insert, nullptr);
    QRandomGenerator random(62500);
    qint64 ms = 1788243000000; // 2026-09-01
    std::vector<QByteArray> sampleUuids;
    const auto insertRow = [&](int n) {
        const auto bytes = uuidBytes(ms += 7, random);
        const QByteArray text = uuidText(bytes);
        if (layout.blob)
            sqlite3_bind_blob(insert, 1, bytes.data(), 16, SQLITE_TRANSIENT);
        else
            sqlite3_bind_text(insert, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, 1 + n % 2000);
        sqlite3_bind_int64(insert, 3, 1 + n % 3);
        sqlite3_bind_int64(insert, 4, 1 + n % 5000);
        sqlite3_bind_int64(insert, 5, 1 + n % 2600);
        sqlite3_bind_text(insert, 6, "2026-09-03", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 7, "2026-09-01T08:00:00.000Z", -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(insert);
        if (n % 997 == 0)
            sampleUuids.push_back(layout.blob ? QByteArray(reinterpret_cast<const char *>(bytes.data()), 16)
                                              : text);
    };

    Result result;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < rows; n += 20) {
        exec(db, "BEGIN");
        for (int k = n; k < std::min(rows, n + 20); ++k)
            insertRow(k);
        exec(db, "COMMIT");
    }
    result.fillUsPerRow = double(timer.nsecsElapsed()) / 1000.0 / rows;

    exec(db, "PRAGMA synchronous = FULL"); // the counter's setting: each save is durable
    std::vector<double> saves;
    for (int s = 0; s < 200; ++s) {
        timer.restart();
        exec(db, "BEGIN IMMEDIATE");
        for (int k = 0; k < 20; ++k)
            insertRow(rows + s * 20 + k);
        exec(db, "COMMIT");
        saves.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    result.save = stats(saves);

    sqlite3_stmt *balance = nullptr, *lookup = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT coalesce(sum(quantity), 0) FROM ledger WHERE household_id = ? AND activity_id = ?", -1,
        &balance, nullptr);
    sqlite3_prepare_v2(db, "SELECT id FROM ledger WHERE uuid = ?", -1, &lookup, nullptr);
    std::vector<double> balances, lookups;
    for (int i = 0; i < 2000; ++i) {
        timer.restart();
        sqlite3_bind_int64(balance, 1, 1 + (i * 37) % 2000);
        sqlite3_bind_int64(balance, 2, 1 + i % 3);
        sqlite3_step(balance);
        sqlite3_reset(balance);
        balances.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QByteArray &uuid = sampleUuids[size_t(i) % sampleUuids.size()];
        timer.restart();
        if (layout.blob)
            sqlite3_bind_blob(lookup, 1, uuid.constData(), int(uuid.size()), SQLITE_STATIC);
        else
            sqlite3_bind_text(lookup, 1, uuid.constData(), int(uuid.size()), SQLITE_STATIC);
        if (sqlite3_step(lookup) != SQLITE_ROW)
            std::fprintf(stderr, "lookup found nothing\n");
        sqlite3_reset(lookup);
        lookups.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    result.balance = stats(balances);
    result.lookup = stats(lookups);
    for (sqlite3_stmt *s : {insert, balance, lookup})
        sqlite3_finalize(s);
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
    result.megabytes = double(QFileInfo(path).size()) / 1e6;
    QFile::remove(path);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("rows"), QStringLiteral("Ledger rows to fill."), QStringLiteral("n"),
          QStringLiteral("1000000")},
         {QStringLiteral("folder"), QStringLiteral("Where the files go (a real disk, not tmpfs)."),
          QStringLiteral("path"), QDir::tempPath()}});
    parser.process(app);
    const int rows = std::max(1000, parser.value(QStringLiteral("rows")).toInt());
    const QString folder = parser.value(QStringLiteral("folder"));
    const Layout layouts[] = {{"TEXT uuid (today)", false, false},
                              {"TEXT uuid, STRICT", false, true},
                              {"BLOB uuid", true, false},
                              {"BLOB uuid, STRICT", true, true}};
    std::printf(
        "Ticket ledger, %d rows filled in 20-row transactions, then 200 durable 20-row saves (SQLite %s)\n",
        rows, sqlite3_libversion());
    std::printf("%-20s %8s %10s %18s %18s %18s\n", "layout", "MB", "fill us/row", "save med/p95 ms",
                "balance med/p95 ms", "uuid lookup med/p95");
    Result base;
    for (const Layout &layout : layouts) {
        const Result r = run(QDir(folder).filePath(QStringLiteral("bench-ledger.sqlite")), layout, rows);
        if (&layout == &layouts[0])
            base = r;
        std::printf("%-20s %8.1f %10.2f %8.3f / %7.3f %8.4f / %7.4f %8.4f / %7.4f\n", layout.name,
                    r.megabytes, r.fillUsPerRow, r.save.median, r.save.p95, r.balance.median, r.balance.p95,
                    r.lookup.median, r.lookup.p95);
        std::printf("%-20s %8.2f %10.2f %8.2f / %7.2f %8.2f / %7.2f %8.2f / %7.2f   (ratio to today)\n", "",
                    r.megabytes / base.megabytes, r.fillUsPerRow / base.fillUsPerRow,
                    r.save.median / base.save.median, r.save.p95 / base.save.p95,
                    r.balance.median / base.balance.median, r.balance.p95 / base.balance.p95,
                    r.lookup.median / base.lookup.median, r.lookup.p95 / base.lookup.p95);
    }
    return 0;
}
