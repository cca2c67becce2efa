#include "sync/BackgroundSync.h"

#include "common/Clock.h"
#include "session/Session.h"
#include "session/WorkerSession.h"
#include "sync/Central.h"
#include "sync/Sync.h"

#include <QCoreApplication>

namespace guichet {

// Lives on the sync's thread: its connections are made, used and closed there.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const QString &path, const Clock &clock)
        : m_worker(path, clock, QCoreApplication::translate("BackgroundSync", "Sync"))
    {}

    Q_INVOKABLE void run(const QString &url, const QString &password)
    {
        SyncRun run;
        const Status done = runOnce(url, password, run);
        if (!done)
            run.error = done.error().message;
        Q_EMIT finished(run);
    }

    Q_INVOKABLE void shutdown()
    {
        m_central.reset();
        m_worker.close();
    }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const guichet::SyncRun &run);

private:
    Status runOnce(const QString &url, const QString &password, SyncRun &run)
    {
        if (Status s = m_worker.open(); !s)
            return s;
        const auto parsed = CentralAddress::parse(url);
        if (!parsed)
            return parsed.error();
        CentralAddress address = parsed.value();
        if (!password.isEmpty())
            address.password = password;
        // A new connection each run: the server may have gone and come back since the last.
        m_central = std::make_unique<Central>();
        if (Status s = m_central->connect(address); !s)
            return s;
        Sync sync(m_worker.session(), m_central.get());
        const auto pushed = sync.push([this](qint64 done, qint64 total) {
            Q_EMIT progress(
                QCoreApplication::translate("BackgroundSync", "Sync: sending %1 / %2").arg(done).arg(total));
        });
        if (!pushed)
            return pushed.error();
        run.pushed = pushed.value().changes;
        const auto pulled = sync.pull([this](qint64 done) {
            Q_EMIT progress(QCoreApplication::translate("BackgroundSync", "Sync: receiving %1").arg(done));
        });
        if (!pulled)
            return pulled.error();
        run.pulled = pulled.value().changes;
        run.applied = pulled.value().applied;
        const auto again = sync.pushRecorded(pulled.value());
        if (!again)
            return again.error();
        run.pushed += again.value().changes;
        const auto open = sync.conflicts();
        if (!open)
            return open.error();
        run.conflicts = int(open.value().size());
        return Status::success();
    }

    WorkerSession m_worker;
    std::unique_ptr<Central> m_central;
};

BackgroundSync::BackgroundSync(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_worker(new SyncWorker(databasePath, clock))
{
    qRegisterMetaType<SyncRun>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::progress, this, &BackgroundSync::progress);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncRun &run) {
        m_running = false;
        Q_EMIT finished(run);
        if (m_again) {
            m_again = false;
            syncNow();
        }
    });
    m_thread.start();
}

BackgroundSync::~BackgroundSync()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundSync::setCentral(const QString &url, const QString &password)
{
    m_url = url;
    m_password = password;
}

void BackgroundSync::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QString, m_url),
                              Q_ARG(QString, m_password));
}

} // namespace guichet

#include "BackgroundSync.moc"
