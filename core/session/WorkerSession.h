#pragma once

#include "common/Result.h"

#include <QString>
#include <memory>

namespace guichet {

class Clock;
class Database;
class Session;
class Settings;

// A session of its own for a background thread of the window (the mail sender, the sync): a second
// connection to the same database file, opened in that thread when first needed (a connection belongs to the
// thread that opened it) without the file's lock, which the window holds. WAL lets both read while one
// writes; each writes in short transactions.
class WorkerSession
{
public:
    WorkerSession(QString path, const Clock &clock, QString actor);
    // Read-only, alongside 'first' (Database::openAlongside): a verification's second thread.
    WorkerSession(const Database &first, QString actor);
    ~WorkerSession();

    Status open(); // once; later calls return at once
    void close();  // in the worker's thread, before it ends
    Session &session() { return *m_session; }

private:
    QString m_path;
    const Clock &m_clock;
    const Database *m_first = nullptr;
    QString m_actor;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
};

} // namespace guichet
