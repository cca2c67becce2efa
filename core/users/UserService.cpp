#include "users/UserService.h"

#include "cashoffice/Journal.h"

#include "common/CommuneTime.h"
#include "common/Uuid.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <argon2.h>
#include <array>

namespace guichet {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Regisseur:
        return QStringLiteral("regisseur");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("agent");
}

Result<Role> roleFromCode(const QString &code)
{
    for (const Role role : {Role::Agent, Role::Regisseur, Role::Admin})
        if (roleCode(role) == code)
            return role;
    return Error::of(UserService::tr("The role is agent, regisseur or admin, not \"%1\".").arg(code));
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Agent:
        return UserService::tr("agent");
    case Role::Regisseur:
        return UserService::tr("régisseur");
    case Role::Admin:
        return UserService::tr("administrator");
    }
    return {};
}

namespace PasswordHash {

// OWASP's Argon2id baseline: 19 MiB, 2 passes, 1 lane (about 40 ms here); 16-byte salt, 32-byte hash.
constexpr uint32_t TimeCost = 2;
constexpr uint32_t MemoryKiB = 19456;
constexpr uint32_t Lanes = 1;
constexpr size_t SaltLength = 16;
constexpr size_t HashLength = 32;

Result<QString> make(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    std::array<quint32, SaltLength / 4> salt{};
    QRandomGenerator::system()->fillRange(salt.data(), qsizetype(salt.size()));
    QByteArray encoded(
        qsizetype(argon2_encodedlen(TimeCost, MemoryKiB, Lanes, SaltLength, HashLength, Argon2_id)), '\0');
    const int rc =
        argon2id_hash_encoded(TimeCost, MemoryKiB, Lanes, utf8.constData(), size_t(utf8.size()), salt.data(),
                              SaltLength, HashLength, encoded.data(), size_t(encoded.size()));
    if (rc != ARGON2_OK)
        return Error::of(UserService::tr("The password could not be protected (%1). Call your IT support.")
                             .arg(QString::fromLatin1(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData()); // up to the terminating zero
}

bool matches(const QString &encoded, const QString &password)
{
    const QByteArray hash = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(hash.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

} // namespace PasswordHash

Result<bool> UserService::hasUsers() const
{
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM app_user)")) || !q.next())
        return storageError(q.lastError()).error();
    return q.value(0).toBool();
}

Result<bool> UserService::isDemo() const
{
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'demo' AND value = '1')")) ||
        !q.next())
        return storageError(q.lastError()).error();
    return q.value(0).toBool();
}

Status UserService::addDemoUsers()
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return transaction.commit();
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('demo', '1') ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value")))
        return storageError(q.lastError());
    const std::tuple<const char *, QString, Role> demoUsers[] = {
        {"admin", tr("Demo administrator"), Role::Admin},
        {"regie", tr("Demo régisseur"), Role::Regisseur},
        {"agent", tr("Demo agent"), Role::Agent}};
    for (const auto &[login, name, role] : demoUsers) {
        const auto added = add(QString::fromLatin1(login), name, role, DemoPassword);
        if (!added)
            return added.error();
        if (role == Role::Admin)
            m_session.setUser(User{added.value(), QString::fromLatin1(login), name, role, true});
    }
    const auto agent = authenticate(QStringLiteral("agent"), DemoPassword);
    if (!agent)
        return agent.error();
    m_session.setUser(agent.value());
    return transaction.commit();
}

Result<QList<User>> UserService::list() const
{
    QSqlQuery q(m_session.database().connection());
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role, active FROM app_user ORDER BY login")))
        return storageError(q.lastError()).error();
    QList<User> users;
    while (q.next()) {
        const auto role = roleFromCode(q.value(3).toString());
        users += User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      role ? role.value() : Role::Agent, q.value(4).toBool()};
    }
    return users;
}

Status UserService::require(Role minimum, const QString &what) const
{
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (!any.value())
        return {};
    const std::optional<User> &user = m_session.user();
    if (!user)
        return Error::of(
            tr("%1 needs a user logged in (guichet-cli: --user LOGIN, the password on stdin).").arg(what));
    if (int(user->role) < int(minimum))
        return Error::of(tr("%1 is for the %2 role; %3 is %4. Ask someone who has it.")
                             .arg(what, roleLabel(minimum), user->displayName, roleLabel(user->role)));
    return {};
}

Result<qint64> UserService::add(const QString &login, const QString &displayName, Role role,
                                const QString &password)
{
    const QString id = login.trimmed().toLower();
    const QString name = displayName.simplified();
    QMap<QString, QString> errors;
    if (!QRegularExpression(QStringLiteral("^[a-z0-9._-]{2,32}$")).match(id).hasMatch())
        errors.insert(QStringLiteral("login"),
                      tr("2 to 32 lower-case letters, digits, dots, dashes or underscores (m.dupont)."));
    if (name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("Required: the name documents and the history show."));
    if (Status s = checkNewPassword(password); !s) {
        if (s.error().fields.isEmpty())
            return s.error();
        errors.insert(s.error().fields);
    }
    if (!errors.isEmpty())
        return Error::inFields(errors);
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    if (Status s = require(Role::Admin, tr("Managing the users")); !s)
        return s.error();
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (!any.value() && role != Role::Admin)
        return Error::of(tr("The first user is the administrator: give the role admin."));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM app_user WHERE login = ?"));
    q.addBindValue(id);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (q.next())
        return Error::inField(QStringLiteral("login"), tr("This login is taken: choose another."));
    q.finish();
    const auto hash = PasswordHash::make(password);
    if (!hash)
        return hash.error();
    const QString now = db.clock().nowIso();
    q.prepare(
        QStringLiteral("INSERT INTO app_user (uuid, origin_site, login, display_name, role, password_hash, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), id, name, roleCode(role), hash.value(), now, now});
    if (Status s = execOrError(q); !s)
        return s.error();
    const qint64 userId = q.lastInsertId().toLongLong();
    if (Status s = journalChange(userId, QStringLiteral("created")); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return userId;
}

// The journal's entry for a user created or changed: who they are and their role now (never the password
// hash), inside the caller's transaction.
Status UserService::journalChange(qint64 userId, const QString &change)
{
    QSqlQuery q(m_session.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, uuid, login, display_name, role, active, version FROM app_user WHERE id = ?"));
    q.addBindValue(userId);
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return storageError(q.lastError());
    QString payload = QStringLiteral("app_user");
    for (int i = 0; i < 7; ++i)
        payload += QLatin1Char('\t') + q.record().fieldName(i) + QLatin1Char('=') +
                   Journal::canonicalValue(q.value(i));
    payload += QStringLiteral("\tchange=") + change;
    q.finish();
    return m_session.journal().note(JournalEvent::User, payload, userId);
}

Status UserService::disable(const QString &login)
{
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    if (Status s = require(Role::Admin, tr("Managing the users")); !s)
        return s;
    if (m_session.user() && m_session.user()->login == login.trimmed().toLower())
        return Error::of(
            tr("An administrator does not disable their own account: ask another administrator."));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "UPDATE app_user SET active = 0, updated_at = ?, version = version + 1 WHERE login = ? "
        "AND active = 1"));
    bindAll(q, {db.clock().nowIso(), login.trimmed().toLower()});
    if (Status s = execOrError(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error::of(tr("There is no active user \"%1\".").arg(login.trimmed()));
    q.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (Status s = execOrError(q); !s || !q.next())
        return s ? storageError(q.lastError()) : s;
    const qint64 userId = q.value(0).toLongLong();
    q.finish();
    if (Status s = journalChange(userId, QStringLiteral("disabled")); !s)
        return s;
    return transaction.commit();
}

// The demo's users share the password "demo"; every other password has at least 8 characters.
Status UserService::checkNewPassword(const QString &password) const
{
    const auto demo = isDemo();
    if (!demo)
        return demo.error();
    if (password.size() < MinPasswordLength && !(demo.value() && password == DemoPassword))
        return Error::inField(QStringLiteral("password"),
                              tr("At least %1 characters.").arg(MinPasswordLength));
    return Status::success();
}

Status UserService::storePassword(qint64 userId, const QString &password)
{
    const auto hash = PasswordHash::make(password);
    if (!hash)
        return hash.error();
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "UPDATE app_user SET password_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    bindAll(q, {hash.value(), db.clock().nowIso(), userId});
    if (Status s = execOrError(q); !s)
        return s;
    // A new password lifts a lockout: the administrator who reset it has checked who asks.
    q.prepare(QStringLiteral("DELETE FROM login_failure WHERE user_id = ?"));
    q.addBindValue(userId);
    if (Status s = execOrError(q); !s)
        return s;
    if (Status s = journalChange(userId, QStringLiteral("password changed")); !s)
        return s;
    return transaction.commit();
}

Status UserService::changeOwnPassword(const QString &current, const QString &newPassword)
{
    if (!m_session.user())
        return Error::of(tr("Log in first: a password is changed by its user."));
    if (Status s = checkNewPassword(newPassword); !s)
        return s;
    if (newPassword == current)
        return Error::inField(QStringLiteral("password"),
                              tr("Choose a password different from the current one."));
    const auto user = authenticate(m_session.user()->login, current);
    if (!user)
        return Error::inField(QStringLiteral("current"), tr("The current password is wrong."));
    return storePassword(user.value().id, newPassword);
}

Status UserService::resetPassword(const QString &login, const QString &newPassword)
{
    if (Status s = require(Role::Admin, tr("Managing the users")); !s)
        return s;
    if (Status s = checkNewPassword(newPassword); !s)
        return s;
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ? AND active = 1"));
    q.addBindValue(login.trimmed().toLower());
    if (Status s = execOrError(q); !s)
        return s;
    if (!q.next())
        return Error::of(tr("There is no active user \"%1\".").arg(login.trimmed()));
    const qint64 userId = q.value(0).toLongLong();
    q.finish();
    return storePassword(userId, newPassword);
}

Result<User> UserService::authenticate(const QString &login, const QString &password)
{
    const Error wrong = Error::of(tr("Wrong login or password."));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT u.id, u.login, u.display_name, u.role, u.active, u.password_hash, "
                       "coalesce(f.failures, 0), f.locked_until FROM app_user u LEFT JOIN login_failure f ON "
                       "f.user_id = u.id WHERE u.login = ?"));
    q.addBindValue(login.trimmed().toLower());
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next()) {
        // An unknown login says no more than a wrong password, and takes as long: a hash is checked all the
        // same.
        static const QString decoy = [] {
            const auto hash = PasswordHash::make(QStringLiteral("no such user"));
            return hash ? hash.value() : QString();
        }();
        (void)PasswordHash::matches(decoy, password);
        return wrong;
    }
    const auto role = roleFromCode(q.value(3).toString());
    const User user{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    role ? role.value() : Role::Agent, q.value(4).toBool()};
    const QString hash = q.value(5).toString();
    const int failures = q.value(6).toInt();
    const QDateTime lockedUntil = instantFromIso(q.value(7));
    q.finish();
    const QDateTime now = db.clock().nowUtc();
    if (lockedUntil.isValid() && now < lockedUntil)
        return Error::of(tr("Too many wrong passwords: this account is locked until %1.")
                             .arg(m_session.time().dateTimeText(lockedUntil)));
    if (!PasswordHash::matches(hash, password)) {
        const bool lock = failures + 1 >= MaxFailures;
        q.prepare(
            QStringLiteral("INSERT INTO login_failure (user_id, failures, locked_until) VALUES (?, ?, ?) ON "
                           "CONFLICT (user_id) DO UPDATE SET failures = excluded.failures, locked_until = "
                           "excluded.locked_until"));
        bindAll(q, {user.id, lock ? 0 : failures + 1,
                    lock ? QVariant(now.addSecs(LockMinutes * 60).toString(Qt::ISODateWithMs)) : sqlNull()});
        if (Status s = execOrError(q); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        if (lock)
            return Error::of(
                tr("Wrong login or password, %1 times in a row: the account is locked for %2 minutes.")
                    .arg(MaxFailures)
                    .arg(LockMinutes));
        return wrong;
    }
    if (!user.active)
        return Error::of(tr("This account is disabled: ask an administrator."));
    q.prepare(QStringLiteral("DELETE FROM login_failure WHERE user_id = ?"));
    q.addBindValue(user.id);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return user;
}

} // namespace guichet
