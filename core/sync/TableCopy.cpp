#include "sync/TableCopy.h"

#include <QSet>
#include <QStringList>
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <libpq-fe.h>
#include <memory>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread>

namespace guichet {

namespace {

// A prepared SQLite statement, finalized on every path.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

struct FreeLine
{
    void operator()(char *line) const { PQfreemem(line); }
};

// One row of COPY's text output (a line: fields apart by tabs, \N for null, \t \n \\ … escaped), its fields
// decoded where they lie. The row owns its line: a row that waits keeps it, no copy. A reference's field
// also holds the id it names here, once found.
class Row
{
public:
    Row(char *line, int length, int expectedFields) : m_line(line)
    {
        m_fields.reserve(size_t(expectedFields)); // one allocation a row, not one per doubling
        char *read = line, *write = line;
        char *const end = line + (length > 0 && line[length - 1] == '\n' ? length - 1 : length);
        char *field = write;
        bool null = false;
        for (; read < end; ++read) {
            if (*read == '\t') {
                close(field, write, null);
                field = write;
                null = false;
            } else if (*read == '\\' && read + 1 < end) {
                const char c = *++read;
                if (c == 'N' && write == field && (read + 1 == end || read[1] == '\t'))
                    null = true;
                else
                    *write++ = c == 't'   ? '\t'
                               : c == 'n' ? '\n'
                               : c == 'r' ? '\r'
                               : c == 'b' ? '\b'
                               : c == 'f' ? '\f'
                               : c == 'v' ? '\v'
                                          : c;
            } else {
                *write++ = *read;
            }
        }
        close(field, write, null);
    }
    int fields() const { return int(m_fields.size()); }
    bool isNull(int i) const { return m_fields[size_t(i)].size < 0; }
    const char *data(int i) const { return m_line.get() + m_fields[size_t(i)].offset; }
    int size(int i) const { return m_fields[size_t(i)].size; }
    QString text(int i) const { return isNull(i) ? QString() : QString::fromUtf8(data(i), size(i)); }
    qint64 id(int i) const { return m_fields[size_t(i)].id; }
    void setId(int i, qint64 id) { m_fields[size_t(i)].id = id; }

private:
    struct Field
    {
        int offset, size; // size -1: null
        qint64 id = 0;    // a reference: the id of the row it names
    };
    void close(const char *field, const char *write, bool null)
    {
        m_fields.push_back({int(field - m_line.get()), null ? -1 : int(write - field)});
    }
    std::unique_ptr<char, FreeLine> m_line;
    std::vector<Field> m_fields;
};

// The rows of a COPY out of the central database, read and decoded on a thread of their own while the
// caller writes the ones before into SQLite: the two halves of a first pull share the time instead of
// taking turns (libpq's reading and the decoding: a tenth of the copy's time). The connection is
// this thread's alone until the stream ends; it ends on every path, an early stop cancelling the COPY and
// reading what is left, so that the connection is free again for the sync's next query.
class RowStream
{
public:
    // Reads at most 'readAhead' rows ahead of the caller, handed over by chunks of up to 1024.
    RowStream(PGconn *connection, int fields, int readAhead)
        : m_connection(connection), m_fields(fields), m_chunkRows(size_t(std::clamp(readAhead, 1, 1024))),
          m_maxChunks(std::max(size_t(1), size_t(std::max(readAhead, 1)) / m_chunkRows))
    {
        m_thread = std::thread([this] { read(); });
    }
    ~RowStream()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = !m_ended;
        }
        m_space.notify_all();
        // Rows still coming: the server stops sending them. (Once they have all come, a cancel could only
        // reach the connection's next query.)
        if (m_stop && !m_received) {
            if (PGcancel *cancel = PQgetCancel(m_connection)) {
                char error[256];
                PQcancel(cancel, error, sizeof error);
                PQfreeCancel(cancel);
            }
        }
        m_thread.join();
    }
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // The next rows, in the order the central database sent them; empty once it has sent them all (or
    // failed: failure()).
    std::vector<Row> next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_chunks.empty() || m_ended; });
        if (m_chunks.empty())
            return {};
        std::vector<Row> rows = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_space.notify_one();
        return rows;
    }
    // Once next() returned no rows: why the COPY did not end well (empty: it did).
    QString failure() const
    {
        std::lock_guard lock(m_mutex);
        return m_failure;
    }

private:
    void read()
    {
        std::vector<Row> chunk;
        chunk.reserve(m_chunkRows);
        const auto hand = [&] {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return m_chunks.size() < m_maxChunks || m_stop; });
            if (m_stop)
                return false;
            m_chunks.push_back(std::move(chunk));
            m_ready.notify_one();
            chunk = std::vector<Row>();
            chunk.reserve(m_chunkRows);
            return true;
        };
        char *line = nullptr;
        int length = 0;
        bool handing = true;
        while (true) {
            if ((length = PQgetCopyData(m_connection, &line, 0)) <= 0) {
                m_received = true;
                break;
            }
            if (!handing) { // stopped: what was sent before the cancel is read and dropped
                PQfreemem(line);
                continue;
            }
            chunk.emplace_back(line, length, m_fields);
            if (chunk.size() == m_chunkRows)
                handing = hand();
        }
        QString failure =
            length == -2 ? QString::fromUtf8(PQerrorMessage(m_connection)).trimmed() : QString();
        while (PGresult *result = PQgetResult(m_connection)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
                failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            PQclear(result);
        }
        if (handing && !chunk.empty())
            hand();
        std::lock_guard lock(m_mutex);
        m_failure = failure;
        m_ended = true;
        m_ready.notify_one();
    }

    PGconn *m_connection;
    const int m_fields;
    const size_t m_chunkRows, m_maxChunks;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<std::vector<Row>> m_chunks;
    bool m_ended = false, m_stop = false;
    std::atomic<bool> m_received = false; // the COPY has sent its last row (or failed)
    QString m_failure;
};

} // namespace

bool TableCopy::parseKey(const char *text, int size, Key &key)
{
    // 8-4-4-4-12 hexadecimal digits; the first 16 make 'high', the last 16 'low': compared as two numbers,
    // keys sort as their bytes (and their text) do.
    if (size != 36)
        return false;
    // (Millions of keys: a digit's value from a table, and the dashes where they must be.)
    static constexpr auto nibbles = [] {
        std::array<qint8, 256> values{};
        values.fill(-1);
        for (int c = '0'; c <= '9'; ++c)
            values[size_t(c)] = qint8(c - '0');
        for (int c = 'a'; c <= 'f'; ++c)
            values[size_t(c)] = values[size_t(c - 'a' + 'A')] = qint8(c - 'a' + 10);
        return values;
    }();
    if (text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return false;
    quint64 half[2] = {0, 0};
    int digits = 0, invalid = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const qint8 nibble = nibbles[static_cast<unsigned char>(text[i])];
        invalid |= nibble;
        quint64 &h = half[digits++ / 16];
        h = h << 4 | quint64(nibble & 0xf);
    }
    if (invalid < 0)
        return false;
    key = Key{half[0], half[1]};
    return true;
}

TableCopy::TableCopy(PGconn *central, sqlite3 *local) : m_central(central), m_local(local) {}

int TableCopy::s_readAhead = TableCopy::ReadAhead;

void TableCopy::setReadAhead(int rows)
{
    s_readAhead = rows;
}

Status TableCopy::index(const QString &table)
{
    // The rows already here (configuration, this counter's own): their ids by key.
    std::vector<std::pair<Key, qint64>> &ids = m_ids[table];
    ids.clear();
    Statement read;
    // A table without an id (a link keyed by its two rows) is named by no reference.
    Statement hasId;
    const QByteArray probe =
        QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = 'id'").arg(table).toUtf8();
    if (sqlite3_prepare_v2(m_local, probe.constData(), -1, &hasId.handle, nullptr) != SQLITE_OK)
        return Error::of(QString::fromUtf8(sqlite3_errmsg(m_local)));
    if (sqlite3_step(hasId.handle) != SQLITE_ROW)
        return Status::success();
    const QByteArray sql = QStringLiteral("SELECT uuid, id FROM %1").arg(table).toUtf8();
    if (sqlite3_prepare_v2(m_local, sql.constData(), -1, &read.handle, nullptr) != SQLITE_OK)
        return Error::of(QString::fromUtf8(sqlite3_errmsg(m_local)));
    while (sqlite3_step(read.handle) == SQLITE_ROW) {
        Key key;
        if (parseKey(reinterpret_cast<const char *>(sqlite3_column_text(read.handle, 0)),
                     sqlite3_column_bytes(read.handle, 0), key))
            ids.emplace_back(key, sqlite3_column_int64(read.handle, 1));
    }
    std::sort(ids.begin(), ids.end());
    return Status::success();
}

std::optional<qint64> TableCopy::idOf(const QString &table, const Key &key) const
{
    const auto found = m_ids.constFind(table);
    if (found == m_ids.constEnd())
        return std::nullopt;
    const auto &ids = found.value();
    const auto it = std::lower_bound(ids.cbegin(), ids.cend(), std::pair<Key, qint64>{key, 0},
                                     [](const auto &a, const auto &b) { return a.first < b.first; });
    if (it == ids.cend() || it->first != key)
        return std::nullopt;
    return it->second;
}

Result<qint64> TableCopy::copy(const QString &table, const QString &key, const QList<CopyColumn> &columns,
                               const QString &ownSite, bool saveBases,
                               const std::function<void(qint64)> &progress)
{
    // PostgreSQL takes each field out of the row's JSON (a reference: the key of the row it names). Here each
    // reference becomes this counter's id of that row (index()), each code is checked against its table, and
    // the rows go in by statements of BatchRows rows: a town's millions of rows cost SQLite's insert and the
    // table's triggers, not a statement each.
    QStringList fields, names, values;
    int keyField = -1;
    QHash<int, QSet<QByteArray>> codes; // column → the codes it may hold
    for (int i = 0; i < columns.size(); ++i) {
        const CopyColumn &c = columns.at(i);
        fields += QStringLiteral("data->>'%1'")
                      .arg(c.refTable.isEmpty() ? c.name : c.name + QLatin1Char('.') + c.refKey);
        names += c.name;
        if (c.name == key)
            keyField = i;
        if (!c.refTable.isEmpty() && c.refKey != QLatin1String("uuid"))
            return Error::of(tr("The table %1 names %2 by %3: the first sync cannot copy it.")
                                 .arg(table, c.refTable, c.refKey));
        if (!c.existsIn.isEmpty()) {
            Statement list;
            const QByteArray sql =
                QStringLiteral("SELECT %1 FROM %2").arg(c.existsColumn, c.existsIn).toUtf8();
            if (sqlite3_prepare_v2(m_local, sql.constData(), -1, &list.handle, nullptr) != SQLITE_OK)
                return Error::of(QString::fromUtf8(sqlite3_errmsg(m_local)));
            QSet<QByteArray> &known = codes[i];
            while (sqlite3_step(list.handle) == SQLITE_ROW)
                known.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(list.handle, 0)),
                                        sqlite3_column_bytes(list.handle, 0)));
        }
        // Not in the row: a column the sending counter's version did not have yet. Its default.
        values += c.refTable.isEmpty() && c.notNull && !c.defaultValue.isEmpty()
                      ? QStringLiteral("coalesce(?, %1)").arg(c.defaultValue)
                      : QStringLiteral("?");
    }
    if (keyField < 0 || key != QLatin1String("uuid")) // every copied table travels by its uuid
        return Error::of(tr("The table %1 has no column %2.").arg(table, QStringLiteral("uuid")));
    if (saveBases)
        fields += QStringLiteral("data::text");
    const int fieldCount = int(fields.size()), columnCount = int(columns.size());

    // A statement per batch size, 1, 2, 4 … BatchRows rows, prepared when first needed: a batch written
    // early (a row names one of it) goes in by a few statements, not one per row. Each statement of a
    // transaction keeps the pages it changes aside (the statement journal, its undo): the more rows a
    // statement writes, the fewer times the same last pages of the table and its key are set aside.
    int batchRows = 1;
    const int maxParameters = sqlite3_limit(m_local, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    while (batchRows * 2 <= BatchRows && batchRows * 2 * columnCount <= maxParameters)
        batchRows *= 2;
    std::vector<Statement> inserts(size_t(std::countr_zero(unsigned(batchRows))) + 1);
    const auto insertOf = [&](int rows) -> Result<sqlite3_stmt *> {
        Statement &statement = inserts[size_t(std::countr_zero(unsigned(rows)))];
        if (statement.handle)
            return statement.handle;
        const QString row = QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                   .arg(table, names.join(QStringLiteral(", ")),
                                        QStringList(rows, row).join(QStringLiteral(", ")))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_local, sql.constData(), int(sql.size()), &statement.handle, nullptr) !=
            SQLITE_OK)
            return Error::of(tr("This counter's file cannot take the rows of %1: %2")
                                 .arg(table, QString::fromUtf8(sqlite3_errmsg(m_local))));
        return statement.handle;
    };
    if (const auto full = insertOf(batchRows); !full)
        return full.error();
    // The integer columns: a number comes as text, bound as the integer it is rather than left for the
    // column's affinity to read again (millions of quantities and prices). Any other text (too long for 64
    // bits, say) is left to SQLite, which makes of it what it did before.
    std::vector<bool> integer(size_t(columnCount), false);
    const auto isInteger = [](const char *text, int size, qint64 &value) {
        const auto [end, error] = std::from_chars(text, text + size, value);
        return error == std::errc() && end == text + size;
    };
    {
        Statement info;
        const QByteArray sql =
            QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE upper(type) = 'INTEGER'")
                .arg(table)
                .toUtf8();
        if (sqlite3_prepare_v2(m_local, sql.constData(), -1, &info.handle, nullptr) != SQLITE_OK)
            return Error::of(QString::fromUtf8(sqlite3_errmsg(m_local)));
        while (sqlite3_step(info.handle) == SQLITE_ROW) {
            const int column = int(names.indexOf(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.handle, 0)))));
            if (column >= 0)
                integer[size_t(column)] = true;
        }
    }
    Statement base;
    if (sqlite3_prepare_v2(m_local,
                           "INSERT OR REPLACE INTO sync_base (table_name, row_key, data) VALUES (?1, ?2, ?3)",
                           -1, &base.handle, nullptr) != SQLITE_OK)
        return Error::of(QString::fromUtf8(sqlite3_errmsg(m_local)));
    if (Status s = index(table); !s)
        return s.error();
    std::vector<std::pair<Key, qint64>> &ids = m_ids[table];
    const QByteArray tableName = table.toUtf8();

    qint64 written = 0;
    // The rows come in key order: appended, the ids stay in order. A row written out of order (one that
    // waited, or one sorting before this counter's own rows) joins them at the end of the round.
    std::vector<std::pair<Key, qint64>> late;
    const auto mergeLate = [&] {
        std::sort(late.begin(), late.end());
        const auto middle = ids.insert(ids.end(), late.cbegin(), late.cend());
        std::inplace_merge(ids.begin(), middle, ids.end());
        late.clear();
    };
    std::vector<Row> batch; // rows whose references are found (their ids in the fields), not written yet
    const auto step = [&](sqlite3_stmt *statement, const Row &first) -> Status {
        if (sqlite3_step(statement) != SQLITE_DONE) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(m_local));
            sqlite3_reset(statement);
            return Error::of(tr("The central database's %1 %2 cannot be written on this counter: %3")
                                 .arg(table, first.text(keyField), error));
        }
        sqlite3_reset(statement);
        return Status::success();
    };
    // Writes the batch: as few statements as its size in powers of two.
    const auto flush = [&]() -> Status {
        for (size_t done = 0; done < batch.size();) {
            const int rows = int(std::bit_floor(std::min(batch.size() - done, size_t(batchRows))));
            const auto insert = insertOf(rows);
            if (!insert)
                return insert.error();
            for (int r = 0; r < rows; ++r) {
                const Row &row = batch[done + size_t(r)];
                for (int i = 0; i < columnCount; ++i) {
                    const int parameter = r * columnCount + i + 1;
                    if (row.isNull(i))
                        sqlite3_bind_null(insert.value(), parameter);
                    else if (!columns.at(i).refTable.isEmpty())
                        sqlite3_bind_int64(insert.value(), parameter, row.id(i));
                    else if (qint64 number; integer[size_t(i)] && isInteger(row.data(i), row.size(i), number))
                        sqlite3_bind_int64(insert.value(), parameter, number);
                    else
                        sqlite3_bind_text(insert.value(), parameter, row.data(i), row.size(i), SQLITE_STATIC);
                }
            }
            if (Status s = step(insert.value(), batch[done]); !s)
                return s;
            // A statement's rows take the ids after the largest, one by one.
            const qint64 last = sqlite3_last_insert_rowid(m_local);
            for (int r = 0; r < rows; ++r) {
                const Row &row = batch[done + size_t(r)];
                const qint64 id = last - (rows - 1 - r);
                Key own;
                if (parseKey(row.data(keyField), row.size(keyField), own)) {
                    if (ids.empty() || ids.back().first < own)
                        ids.emplace_back(own, id);
                    else
                        late.emplace_back(own, id);
                }
            }
            done += size_t(rows);
        }
        if (saveBases) {
            for (const Row &row : batch) {
                sqlite3_bind_text(base.handle, 1, tableName.constData(), int(tableName.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_text(base.handle, 2, row.data(keyField), row.size(keyField), SQLITE_STATIC);
                sqlite3_bind_text(base.handle, 3, row.data(fieldCount - 1), row.size(fieldCount - 1),
                                  SQLITE_STATIC);
                if (Status s = step(base.handle, row); !s)
                    return s;
            }
        }
        written += qint64(batch.size());
        batch.clear();
        return Status::success();
    };
    // The first reference or code of 'row' that names nothing here.
    const auto unresolved = [&](const Row &row) -> QString {
        for (int i = 0; i < columnCount; ++i) {
            const CopyColumn &c = columns.at(i);
            if (row.isNull(i))
                continue;
            Key named;
            if (!c.refTable.isEmpty() &&
                !(parseKey(row.data(i), row.size(i), named) && idOf(c.refTable, named)))
                return c.refTable + QLatin1Char(' ') + row.text(i);
            if (const auto known = codes.constFind(i);
                known != codes.constEnd() && !known->contains(QByteArray(row.data(i), row.size(i))))
                return c.existsIn + QLatin1Char(' ') + row.text(i);
        }
        return QString();
    };
    const auto missing = [&](const Row &row) {
        return Error::of(
            tr("The central database's %1 %2 names %3, which this counter cannot find there: the "
               "first sync stops and nothing is written here; call your IT support with this "
               "message.")
                .arg(table, row.text(keyField), unresolved(row)));
    };
    // A row ready to write (its references found) joins the batch; one that names a row of its own table not
    // written yet waits; one that names a row or a code this counter cannot find stops the copy.
    std::vector<Row> waiting;
    // Per reference column, the row it named last: rows made one after the other often name the same
    // household, child or lot, found again without a search (nor reading its key again).
    struct Named
    {
        std::string text;
        qint64 id = 0;
    };
    std::vector<std::optional<Named>> lastNamed(static_cast<size_t>(columnCount));
    const auto take = [&](Row row) -> Status {
        for (int i = 0; i < columnCount; ++i) {
            if (row.isNull(i))
                continue;
            const CopyColumn &c = columns.at(i);
            if (!c.refTable.isEmpty()) {
                std::optional<qint64> id;
                std::optional<Named> &last = lastNamed[size_t(i)];
                const std::string_view text(row.data(i), size_t(row.size(i)));
                Key named;
                bool parsed = true;
                const auto lookUp = [&] {
                    if ((id = idOf(c.refTable, named)))
                        last = Named{std::string(text), *id};
                };
                if (last && last->text == text)
                    id = last->id;
                else if ((parsed = parseKey(row.data(i), row.size(i), named)))
                    lookUp();
                if (!id && parsed && c.refTable == table &&
                    std::any_of(batch.cbegin(), batch.cend(), [&](const Row &r) {
                        return r.size(keyField) == row.size(i) &&
                               memcmp(r.data(keyField), row.data(i), size_t(row.size(i))) == 0;
                    })) {
                    // A row of this batch, not written yet: a lot bought then taken from at once (a family
                    // that books the year right after paying: on a town, most of the movements). Written
                    // now, it is found, and what follows goes in with it instead of waiting for a round.
                    if (Status s = flush(); !s)
                        return s;
                    lookUp();
                }
                if (!id) {
                    if (c.refTable != table)
                        return missing(row);
                    waiting.push_back(std::move(row));
                    return Status::success();
                }
                row.setId(i, *id);
            } else if (const auto known = codes.constFind(i);
                       known != codes.constEnd() &&
                       !known->contains(QByteArray::fromRawData(row.data(i), row.size(i)))) {
                return missing(row);
            }
        }
        batch.push_back(std::move(row));
        return int(batch.size()) == batchRows ? flush() : Status::success();
    };

    // Every row not last written by this counter, oldest key first (uuid v7: the order they were made in), as
    // COPY's text: a line per row, with none of the per-row results of a query's single-row mode. (COPY takes
    // no parameters: the two values are quoted by libpq.)
    const QByteArray site = ownSite.toUtf8();
    const auto quoted = [&](const QByteArray &value) {
        char *literal = PQescapeLiteral(m_central, value.constData(), size_t(value.size()));
        const QByteArray text = literal ? QByteArray(literal) : QByteArray("NULL");
        PQfreemem(literal);
        return text;
    };
    const QByteArray select = "COPY (SELECT " + fields.join(QStringLiteral(", ")).toUtf8() +
                              " FROM row_state WHERE table_name = " + quoted(tableName) +
                              " AND data IS NOT NULL AND site_id <> " + quoted(site) +
                              "::uuid ORDER BY row_key) TO STDOUT";
    PGresult *started = PQexec(m_central, select.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    const QString refused = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
    PQclear(started);
    if (!copying)
        return Error::of(refused.isEmpty() ? QString::fromUtf8(PQerrorMessage(m_central)).trimmed()
                                           : refused);
    qint64 read = 0;
    {
        RowStream stream(m_central, fieldCount, s_readAhead);
        for (std::vector<Row> rows = stream.next(); !rows.empty(); rows = stream.next()) {
            for (Row &row : rows) {
                if (row.fields() != fieldCount)
                    return Error::of(
                        tr("The central database sent a row of %1 that this counter cannot "
                           "read: the first sync stops and nothing is written here; call your IT "
                           "support with this message.")
                            .arg(table));
                if (Status s = take(std::move(row)); !s)
                    return s.error();
                if (progress && ++read % 20000 == 0)
                    progress(read);
            }
        }
        if (const QString failure = stream.failure(); !failure.isEmpty())
            return Error::of(failure);
    }
    if (Status s = flush(); !s)
        return s.error();
    mergeLate();
    // The rows that named a row of this table written after them, round after round, until none is left or
    // none can be written.
    while (!waiting.empty()) {
        std::vector<Row> round = std::move(waiting);
        waiting.clear();
        for (Row &row : round)
            if (Status s = take(std::move(row)); !s)
                return s.error();
        if (Status s = flush(); !s)
            return s.error();
        mergeLate();
        if (waiting.size() == round.size())
            return missing(waiting.front());
    }
    return written;
}

} // namespace guichet
