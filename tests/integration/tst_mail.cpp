// Emails to families through a real SMTP server on loopback (tests/mail/smtp_server.py: Debian's aiosmtpd,
// STARTTLS required with a certificate made here by openssl, then AUTH), read back with Python's email
// package (tests/mail/read_mail.py) as a family's mail program would: the events queue their messages in
// their own transaction, the invoice's PDF is attached, a French subject travels as RFC 2047 words; a
// server stopped during a send means retries and then every message exactly once; a wrong password, a
// family without an address, and a message a crash left "sending" (never sent again blindly).
#include "Fixtures.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "family/FamilyService.h"
#include "mail/BackgroundMail.h"
#include "mail/Keyring.h"
#include "mail/MailStatus.h"
#include "mail/Outbox.h"
#include "mail/SmtpSender.h"
#include "sales/SalesService.h"
#include "session/Session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace guichet {

using test::must;
using test::TestDatabase;

namespace {
const QString Python = QStringLiteral("/usr/bin/python3");
QString script(const char *name)
{
    return QStringLiteral(GUICHET_SOURCE_DIR "/tests/mail/") + QString::fromLatin1(name);
}
} // namespace

class TestMail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    QString m_maildir;

    Session &session() { return m_db->session(); }

    // Starts the server (on 'port', or any free one) and waits for "ready PORT".
    bool startServer(int port = 0)
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server->start(Python,
                        {script("smtp_server.py"), QStringLiteral("--maildir"), m_maildir,
                         QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("cert.pem")),
                         QStringLiteral("--key"), m_dir.filePath(QStringLiteral("key.pem")),
                         QStringLiteral("--user"), QStringLiteral("mairie"), QStringLiteral("--password"),
                         QStringLiteral("s3cret"), QStringLiteral("--port"), QString::number(port)});
        if (!m_server->waitForStarted(10000))
            return false;
        QByteArray line;
        while (!line.endsWith('\n') && m_server->waitForReadyRead(20000))
            line += m_server->readAll();
        line = line.trimmed();
        if (!line.startsWith("ready ")) {
            qWarning("the test SMTP server did not start: %s", line.constData());
            return false;
        }
        m_port = line.mid(6).toInt();
        return m_port > 0;
    }
    void stopServer()
    {
        if (!m_server)
            return;
        m_server->terminate();
        m_server->waitForFinished(10000);
        m_server.reset();
    }
    SmtpSettings settings(const QString &password = QStringLiteral("s3cret")) const
    {
        SmtpSettings s;
        s.url = QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
        s.security = QStringLiteral("starttls");
        s.user = QStringLiteral("mairie");
        s.password = password;
        s.caFile = m_dir.filePath(QStringLiteral("cert.pem"));
        s.from = QStringLiteral("affaires-scolaires@ville-saint-omer.fr");
        s.fromName = QStringLiteral("Régie des affaires scolaires");
        s.replyTo = QStringLiteral("accueil@ville-saint-omer.fr");
        return s;
    }
    // What the server received, as Python's email package reads it.
    QJsonArray received()
    {
        QProcess reader;
        reader.start(Python, {script("read_mail.py"), m_maildir});
        reader.waitForFinished(60000);
        return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    }
    // guichet-cli with 'input' on stdin; 'environment' replaces the test's own (a session without a keyring).
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("GUICHET_CLI"), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(180000);
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    QString status(qint64 id)
    {
        return test::RawConnection(m_db->path())
            .value(QStringLiteral("SELECT status || ' ' || attempts FROM mail_message WHERE id = %1").arg(id))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A certificate for 127.0.0.1, trusted by the sender as the town hall's own authority would be.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    }
    void init()
    {
        m_maildir = m_dir.filePath(
            QStringLiteral("maildir-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(startServer());
        m_db = std::make_unique<TestDatabase>();
        m_db->clock().setTickMs(1);
        SmtpSettings commune = settings();
        commune.password.clear(); // never stored
        must(session().commune().saveMailServer(commune));
    }
    void cleanup()
    {
        stopServer();
        m_db.reset();
    }

    // A family's file validated and an invoice paid: four messages, each once, as the family reads them.
    void eventsReachTheFamily()
    {
        const test::BuiltFamily family =
            test::FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = must(session().catalog().activities()).first().id;
        const qint64 invoice = must(session().sales().confirmOrder(family.householdId, {{cantine, 10}}));
        const QString number = must(session().sales().invoice(invoice)).number;
        must(session().sales().pay(invoice, {test::cash("41,50", "50,00")}));
        QList<MailMessage> waiting = must(session().mail().messages(family.householdId));
        QCOMPARE(waiting.size(), qsizetype(4)); // welcome, file validated, invoice, receipt
        QCOMPARE(waiting.at(1).kind, QStringLiteral("invoice"));
        QCOMPARE(waiting.at(1).to, QStringLiteral("marie.lefevre@example.fr"));

        const DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.sent, 4);
        QCOMPARE(report.retried, 0);
        const QJsonArray mails = received();
        QCOMPARE(mails.size(), qsizetype(4));
        QJsonObject invoiceMail;
        for (const QJsonValue &m : mails)
            if (m.toObject().value(QStringLiteral("subject")).toString() ==
                QStringLiteral("Invoice ") + number)
                invoiceMail = m.toObject();
        QVERIFY2(!invoiceMail.isEmpty(), QJsonDocument(mails).toJson().constData());
        QCOMPARE(invoiceMail.value(QStringLiteral("from")).toString(),
                 QStringLiteral("Régie des affaires scolaires <affaires-scolaires@ville-saint-omer.fr>"));
        QCOMPARE(invoiceMail.value(QStringLiteral("to")).toString(),
                 QStringLiteral("marie.lefevre@example.fr"));
        QCOMPARE(invoiceMail.value(QStringLiteral("reply_to")).toString(),
                 QStringLiteral("accueil@ville-saint-omer.fr"));
        QCOMPARE(invoiceMail.value(QStringLiteral("message_id")).toString(), waiting.at(1).messageId);
        QVERIFY(invoiceMail.value(QStringLiteral("message_id"))
                    .toString()
                    .endsWith(QStringLiteral("@ville-saint-omer.fr>")));
        QVERIFY2(
            invoiceMail.value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("Please find attached invoice %1, of 41,50\u00a0€.").arg(number)),
            qPrintable(invoiceMail.value(QStringLiteral("text")).toString()));
        const QJsonObject pdf = invoiceMail.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(pdf.value(QStringLiteral("name")).toString(), number + QStringLiteral(".pdf"));
        QCOMPARE(pdf.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
        QVERIFY2(pdf.value(QStringLiteral("text")).toString().contains(number),
                 qPrintable(pdf.value(QStringLiteral("text")).toString()));
        for (const MailMessage &m : must(session().mail().messages(family.householdId)))
            QCOMPARE(m.status, QStringLiteral("sent"));
        // Sent messages are not sent again.
        QCOMPARE(must(session().mail().deliver(settings())).sent, 0);
        QCOMPARE(received().size(), qsizetype(4));
    }

    // A French subject and a text with accents travel as RFC 2047 words and quoted-printable UTF-8.
    void frenchTravelsEncoded()
    {
        const qint64 household = test::FamilyBuilder(session()).build().householdId;
        QVERIFY(
            must(session().mail().queue(MailKind::FileValidated, household, QStringLiteral("test:1"),
                                        QStringLiteral("Votre dossier a été traité — à très bientôt à la "
                                                       "cantine de l'école élémentaire"),
                                        QStringLiteral("Élève : Léa Lefèvre\nGarderie du soir réservée."))));
        QCOMPARE(must(session().mail().deliver(settings())).sent, 2); // the welcome too
        QJsonObject mail;
        for (const QJsonValue &m : received())
            if (m.toObject().value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("Votre")))
                mail = m.toObject();
        QVERIFY2(!mail.isEmpty(),
                 qPrintable(
                     QDir(m_maildir + QStringLiteral("/new")).entryList(QDir::Files).join(QLatin1Char(' ')) +
                     QString::fromUtf8(QJsonDocument(received()).toJson())));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral(
                     "Votre dossier a été traité — à très bientôt à la cantine de l'école élémentaire"));
        const QString raw = mail.value(QStringLiteral("raw_subject")).toString();
        QVERIFY2(raw.startsWith(QStringLiteral("=?UTF-8?B?")) && !raw.contains(QStringLiteral("é")),
                 qPrintable(raw));
        QCOMPARE(mail.value(QStringLiteral("text")).toString().trimmed(),
                 QStringLiteral("Élève : Léa Lefèvre\nGarderie du soir réservée."));
        // Every encoded word of a long subject stays within RFC 2047's 75 characters.
        for (const QByteArray &word : SmtpSender::encodedWord(QString(60, QChar(0xE9))).split(' '))
            QVERIFY(word.size() <= 75);
    }

    // The server stops in the middle: what is left waits and is tried again later; once the server is back,
    // each message arrives exactly once.
    void aServerDownMeansRetriesThenOnce()
    {
        const qint64 household = test::FamilyBuilder(session()).build().householdId; // 1 welcome
        for (int i = 1; i <= 4; ++i)
            QVERIFY(
                must(session().mail().queue(MailKind::Invoice, household, QStringLiteral("bulk:%1").arg(i),
                                            QStringLiteral("Message %1").arg(i), QStringLiteral("Texte"))));
        const int port = m_port;
        stopServer();
        DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.retried, 5);
        const MailMessage first = must(session().mail().messages(household)).last();
        QCOMPARE(first.status, QStringLiteral("waiting"));
        QCOMPARE(first.attempts, 1);
        QVERIFY2(first.lastError.startsWith(
                     QStringLiteral("The mail server smtp://127.0.0.1:%1 does not answer").arg(port)),
                 qPrintable(first.lastError));
        // The next attempt a minute later (the clock ticks a millisecond per reading meanwhile).
        const qint64 wait = m_db->clock().nowUtc().msecsTo(first.nextAttemptAt);
        QVERIFY2(wait > 55000 && wait <= 60000, qPrintable(QString::number(wait)));
        // Not due yet: nothing is tried.
        QVERIFY(startServer(port));
        QCOMPARE(must(session().mail().deliver(settings())).sent, 0);
        m_db->clock().advanceSeconds(120);
        report = must(session().mail().deliver(settings()));
        QCOMPARE(report.sent, 5);
        const QJsonArray mails = received();
        QCOMPARE(mails.size(), qsizetype(5));
        QSet<QString> ids;
        for (const QJsonValue &m : mails)
            ids.insert(m.toObject().value(QStringLiteral("message_id")).toString());
        QCOMPARE(ids.size(), qsizetype(5));
    }

    void aWrongPasswordIsSaid()
    {
        test::FamilyBuilder(session()).build();
        const DeliveryReport report = must(session().mail().deliver(settings(QStringLiteral("wrong"))));
        QCOMPARE(report.retried, 1);
        const MailMessage m = must(session().mail().messages()).first();
        QVERIFY2(
            m.lastError.startsWith(QStringLiteral("The mail server refused the user name or the password")),
            qPrintable(m.lastError));
        QCOMPARE(received().size(), qsizetype(0));
    }

    // "Plannings open" goes to every validated family with an address, once a year: a second announcement
    // reaches only the families validated since.
    void planningsOpenOncePerFamily()
    {
        const qint64 validated =
            test::FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build().householdId;
        const qint64 refusing = test::FamilyBuilder(session())
                                    .payer(QStringLiteral("Martin"), QStringLiteral("Paul"))
                                    .child(QStringLiteral("Tom"))
                                    .validated()
                                    .build()
                                    .householdId;
        must(session().family().setEmailRefused(refusing, true));
        const qint64 draft = test::FamilyBuilder(session())
                                 .payer(QStringLiteral("Durand"), QStringLiteral("Anne"))
                                 .child(QStringLiteral("Zoé"))
                                 .build()
                                 .householdId;
        const qint64 year = must(session().catalog().schoolYears()).first().id;
        QCOMPARE(must(session().mail().announcePlannings(year)), 1);
        const MailMessage sent = must(session().mail().messages(validated)).first();
        QCOMPARE(sent.kind, QStringLiteral("plannings_open"));
        QCOMPARE(sent.subject, QStringLiteral("The plannings of 2026-2027 are open"));
        QVERIFY2(sent.body.contains(QStringLiteral("from 21/08/2026")), qPrintable(sent.body));
        QCOMPARE(must(session().mail().announcePlannings(year)), 0);
        must(session().family().submit(draft));
        must(session().family().validate(draft));
        QCOMPARE(must(session().mail().announcePlannings(year)), 1);
        // Only the welcome and the validation, queued before it refused emails.
        QCOMPARE(must(session().mail().messages(refusing)).size(), qsizetype(2));
    }

    // An invoice still unpaid 15 days after it was issued is recalled (its PDF attached), again 15 days after
    // the first reminder, never a third time; a paid one never.
    void unpaidInvoicesAreRecalledTwice()
    {
        const test::BuiltFamily family =
            test::FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        const qint64 cantine = must(session().catalog().activities()).first().id;
        const qint64 unpaid = must(session().sales().confirmOrder(family.householdId, {{cantine, 10}}));
        const QString number = must(session().sales().invoice(unpaid)).number;
        const qint64 paid = must(session().sales().confirmOrder(family.householdId, {{cantine, 2}}));
        must(session().sales().pay(paid, {test::cash("8,30", "10,00")}));
        const auto reminders = [&] {
            int n = 0;
            for (const MailMessage &m : must(session().mail().messages(family.householdId)))
                n += m.kind == QLatin1String("reminder");
            return n;
        };
        m_db->clock().advanceSeconds(14 * 86400);
        QCOMPARE(must(session().mail().queueReminders()), 0);
        m_db->clock().advanceSeconds(2 * 86400); // day 16
        QCOMPARE(must(session().mail().queueReminders()), 1);
        QCOMPARE(must(session().mail().queueReminders()), 0);
        const DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.reminders, 0); // queued just before
        QJsonObject reminder;
        for (const QJsonValue &m : received())
            if (m.toObject()
                    .value(QStringLiteral("subject"))
                    .toString()
                    .startsWith(QStringLiteral("Reminder")))
                reminder = m.toObject();
        QCOMPARE(reminder.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Reminder: invoice %1 to pay").arg(number));
        QVERIFY2(
            reminder.value(QStringLiteral("text"))
                .toString()
                .contains(
                    QStringLiteral("invoice %1 of 01/09/2026 still has 41,50\u00a0€ to pay").arg(number)),
            qPrintable(reminder.value(QStringLiteral("text")).toString()));
        QCOMPARE(reminder.value(QStringLiteral("attachments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 number + QStringLiteral(".pdf"));
        m_db->clock().advanceSeconds(10 * 86400); // day 26: the first is 10 days old
        QCOMPARE(must(session().mail().queueReminders()), 0);
        m_db->clock().advanceSeconds(6 * 86400); // day 32
        QCOMPARE(must(session().mail().queueReminders()), 1);
        m_db->clock().advanceSeconds(60 * 86400);
        QCOMPARE(must(session().mail().queueReminders()), 0);
        QCOMPARE(reminders(), 2);
    }

    // An address the server refuses (550) fails at once with its answer, never tried again; an address that
    // is not one (forged in the file) fails without reaching the server; the other messages still go.
    void aWrongAddressFailsAtOnce()
    {
        const qint64 good = test::FamilyBuilder(session()).build().householdId;
        const qint64 refused = test::FamilyBuilder(session())
                                   .payer(QStringLiteral("Roux"), QStringLiteral("Léo"))
                                   .build()
                                   .householdId;
        const qint64 forged = test::FamilyBuilder(session())
                                  .payer(QStringLiteral("Petit"), QStringLiteral("Ana"))
                                  .build()
                                  .householdId;
        QVERIFY(test::RawConnection(m_db->path())
                    .exec(QStringLiteral(
                        "UPDATE mail_message SET next_attempt_at = '2099-01-01T00:00:00.000Z'")));
        test::RawConnection raw(m_db->path());
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE household SET email = 'leo.roux@refuse.example' WHERE id = %1")
                         .arg(refused)));
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE household SET email = 'ana.petit@' WHERE id = %1").arg(forged)));
        for (const qint64 household : {good, refused, forged})
            QVERIFY(must(session().mail().queue(
                MailKind::FileValidated, household, QStringLiteral("test:%1").arg(household),
                QStringLiteral("Dossier traité"), QStringLiteral("Bonjour"))));
        const DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.failed, 2);
        QCOMPARE(report.retried, 0);
        const MailMessage toRefused = must(session().mail().messages(refused)).first();
        QCOMPARE(toRefused.status, QStringLiteral("failed"));
        QCOMPARE(toRefused.attempts, 1);
        QVERIFY2(toRefused.lastError.startsWith(QStringLiteral(
                     "The mail server refused the family's address leo.roux@refuse.example (")),
                 qPrintable(toRefused.lastError));
        QVERIFY2(toRefused.lastError.contains(QStringLiteral("550")), qPrintable(toRefused.lastError));
        const MailMessage toForged = must(session().mail().messages(forged)).first();
        QCOMPARE(toForged.status, QStringLiteral("failed"));
        QCOMPARE(toForged.attempts, 0);
        QCOMPARE(
            toForged.lastError,
            QStringLiteral("The family's email address “ana.petit@” is not valid: correct it in the family "
                           "file; the family's next messages go to the new address."));
        QCOMPARE(received().size(), qsizetype(1));
    }

    // A message whose PDF cannot be made fails at once with the reason (making it again would not help); the
    // invoice's own message still goes.
    void anAttachmentThatCannotBeMadeFails()
    {
        const qint64 household = test::FamilyBuilder(session()).build().householdId;
        QVERIFY(must(session().mail().queue(MailKind::Invoice, household, QStringLiteral("test:missing"),
                                            QStringLiteral("Facture SO1-2026-999999"),
                                            QStringLiteral("Ci-joint."), QStringLiteral("invoice"),
                                            QStringLiteral("SO1-2026-999999"))));
        const DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.sent, 1); // the welcome
        QCOMPARE(report.failed, 1);
        const MailMessage failed = must(session().mail().messages(household)).first();
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QCOMPARE(failed.attempts, 0);
        QVERIFY2(failed.lastError.contains(QStringLiteral("SO1-2026-999999")), qPrintable(failed.lastError));
    }

    // No address, or emails refused: nothing is queued, the action goes on, and the screen can say why.
    void noAddressNoMessage()
    {
        const qint64 household = test::FamilyBuilder(session()).build().householdId;
        QCOMPARE(must(session().mail().whyNoMail(household)), QString());
        test::RawConnection(m_db->path()).exec(QStringLiteral("UPDATE household SET email_refused = 1"));
        QCOMPARE(must(session().mail().whyNoMail(household)),
                 QStringLiteral("The family refused emails: nothing is sent to it."));
        QVERIFY(!must(session().mail().queue(MailKind::Invoice, household, QStringLiteral("x:1"),
                                             QStringLiteral("S"), QStringLiteral("B"))));
        QCOMPARE(must(session().mail().messages(household)).size(), qsizetype(1)); // the welcome, from before
    }

    // The mail server's password lives in the desktop keyring (a real GNOME keyring on a D-Bus session of the
    // test's own, tests/mail/with_keyring.sh), one entry per server and user, never in the database; the
    // administrator gives it to guichet-cli mail setup (stdin, after the user's password) and mail send then
    // uses it without being given it. Without a keyring, mail send says so and the server refuses the login.
    void thePasswordLivesInTheKeyring()
    {
        SmtpSettings server = settings();
        must(Keyring::storeSmtpPassword(server, QStringLiteral("s3cret")));
        QCOMPARE(must(Keyring::smtpPassword(server)), QStringLiteral("s3cret"));
        SmtpSettings otherUser = server;
        otherUser.user = QStringLiteral("accueil");
        QCOMPARE(must(Keyring::smtpPassword(otherUser)), QString());
        must(Keyring::forgetSmtpPassword(server));
        QCOMPARE(must(Keyring::smtpPassword(server)), QString());

        const QString demo = m_dir.filePath(QStringLiteral("keyring-demo.sqlite"));
        const Run made = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("4"),
                              QStringLiteral("--database"), demo});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Run setup =
            cli({QStringLiteral("mail"), QStringLiteral("setup"), QStringLiteral("--smtp"), server.url,
                 QStringLiteral("--smtp-user"), QStringLiteral("mairie"),
                 QStringLiteral("--smtp-password-stdin"), QStringLiteral("--from"), server.from,
                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--database"), demo},
                "demo\ns3cret\n");
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
        QVERIFY(setup.out.contains(QStringLiteral("password\tkeyring\n")));
        QVERIFY(!test::RawConnection(demo)
                     .value(QStringLiteral("SELECT group_concat(value) FROM commune_setting"))
                     .toString()
                     .contains(QStringLiteral("s3cret")));
        const int waiting =
            test::RawConnection(demo)
                .value(QStringLiteral("SELECT count(*) FROM mail_message WHERE status = 'waiting'"))
                .toInt();
        QVERIFY(waiting > 0); // the demo's events queued their messages

        // A session without a keyring: said, and the server refuses the login (the messages wait).
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        bare.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        bare.remove(QStringLiteral("DISPLAY"));
        const QStringList send{QStringLiteral("mail"),       QStringLiteral("send"),
                               QStringLiteral("--smtp-ca"),  server.caFile,
                               QStringLiteral("--database"), demo};
        const Run without = cli(send, {}, bare);
        QCOMPARE(without.exitCode, 3);
        QVERIFY2(
            without.err.contains(QStringLiteral("Le trousseau de clés du bureau n'a pas pu être utilisé")),
            qPrintable(without.err));
        QCOMPARE(without.out.section(QLatin1Char('\n'), 1, 1), QStringLiteral("sent\t0"));
        QCOMPARE(received().size(), qsizetype(0));
        QVERIFY(test::RawConnection(demo).exec(
            QStringLiteral("UPDATE mail_message SET next_attempt_at = '2000-01-01T00:00:00.000Z' "
                           "WHERE status = 'waiting'")));

        // With the keyring: every message goes, with the password nobody typed this time.
        const Run with = cli(send);
        QVERIFY2(with.exitCode == 0, qPrintable(with.err + with.out));
        QCOMPARE(with.out.section(QLatin1Char('\n'), 1, 1), QStringLiteral("sent\t%1").arg(waiting));
        QCOMPARE(received().size(), qsizetype(waiting));
    }

    // The window's sender runs on its own thread and connection while the counter keeps the file: asked
    // twice, it delivers once and runs once more (finding nothing); the status bar says what waits, then all
    // sent.
    void theWindowSendsInTheBackground()
    {
        test::FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build(); // welcome, validated
        must(Keyring::storeSmtpPassword(settings(), QStringLiteral("s3cret")));
        m_db->settings().setSmtpCaFile(settings().caFile);
        MailStatus status(session());
        QCOMPARE(status.text(), QStringLiteral("Emails: 2 waiting"));
        QSignalSpy runs(&status.sender(), &BackgroundMail::finished);
        QSignalSpy delivered(&status, &MailStatus::delivered);
        status.sendNow();
        QVERIFY(status.sender().isRunning());
        status.sender().deliverNow(); // while it runs: once more after
        QTRY_COMPARE_WITH_TIMEOUT(runs.size(), 2, 60000);
        QCOMPARE(runs.at(0).at(0).toInt(), 2); // sent
        QCOMPARE(runs.at(0).at(4).toString(), QString());
        QCOMPARE(runs.at(1).at(0).toInt(), 0);
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(status.text(), QStringLiteral("Emails: all sent"));
        QVERIFY2(
            status.toolTip().contains(QStringLiteral(": 0 sent, 0 to try again, 0 failed, 0 uncertain.")),
            qPrintable(status.toolTip()));
        QCOMPARE(received().size(), qsizetype(2));
        for (const MailMessage &m : must(session().mail().messages()))
            QCOMPARE(m.status, QStringLiteral("sent"));
    }

    // A message a crash left "sending" may have gone: it becomes uncertain and is sent again only when a
    // clerk asks, with the same Message-ID.
    void aCrashWhileSendingIsNotResentBlindly()
    {
        const qint64 household = test::FamilyBuilder(session()).build().householdId;
        const qint64 id = must(session().mail().messages(household)).first().id;
        QVERIFY(test::RawConnection(m_db->path())
                    .exec(QStringLiteral("UPDATE mail_message SET status = 'sending', attempts = 1")));
        const DeliveryReport report = must(session().mail().deliver(settings()));
        QCOMPARE(report.uncertain, 1);
        QCOMPARE(report.sent, 0);
        QCOMPARE(status(id), QStringLiteral("uncertain 1"));
        QCOMPARE(received().size(), qsizetype(0));
        must(session().mail().resend(id));
        QCOMPARE(must(session().mail().deliver(settings())).sent, 1);
        QCOMPARE(status(id), QStringLiteral("sent 1"));
        QCOMPARE(session().mail().resend(id).error().message,
                 QStringLiteral("This message was sent: it is not sent twice."));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestMail)
#include "tst_mail.moc"
