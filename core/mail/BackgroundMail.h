#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QThread>

namespace guichet {

class Clock;
class MailWorker;

// The window's sender: delivers the outbox (MailService::deliver) on a thread of its own, with its own
// connection to the database file, so that a slow mail server or the making of a PDF never freezes the
// counter. One run at a time: asked again while one is under way, it runs once more after it. The commune's
// mail server is read at each run; its password and the authority to trust are the ones given last (the
// desktop keyring's, the machine's settings).
class BackgroundMail : public QObject
{
    Q_OBJECT

public:
    // 'actor': who the history names for the reminders a run queues ("Automatic sending").
    BackgroundMail(const QString &databasePath, const Clock &clock, const QString &actor,
                   QObject *parent = nullptr);
    ~BackgroundMail() override; // waits for the message being sent (at most the SMTP time-out)

    void setCredentials(const QString &password, const QString &caFile);
    void deliverNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    // A run's end: what it did, or why it could not run ("" when it ran).
    void finished(int sent, int retried, int failed, int uncertain, const QString &error);

private:
    QThread m_thread;
    MailWorker *m_worker;
    QString m_password, m_caFile;
    bool m_running = false;
    bool m_again = false;
};

} // namespace guichet
