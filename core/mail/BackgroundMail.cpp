#include "mail/BackgroundMail.h"

#include "common/Clock.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "session/WorkerSession.h"

namespace guichet {

// Lives on the sender's thread: its database connection and session are made, used and closed there.
class MailWorker : public QObject
{
    Q_OBJECT

public:
    MailWorker(const QString &path, const Clock &clock, const QString &actor) : m_worker(path, clock, actor)
    {}

    Q_INVOKABLE void deliver(const QString &password, const QString &caFile)
    {
        QString error;
        DeliveryReport report;
        if (Status opened = m_worker.open(); !opened) {
            error = opened.error().message;
        } else {
            Session &session = m_worker.session();
            const auto server = session.commune().mailServer();
            if (!server) {
                error = server.error().message;
            } else if (server.value().url.trimmed().isEmpty()) {
                error = tr("No mail server is set: the messages wait. An administrator sets it in "
                           "Administration › Commune and documents.");
            } else {
                SmtpSettings settings = server.value();
                settings.password = password;
                settings.caFile = caFile;
                const auto delivered = session.mail().deliver(
                    settings, [this](int done, int total) { Q_EMIT progress(done, total); });
                if (delivered)
                    report = delivered.value();
                else
                    error = delivered.error().message;
            }
        }
        Q_EMIT finished(report.sent, report.retried, report.failed, report.uncertain, error);
    }

    Q_INVOKABLE void shutdown() { m_worker.close(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int sent, int retried, int failed, int uncertain, const QString &error);

private:
    WorkerSession m_worker;
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
