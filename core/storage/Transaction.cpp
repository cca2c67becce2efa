#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace guichet {

Transaction::Transaction(Database &database) : m_database(database)
{
    if (m_database.isReadOnly()) {
        m_status = Error::of(Database::tr("The database was opened for reading only (a read command): "
                                          "nothing was saved."));
        return;
    }
    // A write inside a read snapshot would be rolled back with the snapshot, after reporting success.
    if (m_database.inReadSnapshot()) {
        qWarning("A write transaction was started inside a read snapshot; refused");
        m_status = storageError(QSqlError());
        return;
    }
    const int depth = m_database.transactionDepth();
    if (depth > 0 && m_database.batch().open) {
        m_active = m_joined = true;
        m_savepoint = depth;
        ++m_database.transactionDepth();
        return;
    }
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
    if (m_joined) {
        m_active = false;
        --m_database.transactionDepth();
        return Status::success();
    }
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
    if (m_joined) { // what it wrote stays in the batch's transaction: the batch must not commit
        Status &first = m_database.batch().firstFailure;
        if (first)
            first = Error::of(Database::tr("An action of the batch failed: nothing of the batch was saved."));
        m_active = false;
        --m_database.transactionDepth();
        return;
    }
    QSqlQuery q(m_database.connection());
    // A failed rollback leaves nothing to do but say so: the connection rolls back when it closes.
    const auto exec = [&q](const QString &sql) {
        if (!q.exec(sql))
            qWarning("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    };
    if (m_savepoint == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_savepoint));
        exec(QStringLiteral("RELEASE sp%1").arg(m_savepoint));
    }
    m_active = false;
    --m_database.transactionDepth();
}

Batch::Batch(Database &database) : m_database(database), m_transaction(database)
{
    // Inside another transaction (or batch), the actions simply nest in it.
    if (m_transaction.isActive() && m_database.transactionDepth() == 1 && !m_database.batch().open) {
        m_database.batch() = {true, Status::success()};
        m_open = true;
    }
}

Batch::~Batch()
{
    if (m_open)
        m_database.batch() = {};
}

Status Batch::commit()
{
    if (m_open) {
        const Status actions = m_database.batch().firstFailure;
        m_database.batch() = {};
        m_open = false;
        if (!actions) {
            m_transaction.rollback();
            return actions;
        }
    }
    return m_transaction.commit();
}

ReadTransaction::ReadTransaction(Database &database) : m_database(database)
{
    if (m_database.transactionDepth() > 0)
        return; // already inside a transaction: its snapshot holds
    QSqlQuery q(m_database.connection());
    // A deferred transaction takes its snapshot at its first read: read once now, so that the snapshot
    // is the state at the start of the check.
    if (!q.exec(QStringLiteral("BEGIN DEFERRED"))) {
        m_status = storageError(q.lastError());
        return;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        m_status = storageError(q.lastError());
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qWarning("Ending a read transaction that failed: %s", qPrintable(q.lastError().text()));
        return;
    }
    m_active = true;
    ++m_database.transactionDepth();
    m_database.inReadSnapshot() = true;
}

ReadTransaction::~ReadTransaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qWarning("Ending a read transaction: %s", qPrintable(q.lastError().text()));
    --m_database.transactionDepth();
    m_database.inReadSnapshot() = false;
}

} // namespace guichet
