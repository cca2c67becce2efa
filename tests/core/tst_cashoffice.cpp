// The cash office: a till session from its float to its count (expected cash = float + cash handed over -
// change given), the difference that needs a comment, the roles, daily and monthly closures against
// hand-computed figures with the perpetual grand totals, days closed in order, cheque deposit slips, the
// régie's ceiling, the accountant's statement, and the journal's chain catching an update, a delete, an
// entry inserted in the middle, an altered entry and a tail cut off (against a chain head printed on a Z).
//
// The test counter (TestDatabase) opens on Tuesday 1 September 2026 at 08:30 in Saint-Omer with its till
// open and a float of 150,00 €; a household with no quotient pays the top bracket: 4,15 € a meal.
#include "Fixtures.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "cashoffice/Archive.h"
#include "cashoffice/CashOffice.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentService.h"
#include "integrity/InvariantChecker.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace guichet {

using test::card;
using test::cash;
using test::cheque;
using test::euros;
using test::FamilyBuilder;
using test::must;
using test::rowCount;
using test::TestDatabase;

class TestCashOffice : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_household = 0;
    qint64 m_cantine = 0;

    Session &session() { return m_db->session(); }
    TillService &till() { return m_db->session().till(); }
    ClosureService &closures() { return m_db->session().closures(); }

    // Sells 'meals' canteen tickets (4,15 € each) and pays them with 'part'; returns the invoice's id.
    qint64 sell(int meals, const PaymentPart &part)
    {
        const qint64 invoice = must(session().sales().confirmOrder(m_household, {{m_cantine, meals}}));
        must(session().sales().pay(invoice, {part}));
        return invoice;
    }

    // The day of the tests: 17 meals in cash (100,00 € handed over, 29,45 € back), 10 by cheque, 5 by card.
    QList<qint64> sellTheDay()
    {
        return {sell(17, cash("70,55", "100,00")), sell(10, cheque("41,50", QStringLiteral("0001234"))),
                sell(5, card("20,75"))};
    }

    static CashCount count(const QString &text) { return must(CashCount::parse(text)); }

    QString journalFindings(const QString &anchor = {})
    {
        InvariantChecker checker(session());
        checker.setAnchor(anchor);
        QStringList lines;
        for (const QString &name : {QStringLiteral("journal.chain"), QStringLiteral("journal.records")})
            for (const InvariantChecker::Finding &f : must(checker.run(name)))
                lines += f.check + QStringLiteral(": ") + f.message;
        return lines.join(QLatin1Char('\n'));
    }

    void forge(const QStringList &statements)
    {
        test::RawConnection raw(m_db->path());
        QVERIFY(raw.isOpen());
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }

    // Users of every role; the session logs in as 'login'.
    void usersAndLogin(const char *login)
    {
        UserService &users = session().users();
        must(users.add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                       QStringLiteral("admin pw")));
        session().setUser(must(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin pw"))));
        must(users.add(QStringLiteral("regie"), QStringLiteral("Rita Régie"), Role::Regisseur,
                       QStringLiteral("regie pw")));
        must(users.add(QStringLiteral("agent"), QStringLiteral("Alain Agent"), Role::Agent,
                       QStringLiteral("agent pw")));
        session().setUser(must(users.authenticate(QString::fromLatin1(login),
                                                  QString::fromLatin1(login) + QStringLiteral(" pw"))));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_household = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build().householdId;
        m_cantine = must(session().catalog().activities()).first().id;
    }
    void cleanup() { m_db.reset(); }

    // 150,00 € float + 100,00 € handed over - 29,45 € change = 220,55 € expected; cheque and card apart. The
    // exact count closes the session; the next payment is refused until a new session opens.
    void aSessionFromFloatToCount()
    {
        const TillSession open = *must(till().current());
        QCOMPARE(open.floatAmount, euros("150,00"));
        sellTheDay();
        const TillFigures f = must(till().figures(open.id));
        QCOMPARE(f.receipts, 3);
        QCOMPARE(f.cashTaken, euros("100,00"));
        QCOMPARE(f.changeGiven, euros("29,45"));
        QCOMPARE(f.cheques, euros("41,50"));
        QCOMPARE(f.cards, euros("20,75"));
        QCOMPARE(f.expectedCash(), euros("220,55"));

        const TillSession closed = must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        QVERIFY(closed.closed);
        QCOMPARE(closed.counted, euros("220,55"));
        QCOMPARE(closed.difference, Money());
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("till_count")), 1);

        // Closing twice, paying with the till closed: refused, nothing written.
        QCOMPARE(
            till().close(count(QStringLiteral("100:2")), {}).error().message,
            QStringLiteral("The till is not open: there is nothing to close (a closed session is final)."));
        const qint64 invoice = must(session().sales().confirmOrder(m_household, {{m_cantine, 2}}));
        const int receipts = rowCount(m_db->db(), QStringLiteral("receipt"));
        QCOMPARE(
            session().sales().pay(invoice, {cash("8,30", "10,00")}).error().message,
            QStringLiteral("The till is not open: no money can be taken. A régisseur opens it with its float "
                           "(Caisse › Ouvrir la caisse, or guichet-cli till open)."));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("receipt")), receipts);

        const qint64 next = must(till().open(euros("80,00")));
        QVERIFY(next != open.id);
        QVERIFY(!till().open(euros("10,00")));
        must(session().sales().pay(invoice, {cash("8,30", "10,00")}));
        QCOMPARE(must(till().figures(next)).expectedCash(), euros("88,30"));
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // A count that differs needs its reason; the difference is kept, signed.
    void aDifferenceNeedsAComment()
    {
        sellTheDay();
        const auto refused = till().close(count(QStringLiteral("100:2,20:1,0.5:1")), QStringLiteral("  "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().fields.value(QStringLiteral("comment")),
                 QStringLiteral(
                     "The cash counted (220,50\u00a0€) differs from the expected cash (220,55\u00a0€) by "
                     "-0,05\u00a0€: say why in the comment (it is kept with the closure), or count again."));
        QVERIFY(must(till().current()).has_value());
        const TillSession closed = must(
            till().close(count(QStringLiteral("100:2,20:1,0.5:1")), QStringLiteral("Pièce de 5 ct perdue")));
        QCOMPARE(closed.difference, euros("-0,05"));
        QCOMPARE(closed.comment, QStringLiteral("Pièce de 5 ct perdue"));
    }

    void countsAreParsedStrictly()
    {
        QCOMPARE(count(QStringLiteral("50:2,20:5,10:3,2:10,1:4,0.5:6")).total(), euros("257,00"));
        QCOMPARE(
            count(QStringLiteral("0.01:3")).detail(),
            QStringLiteral(
                "50000:0,20000:0,10000:0,5000:0,2000:0,1000:0,500:0,200:0,100:0,50:0,20:0,10:0,5:0,2:0,1:3"));
        QCOMPARE(CashCount::of(euros("188,87")).detail(),
                 QStringLiteral(
                     "50000:0,20000:0,10000:1,5000:1,2000:1,1000:1,500:1,200:1,100:1,50:1,20:1,10:1,5:1,"
                     "2:1,1:0"));
        QCOMPARE(CashCount::of(euros("188,87")).total(), euros("188,87"));
        QCOMPARE(CashCount::parse(QStringLiteral("20:-1")).error().message,
                 QStringLiteral("A count cannot be negative (-1 pieces of 20,00\u00a0€): count again."));
        QCOMPARE(CashCount::parse(QStringLiteral("3:1")).error().message,
                 QStringLiteral(
                     "\"3\" is not a note or coin in euros (500, 200, 100, 50, 20, 10, 5, 2, 1, 0.5, 0.2, "
                     "0.1, 0.05, 0.02, 0.01)."));
        QCOMPARE(CashCount::parse(QStringLiteral("20:1,20:2")).error().message,
                 QStringLiteral("20,00\u00a0€ is counted twice: give each note or coin once."));
        CashCount negative;
        negative.pieces.insert(2000, -3);
        QVERIFY(!till().close(negative, QStringLiteral("x")));
        QVERIFY(must(till().current()).has_value());
    }

    // Tills, closures and deposit slips are the régisseur's; an agent gets core's refusal, with who they are.
    void anAgentCannotRunTheTill()
    {
        must(till().close(count(QStringLiteral("100:1,50:1")), {}));
        usersAndLogin("agent");
        QCOMPARE(till().open(euros("150,00")).error().message,
                 QStringLiteral(
                     "Opening the till is for the régisseur role; Alain Agent is agent. Ask someone who "
                     "has it."));
        QCOMPARE(
            closures().closeDay(QDate(2026, 9, 1)).error().message,
            QStringLiteral("Closing the day (Z report) is for the régisseur role; Alain Agent is agent. Ask "
                           "someone who has it."));
        QCOMPARE(closures().issueDepositSlip().error().message,
                 QStringLiteral(
                     "Issuing a cheque deposit slip is for the régisseur role; Alain Agent is agent. Ask "
                     "someone who has it."));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("till_session")), 1);
        session().setUser(
            must(session().users().authenticate(QStringLiteral("regie"), QStringLiteral("regie pw"))));
        must(till().open(euros("150,00")));
        QCOMPARE(must(till().current())->openedBy, QStringLiteral("Rita Régie"));
    }

    // The Z report of the day against the figures worked out by hand, then the next day's grand totals, and
    // the month once over.
    void closuresAddUp()
    {
        const QList<qint64> invoices = sellTheDay();
        const InvoiceView byCard = must(session().sales().invoice(invoices.at(2)));
        must(session().sales().issueCreditNote(byCard.id, {{byCard.lines.first().id, 2}},
                                               QStringLiteral("Erreur")));
        QCOMPARE(
            closures().closeDay(QDate(2026, 9, 1)).error().message,
            QStringLiteral("The till opened on 01/09/2026 08:30 by agent.test is still open: close it (count "
                           "the cash) before closing the day."));
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        QCOMPARE(closures().closeDay(QDate(2026, 9, 2)).error().message,
                 QStringLiteral("02/09/2026 has not come yet: a day is closed once its sales are over."));
        const QString head = must(session().journal().head()).hash;

        const ClosureView z = must(closures().closeDay(QDate(2026, 9, 1)));
        QCOMPARE(z.number, QStringLiteral("SO1-Z-2026-000001"));
        QCOMPARE(z.invoices, 3);
        QCOMPARE(z.invoiced, euros("132,80"));
        QCOMPARE(z.creditNotes, 1);
        QCOMPARE(z.credited, euros("8,30"));
        QCOMPARE(z.receipts, 3);
        QCOMPARE(z.cash, euros("70,55"));
        QCOMPARE(z.cheque, euros("41,50"));
        QCOMPARE(z.card, euros("20,75"));
        QCOMPARE(z.takings, euros("132,80"));
        QCOMPARE(z.byActivity.size(), qsizetype(1));
        QCOMPARE(z.byActivity.first().tickets, 30);
        QCOMPARE(z.byActivity.first().net, euros("124,50"));
        QCOMPARE(z.firstInvoice, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(z.lastInvoice, QStringLiteral("SO1-2026-000003"));
        QCOMPARE(z.firstReceipt, QStringLiteral("SO1-RC-2026-000001"));
        QCOMPARE(z.lastReceipt, QStringLiteral("SO1-RC-2026-000003"));
        QCOMPARE(z.lastCreditNote, QStringLiteral("SO1-AV-2026-000001"));
        QCOMPARE(z.sessions.size(), qsizetype(1)); // the session's own Z
        QCOMPARE(z.sessions.first().receipts, 3);
        QCOMPARE(z.sessions.first().cash, euros("70,55"));
        QCOMPARE(z.sessions.first().cheque, euros("41,50"));
        QCOMPARE(z.sessions.first().card, euros("20,75"));
        QCOMPARE(must(closures().closure(z.id)).sessions.first().card, euros("20,75")); // as stored
        QCOMPARE(z.counted, euros("220,55"));
        QCOMPARE(z.difference, Money());
        QCOMPARE(z.grandTotalSales, euros("124,50"));
        QCOMPARE(z.grandTotalTakings, euros("132,80"));
        QCOMPARE(z.chainHead, head);
        QCOMPARE(
            closures().closeDay(QDate(2026, 9, 1)).error().message,
            QStringLiteral("01/09/2026 is already closed (Z report SO1-Z-2026-000001): a closure is final."));
        // After the Z nothing more is dated today: it would be in no closure.
        const QString closedToday =
            QStringLiteral("Today is closed (Z report SO1-Z-2026-000001): nothing more can be "
                           "sold, paid or credited today at this counter. Continue tomorrow.");
        QCOMPARE(session().sales().confirmOrder(m_household, {{m_cantine, 1}}).error().message, closedToday);
        QCOMPARE(till().open(euros("150,00")).error().message, closedToday);
        QCOMPARE(session()
                     .sales()
                     .issueCreditNote(byCard.id, {{byCard.lines.first().id, 1}}, QStringLiteral("x"))
                     .error()
                     .message,
                 closedToday);

        // The next day: one meal in cash; the grand totals go on.
        m_db->clock().advanceSeconds(86400);
        must(till().open(euros("150,00")));
        sell(1, cash("4,15", "5,00"));
        must(till().close(count(QStringLiteral("100:1,50:1,2:2,0.1:1,0.05:1")), {}));
        const ClosureView z2 = must(closures().closeDay(QDate(2026, 9, 2)));
        QCOMPARE(z2.number, QStringLiteral("SO1-Z-2026-000002"));
        QCOMPARE(z2.takings, euros("4,15"));
        QCOMPARE(z2.counted, euros("154,15"));
        QCOMPARE(z2.grandTotalSales, euros("128,65"));
        QCOMPARE(z2.grandTotalTakings, euros("136,95"));
        QCOMPARE(closures().closeDay(QDate(2026, 8, 31)).error().message,
                 QStringLiteral(
                     "Days are closed in order: 02/09/2026 is already closed, so 31/08/2026 can no longer "
                     "be."));

        // September once over: the sum of its days.
        QCOMPARE(closures().closePeriod(ClosureView::Kind::Month, QStringLiteral("2026-09")).error().message,
                 QStringLiteral("2026-09 is not over yet: it is closed once its last day is closed."));
        m_db->clock().set(QDateTime(QDate(2026, 10, 1), QTime(7, 0), Qt::UTC));
        const ClosureView month =
            must(closures().closePeriod(ClosureView::Kind::Month, QStringLiteral("2026-09")));
        QCOMPARE(month.number, QStringLiteral("SO1-Z-2026-000003"));
        QCOMPARE(month.invoices, 4);
        QCOMPARE(month.takings, euros("136,95"));
        QCOMPARE(month.cash, euros("74,70"));
        QCOMPARE(month.counted, euros("374,70"));
        QCOMPARE(month.byActivity.first().tickets, 31);
        QCOMPARE(month.periodsIncluded,
                 (QStringList{QStringLiteral("2026-09-01"), QStringLiteral("2026-09-02")}));
        QCOMPARE(month.grandTotalTakings, euros("136,95"));
        QCOMPARE(month.firstInvoice, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(month.lastInvoice, QStringLiteral("SO1-2026-000004"));
        QCOMPARE(test::verifyFindings(session()), QString());

        // The Z report as printed.
        const DocumentContent printed = must(session().documents().closureReport(z));
        QCOMPARE(printed.kind, DocumentKind::Report);
        for (const QString &text : {QStringLiteral("SO1-Z-2026-000001"), QStringLiteral("132,80\u00a0€"),
                                    QStringLiteral("124,50\u00a0€"), QStringLiteral("220,55\u00a0€"),
                                    QStringLiteral("SO1-2026-000001 to SO1-2026-000003"),
                                    QString(head.left(16) + QLatin1Char(' ') + head.mid(16, 16))})
            QVERIFY2(printed.html.contains(text), qPrintable(text));
    }

    // A day with sales not closed holds the next ones back.
    void daysCloseInOrder()
    {
        sellTheDay();
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        m_db->clock().advanceSeconds(86400);
        QCOMPARE(
            closures().closeDay(QDate(2026, 9, 2)).error().message,
            QStringLiteral("01/09/2026 had sales that are not closed yet: close the days in order, starting "
                           "with that one."));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("closure")), 0);
        must(closures().closeDay(QDate(2026, 9, 1)));
        must(closures().closeDay(QDate(2026, 9, 2)));
    }

    // A Z report and a deposit slip are dated at the instant their number was taken, even when the clock
    // moves between two readings (numbering.dates caught a Z dated a millisecond after its series' last
    // issue).
    void closuresAreDatedWhenNumbered()
    {
        sellTheDay();
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        m_db->clock().setTickMs(1);
        const ClosureView z = must(closures().closeDay(QDate(2026, 9, 1)));
        const DepositSlipView slip = must(closures().issueDepositSlip());
        test::RawConnection raw(m_db->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT last_issued_at FROM number_series WHERE series = "
                                          "'SO1-Z-2026'"))
                     .toString(),
                 z.closedAt.toString(Qt::ISODateWithMs));
        QCOMPARE(raw.value(QStringLiteral("SELECT last_issued_at FROM number_series WHERE series = "
                                          "'SO1-BD-2026'"))
                     .toString(),
                 slip.issuedAt.toString(Qt::ISODateWithMs));
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // The cheques not deposited go on a numbered slip once; a cheque waiting more than a working day is
    // pointed out.
    void chequesGoOnADepositSlip()
    {
        sell(10, cheque("41,50", QStringLiteral("0001234")));
        sell(2, cheque("8,30", QStringLiteral("0005678")));
        sell(1, cash("4,15", "4,15"));
        QCOMPARE(must(closures().chequesWaitingWarning()), QString());
        m_db->clock().advanceSeconds(3 * 86400); // Friday 4 September
        QCOMPARE(must(closures().chequesWaitingWarning()),
                 QStringLiteral(
                     "2 cheque(s) taken before 03/09/2026 (49,80\u00a0€) are not deposited yet: issue a "
                     "deposit slip (Caisse › Bordereau de remise de chèques)."));
        const DepositSlipView slip = must(closures().issueDepositSlip());
        QCOMPARE(slip.number, QStringLiteral("SO1-BD-2026-000001"));
        QCOMPARE(slip.cheques.size(), qsizetype(2));
        QCOMPARE(slip.cheques.at(0).number, QStringLiteral("0001234"));
        QCOMPARE(slip.total, euros("49,80"));
        QCOMPARE(must(closures().depositSlip(slip.id)).total, euros("49,80"));
        QCOMPARE(must(closures().chequesWaitingWarning()), QString());
        QCOMPARE(closures().issueDepositSlip().error().message,
                 QStringLiteral("There is no cheque to deposit: every cheque taken is already on a slip."));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("deposit_slip")), 1);
        const QString html = must(session().documents().depositSlip(slip)).html;
        QVERIFY(html.contains(QStringLiteral("0005678")) && html.contains(QStringLiteral("49,80\u00a0€")));
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // Above the régie's ceiling the payment goes through, with the warning.
    void theCeilingIsWatched()
    {
        CommuneProfile profile = must(session().commune().profile());
        profile.cashCeiling = euros("200,00");
        QVERIFY(session().commune().saveProfile(profile));
        const qint64 invoice = must(session().sales().confirmOrder(m_household, {{m_cantine, 10}}));
        QCOMPARE(must(session().sales().pay(invoice, {cash("41,50", "50,00")})).warning, QString());
        const qint64 second = must(session().sales().confirmOrder(m_household, {{m_cantine, 3}}));
        QCOMPARE(must(session().sales().pay(second, {cash("12,45", "12,45")})).warning,
                 QStringLiteral(
                     "The cash held (203,95\u00a0€) exceeds the régie's ceiling (200,00\u00a0€): pay the "
                     "surplus into the public treasury (versement) without delay."));
    }

    void theAccountantsStatement()
    {
        sellTheDay();
        must(closures().issueDepositSlip());
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        must(closures().closeDay(QDate(2026, 9, 1)));
        const AccountantStatement st = must(closures().statement(QDate(2026, 9, 1), QDate(2026, 9, 30)));
        QCOMPARE(st.takings, euros("132,80"));
        QCOMPARE(st.cheque, euros("41,50"));
        QCOMPARE(st.deposits.size(), qsizetype(1));
        QCOMPARE(st.closures.size(), qsizetype(1));
        const QByteArray csv = ClosureService::statementCsv(st);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(csv.contains("2026-09-01 / 2026-09-30;Takings;Cheques;;41,50\r\n"), csv.constData());
        QVERIFY2(csv.contains("Net sales by activity;Cantine;32;132,80"), csv.constData());
        QVERIFY(csv.contains("Cheque deposit;SO1-BD-2026-000001;1;41,50"));
        // Its head names the period as it is: a statement has no number.
        const QString head = must(session().documents().statement(st)).html;
        QVERIFY2(head.contains(QStringLiteral("class=\"number\">01/09/2026 – 30/09/2026</p>")),
                 qPrintable(head));
        QCOMPARE(closures().statement(QDate(2026, 9, 30), QDate(2026, 9, 1)).error().message,
                 QStringLiteral("Give the period as two days, the first before the last (YYYY-MM-DD)."));
    }

    // Every financial event is an entry chained to the one before; verify re-derives each from its rows.
    void theJournalRecordsEveryEvent()
    {
        sellTheDay();
        QStringList events;
        test::RawConnection raw(m_db->path(), true);
        events = raw.rows(QStringLiteral("SELECT event FROM journal_entry ORDER BY seq"));
        QCOMPARE(events, (QStringList{QStringLiteral("genesis"), QStringLiteral("till_open"),
                                      QStringLiteral("invoice"), QStringLiteral("receipt"),
                                      QStringLiteral("invoice"), QStringLiteral("receipt"),
                                      QStringLiteral("invoice"), QStringLiteral("receipt")}));
        QCOMPARE(raw.value(QStringLiteral("SELECT user_name FROM journal_entry WHERE seq = 2")).toString(),
                 QStringLiteral("agent.test"));
        // The payload of the first receipt, in the documented format.
        QVERIFY(raw.value(QStringLiteral("SELECT payload FROM journal_entry WHERE seq = 3"))
                    .toString()
                    .contains(QStringLiteral("\npayment\tid=1\tuuid=")));
        QCOMPARE(journalFindings(), QString());
    }

    // The payload's text escaping, as documented: backslash, TAB, LF, CR written as \\ \t \n \r.
    void thePayloadEscapesAsDocumented()
    {
        const qint64 invoice = sell(2, cash("8,30", "10,00"));
        const InvoiceView v = must(session().sales().invoice(invoice));
        must(session().sales().issueCreditNote(v.id, {{v.lines.first().id, 1}},
                                               QStringLiteral("Erreur\tde\\saisie\r\nligne 2")));
        test::RawConnection raw(m_db->path(), true);
        const QString payload =
            raw.value(QStringLiteral("SELECT payload FROM journal_entry WHERE event = 'credit_note'"))
                .toString();
        QVERIFY2(payload.contains(
                     QStringLiteral("\treason=Erreur\\tde\\\\saisie\\r\\nligne 2\ttotal_cents=415\t")),
                 qPrintable(payload));
        QVERIFY(payload.contains(QStringLiteral("\ncredit_note_line\tid=1\t"))); // its line, after it
        QCOMPARE(journalFindings(), QString());
    }

    void theChainCatchesForgeries_data()
    {
        QTest::addColumn<QStringList>("forgery");
        QTest::addColumn<QString>("naming");
        QTest::newRow("an invoice's payer changed")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("UPDATE invoice SET payer_name = 'M. Autre' WHERE id = 1")}
            << "journal.records: Journal entry 2: invoice SO1-2026-000001 no longer says what was recorded "
               "(changed "
               "after the event).";
        QTest::newRow("a cash payment turned into a card payment")
            << QStringList{QStringLiteral("DROP TRIGGER payment_no_update"),
                           QStringLiteral(
                               "UPDATE payment SET method = 'card', card_reference = 'X', change_cents = 0, "
                               "tendered_cents = amount_cents WHERE id = 1")}
            << "journal.records: Journal entry 3: receipt SO1-RC-2026-000001 no longer says what was "
               "recorded";
        QTest::newRow("a credit-card receipt deleted")
            << QStringList{QStringLiteral("DROP TRIGGER payment_no_delete"),
                           QStringLiteral("DROP TRIGGER receipt_no_delete"),
                           QStringLiteral("DELETE FROM payment WHERE receipt_id = 3"),
                           QStringLiteral("DELETE FROM receipt WHERE id = 3")}
            << "journal.records: Journal entry 7 records row 3 of receipt, which no longer exists (deleted).";
        QTest::newRow("an entry inserted in the middle")
            << QStringList{QStringLiteral("DROP TRIGGER journal_entry_no_update"),
                           QStringLiteral("UPDATE journal_entry SET seq = seq + 1000 WHERE seq >= 4"),
                           QStringLiteral("UPDATE journal_entry SET seq = seq - 999 WHERE seq >= 1000"),
                           QStringLiteral(
                               "INSERT INTO journal_entry (uuid, origin_site, seq, at, user_name, event, "
                               "payload, prev_hash, hash) SELECT 'forged', origin_site, 4, at, 'x', 'user', "
                               "'app_user', hash, hash FROM journal_entry WHERE seq = 3")}
            << "journal.chain: Journal entry 4 (user of";
        QTest::newRow("an entry's user changed")
            << QStringList{QStringLiteral("DROP TRIGGER journal_entry_no_update"),
                           QStringLiteral("UPDATE journal_entry SET user_name = 'quelqu''un' WHERE seq = 2")}
            << "journal.chain: Journal entry 2 (invoice of";
        QTest::newRow("an entry removed")
            << QStringList{QStringLiteral("DROP TRIGGER journal_entry_no_delete"),
                           QStringLiteral("DELETE FROM journal_entry WHERE seq = 5")}
            << "journal.chain: Journal: entry 5 is missing (the chain goes from 4 to 6).";
        QTest::newRow("a receipt written behind the program's back")
            << QStringList{QStringLiteral(
                   "INSERT INTO receipt (uuid, origin_site, number, series, sequence, invoice_id, "
                   "paid_at, clerk, till_session_id) SELECT 'f1', origin_site, "
                   "'SO1-RC-2026-000004', 'SO1-RC-2026', 4, 1, '2026-09-01T07:00:00.000Z', 'x', 1 "
                   "FROM receipt WHERE id = 1")}
            << "journal.records: receipt SO1-RC-2026-000004 has no journal entry";
        QTest::newRow("a receipt from a site that has no journal here")
            << QStringList{QStringLiteral(
                   "INSERT INTO receipt (uuid, origin_site, number, series, sequence, invoice_id, "
                   "paid_at, clerk, till_session_id) VALUES ('f2', 'ailleurs', "
                   "'XX9-RC-2026-000001', 'XX9-RC-2026', 1, 1, '2026-09-01T07:00:00.000Z', 'x', 1)")}
            << "journal.records: 1 rows of receipt say they come from the site ailleurs, which has no "
               "journal in this "
               "file";
        QTest::newRow("the genesis entry emptied")
            << QStringList{QStringLiteral("DROP TRIGGER journal_entry_no_delete"),
                           QStringLiteral("DELETE FROM journal_entry")}
            << "journal.chain: The journal has no genesis entry: it was emptied, or never started.";
    }

    void theChainCatchesForgeries()
    {
        QFETCH(QStringList, forgery);
        QFETCH(QString, naming);
        sellTheDay();
        QCOMPARE(journalFindings(), QString());
        forge(forgery);
        const QString found = journalFindings();
        QVERIFY2(found.contains(naming), qPrintable(found));
    }

    // The year's archive: its files check with sha256sum and the script it carries (Python's standard
    // library, not this program), a tampered entry is found, and writing it is itself journaled.
    void theYearlyArchiveChecksWithoutTheProgram()
    {
        sellTheDay();
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        must(closures().closeDay(QDate(2026, 9, 1)));
        QTemporaryDir folder;
        QCOMPARE(ArchiveService(session()).write(2026, folder.path()).error().message,
                 QStringLiteral("2026 is not over: a year is archived from the 1st of January after it."));
        m_db->clock().set(QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC));
        const auto written = must(ArchiveService(session()).write(2026, folder.path()));
        QCOMPARE(written.entries,
                 qint64(10)); // genesis, the till's opening, 3 sales (2 entries each), count, Z
        QCOMPARE(written.closures, qint64(1));
        QCOMPARE(written.files.size(), qsizetype(5));
        const auto run = [&](const QString &program, const QStringList &arguments, QString *output) {
            QProcess p;
            p.setWorkingDirectory(folder.path());
            p.start(program, arguments);
            p.waitForFinished(30000);
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString output;
        QCOMPARE(
            run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, &output),
            0);
        QCOMPARE(run(QStringLiteral("python3"), {QStringLiteral("check_chain.py")}, &output), 0);
        QVERIFY2(output.startsWith(QStringLiteral("10 entries, chain intact")), qPrintable(output));
        QVERIFY2(output.trimmed().endsWith(written.lastHash), qPrintable(output));
        // The archive is in the journal, with the manifest's hash.
        test::RawConnection raw(m_db->path(), true);
        QVERIFY(raw.value(QStringLiteral("SELECT payload FROM journal_entry WHERE event = 'archive'"))
                    .toString()
                    .endsWith(QStringLiteral("manifest_sha256=") + written.manifestSha256));
        QVERIFY(!ArchiveService(session()).write(2026, folder.path())); // the folder holds one already
        QCOMPARE(journalFindings(), QString());

        // A payload changed in the archive: sha256sum sees it; with SHA256SUMS forged too, the chain does.
        QFile journal(folder.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QByteArray bytes = journal.readAll();
        journal.close();
        bytes.replace("SO1-2026-000002", "SO1-2026-000009");
        QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
        journal.write(bytes);
        journal.close();
        QVERIFY(run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")},
                    &output) != 0);
        QCOMPARE(run(QStringLiteral("python3"), {QStringLiteral("check_chain.py")}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("altered")), qPrintable(output));
    }

    // A forger who removes the last events with their entries and rows leaves a consistent chain: only the
    // chain head printed on the Z report shows that the tail was cut off.
    void aCutOffTailIsCaughtByTheAnchor()
    {
        sellTheDay();
        must(till().close(count(QStringLiteral("100:2,20:1,0.5:1,0.05:1")), {}));
        const ClosureView z = must(closures().closeDay(QDate(2026, 9, 1)));
        const QString printedHead = must(session().journal().head()).hash; // the entry of the Z itself
        QCOMPARE(journalFindings(printedHead), QString());
        forge({QStringLiteral("DROP TRIGGER journal_entry_no_delete"),
               QStringLiteral("DROP TRIGGER closure_no_delete"),
               QStringLiteral("DELETE FROM journal_entry WHERE event = 'closure'"),
               QStringLiteral("DELETE FROM closure"),
               QStringLiteral("DELETE FROM number_series WHERE series LIKE '%-Z-%'")});
        QCOMPARE(journalFindings(), QString());
        QCOMPARE(journalFindings(printedHead),
                 QStringLiteral(
                     "journal.chain: The chain head %1 printed on a report is not in the journal: the "
                     "entries after it were cut off or replaced, or this is not the file of that report.")
                     .arg(printedHead));
        // Given as printed, in groups of 16, the anchor is read the same.
        const QString grouped = QString(printedHead.left(16) + QLatin1Char(' ') + printedHead.mid(16));
        QVERIFY(journalFindings(z.chainHead).isEmpty());
        QVERIFY(!journalFindings(grouped).isEmpty());
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestCashOffice)
#include "tst_cashoffice.moc"
