#include "storage/SqlQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace guichet {

namespace {
struct StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

QSqlQuery &StatementCache::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            qWarning("Cannot prepare: %s", qPrintable(query->lastError().text()));
        it = m_queries.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Status storageError(const QSqlError &error)
{
    qWarning("Storage error: %s", qPrintable(error.text()));
    const QString native = error.nativeErrorCode();
    // SQLite primary codes: 5 BUSY, 6 LOCKED, 8 READONLY, 11 CORRUPT, 13 FULL.
    const int code = native.toInt() & 0xFF;
    switch (code) {
    case 5:
    case 6:
        return Error::of(StorageMessages::tr("The database is busy with another operation. Wait a moment "
                                             "and try again; nothing was saved."));
    case 8:
        return Error::of(StorageMessages::tr("The database is read-only: nothing was saved. Ask your IT "
                                             "support to give this account write access."));
    case 11:
        return Error::of(
            StorageMessages::tr("The database is damaged: nothing was saved. Stop working on "
                                "this computer and call your IT support to restore the backup."));
    case 13:
        return Error::of(StorageMessages::tr("The disk is full: nothing was saved. Free some space and try "
                                             "again."));
    default:
        return Error::of(StorageMessages::tr("The database refused the operation; nothing was saved. Try "
                                             "again, and if it happens again send the program's log to your "
                                             "IT support."));
    }
}

Status execOrError(QSqlQuery &query)
{
    if (query.exec())
        return Status::success();
    return storageError(query.lastError());
}

QVariant sqlNull()
{
    return QVariant::fromValue(nullptr);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? sqlNull() : QVariant(value);
}

namespace {
void bindOne(QSqlQuery &query, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}
} // namespace

void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bindOne(query, v);
}

void bindAll(QSqlQuery &query, const QList<QVariant> &values)
{
    for (const QVariant &v : values)
        bindOne(query, v);
}

DirectInsert::DirectInsert(const Database &database, const char *sql) : m_handle(database.handle())
{
    const QByteArray text(sql);
    const qsizetype values = text.lastIndexOf(" VALUES ");
    Q_ASSERT(values > 0);
    m_into = text.left(values + 8);
    m_row = text.mid(values + 8).trimmed();
}

DirectInsert &DirectInsert::kept(std::unique_ptr<DirectInsert> &slot, const Database &database,
                                 const char *sql)
{
    if (!slot || slot->m_handle != database.handle())
        slot = std::make_unique<DirectInsert>(database, sql);
    return *slot;
}

DirectInsert::~DirectInsert()
{
    for (const auto &[rows, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *DirectInsert::statement(int rows)
{
    sqlite3_stmt *&prepared = m_statements[rows];
    if (!prepared && m_handle) {
        QByteArray sql = m_into + m_row;
        for (int i = 1; i < rows; ++i)
            sql += ", " + m_row;
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                               &prepared, nullptr) != SQLITE_OK)
            prepared = nullptr;
    }
    return prepared;
}

Status DirectInsert::failure() const
{
    if (!m_handle)
        return storageError(
            QSqlError(QStringLiteral("no SQLite connection"), {}, QSqlError::ConnectionError));
    return storageError(QSqlError(QStringLiteral("direct insert"),
                                  QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                                  QString::number(sqlite3_extended_errcode(m_handle))));
}

Status DirectInsert::insert(const QList<DirectValue> &values)
{
    sqlite3_stmt *one = statement(1);
    if (!one)
        return failure();
    const int columns = sqlite3_bind_parameter_count(one);
    Q_ASSERT(columns > 0 && values.size() % columns == 0);
    const qsizetype rows = values.size() / columns;
    for (qsizetype done = 0; done < rows;) {
        // 64 rows a statement, the rest by 16, 4 and 1: four statements prepared, whatever the count.
        const qsizetype left = rows - done;
        const int n = left >= 64 ? 64 : left >= 16 ? 16 : left >= 4 ? 4 : 1;
        sqlite3_stmt *st = statement(n);
        if (!st)
            return failure();
        const DirectValue *v = values.constData() + done * columns;
        for (int parameter = 1; parameter <= n * columns; ++parameter, ++v) {
            switch (v->kind) {
            case DirectValue::Kind::Null:
                sqlite3_bind_null(st, parameter);
                break;
            case DirectValue::Kind::Integer:
                sqlite3_bind_int64(st, parameter, v->integer);
                break;
            case DirectValue::Kind::Text: // bound in place: the values outlive the step
                sqlite3_bind_text(st, parameter, v->text.constData(), int(v->text.size()), SQLITE_STATIC);
                break;
            }
        }
        const int stepped = sqlite3_step(st);
        const Status outcome = stepped == SQLITE_DONE ? Status::success() : failure(); // before the reset
        sqlite3_reset(st);
        sqlite3_clear_bindings(st); // the texts were bound in place: no pointer outlives this call
        if (!outcome)
            return outcome;
        done += n;
    }
    return Status::success();
}

} // namespace guichet
