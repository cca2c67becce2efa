// The texts of the families' emails and the low-balance warning: the program's texts (English and French)
// pass their own check; an administrator's text with a missing or unknown placeholder is refused and nothing
// is written; a saved text fills the next messages with the event's values while a queued message keeps
// what it said; the preview shows a real family's data; only an administrator changes a text. A booking that
// leaves fewer tickets than the activity's threshold queues one warning, never more than one a week. The
// test clock starts on Tuesday 1 September 2026 at 08:30 in Paris.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "mail/Outbox.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

namespace guichet {

using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

class TestMailTemplates : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cantine = 0;

    Session &session() { return m_db->session(); }
    MailTemplates &templates() { return session().mail().templates(); }

    QList<MailMessage> messagesOf(qint64 household, const QString &kind)
    {
        QList<MailMessage> list;
        for (const MailMessage &m : must(session().mail().messages(household)))
            if (m.kind == kind)
                list += m;
        return list;
    }

    void setThreshold(int tickets)
    {
        for (Activity a : must(session().catalog().activities()))
            if (a.id == m_cantine) {
                a.lowBalanceThreshold = tickets;
                must(session().catalog().saveActivity(a));
            }
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(session().catalog().activities()))
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
        QVERIFY(m_cantine);
    }
    void cleanup() { m_db.reset(); }

    // Every text the program ships, in English and in French, names what its kind requires and nothing else.
    void theProgramsTextsPassTheirCheck()
    {
        for (const MailKind kind : MailTemplates::kinds()) {
            const MailTemplate t = MailTemplates::defaults(kind);
            QVERIFY2(MailTemplates::check(kind, t.subject, t.body), qPrintable(t.kind));
        }
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
        QCoreApplication::installTranslator(&french);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
        for (const MailKind kind : MailTemplates::kinds()) {
            const MailTemplate t = MailTemplates::defaults(kind);
            const Status s = MailTemplates::check(kind, t.subject, t.body);
            QVERIFY2(s,
                     qPrintable(t.kind + QStringLiteral(": ") + (s ? QString() : s.error().fields.first())));
            QVERIFY2(t.body.startsWith(QStringLiteral("Bonjour,")), qPrintable(t.body));
        }
        QCOMPARE(MailTemplates::defaults(MailKind::Invoice).subject, QStringLiteral("Facture {facture}"));
    }

    // A typo or a forgotten placeholder is refused with the field named, and nothing is written.
    void aWrongTextIsRefused()
    {
        const Status typo = templates().save(MailKind::Invoice, QStringLiteral("Facture {factur}"),
                                             QStringLiteral("Montant : {montant}"));
        QVERIFY(!typo);
        QCOMPARE(typo.error().fields.keys(), QStringList{QStringLiteral("subject")});
        QCOMPARE(
            typo.error().fields.first(),
            QStringLiteral("{factur} is not a placeholder of this message: check its spelling. This "
                           "message knows {famille}, {dossier}, {commune}, {regie}, {contact}, {portail}, "
                           "{facture}, {montant}."));
        const Status missing = templates().save(MailKind::Invoice, QStringLiteral("Votre facture"),
                                                QStringLiteral("Montant : {montant}"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().fields.value(QStringLiteral("body")),
                 QStringLiteral("The text must say {facture} (the invoice's number): put it back in the "
                                "subject or the body."));
        QVERIFY(!templates().save(MailKind::Invoice, QStringLiteral("Facture {facture}\nsuite"),
                                  QStringLiteral("{montant}")));
        QVERIFY(
            !templates().save(MailKind::Invoice, QStringLiteral("Facture {facture}"), QStringLiteral("  ")));
        QCOMPARE(test::rowCount(m_db->db(), QStringLiteral("mail_template")), 0);
        QVERIFY(!must(templates().get(MailKind::Invoice)).custom);
    }

    // The administrator's text is what the next invoice's message says, filled; a message queued before
    // keeps its words; going back to the program's text works for the next one.
    void aSavedTextFillsTheNextMessages()
    {
        const auto family = FamilyBuilder(session())
                                .payer(QStringLiteral("Durand"), QStringLiteral("Léa"))
                                .child(QStringLiteral("Tom"))
                                .validated()
                                .build();
        test::buyTickets(session(), family.householdId, m_cantine, 10); // invoice 1, at the program's text
        must(templates().save(MailKind::Invoice, QStringLiteral("  Votre facture {facture} — {commune} "),
                              QStringLiteral("Bonjour famille {famille},\n\nla facture {facture} ({montant}) "
                                             "est jointe.\n\n{contact}\n\n\n{regie}")));
        const MailTemplate saved = must(templates().get(MailKind::Invoice));
        QVERIFY(saved.custom);
        QCOMPARE(saved.subject, QStringLiteral("Votre facture {facture} — {commune}"));
        QCOMPARE(saved.updatedBy, QStringLiteral("agent.test"));
        test::buyTickets(session(), family.householdId, m_cantine, 4); // invoice 2: 4 × 4,15 €

        const QList<MailMessage> invoices = messagesOf(family.householdId, QStringLiteral("invoice"));
        QCOMPARE(invoices.size(), qsizetype(2));
        QCOMPARE(invoices.at(1).subject, QStringLiteral("Invoice SO1-2026-000001"));
        // No mail server yet: the Message-ID takes the commune's own address's domain.
        QVERIFY2(invoices.at(1).messageId.endsWith(QStringLiteral("@ville-saint-omer.fr>")),
                 qPrintable(invoices.at(1).messageId));
        QCOMPARE(invoices.at(0).subject,
                 QStringLiteral("Votre facture SO1-2026-000002 — Ville de Saint-Omer"));
        // {contact} and the empty lines around it collapse to one empty line.
        QCOMPARE(invoices.at(0).body,
                 QStringLiteral(
                     "Bonjour famille Durand,\n\nla facture SO1-2026-000002 (16,60\u00a0€) est jointe.\n\n"
                     "03 21 12 83 06 — affaires-scolaires@ville-saint-omer.fr\n\n"
                     "Régie de recettes des affaires scolaires"));

        must(templates().reset(MailKind::Invoice));
        QVERIFY(!must(templates().get(MailKind::Invoice)).custom);
        test::buyTickets(session(), family.householdId, m_cantine, 1);
        QCOMPARE(messagesOf(family.householdId, QStringLiteral("invoice")).first().subject,
                 QStringLiteral("Invoice SO1-2026-000003"));
        QCOMPARE(messagesOf(family.householdId, QStringLiteral("invoice")).at(1).subject,
                 QStringLiteral("Votre facture SO1-2026-000002 — Ville de Saint-Omer"));
    }

    // The preview fills the text being written with the family's file and its latest invoice; a placeholder
    // the kind does not know stays visible.
    void thePreviewShowsARealFamily()
    {
        const auto family = FamilyBuilder(session())
                                .payer(QStringLiteral("Martin"), QStringLiteral("Jules"))
                                .child(QStringLiteral("Zoé"))
                                .validated()
                                .build();
        test::buyTickets(session(), family.householdId, m_cantine, 2);
        QCOMPARE(must(templates().sampleFileNumber()), QStringLiteral("SO1-1"));
        const auto shown = must(
            templates().preview(MailKind::Reminder, QStringLiteral("Relance {facture} du {date_facture}"),
                                QStringLiteral("{famille}, dossier {dossier} : reste {reste_du} sur "
                                               "{montant}. {annee}"),
                                family.householdId));
        QCOMPARE(shown.first, QStringLiteral("Relance SO1-2026-000001 du 01/09/2026"));
        QCOMPARE(shown.second,
                 QStringLiteral("Martin, dossier SO1-1 : reste 8,30\u00a0€ sur 8,30\u00a0€. {annee}"));
    }

    // Only an administrator changes the families' emails; core refuses anyone else, CLI and window alike.
    void onlyAnAdministratorChangesTheTexts()
    {
        UserService &users = session().users();
        must(users.add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                       QStringLiteral("12345678")));
        session().setUser(must(users.authenticate(QStringLiteral("admin"), QStringLiteral("12345678"))));
        must(users.add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                       QStringLiteral("12345678")));
        session().setUser(must(users.authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        const MailTemplate t = MailTemplates::defaults(MailKind::Welcome);
        const Status refused = templates().save(MailKind::Welcome, t.subject, t.body);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Marie Agent is agent")),
                 qPrintable(refused.error().message));
        QVERIFY(!templates().reset(MailKind::Welcome));
        session().setUser(must(users.authenticate(QStringLiteral("admin"), QStringLiteral("12345678"))));
        must(templates().save(MailKind::Welcome, t.subject, t.body));
        QCOMPARE(must(templates().get(MailKind::Welcome)).updatedBy, QStringLiteral("Paul Admin"));
    }

    // Threshold 3 canteen tickets: 5 bought, 2 days booked leave 3 (nothing); a third day leaves 2 (one
    // warning saying 2); a fourth the same week leaves 1 (no second warning); eight days later another
    // booking warns again. Threshold 0: never.
    void aLowBalanceIsToldOnceAWeek()
    {
        setThreshold(3);
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        test::buyTickets(session(), family.householdId, m_cantine, 5);
        test::bookDays(session(), family.householdId, family.childIds, m_cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 4)); // Thursday, Friday
        QCOMPARE(messagesOf(family.householdId, QStringLiteral("low_balance")).size(), qsizetype(0));
        test::bookDays(session(), family.householdId, family.childIds, m_cantine, QDate(2026, 9, 7),
                       QDate(2026, 9, 7));
        const QList<MailMessage> told = messagesOf(family.householdId, QStringLiteral("low_balance"));
        QCOMPARE(told.size(), qsizetype(1));
        QCOMPARE(told.first().subject, QStringLiteral("Few tickets left: Cantine"));
        QVERIFY2(told.first().body.contains(QStringLiteral("your wallet holds 2 ticket(s) of Cantine")),
                 qPrintable(told.first().body));
        test::bookDays(session(), family.householdId, family.childIds, m_cantine, QDate(2026, 9, 8),
                       QDate(2026, 9, 8));
        QCOMPARE(messagesOf(family.householdId, QStringLiteral("low_balance")).size(), qsizetype(1));

        m_db->clock().set(m_db->clock().nowUtc().addDays(8)); // Wednesday 9 September
        test::bookDays(session(), family.householdId, family.childIds, m_cantine, QDate(2026, 9, 14),
                       QDate(2026, 9, 14));
        const QList<MailMessage> again = messagesOf(family.householdId, QStringLiteral("low_balance"));
        QCOMPARE(again.size(), qsizetype(2));
        QVERIFY2(again.first().body.contains(QStringLiteral("holds 0 ticket(s)")),
                 qPrintable(again.first().body));

        setThreshold(0);
        const auto other = FamilyBuilder(session())
                               .payer(QStringLiteral("Petit"), QStringLiteral("Ana"))
                               .child(QStringLiteral("Noé"))
                               .validated()
                               .build();
        test::buyTickets(session(), other.householdId, m_cantine, 1);
        test::bookDays(session(), other.householdId, other.childIds, m_cantine, QDate(2026, 9, 14),
                       QDate(2026, 9, 14));
        QCOMPARE(messagesOf(other.householdId, QStringLiteral("low_balance")).size(), qsizetype(0));
    }

    // A child present without a booking takes a ticket too: below the threshold, the family is told.
    void aWalkInCanLeaveTheBalanceLow()
    {
        setThreshold(2);
        const auto family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        test::buyTickets(session(), family.householdId, m_cantine, 2);
        const WalkIn walkIn =
            must(session().bookings().walkIn(family.childIds.first(), m_cantine, QDate(2026, 9, 1)));
        QCOMPARE(walkIn.ticketsTaken, 1);
        const QList<MailMessage> told = messagesOf(family.householdId, QStringLiteral("low_balance"));
        QCOMPARE(told.size(), qsizetype(1));
        QVERIFY2(told.first().body.contains(QStringLiteral("your wallet holds 1 ticket(s) of Cantine")),
                 qPrintable(told.first().body));
    }

    // The threshold is an activity's setting, 0 to 100 tickets.
    void theThresholdIsChecked()
    {
        for (Activity a : must(session().catalog().activities()))
            if (a.id == m_cantine) {
                a.lowBalanceThreshold = 101;
                const auto refused = session().catalog().saveActivity(a);
                QVERIFY(!refused);
                QCOMPARE(refused.error().fields.keys(), QStringList{QStringLiteral("lowBalanceThreshold")});
            }
        setThreshold(4);
        for (const Activity &a : must(session().catalog().activities()))
            if (a.id == m_cantine)
                QCOMPARE(a.lowBalanceThreshold, 4);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestMailTemplates)
#include "tst_mailtemplates.moc"
