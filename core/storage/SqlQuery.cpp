#include "storage/SqlQuery.h"

#include "storage/Database.h"

#include <QCoreApplication>

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

} // namespace guichet
