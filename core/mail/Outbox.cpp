#include "mail/Outbox.h"

#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentService.h"
#include "family/FamilyValidator.h"
#include "mail/SmtpSender.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"

namespace guichet {

namespace {

Status statusOf(const Result<bool> &queued)
{
    return queued ? Status::success() : Status(queued.error());
}

// The domain of Message-IDs: the sender's, so that they are unique to the commune.
QString domainOf(const QString &address)
{
    const QString domain = address.section(QLatin1Char('@'), 1).trimmed();
    return domain.isEmpty() ? QStringLiteral("guichet.invalid") : domain;
}

} // namespace

MailService::MailService(Session &session)
    : m_session(session), m_templates(session), m_statements(session.database())
{}

Result<QString> MailService::whyNoMail(qint64 householdId) const
{
    QSqlQuery &q =
        m_statements.get(QStringLiteral("SELECT email, email_refused FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This family file does not exist."));
    const QString email = q.value(0).toString().trimmed();
    const bool refused = q.value(1).toBool();
    q.finish();
    if (refused)
        return tr("The family refused emails: nothing is sent to it.");
    if (email.isEmpty())
        return tr("The family has no email address: nothing is sent to it.");
    return QString();
}

Result<bool> MailService::refusesEmail(qint64 householdId) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT email_refused FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    const bool refused = q.next() && q.value(0).toBool();
    q.finish();
    return refused;
}

Result<bool> MailService::queue(MailKind kind, qint64 householdId, const QString &eventKey,
                                const QString &subject, const QString &body, const QString &attachmentKind,
                                const QString &attachmentNumber)
{
    QSqlQuery &who = m_statements.get(QStringLiteral(
        "SELECT email FROM household WHERE id = ? AND email_refused = 0 AND trim(email) <> ''"));
    who.addBindValue(householdId);
    if (Status s = execOrError(who); !s)
        return s.error();
    const QString to = who.next() ? who.value(0).toString().trimmed() : QString();
    who.finish();
    if (to.isEmpty())
        return false;
    Database &db = m_session.database();
    // The Message-ID's domain: the sender's, or before a mail server is set the commune's own address's.
    QString from;
    if (const auto settings = m_session.commune().mailServer(); settings && !settings.value().from.isEmpty())
        from = settings.value().from;
    else if (const auto profile = m_session.commune().profile())
        from = profile.value().email;
    const QString uuid = createUuidV7(db.clock());
    const QString now = db.clock().nowIso();
    QSqlQuery &insert = m_statements.get(
        QStringLiteral("INSERT OR IGNORE INTO mail_message (uuid, message_id, household_id, kind, event_key, "
                       "to_address, subject, "
                       "body, attachment_kind, attachment_number, queued_at, queued_by, next_attempt_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(insert,
            {uuid, QStringLiteral("<%1@%2>").arg(uuid, domainOf(from)), householdId, mailKindCode(kind),
             eventKey, to, subject, body, attachmentKind, attachmentNumber, now, m_session.actor(), now});
    if (Status s = execOrError(insert); !s)
        return s.error();
    return insert.numRowsAffected() == 1;
}

Result<OutboxCounts> MailService::counts() const
{
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT status, count(*) FROM mail_message WHERE status <> 'sent' GROUP BY status"));
    if (Status s = execOrError(q); !s)
        return s.error();
    OutboxCounts counts;
    while (q.next()) {
        const QString status = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (status == QLatin1String("failed"))
            counts.failed += n;
        else if (status == QLatin1String("uncertain"))
            counts.uncertain += n;
        else // waiting, or being sent
            counts.waiting += n;
    }
    q.finish();
    return counts;
}

Result<QList<MailMessage>> MailService::messages(qint64 householdId) const
{
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT id, message_id, household_id, kind, to_address, subject, body, "
                       "attachment_kind, attachment_number, "
                       "queued_at, status, attempts, next_attempt_at, last_error, sent_at FROM mail_message "
                       "WHERE ? = 0 OR household_id = ? ORDER BY id DESC"));
    bindAll(q, {householdId, householdId});
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<MailMessage> list;
    while (q.next()) {
        MailMessage m;
        m.id = q.value(0).toLongLong();
        m.messageId = q.value(1).toString();
        m.householdId = q.value(2).toLongLong();
        m.kind = q.value(3).toString();
        m.to = q.value(4).toString();
        m.subject = q.value(5).toString();
        m.body = q.value(6).toString();
        m.attachmentKind = q.value(7).toString();
        m.attachmentNumber = q.value(8).toString();
        m.queuedAt = instantFromIso(q.value(9));
        m.status = q.value(10).toString();
        m.attempts = q.value(11).toInt();
        m.nextAttemptAt = instantFromIso(q.value(12));
        m.lastError = q.value(13).toString();
        m.sentAt = instantFromIso(q.value(14));
        list += m;
    }
    q.finish();
    return list;
}

Status MailService::resend(qint64 messageId)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT status FROM mail_message WHERE id = ?"));
    q.addBindValue(messageId);
    if (Status s = execOrError(q); !s)
        return s;
    const QString status = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (status.isEmpty())
        return Error::of(tr("This message does not exist."));
    if (status == QLatin1String("sent"))
        return Error::of(tr("This message was sent: it is not sent twice."));
    QSqlQuery &update = m_statements.get(QStringLiteral(
        "UPDATE mail_message SET status = 'waiting', attempts = 0, next_attempt_at = ?, last_error = '' "
        "WHERE id = ?"));
    bindAll(update, {db.clock().nowIso(), messageId});
    if (Status s = execOrError(update); !s)
        return s;
    return transaction.commit();
}

Status MailService::setState(qint64 id, const QString &status, const QString &error, const QDateTime &next)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "UPDATE mail_message SET status = ?, last_error = ?, next_attempt_at = coalesce(?, next_attempt_at), "
        "attempts = attempts + (? = 'sending'), sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END "
        "WHERE id = ?"));
    const QString now = db.clock().nowIso();
    bindAll(q, {status, error, next.isValid() ? QVariant(isoFromInstant(next)) : sqlNull(), status, status,
                now, id});
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Result<DeliveryReport> MailService::deliver(const SmtpSettings &settings,
                                            const std::function<void(int, int)> &progress)
{
    DeliveryReport report;
    Database &db = m_session.database();
    const auto reminders = queueReminders(); // what has fallen due since the last delivery
    if (!reminders)
        return reminders.error();
    report.reminders = reminders.value();
    // What a crash left "sending" may have been delivered: a clerk decides (resend), never this loop.
    {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.status().error();
        QSqlQuery &q = m_statements.get(QStringLiteral(
            "UPDATE mail_message SET status = 'uncertain', last_error = ? WHERE status = 'sending'"));
        q.addBindValue(tr("The program stopped while this message was being sent: it may have reached the "
                          "family. Resend it only if the family did not receive it."));
        if (Status s = execOrError(q); !s)
            return s.error();
        report.uncertain = q.numRowsAffected();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    QSqlQuery &due = m_statements.get(QStringLiteral(
        "SELECT id FROM mail_message WHERE status = 'waiting' AND next_attempt_at <= ? ORDER BY id"));
    due.addBindValue(db.clock().nowIso());
    if (Status s = execOrError(due); !s)
        return s.error();
    QList<qint64> ids;
    while (due.next())
        ids += due.value(0).toLongLong();
    due.finish();
    const auto all = messages();
    if (!all)
        return all.error();
    QHash<qint64, MailMessage> byId;
    for (const MailMessage &m : all.value())
        byId.insert(m.id, m);
    int done = 0;
    for (const qint64 id : std::as_const(ids)) {
        const MailMessage m = byId.value(id);
        OutgoingMail mail;
        mail.messageId = m.messageId;
        mail.date = db.clock().nowUtc();
        mail.to = m.to;
        mail.subject = m.subject;
        mail.body = m.body;
        Status sent = Status::success();
        if (!m.attachmentKind.isEmpty()) {
            const DocumentKind kind = m.attachmentKind == QLatin1String("receipt") ? DocumentKind::Receipt
                                      : m.attachmentKind == QLatin1String("credit_note")
                                          ? DocumentKind::CreditNote
                                          : DocumentKind::Invoice;
            // The document as the counter prints it, not recorded as a print (the outbox records the send).
            DocumentService &documents = m_session.documents();
            const auto pdf = documents.pdf(documents.byNumber(kind, m.attachmentNumber),
                                           DocumentService::Purpose::Preview);
            if (pdf) {
                mail.attachment = pdf.value();
                mail.attachmentName = m.attachmentNumber + QStringLiteral(".pdf");
            } else { // a document that cannot be made will not be made by trying again
                if (Status s = setState(id, QStringLiteral("failed"), pdf.error().message, {}); !s)
                    return s.error();
                ++report.failed;
                if (progress)
                    progress(++done, int(ids.size()));
                continue;
            }
        }
        bool permanent = false;
        if (!FamilyValidator::isValidEmail(m.to)) { // an address forged or kept from before the rule
            permanent = true;
            sent =
                Error::of(tr("The family's email address “%1” is not valid: correct it in the family file; "
                             "the family's next messages go to the new address.")
                              .arg(m.to));
        } else {
            if (Status s = setState(id, QStringLiteral("sending"), {}, {}); !s)
                return s.error();
            sent = SmtpSender::send(mail, settings, &permanent);
        }
        if (sent) {
            if (Status s = setState(id, QStringLiteral("sent"), {}, {}); !s)
                return s.error();
            ++report.sent;
        } else if (permanent || m.attempts + 1 >= MaxAttempts) {
            if (Status s = setState(id, QStringLiteral("failed"), sent.error().message, {}); !s)
                return s.error();
            ++report.failed;
        } else {
            // 1, 2, 4 … minutes after this attempt, at most six hours.
            const qint64 minutes = std::min<qint64>(qint64(1) << std::min(m.attempts, 9), 360);
            if (Status s = setState(id, QStringLiteral("waiting"), sent.error().message,
                                    db.clock().nowUtc().addSecs(minutes * 60));
                !s)
                return s.error();
            ++report.retried;
        }
        if (progress)
            progress(++done, int(ids.size()));
    }
    return report;
}

Result<bool> MailService::queueEvent(MailKind kind, qint64 householdId, const QString &eventKey,
                                     const QHash<QString, QString> &values, const QString &attachmentKind,
                                     const QString &attachmentNumber)
{
    const auto text = m_templates.render(kind, householdId, values);
    if (!text)
        return text.error();
    return queue(kind, householdId, eventKey, text.value().first, text.value().second, attachmentKind,
                 attachmentNumber);
}

Status MailService::welcome(qint64 householdId)
{
    return statusOf(
        queueEvent(MailKind::Welcome, householdId, QStringLiteral("welcome:%1").arg(householdId), {}));
}

Status MailService::fileReturned(qint64 householdId, const QString &reason)
{
    // One message per return (a file may come back more than once): the key carries the moment.
    return statusOf(queueEvent(
        MailKind::FileReturned, householdId,
        QStringLiteral("file_returned:%1:%2").arg(householdId).arg(m_session.database().clock().nowIso()),
        {{QStringLiteral("motif"), reason.trimmed()}}));
}

Status MailService::fileValidated(qint64 householdId)
{
    return statusOf(queueEvent(MailKind::FileValidated, householdId,
                               QStringLiteral("file_validated:%1").arg(householdId), {}));
}

Status MailService::invoiceIssued(qint64 householdId, const QString &invoiceNumber, Money total)
{
    return statusOf(queueEvent(
        MailKind::Invoice, householdId, QStringLiteral("invoice:%1").arg(invoiceNumber),
        {{QStringLiteral("facture"), invoiceNumber}, {QStringLiteral("montant"), total.toString()}},
        QStringLiteral("invoice"), invoiceNumber));
}

Status MailService::paymentReceived(qint64 householdId, const QString &receiptNumber,
                                    const QString &invoiceNumber, Money paid, Money stillDue)
{
    return statusOf(queueEvent(MailKind::Receipt, householdId,
                               QStringLiteral("receipt:%1").arg(receiptNumber),
                               {{QStringLiteral("recu"), receiptNumber},
                                {QStringLiteral("montant"), paid.toString()},
                                {QStringLiteral("facture"), invoiceNumber},
                                {QStringLiteral("etat"), MailTemplates::paymentState(stillDue)}},
                               QStringLiteral("receipt"), receiptNumber));
}

Status MailService::lowBalance(qint64 householdId, qint64 activityId, int balance)
{
    QSqlQuery &q =
        m_statements.get(QStringLiteral("SELECT name, low_balance_threshold FROM activity WHERE id = ?"));
    q.addBindValue(activityId);
    if (Status s = execOrError(q); !s)
        return s;
    const QString activity = q.next() ? q.value(0).toString() : QString();
    const int threshold = q.value(1).toInt();
    q.finish();
    if (balance >= threshold)
        return Status::success();
    // At most once a week per family, whatever the activity.
    Database &db = m_session.database();
    const QDateTime now = db.clock().nowUtc();
    QSqlQuery &recent = m_statements.get(QStringLiteral(
        "SELECT 1 FROM mail_message WHERE household_id = ? AND kind = 'low_balance' AND queued_at > ?"));
    bindAll(recent, {householdId, isoFromInstant(now.addDays(-7))});
    if (Status s = execOrError(recent); !s)
        return s;
    const bool toldThisWeek = recent.next();
    recent.finish();
    if (toldThisWeek)
        return Status::success();
    return statusOf(queueEvent(MailKind::LowBalance, householdId,
                               QStringLiteral("low_balance:%1:%2").arg(householdId).arg(isoFromInstant(now)),
                               {{QStringLiteral("activite"), activity},
                                {QStringLiteral("solde"), QString::number(std::max(balance, 0))},
                                {QStringLiteral("seuil"), QString::number(threshold)}}));
}

Result<int> MailService::queueReminders()
{
    const auto profile = m_session.commune().profile();
    if (!profile)
        return profile.error();
    const int days = profile.value().reminderDays;
    if (days <= 0)
        return 0;
    Database &db = m_session.database();
    const QDateTime now = db.clock().nowUtc();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    const auto overdue = m_session.sales().overdueInvoices(now.addDays(-days));
    if (!overdue)
        return overdue.error();
    // The reminders already queued, per invoice: how many, and when the last one was.
    QSqlQuery &sent = m_statements.get(QStringLiteral("SELECT count(*), max(queued_at) FROM mail_message "
                                                      "WHERE kind = 'reminder' AND attachment_number = ?"));
    int queued = 0;
    for (const OverdueInvoice &invoice : overdue.value()) {
        sent.addBindValue(invoice.number);
        if (Status s = execOrError(sent); !s)
            return s.error();
        const int count = sent.next() ? sent.value(0).toInt() : 0;
        const QDateTime last = instantFromIso(sent.value(1));
        sent.finish();
        if (count >= 2 || (count == 1 && last > now.addDays(-days)))
            continue;
        const auto s =
            queueEvent(MailKind::Reminder, invoice.householdId,
                       QStringLiteral("reminder:%1:%2").arg(invoice.number).arg(count + 1),
                       {{QStringLiteral("facture"), invoice.number},
                        {QStringLiteral("date_facture"), m_session.time().dateText(invoice.issuedAt)},
                        {QStringLiteral("reste_du"), invoice.due.toString()},
                        {QStringLiteral("montant"), invoice.total.toString()}},
                       QStringLiteral("invoice"), invoice.number);
        if (!s)
            return s.error();
        queued += s.value();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return queued;
}

Result<int> MailService::announcePlannings(qint64 schoolYearId, const std::function<void(int, int)> &progress)
{
    if (Status s = m_session.users().require(Role::Regisseur, tr("Announcing the plannings to the families"));
        !s)
        return s.error();
    const auto year = m_session.catalog().schoolYear(schoolYearId);
    if (!year)
        return year.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT id FROM household WHERE status = 'validated' AND email_refused = 0 AND trim(email) <> '' "
        "AND NOT EXISTS (SELECT 1 FROM mail_message m WHERE m.event_key = 'plannings_open:' || ? || ':' || "
        "household.id) ORDER BY id"));
    q.addBindValue(year.value().label);
    if (Status s = execOrError(q); !s)
        return s.error();
    QList<qint64> households;
    while (q.next())
        households += q.value(0).toLongLong();
    q.finish();
    const QHash<QString, QString> values{
        {QStringLiteral("annee"), year.value().label},
        {QStringLiteral("ouverture"), frenchDate(year.value().bookingOpensOn)}};
    int done = 0;
    for (const qint64 household : std::as_const(households)) {
        if (const auto s = queueEvent(
                MailKind::PlanningsOpen, household,
                QStringLiteral("plannings_open:%1:%2").arg(year.value().label).arg(household), values);
            !s)
            return s.error();
        if (progress && (++done % 500 == 0 || done == int(households.size())))
            progress(done, int(households.size()));
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return int(households.size());
}

Status MailService::refundMade(qint64 householdId, const QString &refundNumber, Money amount, bool cash)
{
    return statusOf(queueEvent(MailKind::Refund, householdId, QStringLiteral("refund:%1").arg(refundNumber),
                               {{QStringLiteral("remboursement"), refundNumber},
                                {QStringLiteral("montant"), amount.toString()},
                                {QStringLiteral("mode"), MailTemplates::refundMode(cash)}}));
}

} // namespace guichet
