#include "sync/Sync.h"

#include "session/Session.h"
#include "storage/ChangeCapture.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "sync/Central.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace guichet {

namespace {

struct LocalChange
{
    qint64 seq = 0;
    QString table, key, op;
    QByteArray data; // JSON, or empty once the row is gone
};

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

} // namespace

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

Sync::Sync(Session &session, Central &central) : m_session(session), m_central(central) {}

Result<qint64> Sync::pushedSeq() const
{
    QSqlQuery q(m_central.connection());
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

Result<PushReport> Sync::push(const std::function<void(qint64, qint64)> &progress)
{
    if (Status s = m_central.checkCounter(m_session); !s)
        return s.error();
    auto pushed = pushedSeq();
    if (!pushed)
        return pushed.error();
    QSqlQuery local(m_session.database().connection());
    local.setForwardOnly(true);
    if (!local.exec(QStringLiteral("SELECT coalesce(max(seq), 0), count(*) FROM change_log")) ||
        !local.next())
        return storageError(local.lastError()).error();
    const qint64 lastLocal = local.value(0).toLongLong();
    local.finish();
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
    QHash<QString, QString> keyOf;
    for (const TravellingTable &t : ChangeCapture::travellingTables())
        keyOf.insert(t.name, t.key);
    QHash<QString, std::shared_ptr<QSqlQuery>> rowQueries, keyQueries;
    const QHash<QString, QList<SyncReference>> refs = references(m_session.database().connection());

    PushReport report;
    report.upToSeq = pushed.value();
    QSqlDatabase central = m_central.connection();
    while (true) {
        // The next batch, each change with its row as it stands now.
        QList<LocalChange> batch;
        local.prepare(QStringLiteral(
            "SELECT seq, table_name, row_key, op FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
        local.addBindValue(report.upToSeq);
        local.addBindValue(BatchSize);
        if (Status s = execOrError(local); !s)
            return s.error();
        while (local.next())
            batch += LocalChange{local.value(0).toLongLong(),
                                 local.value(1).toString(),
                                 local.value(2).toString(),
                                 local.value(3).toString(),
                                 {}};
        local.finish();
        if (batch.isEmpty())
            break;
        for (LocalChange &c : batch) {
            std::shared_ptr<QSqlQuery> &row = rowQueries[c.table];
            if (!row) {
                row = std::make_shared<QSqlQuery>(m_session.database().connection());
                row->setForwardOnly(true);
                if (!row->prepare(
                        QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(c.table, keyOf.value(c.table))))
                    return storageError(row->lastError()).error();
            }
            row->addBindValue(c.key);
            if (Status s = execOrError(*row); !s)
                return s.error();
            if (!row->next()) {
                row->finish();
                continue;
            }
            QJsonObject json = rowJson(*row);
            row->finish();
            // Local row ids mean nothing on another counter: each reference travels with its row's uuid.
            for (const SyncReference &r : refs.value(c.table)) {
                const QJsonValue id = json.value(r.column);
                if (!id.isDouble())
                    continue;
                std::shared_ptr<QSqlQuery> &key = keyQueries[r.table];
                if (!key) {
                    key = std::make_shared<QSqlQuery>(m_session.database().connection());
                    key->setForwardOnly(true);
                    if (!key->prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(r.key, r.table)))
                        return storageError(key->lastError()).error();
                }
                key->addBindValue(id.toInteger());
                if (Status s = execOrError(*key); !s)
                    return s.error();
                if (key->next())
                    json.insert(r.column + QStringLiteral(".") + r.key, key->value(0).toString());
                key->finish();
            }
            c.data = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        // One central transaction: the changes (once each), the rows' latest state, the counter's cursor.
        if (!central.transaction())
            return storageError(central.lastError()).error();
        QSqlQuery q(central);
        QStringList values;
        for (int i = 0; i < batch.size(); ++i)
            values += QStringLiteral("(?::uuid, ?, ?, ?, ?, ?::jsonb)");
        q.prepare(
            QStringLiteral("INSERT INTO change (site_id, site_seq, table_name, row_key, op, data) VALUES ") +
            values.join(QLatin1Char(',')) + QStringLiteral(" ON CONFLICT (site_id, site_seq) DO NOTHING"));
        for (const LocalChange &c : std::as_const(batch)) {
            q.addBindValue(m_session.siteId());
            q.addBindValue(c.seq);
            q.addBindValue(c.table);
            q.addBindValue(c.key);
            q.addBindValue(c.op);
            q.addBindValue(c.data.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(c.data)));
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
                q.addBindValue(c.data.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(c.data)));
                q.addBindValue(m_session.siteId());
                q.addBindValue(c.seq);
            }
            ok = q.exec();
        }
        if (ok) {
            q.prepare(QStringLiteral("UPDATE counter SET pushed_seq = greatest(pushed_seq, ?), last_push_at "
                                     "= now() WHERE site_id = ?::uuid"));
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
        report.changes += batch.size();
        report.upToSeq = batch.last().seq;
        if (progress)
            progress(report.changes, total.value());
    }
    return report;
}

} // namespace guichet
