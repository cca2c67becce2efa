#include "sync/Sync.h"

#include "common/Uuid.h"
#include "family/AuditTrail.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "sync/Central.h"
#include "sync/TableCopy.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>
#include <libpq-fe.h>
#include <limits>
#include <unistd.h>

namespace guichet {

// A change of this counter, as pushed.
struct LocalChange
{
    qint64 seq = 0;
    QString table, key, op;
    QByteArray row;  // JSON; null once the row is gone
    QByteArray base; // a versioned row: the state last agreed with the central database (JSON; null: none)
};

namespace {

// A row as JSON: every column by name (integers stay integers; a blob goes as base64 text).
QJsonObject rowJson(const QSqlQuery &q)
{
    const QSqlRecord record = q.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant v = q.value(i);
        QJsonValue value;
        if (v.isNull())
            value = QJsonValue::Null;
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            value = v.toLongLong();
        else if (v.typeId() == QMetaType::Double)
            value = v.toDouble();
        else if (v.typeId() == QMetaType::QByteArray)
            value = QString::fromLatin1(v.toByteArray().toBase64());
        else
            value = v.toString();
        row.insert(record.fieldName(i), value);
    }
    return row;
}

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 9.0e15 ? QVariant(qint64(d)) : QVariant(d);
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return sqlValue(v).toString();
    return v.toString();
}

QByteArray compact(const QJsonObject &row)
{
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

// The fields a merge compares: the row's own, references by key; not the local id, nor the version and time
// of the last change, which follow the merge.
bool merged(const QString &field, const QList<SyncReference> &refs)
{
    if (field == QLatin1String("id") || field == QLatin1String("version") ||
        field == QLatin1String("updated_at"))
        return false;
    return std::none_of(refs.cbegin(), refs.cend(),
                        [&](const SyncReference &r) { return r.column == field; });
}

} // namespace

// A change of another counter, as pulled.
struct Sync::Remote
{
    qint64 id = 0;
    QString txid, site, siteCode, table, key, op, pushedAt;
    QJsonObject row;  // empty: deleted
    QJsonObject base; // what the other counter had when it made the change (versioned rows)
};

QHash<QString, QList<SyncReference>> Sync::references(QSqlDatabase local)
{
    QHash<QString, QString> keyOf;
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        keyOf.insert(t.name, t.key);
    QHash<QString, QList<SyncReference>> map;
    QSqlQuery q(local);
    for (const TravellingTable &t : ChangeCapture::travellingTables()) {
        QList<SyncReference> refs;
        // Declared foreign keys to a row id (lot_id → wallet_movement), then the naming rule for the others
        // (household_id → household).
        if (q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t.name)))
            while (q.next()) {
                const QString table = q.value(2).toString(), column = q.value(3).toString(),
                              to = q.value(4).toString();
                if (keyOf.contains(table) && (to == QLatin1String("id") || to.isEmpty()))
                    refs += SyncReference{column, table, keyOf.value(table)};
            }
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)))
            while (q.next()) {
                const QString column = q.value(1).toString();
                if (!column.endsWith(QLatin1String("_id")) || column == QLatin1String("id"))
                    continue;
                if (std::any_of(refs.cbegin(), refs.cend(),
                                [&](const SyncReference &r) { return r.column == column; }))
                    continue;
                const QString table = column.chopped(3);
                if (keyOf.contains(table))
                    refs += SyncReference{column, table, keyOf.value(table)};
            }
        map.insert(t.name, refs);
    }
    return map;
}

Sync::Sync(Session &session, Central *central)
    : m_session(session), m_central(central), m_refs(references(session.database().connection()))
{
    QSqlQuery q(session.database().connection());
    for (const TravellingTable &t : ChangeCapture::travellingTables()) {
        QStringList columns;
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)))
            while (q.next())
                columns += q.value(1).toString();
        m_columns.insert(t.name, columns);
    }
}

Sync::~Sync() = default;

QSqlQuery &Sync::local(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &q = m_queries[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_session.database().connection());
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

Result<QJsonObject> Sync::synced(const QString &table, const QString &key)
{
    const TravellingTable *t = ChangeCapture::travelling(table);
    if (!t)
        return Error::of(tr("The table %1 does not travel.").arg(table));
    QSqlQuery &row = local(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, t->key));
    row.addBindValue(key);
    if (Status s = execOrError(row); !s)
        return s.error();
    if (!row.next()) {
        row.finish();
        return QJsonObject();
    }
    QJsonObject json = rowJson(row);
    row.finish();
    // Local row ids mean nothing on another counter: each reference travels with its row's key.
    for (const SyncReference &r : m_refs.value(table)) {
        const QJsonValue id = json.value(r.column);
        if (!id.isDouble()) {
            json.insert(r.column + QLatin1Char('.') + r.key, QJsonValue::Null);
            continue;
        }
        QSqlQuery &k = local(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(r.key, r.table));
        k.addBindValue(id.toInteger());
        if (Status s = execOrError(k); !s)
            return s.error();
        json.insert(r.column + QLatin1Char('.') + r.key,
                    k.next() ? QJsonValue(k.value(0).toString()) : QJsonValue());
        k.finish();
    }
    // As the central database gives it back: compared with what is pulled, value for value.
    return QJsonDocument::fromJson(compact(json)).object();
}

Result<QVariant> Sync::localId(const QString &table, const QString &key)
{
    const TravellingTable *t = ChangeCapture::travelling(table);
    QSqlQuery &q = local(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, t ? t->key : QString()));
    q.addBindValue(key);
    if (Status s = execOrError(q); !s)
        return s.error();
    const QVariant id = q.next() ? q.value(0) : QVariant();
    q.finish();
    if (!id.isValid())
        return Error::of(
            tr("A change names a row of %1 (%2) this counter does not have: the pull stops here; "
               "call your IT support.")
                .arg(table, key));
    return id;
}

Result<qint64> Sync::pushedSeq() const
{
    if (!m_central)
        return Error::of(tr("No central database is set for this counter."));
    QSqlQuery q(m_central->connection());
    q.prepare(QStringLiteral("SELECT pushed_seq FROM counter WHERE site_id = ?::uuid"));
    q.addBindValue(m_session.siteId());
    if (!q.exec())
        return storageError(q.lastError()).error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> Sync::waiting() const
{
    const auto pushed = pushedSeq();
    if (!pushed)
        return pushed.error();
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > ?"));
    q.addBindValue(pushed.value());
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QJsonObject> Sync::agreed(const QString &table, const QString &key)
{
    QSqlQuery &b = local(QStringLiteral("SELECT data FROM sync_base WHERE table_name = ? AND row_key = ?"));
    bindAll(b, {table, key});
    if (Status s = execOrError(b); !s)
        return s.error();
    const QJsonObject base =
        b.next() ? QJsonDocument::fromJson(b.value(0).toString().toUtf8()).object() : QJsonObject();
    b.finish();
    return base;
}

Status Sync::saveBase(const QString &table, const QString &key, const QJsonObject &row)
{
    return saveBase(table, key, compact(row));
}

Status Sync::saveBase(const QString &table, const QString &key, const QByteArray &json)
{
    QSqlQuery &q =
        local(QStringLiteral("INSERT OR REPLACE INTO sync_base (table_name, row_key, data) VALUES (?,?,?)"));
    bindAll(q, {table, key, QString::fromUtf8(json)});
    return execOrError(q);
}

QString Sync::rowsJsonSql(const QString &table) const
{
    // The sync's form of a row (synced()), built by SQLite for a whole batch at once: every column by name,
    // and each reference also by the key of the row it names.
    const TravellingTable *t = ChangeCapture::travelling(table);
    QStringList fields;
    for (const QString &column : m_columns.value(table))
        fields += QStringLiteral("'%1', t.%1").arg(column);
    for (const SyncReference &r : m_refs.value(table))
        fields +=
            QStringLiteral("'%1.%2', (SELECT %2 FROM %3 WHERE id = t.%1)").arg(r.column, r.key, r.table);
    return QStringLiteral(
               "SELECT t.%1, json_object(%2) FROM %3 t WHERE t.%1 IN (SELECT value FROM json_each(?))")
        .arg(t->key, fields.join(QStringLiteral(", ")), table);
}

Status Sync::fillRows(QList<LocalChange> &batch)
{
    // Each changed row as it stands now, and a family file's base, one query per table of the batch.
    QHash<QString, QJsonArray> keys;
    for (const LocalChange &c : std::as_const(batch))
        keys[c.table].append(c.key);
    QHash<std::pair<QString, QString>, QByteArray> rows, bases;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const TravellingTable *t = ChangeCapture::travelling(it.key());
        if (!t)
            return Error::of(tr("The table %1 does not travel.").arg(it.key()));
        const QString list = QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact));
        QSqlQuery &q = local(rowsJsonSql(it.key()));
        q.addBindValue(list);
        if (Status s = execOrError(q); !s)
            return s;
        while (q.next())
            rows.insert({it.key(), q.value(0).toString()}, q.value(1).toString().toUtf8());
        q.finish();
        if (t->merge != MergeRule::Versioned)
            continue;
        QSqlQuery &b = local(QStringLiteral("SELECT row_key, data FROM sync_base WHERE table_name = ? AND "
                                            "row_key IN (SELECT value FROM json_each(?))"));
        bindAll(b, {it.key(), list});
        if (Status s = execOrError(b); !s)
            return s;
        while (b.next())
            bases.insert({it.key(), b.value(0).toString()}, b.value(1).toString().toUtf8());
        b.finish();
    }
    for (LocalChange &c : batch) {
        c.row = rows.value({c.table, c.key});
        c.base = bases.value({c.table, c.key});
    }
    return Status::success();
}

Result<PushReport> Sync::push(const std::function<void(qint64, qint64)> &progress)
{
    if (!m_central)
        return Error::of(tr("No central database is set for this counter."));
    if (Status s = m_central->checkCounter(m_session); !s)
        return s.error();
    auto pushed = pushedSeq();
    if (!pushed)
        return pushed.error();
    QSqlQuery &last = local(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (Status s = execOrError(last); !s || !last.next())
        return storageError(last.lastError()).error();
    const qint64 lastLocal = last.value(0).toLongLong();
    last.finish();
    // A file older than what it already sent (a backup restored): its next changes would reuse sequence
    // numbers the central database holds, and be lost. Refused until someone looks.
    if (pushed.value() > lastLocal)
        return Error::of(
            tr("This counter's file is older than what it already sent to the central database "
               "(change %1 there, %2 here): was a backup restored? Nothing is sent; call your IT "
               "support before going on.")
                .arg(pushed.value())
                .arg(lastLocal));
    const auto total = waiting();
    if (!total)
        return total.error();

    PushReport report;
    report.upToSeq = pushed.value();
    QSqlDatabase central = m_central->connection();
    while (true) {
        // The next batch, each change with its row as it stands now.
        QList<LocalChange> batch;
        QSqlQuery &next = local(QStringLiteral(
            "SELECT seq, table_name, row_key, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
        bindAll(next, {report.upToSeq, BatchSize});
        if (Status s = execOrError(next); !s)
            return s.error();
        while (next.next())
            batch += LocalChange{next.value(0).toLongLong(),
                                 next.value(1).toString(),
                                 next.value(2).toString(),
                                 next.value(3).toString(),
                                 {}};
        next.finish();
        if (batch.isEmpty())
            break;
        if (Status s = fillRows(batch); !s)
            return s.error();
        // One central transaction: the changes (once each), the rows' latest state, the counter's cursor.
        if (!central.transaction())
            return storageError(central.lastError()).error();
        QSqlQuery q(central);
        QStringList values;
        for (int i = 0; i < batch.size(); ++i)
            values += QStringLiteral("(?::uuid, ?, ?, ?, ?, ?::jsonb, ?::jsonb)");
        q.prepare(QStringLiteral(
                      "INSERT INTO change (site_id, site_seq, table_name, row_key, op, data, base) VALUES ") +
                  values.join(QLatin1Char(',')) +
                  QStringLiteral(" ON CONFLICT (site_id, site_seq) DO NOTHING"));
        const auto data = [](const LocalChange &c) {
            return c.row.isNull() ? QVariant() : QVariant(QString::fromUtf8(c.row));
        };
        for (const LocalChange &c : std::as_const(batch)) {
            q.addBindValue(m_session.siteId());
            q.addBindValue(c.seq);
            q.addBindValue(c.table);
            q.addBindValue(c.key);
            q.addBindValue(c.op);
            q.addBindValue(data(c));
            q.addBindValue(c.base.isNull() ? QVariant() : QVariant(QString::fromUtf8(c.base)));
        }
        bool ok = q.exec();
        // The latest state of each row the batch touched (once per row: the last change wins).
        QHash<std::pair<QString, QString>, int> latest;
        for (int i = 0; i < batch.size(); ++i)
            latest.insert({batch.at(i).table, batch.at(i).key}, i);
        if (ok) {
            QStringList rows;
            for (int i = 0; i < latest.size(); ++i)
                rows += QStringLiteral("(?, ?, ?::jsonb, ?::uuid, ?)");
            q.prepare(QStringLiteral(
                          "INSERT INTO row_state (table_name, row_key, data, site_id, site_seq) VALUES ") +
                      rows.join(QLatin1Char(',')) +
                      QStringLiteral(
                          " ON CONFLICT (table_name, row_key) DO UPDATE SET data = excluded.data, "
                          "site_id = excluded.site_id, site_seq = excluded.site_seq, updated_at = now()"));
            for (const int i : std::as_const(latest)) {
                const LocalChange &c = batch.at(i);
                q.addBindValue(c.table);
                q.addBindValue(c.key);
                q.addBindValue(data(c));
                q.addBindValue(m_session.siteId());
                q.addBindValue(c.seq);
            }
            ok = q.exec();
        }
        if (ok) {
            q.prepare(QStringLiteral(
                "UPDATE counter SET pushed_seq = greatest(pushed_seq, ?), last_push_at = now() "
                "WHERE site_id = ?::uuid"));
            q.addBindValue(batch.last().seq);
            q.addBindValue(m_session.siteId());
            ok = q.exec();
        }
        if (!ok) {
            const Error error = storageError(q.lastError()).error();
            central.rollback();
            return error;
        }
        if (!central.commit())
            return storageError(central.lastError()).error();
        // What the central database now has is the base of the next merges (a crash before this is harmless:
        // an older base only makes this counter's own values look changed here, and they equal the
        // central's).
        Transaction transaction(m_session.database());
        if (!transaction.isActive())
            return transaction.status().error();
        for (const int i : std::as_const(latest)) {
            const LocalChange &c = batch.at(i);
            const TravellingTable *t = ChangeCapture::travelling(c.table);
            if (!t || t->merge != MergeRule::Versioned || c.row.isNull())
                continue;
            if (Status s = saveBase(c.table, c.key, c.row); !s)
                return s.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();
        report.changes += batch.size();
        report.upToSeq = batch.last().seq;
        if (progress)
            progress(report.changes, total.value());
    }
    return report;
}

Status Sync::write(const TravellingTable &table, const QString &key, const QJsonObject &row,
                   const QJsonObject &current)
{
    // An existing row gets only the columns that change (the tables' triggers judge each change: a
    // cancelled booking may not even be "cancelled again").
    const bool exists = !current.isEmpty();
    QStringList columns;
    QVariantList values;
    const QList<SyncReference> &refs = m_refs.value(table.name);
    for (const QString &column : m_columns.value(table.name)) {
        if (column == QLatin1String("id"))
            continue;
        const auto ref = std::find_if(refs.cbegin(), refs.cend(),
                                      [&](const SyncReference &r) { return r.column == column; });
        if (ref != refs.cend()) {
            const QString name = column + QLatin1Char('.') + ref->key;
            const QJsonValue target = row.value(name);
            if (target.isUndefined() || (exists && current.value(name) == target))
                continue;
            if (target.isNull()) {
                columns += column;
                values += QVariant();
                continue;
            }
            const auto id = localId(ref->table, target.toString());
            if (!id)
                return id.error();
            columns += column;
            values += id.value();
            continue;
        }
        if (!row.contains(column) || (exists && current.value(column) == row.value(column)))
            continue; // a column this counter has and the other not (yet): its default; or unchanged
        columns += column;
        values += sqlValue(row.value(column));
    }
    if (exists && columns.isEmpty())
        return Status::success();
    QString sql;
    if (exists) {
        QStringList sets;
        for (const QString &c : std::as_const(columns))
            sets += c + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                  .arg(table.name, sets.join(QStringLiteral(", ")), table.key);
        values += key;
    } else {
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table.name, columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    }
    QSqlQuery &q = local(sql);
    bindAll(q, values);
    return execOrError(q);
}

Status Sync::apply(const Remote &change, PullReport &report)
{
    const TravellingTable *table = ChangeCapture::travelling(change.table);
    if (!table)
        return Error::of(
            tr("A change of another counter is for %1, a table this program does not know: update "
               "the program on this counter.")
                .arg(change.table));
    const auto current = synced(change.table, change.key);
    if (!current)
        return current.error();
    const QJsonObject &here = current.value();
    if (change.row.isEmpty()) { // deleted there
        if (here.isEmpty() || table->merge == MergeRule::AppendOnly)
            return Status::success();
        QSqlQuery &q = local(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table->name, table->key));
        q.addBindValue(change.key);
        if (Status s = execOrError(q); !s)
            return s;
        QSqlQuery &base = local(QStringLiteral("DELETE FROM sync_base WHERE table_name = ? AND row_key = ?"));
        bindAll(base, {change.table, change.key});
        ++report.applied;
        return execOrError(base);
    }
    if (here.isEmpty() || table->merge == MergeRule::Configuration) {
        if (!here.isEmpty() && here == change.row)
            return Status::success();
        QJsonObject row = change.row;
        if (here.isEmpty() && change.table == QLatin1String("wallet_movement"))
            if (Status s = settleOverdraw(change); !s)
                return s;
        if (here.isEmpty() && change.table == QLatin1String("booking")) {
            const auto settled = settleDoubleBooking(change);
            if (!settled)
                return settled.error();
            row = settled.value();
        }
        if (Status s = write(*table, change.key, row, here); !s)
            return s;
        ++report.applied;
        if (change.table == QLatin1String("wallet_movement"))
            if (Status s = settleGivenBackTwice(change); !s)
                return s;
        if (change.table == QLatin1String("sync_resolution"))
            return applyChoice(change);
        return table->merge == MergeRule::Versioned ? saveBase(change.table, change.key, change.row)
                                                    : Status::success();
    }
    if (table->merge == MergeRule::AppendOnly)
        return Status::success(); // already here: an append-only row never changes
    if (table->merge == MergeRule::FurthestStatus)
        return mergeBooking(change, here, report);

    // A versioned row both here and there: three-way, field by field, against the state the other counter
    // made its change from. A field waiting for a clerk here stays as it is.
    // Without one (a counter that never synchronised this row: a copied file), the state this counter last
    // agreed with the central database, else this counter's own row: what differs is then the other's.
    QJsonObject base = change.base;
    if (base.isEmpty()) {
        const auto mine = agreed(change.table, change.key);
        if (!mine)
            return mine.error();
        base = mine.value().isEmpty() ? here : mine.value();
    }
    QSqlQuery &open =
        local(QStringLiteral("SELECT field FROM sync_conflict WHERE table_name = ? AND row_key = ? "
                             "AND resolved_at IS NULL"));
    bindAll(open, {change.table, change.key});
    if (Status s = execOrError(open); !s)
        return s;
    QStringList waiting;
    while (open.next())
        waiting += open.value(0).toString();
    open.finish();
    const QList<SyncReference> &refs = m_refs.value(change.table);
    QJsonObject result = here;
    bool keptHere = false; // this counter has something the central database does not
    QStringList fields = here.keys() + change.row.keys();
    fields.removeDuplicates();
    for (const QString &field : std::as_const(fields)) {
        if (!merged(field, refs))
            continue;
        const QJsonValue mine = here.value(field), theirs = change.row.value(field),
                         agreed = base.value(field);
        if (theirs == mine || theirs.isUndefined())
            continue;
        keptHere = true; // unless taken below
        if (waiting.contains(field))
            continue;
        if (theirs == agreed)
            continue;         // changed here only: it goes with the next push
        if (mine == agreed) { // changed there only
            result.insert(field, theirs);
            keptHere = false;
            continue;
        }
        // Changed on both sides: this counter's value stays until a clerk chooses.
        QSqlQuery &c = local(QStringLiteral(
            "INSERT INTO sync_conflict (table_name, row_key, field, local_value, remote_value, remote_site, "
            "remote_at, detected_at) VALUES (?,?,?,?,?,?,?,?)"));
        bindAll(c, {change.table, change.key, field, text(mine), text(theirs), change.siteCode,
                    change.pushedAt, m_session.database().clock().nowIso()});
        if (Status s = execOrError(c); !s)
            return s;
        ++report.conflicts;
    }
    // Written once, only when a field of its own changes here; the version and the time of the last change
    // then follow the newest side.
    if (result != here) {
        const qint64 version = std::max(here.value(QStringLiteral("version")).toInteger(),
                                        change.row.value(QStringLiteral("version")).toInteger());
        if (here.contains(QStringLiteral("version")))
            result.insert(QStringLiteral("version"), version + 1);
        if (change.row.value(QStringLiteral("updated_at")).toString() >
            here.value(QStringLiteral("updated_at")).toString())
            result.insert(QStringLiteral("updated_at"), change.row.value(QStringLiteral("updated_at")));
        if (Status s = write(*table, change.key, result, here); !s)
            return s;
        ++report.applied;
    }
    if (keptHere) // the merged row goes to the central database with the next push
        if (Status s = logOwnChange(change.table, change.key); !s)
            return s;
    return saveBase(change.table, change.key, change.row);
}

namespace {

// How far along its day a booking is: the furthest wins on every counter.
int dayRank(const QJsonValue &status)
{
    static const QStringList order{QStringLiteral("booked"), QStringLiteral("absent"),
                                   QStringLiteral("present"), QStringLiteral("excused"),
                                   QStringLiteral("cancelled")};
    return int(order.indexOf(status.toString()));
}

} // namespace

Status Sync::mergeBooking(const Remote &change, const QJsonObject &here, PullReport &report)
{
    // Settled on two counters (marked present here, absent there; cancelled there before the day, marked
    // here on the day): the status furthest along the day wins, with its note; what it owes is the least of
    // the two (it only goes down). The same answer on every counter, whatever the order of the pulls. The
    // tickets follow by themselves: a cancellation or an excuse gave its ticket back in a movement that
    // travels too.
    const auto status = QStringLiteral("status"), note = QStringLiteral("note"),
               owed = QStringLiteral("tickets_owed");
    const QJsonObject &there = change.row;
    QJsonObject result = here;
    if (dayRank(there.value(status)) > dayRank(here.value(status))) {
        result.insert(status, there.value(status));
        result.insert(note, there.value(note));
    }
    result.insert(owed, std::min(here.value(owed).toInteger(), there.value(owed).toInteger()));
    if (result != here) {
        result.insert(QStringLiteral("version"),
                      std::max(here.value(QStringLiteral("version")).toInteger(),
                               there.value(QStringLiteral("version")).toInteger()) +
                          1);
        if (there.value(QStringLiteral("updated_at")).toString() >
            here.value(QStringLiteral("updated_at")).toString())
            result.insert(QStringLiteral("updated_at"), there.value(QStringLiteral("updated_at")));
        if (Status s = write(*ChangeCapture::travelling(change.table), change.key, result, here); !s)
            return s;
        ++report.applied;
    }
    // A child marked present here on a day cancelled on the other counter: the ticket went back there, and
    // the child ate. The clerk hears of it, to record the child as present without a booking.
    if (here.value(status).toString() == QLatin1String("present") &&
        result.value(status).toString() == QLatin1String("cancelled")) {
        QSqlQuery &notice = local(QStringLiteral(
            "INSERT INTO sync_conflict (kind, table_name, row_key, field, local_value, remote_value, "
            "remote_site, remote_at, detected_at) VALUES ('booking', 'booking', ?, 'status', ?, 'cancelled', "
            "?, "
            "?, ?)"));
        bindAll(notice, {change.key, here.value(QStringLiteral("service_day")).toString(), change.siteCode,
                         change.pushedAt, m_session.database().clock().nowIso()});
        if (Status s = execOrError(notice); !s)
            return s;
    }
    // This counter's status was further along: it goes to the central database again, so that its copy
    // (the portal's) says so too.
    if (result.value(status) != there.value(status) || result.value(owed) != there.value(owed))
        return logOwnChange(change.table, change.key);
    return Status::success();
}

Result<bool> Sync::pushedFirst(const QString &table, const QString &key, const Remote &than)
{
    QSqlQuery q(m_central->connection());
    q.prepare(
        QStringLiteral("SELECT txid::text, id FROM change WHERE site_id = ?::uuid AND table_name = ? AND "
                       "row_key = ? ORDER BY id LIMIT 1"));
    q.addBindValue(m_session.siteId());
    q.addBindValue(table);
    q.addBindValue(key);
    if (!q.exec())
        return storageError(q.lastError()).error();
    if (!q.next()) // not sent yet: the other was first
        return false;
    const quint64 txid = q.value(0).toString().toULongLong(), theirs = than.txid.toULongLong();
    return txid < theirs || (txid == theirs && q.value(1).toLongLong() < than.id);
}

Result<QJsonObject> Sync::settleDoubleBooking(const Remote &change)
{
    QJsonObject row = change.row;
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
        return row;
    QSqlQuery &clash = local(QStringLiteral("SELECT b.id, b.uuid, b.household_id, b.child_id, b.service_day "
                                            "FROM booking b JOIN child c ON c.id = "
                                            "b.child_id JOIN activity a ON a.id = b.activity_id WHERE c.uuid "
                                            "= ? AND a.uuid = ? AND b.service_day = ? "
                                            "AND b.status <> 'cancelled'"));
    bindAll(clash, {row.value(QStringLiteral("child_id.uuid")).toString(),
                    row.value(QStringLiteral("activity_id.uuid")).toString(),
                    row.value(QStringLiteral("service_day")).toString()});
    if (Status s = execOrError(clash); !s)
        return s.error();
    if (!clash.next()) {
        clash.finish();
        return row;
    }
    const qint64 bookingId = clash.value(0).toLongLong();
    const QString uuid = clash.value(1).toString();
    MovementSource source = MovementSource::ofBooking(
        bookingId, clash.value(3).toLongLong(), QDate::fromString(clash.value(4).toString(), Qt::ISODate));
    clash.finish();
    const auto oursFirst = pushedFirst(QStringLiteral("booking"), uuid, change);
    if (!oursFirst)
        return oursFirst.error();
    if (oursFirst.value()) { // ours keeps the day: theirs arrives cancelled (its counter cancels it in turn)
        row.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        return row;
    }
    // Theirs was first: ours is cancelled.
    if (Status s = cancelOwnBooking(bookingId, uuid, source.childId, source.serviceDay, change); !s)
        return s.error();
    return row;
}

Status Sync::setApplying(bool applying)
{
    QSqlQuery &q =
        local(applying ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('sync_applying', '1')")
                       : QStringLiteral("DELETE FROM meta WHERE key = 'sync_applying'"));
    return execOrError(q);
}

Status Sync::asOwnChange(const std::function<Status()> &write)
{
    if (Status s = setApplying(false); !s)
        return s;
    if (Status s = write(); !s)
        return s; // the pull's transaction rolls back, the flag with it
    return setApplying(true);
}

Status Sync::logOwnChange(const QString &table, const QString &key)
{
    QSqlQuery &log = local(
        QStringLiteral("INSERT INTO change_log (site, table_name, row_key, op) VALUES (?, ?, ?, 'update')"));
    bindAll(log, {m_session.siteId(), table, key});
    return execOrError(log);
}

Status Sync::cancelOwnBooking(qint64 bookingId, const QString &uuid, qint64 childId, const QDate &day,
                              const Remote &because)
{
    const QString now = m_session.database().clock().nowIso();
    if (Status s = asOwnChange([&]() -> Status {
            MovementSource source = MovementSource::ofBooking(bookingId, childId, day);
            if (Status given = m_session.wallet().giveBackBooking(MovementKind::Cancellation, source); !given)
                return given;
            QSqlQuery &cancel = local(QStringLiteral("UPDATE booking SET status = 'cancelled', updated_at = "
                                                     "?, version = version + 1 WHERE id = ?"));
            bindAll(cancel, {now, bookingId});
            return execOrError(cancel);
        });
        !s)
        return s;
    QSqlQuery &notice = local(QStringLiteral(
        "INSERT INTO sync_conflict (kind, table_name, row_key, field, local_value, remote_value, "
        "remote_site, "
        "remote_at, detected_at) VALUES ('booking', 'booking', ?, 'service_day', ?, ?, ?, ?, ?)"));
    bindAll(notice, {uuid, day.toString(Qt::ISODate), because.key, because.siteCode, because.pushedAt, now});
    return execOrError(notice);
}

Status Sync::settleOverdraw(const Remote &change)
{
    const QJsonValue lot = change.row.value(QStringLiteral("lot_id.uuid"));
    const qint64 quantity = change.row.value(QStringLiteral("quantity")).toInteger();
    if (!lot.isString() || quantity >= 0)
        return Status::success();
    const auto lotId = localId(QStringLiteral("wallet_movement"), lot.toString());
    if (!lotId)
        return lotId.error();
    QSqlQuery &left =
        local(QStringLiteral("SELECT sum(quantity) FROM wallet_movement WHERE id = ? OR lot_id = ?"));
    bindAll(left, {lotId.value(), lotId.value()});
    if (Status s = execOrError(left); !s)
        return s;
    qint64 remaining = left.next() ? left.value(0).toLongLong() : 0;
    left.finish();
    if (remaining + quantity >= 0)
        return Status::success();
    // The lot's last tickets were taken here too: this counter's bookings that took them after the other's
    // take reached the central database give them back, newest first, until the other's take fits. If it
    // still does not fit, the other counter was second: it gives back in turn, and until then the lot shows
    // overdrawn here (verify says so).
    QSqlQuery &takes = local(QStringLiteral(
        "SELECT b.id, b.uuid, b.child_id, b.service_day, -m.quantity FROM wallet_movement m JOIN booking b "
        "ON b.id = "
        "m.booking_id WHERE m.lot_id = ? AND m.origin_site = ? AND m.quantity < 0 AND b.status = 'booked' "
        "AND NOT "
        "EXISTS (SELECT 1 FROM wallet_movement r WHERE r.reverses_id = m.id) ORDER BY m.id DESC"));
    bindAll(takes, {lotId.value(), m_session.siteId()});
    if (Status s = execOrError(takes); !s)
        return s;
    struct Take
    {
        qint64 bookingId;
        QString uuid;
        qint64 childId;
        QDate day;
        qint64 tickets;
    };
    QList<Take> ours;
    while (takes.next())
        ours += Take{takes.value(0).toLongLong(), takes.value(1).toString(), takes.value(2).toLongLong(),
                     QDate::fromString(takes.value(3).toString(), Qt::ISODate), takes.value(4).toLongLong()};
    takes.finish();
    for (const Take &take : std::as_const(ours)) {
        if (remaining + quantity >= 0)
            break;
        const auto first = pushedFirst(QStringLiteral("booking"), take.uuid, change);
        if (!first)
            return first.error();
        if (first.value())
            continue; // ours was first: it keeps its ticket
        if (Status s = cancelOwnBooking(take.bookingId, take.uuid, take.childId, take.day, change); !s)
            return s;
        remaining += take.tickets;
    }
    return Status::success();
}

Status Sync::settleGivenBackTwice(const Remote &change)
{
    const QString kind = change.row.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("cancellation") && kind != QLatin1String("excused"))
        return Status::success();
    // The take it gives back, and every give-back of that take not taken back yet (the one just written
    // among them), this counter's first.
    QSqlQuery &gives = local(QStringLiteral(
        "SELECT g.id, g.uuid, g.kind, g.quantity, g.origin_site = ?, -t.quantity FROM wallet_movement p "
        "JOIN wallet_movement t ON t.id = p.reverses_id JOIN wallet_movement g ON g.reverses_id = t.id "
        "WHERE p.uuid = ? AND g.quantity > 0 AND NOT EXISTS (SELECT 1 FROM wallet_movement u WHERE "
        "u.reverses_id = g.id) ORDER BY g.origin_site = ? DESC, g.id"));
    bindAll(gives, {m_session.siteId(), change.key, m_session.siteId()});
    if (Status s = execOrError(gives); !s)
        return s;
    struct GiveBack
    {
        qint64 id;
        QString uuid;
        QString kind;
        qint64 quantity;
        bool ours;
    };
    QList<GiveBack> all;
    qint64 given = 0, took = 0;
    while (gives.next()) {
        all += GiveBack{gives.value(0).toLongLong(), gives.value(1).toString(), gives.value(2).toString(),
                        gives.value(3).toLongLong(), gives.value(4).toBool()};
        given += all.last().quantity;
        took = gives.value(5).toLongLong();
    }
    gives.finish();
    // The cancellation wins over the excuse, as the booking's status does; between two of a kind, the one
    // that reached the central database first.
    for (const GiveBack &ours : std::as_const(all)) {
        if (given <= took)
            break;
        if (!ours.ours || ours.uuid == change.key)
            continue;
        bool loses = ours.kind != kind && ours.kind == QLatin1String("excused");
        if (ours.kind == kind) {
            const auto first = pushedFirst(QStringLiteral("wallet_movement"), ours.uuid, change);
            if (!first)
                return first.error();
            loses = !first.value();
        }
        if (!loses)
            continue; // the other counter takes its own back when it sees this one
        if (Status s = asOwnChange([&]() -> Status {
                if (auto undone = m_session.wallet().undoGiveBack(ours.id); !undone)
                    return undone.error();
                return Status::success();
            });
            !s)
            return s;
        given -= ours.quantity;
    }
    return Status::success();
}

Status Sync::applyChoice(const Remote &change)
{
    const QString table = change.row.value(QStringLiteral("table_name")).toString();
    const QString key = change.row.value(QStringLiteral("row_key")).toString();
    const QString field = change.row.value(QStringLiteral("field")).toString();
    const TravellingTable *t = ChangeCapture::travelling(table);
    if (!t || !m_columns.value(table).contains(field))
        return Error::of(
            tr("A clerk's choice on another counter names %1.%2, which this program does not know: "
               "update the program on this counter.")
                .arg(table, field));
    const QJsonValue value = change.row.value(QStringLiteral("value"));
    QSqlQuery &u = local(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, field, t->key));
    bindAll(u, {value.isNull() ? QVariant() : QVariant(value.toString()), key});
    if (Status s = execOrError(u); !s)
        return s;
    // Sent again from here too, so that the central database's copy says what was chosen.
    if (Status s = logOwnChange(table, key); !s)
        return s;
    // The base follows: the value chosen is what every counter agrees on.
    const auto row = synced(table, key);
    if (!row)
        return row.error();
    if (!row.value().isEmpty())
        if (Status s = saveBase(table, key, row.value()); !s)
            return s;
    QSqlQuery &close = local(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, "
                                            "chosen = 'remote' WHERE table_name = ? AND "
                                            "row_key = ? AND field = ? AND resolved_at IS NULL"));
    bindAll(close, {m_session.database().clock().nowIso(),
                    QString(change.row.value(QStringLiteral("chosen_by")).toString() + QStringLiteral(" (") +
                            change.siteCode + QLatin1Char(')')),
                    table, key, field});
    return execOrError(close);
}

Result<bool> Sync::isNewCounter(Session &session)
{
    // Never pulled, and nothing of its own that a merge would have to weigh: no family file, booking or
    // ticket. (The configuration setup seeds, and the counter's own genesis journal entry, are no obstacle.)
    QStringList probes{QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pull_txid')")};
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        if (t.merge == MergeRule::Versioned || t.merge == MergeRule::FurthestStatus ||
            t.name == QLatin1String("wallet_movement"))
            probes += QStringLiteral("NOT EXISTS (SELECT 1 FROM %1)").arg(t.name);
    QSqlQuery q(session.database().connection());
    if (!q.exec(probes.join(QStringLiteral(" AND "))))
        return storageError(q.lastError()).error();
    return q.next() && q.value(0).toBool();
}

QStringList Sync::parentsFirst() const
{
    QStringList order, left;
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        left += t.name;
    while (!left.isEmpty()) {
        const auto ready = std::find_if(left.cbegin(), left.cend(), [&](const QString &table) {
            const QList<SyncReference> refs = m_refs.value(table);
            return std::all_of(refs.cbegin(), refs.cend(), [&](const SyncReference &r) {
                return r.table == table || order.contains(r.table);
            });
        });
        const QString next = ready != left.cend() ? *ready : left.first(); // a cycle (none today): list order
        order += next;
        left.removeOne(next);
    }
    return order;
}

QList<CopyColumn> Sync::copyColumns(const QString &table) const
{
    QList<CopyColumn> columns;
    const QList<SyncReference> &refs = m_refs.value(table);
    QSqlQuery info(m_session.database().connection());
    info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (info.next()) {
        CopyColumn c;
        c.name = info.value(1).toString();
        c.notNull = info.value(3).toBool();
        c.defaultValue = info.value(4).toString();
        if (c.name == QLatin1String("id"))
            continue;
        const auto ref = std::find_if(refs.cbegin(), refs.cend(),
                                      [&](const SyncReference &r) { return r.column == c.name; });
        if (ref != refs.cend()) {
            c.refTable = ref->table;
            c.refKey = ref->key;
        }
        columns += c;
    }
    // A column that names a row by its code (a movement's kind, a diet): that row must exist.
    info.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
    while (info.next())
        for (CopyColumn &c : columns)
            if (c.name == info.value(3).toString() && c.refTable.isEmpty() &&
                !info.value(4).toString().isEmpty() && info.value(4).toString() != QLatin1String("id")) {
                c.existsIn = info.value(2).toString();
                c.existsColumn = info.value(4).toString();
            }
    return columns;
}

Result<QList<std::pair<QString, QString>>> Sync::setAsideForCopy()
{
    // The copied tables' indexes stand aside while the town is written, and are built again once it is, as
    // pg_restore writes the data before the indexes: SQLite builds an index of millions of rows by sorting
    // them, far faster than it keeps it up row by row. All in the pull's transaction: an index built again
    // still refuses a duplicate, and then nothing is committed. Their keys (uuid) stay, and so do the indexes
    // of the few rows (a purchase, a credit note, a refund, a roll-over, a give-back, a booking still owing
    // tickets, among millions of bookings and their tickets): kept up row by row they cost a test of each
    // row, where building them again would read the whole ledger or all bookings once each (some 2 s of a
    // 12,000-household town); and the ledger's rule reads the give-backs' one for each give-back taken back.
    // The capture triggers stand aside too (ChangeCapture::install puts them back): while a pull writes, they
    // record nothing, but each still ran for every row to find that out (some 2 s of a 12,000-household
    // town).
    QStringList copied;
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        if (t.merge != MergeRule::Configuration)
            copied += QLatin1Char('\'') + t.name + QLatin1Char('\'');
    QSqlQuery q(m_session.database().connection());
    static const QString fewRows = QStringLiteral(
        "'wallet_movement_invoice_line', 'wallet_movement_credit_note_line', 'wallet_movement_refund_line', "
        "'wallet_movement_rollover', 'wallet_movement_reverses', 'booking_owed'");
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND name NOT IN (%1) AND tbl_name IN (%2) ORDER BY name")
                    .arg(fewRows, copied.join(QLatin1Char(',')))))
        return storageError(q.lastError()).error();
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[name, sql] : std::as_const(indexes))
        if (!q.exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return storageError(q.lastError()).error();
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        if (t.merge != MergeRule::Configuration &&
            !q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1")
                        .arg(ChangeCapture::triggerName(t.name, QStringLiteral("insert")))))
            return storageError(q.lastError()).error();
    // The count of each lot's tickets left stands aside too, built again at the end from the whole ledger
    // (WalletService::recountLotsLeft): a pull writes millions of movements and checks none of them against
    // it. It comes back last, after the indexes.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                               "'wallet_movement_lot_left'")))
        return storageError(q.lastError()).error();
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS wallet_movement_lot_left")))
        return storageError(q.lastError()).error();
    return indexes;
}

Result<bool> Sync::pullSnapshot(const std::function<void(qint64)> &progress, PullReport &report)
{
    const auto fresh = isNewCounter(m_session);
    if (!fresh || !fresh.value())
        return fresh;
    // Every row as it stands on the central database (row_state), read in one repeatable-read transaction:
    // one consistent state of the town. The cursor then starts at that snapshot: the changes it already
    // shows are skipped by the next pulls (pg_visible_in_snapshot), every later one is taken. Written here in
    // one local transaction: a pull interrupted anywhere leaves the counter as new as it was, and the next
    // one starts again.
    QSqlDatabase central = m_central->connection();
    const QVariant pg = central.driver()->handle();
    if (!pg.isValid() || qstrcmp(pg.typeName(), "pg_conn*") != 0 || !m_session.database().handle())
        return Error::of(tr("The sync needs the PostgreSQL and SQLite drivers of Qt (libqt6sql6-psql, "
                            "libqt6sql6-sqlite)."));
    // Whole results (no single-row mode): the connection is free for TableCopy after each query.
    QSqlQuery c(central);
    if (!c.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return storageError(c.lastError()).error();
    const auto endRead = qScopeGuard([&] { QSqlQuery(central).exec(QStringLiteral("ROLLBACK")); });
    // Each table's rows are one long scan whose cost is taking the fields out of the JSON: compiling it (JIT,
    // on by default for costly queries) only delays its first row. The rows are wanted in key order: the
    // primary key (table_name, row_key) hands them so from the first one, while the planner, for a table of
    // millions, prefers to read the whole of row_state and sort it — a wait of half a minute before the
    // first row of each (measured on a 12,000-household town) instead of rows written while they come.
    if (!c.exec(QStringLiteral("SET LOCAL jit = off")) ||
        !c.exec(QStringLiteral("SET LOCAL enable_sort = off")))
        return storageError(c.lastError()).error();
    if (!c.exec(QStringLiteral(
            "SELECT pg_current_snapshot()::text, pg_snapshot_xmin(pg_current_snapshot())::text")) ||
        !c.next())
        return storageError(c.lastError()).error();
    const QString snapshot = c.value(0).toString();
    const quint64 xmin = c.value(1).toString().toULongLong();
    c.finish();

    // The town's pages are all new to this file: written once, into it, rather than into the log and again
    // at the checkpoint (on a 12,000-household town the commit took 16 s in WAL mode, 5 s so). With the
    // window open on the file too, it stays in WAL mode.
    const bool rollbackJournal = m_session.database().useRollbackJournal();
    const auto usual = qScopeGuard([&] { m_session.database().restoreUsualSettings(); });
    // A town's tables outgrow the usual page cache. A page SQLite has to set down goes into the file with
    // the rollback journal, and is read back like any other: 256 MiB then (a 1 GiB cache was no faster on
    // the 12,000-household town, and took 1.5 GB of memory instead of 0.7). In WAL mode it goes into the log,
    // slower to read back: an eighth of the memory then, at most 1 GiB. The foreign keys are not checked
    // row by row meanwhile: every reference is the id of the row its key names, looked up in that table
    // (TableCopy), and the columns that name a local table's code are checked there too (copyColumns).
    // Each statement of the copy keeps the pages it changes aside, to be undone alone (the statement
    // journal): that journal stays in memory, as temp_store is MEMORY when the transaction begins (in a
    // temporary file it took 3.5 GB of writes on a 12,000-household town: a tenth of the pull). The index
    // builds' sorts, after the copy, go to temporary files (temp_store FILE), on two threads. (These pragmas
    // only take effect outside a transaction: before this one begins.)
    const qint64 memoryKiB = qint64(sysconf(_SC_PHYS_PAGES)) * qint64(sysconf(_SC_PAGE_SIZE)) / 1024;
    const qint64 cacheKiB =
        rollbackJournal ? qint64(262144) : std::clamp(memoryKiB / 8, qint64(262144), qint64(1048576));
    QSqlQuery pragma(m_session.database().connection());
    for (const QString &set :
         {QStringLiteral("cache_size = -%1").arg(cacheKiB), QStringLiteral("foreign_keys = OFF"),
          QStringLiteral("temp_store = MEMORY"), QStringLiteral("threads = 2")})
        pragma.exec(QStringLiteral("PRAGMA ") + set);
    Transaction transaction(m_session.database());
    if (!transaction.isActive())
        return transaction.status().error();
    if (Status s = setApplying(true); !s)
        return s.error();
    const auto aside = setAsideForCopy();
    if (!aside)
        return aside.error();
    TableCopy copier(*static_cast<PGconn *const *>(pg.constData()), m_session.database().handle());
    for (const QString &name : parentsFirst()) {
        const TravellingTable &table = *ChangeCapture::travelling(name);
        if (table.merge != MergeRule::Configuration) {
            const qint64 before = report.applied;
            const auto copied = copier.copy(name, table.key, copyColumns(name), m_session.siteId(),
                                            table.merge == MergeRule::Versioned, [&](qint64 rows) {
                                                if (progress)
                                                    progress(before + rows);
                                            });
            if (!copied)
                return copied.error();
            report.applied += copied.value();
            report.changes += copied.value();
            continue;
        }
        // The configuration (a few rows) merges row by row: setup seeded some of it already.
        c.prepare(QStringLiteral("SELECT s.row_key, s.data::text, k.code FROM row_state s JOIN counter k ON "
                                 "k.site_id = s.site_id WHERE s.table_name = ? AND s.data IS NOT NULL AND "
                                 "s.site_id <> ?::uuid ORDER BY s.row_key"));
        bindAll(c, {name, m_session.siteId()});
        if (!c.exec())
            return storageError(c.lastError()).error();
        QList<Remote> rows;
        while (c.next()) {
            Remote r;
            r.table = name;
            r.key = c.value(0).toString();
            r.row = QJsonDocument::fromJson(c.value(1).toString().toUtf8()).object();
            r.siteCode = c.value(2).toString();
            rows += r;
        }
        c.finish();
        for (const Remote &r : std::as_const(rows)) {
            if (Status s = apply(r, report); !s)
                return s.error();
            ++report.changes;
        }
        if (table.key == QLatin1String("uuid"))
            if (Status s = copier.index(name); !s)
                return s.error();
    }
    pragma.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    for (const auto &[name, sql] : aside.value()) {
        QSqlQuery create(m_session.database().connection());
        if (!create.exec(sql))
            return Error::of(
                tr("The central database's rows break a rule of this counter (%1: %2): the first "
                   "sync stops and nothing is written here; call your IT support with this message.")
                    .arg(name, create.lastError().databaseText()));
    }
    if (Status s = m_session.wallet().recountLotsLeft(); !s)
        return s.error();
    if (Status s = ChangeCapture::install(m_session.database()); !s)
        return s.error();
    if (Status s = setApplying(false); !s)
        return s.error();
    QSqlQuery &cursor =
        local(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)"));
    bindAll(cursor, {QStringLiteral("sync_pull_snapshot"), snapshot, QStringLiteral("sync_pull_txid"),
                     QString::number(xmin - 1), QStringLiteral("sync_pull_id"),
                     QString::number(std::numeric_limits<qint64>::max())});
    if (Status s = execOrError(cursor); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return true;
}

Result<PullReport> Sync::pull(const std::function<void(qint64)> &progress)
{
    if (!m_central)
        return Error::of(tr("No central database is set for this counter."));
    if (Status s = m_central->checkCounter(m_session); !s)
        return s.error();
    Database &db = m_session.database();
    PullReport report;
    // A new counter takes the town as it stands, not its whole history.
    if (const auto snapshot = pullSnapshot(progress, report); !snapshot)
        return snapshot.error();
    QSqlQuery q(m_central->connection());
    q.setForwardOnly(true);
    while (true) {
        QSqlQuery &cursor = local(
            QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'sync_pull_txid'), (SELECT value FROM "
                           "meta WHERE key = "
                           "'sync_pull_id'), (SELECT value FROM meta WHERE key = 'sync_pull_snapshot')"));
        if (Status s = execOrError(cursor); !s || !cursor.next())
            return storageError(cursor.lastError()).error();
        const QString afterTxid = cursor.value(0).isNull() ? QStringLiteral("0") : cursor.value(0).toString();
        const qint64 afterId = cursor.value(1).toLongLong();
        const QVariant snapshot = cursor.value(2);
        cursor.finish();
        // Only transactions older than every one still running: none of them can still commit below us.
        // After a first pull of the whole town, the changes its snapshot already showed are not taken again.
        q.prepare(QStringLiteral(
            "SELECT c.id, c.txid::text, c.site_id::text, k.code, c.table_name, c.row_key, c.op, "
            "c.data::text, "
            "to_char(c.pushed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), c.base::text "
            "FROM change c JOIN "
            "counter k ON k.site_id = c.site_id WHERE c.site_id <> ?::uuid AND c.txid < "
            "pg_snapshot_xmin(pg_current_snapshot()) AND (c.txid, c.id) > (?::xid8, ?) AND NOT "
            "coalesce(pg_visible_in_snapshot(c.txid, ?::pg_snapshot), false) ORDER BY c.txid, c.id LIMIT ?"));
        q.addBindValue(m_session.siteId());
        q.addBindValue(afterTxid);
        q.addBindValue(afterId);
        q.addBindValue(snapshot);
        q.addBindValue(BatchSize);
        if (!q.exec())
            return storageError(q.lastError()).error();
        QList<Remote> batch;
        while (q.next()) {
            Remote r;
            r.id = q.value(0).toLongLong();
            r.txid = q.value(1).toString();
            r.site = q.value(2).toString();
            r.siteCode = q.value(3).toString();
            r.table = q.value(4).toString();
            r.key = q.value(5).toString();
            r.op = q.value(6).toString();
            if (!q.value(7).isNull())
                r.row = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
            r.pushedAt = q.value(8).toString();
            if (!q.value(9).isNull())
                r.base = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
            batch += r;
        }
        q.finish();
        if (batch.isEmpty())
            break;
        // One local transaction: the rows, the conflicts and the cursor; the capture triggers stand aside
        // (these changes are the other counters', not this one's to send).
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.status().error();
        if (Status s = setApplying(true); !s)
            return s.error();
        for (const Remote &r : std::as_const(batch))
            if (Status s = apply(r, report);
                !s) // nothing of the batch stays: the next pull starts from it again
                return Error::of(
                    tr("A change of counter %1 (%2 %3) cannot be written here: %4 The sync stops "
                       "before it; this counter goes on. Call your IT support with this message.")
                        .arg(r.siteCode, r.table, r.key, s.error().message));
        if (Status s = setApplying(false); !s)
            return s.error();
        QSqlQuery &move =
            local(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)"));
        bindAll(move, {QStringLiteral("sync_pull_txid"), batch.last().txid, QStringLiteral("sync_pull_id"),
                       QString::number(batch.last().id)});
        if (Status s = execOrError(move); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        report.changes += batch.size();
        if (progress)
            progress(report.changes);
    }
    if (Status s = recordOnlinePayments(report); !s)
        return s.error();
    return report;
}

Result<PushReport> Sync::pushRecorded(const PullReport &pulled)
{
    if (pulled.onlinePayments == 0)
        return PushReport{};
    return push();
}

Status Sync::recordOnlinePayments(PullReport &report)
{
    QSqlQuery pending(m_central->connection());
    pending.prepare(
        QStringLiteral("SELECT uuid::text, invoice_uuid, amount_cents, reference FROM portal_payment "
                       "WHERE site_id = ?::uuid AND status = 'pending' ORDER BY id"));
    pending.addBindValue(m_session.siteId());
    if (!pending.exec())
        return storageError(pending.lastError());
    struct Online
    {
        QString uuid, invoice;
        Money amount;
        QString reference;
    };
    QList<Online> payments;
    while (pending.next())
        payments += Online{pending.value(0).toString(), pending.value(1).toString(),
                           Money::fromCents(pending.value(2).toLongLong()), pending.value(3).toString()};
    for (const Online &p : std::as_const(payments)) {
        // Recorded here already (the mark on the central database was lost with a cut): only the mark.
        QSqlQuery &done =
            local(QStringLiteral("SELECT r.number FROM payment p JOIN receipt r ON r.id = "
                                 "p.receipt_id WHERE p.method = 'online' AND p.card_reference = ?"));
        done.addBindValue(p.reference);
        if (Status s = execOrError(done); !s)
            return s;
        QString receipt = done.next() ? done.value(0).toString() : QString();
        done.finish();
        QString refused;
        if (receipt.isEmpty()) {
            const auto invoiceId = localId(QStringLiteral("invoice"), p.invoice);
            if (!invoiceId)
                return invoiceId.error();
            const auto invoice = m_session.sales().invoice(invoiceId.value().toLongLong());
            if (!invoice)
                return invoice.error();
            if (!invoice.value().canBePaid() || invoice.value().due < p.amount) {
                refused =
                    tr("Invoice %1 was paid or cancelled at the counter before this online payment "
                       "reached it (%2 due, %3 paid online): the régie refunds the family.")
                        .arg(invoice.value().number, invoice.value().due.toString(), p.amount.toString());
            } else {
                const auto recorded = m_session.sales().recordOnlinePayment(
                    invoiceId.value().toLongLong(), p.amount, p.reference, tr("Families' portal"));
                if (!recorded) { // no till open, the day closed: it waits for the next sync
                    report.onlineWaiting = recorded.error().message;
                    continue;
                }
                receipt = recorded.value().receiptNumber;
                ++report.onlinePayments;
            }
        }
        if (!refused.isEmpty())
            ++report.onlineRefused;
        QSqlQuery mark(m_central->connection());
        mark.prepare(
            QStringLiteral("UPDATE portal_payment SET status = ?, receipt_number = ?, note = ? WHERE "
                           "uuid = ?::uuid AND status = 'pending'"));
        bindAll(mark, {refused.isEmpty() ? QStringLiteral("recorded") : QStringLiteral("refused"),
                       receipt.isEmpty() ? QVariant() : QVariant(receipt),
                       refused.isEmpty() ? QVariant() : QVariant(refused), p.uuid});
        if (!mark.exec())
            return storageError(mark.lastError());
    }
    return Status::success();
}

Result<int> Sync::openConflicts(Session &session)
{
    QSqlQuery q(session.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")) || !q.next())
        return storageError(q.lastError()).error();
    return q.value(0).toInt();
}

Result<QList<SyncConflict>> Sync::conflicts() const
{
    // Each row named as the clerk knows it: a family by its file, a person by name, a booking by child and
    // activity.
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral(
            "SELECT k.id, k.kind, k.table_name, k.row_key, k.field, k.local_value, k.remote_value, "
            "k.remote_site, "
            "k.remote_at, k.detected_at, CASE k.table_name "
            "WHEN 'household' THEN (SELECT file_number || ' ' || name FROM household WHERE uuid = k.row_key) "
            "WHEN 'guardian' THEN (SELECT first_name || ' ' || last_name FROM guardian WHERE uuid = "
            "k.row_key) "
            "WHEN 'child' THEN (SELECT first_name || ' ' || last_name FROM child WHERE uuid = k.row_key) "
            "WHEN 'booking' THEN (SELECT c.first_name || ' ' || c.last_name || ' — ' || a.name FROM booking "
            "b JOIN "
            "child c ON c.id = b.child_id JOIN activity a ON a.id = b.activity_id WHERE b.uuid = k.row_key) "
            "END "
            "FROM sync_conflict k WHERE k.resolved_at IS NULL ORDER BY k.id")))
        return storageError(q.lastError()).error();
    QList<SyncConflict> list;
    while (q.next()) {
        SyncConflict c{q.value(0).toLongLong(),    q.value(1).toString(),     q.value(2).toString(),
                       q.value(3).toString(),      q.value(4).toString(),     QString(),
                       q.value(5).toString(),      q.value(6).toString(),     q.value(7).toString(),
                       instantFromIso(q.value(8)), instantFromIso(q.value(9))};
        c.rowLabel = q.value(10).isNull() ? c.table : q.value(10).toString();
        list += c;
    }
    return list;
}

Status Sync::resolve(qint64 conflictId, bool takeRemote)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = local(
        QStringLiteral("SELECT table_name, row_key, field, remote_value, local_value, remote_site, kind "
                       "FROM sync_conflict WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(conflictId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("This conflict does not exist or was already resolved."));
    const QString table = q.value(0).toString(), key = q.value(1).toString(), field = q.value(2).toString();
    const QVariant remote = q.value(3);
    const QString here = q.value(4).toString(), remoteSite = q.value(5).toString();
    const bool notice = q.value(6).toString() == QLatin1String("booking");
    q.finish();
    if (notice) { // a day booked first elsewhere: nothing to choose, only to know
        QSqlQuery &seen = local(QStringLiteral(
            "UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, chosen = 'remote' WHERE id = ?"));
        bindAll(seen, {db.clock().nowIso(), m_session.actor(), conflictId});
        if (Status s = execOrError(seen); !s)
            return s;
        return transaction.commit();
    }
    const TravellingTable *t = ChangeCapture::travelling(table);
    if (!t)
        return Error::of(tr("The table %1 does not travel.").arg(table));
    if (takeRemote) {
        QSqlQuery &u = local(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, field, t->key));
        bindAll(u, {remote, key});
        if (Status s = execOrError(u); !s)
            return s;
    }
    // The choice travels: every counter sets the field to the value chosen and closes its own conflict.
    const auto row = synced(table, key);
    if (!row)
        return row.error();
    QSqlQuery &choice = local(QStringLiteral("INSERT INTO sync_resolution (uuid, origin_site, table_name, "
                                             "row_key, field, value, chosen_by, chosen_at) "
                                             "VALUES (?,?,?,?,?,?,?,?)"));
    const QJsonValue value = row.value().value(field);
    bindAll(choice,
            {createUuidV7(db.clock()), db.siteId(), table, key, field,
             value.isNull() ? QVariant() : QVariant(text(value)), m_session.actor(), db.clock().nowIso()});
    if (Status s = execOrError(choice); !s)
        return s;
    // The family's history says what was chosen, by whom, against which counter's value.
    QSqlQuery &family =
        local(QStringLiteral("SELECT CASE ? WHEN 'household' THEN (SELECT id FROM household WHERE uuid = ?) "
                             "WHEN 'guardian' THEN (SELECT household_id FROM guardian WHERE uuid = ?) "
                             "WHEN 'child' THEN (SELECT min(l.household_id) FROM household_child l JOIN "
                             "child c ON c.id = l.child_id "
                             "WHERE c.uuid = ?) END"));
    bindAll(family, {table, key, key, key});
    if (Status s = execOrError(family); !s)
        return s;
    const qint64 householdId = family.next() ? family.value(0).toLongLong() : 0;
    family.finish();
    if (householdId != 0) {
        const QString kept = takeRemote ? remote.toString() : here;
        const QString dropped = takeRemote ? here : remote.toString();
        if (Status s = AuditTrail(m_session).record(householdId, QStringLiteral("sync"),
                                                    tr("with %1").arg(remoteSite), field, dropped, kept);
            !s)
            return s;
    }
    QSqlQuery &done = local(
        QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolved_by = ?, chosen = ? WHERE id = ?"));
    bindAll(done, {db.clock().nowIso(), m_session.actor(),
                   takeRemote ? QStringLiteral("remote") : QStringLiteral("local"), conflictId});
    if (Status s = execOrError(done); !s)
        return s;
    return transaction.commit();
}

} // namespace guichet
