#include "mail/MailTemplates.h"

#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/CommuneTime.h"
#include "common/Money.h"
#include "commune/CommuneSettings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QRegularExpression>

namespace guichet {

namespace {

struct KindInfo
{
    MailKind kind;
    const char *code;
};

constexpr KindInfo Kinds[] = {
    {MailKind::Welcome, "welcome"},
    {MailKind::FileReturned, "file_returned"},
    {MailKind::FileValidated, "file_validated"},
    {MailKind::Invoice, "invoice"},
    {MailKind::Receipt, "receipt"},
    {MailKind::Reminder, "reminder"},
    {MailKind::LowBalance, "low_balance"},
    {MailKind::PlanningsOpen, "plannings_open"},
    {MailKind::Refund, "refund"},
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]*)\\}"));
    return pattern;
}

// The placeholders a text names, in order, once each.
QStringList namedIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names += name;
    }
    return names;
}

// What a filled text looks like to the family: no line ending in spaces, no run of empty lines (an empty
// {contact} leaves none).
QString tidy(QString text)
{
    static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
    static const QRegularExpression emptyLines(QStringLiteral("\\n{3,}"));
    text.replace(trailing, QStringLiteral("\n"));
    text.replace(emptyLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace

QString mailKindCode(MailKind kind)
{
    for (const KindInfo &k : Kinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.code);
    return {};
}

std::optional<MailKind> mailKindFromCode(const QString &code)
{
    for (const KindInfo &k : Kinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

QString mailKindLabel(const QString &code)
{
    switch (mailKindFromCode(code).value_or(MailKind(-1))) {
    case MailKind::Welcome:
        return MailTemplates::tr("Account created");
    case MailKind::FileReturned:
        return MailTemplates::tr("File returned");
    case MailKind::FileValidated:
        return MailTemplates::tr("File validated");
    case MailKind::Invoice:
        return MailTemplates::tr("Invoice");
    case MailKind::Receipt:
        return MailTemplates::tr("Receipt");
    case MailKind::Refund:
        return MailTemplates::tr("Refund");
    case MailKind::PlanningsOpen:
        return MailTemplates::tr("Plannings open");
    case MailKind::Reminder:
        return MailTemplates::tr("Reminder");
    case MailKind::LowBalance:
        return MailTemplates::tr("Few tickets left");
    }
    return code;
}

QList<MailKind> MailTemplates::kinds()
{
    QList<MailKind> list;
    for (const KindInfo &k : Kinds)
        list += k.kind;
    return list;
}

QList<MailPlaceholder> MailTemplates::placeholders(MailKind kind)
{
    const auto p = [](const char *name, const QString &description, bool required = false) {
        return MailPlaceholder{QString::fromLatin1(name), description, required};
    };
    QList<MailPlaceholder> list{
        p("famille", tr("the family's name")),
        p("dossier", tr("the family file's number")),
        p("commune", tr("the commune's legal name")),
        p("regie", tr("the régie's name")),
        p("contact", tr("the service's phone and email")),
        p("portail", tr("the families' portal address")),
    };
    switch (kind) {
    case MailKind::Welcome:
        list += p("reglement", tr("the version of the règlement intérieur the family accepted"), true);
        break;
    case MailKind::FileReturned:
        list += p("motif", tr("why the file is returned, as the clerk wrote it"), true);
        break;
    case MailKind::FileValidated:
        list[1].required = true; // which file was processed
        break;
    case MailKind::Invoice:
        list +=
            {p("facture", tr("the invoice's number"), true), p("montant", tr("the invoice's total"), true)};
        break;
    case MailKind::Receipt:
        list += {p("recu", tr("the receipt's number"), true), p("montant", tr("the amount paid"), true),
                 p("facture", tr("the invoice paid"), true),
                 p("etat", tr("whether the invoice is now paid, or what remains due"))};
        break;
    case MailKind::Reminder:
        list += {p("facture", tr("the invoice's number"), true),
                 p("reste_du", tr("what remains to be paid"), true),
                 p("date_facture", tr("the day the invoice was issued")),
                 p("montant", tr("the invoice's total"))};
        break;
    case MailKind::LowBalance:
        list +=
            {p("activite", tr("the activity"), true), p("solde", tr("the tickets left in the wallet"), true),
             p("seuil", tr("the activity's threshold"))};
        break;
    case MailKind::PlanningsOpen:
        list += {p("annee", tr("the school year, 2027-2028"), true),
                 p("ouverture", tr("the day booking opens"), true)};
        break;
    case MailKind::Refund:
        list += {p("remboursement", tr("the refund's number"), true),
                 p("montant", tr("the amount refunded"), true),
                 p("mode", tr("how it is paid: in cash at the counter, or by transfer"))};
        break;
    }
    return list;
}

MailTemplate MailTemplates::defaults(MailKind kind)
{
    // Every message is framed the same way; the administrator edits the whole text.
    const auto framed = [](const QString &text) {
        return tr("Hello,\n\n%1\n\nFamily file no. {dossier}.\n\nKind regards,\n{regie}\n{commune}\n{contact}"
                  "\n\nThis message was sent automatically; you may answer it to reach the school affairs "
                  "service.")
            .arg(text);
    };
    MailTemplate t;
    t.kind = mailKindCode(kind);
    switch (kind) {
    case MailKind::Welcome:
        t.subject = tr("Your periscolaire account is created");
        t.body = framed(tr("Your account for the canteen, the day care and the study was created at the town "
                           "hall's counter. You accepted the règlement intérieur (version {reglement}) and "
                           "the terms of use in force. Once your family file is complete and validated, you "
                           "can buy tickets and book the days, at the counter or on the families' portal: "
                           "{portail}"));
        break;
    case MailKind::FileReturned:
        t.subject = tr("Your family file needs completing");
        t.body = framed(tr("Your family file was returned to you, for this reason:\n\n    {motif}\n\nPlease "
                           "complete it at the counter or on the families' portal; we will then process it "
                           "again."));
        break;
    case MailKind::FileValidated:
        t.subject = tr("Your family file has been processed");
        t.body = framed(tr("Your family file has been processed and validated: you can now buy tickets and "
                           "book the days of the canteen, the day care and the study."));
        break;
    case MailKind::Invoice:
        t.subject = tr("Invoice {facture}");
        t.body = framed(tr("Please find attached invoice {facture}, of {montant}. You can pay it at the town "
                           "hall's counter (cash, cheque made out to the régie, bank card) or online; the "
                           "tickets are in your wallet once it is paid."));
        break;
    case MailKind::Receipt:
        t.subject = tr("Payment received — receipt {recu}");
        t.body = framed(tr("We received your payment of {montant} for invoice {facture}; receipt {recu} is "
                           "attached. {etat}"));
        break;
    case MailKind::Reminder:
        t.subject = tr("Reminder: invoice {facture} to pay");
        t.body = framed(tr("Unless we are mistaken, invoice {facture} of {date_facture} still has {reste_du} "
                           "to pay (attached). You can pay it at the town hall's counter (cash, cheque made "
                           "out to the régie, bank card) or online. If you have paid it meanwhile, please "
                           "disregard this message."));
        break;
    case MailKind::LowBalance:
        t.subject = tr("Few tickets left: {activite}");
        t.body = framed(tr("After your latest booking, your wallet holds {solde} ticket(s) of {activite}. "
                           "Remember to buy tickets at the town hall's counter or online, so that the next "
                           "days can be booked."));
        break;
    case MailKind::PlanningsOpen:
        t.subject = tr("The plannings of {annee} are open");
        t.body = framed(tr("The plannings of the school year {annee} are open: you can book the days of the "
                           "canteen, the day care and the study from {ouverture}, at the town hall's counter "
                           "or on the families' portal. Remember to book before each day's deadline."));
        break;
    case MailKind::Refund:
        t.subject = tr("Refund of your tickets ({remboursement})");
        t.body = framed(tr("The refund of your surplus tickets, {montant} (refund {remboursement}), was "
                           "recorded. {mode}"));
        break;
    }
    return t;
}

Status MailTemplates::check(MailKind kind, const QString &subject, const QString &body)
{
    if (subject.trimmed().isEmpty())
        return Error::inField(QStringLiteral("subject"), tr("Required: the subject families see."));
    if (subject.contains(QLatin1Char('\n')) || subject.size() > 200)
        return Error::inField(QStringLiteral("subject"),
                              tr("The subject is one line of at most 200 characters."));
    if (body.trimmed().isEmpty())
        return Error::inField(QStringLiteral("body"), tr("Required: the text families read."));
    const QList<MailPlaceholder> known = placeholders(kind);
    QStringList names;
    for (const MailPlaceholder &p : known)
        names += QLatin1Char('{') + p.name + QLatin1Char('}');
    for (const auto &[field, text] :
         {std::pair{QStringLiteral("subject"), subject}, std::pair{QStringLiteral("body"), body}})
        for (const QString &name : namedIn(text))
            if (std::none_of(known.begin(), known.end(),
                             [&](const MailPlaceholder &p) { return p.name == name; }))
                return Error::inField(field,
                                      tr("{%1} is not a placeholder of this message: check its spelling. "
                                         "This message knows %2.")
                                          .arg(name, names.join(QStringLiteral(", "))));
    const QStringList used = namedIn(subject) + namedIn(body);
    for (const MailPlaceholder &p : known)
        if (p.required && !used.contains(p.name))
            return Error::inField(QStringLiteral("body"),
                                  tr("The text must say {%1} (%2): put it back in the subject or the body.")
                                      .arg(p.name, p.description));
    return Status::success();
}

QString MailTemplates::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString filled;
    qsizetype from = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        filled += text.mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        filled += value == values.constEnd() ? m.captured(0) : value.value();
        from = m.capturedEnd();
    }
    return filled + text.mid(from);
}

MailTemplates::MailTemplates(Session &session) : m_session(session), m_statements(session.database()) {}

Result<MailTemplate> MailTemplates::get(MailKind kind) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT subject, body, updated_at, updated_by, version FROM mail_template WHERE kind = ?"));
    q.addBindValue(mailKindCode(kind));
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next()) {
        q.finish();
        return defaults(kind);
    }
    MailTemplate t;
    t.kind = mailKindCode(kind);
    t.subject = q.value(0).toString();
    t.body = q.value(1).toString();
    t.custom = true;
    t.updatedAt = instantFromIso(q.value(2));
    t.updatedBy = q.value(3).toString();
    t.version = q.value(4).toInt();
    q.finish();
    return t;
}

Status MailTemplates::save(MailKind kind, const QString &subject, const QString &body)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the texts of the families' emails"));
        !s)
        return s;
    const QString cleanSubject = subject.trimmed();
    const QString cleanBody = body.trimmed();
    if (Status s = check(kind, cleanSubject, cleanBody); !s)
        return s;
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "INSERT INTO mail_template (kind, origin_site, subject, body, updated_at, updated_by) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (kind) DO UPDATE SET subject = excluded.subject, body = "
        "excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = "
        "version + 1"));
    bindAll(q, {mailKindCode(kind), db.siteId(), cleanSubject, cleanBody, db.clock().nowIso(),
                m_session.actor()});
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Status MailTemplates::reset(MailKind kind)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the texts of the families' emails"));
        !s)
        return s;
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery &q = m_statements.get(QStringLiteral("DELETE FROM mail_template WHERE kind = ?"));
    q.addBindValue(mailKindCode(kind));
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

Result<QHash<QString, QString>> MailTemplates::familyValues(qint64 householdId) const
{
    const auto profile = m_session.commune().profile();
    if (!profile)
        return profile.error();
    const CommuneProfile &c = profile.value();
    QSqlQuery &q = m_statements.get(
        QStringLiteral("SELECT file_number, name, rules_version FROM household WHERE id = ?"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(tr("This family file does not exist."));
    QHash<QString, QString> values{
        {QStringLiteral("dossier"), q.value(0).toString()},
        {QStringLiteral("famille"), q.value(1).toString()},
        {QStringLiteral("reglement"), q.value(2).toString()},
    };
    q.finish();
    QStringList contact;
    for (const QString &part : {c.phone, c.email})
        if (!part.trimmed().isEmpty())
            contact += part.trimmed();
    values.insert(QStringLiteral("commune"), c.legalName);
    values.insert(QStringLiteral("regie"), c.regieName.isEmpty() ? c.legalName : c.regieName);
    values.insert(QStringLiteral("contact"), contact.join(QStringLiteral(" — ")));
    values.insert(QStringLiteral("portail"),
                  c.portalUrl.isEmpty() ? tr("ask the counter for its address") : c.portalUrl);
    return values;
}

Result<std::pair<QString, QString>> MailTemplates::render(MailKind kind, qint64 householdId,
                                                          QHash<QString, QString> values) const
{
    const auto family = familyValues(householdId);
    if (!family)
        return family.error();
    for (auto it = family.value().constBegin(); it != family.value().constEnd(); ++it)
        if (!values.contains(it.key()))
            values.insert(it.key(), it.value());
    const auto text = get(kind);
    if (!text)
        return text.error();
    return std::pair{fill(text.value().subject, values).simplified(), tidy(fill(text.value().body, values))};
}

Result<std::pair<QString, QString>> MailTemplates::preview(MailKind kind, const QString &subject,
                                                           const QString &body, qint64 householdId) const
{
    const auto family = familyValues(householdId);
    if (!family)
        return family.error();
    QHash<QString, QString> values = family.value();
    // The event's values: the family's latest invoice where it has one, examples otherwise.
    values.insert(QStringLiteral("facture"), QStringLiteral("SO1-2026-000123"));
    values.insert(QStringLiteral("montant"), Money::fromCents(4150).toString());
    values.insert(QStringLiteral("reste_du"), Money::fromCents(4150).toString());
    values.insert(QStringLiteral("date_facture"), frenchDate(m_session.today()));
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT number, total_cents, issued_at FROM invoice WHERE "
                                                   "household_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(householdId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next()) {
        values.insert(QStringLiteral("facture"), q.value(0).toString());
        values.insert(QStringLiteral("montant"), Money::fromCents(q.value(1).toLongLong()).toString());
        values.insert(QStringLiteral("reste_du"), Money::fromCents(q.value(1).toLongLong()).toString());
        values.insert(QStringLiteral("date_facture"), m_session.time().dateText(instantFromIso(q.value(2))));
    }
    q.finish();
    values.insert(QStringLiteral("recu"), QStringLiteral("SO1-RC-2026-000045"));
    values.insert(QStringLiteral("etat"), paymentState(Money()));
    values.insert(QStringLiteral("remboursement"), QStringLiteral("SO1-RB-2027-000007"));
    values.insert(QStringLiteral("mode"), refundMode(false));
    values.insert(QStringLiteral("motif"), tr("The certificate of insurance is missing."));
    const auto years = m_session.catalog().schoolYears();
    if (years && !years.value().isEmpty()) {
        values.insert(QStringLiteral("annee"), years.value().last().label);
        values.insert(QStringLiteral("ouverture"), frenchDate(years.value().last().bookingOpensOn));
    }
    const auto activities = m_session.catalog().activities();
    if (activities && !activities.value().isEmpty()) {
        const Activity &a = activities.value().first();
        const auto balance = m_session.wallet().balance(householdId, a.id);
        values.insert(QStringLiteral("activite"), a.name);
        values.insert(QStringLiteral("solde"), QString::number(balance ? balance.value() : 0));
        values.insert(QStringLiteral("seuil"), QString::number(a.lowBalanceThreshold));
    }
    // Only this kind's placeholders are filled: one it does not know stays visible as typed.
    QHash<QString, QString> known;
    for (const MailPlaceholder &p : placeholders(kind))
        known.insert(p.name, values.value(p.name));
    return std::pair{fill(subject, known).simplified(), tidy(fill(body, known))};
}

Result<QString> MailTemplates::sampleFileNumber() const
{
    QSqlQuery &q = m_statements.get(QStringLiteral(
        "SELECT file_number FROM household ORDER BY status = 'validated' AND trim(email) <> '' DESC, id DESC "
        "LIMIT 1"));
    if (Status s = execOrError(q); !s)
        return s.error();
    const QString number = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return number;
}

QString MailTemplates::paymentState(Money stillDue)
{
    return stillDue.isZero() ? tr("The invoice is paid: its tickets are in your wallet.")
                             : tr("%1 remain to be paid on this invoice.").arg(stillDue.toString());
}

QString MailTemplates::refundMode(bool cash)
{
    return cash ? tr("It was paid to you in cash at the counter.")
                : tr("The public accountant will pay it by transfer to your bank account.");
}

} // namespace guichet
