#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

class Session;

// The kinds of message a family receives (the flyer: "un email quand votre dossier a été traité").
enum class MailKind
{
    Welcome,       // account created at the counter
    FileReturned,  // the file goes back to the family, with the reason
    FileValidated, // "votre dossier a été traité"
    Invoice,       // an invoice issued, its PDF attached
    Receipt,       // a payment, the receipt's PDF attached
    Refund,        // surplus tickets refunded
    PlanningsOpen, // booking opens for a school year: to every validated family, once a year
    Reminder,      // an invoice still unpaid (relance), its PDF attached, at most twice
    LowBalance,    // a booking left fewer tickets than the activity's threshold, at most once a week
};
QString mailKindCode(MailKind kind);
std::optional<MailKind> mailKindFromCode(const QString &code);
QString mailKindLabel(const QString &code); // translated

// A named value of a message's text: {facture} in "Facture {facture}".
struct MailPlaceholder
{
    QString name;        // "facture", written {facture}
    QString description; // translated: "the invoice's number"
    bool required = false;
};

// A kind of message's subject and body, the administrator's or the program's own.
struct MailTemplate
{
    QString kind;
    QString subject;
    QString body;
    bool custom = false; // written by an administrator (else the program's text, in the interface's language)
    QDateTime updatedAt;
    QString updatedBy;
    int version = 0;
};

// The texts of the families' emails (Administration › Email texts; guichet-cli mail template). Each kind
// of message has its placeholders: the family's and the commune's ({famille}, {dossier}, {commune}, {regie},
// {contact}) and the event's own ({facture}, {montant}…); the ones that carry what the message is about are
// required. A text is refused on save when it misses a required placeholder or names one its kind does not
// have (a typo would reach every family as "{factur}"). A message takes its text when it is queued.
class MailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(MailTemplates)

public:
    explicit MailTemplates(Session &session);

    static QList<MailKind> kinds();
    static QList<MailPlaceholder> placeholders(MailKind kind);
    static MailTemplate defaults(MailKind kind); // the program's text, translated
    // Checks a text against its kind's placeholders: the French message says which one is wrong.
    static Status check(MailKind kind, const QString &subject, const QString &body);
    // Replaces every {name} by its value.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The sentences of {etat} (a receipt: paid, or what remains) and {mode} (how a refund is paid).
    static QString paymentState(Money stillDue);
    static QString refundMode(bool cash);

    Result<MailTemplate> get(MailKind kind) const; // the administrator's, else the program's
    Status save(MailKind kind, const QString &subject, const QString &body); // an administrator's
    Status reset(MailKind kind);                                             // back to the program's text
    // The subject and body this text gives for a real family: its name, file and email, the commune's
    // identity, and its latest invoice where it has one (the event's other values are examples).
    Result<std::pair<QString, QString>> preview(MailKind kind, const QString &subject, const QString &body,
                                                qint64 householdId) const;
    // The family a preview shows until one is chosen: the latest validated one with an email address (any
    // family when none is); "" when there is no family yet.
    Result<QString> sampleFileNumber() const;
    // The subject and body of a message to a household: the family's and commune's values added to the
    // event's.
    Result<std::pair<QString, QString>> render(MailKind kind, qint64 householdId,
                                               QHash<QString, QString> values) const;

private:
    Result<QHash<QString, QString>> familyValues(qint64 householdId) const;

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
