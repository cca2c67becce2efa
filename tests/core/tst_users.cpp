// The counter's users: Argon2id hashes (parameters kept with the hash, never the password), the first
// administrator of an empty database, only an administrator adding or disabling users, five wrong passwords
// locking an account for fifteen minutes on the test clock, a disabled account refused, users never deleted.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "commune/ReferenceData.h"
#include "planning/CalendarEditor.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "users/UserService.h"

#include <QSqlQuery>
#include <QTest>

namespace guichet {

using test::must;
using test::TestDatabase;

class TestUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    Session &session() { return m_db->session(); }
    UserService &users() { return m_db->session().users(); }

    QString value(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    // The first administrator, then logged in as them.
    void administrator()
    {
        must(users().add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                         QStringLiteral("correct horse")));
        session().setUser(
            must(users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse"))));
    }

private Q_SLOTS:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    // The encoded Argon2id form, its parameters readable; the same password hashes differently each time (a
    // new salt) and still matches; another password does not.
    void passwordsAreArgon2idHashes()
    {
        const QString hash = must(PasswordHash::make(QStringLiteral("Mot de passe é")));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("Mot de passe")));
        QVERIFY(PasswordHash::matches(hash, QStringLiteral("Mot de passe é")));
        QVERIFY(!PasswordHash::matches(hash, QStringLiteral("Mot de passe e")));
        QVERIFY(must(PasswordHash::make(QStringLiteral("Mot de passe é"))) != hash);
    }

    // On an empty database the first user is added by whoever runs the counter, and must be an administrator;
    // after that, only a logged-in administrator adds users.
    void theFirstUserIsTheAdministrator()
    {
        QVERIFY(!must(users().hasUsers()));
        auto refused = users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                                   QStringLiteral("12345678"));
        QCOMPARE(refused.error().message,
                 QStringLiteral("The first user is the administrator: give the role admin."));
        must(users().add(QStringLiteral("Admin"), QStringLiteral("  Paul   Admin "), Role::Admin,
                         QStringLiteral("correct horse")));
        QCOMPARE(value(QStringLiteral("SELECT login || '|' || display_name || '|' || role FROM app_user")),
                 QStringLiteral("admin|Paul Admin|admin"));
        QVERIFY(value(QStringLiteral("SELECT password_hash FROM app_user"))
                    .startsWith(QStringLiteral("$argon2id$")));

        refused = users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                              QStringLiteral("12345678"));
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.startsWith(QStringLiteral("Managing the users needs a user logged in")),
            qPrintable(refused.error().message));
        session().setUser(
            must(users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse"))));
        QCOMPARE(session().actor(), QStringLiteral("Paul Admin"));
        must(users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                         QStringLiteral("12345678")));
        // An agent cannot add anyone.
        session().setUser(must(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        refused = users().add(QStringLiteral("luc"), QStringLiteral("Luc"), Role::Regisseur,
                              QStringLiteral("12345678"));
        QVERIFY(!refused);
        QCOMPARE(must(users().list()).size(), qsizetype(2));
    }

    // Bad input is refused by field, nothing written.
    void badInputIsRefused()
    {
        administrator();
        const auto refused =
            users().add(QStringLiteral("Marie Dupont"), QString(), Role::Agent, QStringLiteral("court"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.keys(),
                 (QStringList{QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("password")}));
        QCOMPARE(refused.error().fields.value(QStringLiteral("password")),
                 QStringLiteral("At least 8 characters."));
        const auto taken = users().add(QStringLiteral("admin"), QStringLiteral("Autre"), Role::Agent,
                                       QStringLiteral("12345678"));
        QCOMPARE(taken.error().fields.value(QStringLiteral("login")),
                 QStringLiteral("This login is taken: choose another."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM app_user")), QStringLiteral("1"));
        QCOMPARE(roleFromCode(QStringLiteral("chef")).error().message,
                 QStringLiteral("The role is agent, regisseur or admin, not \"chef\"."));
    }

    // Five wrong passwords in a row lock the account for fifteen minutes — the right password included —
    // and an unknown login says no more than a wrong password; a success clears the count.
    void fiveFailuresLockForFifteenMinutes()
    {
        administrator();
        must(users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                         QStringLiteral("12345678")));
        QCOMPARE(users().authenticate(QStringLiteral("nobody"), QStringLiteral("x")).error().message,
                 QStringLiteral("Wrong login or password."));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(users().authenticate(QStringLiteral("marie"), QStringLiteral("wrong")).error().message,
                     QStringLiteral("Wrong login or password."));
        QCOMPARE(value(QStringLiteral("SELECT failures FROM login_failure")), QStringLiteral("4"));
        QCOMPARE(users().authenticate(QStringLiteral("marie"), QStringLiteral("wrong")).error().message,
                 QStringLiteral(
                     "Wrong login or password, 5 times in a row: the account is locked for 15 minutes."));
        // The test clock: Tuesday 1 September 2026, 08:30 in Paris.
        QCOMPARE(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678")).error().message,
                 QStringLiteral("Too many wrong passwords: this account is locked until 01/09/2026 08:45."));
        m_db->clock().advanceSeconds(14 * 60 + 59);
        QVERIFY(!users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678")));
        m_db->clock().advanceSeconds(1);
        QCOMPARE(must(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))).displayName,
                 QStringLiteral("Marie Agent"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM login_failure")), QStringLiteral("0"));
    }

    // Configuration is the administrator's, in core: an agent is refused the catalog, the calendar, the
    // places and a school, with who they are and what it needs; the administrator is not; a régisseur neither
    // can.
    void configurationNeedsTheAdministrator()
    {
        administrator();
        must(users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                         QStringLiteral("12345678")));
        must(users().add(QStringLiteral("luc"), QStringLiteral("Luc Régie"), Role::Regisseur,
                         QStringLiteral("12345678")));
        Activity cantine = must(session().catalog().activities()).first();
        session().setUser(must(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        QCOMPARE(
            session().catalog().saveActivity(cantine).error().message,
            QStringLiteral("Changing the activities, school years and prices is for the administrator role; "
                           "Marie Agent is agent. Ask someone who has it."));
        QVERIFY(!session().catalog().setPlaces(cantine.id, 1, 30));
        QVERIFY(!CalendarEditor(session()).addPeriod(true, QStringLiteral("Grève"), QDate(2026, 10, 6),
                                                     QDate(2026, 10, 6)));
        QVERIFY(
            !session().reference().addSchool(QStringLiteral("École Pasteur"), QStringLiteral("primaire")));
        session().setUser(must(users().authenticate(QStringLiteral("luc"), QStringLiteral("12345678"))));
        QVERIFY(!CalendarEditor(session()).addPeriod(true, QStringLiteral("Grève"), QDate(2026, 10, 6),
                                                     QDate(2026, 10, 6)));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM calendar_period WHERE label = 'Grève'")),
                 QStringLiteral("0"));
        session().setUser(
            must(users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse"))));
        must(session().catalog().saveActivity(cantine));
        must(CalendarEditor(session()).addPeriod(true, QStringLiteral("Grève"), QDate(2026, 10, 6),
                                                 QDate(2026, 10, 6)));
        must(session().reference().addSchool(QStringLiteral("École Pasteur"), QStringLiteral("primaire")));
    }

    // A disabled account no longer logs in, stays in the list, and is never deleted; an administrator does
    // not disable themselves.
    void aDisabledAccountIsRefused()
    {
        administrator();
        must(users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                         QStringLiteral("12345678")));
        QCOMPARE(users().disable(QStringLiteral("admin")).error().message,
                 QStringLiteral(
                     "An administrator does not disable their own account: ask another administrator."));
        QVERIFY(users().disable(QStringLiteral("marie")));
        QCOMPARE(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678")).error().message,
                 QStringLiteral("This account is disabled: ask an administrator."));
        QCOMPARE(users().disable(QStringLiteral("marie")).error().message,
                 QStringLiteral("There is no active user \"marie\"."));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM app_user WHERE login = 'marie'")));
        QCOMPARE(must(users().list()).last().active, false);
    }

    // A user changes their own password (the current one asked again); an administrator resets another's,
    // which lifts a lockout; an agent cannot; each change is journaled, never the hash.
    void passwordsAreChangedAndReset()
    {
        administrator();
        must(users().add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                         QStringLiteral("12345678")));
        session().setUser(must(users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        QCOMPARE(users()
                     .changeOwnPassword(QStringLiteral("wrong one"), QStringLiteral("nouveau secret"))
                     .error()
                     .fields.value(QStringLiteral("current")),
                 QStringLiteral("The current password is wrong."));
        QCOMPARE(users()
                     .changeOwnPassword(QStringLiteral("12345678"), QStringLiteral("court"))
                     .error()
                     .fields.value(QStringLiteral("password")),
                 QStringLiteral("At least 8 characters."));
        QVERIFY(users().changeOwnPassword(QStringLiteral("12345678"), QStringLiteral("nouveau secret")));
        QVERIFY(!users().authenticate(QStringLiteral("marie"), QStringLiteral("12345678")));
        QVERIFY(users().authenticate(QStringLiteral("marie"), QStringLiteral("nouveau secret")));
        QCOMPARE(
            users().resetPassword(QStringLiteral("admin"), QStringLiteral("pris en main")).error().message,
            QStringLiteral(
                "Managing the users is for the administrator role; Marie Agent is agent. Ask someone "
                "who has it."));

        // Locked out after five wrong passwords, then reset by the administrator: in again at once.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!users().authenticate(QStringLiteral("marie"), QStringLiteral("oublié")));
        QVERIFY(!users().authenticate(QStringLiteral("marie"), QStringLiteral("nouveau secret")));
        session().setUser(
            must(users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse"))));
        QVERIFY(users().resetPassword(QStringLiteral("marie"), QStringLiteral("remis à zéro")));
        QVERIFY(users().authenticate(QStringLiteral("marie"), QStringLiteral("remis à zéro")));
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM journal_entry WHERE event = 'user' AND payload LIKE "
                                 "'%login=marie%change=password changed'")),
            QStringLiteral("2"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM journal_entry WHERE payload LIKE '%argon2%'")),
                 QStringLiteral("0"));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestUsers)
#include "tst_users.moc"
