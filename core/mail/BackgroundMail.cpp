#include "mail/BackgroundMail.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "storage/Database.h"

namespace guichet {

// Lives on the sender's thread: its database connection and session are made, used and closed there.
class MailWorker : public QObject
{
    Q_OBJECT

public:
    MailWorker(QString path, const Clock &clock, QString actor)
        : m_path(std::move(path)), m_clock(clock), m_actor(std::move(actor))
    {}

    Q_INVOKABLE void deliver(const QString &password, const QString &caFile)
    {
        QString error;
        DeliveryReport report;
        if (Status opened = open(); !opened) {
            error = opened.error().message;
        } else {
            const auto server = m_session->commune().mailServer();
            if (!server) {
                error = server.error().message;
            } else if (server.value().url.trimmed().isEmpty()) {
                error = tr("No mail server is set: the messages wait. An administrator sets it in "
                           "Administration › Commune and documents.");
            } else {
                SmtpSettings settings = server.value();
                settings.password = password;
                settings.caFile = caFile;
                const auto delivered = m_session->mail().deliver(
                    settings, [this](int done, int total) { Q_EMIT progress(done, total); });
                if (delivered)
                    report = delivered.value();
                else
                    error = delivered.error().message;
            }
        }
        Q_EMIT finished(report.sent, report.retried, report.failed, report.uncertain, error);
    }

    Q_INVOKABLE void shutdown()
    {
        m_session.reset();
        m_database.reset();
        m_settings.reset();
    }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int sent, int retried, int failed, int uncertain, const QString &error);

private:
    Status open()
    {
        if (m_session)
            return Status::success();
        auto database = std::make_unique<Database>(m_clock);
        OpenOptions options;
        options.createIfMissing = false;
        options.exclusive = false; // the window holds the file's lock; this is its second connection
        if (Status s = database->open(m_path, options); !s)
            return s;
        m_settings = std::make_unique<Settings>();
        m_database = std::move(database);
        m_session = std::make_unique<Session>(*m_database, *m_settings, m_actor);
        return Status::success();
    }

    QString m_path;
    const Clock &m_clock;
    QString m_actor;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
};

BackgroundMail::BackgroundMail(const QString &databasePath, const Clock &clock, const QString &actor,
                               QObject *parent)
    : QObject(parent), m_worker(new MailWorker(databasePath, clock, actor))
{
    m_thread.setObjectName(QStringLiteral("mail sender"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &MailWorker::progress, this, &BackgroundMail::progress);
    connect(m_worker, &MailWorker::finished, this,
            [this](int sent, int retried, int failed, int uncertain, const QString &error) {
                m_running = false;
                Q_EMIT finished(sent, retried, failed, uncertain, error);
                if (m_again) {
                    m_again = false;
                    deliverNow();
                }
            });
    m_thread.start();
}

BackgroundMail::~BackgroundMail()
{
    QMetaObject::invokeMethod(m_worker, &MailWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void BackgroundMail::setCredentials(const QString &password, const QString &caFile)
{
    m_password = password;
    m_caFile = caFile;
}

void BackgroundMail::deliverNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "deliver", Qt::QueuedConnection, Q_ARG(QString, m_password),
                              Q_ARG(QString, m_caFile));
}

} // namespace guichet

#include "BackgroundMail.moc"
