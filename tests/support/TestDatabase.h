#pragma once

#include "common/Clock.h"
#include "common/Settings.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace guichet::test {

// A fresh database file in a temporary folder, opened and migrated, with a clock fixed on
// Tuesday 1 September 2026, 08:30 Paris time (the first day of school), this machine's settings in a
// file of the same folder, and a session acting as "agent.test" on counter SO1 ("Guichet de test"), its
// till open with a float of 150,00 € (no users yet: nobody is asked a role).
// Everything is removed at the end.
class TestDatabase
{
public:
    // 'setUpCounter': false leaves the counter without a code, as a new database is before its first start.
    explicit TestDatabase(bool setUpCounter = true);
    ~TestDatabase();
    Database &db() { return *m_database; }
    Session &session() { return *m_session; }
    Settings &settings() { return *m_settings; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the same file (to check what was really committed); a new session.
    void reopen();

    static QDateTime firstDayOfSchool();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
};

// Number of rows of a table (tests check that a refused action wrote nothing).
int rowCount(Database &database, const QString &table);

} // namespace guichet::test
