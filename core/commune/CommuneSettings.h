#pragma once

#include "common/Money.h"
#include "common/Result.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace guichet {

class Session;

class Database;

// Who the commune is and what its documents say, as the administrator sets it (Administration >
// Commune). Printed on every invoice, receipt and credit note.
struct CommuneProfile
{
    QString name;      // "Saint-Omer" (window title, search)
    QString legalName; // "Ville de Saint-Omer"
    QString siret;     // 14 digits, or empty
    QString address;   // "Hôtel de Ville, place Victor-Hugo, 62500 Saint-Omer"
    QString phone;
    QString email;
    QString regieName;     // "Régie de recettes des affaires scolaires" (cheques are made out to it)
    QString regieAct;      // the act that created the régie, optional: "arrêté du 12 mars 2019"
    QString regisseurName; // optional
    int invoiceDueDays = 30;
    QString unpaidNotice; // what happens when an invoice is not paid (titre de recettes)
    QString appealNotice; // voies et délais de recours
    // The régie's ceiling (encaisse maximale): the counter warns when the cash held exceeds it.
    Money cashCeiling = Money::fromCents(300000);
    // Whether the régie's founding act allows refunds in cash from the till (otherwise the public
    // accountant pays every refund by transfer).
    bool cashRefundsAllowed = false;
    // An invoice still unpaid this many days after it was issued is recalled to the family by email, and
    // again as many days after the first reminder (at most twice). 0: no reminders.
    int reminderDays = 15;
    // The families' portal (https://…), given in the emails; empty: the emails tell families to ask.
    QString portalUrl;
};

// The commune's mail server and sender (Administration › Commune; guichet-cli mail setup). The password is
// never stored in the database: the sender is given it (the desktop keyring, or stdin for guichet-cli).
struct SmtpSettings
{
    QString url;                                   // smtp://host:587, smtps://host:465
    QString security = QStringLiteral("starttls"); // starttls, tls, none
    QString user, password;
    QString from, fromName, replyTo;
    QString caFile; // a certificate authority to trust besides the system's (a town hall's own server)
};

// The commune's settings, stored in the database (table commune_setting) so that they travel with it
// and are the same on every counter. Every key, with its default, is declared in CommuneSettings.cpp and
// nowhere else; the machine's own settings are common/Settings.
class CommuneSettings
{
    Q_DECLARE_TR_FUNCTIONS(CommuneSettings)

public:
    // 'session' asks who may change the settings (UserService::require).
    CommuneSettings(Database &database, Session &session)
        : m_database(database), m_session(session), m_statements(database)
    {}

    QString name() const;
    // What a family's file records about it is read here: a failed read is an error, never an empty
    // value (an empty list of postal codes would mark every family non-resident).
    Result<QStringList> postalCodes() const;
    Result<QString> rulesVersion() const;       // the règlement intérieur families accept
    Result<QString> termsVersion() const;       // the conditions générales d'utilisation
    QByteArray timeZone() const;                // IANA id, Europe/Paris by default
    Result<QString> schoolZone() const;         // the zone of school holidays: A, B or C
    Result<QList<int>> serviceWeekdays() const; // ISO weekdays with service by default: 1, 2, 4, 5
    // Everything documents print about the commune (an error when it cannot be read: a document is not
    // issued without the commune's identity).
    Result<CommuneProfile> profile() const;

    // Saves the profile in one transaction (the SIRET, when given, must be a valid one).
    Status saveProfile(const CommuneProfile &profile);

    // The mail server families' emails go through (without its password).
    Result<SmtpSettings> mailServer() const;
    // An administrator's: smtp:// or smtps:// URL, a known security, a valid sender address.
    Status saveMailServer(const SmtpSettings &settings);
    // Both at once (the commune's dialog): saved together or not at all.
    Status saveProfile(const CommuneProfile &profile, const SmtpSettings &mailServer);

    // "1,2,4,5" as ISO weekdays, sorted; empty when something is not a weekday (1 to 7).
    static QList<int> parseWeekdays(const QString &text);

    // A SIRET is 14 digits whose Luhn sum is a multiple of 10 (La Poste's establishments excepted).
    static bool isValidSiret(const QString &siret);

private:
    // The value of a key ('' when absent); a failed read is logged and, when 'failure' is given, kept there.
    QString value(const char *key, Status *failure = nullptr) const;
    Result<QString> read(const char *key) const;
    Status write(const char *key, const QString &value);

    Database &m_database;
    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
