#include "TestDatabase.h"

#include "cashoffice/CashOffice.h"

#include <QSqlQuery>
#include <QTest>

namespace guichet::test {

QDateTime TestDatabase::firstDayOfSchool()
{
    return QDateTime(QDate(2026, 9, 1), QTime(6, 30), Qt::UTC);
}

TestDatabase::TestDatabase(bool setUpCounter)
    : m_clock(firstDayOfSchool()),
      m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))))
{
    reopen();
    if (setUpCounter) {
        if (Status s = m_session->setUpCounter(QStringLiteral("SO1"), QStringLiteral("Guichet de test")); !s)
            qFatal("Cannot set up the test counter: %s", qPrintable(s.error().message));
        // A counter open for business: its till is open with a float of 150,00 € (the cash-office tests
        // close it or start from a database whose till is closed).
        if (const auto opened = m_session->till().open(Money::fromCents(15000)); !opened)
            qFatal("Cannot open the test till: %s", qPrintable(opened.error().message));
    }
}

TestDatabase::~TestDatabase()
{
    m_session.reset();
    m_database.reset();
}

void TestDatabase::reopen()
{
    m_session.reset();
    m_database.reset();
    m_database = std::make_unique<Database>(m_clock);
    const Status s = m_database->open(path());
    if (!s)
        qFatal("Cannot open the test database: %s", qPrintable(s.error().message));
    m_session = std::make_unique<Session>(*m_database, *m_settings, QStringLiteral("agent.test"));
}

int rowCount(Database &database, const QString &table)
{
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        qFatal("cannot count the rows of %s", qPrintable(table));
    return q.value(0).toInt();
}

} // namespace guichet::test
