#include "session/WorkerSession.h"

#include "common/Settings.h"
#include "session/Session.h"
#include "storage/Database.h"

namespace guichet {

WorkerSession::WorkerSession(QString path, const Clock &clock, QString actor)
    : m_path(std::move(path)), m_clock(clock), m_actor(std::move(actor))
{}

WorkerSession::WorkerSession(const Database &first, QString actor)
    : m_path(first.path()), m_clock(first.clock()), m_first(&first), m_actor(std::move(actor))
{}

WorkerSession::~WorkerSession() = default;

Status WorkerSession::open()
{
    if (m_session)
        return Status::success();
    auto database = std::make_unique<Database>(m_clock);
    OpenOptions options;
    options.createIfMissing = false;
    options.exclusive = false; // the window holds the file's lock; this is its second connection
    if (Status s = m_first ? database->openAlongside(*m_first) : database->open(m_path, options); !s)
        return s;
    m_settings = std::make_unique<Settings>();
    m_database = std::move(database);
    m_session = std::make_unique<Session>(*m_database, *m_settings, m_actor);
    return Status::success();
}

void WorkerSession::close()
{
    m_session.reset();
    m_database.reset();
    m_settings.reset();
}

} // namespace guichet
