#pragma once

#include "common/CommuneTime.h"
#include "common/Result.h"
#include "session/Counter.h"
#include "users/UserService.h"

#include <QDate>
#include <QString>
#include <memory>
#include <optional>

namespace guichet {

class AttendanceService;
class BookingService;
class CatalogService;
class ClosureService;
class Journal;
class MailService;
class TillService;
class Clock;
class CommuneSettings;
class CustodyService;
class Database;
class StatementCache;
class DocumentService;
class FamilyService;
class ReferenceData;
class RefundService;
class RolloverService;
class SalesService;
class Settings;
class UserService;
class WalletService;

// Everything an open database gives the rest of the program: the database, the clock, who is acting,
// this machine's settings, the commune's time, this counter's identity, and the long-lived services
// (their prepared statements are kept between calls). app/ creates one after opening the database and
// hands it to the window or the CLI command; tests make one per temporary database. Services reach
// each other through it, never by building one on the spot. Permission checks will hang off actor().
class Session
{
public:
    // 'actor' is who acts: the OS login until user accounts exist (the cash-office issue).
    Session(Database &database, Settings &settings, QString actor);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Database &database() const { return m_database; }
    const Clock &clock() const;
    Settings &settings() const { return m_settings; }
    QString siteId() const;

    // Recorded in the history, on documents, in the ledger.
    const QString &actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // Who is logged in (UserService::authenticate): the actor is then the user's name.
    const std::optional<User> &user() const { return m_user; }
    void setUser(const User &user)
    {
        m_user = user;
        m_actor = user.displayName;
    }

    // The commune's calendar: today's date and document dates in its time zone.
    const CommuneTime &time() const { return m_time; }
    QDate today() const;
    // Re-reads what is cached from the commune's settings (the time zone) after the administrator saved them.
    void reloadCommune();

    const CounterIdentity &counter() const { return m_counter; }
    Status setUpCounter(const QString &code, const QString &name);
    // The next number of this counter's documents of a kind ("" invoices, "AV", "RC", "Z", "BD"…), in the
    // caller's transaction. 'now' must be the document's own instant: its year is the number's year in the
    // commune, and numbering.dates checks that no document is dated after its series' last issue.
    Result<QString> nextDocumentNumber(const QString &kind, const QDateTime &now);

    CommuneSettings &commune() const { return *m_commune; }
    ReferenceData &reference() const { return *m_reference; }
    CatalogService &catalog() const { return *m_catalog; }
    FamilyService &family() const { return *m_family; }
    CustodyService &custody() const { return *m_custody; }
    WalletService &wallet() const { return *m_wallet; }
    SalesService &sales() const { return *m_sales; }
    DocumentService &documents() const { return *m_documents; }
    BookingService &bookings() const { return *m_bookings; }
    AttendanceService &attendance() const { return *m_attendance; }
    UserService &users() const { return *m_users; }
    Journal &journal() const { return *m_journal; }
    TillService &till() const { return *m_till; }
    ClosureService &closures() const { return *m_closures; }
    RolloverService &rollover() const { return *m_rollover; }
    RefundService &refunds() const { return *m_refunds; }
    MailService &mail() const { return *m_mail; }
    // Prepared statements of the services made for one call (the school calendar, the audit trail…) and of
    // the hot paths of the others, kept for the session's life: preparing a statement that writes a table
    // compiles its triggers, which costs more than running it. Read a query to its end and finish() it
    // before calling code that may run the same SQL.
    StatementCache &statements() const { return *m_statements; }

private:
    Database &m_database;
    Settings &m_settings;
    QString m_actor;
    CommuneTime m_time;
    CounterIdentity m_counter;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<CommuneSettings> m_commune;
    std::unique_ptr<ReferenceData> m_reference;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<FamilyService> m_family;
    std::unique_ptr<CustodyService> m_custody;
    std::unique_ptr<WalletService> m_wallet;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<BookingService> m_bookings;
    std::unique_ptr<AttendanceService> m_attendance;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TillService> m_till;
    std::unique_ptr<ClosureService> m_closures;
    std::unique_ptr<RolloverService> m_rollover;
    std::unique_ptr<RefundService> m_refunds;
    std::unique_ptr<MailService> m_mail;
    std::optional<User> m_user;
};

} // namespace guichet
