// The login at start, through the real dialog offscreen: the first start of a database without users creates
// its administrator (the password typed twice, eight characters at least); later starts log a user in — a
// wrong password said and cleared, the right one making the session act as that person; a demonstration
// database says its users and their password.
#include "Fixtures.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "admin/PasswordDialog.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

class TestLogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

    void fill(QWidget *dialog, const char *field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
        QVERIFY(edit);
        edit->setText(text);
    }

private Q_SLOTS:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void cleanup() { m_db.reset(); }

    void theFirstStartCreatesTheAdministrator()
    {
        LoginDialog dialog(m_db->session());
        QVERIFY(dialog.createsAdministrator());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("The first administrator"));
        fill(&dialog, "login", QStringLiteral("p.martin"));
        fill(&dialog, "name", QStringLiteral("Paul Martin"));
        fill(&dialog, "password", QStringLiteral("court"));
        fill(&dialog, "confirm", QStringLiteral("autre"));
        dialog.submit();
        QCOMPARE(dialog.message(), QStringLiteral("The two passwords differ: type the same one twice."));
        fill(&dialog, "confirm", QStringLiteral("court"));
        dialog.submit();
        QCOMPARE(dialog.message(), QStringLiteral("At least 8 characters."));
        QVERIFY(!must(m_db->session().users().hasUsers()));
        fill(&dialog, "password", QStringLiteral("mairie62500"));
        fill(&dialog, "confirm", QStringLiteral("mairie62500"));
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_db->session().user().has_value());
        QCOMPARE(m_db->session().user()->role, Role::Admin);
        QCOMPARE(m_db->session().actor(), QStringLiteral("Paul Martin"));
    }

    void aUserLogsIn()
    {
        must(m_db->session().users().add(QStringLiteral("admin"), QStringLiteral("Paul Martin"), Role::Admin,
                                         QStringLiteral("mairie62500")));
        LoginDialog dialog(m_db->session());
        QVERIFY(!dialog.createsAdministrator());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Log in"));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("confirm"))->isVisibleTo(&dialog));
        fill(&dialog, "login", QStringLiteral("admin"));
        fill(&dialog, "password", QStringLiteral("mairie"));
        dialog.submit();
        QCOMPARE(dialog.message(), QStringLiteral("Wrong login or password."));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QString());
        QVERIFY(!m_db->session().user().has_value());
        // Enter in the password field logs in (not Cancel).
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
        password->setText(QStringLiteral("mairie62500"));
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_db->session().actor(), QStringLiteral("Paul Martin"));
    }

    // Ctrl+L hides the counter until a password is typed again; another user may take over (the status bar
    // then names them); with no key or click for the idle time, the counter locks itself.
    void lockTheCounter()
    {
        Session &session = m_db->session();
        must(session.users().add(QStringLiteral("admin"), QStringLiteral("Paul Martin"), Role::Admin,
                                 QStringLiteral("mairie62500")));
        session.setUser(
            must(session.users().authenticate(QStringLiteral("admin"), QStringLiteral("mairie62500"))));
        must(session.users().add(QStringLiteral("marie"), QStringLiteral("Marie Dupont"), Role::Agent,
                                 QStringLiteral("cantine2026")));
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
                 QStringLiteral("Paul Martin (administrator)"));
        bool asked = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<LoginDialog *>(modal);
            QVERIFY(dialog);
            QVERIFY(window.isLocked());
            QVERIFY(!window.centralWidget()->isVisible());
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Counter locked"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("login"))->text(),
                     QStringLiteral("admin"));
            fill(dialog, "login", QStringLiteral("marie"));
            fill(dialog, "password", QStringLiteral("cantine2026"));
            dialog->submit();
            asked = true;
        });
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(asked);
        QTRY_VERIFY(!window.isLocked());
        QVERIFY(window.centralWidget()->isVisible());
        QCOMPARE(session.actor(), QStringLiteral("Marie Dupont"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
                 QStringLiteral("Marie Dupont (agent)"));

        // Idle: 50 ms without a key locks it.
        asked = false;
        onNextModal([&](QWidget *modal) {
            fill(modal, "password", QStringLiteral("cantine2026"));
            qobject_cast<LoginDialog *>(modal)->submit();
            asked = true;
        });
        window.setIdleLockInterval(50);
        QTRY_VERIFY(asked);
        QTRY_VERIFY(!window.isLocked());
        window.setIdleLockInterval(0);
    }

    // guichet-cli demo's users: admin, regie and agent, password "demo", said on the login screen.
    void aDemoDatabaseSaysItsUsers()
    {
        QVERIFY(m_db->session().users().addDemoUsers());
        QCOMPARE(must(m_db->session().users().list()).size(), qsizetype(3));
        LoginDialog dialog(m_db->session());
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said = said ||
                   label->text() == QStringLiteral("Demonstration database: log in as admin, regie or agent, "
                                                   "password \"demo\".");
        QVERIFY(said);
        fill(&dialog, "login", QStringLiteral("regie"));
        fill(&dialog, "password", QStringLiteral("demo"));
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_db->session().user()->role, Role::Regisseur);
    }

    // Changing one's password: the two entries must agree, the current one must be right; then only the new
    // one opens the account.
    void aUserChangesTheirPassword()
    {
        Session &session = m_db->session();
        must(session.users().add(QStringLiteral("admin"), QStringLiteral("Paul Martin"), Role::Admin,
                                 QStringLiteral("correct horse")));
        session.setUser(
            must(session.users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse"))));
        PasswordDialog dialog(session);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
        fill(&dialog, "current", QStringLiteral("correct horse"));
        fill(&dialog, "password", QStringLiteral("battery staple"));
        fill(&dialog, "again", QStringLiteral("battery stapel"));
        click(&dialog, "saveButton");
        QVERIFY(dialog.isVisible() || dialog.result() != int(QDialog::Accepted));
        QVERIFY(message->isVisibleTo(&dialog)); // "one field needs correcting", and under that field:
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said = said ||
                   label->text() == QStringLiteral("The two entries differ: type the new password again.");
        QVERIFY(said);
        fill(&dialog, "again", QStringLiteral("battery staple"));
        fill(&dialog, "current", QStringLiteral("wrong horse"));
        click(&dialog, "saveButton");
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        fill(&dialog, "current", QStringLiteral("correct horse"));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!session.users().authenticate(QStringLiteral("admin"), QStringLiteral("correct horse")));
        QVERIFY(session.users().authenticate(QStringLiteral("admin"), QStringLiteral("battery staple")));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
