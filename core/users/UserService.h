#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

class Session;

// What a user may do: an agent keeps family files, sells and books; a régisseur also runs the till, closes,
// overrides and refunds; an administrator also configures the counter and manages the users.
enum class Role
{
    Agent,
    Regisseur,
    Admin
};
QString roleCode(Role role); // agent, regisseur, admin
Result<Role> roleFromCode(const QString &code);
QString roleLabel(Role role); // translated

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName; // on documents, in the history and the journal
    Role role = Role::Agent;
    bool active = true;
};

// Passwords as Argon2id hashes (libargon2) in the encoded form "$argon2id$v=19$m=…,t=…,p=…$salt$hash": the
// parameters travel with each hash, so they can be raised later without invalidating older ones.
namespace PasswordHash {
Result<QString> make(const QString &password);
bool matches(const QString &encoded, const QString &password);
} // namespace PasswordHash

// The counter's users: added and disabled by an administrator (the very first one, on an empty database, by
// whoever starts it), logged in with their password — five failures in a row lock the account for fifteen
// minutes. Passwords are never stored or logged in clear.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;
    static constexpr int MinPasswordLength = 8;
    static inline const QString DemoPassword = QStringLiteral("demo");

    explicit UserService(Session &session) : m_session(session) {}

    Result<bool> hasUsers() const;
    // A demonstration database (guichet-cli demo marks it): its users share the password "demo", and the
    // login screen says so.
    Result<bool> isDemo() const;
    // The demo's users — admin, regie, agent, password "demo" — on a demonstration database without users;
    // the session then acts as the agent.
    Status addDemoUsers();
    Result<QList<User>> list() const;
    // By an administrator logged in on the session — or, when there is no user yet, the first administrator.
    Result<qint64> add(const QString &login, const QString &displayName, Role role, const QString &password);
    Status disable(const QString &login);
    // The user logged in on the session changes their own password: the current one is asked again (a wrong
    // one counts towards the lockout like a wrong login).
    Status changeOwnPassword(const QString &current, const QString &newPassword);
    // An administrator sets another user's password (forgotten, or an account handed over).
    Status resetPassword(const QString &login, const QString &newPassword);
    // The user whose password this is; the failure counted (and the lockout) otherwise. Does not log in: the
    // caller hands the user to Session::setUser().
    Result<User> authenticate(const QString &login, const QString &password);
    // The rule of roles, for every service: 'what' (translated: "Changing the school calendar") needs at
    // least 'minimum' (agent < régisseur < administrator). A database without users (its first start, an
    // older file) has nobody to ask: everything is allowed until its administrator exists.
    Status require(Role minimum, const QString &what) const;

private:
    Status journalChange(qint64 userId, const QString &change);
    // The password rule (at least 8 characters; "demo" on a demonstration database), as a field error.
    Status checkNewPassword(const QString &password) const;
    // Stores the new hash, in one transaction with its journal entry.
    Status storePassword(qint64 userId, const QString &password);

    Session &m_session;
};

} // namespace guichet
