// The counter's sale in core: pricing by bracket, numbered invoices, every payment method, the wallet
// credited only when fully paid, credit notes, refusals that write nothing (tst_verify: the invariants).
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "family/FamilyService.h"
#include "integrity/InvariantChecker.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "wallet/WalletService.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <ctime>

namespace guichet {

using test::card;
using test::cash;
using test::cheque;
using test::euros;
using test::FamilyBuilder;
using test::must;
using test::rowCount;
using test::TestDatabase;

namespace {

// Rows of every table a sale writes to: a refused action must leave them all unchanged.
QList<int> saleRows(Database &db)
{
    QList<int> rows;
    for (const char *table : {"invoice", "invoice_line", "receipt", "payment", "credit_note",
                              "credit_note_line", "wallet_movement", "number_series"})
        rows += rowCount(db, QLatin1String(table));
    return rows;
}

} // namespace

class TestSales : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // What guichet-cli verify would report (empty: every invariant holds).
    QStringList findings()
    {
        QStringList found;
        for (const InvariantChecker::Finding &f : must(InvariantChecker(m_db->session()).run()))
            found += f.check + QStringLiteral(": ") + f.message;
        return found;
    }
    qint64 m_cantine = 0, m_etude = 0;

    qint64 household(const QString &postalCode = QStringLiteral("62500"))
    {
        return FamilyBuilder(m_db->session())
            .postalCode(postalCode)
            .child(QStringLiteral("Léa"))
            .validated()
            .build()
            .householdId;
    }

    void setQuotient(qint64 householdId, int qf, QDate proof)
    {
        FamilyService &family = m_db->session().family();
        Guardian payer = *family.load(householdId).value().payer();
        payer.quotient = qf;
        payer.quotientProofDate = proof;
        QVERIFY(family.saveGuardian(householdId, payer));
    }

    qint64 sell17Meals(qint64 householdId)
    {
        const auto invoice = m_db->session().sales().confirmOrder(householdId, {{m_cantine, 17}});
        if (!invoice)
            qFatal("confirmOrder: %s", qPrintable(invoice.error().message));
        return invoice.value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(m_db->session().catalog().activities())) {
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
            if (a.code == QLatin1String("etude"))
                m_etude = a.id;
        }
    }

    void pricingFollowsTheBracketRule_data()
    {
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<int>("quotient"); // -1: none
        QTest::addColumn<QDate>("proof");
        QTest::addColumn<QString>("bracket");
        QTest::addColumn<qint64>("unitCents");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("no QF: highest bracket")
            << "62500" << -1 << QDate() << "QF > 1000" << qint64(415) << "No family quotient";
        QTest::newRow("QF 500, recent proof")
            << "62500" << 500 << QDate(2026, 6, 12) << "QF ≤ 600" << qint64(100) << "QF 500";
        QTest::newRow("QF 600 is in the first bracket")
            << "62500" << 600 << QDate(2026, 6, 12) << "QF ≤ 600" << qint64(100) << "QF 600";
        QTest::newRow("QF 601") << "62500" << 601 << QDate(2026, 6, 12) << "QF 601 à 1000" << qint64(285)
                                << "QF 601";
        QTest::newRow("proof older than a year")
            << "62500" << 500 << QDate(2025, 8, 31) << "QF > 1000" << qint64(415) << "31/08/2025";
        QTest::newRow("proof exactly a year before")
            << "62500" << 500 << QDate(2025, 9, 1) << "QF ≤ 600" << qint64(100) << "QF 500";
        QTest::newRow("non-resident")
            << "59000" << 500 << QDate(2026, 6, 12) << "Non-resident" << qint64(480) << "59000";
    }

    void pricingFollowsTheBracketRule()
    {
        QFETCH(QString, postalCode);
        QFETCH(int, quotient);
        QFETCH(QDate, proof);
        const qint64 id = household(postalCode);
        if (quotient >= 0)
            setQuotient(id, quotient, proof);
        const auto quote = m_db->session().sales().quote(id, {{m_cantine, 17}});
        QVERIFY2(quote, qPrintable(quote ? QString() : quote.error().message));
        QTEST(quote.value().basis.bracketLabel, "bracket");
        QFETCH(qint64, unitCents);
        QCOMPARE(quote.value().lines.at(0).unitPrice, Money::fromCents(unitCents));
        QCOMPARE(quote.value().total, Money::fromCents(unitCents * 17));
        QFETCH(QString, reasonPart);
        QVERIFY2(quote.value().basis.reason.contains(reasonPart), qPrintable(quote.value().basis.reason));
        QCOMPARE(quote.value().schoolYear.label, QStringLiteral("2026-2027"));
    }

    void roundingIsExact()
    {
        const auto quote = m_db->session().sales().quote(household(), {{m_cantine, 17}, {m_etude, 3}});
        QVERIFY(quote);
        QCOMPARE(quote.value().lines.at(0).total.toString(), QStringLiteral("70,55\u00A0€"));
        QCOMPARE(quote.value().lines.at(1).total, euros("6,00"));
        QCOMPARE(quote.value().total, euros("76,55"));
    }

    void confirmNumbersWithoutGaps()
    {
        const qint64 id = household();
        SalesService &sales = m_db->session().sales();
        const qint64 first = sell17Meals(id);
        // A refused order between two sales takes no number.
        QVERIFY(!sales.confirmOrder(id, {{m_cantine, 0}}));
        const qint64 second = sell17Meals(id);
        QCOMPARE(sales.invoice(first).value().number, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(sales.invoice(second).value().number, QStringLiteral("SO1-2026-000002"));
        const InvoiceView v = sales.invoice(first).value();
        QCOMPARE(v.status, InvoiceStatus::Unpaid);
        QCOMPARE(v.total, euros("70,55"));
        QCOMPARE(v.due, euros("70,55"));
        QCOMPARE(v.payerName, QStringLiteral("Marie Lefèvre"));
        QCOMPARE(v.lines.size(), 1);
        QCOMPARE(v.lines.at(0).quantity, 17);
        QCOMPARE(v.lines.at(0).description, QStringLiteral("Cantine — repas"));
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 0); // unpaid: nothing in the wallet
    }

    void badOrdersWriteNothing_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("zero") << 0 << "at least one activity";
        QTest::newRow("negative") << -3 << "cannot be negative";
        QTest::newRow("absurd") << 501 << "at most 500";
    }

    void badOrdersWriteNothing()
    {
        const qint64 id = household();
        const QList<int> before = saleRows(m_db->db());
        QFETCH(int, quantity);
        const auto result = m_db->session().sales().confirmOrder(id, {{m_cantine, quantity}});
        QVERIFY(!result);
        QFETCH(QString, messagePart);
        const QString said =
            (QStringList{result.error().message} + result.error().fields.values()).join(u'\n');
        QVERIFY2(said.contains(messagePart), qPrintable(said));
        QCOMPARE(saleRows(m_db->db()), before);
    }

    void refusedSales()
    {
        SalesService &sales = m_db->session().sales();
        // A file that is not validated.
        const qint64 draft = FamilyBuilder(m_db->session()).child(QStringLiteral("Tom")).build().householdId;
        auto result = sales.confirmOrder(draft, {{m_cantine, 10}});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("once the file is validated")));
        // An unknown activity.
        const qint64 id = household(QStringLiteral("59000"));
        result = sales.confirmOrder(id, {{9999, 10}});
        QVERIFY(!result);
        QVERIFY(result.error().fields.contains(QStringLiteral("activity:9999")));
        // No tariff for this bracket (the non-resident cantine price removed).
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tariff WHERE activity_id = %1 AND bracket_id IS NULL")
                           .arg(m_cantine)));
        result = sales.confirmOrder(id, {{m_cantine, 10}});
        QVERIFY(!result);
        QVERIFY2(
            result.error().message.contains(QStringLiteral("No price is set for Cantine (Non-resident)")),
            qPrintable(result.error().message));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM number_series WHERE series LIKE 'SO1-2%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0); // no invoice number was taken
    }

    void cashGivesChangeAndCreditsTheWallet()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        const auto outcome = sales.pay(invoice, {cash("70,55", "100,00")});
        QVERIFY(outcome);
        QCOMPARE(outcome.value().change, euros("29,45"));
        QCOMPARE(outcome.value().paid, euros("70,55"));
        QCOMPARE(outcome.value().remainingDue, Money());
        QVERIFY(outcome.value().invoicePaid);
        QVERIFY(outcome.value().walletCredited);
        QCOMPARE(outcome.value().receiptNumber, QStringLiteral("SO1-RC-2026-000001"));
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 17);
        const InvoiceView v = sales.invoice(invoice).value();
        QCOMPARE(v.status, InvoiceStatus::Paid);
        QCOMPARE(v.payments.at(0).tendered, euros("100,00"));
        QCOMPARE(v.payments.at(0).change, euros("29,45"));
        // The lot remembers its unit price.
        const auto movements = must(m_db->session().wallet().movements(id));
        QCOMPARE(movements.size(), qsizetype(1));
        QCOMPARE(movements.at(0).unitPrice, euros("4,15"));
        QCOMPARE(movements.at(0).reference, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(movements.at(0).balanceAfter, 17);
        // Paying again is refused.
        QVERIFY(!sales.pay(invoice, {cash("1,00", "1,00")}));
    }

    void badPaymentsWriteNothing_data()
    {
        QTest::addColumn<QList<PaymentPart>>("parts");
        QTest::addColumn<QString>("field"); // empty: a general message
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("cheque without number")
            << QList<PaymentPart>{cheque("70,55", QString())} << "cheque.number"
            << "cheque number";
        QTest::newRow("card without reference")
            << QList<PaymentPart>{card("70,55", QString())} << "card.reference"
            << "card terminal";
        QTest::newRow("cheque overpays") << QList<PaymentPart>{cheque("80,00")} << ""
                                         << "cannot exceed the amount due (70,55";
        QTest::newRow("card overpays") << QList<PaymentPart>{card("70,56")} << ""
                                       << "cannot exceed";
        QTest::newRow("cash tendered too small")
            << QList<PaymentPart>{cash("70,55", "50,00")} << "cash.tendered"
            << "less than";
        QTest::newRow("amounts exceed due") << QList<PaymentPart>{cash("80,00", "100,00")} << ""
                                            << "exceed the amount due";
        QTest::newRow("split exceeds due")
            << QList<PaymentPart>{cheque("50,00"), cash("30,00", "30,00")} << ""
            << "exceed";
        QTest::newRow("zero amount") << QList<PaymentPart>{card("0,00")} << "card.amount"
                                     << "more than 0,00";
        QTest::newRow("nothing") << QList<PaymentPart>{} << ""
                                 << "cash, cheque or bank card";
    }

    void badPaymentsWriteNothing()
    {
        const qint64 invoice = sell17Meals(household());
        const QList<int> before = saleRows(m_db->db());
        QFETCH(QList<PaymentPart>, parts);
        const auto result = m_db->session().sales().pay(invoice, parts);
        QVERIFY(!result);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const QString text = field.isEmpty() ? result.error().message : result.error().fields.value(field);
        QVERIFY2(text.contains(messagePart), qPrintable(result.error().message + QLatin1Char('|') + text));
        QCOMPARE(saleRows(m_db->db()), before);
    }

    void partialThenCompletePayment()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        auto outcome = sales.pay(invoice, {cheque("30,00")});
        QVERIFY(outcome);
        QVERIFY(!outcome.value().invoicePaid);
        QCOMPARE(outcome.value().remainingDue, euros("40,55"));
        QCOMPARE(sales.invoice(invoice).value().status, InvoiceStatus::PartlyPaid);
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 0); // partly paid credits nothing
        outcome = sales.pay(invoice, {card("40,55")});
        QVERIFY(outcome);
        QVERIFY(outcome.value().walletCredited);
        QCOMPARE(outcome.value().receiptNumber, QStringLiteral("SO1-RC-2026-000002"));
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 17);
        QCOMPARE(sales.invoice(invoice).value().paid, euros("70,55"));
    }

    void splitPaymentOneReceipt()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        const auto outcome = m_db->session().sales().pay(invoice, {cheque("50,00"), cash("20,55", "30,00")});
        QVERIFY(outcome);
        QCOMPARE(outcome.value().change, euros("9,45"));
        QVERIFY(outcome.value().invoicePaid);
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT receipt_id), sum(amount_cents), "
                                      "(SELECT group_concat(number) FROM receipt) FROM payment")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toLongLong(), 7055);
        QCOMPARE(q.value(3).toString(), QStringLiteral("SO1-RC-2026-000001"));
    }

    void creditNoteTakesUnusedTicketsBack()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        QVERIFY(sales.pay(invoice, {card("70,55")}));
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;

        QVERIFY(!sales.issueCreditNote(invoice, {{line, 5}}, QStringLiteral("  ")).ok()); // reason required
        const auto note = sales.issueCreditNote(invoice, {{line, 5}}, QStringLiteral("Déménagement de Léa"));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 12);
        const InvoiceView v = sales.invoice(invoice).value();
        QCOMPARE(v.credited, euros("20,75"));
        QCOMPARE(v.creditNotes.at(0).number, QStringLiteral("SO1-AV-2026-000001"));
        QCOMPARE(v.creditNotes.at(0).reason, QStringLiteral("Déménagement de Léa"));
        QCOMPARE(v.lines.at(0).creditedQuantity, 5);
        // At most the 12 left can be credited.
        const auto tooMany = sales.issueCreditNote(invoice, {{line, 13}}, QStringLiteral("Erreur"));
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QStringLiteral("at most 12")));

        // Tickets used (ten days booked, 3 to 18 September, take 10 from the lot): only 2 can come back.
        BookingRequest days;
        days.householdId = id;
        days.childIds = {must(m_db->session().family().load(id)).children.at(0).id};
        days.activityId = m_cantine;
        days.from = QDate(2026, 9, 3);
        days.to = QDate(2026, 9, 18);
        QCOMPARE(must(m_db->session().bookings().apply(days)).changes.size(), qsizetype(10));
        const auto used = sales.issueCreditNote(invoice, {{line, 5}}, QStringLiteral("Départ"));
        QVERIFY(!used);
        QVERIFY2(used.error().message.contains(QStringLiteral("only 2 of these tickets")),
                 qPrintable(used.error().message));
        QVERIFY(sales.issueCreditNote(invoice, {{line, 2}}, QStringLiteral("Départ")));
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 0);
    }

    void creditNoteLinesAreCheckedTogether()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        QVERIFY(sales.pay(invoice, {card("70,55")}));
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;
        const QList<int> before = saleRows(m_db->db());
        const auto twice = sales.issueCreditNote(invoice, {{line, 10}, {line, 10}}, QStringLiteral("Erreur"));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("appears twice")));
        QCOMPARE(saleRows(m_db->db()), before);
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 17);
    }

    void aYearWithoutBracketsCannotPriceResidents()
    {
        CatalogService &catalog = m_db->session().catalog();
        const auto next = catalog.saveSchoolYear(SchoolYear{0, QStringLiteral("2027-2028"), QDate(2027, 9, 1),
                                                            QDate(2028, 7, 4), QDate(2027, 8, 20), 0});
        QVERIFY(next);
        QVERIFY(catalog.setTariff(next.value(), Tariff{m_cantine, 0, euros("4,80")})); // non-resident only
        const qint64 id = household();
        m_db->clock().set(QDateTime(QDate(2027, 7, 10), QTime(8, 0), Qt::UTC)); // summer: next year's sales
        const auto quote = m_db->session().sales().quote(id, {{m_cantine, 10}});
        QVERIFY(!quote); // never the non-resident price by default
        QVERIFY2(quote.error().message.contains(QStringLiteral("No QF bracket is set")),
                 qPrintable(quote.error().message));
        QVERIFY(m_db->session().sales().quote(household(QStringLiteral("59000")), {{m_cantine, 10}}));
    }

    void creditingAnUnpaidInvoiceCancelsIt()
    {
        const qint64 invoice = sell17Meals(household());
        SalesService &sales = m_db->session().sales();
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;
        QVERIFY(sales.issueCreditNote(invoice, {{line, 17}}, QStringLiteral("Commande saisie en double")));
        QCOMPARE(sales.invoice(invoice).value().status, InvoiceStatus::Cancelled);
        const auto pay = sales.pay(invoice, {cash("1,00", "1,00")});
        QVERIFY(!pay);
        QVERIFY(pay.error().message.contains(QStringLiteral("cancelled")));
    }

    void creditingTheUnpaidRestCompletesTheInvoice()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id); // 70,55
        SalesService &sales = m_db->session().sales();
        QVERIFY(sales.pay(invoice, {cash("62,25", "62,25")})); // 15 meals' worth
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;
        // Cancelling more than the unpaid part is refused while the invoice is not paid.
        QVERIFY(!sales.issueCreditNote(invoice, {{line, 3}}, QStringLiteral("Trop commandé")));
        QVERIFY(sales.issueCreditNote(invoice, {{line, 2}}, QStringLiteral("Trop commandé")));
        QCOMPARE(sales.invoice(invoice).value().status, InvoiceStatus::Paid);
        QCOMPARE(must(m_db->session().wallet().balance(id, m_cantine)), 15);
        QCOMPARE(findings(), QStringList());
    }

    // Numbers and dates follow the commune's calendar: 23:30 UTC on 31 December is already 2027 in
    // Saint-Omer, whatever the TZ of the process.
    void newYearsEveIsTheCommunes_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("process in UTC") << QByteArray("UTC");
        QTest::newRow("process in New York") << QByteArray("America/New_York");
        QTest::newRow("process in Paris") << QByteArray("Europe/Paris");
    }

    void newYearsEveIsTheCommunes()
    {
        QFETCH(QByteArray, tz);
        const QByteArray previous = qgetenv("TZ");
        qputenv("TZ", tz);
        tzset();
        const auto restore = qScopeGuard([&] {
            qputenv("TZ", previous);
            tzset();
        });
        const qint64 id = household();
        m_db->clock().set(QDateTime(QDate(2026, 12, 31), QTime(22, 30), Qt::UTC)); // 23:30 in Paris
        const qint64 before = sell17Meals(id);
        m_db->clock().set(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC)); // 00:30 on 1 January
        const qint64 after = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        QCOMPARE(must(sales.invoice(before)).number, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(must(sales.invoice(after)).number, QStringLiteral("SO1-2027-000001"));
        QCOMPARE(m_db->session().time().dateText(must(sales.invoice(after)).issuedAt),
                 QStringLiteral("01/01/2027"));
        QCOMPARE(m_db->session().today(), QDate(2027, 1, 1));
        QCOMPARE(must(sales.pay(after, {cash("70,55", "70,55")})).receiptNumber,
                 QStringLiteral("SO1-RC-2027-000001"));
        QCOMPARE(findings(), QStringList());
    }

    // A school year that has ended is not sold at its prices: without the next one, a message says so.
    void anEndedSchoolYearIsNotSold()
    {
        const qint64 id = household();
        m_db->clock().set(QDateTime(QDate(2027, 7, 3), QTime(14, 0), Qt::UTC)); // the last day of 2026-2027
        QVERIFY(m_db->session().sales().quote(id, {{m_cantine, 10}}));
        m_db->clock().set(QDateTime(QDate(2027, 7, 4), QTime(8, 0), Qt::UTC)); // the day after
        const auto ended = m_db->session().sales().confirmOrder(id, {{m_cantine, 10}});
        QVERIFY(!ended);
        QVERIFY2(
            ended.error().message.contains(QStringLiteral("The school year 2026-2027 ended on 03/07/2027")),
            qPrintable(ended.error().message));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), 0);
        // Once the next year exists with its prices, the summer sells for it.
        CatalogService &catalog = m_db->session().catalog();
        const qint64 next = must(catalog.saveSchoolYear(SchoolYear{
            0, QStringLiteral("2027-2028"), QDate(2027, 9, 1), QDate(2028, 7, 4), QDate(2027, 8, 20), 0}));
        QVERIFY(catalog.copyTariffs(1, next));
        const Quote quote = must(m_db->session().sales().quote(id, {{m_cantine, 10}}));
        QCOMPARE(quote.schoolYear.label, QStringLiteral("2027-2028"));
    }

    // A computer whose clock went back before the last document (a wrong date) cannot issue; nothing is
    // taken.
    void aClockSetBackCannotIssue()
    {
        const qint64 id = household();
        m_db->clock().set(QDateTime(QDate(2026, 9, 14), QTime(8, 0), Qt::UTC));
        const qint64 invoice = sell17Meals(id);
        const QList<int> before = saleRows(m_db->db());
        m_db->clock().set(QDateTime(QDate(2026, 9, 13), QTime(8, 0), Qt::UTC)); // a day back
        const auto back = m_db->session().sales().confirmOrder(id, {{m_cantine, 5}});
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(QStringLiteral("13/09/2026 10:00")) &&
                     back.error().message.contains(QStringLiteral("14/09/2026 10:00")) &&
                     back.error().message.contains(QStringLiteral("date or time of this computer is wrong")),
                 qPrintable(back.error().message));
        QVERIFY(!m_db->session().sales().pay(invoice, {cash("70,55", "70,55")}));
        QCOMPARE(saleRows(m_db->db()), before);
        // Put right, the counter goes on without a gap.
        m_db->clock().set(QDateTime(QDate(2026, 9, 14), QTime(8, 5), Qt::UTC));
        QCOMPARE(must(m_db->session().sales().invoice(sell17Meals(id))).number,
                 QStringLiteral("SO1-2026-000002"));
        QCOMPARE(findings(), QStringList());
    }

    // Cash handed over may exceed what is paid in cash by 500,00 € at most: a typing mistake is not a
    // receipt.
    void cashHandedOverHasACeiling()
    {
        const qint64 invoice = sell17Meals(household());
        SalesService &sales = m_db->session().sales();
        const QList<int> before = saleRows(m_db->db());
        const auto absurd = sales.pay(invoice, {cash("70,55", "999999999899,99")});
        QVERIFY(!absurd);
        QVERIFY2(absurd.error()
                     .fields.value(QStringLiteral("cash.tendered"))
                     .contains(QStringLiteral("more than ") + euros("500,00").toString() +
                               QStringLiteral(" above the amount paid in cash")),
                 qPrintable(absurd.error().fields.value(QStringLiteral("cash.tendered"))));
        QVERIFY(!sales.pay(invoice, {cash("70,55", "570,56")}));
        QCOMPARE(saleRows(m_db->db()), before);
        const PaymentOutcome paid = must(sales.pay(invoice, {cash("70,55", "570,55")}));
        QCOMPARE(paid.change, euros("500,00"));
    }

    // A failure after the number was taken (here injected on the line, then on the wallet) rolls everything
    // back, the number series included: the next document takes the number the failed one did not keep.
    void aFailureAfterTheNumberRollsBackTheNumberToo()
    {
        const qint64 id = household();
        QSqlQuery q(m_db->db().connection());
        const QList<int> empty = saleRows(m_db->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_line BEFORE INSERT ON main.invoice_line "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        const auto failed = m_db->session().sales().confirmOrder(id, {{m_cantine, 17}});
        QVERIFY(!failed);
        QCOMPARE(saleRows(m_db->db()), empty);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.fail_line")));
        const qint64 invoice = sell17Meals(id);
        QCOMPARE(must(m_db->session().sales().invoice(invoice)).number, QStringLiteral("SO1-2026-000001"));

        const QList<int> unpaid = saleRows(m_db->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_lot BEFORE INSERT ON main.wallet_movement "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        QVERIFY(!m_db->session().sales().pay(invoice, {cash("70,55", "70,55")}));
        QCOMPARE(saleRows(m_db->db()), unpaid); // no receipt, no payment, no receipt number taken
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.fail_lot")));
        QCOMPARE(must(m_db->session().sales().pay(invoice, {cash("70,55", "70,55")})).receiptNumber,
                 QStringLiteral("SO1-RC-2026-000001"));
        QCOMPARE(findings(), QStringList());
    }

    // The ledger is ready for bookings: a kind is a row of movement_kind (here the two the planning issue
    // will add), the wallet takes tickets from a lot for a child's day and gives them back when it is
    // cancelled.
    void bookingsTakeAndGiveBackThroughTheWallet()
    {
        const qint64 id = household();
        const qint64 invoice = sell17Meals(id);
        SalesService &sales = m_db->session().sales();
        WalletService &wallet = m_db->session().wallet();
        QVERIFY(sales.pay(invoice, {cash("70,55", "70,55")}));
        QSqlQuery q(m_db->db().connection());
        const qint64 lot = must(wallet.lotOfInvoiceLine(must(sales.invoice(invoice)).lines.at(0).id));
        // The wallet's own mechanics, under BookingService (tst_booking): a booking row to take tickets for.
        MovementSource day;
        day.childId = must(m_db->session().family().load(id)).children.at(0).id;
        day.serviceDay = QDate(2026, 9, 3);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO booking (uuid, origin_site, household_id, child_id, activity_id, "
                           "service_day, clerk, created_at, updated_at) VALUES ('b', 's', %1, %2, %3, "
                           "'2026-09-03', 'test', 'now', 'now')")
                .arg(id)
                .arg(day.childId)
                .arg(m_cantine)));
        day.bookingId = q.lastInsertId().toLongLong();
        const qint64 booking = must(wallet.takeFromLot(lot, 10, MovementKind::Booking, day));
        QCOMPARE(must(wallet.balance(id, m_cantine)), 7);
        QVERIFY(wallet.giveBackToLot(booking, 4, MovementKind::Cancellation, day));
        QCOMPARE(must(wallet.balance(id, m_cantine)), 11);
        QCOMPARE(must(wallet.lot(lot)).remaining, 11);
        // Never more back than the booking took (6 left to give back); never more out than the lot holds.
        const auto tooMuch = wallet.giveBackToLot(booking, 7, MovementKind::Cancellation, day);
        QVERIFY(!tooMuch);
        QVERIFY2(tooMuch.error().message.contains(QStringLiteral("Only 6 ticket")),
                 qPrintable(tooMuch.error().message));
        QVERIFY(!wallet.takeFromLot(lot, 12, MovementKind::Booking, day));
        // The database itself refuses a give-back beyond what was taken, whoever writes it.
        QVERIFY(
            !q.exec(QStringLiteral(
                        "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, "
                        "quantity, unit_price_cents, lot_id, reverses_id, booking_id, child_id, service_day, "
                        "at, clerk) SELECT 'x', 's', household_id, activity_id, 'cancellation', 7, "
                        "unit_price_cents, lot_id, id, booking_id, child_id, service_day, at, clerk "
                        "FROM wallet_movement WHERE id = %1")
                        .arg(booking)));
        QVERIFY2(q.lastError().text().contains(
                     QStringLiteral("more is given back than the reversed movement took")),
                 qPrintable(q.lastError().text()));
        // A booking must name its child and day: the database refuses one that does not.
        QVERIFY(!wallet.takeFromLot(lot, 1, MovementKind::Booking, MovementSource{}));
        QCOMPARE(must(wallet.balance(id, m_cantine)), 11);
        const QList<WalletMovement> movements = must(wallet.movements(id));
        QCOMPARE(movements.size(), qsizetype(3));
        QCOMPARE(movements.at(1).kind, MovementKind::Booking);
        QCOMPARE(movements.at(2).balanceAfter, 11);
    }

    void documentsAreAppendOnly()
    {
        const qint64 invoice = sell17Meals(household());
        QVERIFY(m_db->session().sales().pay(invoice, {cash("70,55", "70,55")}));
        QSqlQuery q(m_db->db().connection());
        for (const char *sql : {"UPDATE invoice SET total_cents = 1", "DELETE FROM invoice_line",
                                "UPDATE payment SET amount_cents = 1", "DELETE FROM wallet_movement"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        }
    }

    // The counter's quick buttons for cash handed over: exact, next 5 €, the notes that cover the amount.
    void cashTenderSuggestions_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QStringList>("suggested");
        QTest::newRow("23,50") << QStringLiteral("23,50")
                               << QStringList{QStringLiteral("23,50"), QStringLiteral("25,00"),
                                              QStringLiteral("50,00"), QStringLiteral("100,00")};
        QTest::newRow("7,00") << QStringLiteral("7,00")
                              << QStringList{QStringLiteral("7,00"), QStringLiteral("10,00"),
                                             QStringLiteral("20,00"), QStringLiteral("50,00"),
                                             QStringLiteral("100,00")};
        QTest::newRow("10,00 exactly a note")
            << QStringLiteral("10,00")
            << QStringList{QStringLiteral("10,00"), QStringLiteral("15,00"), QStringLiteral("20,00"),
                           QStringLiteral("50,00"), QStringLiteral("100,00")};
        QTest::newRow("above 50 €") << QStringLiteral("83,00")
                                    << QStringList{QStringLiteral("83,00"), QStringLiteral("85,00"),
                                                   QStringLiteral("100,00")};
        QTest::newRow("above the largest note")
            << QStringLiteral("120,00") << QStringList{QStringLiteral("120,00"), QStringLiteral("125,00")};
        QTest::newRow("nothing to pay in cash") << QStringLiteral("0") << QStringList();
    }

    void cashTenderSuggestions()
    {
        QFETCH(QString, amount);
        QFETCH(QStringList, suggested);
        QStringList shown;
        for (const Money m : guichet::cashTenderSuggestions(*Money::parse(amount)))
            shown += m.toString().remove(QStringLiteral("\u00a0€"));
        QCOMPARE(shown, suggested);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::TestSales)
#include "tst_sales.moc"
