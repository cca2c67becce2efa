#include "RawConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace guichet::test {

RawConnection::RawConnection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_open = db.open();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    const bool ok = q.exec(sql);
    m_rowsAffected = ok ? q.numRowsAffected() : -1;
    if (!ok)
        qWarning("%s: %s", qPrintable(sql.left(400)), qPrintable(q.lastError().text()));
    return ok;
}

QVariant RawConnection::value(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(sql) && q.next())
        return q.value(0);
    if (q.lastError().isValid())
        qWarning("%s: %s", qPrintable(sql.left(400)), qPrintable(q.lastError().text()));
    return {};
}

QStringList RawConnection::rows(const QString &sql)
{
    return rowsOf(QSqlDatabase::database(m_name, false), sql);
}

QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql.left(400)), qPrintable(q.lastError().text()));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields += q.value(i).toString();
        rows += fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace guichet::test
