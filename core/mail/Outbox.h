#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "commune/CommuneSettings.h"
#include "mail/MailTemplates.h"
#include "storage/SqlQuery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>

namespace guichet {

class Session;

struct MailMessage
{
    qint64 id = 0;
    QString messageId; // <uuid@domain>
    qint64 householdId = 0;
    QString kind;
    QString to;
    QString subject;
    QString body;
    QString attachmentKind, attachmentNumber; // a document of the counter, made when the message is sent
    QDateTime queuedAt;
    QString status; // waiting, sending, sent, failed, uncertain
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime sentAt;
};

// What the outbox holds that is not sent (the window's status bar).
struct OutboxCounts
{
    int waiting = 0, failed = 0, uncertain = 0;
};

// What a delivery run did.
struct DeliveryReport
{
    int sent = 0, retried = 0, failed = 0, uncertain = 0;
    int reminders = 0; // reminders of unpaid invoices queued first
};

// The outbox. queue() writes a message in the caller's transaction (the event and its message are committed
// together, or neither); deliver() sends what waits, one message at a time, each state change committed
// before and after its SMTP exchange. Retries back off (1, 2, 4 … minutes, at most 6 hours) and stop after 8
// attempts (failed, with the server's answer). A message left "sending" by a crash becomes "uncertain": it
// may have reached the family, so it is not sent again unless a clerk asks (resend), with the same
// Message-ID.
class MailService
{
    Q_DECLARE_TR_FUNCTIONS(MailService)

public:
    static constexpr int MaxAttempts = 8;

    explicit MailService(Session &session);

    // Queues the message of an event for the household's email address; false (nothing queued) when the
    // family has no address or refused emails, or when this event's message is already queued.
    Result<bool> queue(MailKind kind, qint64 householdId, const QString &eventKey, const QString &subject,
                       const QString &body, const QString &attachmentKind = {},
                       const QString &attachmentNumber = {});
    // Why nothing is sent to this family ("" when messages go): no address, or emails refused.
    Result<QString> whyNoMail(qint64 householdId) const;
    Result<bool> refusesEmail(qint64 householdId) const;

    MailTemplates &templates() { return m_templates; }

    Result<OutboxCounts> counts() const;
    Result<QList<MailMessage>> messages(qint64 householdId = 0) const; // newest first; 0: every family
    // A failed or uncertain message waits again (same Message-ID); a sent one is refused.
    Status resend(qint64 messageId);

    // Delivers what waits and is due, each attachment made then as the counter prints it (needs a
    // QGuiApplication: fonts). 'progress' is called after each message.
    Result<DeliveryReport> deliver(const SmtpSettings &settings,
                                   const std::function<void(int done, int total)> &progress = {});

    // The messages of the counter's events, each queued in the event's own transaction (no address, or emails
    // refused: nothing, and the action goes on). French texts come from the translation.
    Status welcome(qint64 householdId);
    Status fileReturned(qint64 householdId, const QString &reason);
    Status fileValidated(qint64 householdId);
    Status invoiceIssued(qint64 householdId, const QString &invoiceNumber, Money total);
    Status paymentReceived(qint64 householdId, const QString &receiptNumber, const QString &invoiceNumber,
                           Money paid, Money stillDue);
    Status refundMade(qint64 householdId, const QString &refundNumber, Money amount, bool cash);
    // A booking left 'balance' tickets of the activity: below the activity's threshold, the family is told,
    // at most once a week (whatever the activity).
    Status lowBalance(qint64 householdId, qint64 activityId, int balance);
    // "Plannings open" for the school year to every validated family (one transaction; once per family and
    // year: a second run queues only the families validated since). Returns how many were queued.
    // Reminders of the invoices still unpaid 'reminderDays' after they were issued (commune setting), and a
    // second as long after the first; never more than two per invoice. Run before each delivery. Returns how
    // many.
    Result<int> queueReminders();
    Result<int> announcePlannings(qint64 schoolYearId,
                                  const std::function<void(int done, int total)> &progress = {});

private:
    // Queues the message of its kind's text (MailTemplates) filled with the event's values; false: nothing
    // queued (no address, emails refused, or already queued).
    Result<bool> queueEvent(MailKind kind, qint64 householdId, const QString &eventKey,
                            const QHash<QString, QString> &values, const QString &attachmentKind = {},
                            const QString &attachmentNumber = {});
    Status setState(qint64 id, const QString &status, const QString &error, const QDateTime &next);

    Session &m_session;
    MailTemplates m_templates;
    mutable StatementCache m_statements;
};

} // namespace guichet
