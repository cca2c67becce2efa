#include "cashoffice/Journal.h"

#include "common/Clock.h"
#include "common/Sha256.h"
#include "common/Uuid.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlDriver>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace guichet {

namespace {

// What each event records: its table and the columns of its payload, in this order, and the child rows
// that belong to it. These lists are part of the journal's byte format: a column added to a table later
// is not in old payloads, so it goes into a new format, never into these lists.
struct Format
{
    JournalEvent event;
    QString code;
    QString table;
    QStringList columns;
    QString childTable;
    QString childKey;
    QStringList childColumns;
    QString label; // SQL naming the row for a person (alias t)
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QList<Format> &formats()
{
    static const QList<Format> list{
        {JournalEvent::Invoice, QStringLiteral("invoice"), QStringLiteral("invoice"),
         words("id uuid origin_site number series sequence household_id school_year_id issued_at payer_name "
               "payer_address bracket_label total_cents clerk"),
         QStringLiteral("invoice_line"), QStringLiteral("invoice_id"),
         words(
             "id uuid origin_site invoice_id activity_id description quantity unit_price_cents total_cents"),
         QStringLiteral("'invoice ' || t.number")},
        {JournalEvent::Receipt, QStringLiteral("receipt"), QStringLiteral("receipt"),
         words("id uuid origin_site number series sequence invoice_id paid_at clerk till_session_id"),
         QStringLiteral("payment"), QStringLiteral("receipt_id"),
         words("id uuid origin_site receipt_id method amount_cents tendered_cents change_cents cheque_number "
               "cheque_bank cheque_drawer card_reference"),
         QStringLiteral("'receipt ' || t.number")},
        {JournalEvent::CreditNote, QStringLiteral("credit_note"), QStringLiteral("credit_note"),
         words("id uuid origin_site number series sequence invoice_id issued_at reason total_cents clerk"),
         QStringLiteral("credit_note_line"), QStringLiteral("credit_note_id"),
         words("id uuid origin_site credit_note_id invoice_line_id quantity unit_price_cents total_cents"),
         QStringLiteral("'credit note ' || t.number")},
        {JournalEvent::TillOpen,
         QStringLiteral("till_open"),
         QStringLiteral("till_session"),
         words("id uuid origin_site counter_code opened_at opened_by float_cents"),
         {},
         {},
         {},
         QStringLiteral("'till session ' || t.id")},
        {JournalEvent::TillClose,
         QStringLiteral("till_close"),
         QStringLiteral("till_count"),
         words("id uuid origin_site session_id closed_at closed_by count_detail counted_cents expected_cents "
               "difference_cents comment"),
         {},
         {},
         {},
         QStringLiteral("'count of till session ' || t.session_id")},
        {JournalEvent::Closure,
         QStringLiteral("closure"),
         QStringLiteral("closure"),
         words("id uuid origin_site counter_code number kind period closed_at closed_by invoices "
               "invoiced_cents "
               "credit_notes credited_cents receipts takings_cents cash_cents cheque_cents card_cents "
               "counted_cents difference_cents grand_total_sales_cents grand_total_takings_cents chain_head "
               "detail"),
         {},
         {},
         {},
         QStringLiteral("'closure ' || t.number")},
        {JournalEvent::DepositSlip, QStringLiteral("deposit_slip"), QStringLiteral("deposit_slip"),
         words("id uuid origin_site number issued_at issued_by cheques total_cents"),
         QStringLiteral("deposit_slip_cheque"), QStringLiteral("slip_id"),
         words("id uuid origin_site slip_id payment_id"), QStringLiteral("'deposit slip ' || t.number")},
        {JournalEvent::DocumentPrint,
         QStringLiteral("print"),
         QStringLiteral("document_print"),
         words("id uuid origin_site kind number duplicate printed_at clerk"),
         {},
         {},
         {},
         QStringLiteral("'print ' || t.id || ' of ' || t.number")},
        {JournalEvent::Refund, QStringLiteral("refund"), QStringLiteral("refund"),
         words(
             "id uuid origin_site number series sequence household_id activity_id payer_name method iban bic "
             "till_session_id reason tickets amount_cents requested_at clerk"),
         QStringLiteral("refund_line"), QStringLiteral("refund_id"),
         words("id uuid origin_site refund_id lot_id quantity unit_price_cents total_cents"),
         QStringLiteral("'refund ' || t.number")},
        {JournalEvent::RefundOrder, QStringLiteral("refund_order"), QStringLiteral("refund_order"),
         words("id uuid origin_site number first_day last_day issued_at issued_by refunds total_cents"),
         QStringLiteral("refund_order_item"), QStringLiteral("order_id"),
         words("id uuid origin_site order_id refund_id"), QStringLiteral("'refund order ' || t.number")},
        {JournalEvent::Rollover,
         QStringLiteral("rollover"),
         QStringLiteral("year_rollover"),
         words("id uuid origin_site from_year_id to_year_id percent_hundredths at user_name summary"),
         {},
         {},
         {},
         QStringLiteral("'roll-over ' || t.id")},
    };
    return list;
}

const Format *formatOf(JournalEvent event)
{
    for (const Format &f : formats())
        if (f.event == event)
            return &f;
    return nullptr;
}

// The SQL of one payload line for the row of 'alias' (see the byte format in Journal.h). In SQL string
// literals a backslash is an ordinary character.
// journal_line('table', 'column', value, 'column', value, ...): one payload line in the byte format of
// Journal.h, written in one pass (an SQL function registered on the connection by Journal; the same text with
// replace() chains in SQL took four times as long to verify).
void journalLine(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QByteArray line;
    line.reserve(512); // a payload line is a few hundred bytes: no reallocation on the way
    line.append(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    for (int i = 1; i + 1 < argc; i += 2) {
        line += '\t';
        line.append(reinterpret_cast<const char *>(sqlite3_value_text(argv[i])),
                    sqlite3_value_bytes(argv[i]));
        line += '=';
        sqlite3_value *value = argv[i + 1];
        if (sqlite3_value_type(value) == SQLITE_NULL) {
            line += "\\N";
            continue;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
        const int size = sqlite3_value_bytes(value);
        int run = 0; // the start of the run of characters copied as they are
        for (int k = 0; k < size; ++k) {
            const char c = text[k];
            if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
                continue;
            line.append(text + run, k - run);
            line += c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
            run = k + 1;
        }
        line.append(text + run, size - run);
    }
    sqlite3_result_text(context, line.constData(), int(line.size()), SQLITE_TRANSIENT);
}

QString lineSql(const QString &table, const QString &alias, const QStringList &columns)
{
    QString sql = QStringLiteral("journal_line('%1'").arg(table);
    for (const QString &c : columns)
        sql += QStringLiteral(", '%2', %1.%2").arg(alias, c);
    return sql + QLatin1Char(')');
}

// The SQL of a row's whole payload (alias t): its line, then its child rows' lines by id.
// journal_lines(id, line): the lines of a row's children joined by "\n" in the order of their ids — an
// aggregate of its own, because group_concat's order is not guaranteed (and the order is hashed).
struct ChildLines
{
    std::vector<std::pair<sqlite3_int64, QByteArray>> lines;
};

void journalLinesStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto **lines = static_cast<ChildLines **>(sqlite3_aggregate_context(context, sizeof(ChildLines *)));
    if (!lines)
        return sqlite3_result_error_nomem(context);
    if (!*lines)
        *lines = new ChildLines;
    (*lines)->lines.emplace_back(sqlite3_value_int64(argv[0]),
                                 QByteArray(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])),
                                            sqlite3_value_bytes(argv[1])));
}

void journalLinesFinal(sqlite3_context *context)
{
    auto **lines = static_cast<ChildLines **>(sqlite3_aggregate_context(context, 0));
    if (!lines || !*lines)
        return sqlite3_result_null(context); // no child rows
    auto &all = (*lines)->lines;
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray joined;
    for (const auto &[id, line] : all) {
        if (!joined.isEmpty())
            joined += '\n';
        joined += line;
    }
    sqlite3_result_text(context, joined.constData(), int(joined.size()), SQLITE_TRANSIENT);
    delete *lines;
}

QString payloadSql(const Format &f)
{
    QString sql = lineSql(f.table, QStringLiteral("t"), f.columns);
    if (!f.childTable.isEmpty())
        sql += QStringLiteral(
                   " || coalesce((SELECT char(10) || journal_lines(c.id, %1) FROM %2 c WHERE c.%3 = t.id), "
                   "'')")
                   .arg(lineSql(f.childTable, QStringLiteral("c"), f.childColumns), f.childTable, f.childKey);
    return sql;
}

// The genesis line of one table: "table<TAB>max_id=N<TAB>count=C<TAB>sha256=HEX" over its rows up to
// max_id (all of them when maxId < 0).
Result<QString> genesisLine(Database &db, const Format &f, qint64 maxId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (maxId < 0) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(f.table)) || !q.next())
            return storageError(q.lastError()).error();
        maxId = q.value(0).toLongLong();
        q.finish();
    }
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 t WHERE t.id <= ? ORDER BY t.id").arg(payloadSql(f), f.table));
    q.addBindValue(maxId);
    if (Status s = execOrError(q); !s)
        return s.error();
    Sha256 hash;
    qint64 count = 0;
    while (q.next()) {
        if (count > 0)
            hash.add("\n");
        hash.add(q.value(0).toString().toUtf8());
        ++count;
    }
    q.finish();
    return QStringLiteral("%1\tmax_id=%2\tcount=%3\tsha256=%4")
        .arg(f.table)
        .arg(maxId)
        .arg(count)
        .arg(QString::fromLatin1(hash.hexResult()));
}

QByteArrayView columnBytes(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text ? text : "", sqlite3_column_bytes(statement, column));
}

} // namespace

Journal::Journal(Session &session) : m_session(session), m_statements(session.database())
{
    if (sqlite3 *handle = session.database().handle()) {
        sqlite3_create_function_v2(handle, "journal_line", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   journalLine, nullptr, nullptr, nullptr);
        sqlite3_create_function_v2(handle, "journal_lines", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   nullptr, journalLinesStep, journalLinesFinal, nullptr);
    }
}

QString Journal::eventCode(JournalEvent event)
{
    switch (event) {
    case JournalEvent::Genesis:
        return QStringLiteral("genesis");
    case JournalEvent::User:
        return QStringLiteral("user");
    case JournalEvent::Archive:
        return QStringLiteral("archive");
    default:
        return formatOf(event)->code;
    }
}

QString Journal::canonicalValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    QString text = value.toString();
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return text;
}

QString Journal::entryHash(const QString &prevHash, qint64 seq, const QString &at, const QString &user,
                           const QString &event, const QString &recordTable, const QString &recordId,
                           const QString &payload)
{
    const QString text = prevHash + QLatin1Char('\n') + QString::number(seq) + QLatin1Char('\n') + at +
                         QLatin1Char('\n') + user + QLatin1Char('\n') + event + QLatin1Char('\n') +
                         recordTable + QLatin1Char('\n') + recordId + QLatin1Char('\n') + payload;
    return Sha256::hex(text.toUtf8());
}

Result<Journal::Head> Journal::head() const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT seq, hash FROM journal_entry WHERE origin_site = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(m_session.database().siteId());
    if (Status s = execOrError(q); !s)
        return s.error();
    Head head;
    if (q.next())
        head = Head{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return head;
}

Result<QString> Journal::genesisPayload() const
{
    QStringList lines;
    for (const Format &f : formats()) {
        const auto line = genesisLine(m_session.database(), f, -1);
        if (!line)
            return line.error();
        lines += line.value();
    }
    return lines.join(QLatin1Char('\n'));
}

Status Journal::ensureGenesis()
{
    const auto current = head();
    if (!current)
        return current.error();
    if (current.value().seq >= 0)
        return Status::success();
    Transaction transaction(m_session.database());
    if (!transaction.isActive())
        return transaction.status();
    const auto again = head(); // another program may have started it meanwhile
    if (!again)
        return again.error();
    if (again.value().seq >= 0)
        return Status::success();
    const auto payload = genesisPayload();
    if (!payload)
        return payload.error();
    if (Status s = append(JournalEvent::Genesis, {}, 0, payload.value()); !s)
        return s;
    return transaction.commit();
}

Status Journal::record(JournalEvent event, qint64 recordId)
{
    const Format *f = formatOf(event);
    Q_ASSERT(f);
    QSqlQuery &q =
        m_statements.get(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?").arg(payloadSql(*f), f->table));
    q.addBindValue(recordId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next()) {
        q.finish();
        return Error::of(
            tr("The journal cannot record row %1 of %2: it does not exist.").arg(recordId).arg(f->table));
    }
    const QString payload = q.value(0).toString();
    q.finish();
    return append(event, f->table, recordId, payload);
}

Status Journal::note(JournalEvent event, const QString &payload, qint64 recordId)
{
    const QString table = event == JournalEvent::User ? QStringLiteral("app_user") : QString();
    return append(event, table, recordId, payload);
}

Status Journal::append(JournalEvent event, const QString &recordTable, qint64 recordId,
                       const QString &payload)
{
    Database &db = m_session.database();
    const auto previous = head();
    if (!previous)
        return previous.error();
    if (event != JournalEvent::Genesis && previous.value().seq < 0)
        return Error::of(tr("The journal of this counter has not started: close the program and open the "
                            "database again (it starts the journal), then retry."));
    const qint64 seq = previous.value().seq + 1;
    const QString prev = seq == 0 ? QString::fromLatin1(ZeroHash) : previous.value().hash;
    const QString at = db.clock().nowUtc().toString(Qt::ISODateWithMs);
    const QString user = m_session.actor();
    const QString code = eventCode(event);
    const QString id = recordId > 0 ? QString::number(recordId) : QString();
    QSqlQuery &insert = m_statements.get(QStringLiteral(
        "INSERT INTO journal_entry (uuid, origin_site, seq, at, user_name, event, record_table, record_id, "
        "payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(insert, {createUuidV7(db.clock()), db.siteId(), seq, at, user, code, recordTable,
                     recordId > 0 ? QVariant(recordId) : sqlNull(), payload, prev,
                     entryHash(prev, seq, at, user, code, recordTable, id, payload)});
    return execOrError(insert);
}

Status Journal::verifyChain(const QString &anchor, const std::function<bool(const QString &)> &collect) const
{
    Database &db = m_session.database();
    sqlite3 *handle = db.handle();
    if (!handle)
        return Error::of(tr("The journal can only be checked on an SQLite database."));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(
            handle,
            "SELECT seq, at, user_name, event, record_table, record_id, payload, prev_hash, hash "
            "FROM journal_entry WHERE origin_site = ? ORDER BY seq",
            -1, &statement, nullptr) != SQLITE_OK)
        return Error::of(
            tr("The journal could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const QByteArray site = db.siteId().toUtf8();
    sqlite3_bind_text(statement, 1, site.constData(), int(site.size()), SQLITE_STATIC);
    QByteArray wanted = anchor.toLatin1().toLower();
    wanted.replace(' ', QByteArray());
    bool anchorFound = false;
    qint64 expected = 0;
    QByteArray previous(ZeroHash);
    Sha256 hash;
    bool more = true;
    int step = SQLITE_ROW;
    while (more && (step = sqlite3_step(statement)) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(statement, 0);
        const QByteArrayView prevHash = columnBytes(statement, 7);
        const QByteArrayView storedHash = columnBytes(statement, 8);
        const QByteArrayView event = columnBytes(statement, 3);
        if (seq != expected)
            more = collect(
                seq == expected + 1 ? tr("Journal: entry %1 is missing (the chain goes from %2 to %3).")
                                          .arg(expected)
                                          .arg(expected - 1)
                                          .arg(seq)
                : seq > expected ? tr("Journal: entries %1 to %2 are missing (the chain goes from %3 to "
                                      "%4).")
                                       .arg(expected)
                                       .arg(seq - 1)
                                       .arg(expected - 1)
                                       .arg(seq)
                                 : tr("Journal: entry %1 comes twice.").arg(seq));
        if (more && seq == 0 && event != QByteArrayView("genesis"))
            more = collect(tr("Journal: entry 0 is not the genesis entry."));
        if (more) {
            const QString code = QString::fromUtf8(event.toByteArray());
            const QString table = QString::fromUtf8(columnBytes(statement, 4).toByteArray());
            const auto format = std::find_if(formats().cbegin(), formats().cend(),
                                             [&](const Format &f) { return f.code == code; });
            const bool snapshot = code == QLatin1String("genesis") || code == QLatin1String("user") ||
                                  code == QLatin1String("archive");
            if (format == formats().cend() ? !snapshot : format->table != table)
                more = collect(tr("Journal entry %1 says it records \"%2\" of \"%3\": no such kind of event.")
                                   .arg(seq)
                                   .arg(code, table));
        }
        if (more && prevHash != QByteArrayView(previous))
            more = collect(
                tr("Journal entry %1 does not follow entry %2: an entry was inserted, removed or changed "
                   "there.")
                    .arg(seq)
                    .arg(seq - 1));
        // The entry's bytes as entryHash() writes them.
        const QByteArray number = QByteArray::number(seq);
        hash.add(prevHash);
        hash.add("\n");
        hash.add(number);
        for (int column : {1, 2, 3, 4, 5, 6}) {
            hash.add("\n");
            if (sqlite3_column_type(statement, column) != SQLITE_NULL)
                hash.add(columnBytes(statement, column));
        }
        if (more && hash.hexResult() != storedHash)
            more =
                collect(tr("Journal entry %1 (%2 of %3) was altered: its content no longer gives its hash.")
                            .arg(seq)
                            .arg(QString::fromUtf8(event.toByteArray()),
                                 QString::fromUtf8(columnBytes(statement, 1).toByteArray())));
        if (!wanted.isEmpty() && storedHash == QByteArrayView(wanted))
            anchorFound = true;
        previous = storedHash.toByteArray();
        expected = seq + 1;
    }
    sqlite3_finalize(statement);
    if (more && step != SQLITE_DONE && step != SQLITE_ROW)
        return Error::of(
            tr("The journal could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    if (!more)
        return Status::success();
    if (expected == 0 && !collect(tr("The journal has no genesis entry: it was emptied, or never started.")))
        return Status::success();
    if (!wanted.isEmpty() && !anchorFound)
        collect(tr("The chain head %1 printed on a report is not in the journal: the entries after it were "
                   "cut off or replaced, or this is not the file of that report.")
                    .arg(anchor));
    return Status::success();
}

Status Journal::verifyRecords(const std::function<bool(const QString &)> &collect) const
{
    Database &db = m_session.database();
    const QString site = db.siteId();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);

    // The genesis entry: which rows it covers, and do they still hash the same.
    QHash<QString, qint64> covered;
    q.prepare(QStringLiteral("SELECT payload FROM journal_entry WHERE origin_site = ? AND seq = 0"));
    q.addBindValue(site);
    if (Status s = execOrError(q); !s)
        return s;
    const QString genesis = q.next() ? q.value(0).toString() : QString();
    q.finish();
    for (const QString &line : genesis.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString table = fields.value(0);
        const qint64 maxId = fields.value(1).section(QLatin1Char('='), 1).toLongLong();
        covered.insert(table, maxId);
        for (const Format &f : formats()) {
            if (f.table != table)
                continue;
            const auto now = genesisLine(db, f, maxId);
            if (!now)
                return now.error();
            if (now.value() != line &&
                !collect(tr("Journal: the %1 rows the genesis entry covers (up to number %2) were changed, "
                            "removed or added since it was written.")
                             .arg(table)
                             .arg(maxId)))
                return Status::success();
        }
    }

    for (const Format &f : formats()) {
        // Entries whose row is gone or says something else now.
        // (Through the index on the record: only this table's entries are read. Which event an entry says it
        // is, against its table, is checked by the chain walk.)
        q.prepare(
            QStringLiteral("SELECT j.seq, j.record_id, t.id IS NULL, %1 FROM journal_entry j "
                           "LEFT JOIN %2 t ON t.id = j.record_id "
                           "WHERE j.record_table = '%2' AND j.record_id IS NOT NULL AND j.origin_site = ? "
                           "AND (t.id IS NULL OR j.payload IS NOT (%3)) ORDER BY j.seq")
                .arg(f.label, f.table, payloadSql(f)));
        bindAll(q, {site});
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next()) {
            const QString message =
                q.value(2).toBool()
                    ? tr("Journal entry %1 records row %2 of %3, which no longer exists (deleted).")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(1).toLongLong())
                          .arg(f.table)
                    : tr("Journal entry %1: %2 no longer says what was recorded (changed after the event).")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(3).toString());
            if (!collect(message)) {
                q.finish();
                return Status::success();
            }
        }
        q.finish();
        // Every row written after the genesis has exactly one entry of this counter: the common case,
        // answered by counts (the entries above each name an existing row, so as many rows as distinct
        // entries, all after the genesis, is a one-to-one match). Otherwise find which rows break it.
        const qint64 after = covered.value(f.table, 0);
        q.prepare(QStringLiteral(
                      "SELECT (SELECT count(*) FROM %1 WHERE id > ?), count(*), count(DISTINCT record_id), "
                      "coalesce(min(record_id), ? + 1) FROM journal_entry WHERE record_table = '%1' AND "
                      "origin_site = ? AND record_id IS NOT NULL")
                      .arg(f.table));
        bindAll(q, {after, after, site});
        if (Status s = execOrError(q); !s)
            return s;
        const bool oneEach = q.next() && q.value(0).toLongLong() == q.value(1).toLongLong() &&
                             q.value(1).toLongLong() == q.value(2).toLongLong() &&
                             q.value(3).toLongLong() > after;
        q.finish();
        if (oneEach)
            continue;
        // Another site's rows come with that site's chain (the sync); a site with no chain here wrote them
        // without the program.
        QList<std::pair<QString, qint64>> foreign;
        q.prepare(
            QStringLiteral("SELECT origin_site, count(*) FROM %1 WHERE id > ? AND origin_site <> ? GROUP BY "
                           "origin_site")
                .arg(f.table));
        bindAll(q, {after, site});
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next())
            foreign += {q.value(0).toString(), q.value(1).toLongLong()};
        q.finish();
        for (const auto &[other, rows] : std::as_const(foreign)) {
            q.prepare(QStringLiteral("SELECT 1 FROM journal_entry WHERE origin_site = ? LIMIT 1"));
            q.addBindValue(other);
            if (Status s = execOrError(q); !s)
                return s;
            const bool chained = q.next();
            q.finish();
            if (!chained &&
                !collect(tr("%1 rows of %2 say they come from the site %3, which has no journal in this "
                            "file: they were written without the program.")
                             .arg(rows)
                             .arg(f.table, other)))
                return Status::success();
        }
        q.prepare(QStringLiteral(
                      "SELECT %1, (SELECT count(*) FROM journal_entry j WHERE j.record_table = '%2' "
                      "AND j.origin_site = t.origin_site AND j.record_id = t.id AND j.event = ?) AS entries "
                      "FROM %2 t WHERE t.origin_site = ? AND t.id > ? AND entries <> 1 ORDER BY t.id")
                      .arg(f.label, f.table));
        bindAll(q, {f.code, site, covered.value(f.table, 0)});
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next()) {
            const QString message =
                q.value(1).toInt() == 0
                    ? tr("%1 has no journal entry: it was written without the program (the journal records "
                         "every financial event).")
                          .arg(q.value(0).toString())
                    : tr("%1 is recorded %2 times in the journal.")
                          .arg(q.value(0).toString())
                          .arg(q.value(1).toInt());
            if (!collect(message)) {
                q.finish();
                return Status::success();
            }
        }
        q.finish();
    }
    return Status::success();
}

} // namespace guichet
