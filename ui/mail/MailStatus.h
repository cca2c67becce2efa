#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace guichet {

class BackgroundMail;
class Session;

// The status bar's emails: what waits, failed or is uncertain, the last delivery and its trouble (tooltip).
// Owns the window's background sender: every few minutes while the commune has a mail server, and at once
// on "Send the emails now". The server's password comes from the desktop keyring (read when first needed,
// again after the administrator changes it).
class MailStatus : public QLabel
{
    Q_OBJECT

public:
    static constexpr int IntervalMinutes = 5;

    explicit MailStatus(Session &session, QWidget *parent = nullptr);
    ~MailStatus() override;

    void sendNow();
    void refresh();
    void forgetPassword() { m_passwordRead = false; } // read it again at the next run
    BackgroundMail &sender() const { return *m_sender; }

Q_SIGNALS:
    void delivered(); // a run ended: the outbox changed

private:
    void runFinished(int sent, int retried, int failed, int uncertain, const QString &error);

    Session &m_session;
    BackgroundMail *m_sender;
    QTimer *m_timer;
    bool m_passwordRead = false;
    QString m_trouble; // the last run's or the keyring's, shown in the tooltip
    QDateTime m_lastRun;
    QString m_lastRunText;
};

} // namespace guichet
