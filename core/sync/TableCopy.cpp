#include "sync/TableCopy.h"

#include <QScopeGuard>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <cstring>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <string>

namespace guichet {

namespace {

// A prepared SQLite statement, finalized on every path.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

// Ends a COPY of the central rows on every path: an early stop cancels it and reads what is left, so the
// connection is free again for the sync's next query.
struct CopyOut
{
    PGconn *connection;
    bool done = false;
    ~CopyOut()
    {
        if (done)
            return;
        if (PGcancel *cancel = PQgetCancel(connection)) {
            char error[256];
            PQcancel(cancel, error, sizeof error);
            PQfreeCancel(cancel);
        }
        char *line = nullptr;
        while (PQgetCopyData(connection, &line, 0) > 0)
            PQfreemem(line);
        while (PGresult *r = PQgetResult(connection))
            PQclear(r);
    }
};

struct FreeLine
{
    void operator()(char *line) const { PQfreemem(line); }
};

// One row of COPY's text output (a line: fields apart by tabs, \N for null, \t \n \\ … escaped), its fields
// decoded where they lie. The row owns its line: a row that waits keeps it, no copy.
class Row
{
public:
    Row(char *line, int length) : m_line(line)
    {
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

private:
    struct Field
    {
        int offset, size; // size -1: null
    };
    void close(const char *field, const char *write, bool null)
    {
        m_fields.push_back({int(field - m_line.get()), null ? -1 : int(write - field)});
    }
    std::unique_ptr<char, FreeLine> m_line;
    std::vector<Field> m_fields;
};

} // namespace

bool TableCopy::parseKey(const char *text, int size, Key &key)
{
    // 8-4-4-4-12 hexadecimal digits; the first 16 make 'high', the last 16 'low': compared as two numbers,
    // keys sort as their bytes (and their text) do.
    if (size != 36)
        return false;
    quint64 half[2] = {0, 0};
    int digits = 0;
    for (int i = 0; i < 36; ++i) {
        const char c = text[i];
        if (c == '-' && (i == 8 || i == 13 || i == 18 || i == 23))
            continue;
        const int nibble = c >= '0' && c <= '9'   ? c - '0'
                           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
        if (nibble < 0)
            return false;
        quint64 &h = half[digits / 16];
        h = h << 4 | quint64(nibble);
        ++digits;
    }
    if (digits != 32)
        return false;
    key = Key{half[0], half[1]};
    return true;
}

TableCopy::TableCopy(PGconn *central, sqlite3 *local) : m_central(central), m_local(local) {}

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

    // One statement for a full batch, one for a single row (the rest).
    const auto prepare = [&](int rows, Statement &statement) -> Status {
        const QString row = QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                   .arg(table, names.join(QStringLiteral(", ")),
                                        QStringList(rows, row).join(QStringLiteral(", ")))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_local, sql.constData(), int(sql.size()), &statement.handle, nullptr) !=
            SQLITE_OK)
            return Error::of(tr("This counter's file cannot take the rows of %1: %2")
                                 .arg(table, QString::fromUtf8(sqlite3_errmsg(m_local))));
        return Status::success();
    };
    Statement many, one, base;
    if (Status s = prepare(BatchRows, many); !s)
        return s.error();
    if (Status s = prepare(1, one); !s)
        return s.error();
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
    struct Ready
    {
        Row row;
        std::vector<qint64> refs; // per column: the id it names (references only)
    };
    std::vector<Ready> batch;
    // Writes the batch: one statement, or one per row for a short one.
    const auto flush = [&]() -> Status {
        if (batch.empty())
            return Status::success();
        const bool full = int(batch.size()) == BatchRows;
        const auto bindRow = [&](sqlite3_stmt *statement, const Ready &ready, int offset) {
            for (int i = 0; i < columnCount; ++i) {
                const int parameter = offset + i + 1;
                if (ready.row.isNull(i))
                    sqlite3_bind_null(statement, parameter);
                else if (!columns.at(i).refTable.isEmpty())
                    sqlite3_bind_int64(statement, parameter, ready.refs[size_t(i)]);
                else
                    sqlite3_bind_text(statement, parameter, ready.row.data(i), ready.row.size(i),
                                      SQLITE_STATIC);
            }
        };
        const auto step = [&](sqlite3_stmt *statement, const Ready &first) -> Status {
            if (sqlite3_step(statement) != SQLITE_DONE) {
                const QString error = QString::fromUtf8(sqlite3_errmsg(m_local));
                sqlite3_reset(statement);
                return Error::of(tr("The central database's %1 %2 cannot be written on this counter: %3")
                                     .arg(table, first.row.text(keyField), error));
            }
            sqlite3_reset(statement);
            return Status::success();
        };
        std::vector<qint64> rowIds;
        if (full) {
            for (size_t r = 0; r < batch.size(); ++r)
                bindRow(many.handle, batch[r], int(r) * columnCount);
            if (Status s = step(many.handle, batch.front()); !s)
                return s;
            // A statement's rows take the ids after the largest, one by one.
            const qint64 last = sqlite3_last_insert_rowid(m_local);
            for (size_t r = 0; r < batch.size(); ++r)
                rowIds.push_back(last - qint64(batch.size() - 1 - r));
        } else {
            for (const Ready &ready : batch) {
                bindRow(one.handle, ready, 0);
                if (Status s = step(one.handle, ready); !s)
                    return s;
                rowIds.push_back(sqlite3_last_insert_rowid(m_local));
            }
        }
        for (size_t r = 0; r < batch.size(); ++r) {
            const Row &row = batch[r].row;
            Key own;
            if (parseKey(row.data(keyField), row.size(keyField), own)) {
                if (ids.empty() || ids.back().first < own)
                    ids.emplace_back(own, rowIds[r]);
                else
                    late.emplace_back(own, rowIds[r]);
            }
            if (saveBases) {
                sqlite3_bind_text(base.handle, 1, tableName.constData(), int(tableName.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_text(base.handle, 2, row.data(keyField), row.size(keyField), SQLITE_STATIC);
                sqlite3_bind_text(base.handle, 3, row.data(fieldCount - 1), row.size(fieldCount - 1),
                                  SQLITE_STATIC);
                if (Status s = step(base.handle, batch[r]); !s)
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
    // household, child or lot, found again without a search.
    struct Named
    {
        Key key;
        qint64 id = 0;
    };
    std::vector<std::optional<Named>> lastNamed(static_cast<size_t>(columnCount));
    const auto take = [&](Row row) -> Status {
        Ready ready{std::move(row), std::vector<qint64>(size_t(columnCount), 0)};
        for (int i = 0; i < columnCount; ++i) {
            if (ready.row.isNull(i))
                continue;
            const CopyColumn &c = columns.at(i);
            if (!c.refTable.isEmpty()) {
                Key named;
                std::optional<qint64> id;
                std::optional<Named> &last = lastNamed[size_t(i)];
                const bool parsed = parseKey(ready.row.data(i), ready.row.size(i), named);
                const auto lookUp = [&] {
                    if ((id = idOf(c.refTable, named)))
                        last = Named{named, *id};
                };
                if (parsed && last && last->key == named)
                    id = last->id;
                else if (parsed)
                    lookUp();
                if (!id && parsed && c.refTable == table &&
                    std::any_of(batch.cbegin(), batch.cend(), [&](const Ready &r) {
                        return r.row.size(keyField) == ready.row.size(i) &&
                               memcmp(r.row.data(keyField), ready.row.data(i), size_t(ready.row.size(i))) ==
                                   0;
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
                        return missing(ready.row);
                    waiting.push_back(std::move(ready.row));
                    return Status::success();
                }
                ready.refs[size_t(i)] = *id;
            } else if (const auto known = codes.constFind(i);
                       known != codes.constEnd() &&
                       !known->contains(QByteArray::fromRawData(ready.row.data(i), ready.row.size(i)))) {
                return missing(ready.row);
            }
        }
        batch.push_back(std::move(ready));
        return int(batch.size()) == BatchRows ? flush() : Status::success();
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
    CopyOut streaming{m_central};
    qint64 read = 0;
    char *line = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_central, &line, 0)) > 0) {
        Row row(line, length);
        if (row.fields() != fieldCount)
            return Error::of(tr("The central database sent a row of %1 that this counter cannot read: the "
                                "first sync stops and "
                                "nothing is written here; call your IT support with this message.")
                                 .arg(table));
        if (Status s = take(std::move(row)); !s)
            return s.error();
        if (progress && ++read % 20000 == 0)
            progress(read);
    }
    QString failure = length == -2 ? QString::fromUtf8(PQerrorMessage(m_central)).trimmed() : QString();
    while (PGresult *result = PQgetResult(m_central)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    streaming.done = true;
    if (!failure.isEmpty())
        return Error::of(failure);
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
