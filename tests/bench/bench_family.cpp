// Benchmark, run by hand (not registered with ctest):
//
//   bench_family [--database PATH] [--households N] [--iterations N] [--only open,search,experiments,load]
//
// On a demo database of 12,000 households (created with DemoGenerator when PATH does not exist, about
// 75 s), prints median and p95 of
//   - Database::open on that file (cold: file evicted from the page cache; warm), quick_check included;
//   - search-as-you-type: FamilySearch::search() for prefixes of 1 to 6 letters of names in the database;
//   - opening a family file: FamilyService::load() for 200 households spread over the table;
// each next to the same SQL run through the bare SQLite C API on the same file, and the ratio ours/bare.
// Targets: search p95 <= 5 ms, family file p95 <= 10 ms, both within 2x of bare SQLite.

#include "common/Clock.h"
#include "common/TextFolding.h"
#include "demo/DemoGenerator.h"
#include "family/FamilySearch.h"
#include "family/FamilyService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <memory>
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
    double median = 0; // milliseconds
    double p95 = 0;
    double max = 0;
    qsizetype count = 0;
};

// Nearest-rank percentiles over nanosecond samples.
Stats statsOf(std::vector<qint64> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    auto rank = [&](double p) {
        const auto index = qsizetype(std::ceil(p * double(samples.size()))) - 1;
        return samples[size_t(std::clamp<qsizetype>(index, 0, qsizetype(samples.size()) - 1))] / 1e6;
    };
    s.median = rank(0.5);
    s.p95 = rank(0.95);
    s.max = samples.back() / 1e6;
    s.count = qsizetype(samples.size());
    return s;
}

template <typename F> qint64 timeNs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed();
}

void append(std::vector<qint64> &to, const std::vector<qint64> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

// Keeps the compiler from discarding what the baseline reads.
volatile qint64 g_sink = 0;

// ------------------------------------------------------------------------------------------ bare SQLite

// The same SQL through the C API: statements prepared once where their text does not change, every
// column of every row read (integers as integers, text converted to QString like a Qt caller would).
class Bare
{
public:
    Bare() = default;
    ~Bare()
    {
        for (sqlite3_stmt *s : m_cached)
            sqlite3_finalize(s);
        if (m_db)
            sqlite3_close(m_db);
    }
    Bare(const Bare &) = delete;
    Bare &operator=(const Bare &) = delete;

    bool open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "sqlite3_open_v2: %s\n", sqlite3_errmsg(m_db));
            return false;
        }
        // Same connection settings as Database::configure() where they affect reading.
        return exec("PRAGMA cache_size = -16000") && exec("PRAGMA temp_store = MEMORY");
    }

    sqlite3 *handle() const { return m_db; }

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql, message ? message : "?");
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    sqlite3_stmt *prepare(const QByteArray &sql)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "prepare failed: %s\n  %s\n", sqlite3_errmsg(m_db), sql.constData());
            std::exit(2);
        }
        return statement;
    }

    sqlite3_stmt *prepareCached(const QByteArray &sql)
    {
        sqlite3_stmt *statement = prepare(sql);
        m_cached.push_back(statement);
        return statement;
    }

    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *s = prepare(sql);
        const qint64 value = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_finalize(s);
        return value;
    }

    std::vector<qint64> column(const char *sql)
    {
        std::vector<qint64> values;
        sqlite3_stmt *s = prepare(sql);
        while (sqlite3_step(s) == SQLITE_ROW)
            values.push_back(sqlite3_column_int64(s, 0));
        sqlite3_finalize(s);
        return values;
    }

    // Steps every row, reading every column; returns the row count. First column of each row goes to
    // firstColumn when given (ids).
    static int readAll(sqlite3_stmt *s, std::vector<qint64> *firstColumn = nullptr)
    {
        int rows = 0;
        qint64 sink = 0;
        const int columns = sqlite3_column_count(s);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            ++rows;
            for (int i = 0; i < columns; ++i) {
                switch (sqlite3_column_type(s, i)) {
                case SQLITE_INTEGER:
                    sink += sqlite3_column_int64(s, i);
                    break;
                case SQLITE_NULL:
                    break;
                default: {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                    const QString value = QString::fromUtf8(text, sqlite3_column_bytes(s, i));
                    sink += value.size();
                }
                }
            }
            if (firstColumn)
                firstColumn->push_back(sqlite3_column_int64(s, 0));
        }
        if (rc != SQLITE_DONE)
            std::fprintf(stderr, "step failed: %s\n", sqlite3_errmsg(sqlite3_db_handle(s)));
        g_sink = g_sink + sink;
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    std::vector<sqlite3_stmt *> m_cached;
};

// ------------------------------------------------------------------------------------------ search

// Copied from FamilySearch::FamilySearch().
const char SearchSql[] = "SELECT rowid, file_number, title, guardians, children, status "
                         "FROM household_search WHERE household_search MATCH ? "
                         "ORDER BY substr(sort_key, 1, length(?)) <> ?, sort_key LIMIT ?";

struct SearchInput
{
    QString text;
    QByteArray expression; // FamilySearch::matchExpression(text), UTF-8
    QByteArray firstWord;  // queryWords(text).value(0), UTF-8
    int words = 0;         // queryWords(text).size()
    int category = 0;      // prefix length 1..6, 0 for the other inputs
};

class BareSearch
{
public:
    BareSearch(Bare &bare, const char *sql = SearchSql) : m_statement(bare.prepareCached(sql)) {}

    int run(const SearchInput &input, int limit, std::vector<qint64> *ids = nullptr)
    {
        sqlite3_stmt *s = m_statement;
        sqlite3_bind_text(s, 1, input.expression.constData(), int(input.expression.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 2, input.firstWord.constData(), int(input.firstWord.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 3, input.firstWord.constData(), int(input.firstWord.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 4, limit);
        const int rows = Bare::readAll(s, ids);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return rows;
    }

private:
    sqlite3_stmt *m_statement;
};

// ------------------------------------------------------------------------------------------ family file

// The statements FamilyService::load() and loadChildren() run, in the same order.
const char HouseholdSql[] =
    "SELECT id, uuid, file_number, name, email, postal_code, resident, terms_version, "
    "terms_accepted_at, rules_version, rules_accepted_at, status, return_reason, version "
    "FROM household WHERE id = ?";
const char GuardiansSql[] =
    "SELECT id, uuid, civility, last_name, first_name, address_line1, address_line2, postal_code, city, "
    "phone_mobile, phone_home, phone_work, email, relationship, caf_number, quotient, quotient_proof_date, "
    "is_payer, version FROM guardian WHERE household_id = ? ORDER BY is_payer DESC, id";
const char ChildrenSql[] =
    "SELECT c.id, c.uuid, c.last_name, c.first_name, c.birth_date, c.sex, coalesce(c.ine, ''), "
    "coalesce(c.school_id, 0), coalesce(s.name, ''), c.class_level, c.class_label, c.allergies, c.has_pai, "
    "c.pai_details, c.may_leave_alone, c.version "
    "FROM household_child hc JOIN child c ON c.id = hc.child_id LEFT JOIN school s ON s.id = c.school_id "
    "WHERE hc.household_id = ? ORDER BY c.birth_date, c.id";
const char DietsSql[] =
    "SELECT child_id, diet_code FROM child_diet WHERE child_id IN (%1) ORDER BY diet_code";
const char TrustedSql[] =
    "SELECT child_id, uuid, last_name, first_name, phone, relationship FROM trusted_person "
    "WHERE child_id IN (%1) ORDER BY child_id, position";
const char ContactsSql[] =
    "SELECT e.child_id, e.uuid, coalesce(e.guardian_id, 0), "
    "coalesce(g.last_name, e.last_name), coalesce(g.first_name, e.first_name), "
    "coalesce(nullif(g.phone_mobile, ''), nullif(g.phone_home, ''), g.phone_work, e.phone), "
    "coalesce(g.relationship, e.relationship) "
    "FROM emergency_contact e LEFT JOIN guardian g ON g.id = e.guardian_id "
    "WHERE e.child_id IN (%1) ORDER BY e.child_id, e.call_order";
const char OthersSql[] = "SELECT hc.child_id, h.id, h.file_number, h.name, "
                         "coalesce((SELECT first_name || ' ' || last_name FROM guardian "
                         "          WHERE household_id = h.id AND is_payer = 1), '') "
                         "FROM household_child hc JOIN household h ON h.id = hc.household_id "
                         "WHERE hc.child_id IN (%1) AND hc.household_id <> ? ORDER BY h.file_number";

// Rows read per statement, to check that the baseline does the same work as load().
struct FileCounts
{
    int households = 0, guardians = 0, children = 0, diets = 0, trusted = 0, contacts = 0, others = 0;
    bool operator==(const FileCounts &) const = default;
};

FileCounts countsOf(const FamilyFile &file)
{
    FileCounts c;
    c.households = 1;
    c.guardians = int(file.guardians.size());
    c.children = int(file.children.size());
    for (const Child &child : file.children) {
        c.diets += int(child.diets.size());
        c.trusted += int(child.trustedPersons.size());
        c.contacts += int(child.emergencyContacts.size());
        c.others += int(child.otherHouseholds.size());
    }
    return c;
}

// Experiment: the four child-dependent statements with a constant text (joined through household_child on
// the household id instead of IN (child ids)), so that all seven can stay prepared. Same rows.
const char DietsJoinSql[] = "SELECT d.child_id, d.diet_code FROM household_child hc "
                            "JOIN child_diet d ON d.child_id = hc.child_id WHERE hc.household_id = ? "
                            "ORDER BY d.diet_code";
const char TrustedJoinSql[] = "SELECT t.child_id, t.uuid, t.last_name, t.first_name, t.phone, t.relationship "
                              "FROM household_child hc JOIN trusted_person t ON t.child_id = hc.child_id "
                              "WHERE hc.household_id = ? ORDER BY t.child_id, t.position";
const char ContactsJoinSql[] =
    "SELECT e.child_id, e.uuid, coalesce(e.guardian_id, 0), "
    "coalesce(g.last_name, e.last_name), coalesce(g.first_name, e.first_name), "
    "coalesce(nullif(g.phone_mobile, ''), nullif(g.phone_home, ''), g.phone_work, e.phone), "
    "coalesce(g.relationship, e.relationship) "
    "FROM household_child hc JOIN emergency_contact e ON e.child_id = hc.child_id "
    "LEFT JOIN guardian g ON g.id = e.guardian_id WHERE hc.household_id = ? ORDER BY e.child_id, "
    "e.call_order";
const char OthersJoinSql[] =
    "SELECT hc.child_id, h.id, h.file_number, h.name, "
    "coalesce((SELECT first_name || ' ' || last_name FROM guardian "
    "          WHERE household_id = h.id AND is_payer = 1), '') "
    "FROM household_child mine JOIN household_child hc ON hc.child_id = mine.child_id "
    "AND hc.household_id <> mine.household_id JOIN household h ON h.id = hc.household_id "
    "WHERE mine.household_id = ? ORDER BY h.file_number";

enum class Prepare
{
    Each,    // every statement prepared on each call, as QSqlQuery::prepare()/exec() in load() do
    Cached,  // the three constant statements prepared once, the four IN (...) ones on each call
    AllJoins // all seven prepared once, the child-dependent ones in their join form
};

QByteArray idListOf(const std::vector<qint64> &childIds)
{
    QByteArray ids;
    for (qint64 id : childIds) {
        if (!ids.isEmpty())
            ids += ',';
        ids += QByteArray::number(id);
    }
    return ids;
}

class BareLoad
{
public:
    BareLoad(Bare &bare, Prepare prepare) : m_bare(bare), m_prepare(prepare)
    {
        if (prepare == Prepare::Each)
            return;
        m_household = bare.prepareCached(HouseholdSql);
        m_guardians = bare.prepareCached(GuardiansSql);
        m_children = bare.prepareCached(ChildrenSql);
        if (prepare != Prepare::AllJoins)
            return;
        m_diets = bare.prepareCached(DietsJoinSql);
        m_trusted = bare.prepareCached(TrustedJoinSql);
        m_contacts = bare.prepareCached(ContactsJoinSql);
        m_others = bare.prepareCached(OthersJoinSql);
    }

    FileCounts run(qint64 householdId)
    {
        FileCounts counts;
        counts.households = byId(m_household, HouseholdSql, householdId);
        counts.guardians = byId(m_guardians, GuardiansSql, householdId);
        std::vector<qint64> childIds;
        counts.children = byId(m_children, ChildrenSql, householdId, &childIds);
        if (childIds.empty())
            return counts;
        if (m_prepare == Prepare::AllJoins) {
            counts.diets = byId(m_diets, nullptr, householdId);
            counts.trusted = byId(m_trusted, nullptr, householdId);
            counts.contacts = byId(m_contacts, nullptr, householdId);
            counts.others = byId(m_others, nullptr, householdId);
            return counts;
        }
        const QByteArray ids = idListOf(childIds);
        counts.diets = once(QByteArray(DietsSql).replace("%1", ids));
        counts.trusted = once(QByteArray(TrustedSql).replace("%1", ids));
        counts.contacts = once(QByteArray(ContactsSql).replace("%1", ids));
        counts.others = once(QByteArray(OthersSql).replace("%1", ids), householdId);
        return counts;
    }

private:
    int byId(sqlite3_stmt *cached, const char *sql, qint64 id, std::vector<qint64> *ids = nullptr)
    {
        sqlite3_stmt *s = cached ? cached : m_bare.prepare(sql);
        sqlite3_bind_int64(s, 1, id);
        const int rows = Bare::readAll(s, ids);
        if (cached)
            sqlite3_reset(s);
        else
            sqlite3_finalize(s);
        return rows;
    }

    int once(const QByteArray &sql, qint64 bind = 0)
    {
        sqlite3_stmt *s = m_bare.prepare(sql);
        if (bind)
            sqlite3_bind_int64(s, 1, bind);
        const int rows = Bare::readAll(s);
        sqlite3_finalize(s);
        return rows;
    }

    Bare &m_bare;
    Prepare m_prepare;
    sqlite3_stmt *m_household = nullptr, *m_guardians = nullptr, *m_children = nullptr;
    sqlite3_stmt *m_diets = nullptr, *m_trusted = nullptr, *m_contacts = nullptr, *m_others = nullptr;
};

// Experiment: the same statements through QSqlQuery on the application's connection, every column read with
// value(i) like load() does, but no FamilyFile built: separates what QtSql costs per statement from what
// preparing costs.
class QtLoad
{
public:
    QtLoad(const QSqlDatabase &connection, Prepare prepare) : m_connection(connection), m_prepare(prepare)
    {
        if (prepare == Prepare::Each)
            return;
        const char *const sql[] = {HouseholdSql,   GuardiansSql,    ChildrenSql,  DietsJoinSql,
                                   TrustedJoinSql, ContactsJoinSql, OthersJoinSql};
        for (int i = 0; i < (prepare == Prepare::AllJoins ? 7 : 3); ++i) {
            m_cached[i] = QSqlQuery(connection);
            m_cached[i].setForwardOnly(true);
            m_cached[i].prepare(QString::fromLatin1(sql[i]));
        }
    }

    FileCounts run(qint64 householdId)
    {
        FileCounts counts;
        counts.households = byId(0, HouseholdSql, householdId);
        counts.guardians = byId(1, GuardiansSql, householdId);
        std::vector<qint64> childIds;
        counts.children = byId(2, ChildrenSql, householdId, &childIds);
        if (childIds.empty())
            return counts;
        if (m_prepare == Prepare::AllJoins) {
            counts.diets = byId(3, nullptr, householdId);
            counts.trusted = byId(4, nullptr, householdId);
            counts.contacts = byId(5, nullptr, householdId);
            counts.others = byId(6, nullptr, householdId);
            return counts;
        }
        const QString ids = QString::fromLatin1(idListOf(childIds));
        QSqlQuery q(m_connection);
        q.setForwardOnly(true);
        counts.diets = readAll(q, q.exec(QString::fromLatin1(DietsSql).arg(ids)));
        counts.trusted = readAll(q, q.exec(QString::fromLatin1(TrustedSql).arg(ids)));
        counts.contacts = readAll(q, q.exec(QString::fromLatin1(ContactsSql).arg(ids)));
        q.prepare(QString::fromLatin1(OthersSql).arg(ids));
        q.addBindValue(householdId);
        counts.others = readAll(q, q.exec());
        return counts;
    }

private:
    int byId(int index, const char *sql, qint64 id, std::vector<qint64> *ids = nullptr)
    {
        if (m_prepare != Prepare::Each && (index < 3 || m_prepare == Prepare::AllJoins)) {
            QSqlQuery &q = m_cached[index];
            q.bindValue(0, id);
            return readAll(q, q.exec(), ids);
        }
        QSqlQuery q(m_connection);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(id);
        return readAll(q, q.exec(), ids);
    }

    static int readAll(QSqlQuery &q, bool executed, std::vector<qint64> *ids = nullptr)
    {
        if (!executed) {
            std::fprintf(stderr, "query failed: %s\n", qPrintable(q.lastError().text()));
            return -1;
        }
        int rows = 0;
        qint64 sink = 0;
        while (q.next()) {
            ++rows;
            const int columns = q.record().count();
            for (int i = 0; i < columns; ++i) {
                const QVariant value = q.value(i);
                sink += value.typeId() == QMetaType::QString ? value.toString().size() : value.toLongLong();
            }
            if (ids)
                ids->push_back(q.value(0).toLongLong());
        }
        q.finish();
        g_sink = g_sink + sink;
        return rows;
    }

    QSqlDatabase m_connection;
    Prepare m_prepare;
    QSqlQuery m_cached[7];
};

// ---------------------------------------------------------------------------------- search experiments

// Two other query strategies, measured on the bare connection only (core is not changed), which must give
// exactly the same results as SearchSql.
//
// A, no schema change: most of the time of an unselective prefix ("l" matches two households in three)
// goes into FTS5 fetching the whole content row of every match (xColumn) just to read sort_key. Reading
// sort_key straight from the FTS5 content table (household_search_content.c1, same rowid) is cheaper, and
// the displayed columns are then fetched for the LIMIT rows only.
const char ContentSortSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status "
    "FROM (SELECT c.id, c.c1 AS sort_key FROM household_search_content c "
    "      WHERE c.id IN (SELECT rowid FROM household_search WHERE household_search MATCH ?1) "
    "      ORDER BY substr(c.c1, 1, length(?2)) <> ?2, c.c1 LIMIT ?3) t "
    "CROSS JOIN household_search s ON s.rowid = t.id "
    "ORDER BY substr(t.sort_key, 1, length(?2)) <> ?2, t.sort_key";

// B, with a migration: sort_key also kept in a small ordinary table with an index (a TEMP table here,
// filled from household_search). For a single word, the households whose sort key starts with that word
// come first and all match it, so when there are at least LIMIT of them the answer is an index range
// scan that never touches FTS5. Otherwise, the general query sorts on the small table.
const char SortTableSql[] =
    "CREATE TEMP TABLE household_sort (id INTEGER PRIMARY KEY, sort_key TEXT NOT NULL)";
const char SortTableFillSql[] =
    "INSERT INTO household_sort (id, sort_key) SELECT rowid, sort_key FROM household_search";
const char SortTableIndexSql[] = "CREATE INDEX temp.household_sort_key ON household_sort (sort_key)";
const char RangeSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status "
    "FROM (SELECT id, sort_key FROM household_sort "
    "      WHERE sort_key >= ?1 AND sort_key < ?1 || x'f48fbfbf' ORDER BY sort_key LIMIT ?2) t "
    "CROSS JOIN household_search s ON s.rowid = t.id ORDER BY t.sort_key";
const char SortTableSearchSql[] =
    "SELECT s.rowid, s.file_number, s.title, s.guardians, s.children, s.status "
    "FROM (SELECT k.id, k.sort_key FROM household_sort k "
    "      WHERE k.id IN (SELECT rowid FROM household_search WHERE household_search MATCH ?1) "
    "      ORDER BY substr(k.sort_key, 1, length(?2)) <> ?2, k.sort_key LIMIT ?3) t "
    "CROSS JOIN household_search s ON s.rowid = t.id "
    "ORDER BY substr(t.sort_key, 1, length(?2)) <> ?2, t.sort_key";

class ExperimentSearch
{
public:
    enum Strategy
    {
        ContentSort,
        SortTable
    };

    ExperimentSearch(Bare &bare, Strategy strategy)
    {
        if (strategy == ContentSort) {
            m_general = bare.prepareCached(ContentSortSql);
            return;
        }
        if (!bare.exec(SortTableSql) || !bare.exec(SortTableFillSql) || !bare.exec(SortTableIndexSql))
            std::exit(2);
        m_range = bare.prepareCached(RangeSql);
        m_general = bare.prepareCached(SortTableSearchSql);
    }

    int run(const SearchInput &input, int limit, std::vector<qint64> *ids = nullptr)
    {
        if (m_range && input.words == 1) {
            sqlite3_bind_text(m_range, 1, input.firstWord.constData(), int(input.firstWord.size()),
                              SQLITE_STATIC);
            sqlite3_bind_int(m_range, 2, limit);
            const int rows = Bare::readAll(m_range, ids);
            sqlite3_reset(m_range);
            if (rows == limit)
                return rows;
            if (ids)
                ids->clear();
        }
        sqlite3_stmt *s = m_general;
        sqlite3_bind_text(s, 1, input.expression.constData(), int(input.expression.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 2, input.firstWord.constData(), int(input.firstWord.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 3, limit);
        const int rows = Bare::readAll(s, ids);
        sqlite3_reset(s);
        return rows;
    }

private:
    sqlite3_stmt *m_range = nullptr;
    sqlite3_stmt *m_general = nullptr;
};

// ------------------------------------------------------------------------------------------ output

const char *verdict(bool ok)
{
    return ok ? "OK  " : "FAIL";
}

void printRule()
{
    std::printf("  %s\n", QByteArray(100, '-').constData());
}

void printHeader()
{
    std::printf("  %-24s %7s | %9s %9s %9s | %9s %9s | %6s %6s\n", "", "samples", "ours med", "ours p95",
                "ours max", "bare med", "bare p95", "x med", "x p95");
    printRule();
}

void printRow(const QByteArray &label, const Stats &ours, const Stats &bare)
{
    std::printf("  %-24s %7lld | %9.3f %9.3f %9.3f | %9.3f %9.3f | %6.2f %6.2f\n", label.constData(),
                qint64(ours.count), ours.median, ours.p95, ours.max, bare.median, bare.p95,
                bare.median > 0 ? ours.median / bare.median : 0.0, bare.p95 > 0 ? ours.p95 / bare.p95 : 0.0);
}

QByteArray categoryLabel(int category)
{
    if (category == 0)
        return "other inputs";
    return QByteArray::number(category) + (category > 1 ? " letters" : " letter");
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
    bool searched = false, loaded = false, opened = false;
    Stats search, searchBare, worstLength, load, loadBare;
    double firstOpenMs = 0, coldOpenMs = 0, warmOpenMs = 0;
};

void benchOpen(const QString &path, const Clock &clock, Summary &summary)
{
    std::printf(
        "\n== Cold start: Database::open (file checks, lock, header, quick_check, WAL, migrations) ==\n");
    std::vector<qint64> coldOpen, warmOpen, bareOpen, bareCheck, bareColdCheck;
    qint64 firstOpen = 0;
    const bool evictable = evictFromPageCache(path);
    for (int i = 0; i < 6; ++i) {
        if (i > 0 && evictable)
            evictFromPageCache(path);
        Database db(clock);
        Status status;
        const qint64 ns = timeNs([&] { status = db.open(path, OpenOptions{false, true}); });
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
            std::exit(1);
        }
        if (i == 0)
            firstOpen = ns; // also loads the QSQLITE plugin
        else if (evictable)
            coldOpen.push_back(ns);
    }
    for (int i = 0; i < 10; ++i) {
        Database db(clock);
        warmOpen.push_back(timeNs([&] { (void)db.open(path, OpenOptions{false, true}); }));
    }
    for (int i = 0; i < 10; ++i) {
        Bare bare;
        bareOpen.push_back(timeNs([&] { bare.open(path); }));
        bareCheck.push_back(timeNs([&] { (void)bare.scalar("PRAGMA quick_check"); }));
    }
    for (int i = 0; evictable && i < 3; ++i) {
        evictFromPageCache(path);
        Bare bare;
        bare.open(path);
        bareColdCheck.push_back(timeNs([&] { (void)bare.scalar("PRAGMA quick_check"); }));
    }
    const Stats cold = statsOf(coldOpen), warm = statsOf(warmOpen);
    std::printf("  file %.1f MB\n", QFileInfo(path).size() / 1e6);
    std::printf("  first open in the process (page cache %s, QSQLITE plugin load)  %9.1f ms\n",
                evictable ? "evicted" : "as is", firstOpen / 1e6);
    if (evictable) {
        std::printf("  cold open, file evicted from the page cache      median %9.1f ms  max %9.1f ms\n",
                    cold.median, cold.max);
        std::printf("    of which bare PRAGMA quick_check, cold         median %9.1f ms\n",
                    statsOf(bareColdCheck).median);
    }
    std::printf("  warm open                                        median %9.1f ms  max %9.1f ms\n",
                warm.median, warm.max);
    std::printf("    of which bare PRAGMA quick_check, warm         median %9.1f ms\n",
                statsOf(bareCheck).median);
    std::printf("  bare sqlite3_open_v2 + pragmas, warm             median %9.3f ms\n",
                statsOf(bareOpen).median);
    summary.opened = true;
    summary.firstOpenMs = firstOpen / 1e6;
    summary.coldOpenMs = evictable ? cold.median : firstOpen / 1e6;
    summary.warmOpenMs = warm.median;
}

// Names of the demo town (DemoGenerator) typed letter by letter: prefixes of 1 to 6 letters.
// Two are first names only (no household name starts with j or e): the clerk looks for a child.
const char *const TypedNames[] = {"lefevre",   "dupont",    "martin",   "garcia",   "nguyen",
                                  "benali",    "chevalier", "rousseau", "fontaine", "vasseur",
                                  "coulibaly", "delattre",  "jerome",   "eloise"};

void benchSearch(Database &db, Bare &bare, int iterations, bool experiments, Summary &summary)
{
    std::vector<SearchInput> inputs;
    auto addInput = [&](const QString &text, int category) {
        const QStringList words = queryWords(text);
        inputs.push_back(SearchInput{text, FamilySearch::matchExpression(text).toUtf8(),
                                     words.value(0).toUtf8(), int(words.size()), category});
    };
    for (int length = 1; length <= 6; ++length)
        for (const char *name : TypedNames)
            addInput(QString::fromLatin1(name).left(length), length);
    const qint64 someFileNumber =
        bare.scalar("SELECT file_number FROM household ORDER BY id LIMIT 1 OFFSET 5000");
    for (const QString &text :
         {QStringLiteral("Lefè"), QStringLiteral("n'd"), QStringLiteral("N'Diaye"), QStringLiteral("0612"),
          QStringLiteral("06 12 3"), QStringLiteral("lefevre lea"), QStringLiteral("dupont-mo"),
          QStringLiteral("martin th"), QString::number(someFileNumber)})
        addInput(text, 0);
    const size_t n = inputs.size();
    const int limit = 50;

    FamilySearch search(db);
    BareSearch bareSearch(bare);
    std::vector<std::unique_ptr<ExperimentSearch>> variants;
    if (experiments) {
        variants.push_back(std::make_unique<ExperimentSearch>(bare, ExperimentSearch::ContentSort));
        variants.push_back(std::make_unique<ExperimentSearch>(bare, ExperimentSearch::SortTable));
    }

    // Same results everywhere, and how many households each input matches in all.
    std::vector<qint64> matching(n);
    int mismatches = 0;
    std::vector<int> variantMismatches(variants.size());
    {
        sqlite3_stmt *count =
            bare.prepare("SELECT count(*) FROM household_search WHERE household_search MATCH ?");
        for (size_t i = 0; i < n; ++i) {
            const SearchInput &input = inputs[i];
            std::vector<qint64> bareIds, ourIds;
            bareSearch.run(input, limit, &bareIds);
            for (const SearchHit &hit : search.search(input.text, limit))
                ourIds.push_back(hit.householdId);
            if (ourIds != bareIds) {
                ++mismatches;
                std::printf("  MISMATCH for \"%s\": ours %zu hits, bare %zu\n", qPrintable(input.text),
                            ourIds.size(), bareIds.size());
            }
            for (size_t v = 0; v < variants.size(); ++v) {
                std::vector<qint64> ids;
                variants[v]->run(input, limit, &ids);
                if (ids != bareIds)
                    ++variantMismatches[v];
            }
            sqlite3_bind_text(count, 1, input.expression.constData(), int(input.expression.size()),
                              SQLITE_STATIC);
            matching[i] = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
            sqlite3_reset(count);
            if (matching[i] == 0)
                std::printf("  note: \"%s\" matches no household\n", qPrintable(input.text));
        }
        sqlite3_finalize(count);
    }

    std::printf(
        "\n== Search as you type: FamilySearch::search(text, %d) vs the same SELECT through the C API ==\n",
        limit);
    std::printf(
        "  %zu inputs (%zu names typed letter by letter, 9 others), %d timed rounds after 5 warm-up rounds; "
        "results identical: %s\n",
        n, std::size(TypedNames), iterations, mismatches == 0 ? "yes" : "NO");
    std::fflush(stdout);
    std::vector<std::vector<qint64>> ours(n), theirs(n);
    std::vector<std::vector<std::vector<qint64>>> experimental(variants.size(),
                                                               std::vector<std::vector<qint64>>(n));
    for (int round = 0; round < 5; ++round)
        for (const SearchInput &input : inputs) {
            (void)search.search(input.text, limit);
            bareSearch.run(input, limit);
            for (auto &variant : variants)
                variant->run(input, limit);
        }
    for (int round = 0; round < iterations; ++round) {
        for (size_t i = 0; i < n; ++i) {
            // Alternate who goes first so that neither side always runs on caches the other just warmed.
            auto runOurs = [&] {
                ours[i].push_back(timeNs([&] { (void)search.search(inputs[i].text, limit); }));
            };
            auto runBare = [&] { theirs[i].push_back(timeNs([&] { bareSearch.run(inputs[i], limit); })); };
            if (round % 2) {
                runOurs();
                runBare();
            } else {
                runBare();
                runOurs();
            }
            for (size_t v = 0; v < variants.size(); ++v)
                experimental[v][i].push_back(timeNs([&] { variants[v]->run(inputs[i], limit); }));
        }
    }

    auto collect = [&](const std::vector<std::vector<qint64>> &samples, auto &&keep) {
        std::vector<qint64> all;
        for (size_t i = 0; i < n; ++i)
            if (keep(inputs[i]))
                append(all, samples[i]);
        return all;
    };
    const std::vector<int> categories{1, 2, 3, 4, 5, 6, 0};
    printHeader();
    for (int c : categories) {
        auto keep = [c](const SearchInput &input) { return input.category == c; };
        const Stats so = statsOf(collect(ours, keep));
        if (c && so.p95 > summary.worstLength.p95)
            summary.worstLength = so;
        printRow(categoryLabel(c), so, statsOf(collect(theirs, keep)));
    }
    printRule();
    auto typed = [](const SearchInput &input) { return input.category > 0; };
    auto every = [](const SearchInput &) { return true; };
    printRow("prefixes of 1-6 letters", statsOf(collect(ours, typed)), statsOf(collect(theirs, typed)));
    summary.search = statsOf(collect(ours, every));
    summary.searchBare = statsOf(collect(theirs, every));
    printRow("all inputs", summary.search, summary.searchBare);
    summary.searched = true;

    const size_t shown = std::min<size_t>(n, 15);
    std::printf("\n  the %zu slowest inputs (matching = households matching the whole input):\n", shown);
    std::printf("  %-24s %9s | %9s %9s | %9s %9s | %6s\n", "input", "matching", "ours med", "ours p95",
                "bare med", "bare p95", "x p95");
    printRule();
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    std::vector<double> p95(n);
    for (size_t i = 0; i < n; ++i)
        p95[i] = statsOf(ours[i]).p95;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p95[a] > p95[b]; });
    QStringList printed;
    for (size_t k = 0; k < n && size_t(printed.size()) < shown; ++k) {
        const size_t i = order[k];
        if (printed.contains(inputs[i].text))
            continue; // "c" is both chevalier and coulibaly typed
        printed += inputs[i].text;
        const Stats so = statsOf(ours[i]), sb = statsOf(theirs[i]);
        std::printf("  %-24s %9lld | %9.3f %9.3f | %9.3f %9.3f | %6.2f\n",
                    QByteArray("\"" + inputs[i].text.toUtf8() + "\"").constData(), matching[i], so.median,
                    so.p95, sb.median, sb.p95, sb.p95 > 0 ? so.p95 / sb.p95 : 0.0);
    }

    if (variants.empty())
        return;
    std::printf(
        "\n== Search experiments on the bare connection (same inputs and rounds; core unchanged) ==\n");
    std::printf("  A: sort key read from the FTS5 content table, columns fetched for the LIMIT rows only "
                "(no schema change); results identical: %s\n",
                variantMismatches[0] == 0 ? "yes" : "NO");
    std::printf(
        "  B: sort key in an indexed ordinary table (TEMP here, a migration in core), name-prefix range "
        "first for one word; results identical: %s\n",
        variantMismatches[1] == 0 ? "yes" : "NO");
    std::printf("  %-24s | %9s %9s | %9s %9s | %9s %9s\n", "", "bare med", "bare p95", "A med", "A p95",
                "B med", "B p95");
    printRule();
    auto experimentRow = [&](const QByteArray &label, auto &&keep) {
        const Stats b = statsOf(collect(theirs, keep)), a = statsOf(collect(experimental[0], keep)),
                    c = statsOf(collect(experimental[1], keep));
        std::printf("  %-24s | %9.3f %9.3f | %9.3f %9.3f | %9.3f %9.3f\n", label.constData(), b.median, b.p95,
                    a.median, a.p95, c.median, c.p95);
    };
    for (int c : categories)
        experimentRow(categoryLabel(c), [c](const SearchInput &input) { return input.category == c; });
    printRule();
    experimentRow("all inputs", every);
    for (const char *text : {"l", "f", "m", "ma"})
        for (size_t i = 0; i < n; ++i)
            if (inputs[i].text == QLatin1String(text))
                experimentRow(QByteArray("\"") + text + "\" (" + QByteArray::number(matching[i]) +
                                  " matching)",
                              [i, &inputs](const SearchInput &input) { return &input == &inputs[i]; });
}

void benchLoad(Database &db, Bare &bare, int rounds, Summary &summary)
{
    const int fileCount = 200;
    std::vector<qint64> ids;
    {
        // A tenth with a child in shared custody (their file lists the other household), the rest spread
        // over the table, in a shuffled order.
        const std::vector<qint64> all = bare.column("SELECT id FROM household ORDER BY id");
        const std::vector<qint64> shared = bare.column(
            "SELECT DISTINCT household_id FROM household_child WHERE child_id IN (SELECT child_id "
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
    }
    FamilyService service(db);
    BareLoad bareLoad(bare, Prepare::Cached);
    BareLoad bareEach(bare, Prepare::Each);
    BareLoad bareJoins(bare, Prepare::AllJoins);
    QtLoad qtEach(db.connection(), Prepare::Each);
    QtLoad qtJoins(db.connection(), Prepare::AllJoins);
    FileCounts total;
    int mismatches = 0;
    for (qint64 id : ids) {
        const auto file = service.load(id);
        if (!file) {
            std::fprintf(stderr, "load(%lld): %s\n", id, qPrintable(file.error().message));
            std::exit(1);
        }
        const FileCounts c = countsOf(file.value());
        for (const FileCounts &other :
             {bareLoad.run(id), bareEach.run(id), bareJoins.run(id), qtEach.run(id), qtJoins.run(id)})
            if (!(c == other))
                ++mismatches;
        total.guardians += c.guardians;
        total.children += c.children;
        total.diets += c.diets;
        total.trusted += c.trusted;
        total.contacts += c.contacts;
        total.others += c.others;
    }
    std::printf(
        "\n== Opening a family file: FamilyService::load(id) vs the same statements through the C API ==\n");
    std::printf(
        "  %zu households: %d guardians, %d children, %d diets, %d trusted persons, %d emergency contacts,\n"
        "  %d links to another household; each opened %d times after 3 warm-up rounds; rows identical: %s\n",
        ids.size(), total.guardians, total.children, total.diets, total.trusted, total.contacts, total.others,
        rounds, mismatches == 0 ? "yes" : "NO");
    for (int round = 0; round < 3; ++round)
        for (qint64 id : ids) {
            (void)service.load(id);
            bareLoad.run(id);
            bareEach.run(id);
            bareJoins.run(id);
            qtEach.run(id);
            qtJoins.run(id);
        }
    std::vector<qint64> ours, cached, each, joins, qtEachTimes, qtJoinsTimes;
    for (int round = 0; round < rounds; ++round)
        for (qint64 id : ids) {
            ours.push_back(timeNs([&] { (void)service.load(id); }));
            cached.push_back(timeNs([&] { bareLoad.run(id); }));
            each.push_back(timeNs([&] { bareEach.run(id); }));
            joins.push_back(timeNs([&] { bareJoins.run(id); }));
            qtEachTimes.push_back(timeNs([&] { qtEach.run(id); }));
            qtJoinsTimes.push_back(timeNs([&] { qtJoins.run(id); }));
        }
    printHeader();
    summary.load = statsOf(ours);
    summary.loadBare = statsOf(cached);
    printRow("vs bare, cached stmts", summary.load, summary.loadBare);
    printRow("vs bare, prepare each", summary.load, statsOf(each));
    std::printf(
        "  (cached: the household, guardian and child statements prepared once, the four IN (...)\n"
        "   statements, whose text depends on the child ids, prepared on each call as they must be;\n"
        "   prepare each: all seven prepared on each call, as QSqlQuery::prepare()/exec() do in load())\n");
    std::printf("\n  experiments (same rows; every column read, no FamilyFile built):\n");
    std::printf("  %-48s | %9s %9s\n", "", "med", "p95");
    printRule();
    auto experimentRow = [](const char *label, const std::vector<qint64> &samples) {
        const Stats s = statsOf(samples);
        std::printf("  %-48s | %9.3f %9.3f\n", label, s.median, s.p95);
    };
    experimentRow("FamilyService::load() as is", ours);
    experimentRow("QSqlQuery, load()'s 7 statements prepared each", qtEachTimes);
    experimentRow("QSqlQuery, 7 statements prepared once (joins)", qtJoinsTimes);
    experimentRow("bare, load()'s 7 statements prepared each", each);
    experimentRow("bare, 3 prepared once + 4 IN (...) (reference)", cached);
    experimentRow("bare, 7 statements prepared once (joins)", joins);
    summary.loaded = true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_family"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Search and family-file benchmark against the bare SQLite C API (run by hand)."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Demo database (created when missing)."),
        QStringLiteral("path"), QStringLiteral("/tmp/guichet-bench.sqlite"));
    const QCommandLineOption householdsOption(QStringLiteral("households"),
                                              QStringLiteral("Households to generate when creating it."),
                                              QStringLiteral("n"), QStringLiteral("12000"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QStringLiteral("Timed calls per search input; each family file is opened iterations/10 times."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Sections to run, comma-separated: open, search, "
                                                       "experiments, load (default: all)."),
                                        QStringLiteral("sections"),
                                        QStringLiteral("open,search,experiments,load"));
    parser.addOptions({databaseOption, householdsOption, iterationsOption, onlyOption});
    parser.process(app);

    const QString path = QFileInfo(parser.value(databaseOption)).absoluteFilePath();
    const int households = std::max(1, parser.value(householdsOption).toInt());
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const QStringList sections = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto runs = [&](const char *section) { return sections.contains(QLatin1String(section)); };
    SystemClock clock;

    std::printf("Guichet Périscolaire — family benchmark (SQLite %s, Qt %s)\n", sqlite3_libversion(),
                qVersion());
    std::printf("database: %s\n", qPrintable(path));

    if (!QFileInfo::exists(path)) {
        std::printf("creating a demo database of %d households (about 75 s for 12,000)...\n", households);
        std::fflush(stdout);
        Database db(clock);
        if (Status s = db.open(path); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const auto generated =
            DemoGenerator(db).generate(DemoOptions{households, 62500}, [](int done, int total) {
                if (done % 500 == 0 || done == total) {
                    std::fprintf(stderr, "\r  %d / %d", done, total);
                    std::fflush(stderr);
                }
            });
        std::fprintf(stderr, "\n");
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
            return 1;
        }
        std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
    }

    Summary summary;
    if (runs("open"))
        benchOpen(path, clock, summary);

    Database db(clock);
    if (Status s = db.open(path, OpenOptions{false, true}); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    Bare bare;
    if (!bare.open(path))
        return 1;
    std::printf("\n== Data ==\n");
    std::printf(
        "  households %lld, children %lld (%lld in shared custody), guardians %lld, history entries %lld\n",
        bare.scalar("SELECT count(*) FROM household"), bare.scalar("SELECT count(*) FROM child"),
        bare.scalar("SELECT count(*) FROM (SELECT child_id FROM household_child GROUP BY child_id "
                    "HAVING count(*) > 1)"),
        bare.scalar("SELECT count(*) FROM guardian"), bare.scalar("SELECT count(*) FROM audit_entry"));

    if (runs("search"))
        benchSearch(db, bare, iterations, runs("experiments"), summary);
    if (runs("load"))
        benchLoad(db, bare, std::max(1, iterations / 10), summary);

    std::printf("\n== Targets ==\n");
    if (summary.searched) {
        const double ratio = summary.search.p95 / summary.searchBare.p95;
        std::printf("  %s search p95, all inputs            %8.3f ms  <= 5 ms\n",
                    verdict(summary.search.p95 <= 5.0), summary.search.p95);
        std::printf("  %s search p95, worst prefix length   %8.3f ms  <= 5 ms\n",
                    verdict(summary.worstLength.p95 <= 5.0), summary.worstLength.p95);
        std::printf("  %s search p95 / bare p95             %8.2f     <= 2\n", verdict(ratio <= 2.0), ratio);
    }
    if (summary.loaded) {
        const double ratio = summary.load.p95 / summary.loadBare.p95;
        std::printf("  %s family file p95                   %8.3f ms  <= 10 ms\n",
                    verdict(summary.load.p95 <= 10.0), summary.load.p95);
        std::printf("  %s family file p95 / bare p95        %8.2f     <= 2 (bare with cached statements)\n",
                    verdict(ratio <= 2.0), ratio);
    }
    if (summary.opened)
        std::printf("  info cold start, Database::open      %8.1f ms  (warm %.1f ms)\n", summary.coldOpenMs,
                    summary.warmOpenMs);
    return 0;
}
