#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlQuery>

namespace guichet {

Transaction::Transaction(Database &database) : m_database(database)
{
    const int depth = m_database.transactionDepth();
    QSqlQuery q(m_database.connection());
    const QString sql =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(depth);
    if (q.exec(sql)) {
        m_active = true;
        m_savepoint = depth;
        ++m_database.transactionDepth();
    } else {
        m_status = storageError(q.lastError());
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? storageError(QSqlError()) : m_status;
    QSqlQuery q(m_database.connection());
    const QString sql =
        m_savepoint == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_savepoint);
    if (!q.exec(sql)) {
        m_status = storageError(q.lastError());
        rollback();
        return m_status;
    }
    m_active = false;
    --m_database.transactionDepth();
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_database.connection());
    if (m_savepoint == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_savepoint));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_savepoint));
    }
    m_active = false;
    --m_database.transactionDepth();
}

} // namespace guichet
