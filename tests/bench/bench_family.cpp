// Benchmark, run by hand (not registered with ctest):
//
//   bench_family [--database PATH] [--households N] [--iterations N] [--only open,startup,search,load]
//
// On a demo database of 12,000 households (generated when PATH does not exist): Database::open cold and
// warm (checkIntegrity() apart), app/guichet of the same build from main() to a usable window (offscreen),
// FamilySearch::search() and FamilyService::load(), the last two next to the same statements and strategy
// through the bare SQLite C API (prepared once, every column read), results compared. Targets: search p95
// <= 5 ms, family file p95 <= 10 ms, both within 2x of bare SQLite; window ready <= 1 s.

#include "common/Clock.h"
#include "common/Settings.h"
#include "common/TextFolding.h"
#include "demo/DemoGenerator.h"
#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <random>
#include <vector>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace guichet;

namespace {

// ------------------------------------------------------------------------------------------ statistics

struct Stats
{
    double median = 0, p95 = 0, max = 0; // milliseconds
    qsizetype count = 0;
};

// Nearest-rank percentiles over nanosecond samples.
Stats statsOf(std::vector<qint64> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto rank = [&](double p) {
        return samples[size_t(std::max(0.0, std::ceil(p * samples.size()) - 1))] / 1e6;
    };
    return {rank(0.5), rank(0.95), samples.back() / 1e6, qsizetype(samples.size())};
}

template <typename F> qint64 timeNs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed();
}

// Times a into as and b into bs, alternating which goes first so that neither always runs on caches the
// other just warmed; a negative round is a warm-up, not recorded.
template <typename A, typename B>
void timePair(int round, A &&a, std::vector<qint64> &as, B &&b, std::vector<qint64> &bs)
{
    const qint64 first = round % 2 ? timeNs(a) : timeNs(b), second = round % 2 ? timeNs(b) : timeNs(a);
    if (round >= 0) {
        as.push_back(round % 2 ? first : second);
        bs.push_back(round % 2 ? second : first);
    }
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

// ------------------------------------------------------------------------------------------ bare SQLite

volatile qint64 g_sink = 0; // keeps the compiler from discarding what the baseline reads

// Steps every row, reading every column (integers as integers, text converted to QString like a Qt
// caller would) and handing the statement to onRow; resets the statement, returns the row count.
template <typename OnRow> int readAll(sqlite3_stmt *s, OnRow &&onRow)
{
    int rows = 0, rc;
    qint64 sink = 0;
    const int columns = sqlite3_column_count(s);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ++rows;
        for (int i = 0; i < columns; ++i) {
            if (sqlite3_column_type(s, i) == SQLITE_INTEGER)
                sink += sqlite3_column_int64(s, i);
            else if (sqlite3_column_type(s, i) != SQLITE_NULL)
                sink += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                                          sqlite3_column_bytes(s, i))
                            .size();
        }
        onRow(s);
    }
    if (rc != SQLITE_DONE)
        std::fprintf(stderr, "step failed: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
    sqlite3_reset(s);
    g_sink = g_sink + sink;
    return rows;
}

void bindText(sqlite3_stmt *s, int index, const QByteArray &value)
{
    sqlite3_bind_text(s, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

// A read-only connection with the reading settings of Database::configure(); the statements it prepares
// live as long as it does.
class Bare
{
    Q_DISABLE_COPY(Bare)

public:
    Bare() = default;
    ~Bare()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    void open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
            sqlite3_exec(m_db, "PRAGMA cache_size = -16000; PRAGMA temp_store = MEMORY", nullptr, nullptr,
                         nullptr) != SQLITE_OK)
            fail(QStringLiteral("sqlite3_open_v2: ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail(QStringLiteral("prepare failed: %1\n  %2")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(sql)));
        m_statements.push_back(statement);
        return statement;
    }

    std::vector<qint64> column(const char *sql)
    {
        std::vector<qint64> values;
        readAll(prepare(sql), [&](sqlite3_stmt *s) { values.push_back(sqlite3_column_int64(s, 0)); });
        return values;
    }
    qint64 scalar(const char *sql) { return column(sql).at(0); }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_statements;
};

// ------------------------------------------------------------------------------------------ search

// Copied from FamilySearch.cpp. QtSql turns every '?' of a text into a parameter of its own, hence the
// repeated values search() binds; here SQLite reads ?1 to ?3 as written, bound once.
const char GeneralSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, '' "
    "FROM (SELECT k.id, k.sort_key, "
    "        CASE WHEN substr(k.sort_key, 1, length(?1)) = ?1 THEN 0 "
    "             WHEN k.id IN (SELECT household_id FROM household_key WHERE kind = 'surname' "
    "                           AND key >= ?1 AND key < ?1 || x'f48fbfbf') THEN 1 "
    "             ELSE 2 END AS tier "
    "      FROM household_sort k "
    "      WHERE k.id IN (SELECT rowid FROM household_search WHERE household_search MATCH ?2) "
    "      ORDER BY tier, k.sort_key LIMIT ?3) t "
    "CROSS JOIN household_search s ON s.rowid = t.id "
    "ORDER BY t.tier, t.sort_key";
const char NamePrefixSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, '' "
    "FROM (SELECT id, sort_key FROM household_sort "
    "      WHERE sort_key >= ?1 AND sort_key < ?1 || x'f48fbfbf' ORDER BY sort_key LIMIT ?2) t "
    "CROSS JOIN household_search s ON s.rowid = t.id ORDER BY t.sort_key";
const char ExactSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status, min(k.kind) "
    "FROM household_key k CROSS JOIN household_sort o ON o.id = k.household_id "
    "CROSS JOIN household_search s ON s.rowid = k.household_id "
    "WHERE k.key = ? AND k.kind <> 'surname' GROUP BY k.household_id ORDER BY o.sort_key LIMIT ?";

struct SearchInput
{
    QString text;
    QByteArray expression; // FamilySearch::matchExpression(text), UTF-8
    QByteArray firstWord;  // queryWords(text).value(0), UTF-8
    QByteArray joined;     // queryWords(text).join(""), UTF-8: the exact key
    int words = 0;         // queryWords(text).size()
    int category = 0;      // prefix length 1..6, 0 for the other inputs
};

// FamilySearch::search() on the C API: the same steps, the same statements prepared once. Returns which
// statements ran after the exact look-up: "prefix" (NamePrefixSql filled the page), "pfx+gen" (it did
// not, GeneralSql followed) or "general" (several words).
class BareSearch
{
public:
    explicit BareSearch(Bare &bare)
        : m_exact(bare.prepare(ExactSql)), m_prefix(bare.prepare(NamePrefixSql)),
          m_general(bare.prepare(GeneralSql))
    {}

    const char *run(const SearchInput &input, int limit, std::vector<qint64> *ids = nullptr)
    {
        if (input.words == 0 || limit <= 0)
            return "-";
        std::vector<qint64> found;
        found.reserve(size_t(limit));
        auto collect = [&found](sqlite3_stmt *s) {
            const qint64 id = sqlite3_column_int64(s, 0);
            if (std::find(found.begin(), found.end(), id) == found.end())
                found.push_back(id);
        };
        const auto finish = [&](const char *path) {
            if (found.size() > size_t(limit))
                found.resize(size_t(limit));
            if (ids)
                *ids = found;
            return path;
        };
        bindText(m_exact, 1, input.joined);
        sqlite3_bind_int(m_exact, 2, limit);
        readAll(m_exact, collect);
        const size_t exactCount = found.size();
        const int wanted = limit + int(exactCount);
        if (input.words == 1) {
            bindText(m_prefix, 1, input.firstWord);
            sqlite3_bind_int(m_prefix, 2, wanted);
            readAll(m_prefix, collect);
            if (found.size() >= size_t(limit))
                return finish("prefix");
            found.resize(exactCount);
        }
        bindText(m_general, 1, input.firstWord);
        bindText(m_general, 2, input.expression);
        sqlite3_bind_int(m_general, 3, wanted);
        readAll(m_general, collect);
        return finish(input.words == 1 ? "pfx+gen" : "general");
    }

private:
    sqlite3_stmt *m_exact, *m_prefix, *m_general;
};

// ------------------------------------------------------------------------------------------ family file

// Copied from FamilyService.cpp (GuardianColumns expanded), run in the same order as load().
const char FileSql[] =
    "SELECT 'H', 0, 0, id, uuid, file_number, name, email, postal_code, resident, terms_version, "
    "terms_accepted_at, "
    "rules_version, rules_accepted_at, status, return_reason, version, NULL, NULL, NULL, NULL, NULL "
    "FROM household WHERE id = ? "
    "UNION ALL SELECT 'G', -is_payer, id, id, uuid, civility, last_name, first_name, address_line1, "
    "address_line2, postal_code, city, phone_mobile, phone_home, phone_work, email, relationship, "
    "caf_number, "
    "quotient, quotient_proof_date, is_payer, version"
    " FROM guardian WHERE household_id = ? "
    "UNION ALL SELECT 'C', c.birth_date, c.id, c.id, c.uuid, c.last_name, c.first_name, c.birth_date, c.sex, "
    "coalesce(c.ine, ''), coalesce(c.school_id, 0), coalesce(s.name, ''), c.class_level, c.class_label, "
    "c.allergies, "
    "c.has_pai, c.pai_details, c.may_leave_alone, c.version, NULL, NULL, NULL "
    "FROM household_child hc JOIN child c ON c.id = hc.child_id LEFT JOIN school s ON s.id = c.school_id "
    "WHERE hc.household_id = ? "
    "ORDER BY 1, 2, 3";
const char ChildDetailsSql[] =

    "SELECT 'D', d.child_id, d.diet_code, d.diet_code, NULL, NULL, NULL, NULL, NULL "
    "FROM household_child hc JOIN child_diet d ON d.child_id = hc.child_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'T', t.child_id, t.position, t.uuid, t.last_name, t.first_name, t.phone, "
    "t.relationship, NULL "
    "FROM household_child hc JOIN trusted_person t ON t.child_id = hc.child_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'E', e.child_id, e.call_order, e.uuid, coalesce(g.last_name, e.last_name), "
    "coalesce(g.first_name, e.first_name), "
    "coalesce(nullif(g.phone_mobile, ''), nullif(g.phone_home, ''), g.phone_work, e.phone), "
    "coalesce(g.relationship, e.relationship), coalesce(e.guardian_id, 0) "
    "FROM household_child hc JOIN emergency_contact e ON e.child_id = hc.child_id "
    "LEFT JOIN guardian g ON g.id = e.guardian_id WHERE hc.household_id = ? "
    "UNION ALL SELECT 'O', o.child_id, h.file_number, h.id, h.file_number, h.name, "
    "coalesce((SELECT first_name || ' ' || last_name FROM guardian WHERE household_id = h.id AND is_payer = "
    "1), ''), "
    "NULL, NULL "
    "FROM household_child hc JOIN household_child o ON o.child_id = hc.child_id AND o.household_id <> "
    "hc.household_id "
    "JOIN household h ON h.id = o.household_id WHERE hc.household_id = ? "
    "ORDER BY 2, 1, 3";

// A file as sorted lines "kind owner position key", to compare what load() built with what the statements
// returned: H, G, C (household, guardians, children: owner 0, position in the file, id), then per child
// (owner = child id, position among that child's rows) D diet code, T and E uuid, O other household id.
QString rowLine(char kind, qint64 owner, qint64 position, const QString &key)
{
    return QStringLiteral("%1 %2 %3 %4").arg(QLatin1Char(kind)).arg(owner).arg(position).arg(key);
}

QStringList rowsOf(const FamilyFile &file)
{
    QStringList rows{rowLine('H', 0, 0, QString::number(file.household.id))};
    for (qsizetype i = 0; i < file.guardians.size(); ++i)
        rows += rowLine('G', 0, i, QString::number(file.guardians[i].id));
    for (qsizetype i = 0; i < file.children.size(); ++i) {
        const Child &c = file.children[i];
        rows += rowLine('C', 0, i, QString::number(c.id));
        for (qsizetype k = 0; k < c.diets.size(); ++k)
            rows += rowLine('D', c.id, k, c.diets[k]);
        for (qsizetype k = 0; k < c.trustedPersons.size(); ++k)
            rows += rowLine('T', c.id, k, c.trustedPersons[k].uuid);
        for (qsizetype k = 0; k < c.emergencyContacts.size(); ++k)
            rows += rowLine('E', c.id, k, c.emergencyContacts[k].uuid);
        for (qsizetype k = 0; k < c.otherHouseholds.size(); ++k)
            rows += rowLine('O', c.id, k, QString::number(c.otherHouseholds[k].id));
    }
    rows.sort();
    return rows;
}

// FamilyService::load() on the C API: the same two statements prepared once, in the same order, the
// per-child one only when the household has children. With 'rows', also describes the file.
class BareLoad
{
public:
    explicit BareLoad(Bare &bare)
    {
        for (const char *sql : {FileSql, ChildDetailsSql})
            m_statements.push_back(bare.prepare(sql));
    }

    void run(qint64 householdId, QStringList *rows = nullptr)
    {
        for (size_t i = 0; i < m_statements.size(); ++i) {
            qint64 owner = -1, position = 0;
            char previousKind = 0;
            const int parameters = sqlite3_bind_parameter_count(m_statements[i]);
            for (int p = 1; p <= parameters; ++p)
                sqlite3_bind_int64(m_statements[i], p, householdId);
            int children = 0;
            readAll(m_statements[i], [&](sqlite3_stmt *s) {
                const char kind = char(sqlite3_column_text(s, 0)[0]);
                children += kind == 'C';
                if (!rows)
                    return;
                const bool details = i == 1;
                const qint64 rowOwner = details ? sqlite3_column_int64(s, 1) : 0;
                position = rowOwner == owner && kind == previousKind ? position + 1 : 0;
                owner = rowOwner;
                previousKind = kind;
                const int key = 3;
                *rows +=
                    rowLine(kind, owner, position,
                            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, key)),
                                              sqlite3_column_bytes(s, key)));
            });
            if (i == 0 && children == 0)
                break; // no children
        }
        if (rows)
            rows->sort();
    }

private:
    std::vector<sqlite3_stmt *> m_statements;
};

// ------------------------------------------------------------------------------------------ output

const char Rule[] =
    "  "
    "----------------------------------------------------------------------------------------------------\n";

void printHeader()
{
    std::printf("  %-24s %7s | %9s %9s %9s | %9s %9s | %6s %6s\n", "", "samples", "ours med", "ours p95",
                "ours max", "bare med", "bare p95", "x med", "x p95");
    std::fputs(Rule, stdout);
}

void printRow(const QByteArray &label, const Stats &ours, const Stats &bare)
{
    std::printf("  %-24s %7lld | %9.3f %9.3f %9.3f | %9.3f %9.3f | %6.2f %6.2f\n", label.constData(),
                qint64(ours.count), ours.median, ours.p95, ours.max, bare.median, bare.p95,
                bare.median > 0 ? ours.median / bare.median : 0.0, bare.p95 > 0 ? ours.p95 / bare.p95 : 0.0);
}

// Evicts a file from the OS page cache so that the next open reads it from disk (Linux; no-op elsewhere).
bool evictFromPageCache(const QString &path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY);
    if (fd < 0)
        return false;
    ::fdatasync(fd);
    const bool ok = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return false;
#endif
}

// ------------------------------------------------------------------------------------------ sections

struct Summary
{
    Stats search, searchBare, worstLength, load, loadBare, ready; // count 0: not run
};

// Ten warm opens, five cold ones (file evicted from the page cache) after the first of the process, which
// also loads the QSQLITE plugin; checkIntegrity() timed apart, cold right after a cold open.
void benchOpen(const QString &path, const Clock &clock)
{
    std::vector<qint64> first, cold, warm, coldCheck, warmCheck;
    const bool evictable = evictFromPageCache(path);
    for (int i = 0; i < 16; ++i) {
        const bool isCold = i < 6 && evictable;
        if (isCold)
            evictFromPageCache(path);
        Database db(clock);
        Status status;
        const qint64 ns = timeNs([&] { status = db.open(path, OpenOptions{false, true}); });
        if (!status)
            fail(status.error().message);
        (i == 0 ? first : isCold ? cold : warm).push_back(ns);
        if ((i >= 1 && i <= 3) || i >= 13)
            (isCold ? coldCheck : warmCheck).push_back(timeNs([&] { (void)db.checkIntegrity(); }));
    }
    const Stats c = statsOf(cold), w = statsOf(warm);
    std::printf("\n== Database::open (file checks, lock, header, WAL, migrations), file of %.1f MB ==\n",
                QFileInfo(path).size() / 1e6);
    std::printf("  first open of the process (%s, QSQLITE plugin load)   %9.1f ms\n",
                evictable ? "cold" : "warm", first[0] / 1e6);
    std::printf("  cold, file evicted from the page cache   median %9.1f ms  max %9.1f ms\n", c.median,
                c.max);
    std::printf("  warm                                      median %9.1f ms  max %9.1f ms\n", w.median,
                w.max);
    std::printf("  info: Database::checkIntegrity() (quick_check, not at start-up): median cold %.1f ms, "
                "warm %.1f ms\n",
                statsOf(coldCheck).median, statsOf(warmCheck).median);
}

// The counter application from main() to its first event-loop turn with the window shown, as it reports
// with --exit-when-ready ("Window ready after N ms" on stderr); the database file evicted from the page
// cache before each run, settings in an empty temporary folder.
void benchStartup(const QString &path, Summary &summary)
{
    const QString program =
        QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/guichet"))
            .absoluteFilePath();
    std::printf("\n== Start-up: %s --database FILE --exit-when-ready (offscreen) ==\n", qPrintable(program));
    if (!QFileInfo(program).isExecutable()) {
        std::printf("  not found: build the guichet target\n");
        return;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    static const QRegularExpression readyLine(QStringLiteral("Window ready after (\\d+) ms"));
    std::vector<qint64> ready, wall;
    QByteArray runs;
    for (int i = 0; i < 5; ++i) {
        evictFromPageCache(path);
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(program, {QStringLiteral("--database"), path, QStringLiteral("--exit-when-ready")});
        const bool finished = process.waitForFinished(60000);
        wall.push_back(timer.nsecsElapsed());
        const QString output = QString::fromLocal8Bit(process.readAllStandardError());
        const QRegularExpressionMatch match = readyLine.match(output);
        if (!finished || process.exitCode() != 0 || !match.hasMatch()) {
            std::printf("  run %d failed (exit code %d):\n%s\n", i + 1, process.exitCode(),
                        qPrintable(output.left(2000)));
            process.kill();
            process.waitForFinished();
            return;
        }
        ready.push_back(match.captured(1).toLongLong() * 1000000);
        runs += (runs.isEmpty() ? "" : ", ") + match.captured(1).toUtf8();
    }
    const Stats w = statsOf(wall);
    summary.ready = statsOf(ready);
    std::printf("  window ready (the application's clock, from main())  median %7.0f ms  max %7.0f ms"
                "  (runs: %s)\n",
                summary.ready.median, summary.ready.max, runs.constData());
    std::printf("  process start to exit (wall clock, loader included)  median %7.0f ms  max %7.0f ms\n",
                w.median, w.max);
}

// Names of the demo town (DemoGenerator) typed letter by letter: prefixes of 1 to 6 letters.
// Two are first names only (no household name starts with j or e): the clerk looks for a child.
const char *const TypedNames[] = {"lefevre",   "dupont",    "martin",   "garcia",   "nguyen",
                                  "benali",    "chevalier", "rousseau", "fontaine", "vasseur",
                                  "coulibaly", "delattre",  "jerome",   "eloise"};

void benchSearch(Database &db, Bare &bare, int iterations, Summary &summary)
{
    std::vector<SearchInput> inputs;
    auto addInput = [&](const QString &text, int category) {
        const QStringList words = queryWords(text);
        inputs.push_back(SearchInput{text, FamilySearch::matchExpression(text).toUtf8(),
                                     words.value(0).toUtf8(), words.join(QString()).toUtf8(),
                                     int(words.size()), category});
    };
    for (int length = 1; length <= 6; ++length)
        for (const char *name : TypedNames)
            addInput(QString::fromLatin1(name).left(length), length);
    const qint64 someFileNumber =
        bare.scalar("SELECT CAST(substr(file_number, instr(file_number, '-') + 1) AS INTEGER) FROM household "
                    "ORDER BY id LIMIT 1 OFFSET 5000"); // the digits a clerk types
    for (const QString &text :
         {QStringLiteral("Lefè"), QStringLiteral("n'd"), QStringLiteral("N'Diaye"), QStringLiteral("0612"),
          QStringLiteral("06 12 3"), QStringLiteral("lefevre lea"), QStringLiteral("dupont-mo"),
          QStringLiteral("martin th"), QString::number(someFileNumber)})
        addInput(text, 0);
    const size_t n = inputs.size();
    const int limit = 50;
    FamilySearch search(db);
    BareSearch bareSearch(bare);

    // Same ids in the same order; which statements ran; how many households match the whole input.
    std::vector<qint64> matching(n);
    std::vector<const char *> paths(n);
    int mismatches = 0, prefixOnly = 0;
    sqlite3_stmt *count =
        bare.prepare("SELECT count(*) FROM household_search WHERE household_search MATCH ?");
    for (size_t i = 0; i < n; ++i) {
        std::vector<qint64> bareIds, ourIds;
        paths[i] = bareSearch.run(inputs[i], limit, &bareIds);
        prefixOnly += qstrcmp(paths[i], "prefix") == 0;
        for (const SearchHit &hit : search.search(inputs[i].text, limit).value())
            ourIds.push_back(hit.householdId);
        if (ourIds != bareIds && ++mismatches)
            std::printf("  MISMATCH for \"%s\": ours %zu hits, bare %zu\n", qPrintable(inputs[i].text),
                        ourIds.size(), bareIds.size());
        bindText(count, 1, inputs[i].expression);
        readAll(count, [&](sqlite3_stmt *s) { matching[i] = sqlite3_column_int64(s, 0); });
    }

    std::printf("\n== Search as you type: FamilySearch::search(text, %d) vs the same strategy through the C "
                "API ==\n",
                limit);
    std::printf("  %zu inputs (%zu names typed letter by letter, 9 others), %d timed rounds after 5 warm-up "
                "rounds;\n  %d answered by the name-prefix range alone; results identical (ids, order): %s\n",
                n, std::size(TypedNames), iterations, prefixOnly, mismatches == 0 ? "yes" : "NO");
    std::fflush(stdout);
    std::vector<std::vector<qint64>> ours(n), theirs(n);
    for (int round = -5; round < iterations; ++round) // 5 warm-up rounds
        for (size_t i = 0; i < n; ++i)
            timePair(
                round, [&] { (void)search.search(inputs[i].text, limit); }, ours[i],
                [&] { bareSearch.run(inputs[i], limit); }, theirs[i]);

    auto collect = [&](const std::vector<std::vector<qint64>> &samples, auto &&keep) {
        std::vector<qint64> all;
        for (size_t i = 0; i < n; ++i)
            if (keep(inputs[i]))
                all.insert(all.end(), samples[i].begin(), samples[i].end());
        return statsOf(all);
    };
    printHeader();
    for (int c : {1, 2, 3, 4, 5, 6, 0}) {
        auto keep = [c](const SearchInput &input) { return input.category == c; };
        const Stats so = collect(ours, keep);
        if (c && so.p95 > summary.worstLength.p95)
            summary.worstLength = so;
        printRow(c ? QByteArray::number(c) + (c > 1 ? " letters" : " letter") : QByteArray("other inputs"),
                 so, collect(theirs, keep));
    }
    std::fputs(Rule, stdout);
    auto typed = [](const SearchInput &input) { return input.category > 0; };
    auto every = [](const SearchInput &) { return true; };
    printRow("prefixes of 1-6 letters", collect(ours, typed), collect(theirs, typed));
    summary.search = collect(ours, every);
    summary.searchBare = collect(theirs, every);
    printRow("all inputs", summary.search, summary.searchBare);

    std::vector<size_t> order; // the slowest inputs, each text once ("c" is chevalier and coulibaly typed)
    for (size_t i = 0; i < n; ++i)
        if (std::none_of(inputs.begin(), inputs.begin() + i,
                         [&](auto &o) { return o.text == inputs[i].text; }))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return statsOf(ours[a]).p95 > statsOf(ours[b]).p95; });
    std::printf(
        "\n  slowest inputs: p95 ours / bare (ms), statements run, households matching the whole input\n");
    for (size_t k = 0; k < std::min<size_t>(12, order.size()); ++k) {
        const size_t i = order[k];
        std::printf("  %-24s %7.3f / %7.3f  %-8s %6lld\n",
                    QByteArray("\"" + inputs[i].text.toUtf8() + "\"").constData(), statsOf(ours[i]).p95,
                    statsOf(theirs[i]).p95, paths[i], matching[i]);
    }
}

void benchLoad(Database &db, Bare &bare, int rounds, Summary &summary)
{
    // 200 households: a tenth with a child in shared custody (their file lists the other household), the
    // rest spread over the table, in a shuffled order.
    const int fileCount = 200;
    std::vector<qint64> ids;
    const std::vector<qint64> all = bare.column("SELECT id FROM household ORDER BY id");
    const std::vector<qint64> shared =
        bare.column("SELECT DISTINCT household_id FROM household_child WHERE child_id IN (SELECT child_id "
                    "FROM household_child GROUP BY child_id HAVING count(*) > 1) ORDER BY household_id");
    const size_t sharedWanted = std::min<size_t>(shared.size(), fileCount / 10);
    for (size_t i = 0; i < sharedWanted; ++i)
        ids.push_back(shared[i * shared.size() / sharedWanted]);
    for (size_t i = 0; ids.size() < size_t(fileCount) && i < all.size(); ++i) {
        const qint64 id = all[i * all.size() / (fileCount - sharedWanted) % all.size()];
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    std::shuffle(ids.begin(), ids.end(), std::mt19937(62500));

    Settings settings(QDir::temp().filePath(QStringLiteral("guichet-bench.ini")));
    Session session(db, settings, QStringLiteral("bench"));
    FamilyService &service = session.family();
    BareLoad bareLoad(bare);
    int mismatches = 0;
    int kinds[128] = {}; // rows per statement, by kind
    for (qint64 id : ids) {
        const auto file = service.load(id);
        if (!file)
            fail(QStringLiteral("load(%1): %2").arg(id).arg(file.error().message));
        QStringList bareRows;
        bareLoad.run(id, &bareRows);
        const QStringList rows = rowsOf(file.value());
        if (rows != bareRows && ++mismatches)
            std::printf("  MISMATCH for household %lld: %lld rows, bare %lld\n", id, qint64(rows.size()),
                        qint64(bareRows.size()));
        for (const QString &row : rows)
            ++kinds[row.at(0).toLatin1() & 0x7f];
    }
    std::printf("\n== Opening a family file: FamilyService::load(id) vs the same 2 statements through the C "
                "API ==\n");
    std::printf("  %zu households: %d guardians, %d children, %d diets, %d trusted persons, %d emergency "
                "contacts,\n  %d links to another household; each opened %d times after 3 warm-up rounds; "
                "rows identical: %s\n",
                ids.size(), kinds['G'], kinds['C'], kinds['D'], kinds['T'], kinds['E'], kinds['O'], rounds,
                mismatches == 0 ? "yes" : "NO");
    std::vector<qint64> ours, theirs;
    for (int round = -3; round < rounds; ++round) // 3 warm-up rounds
        for (qint64 id : ids)
            timePair(
                round, [&] { (void)service.load(id); }, ours, [&] { bareLoad.run(id); }, theirs);
    summary.load = statsOf(ours);
    summary.loadBare = statsOf(theirs);
    printHeader();
    printRow("family file", summary.load, summary.loadBare);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start-up, search and family-file benchmark (run by hand)."));
    parser.addHelpOption();
    const char *const options[][4] = {
        {"database", "path", "/tmp/guichet-bench.sqlite", "Demo database (generated when missing)."},
        {"households", "n", "12000", "Households to generate."},
        {"iterations", "n", "200",
         "Timed calls per search input; each family file is opened iterations/10 times."},
        {"only", "sections", "open,startup,search,load", "Sections to run, comma-separated (default: all)."}};
    for (const auto &o : options)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o[0]), QString::fromLatin1(o[3]),
                                            QString::fromLatin1(o[1]), QString::fromLatin1(o[2])));
    parser.process(app);
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };

    const QString path = QFileInfo(value("database")).absoluteFilePath();
    const int iterations = std::max(1, value("iterations").toInt());
    const QStringList sections = value("only").split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto runs = [&](const char *section) { return sections.contains(QLatin1String(section)); };
    SystemClock clock;
    std::printf("Guichet Périscolaire — family benchmark (SQLite %s, Qt %s)\ndatabase: %s\n",
                sqlite3_libversion(), qVersion(), qPrintable(path));

    if (!QFileInfo::exists(path)) {
        const int households = std::max(1, value("households").toInt());
        std::printf("creating a demo database of %d households...\n", households);
        std::fflush(stdout);
        Database db(clock);
        if (Status s = db.open(path); !s)
            fail(s.error().message);
        Settings settings(QDir::temp().filePath(QStringLiteral("guichet-bench.ini")));
        Session session(db, settings, QStringLiteral("bench"));
        QElapsedTimer timer;
        timer.start();
        const auto generated =
            DemoGenerator(session).generate(DemoOptions{households, 62500}, [](int done, int total) {
                if (done % 500 == 0 || done == total)
                    std::fprintf(stderr, "\r  %d / %d%s", done, total, done == total ? "\n" : "");
            });
        if (!generated)
            fail(generated.error().message);
        std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
    }

    Summary summary;
    if (runs("open"))
        benchOpen(path, clock);
    if (runs("startup")) // before the database is held open below: the application would find it locked
        benchStartup(path, summary);

    Database db(clock);
    if (Status s = db.open(path, OpenOptions{false, true}); !s)
        fail(s.error().message);
    Bare bare;
    bare.open(path);
    std::printf("\n== Data ==\n  households %lld, children %lld, guardians %lld, history entries %lld\n",
                bare.scalar("SELECT count(*) FROM household"), bare.scalar("SELECT count(*) FROM child"),
                bare.scalar("SELECT count(*) FROM guardian"),
                bare.scalar("SELECT count(*) FROM audit_entry"));
    if (runs("search"))
        benchSearch(db, bare, iterations, summary);
    if (runs("load"))
        benchLoad(db, bare, std::max(1, iterations / 10), summary);

    std::printf("\n== Targets ==\n");
    auto target = [](const char *label, double value, double limit, const char *unit, const char *note = "") {
        std::printf("  %s %-34s %9.2f %-2s <= %g %s%s\n", value <= limit ? "OK  " : "FAIL", label, value,
                    unit, limit, unit, note);
    };
    if (summary.search.count) {
        target("search p95, all inputs", summary.search.p95, 5, "ms");
        target("search p95, worst prefix length", summary.worstLength.p95, 5, "ms");
        target("search p95 / bare p95", summary.search.p95 / summary.searchBare.p95, 2, "");
    }
    if (summary.load.count) {
        target("family file p95", summary.load.p95, 10, "ms");
        target("family file p95 / bare p95", summary.load.p95 / summary.loadBare.p95, 2, "");
    }
    if (summary.ready.count)
        target("window ready, slowest of 5 runs", summary.ready.max, 1000, "ms",
               qPrintable(QStringLiteral(" (median %1 ms)").arg(summary.ready.median)));
    return 0;
}
