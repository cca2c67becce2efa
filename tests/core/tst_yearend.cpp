// The year end: the roll-over to 2027-2028 carries the tickets over at the prices they were bought at
// (balance and value equal before and after), raises the prices by a percentage rounded to the cent and
// promotes the children, once; refunds value the most recently bought tickets first, to the cent, are
// refused while the year runs (except for leavers), beyond the balance or with a wrong IBAN, and may be paid
// from the till where the régie allows it; the refund report's totals, CSV and refund order.
//
// The story: on Tuesday 1 September 2026 the Lefèvre family (Léa, CE1, no quotient: top bracket) buys 10
// meals at 4,15 €, the price then goes to 4,40 € and it buys 4 more; Léa eats on 3, 4, 7 and 8 September
// (the oldest tickets first). Left: 6 at 4,15 € and 4 at 4,40 € = 42,50 €. The year ends on 3 July 2027.
#include "Fixtures.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "cashoffice/CashOffice.h"
#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "wallet/WalletService.h"
#include "yearend/Refunds.h"
#include "yearend/Rollover.h"

#include <QTest>
#include <QTimeZone>

namespace guichet {

using test::euros;
using test::FamilyBuilder;
using test::must;
using test::rowCount;
using test::TestDatabase;

namespace {
const QString Iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
} // namespace

class TestYearEnd : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    test::BuiltFamily m_family;
    qint64 m_cantine = 0;
    qint64 m_year = 0;

    Session &session() { return m_db->session(); }
    void at(int year, int month, int day, int hour = 10)
    {
        m_db->clock().set(QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone("Europe/Paris")));
    }
    int balance() { return must(session().wallet().balance(m_family.householdId, m_cantine)); }
    // The wallet's open lots as "tickets@price" in the order bookings take them.
    QString lots()
    {
        QStringList list;
        for (const Lot &l : must(session().wallet().openLots(m_family.householdId, m_cantine)))
            list += QStringLiteral("%1@%2").arg(l.remaining).arg(l.unitPrice.toString());
        return list.join(QStringLiteral(", "));
    }
    RefundRequest request(int tickets)
    {
        RefundRequest r;
        r.householdId = m_family.householdId;
        r.activityId = m_cantine;
        r.tickets = tickets;
        r.iban = Iban;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_db->clock().setTickMs(1); // every document a millisecond after the one before
        m_family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        m_cantine = must(session().catalog().activities()).first().id;
        m_year = must(session().catalog().schoolYears()).first().id;
        test::buyTickets(session(), m_family.householdId, m_cantine, 10);
        const Bracket top = must(session().catalog().brackets(m_year)).last();
        must(session().catalog().setTariff(m_year, Tariff{m_cantine, top.id, euros("4,40")}));
        test::buyTickets(session(), m_family.householdId, m_cantine, 4);
        test::bookDays(session(), m_family.householdId, m_family.childIds, m_cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 8));
        QCOMPARE(lots(), QStringLiteral("6@4,15\u00a0€, 4@4,40\u00a0€"));
    }
    void cleanup() { m_db.reset(); }

    void percentagesRoundToTheCent()
    {
        QCOMPARE(CatalogService::adjusted(euros("4,15"), 250), euros("4,25")); // 4,25375
        QCOMPARE(CatalogService::adjusted(euros("4,40"), 250), euros("4,51"));
        QCOMPARE(CatalogService::adjusted(euros("1,00"), 250), euros("1,03"));  // 1,025: half up
        QCOMPARE(CatalogService::adjusted(euros("3,10"), -150), euros("3,05")); // 3,0535
        QCOMPARE(CatalogService::adjusted(euros("2,00"), 0), euros("2,00"));
    }

    void rollingOverIsRefusedWhileTheYearRuns()
    {
        at(2027, 7, 3);
        QCOMPARE(
            session().rollover().plan({}).error().message,
            QStringLiteral("The school year 2026-2027 runs until 03/07/2027: roll over to the next one once "
                           "it is over (from 04/07/2027)."));
    }

    // Balance and value are the same before and after, lot by lot at the prices paid; the new year's prices
    // are 2.5 % higher; Léa goes to CE2; verify holds; a second roll-over is refused and writes nothing.
    void theRolloverCarriesTicketsAtTheirValue()
    {
        at(2027, 7, 10);
        RolloverOptions options;
        options.percentHundredths = 250;
        const RolloverPlan plan = must(session().rollover().plan(options));
        QCOMPARE(plan.from.label, QStringLiteral("2026-2027"));
        QCOMPARE(plan.to.label, QStringLiteral("2027-2028"));
        QCOMPARE(plan.to.start, QDate(2027, 9, 1));
        QCOMPARE(plan.households, 1);
        QCOMPARE(plan.lots, 2);
        QCOMPARE(plan.tickets, 10);
        QCOMPARE(plan.value, euros("42,50"));
        QCOMPARE(plan.promoted(QStringLiteral("CE1 → CE2")), 1);
        QCOMPARE(plan.promotions.size(), qsizetype(1));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("year_rollover")), 0); // the plan writes nothing

        must(session().rollover().run(options));
        QCOMPARE(balance(), 10);
        QCOMPARE(lots(), QStringLiteral("6@4,15\u00a0€, 4@4,40\u00a0€"));
        const WalletMovement carried = must(session().wallet().movements(m_family.householdId)).last();
        QCOMPARE(carried.kind, MovementKind::CarryIn);
        QCOMPARE(carried.reference, QStringLiteral("2026-2027 → 2027-2028"));
        QCOMPARE(carried.balanceAfter, 10);
        const RolloverRecord record = must(session().rollover().rollovers()).first();
        const QList<CarryOverLine> moved = must(session().rollover().carryOver(record.id));
        QCOMPARE(moved.size(), qsizetype(2));
        QCOMPARE(moved.at(0).tickets, 6);
        QCOMPARE(moved.at(0).unitPrice, euros("4,15"));
        QCOMPARE(moved.at(1).value(), euros("17,60"));
        QCOMPARE(RolloverService::carryOverCsv(moved),
                 QByteArray("\xEF\xBB\xBF"
                            "File no.;Household;Activity;Tickets;Unit price;Value\r\n"
                            "SO1-1;Lefèvre;Cantine;6;4,15;24,90\r\n"
                            "SO1-1;Lefèvre;Cantine;4;4,40;17,60\r\n"));
        test::RawConnection raw(m_db->path());
        QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(kind || ':' || quantity, ' ') FROM (SELECT "
                                          "kind, quantity FROM wallet_movement WHERE rollover_id IS NOT NULL "
                                          "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("carry_out:-6 carry_in:6 carry_out:-4 carry_in:4"));

        const SchoolYear next = must(session().catalog().schoolYears()).last();
        QCOMPARE(next.label, QStringLiteral("2027-2028"));
        const Bracket top = must(session().catalog().brackets(next.id)).last();
        PricingBasis basis;
        basis.resident = true;
        basis.bracketId = top.id;
        QCOMPARE(must(session().catalog().unitPrice(next.id, m_cantine, basis)), euros("4,51"));
        const FamilyFile file = must(session().family().load(m_family.householdId));
        QCOMPARE(file.children.first().classLevel, QStringLiteral("CE2"));
        const QList<HistoryEntry> history = must(session().family().history(m_family.householdId));
        QCOMPARE(history.first().field, QStringLiteral("classLevel")); // the newest first
        QCOMPARE(history.first().oldValue + QStringLiteral(" → ") + history.first().newValue,
                 QStringLiteral("CE1 → CE2"));
        QCOMPARE(test::verifyFindings(session()), QString());

        const int movements = rowCount(m_db->db(), QStringLiteral("wallet_movement"));
        at(2027, 7, 11);
        QVERIFY(session().rollover().run(options).error().message.startsWith(
            QStringLiteral("The school year 2026-2027 was already rolled over to 2027-2028 on 10/07/2027")));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("wallet_movement")), movements);
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("school_year")), 2);
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("year_rollover")), 1);
    }

    // CM2 pupils and children marked as leaving have left after the roll-over and are no longer promoted.
    void leaversLeave()
    {
        FamilyFile file = must(session().family().load(m_family.householdId));
        Child tom = file.children.first();
        tom.id = 0;
        tom.uuid.clear();
        tom.firstName = QStringLiteral("Tom");
        tom.birthDate = QDate(2016, 2, 1);
        tom.ine.clear();
        tom.classLevel = QStringLiteral("CM2");
        for (EmergencyContact &e : tom.emergencyContacts)
            e.uuid.clear();
        must(session().family().saveChild(m_family.householdId, tom));
        Child lea = file.children.first();
        lea.schooling = QStringLiteral("leaving");
        must(session().family().saveChild(m_family.householdId, lea));
        at(2027, 7, 10);
        const RolloverPlan plan = must(session().rollover().run({}));
        QCOMPARE(plan.cm2Leavers, 1);
        QCOMPARE(plan.otherLeavers, 1);
        file = must(session().family().load(m_family.householdId));
        for (const Child &c : file.children)
            QCOMPARE(c.schooling, QStringLiteral("left"));
        // Every child gone: the household's tickets are proposed for a refund.
        const QList<RefundProposal> proposals = must(session().refunds().proposals());
        QCOMPARE(proposals.size(), qsizetype(1));
        QCOMPARE(proposals.first().quote.tickets, 10);
        QCOMPARE(proposals.first().quote.amount, euros("42,50"));
    }

    // The most recently bought first: 5 tickets = 4 at 4,40 € + 1 at 4,15 € = 21,75 €.
    void refundsValueTheNewestTicketsFirst()
    {
        at(2027, 7, 10);
        const RefundQuote quote = must(session().refunds().quote(m_family.householdId, m_cantine, 5));
        QCOMPARE(quote.amount, euros("21,75"));
        QCOMPARE(quote.lines.size(), qsizetype(2));
        QCOMPARE(quote.lines.at(0).quantity, 4);
        QCOMPARE(quote.lines.at(0).unitPrice, euros("4,40"));
        QCOMPARE(quote.lines.at(1).quantity, 1);
        QCOMPARE(quote.lines.at(1).unitPrice, euros("4,15"));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund")), 0);

        const RefundView refund = must(session().refunds().refund(request(5)));
        QCOMPARE(refund.number, QStringLiteral("SO1-RB-2027-000001"));
        QCOMPARE(refund.amount, euros("21,75"));
        QCOMPARE(refund.iban, QStringLiteral("FR7630006000011234567890189"));
        QCOMPARE(balance(), 5);
        QCOMPARE(lots(), QStringLiteral("5@4,15\u00a0€"));
        const WalletMovement last = must(session().wallet().movements(m_family.householdId)).last();
        QCOMPARE(last.kind, MovementKind::Refund);
        QCOMPARE(last.reference, QStringLiteral("SO1-RB-2027-000001"));
        QCOMPARE(last.balanceAfter, 5);
        // Everything else: the rest (5 at 4,15 €).
        QCOMPARE(must(session().refunds().quote(m_family.householdId, m_cantine)).amount, euros("20,75"));
        QCOMPARE(test::verifyFindings(session()), QString());
        test::RawConnection raw(m_db->path());
        QCOMPARE(
            raw.value(QStringLiteral("SELECT event FROM journal_entry ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("refund"));
    }

    // An unpaid invoice does not stop a refund, but the quote says so (the accountant may offset it).
    void anUnpaidInvoiceIsPointedOut()
    {
        QCOMPARE(must(session().refunds().quote(m_family.householdId, m_cantine)).warning, QString());
        const qint64 invoice = must(session().sales().confirmOrder(m_family.householdId, {{m_cantine, 2}}));
        const QString number = must(session().sales().invoice(invoice)).number;
        at(2027, 7, 10);
        QCOMPARE(
            must(session().refunds().quote(m_family.householdId, m_cantine)).warning,
            QStringLiteral("The family still owes 8,80\u00a0€ (invoice(s) %1): have it paid, or tell the "
                           "accountant to offset it against the refund.")
                .arg(number));
    }

    void badRefundsWriteNothing()
    {
        at(2027, 7, 10);
        QCOMPARE(session().refunds().refund(request(11)).error().fields.value(QStringLiteral("tickets")),
                 QStringLiteral("Only 10 Cantine ticket(s) are in the wallet: 11 cannot be refunded."));
        RefundRequest wrong = request(2);
        wrong.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188");
        QVERIFY(session()
                    .refunds()
                    .refund(wrong)
                    .error()
                    .fields.value(QStringLiteral("iban"))
                    .contains(QStringLiteral("check digits")));
        wrong.iban =
            QStringLiteral("BR97 0036 0305 0000 1000 9795 493P 1"); // outside the EEA: a BIC is needed
        QVERIFY(!session().refunds().refund(wrong));
        RefundRequest cash = request(2);
        cash.cash = true;
        QVERIFY(session().refunds().refund(cash).error().message.startsWith(
            QStringLiteral("The régie does not pay refunds in cash")));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund")), 0);
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund_line")), 0);
        QCOMPARE(balance(), 10);
    }

    // While the year runs, only a family whose children all leave is refunded; tickets booked for days to
    // come are not refundable until those bookings are cancelled.
    void duringTheYearOnlyLeaversAreRefunded()
    {
        at(2027, 3, 15);
        QCOMPARE(
            session().refunds().refund(request(2)).error().message,
            QStringLiteral("The school year 2026-2027 runs until 03/07/2027: surplus tickets are refunded "
                           "once it is over, or earlier when every child of the family leaves the "
                           "commune's schools (tick it in each child's record)."));
        Child lea = must(session().family().load(m_family.householdId)).children.first();
        lea.schooling = QStringLiteral("leaving");
        must(session().family().saveChild(m_family.householdId, lea));
        test::bookDays(session(), m_family.householdId, m_family.childIds, m_cantine, QDate(2027, 3, 18),
                       QDate(2027, 3, 19)); // Thursday and Friday: 2 tickets taken
        QCOMPARE(balance(), 8);
        QCOMPARE(
            session().refunds().refund(request(9)).error().fields.value(QStringLiteral("tickets")),
            QStringLiteral("Only 8 Cantine ticket(s) are in the wallet: 9 cannot be refunded. 2 more are "
                           "taken by bookings of days to come: cancel those bookings first to refund "
                           "them."));
        const RefundView refund = must(session().refunds().refund(request(0)));
        QCOMPARE(refund.tickets, 8);
        QCOMPARE(refund.amount, euros("34,20")); // 4 x 4,40 + 4 x 4,15
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // Where the régie allows it, a cash refund leaves the open till: the expected cash is that much lower.
    void aCashRefundLeavesTheTill()
    {
        CommuneProfile profile = must(session().commune().profile());
        profile.cashRefundsAllowed = true;
        must(session().commune().saveProfile(profile));
        at(2027, 7, 10);
        const TillSession open = *must(session().till().current());
        const Money before = must(session().till().figures(open.id)).expectedCash();
        RefundRequest cash = request(3);
        cash.iban.clear();
        cash.cash = true;
        const RefundView refund = must(session().refunds().refund(cash));
        QCOMPARE(refund.amount, euros("13,20"));
        const TillFigures after = must(session().till().figures(open.id));
        QCOMPARE(after.cashRefunded, euros("13,20"));
        QCOMPARE(after.expectedCash(), before - euros("13,20"));
        // The day's Z shows the refund apart from the takings.
        const ClosureView z = must(session().closures().previewDay(QDate(2027, 7, 10)));
        QCOMPARE(z.refunds, 1);
        QCOMPARE(z.refundedInCash, euros("13,20"));
        QCOMPARE(z.takings, Money());
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // The report's totals by means, its CSV (masked IBANs unless the accountant's copy), then the refund
    // order: the transfer ordered once, the cash refund never.
    void theReportAndItsOrder()
    {
        CommuneProfile profile = must(session().commune().profile());
        profile.cashRefundsAllowed = true;
        must(session().commune().saveProfile(profile));
        at(2027, 7, 10);
        must(session().refunds().refund(request(5))); // 21,75 €
        RefundRequest cash = request(2);
        cash.cash = true;
        cash.iban.clear();
        at(2027, 7, 12);
        must(session().refunds().refund(cash)); // 2 x 4,15 = 8,30 €
        const RefundReport report = must(session().refunds().report(QDate(2027, 7, 1), QDate(2027, 7, 31)));
        QCOMPARE(report.refunds.size(), qsizetype(2));
        QCOMPARE(report.transfers, euros("21,75"));
        QCOMPARE(report.cash, euros("8,30"));
        QCOMPARE(report.total, euros("30,05"));
        QCOMPARE(must(session().refunds().report(QDate(2027, 7, 11), QDate(2027, 7, 31))).total,
                 euros("8,30"));
        const QString csv = QString::fromUtf8(RefundService::reportCsv(report, false));
        QCOMPARE(csv.split(QStringLiteral("\r\n")).at(1),
                 QStringLiteral("SO1-RB-2027-000001;2027-07-10;SO1-1;Lefèvre;Marie Lefèvre;Transfer;"
                                "FR76 **** **** **** **** **** 189;;Cantine;4;4,40;17,60;"));
        QCOMPARE(csv.split(QStringLiteral("\r\n")).at(4), QStringLiteral("Total;;;;;;;;;;;30,05;"));
        QVERIFY(QString::fromUtf8(RefundService::reportCsv(report, true))
                    .contains(QStringLiteral(";FR7630006000011234567890189;")));

        const RefundReport issued = must(session().refunds().issue(QDate(2027, 7, 1), QDate(2027, 7, 31)));
        QCOMPARE(issued.orderNumber, QStringLiteral("SO1-OR-2027-000001"));
        QCOMPARE(issued.refunds.at(0).orderNumber, QStringLiteral("SO1-OR-2027-000001"));
        QCOMPARE(issued.refunds.at(1).orderNumber, QString()); // paid in cash: not the accountant's
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund_order_item")), 1);
        QVERIFY(session()
                    .refunds()
                    .issue(QDate(2027, 7, 1), QDate(2027, 7, 31))
                    .error()
                    .message.startsWith(QStringLiteral(
                        "Every transfer of 01/07/2027 to 31/07/2027 is already on a refund order")));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund_order")), 1);
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // A refund's rows forged afterwards are caught by verify.
    void verifyCatchesAForgedRefund()
    {
        at(2027, 7, 10);
        must(session().refunds().refund(request(5)));
        test::RawConnection raw(m_db->path());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER refund_no_update")));
        QVERIFY(raw.exec(QStringLiteral("UPDATE refund SET amount_cents = 2275")));
        const QString findings = test::verifyFindings(session());
        QVERIFY2(findings.contains(
                     QStringLiteral("refunds.amounts: Refund SO1-RB-2027-000001 states 5 tickets for "
                                    "2275 cents, but its lines hold 5 tickets for 2175 cents.")),
                 qPrintable(findings));
        QVERIFY2(findings.contains(QStringLiteral("schema.triggers")), qPrintable(findings));
        QVERIFY2(findings.contains(QStringLiteral("journal.records")), qPrintable(findings));
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestYearEnd)
#include "tst_yearend.moc"
