#include "mail/MailStatus.h"

#include "common/CommuneTime.h"
#include "common/Settings.h"
#include "commune/CommuneSettings.h"
#include "mail/BackgroundMail.h"
#include "mail/Keyring.h"
#include "mail/Outbox.h"
#include "session/Session.h"
#include "storage/Database.h"

#include <QTimer>

namespace guichet {

MailStatus::MailStatus(Session &session, QWidget *parent)
    : QLabel(parent), m_session(session),
      m_sender(new BackgroundMail(session.database().path(), session.clock(), tr("Automatic sending"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("mailStatus"));
    connect(m_sender, &BackgroundMail::progress, this,
            [this](int done, int total) { setText(tr("Emails: sending %1 / %2…").arg(done).arg(total)); });
    connect(m_sender, &BackgroundMail::finished, this, &MailStatus::runFinished);
    // Automatic runs only where the commune has a mail server: without one, messages wait quietly.
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto server = m_session.commune().mailServer();
        if (server && !server.value().url.trimmed().isEmpty())
            sendNow();
        else
            refresh();
    });
    m_timer->start(IntervalMinutes * 60 * 1000);
    refresh();
}

MailStatus::~MailStatus() = default;

void MailStatus::sendNow()
{
    if (!m_passwordRead) {
        const auto server = m_session.commune().mailServer();
        if (server && !server.value().user.trimmed().isEmpty()) {
            const auto password = Keyring::smtpPassword(server.value());
            m_trouble = password ? QString() : password.error().message;
            m_sender->setCredentials(password ? password.value() : QString(),
                                     m_session.settings().smtpCaFile());
        } else {
            m_sender->setCredentials(QString(), m_session.settings().smtpCaFile());
        }
        m_passwordRead = true;
    }
    setText(tr("Emails: sending…"));
    m_sender->deliverNow();
}

void MailStatus::runFinished(int sent, int retried, int failed, int uncertain, const QString &error)
{
    m_lastRun = m_session.clock().nowUtc();
    m_lastRunText = error.isEmpty()
                        ? tr("Last delivery %1: %2 sent, %3 to try again, %4 failed, %5 uncertain.")
                              .arg(m_session.time().dateTimeText(m_lastRun))
                              .arg(sent)
                              .arg(retried)
                              .arg(failed)
                              .arg(uncertain)
                        : tr("Last delivery %1: %2").arg(m_session.time().dateTimeText(m_lastRun), error);
    if (!error.isEmpty() || retried + failed > 0)
        m_trouble = error;
    refresh();
    Q_EMIT delivered();
}

void MailStatus::refresh()
{
    const auto counts = m_session.mail().counts();
    if (!counts) {
        setText(tr("Emails: ?"));
        setToolTip(counts.error().message);
        return;
    }
    const OutboxCounts &c = counts.value();
    QStringList parts;
    if (c.waiting > 0)
        parts += tr("%n waiting", nullptr, c.waiting);
    if (c.failed > 0)
        parts += tr("%n failed", nullptr, c.failed);
    if (c.uncertain > 0)
        parts += tr("%n uncertain", nullptr, c.uncertain);
    setText(parts.isEmpty() ? tr("Emails: all sent")
                            : tr("Emails: %1").arg(parts.join(QStringLiteral(", "))));
    QStringList tip;
    if (!m_lastRunText.isEmpty())
        tip += m_lastRunText;
    if (!m_trouble.isEmpty() && !m_lastRunText.contains(m_trouble))
        tip += m_trouble;
    tip += tr("Family › Send the emails now delivers at once; otherwise every %n minute(s).", nullptr,
              IntervalMinutes);
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace guichet
