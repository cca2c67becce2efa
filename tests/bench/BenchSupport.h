#pragma once

// What the benchmarks share: timing statistics, fresh copies of the demo database, and the bare SQLite C API
// side every figure is compared with (prepared statements on a plain connection, every column read).
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <vector>

namespace guichet::bench {

struct Stats
{
    double median = 0, p95 = 0, max = 0; // milliseconds
};

inline Stats stats(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return {at(0.5), at(0.95), ms.back()};
}

inline double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// One line of the benchmarks' table: ours and the bare C API's, their ratio, and the target for our p95 (ms).
inline void header()
{
    std::printf("  %-34s %6s | %9s %9s %9s | %9s %9s | %6s %6s\n", "(ms)", "n", "ours med", "ours p95",
                "ours max", "bare med", "bare p95", "x med", "x p95");
}

inline void row(const char *what, size_t samples, const Stats &ours, const Stats &bare, double target)
{
    std::printf("  %-34s %6zu | %9.2f %9.2f %9.2f | %9.2f %9.2f | %6.2f %6.2f | %s\n", what, samples,
                ours.median, ours.p95, ours.max, bare.median, bare.p95,
                bare.median > 0 ? ours.median / bare.median : 0.0, bare.p95 > 0 ? ours.p95 / bare.p95 : 0.0,
                ours.p95 <= target ? "target met" : "TARGET MISSED");
    std::fflush(stdout);
}

// A benchmark that cannot run says why on stderr; its exit status is 1.
inline int failWith(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// A copy of the database with nothing left of an earlier run beside it.
inline bool copyFresh(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(to + QString::fromLatin1(suffix));
    return QFile::copy(from, to);
}

// The bare side: a plain connection with the program's pragmas; a failure ends the benchmark.
class Bare
{
public:
    explicit Bare(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        exec("PRAGMA cache_size = -16000");
    }
    ~Bare()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    Bare(const Bare &) = delete;
    Bare &operator=(const Bare &) = delete;

    void exec(const char *sql)
    {
        char *error = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "bare: %s: %s\n", sql, error);
            std::exit(1);
        }
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bare: %s: %s\n", sql, sqlite3_errmsg(m_db));
            std::exit(1);
        }
        m_statements.push_back(s);
        return s;
    }
    // Steps a write to its end.
    static void run(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE) {
            std::fprintf(stderr, "bare: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
            std::exit(1);
        }
        sqlite3_reset(s);
    }
    // Steps to the end reading every column; returns the rows.
    static int drain(sqlite3_stmt *s)
    {
        int rows = 0;
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                if (sqlite3_column_type(s, c) == SQLITE_TEXT)
                    (void)sqlite3_column_text(s, c);
                else
                    (void)sqlite3_column_int64(s, c);
            ++rows;
        }
        sqlite3_reset(s);
        return rows;
    }
    static void text(sqlite3_stmt *s, int i, const QByteArray &v)
    {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    sqlite3 *db() const { return m_db; }
    sqlite3_int64 lastId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

} // namespace guichet::bench
