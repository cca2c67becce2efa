#include "commune/CommuneSettings.h"
#include "family/FamilyValidator.h"
#include "session/Session.h"
#include "users/UserService.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace guichet {

namespace Key {
constexpr const char *Name = "commune_name";
constexpr const char *PostalCodes = "commune_postal_codes";
constexpr const char *RulesVersion = "rules_version";
constexpr const char *TermsVersion = "terms_version";
constexpr const char *TimeZone = "time_zone";
constexpr const char *LegalName = "legal_name";
constexpr const char *Siret = "siret";
constexpr const char *Address = "commune_address";
constexpr const char *Phone = "commune_phone";
constexpr const char *Email = "commune_email";
constexpr const char *RegieName = "regie_name";
constexpr const char *RegieAct = "regie_act";
constexpr const char *RegisseurName = "regisseur_name";
constexpr const char *InvoiceDueDays = "invoice_due_days";
constexpr const char *UnpaidNotice = "unpaid_notice";
constexpr const char *AppealNotice = "appeal_notice";
constexpr const char *SchoolZone = "school_zone";
constexpr const char *ServiceWeekdays = "service_weekdays";
constexpr const char *CashCeiling = "cash_ceiling_cents";
constexpr const char *CashRefunds = "cash_refunds_allowed";
constexpr const char *ReminderDays = "reminder_days";
constexpr const char *PortalUrl = "portal_url";
constexpr const char *SmtpUrl = "smtp_url";
constexpr const char *SmtpSecurity = "smtp_security";
constexpr const char *SmtpUser = "smtp_user";
constexpr const char *MailFrom = "mail_from";
constexpr const char *MailFromName = "mail_from_name";
constexpr const char *MailReplyTo = "mail_reply_to";
} // namespace Key

QString CommuneSettings::value(const char *key, Status *failure) const
{
    QSqlQuery &q = m_statements.get(QStringLiteral("SELECT value FROM commune_setting WHERE key = ?"));
    q.bindValue(0, QString::fromLatin1(key));
    QString value;
    if (q.exec()) {
        if (q.next())
            value = q.value(0).toString();
    } else {
        qWarning("Reading the commune setting %s: %s", key, qPrintable(q.lastError().text()));
        if (failure && failure->ok())
            *failure = storageError(q.lastError());
    }
    q.finish();
    return value;
}

Status CommuneSettings::write(const char *key, const QString &value)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO commune_setting (key, value, origin_site, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
        "version = version + 1 WHERE value <> excluded.value"));
    bindAll(q, {QString::fromLatin1(key), value, m_database.siteId(), m_database.clock().nowIso()});
    return execOrError(q);
}

QString CommuneSettings::name() const
{
    return value(Key::Name);
}

Result<QString> CommuneSettings::read(const char *key) const
{
    Status failure;
    QString text = value(key, &failure);
    if (!failure)
        return failure.error();
    return text;
}

Result<QStringList> CommuneSettings::postalCodes() const
{
    const auto text = read(Key::PostalCodes);
    if (!text)
        return text.error();
    QStringList codes = text.value().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &code : codes)
        code = code.trimmed();
    return codes;
}

Result<QString> CommuneSettings::rulesVersion() const
{
    return read(Key::RulesVersion);
}

Result<QString> CommuneSettings::termsVersion() const
{
    return read(Key::TermsVersion);
}

QByteArray CommuneSettings::timeZone() const
{
    const QString zone = value(Key::TimeZone);
    return zone.isEmpty() ? QByteArray("Europe/Paris") : zone.toLatin1();
}

Result<QString> CommuneSettings::schoolZone() const
{
    return read(Key::SchoolZone);
}

Result<QList<int>> CommuneSettings::serviceWeekdays() const
{
    const auto text = read(Key::ServiceWeekdays);
    if (!text)
        return text.error();
    return parseWeekdays(text.value().isEmpty() ? QStringLiteral("1,2,4,5") : text.value());
}

QList<int> CommuneSettings::parseWeekdays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7)
            return {};
        if (!days.contains(day))
            days += day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

Result<CommuneProfile> CommuneSettings::profile() const
{
    Status read;
    CommuneProfile p;
    p.name = value(Key::Name, &read);
    p.legalName = value(Key::LegalName, &read);
    p.siret = value(Key::Siret, &read);
    p.address = value(Key::Address, &read);
    p.phone = value(Key::Phone, &read);
    p.email = value(Key::Email, &read);
    p.regieName = value(Key::RegieName, &read);
    p.regieAct = value(Key::RegieAct, &read);
    p.regisseurName = value(Key::RegisseurName, &read);
    bool ok = false;
    const int days = value(Key::InvoiceDueDays, &read).toInt(&ok);
    p.invoiceDueDays = ok ? days : 30;
    p.unpaidNotice = value(Key::UnpaidNotice, &read);
    p.appealNotice = value(Key::AppealNotice, &read);
    const qint64 ceiling = value(Key::CashCeiling, &read).toLongLong(&ok);
    p.cashCeiling = Money::fromCents(ok ? ceiling : 300000);
    p.cashRefundsAllowed = value(Key::CashRefunds, &read) == QLatin1String("1");
    const int reminder = value(Key::ReminderDays, &read).toInt(&ok);
    p.reminderDays = ok ? reminder : 15;
    p.portalUrl = value(Key::PortalUrl, &read);
    if (!read)
        return read.error();
    return p;
}

bool CommuneSettings::isValidSiret(const QString &siret)
{
    static const QRegularExpression fourteenDigits(QStringLiteral("^\\d{14}$"));
    if (!fourteenDigits.match(siret).hasMatch())
        return false;
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int digit = siret.at(13 - i).digitValue();
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
    }
    return sum % 10 == 0;
}

Status CommuneSettings::saveProfile(const CommuneProfile &profile)
{
    if (Status s = m_session.users().require(Role::Admin, tr("Changing the commune's settings")); !s)
        return s;
    CommuneProfile p = profile;
    for (QString *text : {&p.name, &p.legalName, &p.address, &p.phone, &p.email, &p.regieName, &p.regieAct,
                          &p.regisseurName, &p.unpaidNotice, &p.appealNotice, &p.portalUrl})
        *text = text->trimmed();
    p.siret.remove(QLatin1Char(' '));
    QMap<QString, QString> errors;
    if (p.name.isEmpty())
        errors[QStringLiteral("name")] = tr("Required: the commune's name, e.g. Saint-Omer.");
    if (p.legalName.isEmpty())
        errors[QStringLiteral("legalName")] =
            tr("Required: the name printed on documents, e.g. Ville de Saint-Omer.");
    if (!p.siret.isEmpty() && !isValidSiret(p.siret))
        errors[QStringLiteral("siret")] =
            tr("A SIRET has 14 digits and a check digit; this one is not valid. Copy it from an official "
               "document, or leave it empty.");
    if (p.address.isEmpty())
        errors[QStringLiteral("address")] = tr("Required: the address printed on documents.");
    if (p.regieName.isEmpty())
        errors[QStringLiteral("regieName")] = tr("Required: cheques are made out to the régie by this name.");
    if (p.reminderDays < 0 || p.reminderDays > 120)
        errors[QStringLiteral("reminderDays")] =
            tr("Reminders are sent 1 to 120 days after the invoice, or never (0).");
    if (!p.portalUrl.isEmpty()) {
        const QUrl url(p.portalUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            errors[QStringLiteral("portalUrl")] =
                tr("Give the portal's whole address, https://… as families type it, or leave it empty.");
    }
    if (p.invoiceDueDays < 0 || p.invoiceDueDays > 120)
        errors[QStringLiteral("invoiceDueDays")] = tr("Give a number of days between 0 and 120.");
    if (p.cashCeiling.isNegative() || p.cashCeiling.isZero())
        errors[QStringLiteral("cashCeiling")] =
            tr("Give the régie's ceiling (encaisse maximale) set by its act, more than 0,00 €.");
    if (!errors.isEmpty())
        return Error::inFields(errors);

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const std::pair<const char *, QString> values[] = {
        {Key::Name, p.name},
        {Key::LegalName, p.legalName},
        {Key::Siret, p.siret},
        {Key::Address, p.address},
        {Key::Phone, p.phone},
        {Key::Email, p.email},
        {Key::RegieName, p.regieName},
        {Key::RegieAct, p.regieAct},
        {Key::RegisseurName, p.regisseurName},
        {Key::InvoiceDueDays, QString::number(p.invoiceDueDays)},
        {Key::UnpaidNotice, p.unpaidNotice},
        {Key::AppealNotice, p.appealNotice},
        {Key::CashCeiling, QString::number(p.cashCeiling.cents())},
        {Key::CashRefunds, p.cashRefundsAllowed ? QStringLiteral("1") : QStringLiteral("0")},
        {Key::ReminderDays, QString::number(p.reminderDays)},
        {Key::PortalUrl, p.portalUrl},
    };
    for (const auto &[key, value] : values)
        if (Status s = write(key, value); !s)
            return s;
    return transaction.commit();
}

Result<SmtpSettings> CommuneSettings::mailServer() const
{
    Status read;
    SmtpSettings s;
    s.url = value(Key::SmtpUrl, &read);
    const QString security = value(Key::SmtpSecurity, &read);
    if (!security.isEmpty())
        s.security = security;
    s.user = value(Key::SmtpUser, &read);
    s.from = value(Key::MailFrom, &read);
    s.fromName = value(Key::MailFromName, &read);
    s.replyTo = value(Key::MailReplyTo, &read);
    if (!read)
        return read.error();
    return s;
}

Status CommuneSettings::saveProfile(const CommuneProfile &profile, const SmtpSettings &mailServer)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    if (Status s = saveProfile(profile); !s)
        return s;
    if (Status s = saveMailServer(mailServer); !s)
        return s;
    return transaction.commit();
}

Status CommuneSettings::saveMailServer(const SmtpSettings &s)
{
    if (Status allowed = m_session.users().require(Role::Admin, tr("Changing the commune's settings"));
        !allowed)
        return allowed;
    QMap<QString, QString> errors;
    const QString url = s.url.trimmed();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("smtp://")) &&
        !url.startsWith(QLatin1String("smtps://")))
        errors[QStringLiteral("smtpUrl")] =
            tr("Give the mail server as smtp://server:587 (STARTTLS) or smtps://server:465 (TLS).");
    if (s.security != QLatin1String("starttls") && s.security != QLatin1String("tls") &&
        s.security != QLatin1String("none"))
        errors[QStringLiteral("smtpSecurity")] = tr("Choose STARTTLS, TLS or none.");
    if (!s.from.trimmed().isEmpty() && !FamilyValidator::isValidEmail(s.from.trimmed()))
        errors[QStringLiteral("mailFrom")] =
            tr("The sender must be an email address, e.g. affaires-scolaires@ville.fr.");
    if (!s.replyTo.trimmed().isEmpty() && !FamilyValidator::isValidEmail(s.replyTo.trimmed()))
        errors[QStringLiteral("mailReplyTo")] = tr("The reply address must be an email address.");
    if (!errors.isEmpty())
        return Error::inFields(errors);
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const std::pair<const char *, QString> values[] = {
        {Key::SmtpUrl, url},
        {Key::SmtpSecurity, s.security},
        {Key::SmtpUser, s.user.trimmed()},
        {Key::MailFrom, s.from.trimmed()},
        {Key::MailFromName, s.fromName.trimmed()},
        {Key::MailReplyTo, s.replyTo.trimmed()},
    };
    for (const auto &[key, value] : values)
        if (Status st = write(key, value); !st)
            return st;
    return transaction.commit();
}

} // namespace guichet
