#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace guichet::test {

QDateTime TestDatabase::firstDayOfSchool()
{
    return QDateTime(QDate(2026, 9, 1), QTime(6, 30), Qt::UTC);
}

TestDatabase::TestDatabase() : m_clock(firstDayOfSchool())
{
    reopen();
}

void TestDatabase::reopen()
{
    m_database.reset();
    m_database = std::make_unique<Database>(m_clock);
    m_database->setActor(QStringLiteral("agent.test"));
    const Status s = m_database->open(path());
    if (!s)
        qFatal("Cannot open the test database: %s", qPrintable(s.error().message));
}

int rowCount(Database &database, const QString &table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        qFatal("cannot count the rows of %s", qPrintable(table));
    return q.value(0).toInt();
}

} // namespace guichet::test
