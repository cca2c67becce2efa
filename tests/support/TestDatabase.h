#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace guichet::test {

// A fresh database file in a temporary folder, opened and migrated, with a clock fixed on
// Tuesday 1 September 2026, 08:30 Paris time (the first day of school), removed at the end.
class TestDatabase
{
public:
    TestDatabase();
    Database &db() { return *m_database; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the same file (to check what was really committed).
    void reopen();

    static QDateTime firstDayOfSchool();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
};

// Number of rows of a table (tests check that a refused action wrote nothing).
int rowCount(Database &database, const QString &table);

} // namespace guichet::test
