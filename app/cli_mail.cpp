// guichet-cli's mail commands: the outbox delivered by SMTP, and listed. Arguments and output only; the rules
// (who gets what, retries, uncertain messages) are core's (mail/Outbox.cpp).
#include "cli.h"

#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"
#include "commune/CommuneSettings.h"
#include "family/FamilyService.h"
#include "mail/Keyring.h"
#include "mail/Outbox.h"

#include <QFile>

namespace guichet::cli {

// mail send [--smtp URL] [--smtp-security starttls|tls|none] [--smtp-user U --smtp-password-stdin]
//           [--smtp-ca FILE]: delivers what waits; the options override the commune's settings.
int mailSend(Context &c)
{
    MailService &mail = c.session->mail();
    auto settings = c.session->commune().mailServer();
    if (!settings)
        return fail(c, settings.error());
    SmtpSettings s = settings.value();
    if (c.parser.isSet(QStringLiteral("smtp")))
        s.url = c.parser.value(QStringLiteral("smtp"));
    if (c.parser.isSet(QStringLiteral("smtp-security"))) {
        s.security = c.parser.value(QStringLiteral("smtp-security"));
        if (s.security != QLatin1String("starttls") && s.security != QLatin1String("tls") &&
            s.security != QLatin1String("none"))
            return fail(c, Error::of(Cli::tr("--smtp-security takes starttls, tls or none.")), 2);
    }
    if (c.parser.isSet(QStringLiteral("smtp-user")))
        s.user = c.parser.value(QStringLiteral("smtp-user"));
    if (c.parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        s.password = readSecret();
    } else if (!s.user.trimmed().isEmpty()) { // the password kept by mail setup or the window
        const auto kept = Keyring::smtpPassword(s);
        if (kept)
            s.password = kept.value();
        else
            c.err << kept.error().message << '\n' << Qt::flush;
    }
    if (c.parser.isSet(QStringLiteral("smtp-ca")))
        s.caFile = c.parser.value(QStringLiteral("smtp-ca"));
    const auto report = mail.deliver(s, [&](int done, int total) {
        c.err << Cli::tr("%1 / %2 messages").arg(done).arg(total) << '\n' << Qt::flush;
    });
    if (!report)
        return fail(c, report.error());
    c.out << "reminders\t" << report.value().reminders << '\n';
    c.out << "sent\t" << report.value().sent << '\n';
    c.out << "retry\t" << report.value().retried << '\n';
    c.out << "failed\t" << report.value().failed << '\n';
    c.out << "uncertain\t" << report.value().uncertain << '\n';
    // 0: everything due went; 3: some will be tried again or need a clerk (the outbox says why).
    return report.value().retried + report.value().failed + report.value().uncertain > 0 ? 3 : 0;
}

// mail setup --smtp URL [--smtp-security] [--smtp-user] [--smtp-password-stdin] --from ADDRESS [--from-name
// N]
// [--reply-to A] --user ADMIN: the commune's mail server; its password (stdin, after the user's) goes to this
// computer's desktop keyring, never to the database.
int mailSetup(Context &c)
{
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto current = c.session->commune().mailServer();
    if (!current)
        return fail(c, current.error());
    SmtpSettings s = current.value();
    const auto set = [&](const char *option, QString &field) {
        if (c.parser.isSet(QString::fromLatin1(option)))
            field = c.parser.value(QString::fromLatin1(option));
    };
    set("smtp", s.url);
    set("smtp-security", s.security);
    set("smtp-user", s.user);
    set("from", s.from);
    set("from-name", s.fromName);
    set("reply-to", s.replyTo);
    if (Status saved = c.session->commune().saveMailServer(s); !saved)
        return fail(c, saved.error());
    // The server's password, the line after the user's on stdin, goes to this computer's keyring.
    if (c.parser.isSet(QStringLiteral("smtp-password-stdin"))) {
        if (Status kept = Keyring::storeSmtpPassword(s, readSecret()); !kept)
            return fail(c, kept.error());
        c.out << "password\tkeyring\n";
    }
    c.out << "smtp\t" << s.url << '\t' << s.security << '\t' << s.user << '\n';
    c.out << "from\t" << s.from << '\t' << s.fromName << '\t' << s.replyTo << '\n';
    return 0;
}

// mail plannings-open [--year 2027-2028] --user L: tells every validated family that booking opens.
int mailPlanningsOpen(Context &c)
{
    if (Status s = actAsRequired(c); !s)
        return fail(c, s.error());
    const auto years = c.session->catalog().schoolYears();
    if (!years)
        return fail(c, years.error());
    std::optional<SchoolYear> year = c.session->catalog().schoolYearToShow(c.session->today());
    if (c.parser.isSet(QStringLiteral("year"))) {
        year.reset();
        for (const SchoolYear &y : years.value())
            if (y.label == c.parser.value(QStringLiteral("year")))
                year = y;
    }
    if (!year)
        return fail(c,
                    Error::of(Cli::tr("There is no school year \"%1\": give one as --year 2027-2028.")
                                  .arg(c.parser.value(QStringLiteral("year")))),
                    2);
    const auto queued = c.session->mail().announcePlannings(year->id, [&](int done, int total) {
        c.err << Cli::tr("%1 / %2 families").arg(done).arg(total) << '\n' << Qt::flush;
    });
    if (!queued)
        return fail(c, queued.error());
    c.out << "queued\t" << queued.value() << '\t' << year->label << '\n';
    return 0;
}

// mail list [--household FILE_NO]: the outbox, newest first.
int mailList(Context &c)
{
    qint64 household = 0;
    if (c.parser.isSet(QStringLiteral("household"))) {
        const auto id =
            c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("household")));
        if (!id)
            return fail(c, id.error());
        household = id.value();
    }
    const auto messages = c.session->mail().messages(household);
    if (!messages)
        return fail(c, messages.error());
    for (const MailMessage &m : messages.value())
        c.out << m.id << '\t' << m.status << '\t' << m.kind << '\t' << m.to << '\t' << m.subject << '\t'
              << m.queuedAt.toString(Qt::ISODate) << '\t' << m.attempts << '\t' << m.lastError << '\n';
    return 0;
}

// The kind named by --kind, or a message listing them.
static Result<MailKind> kindOption(Context &c)
{
    const QString code = c.parser.value(QStringLiteral("kind")).trimmed();
    if (const auto kind = mailKindFromCode(code))
        return *kind;
    QStringList codes;
    for (const MailKind kind : MailTemplates::kinds())
        codes += mailKindCode(kind);
    return Error::of(
        Cli::tr("There is no message \"%1\". The messages: %2.").arg(code, codes.join(QStringLiteral(", "))));
}

// mail templates: each kind of message, whether its text is the administrator's, and its subject.
int mailTemplates(Context &c)
{
    for (const MailKind kind : MailTemplates::kinds()) {
        const auto text = c.session->mail().templates().get(kind);
        if (!text)
            return fail(c, text.error());
        c.out << mailKindCode(kind) << '\t' << (text.value().custom ? "custom" : "default") << '\t'
              << text.value().subject << '\n';
    }
    return 0;
}

// mail template --kind K [--subject S] [--body-file F | --reset] [--preview FILE_NO] [--user ADMIN]: prints a
// message's text (filled for a family with --preview); with --subject or --body-file saves it first, with
// --reset goes back to the program's text (both as an administrator).
int mailTemplate(Context &c)
{
    const auto kind = kindOption(c);
    if (!kind)
        return fail(c, kind.error(), 2);
    MailTemplates &templates = c.session->mail().templates();
    const bool change =
        c.parser.isSet(QStringLiteral("subject")) || c.parser.isSet(QStringLiteral("body-file"));
    if (change || c.parser.isSet(QStringLiteral("reset"))) {
        if (Status s = actAsRequired(c); !s)
            return fail(c, s.error());
    }
    if (c.parser.isSet(QStringLiteral("reset"))) {
        if (change)
            return fail(
                c,
                Error::of(Cli::tr(
                    "--reset goes back to the program's text: give no --subject or --body-file with it.")),
                2);
        if (Status s = templates.reset(kind.value()); !s)
            return fail(c, s.error());
    }
    const auto current = templates.get(kind.value());
    if (!current)
        return fail(c, current.error());
    QString subject = current.value().subject, body = current.value().body;
    if (change) {
        if (c.parser.isSet(QStringLiteral("subject")))
            subject = c.parser.value(QStringLiteral("subject"));
        if (c.parser.isSet(QStringLiteral("body-file"))) {
            QFile file(c.parser.value(QStringLiteral("body-file")));
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    c, Error::of(Cli::tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())), 2);
            body = QString::fromUtf8(file.readAll());
        }
        if (Status s = templates.save(kind.value(), subject, body); !s)
            return fail(c, s.error());
    }
    if (c.parser.isSet(QStringLiteral("preview"))) {
        const auto household =
            c.session->family().householdIdByFileNumber(c.parser.value(QStringLiteral("preview")));
        if (!household)
            return fail(c, household.error());
        const auto shown = templates.preview(kind.value(), subject, body, household.value());
        if (!shown)
            return fail(c, shown.error());
        subject = shown.value().first;
        body = shown.value().second;
    }
    c.out << "subject\t" << subject.trimmed() << "\n\n" << body.trimmed() << '\n';
    return 0;
}

} // namespace guichet::cli
