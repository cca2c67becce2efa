// What guichet-cli verify proves, check by check: each forgery below is what someone editing a copy of the
// database with the sqlite3 shell could do (foreign keys off, triggers dropped where they stand in the way);
// verify must fail and name the row. The shop is always the same: one household (file SO1-1) with
//   SO1-2026-000001  17 meals, paid in cash (receipt SO1-RC-2026-000001, 100,00 € handed over), both printed;
//   SO1-2026-000002  17 meals, 15,00 € paid by cheque (receipt SO1-RC-2026-000002, printed);
//   SO1-2026-000003  10 meals, unpaid;
//   SO1-2026-000004  20 meals, paid by card (SO1-RC-2026-000003), 5 given back by credit note
//                    SO1-AV-2026-000001 (printed).
#include "Fixtures.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "documents/DocumentService.h"
#include "integrity/InvariantChecker.h"
#include "planning/BookingService.h"
#include "sales/SalesService.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace guichet {

using test::card;
using test::cash;
using test::cheque;
using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

class TestVerify : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // Runs SQL as a hand-made edit would: a connection of its own, foreign keys off.
    void forge(const QStringList &statements)
    {
        test::RawConnection raw(m_db->path());
        QVERIFY(raw.isOpen());
        for (const QString &sql : statements)
            QVERIFY2(raw.exec(sql), qPrintable(sql));
    }

    QList<InvariantChecker::Finding> findings() { return must(InvariantChecker(m_db->session()).run()); }

    // Léa booked for the canteen Thursday 3, Friday 4, Monday 7 and Tuesday 8 September 2026, the Tuesday
    // cancelled (its ticket back to its lot).
    void bookLeasDays()
    {
        Session &session = m_db->session();
        BookingRequest request;
        request.householdId = 1;
        request.childIds = {must(session.family().load(1)).children.at(0).id};
        request.activityId = must(session.catalog().activities()).first().id;
        request.from = QDate(2026, 9, 3);
        request.to = QDate(2026, 9, 8);
        QCOMPARE(must(session.bookings().apply(request)).changes.size(), qsizetype(4));
        request.from = request.to;
        request.cancel = true;
        QCOMPARE(must(session.bookings().apply(request)).changes.size(), qsizetype(1));
    }

    static QString join(const QList<InvariantChecker::Finding> &found)
    {
        QStringList lines;
        for (const auto &f : found)
            lines += f.check + QStringLiteral(": ") + f.message;
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        Session &session = m_db->session();
        const qint64 household =
            FamilyBuilder(session).child(QStringLiteral("Léa")).validated().build().householdId;
        const qint64 cantine = must(session.catalog().activities()).first().id;
        SalesService &sales = session.sales();
        DocumentService &documents = session.documents();
        const qint64 first = must(sales.confirmOrder(household, {{cantine, 17}}));
        const QString rc1 = must(sales.pay(first, {cash("70,55", "100,00")})).receiptNumber;
        QVERIFY(documents.recordIssue(must(documents.invoice(first))));
        QVERIFY(documents.recordIssue(must(documents.receipt(rc1))));
        const qint64 second = must(sales.confirmOrder(household, {{cantine, 17}}));
        QVERIFY(documents.recordIssue(
            must(documents.receipt(must(sales.pay(second, {cheque("15,00")})).receiptNumber))));
        QVERIFY(sales.confirmOrder(household, {{cantine, 10}}));
        const qint64 fourth = must(sales.confirmOrder(household, {{cantine, 20}}));
        QVERIFY(sales.pay(fourth, {card("83,00")}));
        const qint64 line = must(sales.invoice(fourth)).lines.at(0).id;
        const qint64 note = must(sales.issueCreditNote(fourth, {{line, 5}}, QStringLiteral("Départ")));
        QVERIFY(documents.recordIssue(must(documents.creditNote(note))));
        QCOMPARE(join(findings()), QString());
    }

    void everyCheckHasItsName()
    {
        QStringList names;
        for (const InvariantChecker::Check &c : InvariantChecker::checks()) {
            QVERIFY(!c.title.isEmpty());
            names += c.name;
            QVERIFY(must(InvariantChecker(m_db->session()).run(c.name)).isEmpty());
        }
        QCOMPARE(names.size(), qsizetype(18));
        QCOMPARE(names.removeDuplicates(), qsizetype(0));
        QVERIFY(!InvariantChecker(m_db->session()).run(QStringLiteral("no.such.check")));
    }

    void forgeriesAreNamed_data()
    {
        QTest::addColumn<QStringList>("forgery");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("naming"); // what the finding must say

        const QString lotOfFirst = QStringLiteral(
            "(SELECT m.id FROM wallet_movement m JOIN invoice_line l ON l.id = m.invoice_line_id "
            "JOIN invoice i ON i.id = l.invoice_id WHERE i.number = 'SO1-2026-000001')");
        QTest::newRow("200 free meals: a purchase without an invoice line")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, at, clerk) VALUES ('f1', 's', 1, 1, "
                               "'purchase', 200, 0, '2026-09-01T07:00:00.000Z', 'x')")}
            << "ledger.movements_justified"
            << "200 tickets entered the wallet without an invoice line";
        QTest::newRow("a carry-over added onto an existing lot")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, lot_id, at, clerk) VALUES ('f2', 's', 1, "
                               "1, 'carry_over', 3, 415, %1, '2026-09-01T07:00:00.000Z', 'x')")
                               .arg(lotOfFirst)}
            << "ledger.movements_justified"
            << "unknown kind \"carry_over\"";
        QTest::newRow("tickets carried in from no roll-over")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, origin_lot_id, at, clerk) VALUES ('f5', "
                               "'s', "
                               "1, 1, 'carry_in', 30, 415, %1, '2026-09-01T07:00:00.000Z', 'x')")
                               .arg(lotOfFirst)}
            << "ledger.movements_justified"
            << "is half of a carry-over without its other half";
        QTest::newRow("the same carry-over overfills the lot")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, lot_id, at, clerk) VALUES ('f2', 's', 1, "
                               "1, 'carry_over', 3, 415, %1, '2026-09-01T07:00:00.000Z', 'x')")
                               .arg(lotOfFirst)}
            << "ledger.lots"
            << "holds 20 tickets of the 17";
        QTest::newRow("... written without its count of tickets left")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, lot_id, at, clerk) VALUES ('f2', 's', 1, "
                               "1, 'carry_over', 3, 415, %1, '2026-09-01T07:00:00.000Z', 'x')")
                               .arg(lotOfFirst)}
            << "ledger.lots"
            << "has 20 tickets left by its movements, but the count kept beside the ledger says 17.";
        QTest::newRow("a lot's count of tickets left raised by hand")
            << QStringList{QStringLiteral("UPDATE wallet_lot_left SET remaining = remaining + 100 WHERE "
                                          "lot_id = %1")
                               .arg(lotOfFirst)}
            << "ledger.lots"
            << "has 17 tickets left by its movements, but the count kept beside the ledger says 117.";
        QTest::newRow("a lot's count of tickets left removed")
            << QStringList{QStringLiteral("DELETE FROM wallet_lot_left WHERE lot_id = %1").arg(lotOfFirst)}
            << "ledger.lots"
            << "has 17 tickets left by its movements, but the count kept beside the ledger says nothing.";
        QTest::newRow("a count of tickets left for no lot")
            << QStringList{QStringLiteral(
                   "INSERT INTO wallet_lot_left (lot_id, remaining) VALUES (999999, 5)")}
            << "ledger.lots"
            << "The count of tickets left kept beside the ledger names lot 999999, which is not a lot of the "
               "ledger.";
        QTest::newRow("tickets taken back twice: a negative balance")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, lot_id, at, clerk) SELECT 'f3', 's', 1, 1, "
                               "'credit_note', -60, 415, lot_id, at, clerk FROM wallet_movement "
                               "WHERE kind = 'credit_note'")}
            << "ledger.balances"
            << "Wallet of file no. SO1-1: the Cantine balance is negative (-28)";
        QTest::newRow("a card payment on the unpaid invoice, under an existing receipt number")
            << QStringList{QStringLiteral(
                   "INSERT INTO payment (uuid, origin_site, receipt_id, method, amount_cents, "
                   "tendered_cents, change_cents, card_reference) VALUES ('f4', 's', 1, 'card', "
                   "4150, 4150, 0, 'AUT 1')")}
            << "payments.amounts"
            << "Receipt SO1-RC-2026-000001: with it, 11205 cents were paid on invoice SO1-2026-000001, which "
               "asked at "
               "most 7055 cents";
        QTest::newRow("... with the tickets of the unpaid invoice in the wallet")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, quantity, unit_price_cents, invoice_line_id, at, clerk) SELECT 'f5', "
                               "'s', 1, 1, 'purchase', 10, 415, l.id, 'now', 'x' FROM invoice_line l JOIN "
                               "invoice i ON i.id = l.invoice_id WHERE i.number = 'SO1-2026-000003'")}
            << "ledger.lots_match_paid_lines"
            << "Invoice SO1-2026-000003, Cantine — repas: the wallet holds 10";
        QTest::newRow("a receipt on the part a credit note cancelled")
            << QStringList{QStringLiteral(
                               "INSERT INTO receipt (uuid, origin_site, number, series, sequence, "
                               "invoice_id, paid_at, clerk, till_session_id) SELECT 'f6', 's', "
                               "'SO1-RC-2026-000004', 'SO1-RC-2026', 4, id, "
                               "'2026-09-01T07:00:00.000Z', 'x', (SELECT max(id) FROM till_session) "
                               "FROM invoice WHERE number = 'SO1-2026-000004'"),
                           QStringLiteral(
                               "INSERT INTO payment (uuid, origin_site, receipt_id, method, amount_cents, "
                               "tendered_cents, change_cents) SELECT 'f7', 's', id, 'cash', 2075, 2075, 0 "
                               "FROM receipt WHERE number = 'SO1-RC-2026-000004'")}
            << "payments.amounts"
            << "Receipt SO1-RC-2026-000004: with it, 10375 cents were paid on invoice SO1-2026-000004, which "
               "asked at "
               "most 6225 cents";
        QTest::newRow("a credit note's total edited")
            << QStringList{QStringLiteral("DROP TRIGGER credit_note_no_update"),
                           QStringLiteral("UPDATE credit_note SET total_cents = total_cents + 500")}
            << "credit_notes.totals"
            << "Credit note SO1-AV-2026-000001: its total (2575 cents)";
        QTest::newRow("a credit line's unit price raised")
            << QStringList{QStringLiteral("DROP TRIGGER credit_note_line_no_update"),
                           QStringLiteral(
                               "UPDATE credit_note_line SET unit_price_cents = 515, total_cents = 2575")}
            << "credit_notes.totals"
            << "Credit note SO1-AV-2026-000001, Cantine — repas";
        QTest::newRow("the only credit note of its series deleted, with its movement")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_no_delete"),
                           QStringLiteral("DROP TRIGGER credit_note_line_no_delete"),
                           QStringLiteral("DROP TRIGGER credit_note_no_delete"),
                           QStringLiteral("DELETE FROM wallet_movement WHERE kind = 'credit_note'"),
                           QStringLiteral("DELETE FROM credit_note_line"),
                           QStringLiteral("DELETE FROM credit_note")}
            << "numbering.series"
            << "Series SO1-AV-2026: the counter says 1 documents were numbered";
        QTest::newRow("cash handed over and change inflated together")
            << QStringList{QStringLiteral("DROP TRIGGER payment_no_update"),
                           QStringLiteral("UPDATE payment SET tendered_cents = tendered_cents + 99999999000, "
                                          "change_cents = change_cents + 99999999000 WHERE method = 'cash'")}
            << "payments.amounts"
            << "Receipt SO1-RC-2026-000001 (cash)";
        QTest::newRow("a payment lowered on the partly paid invoice")
            << QStringList{QStringLiteral("DROP TRIGGER payment_no_update"),
                           QStringLiteral("UPDATE payment SET amount_cents = 1000, tendered_cents = 1000 "
                                          "WHERE method = 'cheque'")}
            << "documents.issued"
            << "Document SO1-RC-2026-000002 was issued for 1500 cents, but the records now say 1000";
        QTest::newRow("a paid invoice rewritten consistently: 10 meals instead of 17")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("DROP TRIGGER invoice_line_no_update"),
                           QStringLiteral("DROP TRIGGER payment_no_update"),
                           QStringLiteral("DROP TRIGGER wallet_movement_no_update"),
                           QStringLiteral(
                               "UPDATE invoice SET total_cents = 4150 WHERE number = 'SO1-2026-000001'"),
                           QStringLiteral(
                               "UPDATE invoice_line SET quantity = 10, total_cents = 4150 WHERE invoice_id = "
                               "(SELECT id FROM invoice WHERE number = 'SO1-2026-000001')"),
                           QStringLiteral(
                               "UPDATE payment SET amount_cents = 4150, change_cents = 5850 WHERE method = "
                               "'cash'"),
                           QStringLiteral("UPDATE wallet_movement SET quantity = 10 WHERE id = %1")
                               .arg(lotOfFirst)}
            << "documents.issued"
            << "Document SO1-2026-000001 was issued for 7055 cents, but the records now say 4150";
        QTest::newRow("an append-only protection dropped, nothing else")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_delete")} << "schema.triggers"
            << "The protection invoice_no_delete is missing";
        QTest::newRow("the ledger's rules replaced by a trigger that checks nothing")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "CREATE TRIGGER wallet_movement_rules BEFORE INSERT ON wallet_movement "
                               "BEGIN SELECT 1; END")}
            << "schema.triggers"
            << "The protection wallet_movement_rules was altered";
        QTest::newRow("an invoice's date moved years back")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("UPDATE invoice SET issued_at = '2023-05-02T08:00:00.000Z' "
                                          "WHERE number = 'SO1-2026-000002'")}
            << "numbering.dates"
            << "Document SO1-2026-000002 is dated 02/05/2023 10:00 in the commune, but its number is of the "
               "year 2026";
        QTest::newRow("... and out of its series' order")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("UPDATE invoice SET issued_at = '2026-08-31T21:00:00.000Z' "
                                          "WHERE number = 'SO1-2026-000002'")}
            << "numbering.dates"
            << "Document SO1-2026-000002 is dated 31/08/2026 23:00, before SO1-2026-000001";
        QTest::newRow("a receipt dated before its invoice")
            << QStringList{QStringLiteral("DROP TRIGGER receipt_no_update"),
                           QStringLiteral("UPDATE receipt SET paid_at = '2026-08-31T06:00:00.000Z' "
                                          "WHERE number = 'SO1-RC-2026-000003'")}
            << "receipts.acts"
            << "Receipt SO1-RC-2026-000003 is dated before invoice SO1-2026-000004 existed";
        QTest::newRow("a receipt emptied of its payment")
            << QStringList{QStringLiteral("DROP TRIGGER payment_no_delete"),
                           QStringLiteral("DELETE FROM payment WHERE method = 'card'")}
            << "receipts.acts"
            << "Receipt SO1-RC-2026-000003 records no means of payment";
        QTest::newRow("a number skipped in a series")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("UPDATE invoice SET sequence = 5, number = 'SO1-2026-000005' "
                                          "WHERE number = 'SO1-2026-000003'")}
            << "numbering.series"
            << "Series SO1-2026: number 3 is missing";
        QTest::newRow("a document not carrying its series number")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_no_update"),
                           QStringLiteral("UPDATE invoice SET number = 'SO1-2026-000099' WHERE number = "
                                          "'SO1-2026-000003'")}
            << "numbering.series"
            << "Document SO1-2026-000099 does not carry its series number (SO1-2026-000003)";
        QTest::newRow("a paid invoice's line removed")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_line_no_delete"),
                           QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = "
                                          "(SELECT id FROM invoice WHERE number = 'SO1-2026-000001')")}
            << "references"
            << "Table wallet_movement";
        QTest::newRow("... so its total is not the sum of its lines")
            << QStringList{QStringLiteral("DROP TRIGGER invoice_line_no_delete"),
                           QStringLiteral("DELETE FROM invoice_line WHERE invoice_id = "
                                          "(SELECT id FROM invoice WHERE number = 'SO1-2026-000003')")}
            << "invoices.totals"
            << "Invoice SO1-2026-000003: its total (4150 cents) is not the sum of its lines (0 cents)";
        QTest::newRow("an issued document's content edited")
            << QStringList{QStringLiteral("DROP TRIGGER issued_document_no_update"),
                           QStringLiteral(
                               "UPDATE issued_document SET content = replace(content, '70,55', '7,55') "
                               "WHERE number = 'SO1-2026-000001'")}
            << "documents.issued"
            << "Issued document SO1-2026-000001: its kept content no longer matches its SHA-256";
    }

    void forgeriesAreNamed()
    {
        QFETCH(QStringList, forgery);
        QFETCH(QString, check);
        QFETCH(QString, naming);
        forge(forgery);
        const auto found = findings();
        bool named = false;
        for (const InvariantChecker::Finding &f : found)
            named = named || (f.check == check && f.message.contains(naming));
        QVERIFY2(named, qPrintable(join(found)));
    }

    // Bookings on top of the shop: Léa booked for the canteen Thursday 3, Friday 4, Monday 7 and Tuesday
    // 8 September 2026, the Tuesday cancelled (its ticket back to its lot).
    void bookingForgeriesAreNamed_data()
    {
        QTest::addColumn<QStringList>("forgery");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("naming");
        const QString thursday = QStringLiteral("(SELECT id FROM booking WHERE service_day = '2026-09-03')");
        QTest::newRow("a booking's ticket given back without cancelling it")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral("DROP TRIGGER wallet_movement_lot_left"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, "
                               "activity_id, kind, quantity, unit_price_cents, lot_id, reverses_id, "
                               "booking_id, child_id, service_day, at, clerk) SELECT 'g', 's', "
                               "household_id, activity_id, 'cancellation', 1, unit_price_cents, lot_id, "
                               "id, booking_id, child_id, service_day, at, clerk FROM wallet_movement "
                               "WHERE booking_id = %1")
                               .arg(thursday)}
            << "bookings.tickets"
            << "Booking of Léa (file no. SO1-1) for Cantine on 03/09/2026, \"booked\": it costs 1 ticket(s), "
               "the "
               "wallet took 1 and gave back 1 on cancellation";
        QTest::newRow("a booking marked cancelled, its ticket kept")
            << QStringList{QStringLiteral("UPDATE booking SET status = 'cancelled' WHERE id = %1")
                               .arg(thursday)}
            << "bookings.tickets"
            << "\"cancelled\": it costs 1 ticket(s), the wallet took 1 and gave back 0 on cancellation";
        QTest::newRow("a booking's ticket removed from the ledger")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_no_delete"),
                           QStringLiteral("DELETE FROM wallet_movement WHERE booking_id = %1").arg(thursday)}
            << "bookings.tickets"
            << "on 03/09/2026, \"booked\": it costs 1 ticket(s), the wallet took 0";
        QTest::newRow("a child booked twice the same day")
            << QStringList{QStringLiteral("DROP INDEX booking_one_a_day"),
                           QStringLiteral("INSERT INTO booking (uuid, origin_site, household_id, child_id, "
                                          "activity_id, service_day, status, clerk, created_at, updated_at) "
                                          "SELECT 'twice', origin_site, household_id, child_id, activity_id, "
                                          "service_day, 'booked', clerk, created_at, updated_at FROM booking "
                                          "WHERE id = %1")
                               .arg(thursday)}
            << "bookings.one_a_day"
            << "Léa (file no. SO1-1) is booked 2 times for Cantine on 03/09/2026";
        QTest::newRow("a booking's ticket moved to another day")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_no_update"),
                           QStringLiteral("UPDATE wallet_movement SET service_day = '2026-09-10' WHERE "
                                          "booking_id = %1")
                               .arg(thursday)}
            << "ledger.movements_justified"
            << "1 tickets, booking) does not match a booking of this household, child, activity and day";
        QTest::newRow("a give-back taken back as another kind")
            << QStringList{QStringLiteral("DROP TRIGGER wallet_movement_rules"),
                           QStringLiteral(
                               "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                               "kind, "
                               "quantity, unit_price_cents, lot_id, reverses_id, booking_id, child_id, "
                               "service_day, at, clerk) SELECT 'u', origin_site, household_id, activity_id, "
                               "'excused_undone', -1, unit_price_cents, lot_id, id, booking_id, child_id, "
                               "service_day, at, clerk FROM wallet_movement WHERE kind = 'cancellation'")}
            << "ledger.lots"
            << "takes back a ticket given back twice, but movement";
        QTest::newRow("a booking's protection dropped")
            << QStringList{QStringLiteral("DROP TRIGGER booking_fixed")} << "schema.triggers"
            << "The protection booking_fixed is missing";
    }

    void bookingForgeriesAreNamed()
    {
        QFETCH(QStringList, forgery);
        QFETCH(QString, check);
        QFETCH(QString, naming);
        bookLeasDays();
        QCOMPARE(join(findings()), QString());
        forge(forgery);
        const auto found = findings();
        bool named = false;
        for (const InvariantChecker::Finding &f : found)
            named = named || (f.check == check && f.message.contains(naming));
        QVERIFY2(named, qPrintable(join(found)));
    }

    // The ledger's triggers refuse a movement that breaks one of their rules, each with its own words, and
    // let a right one in: rows forged from Léa's booking movements (Thursday 3 September 2026 booked, Tuesday
    // 8 cancelled), inserted through the counter's own connection.
    void ledgerTriggersRefuseBrokenRules_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>(
            "columns"); // kind, quantity, lot_id, reverses_id, booking_id, child_id, day
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::addColumn<bool>(
            "givenBackTwice"); // Tuesday's ticket given back a second time by another counter
        const QString same = QStringLiteral("m.lot_id, NULL, m.booking_id, m.child_id, m.service_day");
        QTest::newRow("a kind no one knows") << "2026-09-03" << QStringLiteral("'gift', -1, ") + same
                                             << "ticket ledger: unknown kind of movement" << false;
        QTest::newRow("a booking that adds a ticket")
            << "2026-09-03" << QStringLiteral("'booking', 1, ") + same
            << "ticket ledger: the sign of the quantity does not match the kind" << false;
        QTest::newRow("a booking from no lot")
            << "2026-09-03"
            << "'booking', -1, NULL, NULL, m.booking_id, m.child_id, m.service_day"
            << "ticket ledger: a lot takes from no lot; any other movement names its lot" << false;
        QTest::newRow("a booking movement without its booking")
            << "2026-09-03"
            << "'booking', -1, m.lot_id, NULL, NULL, m.child_id, m.service_day"
            << "ticket ledger: the movement must name exactly the document of its kind" << false;
        QTest::newRow("a booking movement without its child and day")
            << "2026-09-03"
            << "'booking', -1, m.lot_id, NULL, m.booking_id, NULL, NULL"
            << "ticket ledger: only a booking names a child and a day" << false;
        QTest::newRow("taken from a movement that is not a lot") // Tuesday's give-back: one ticket, no lot
            << "2026-09-03"
            << "'booking', -1, (SELECT id FROM wallet_movement WHERE kind = 'cancellation'), NULL, "
               "m.booking_id, "
               "m.child_id, m.service_day"
            << "ticket ledger: the lot is not a lot of this household, activity and price" << false;
        QTest::newRow("a booking that names a movement it reverses")
            << "2026-09-03"
            << "'booking', -1, m.lot_id, m.id, m.booking_id, m.child_id, m.service_day"
            << "ticket ledger: a give-back names the movement it reverses; nothing else does" << false;
        QTest::newRow("a cancelled booking's ticket given back twice")
            << "2026-09-08"
            << "'cancellation', 1, m.lot_id, m.id, m.booking_id, m.child_id, m.service_day"
            << "ticket ledger: more is given back than the reversed movement took" << false;
        QTest::newRow("a booking movement for another day of its booking")
            << "2026-09-03"
            << "'booking', -1, m.lot_id, NULL, m.booking_id, m.child_id, '2026-09-04'"
            << "ticket ledger: a booking movement must match its booking" << false;
        QTest::newRow("more tickets than the lot holds")
            << "2026-09-03" << QStringLiteral("'surcharge', -1000, ") + same
            << "ticket ledger: the lot has not that many tickets left" << false;
        const QString tuesdayGiveBack =
            QStringLiteral("(SELECT min(id) FROM wallet_movement WHERE kind = 'cancellation')");
        const QString undo = QStringLiteral("'%2', -1, m.lot_id, %1, m.booking_id, m.child_id, m.service_day")
                                 .arg(tuesdayGiveBack);
        QTest::newRow("a ticket given back once, taken back")
            << "2026-09-08" << undo.arg(QStringLiteral("cancellation_undone"))
            << "ticket ledger: only a ticket given back twice is taken back, from one give-back of its "
               "booking, "
               "whole, once"
            << false;
        QTest::newRow("a ticket given back twice, taken back as another kind")
            << "2026-09-08" << undo.arg(QStringLiteral("excused_undone"))
            << "ticket ledger: only a ticket given back twice is taken back, from one give-back of its "
               "booking, "
               "whole, once"
            << true;
        QTest::newRow("a ticket given back twice, taken back")
            << "2026-09-08" << undo.arg(QStringLiteral("cancellation_undone")) << QString() << true;
        QTest::newRow("a surcharge the lot can pay")
            << "2026-09-03" << QStringLiteral("'surcharge', -1, ") + same << QString() << false;
        QTest::newRow("the cancelled day's give-back, once") << "2026-09-03"
                                                             << "'cancellation', 1, m.lot_id, m.id, "
                                                                "m.booking_id, m.child_id, m.service_day"
                                                             << QString() << false;
    }

    void ledgerTriggersRefuseBrokenRules()
    {
        QFETCH(QString, day);
        QFETCH(QString, columns);
        QFETCH(QString, refusal);
        QFETCH(bool, givenBackTwice);
        bookLeasDays();
        QSqlQuery q(m_db->db().connection());
        if (givenBackTwice) // as a pull writes another counter's give-back (Sync::settleGivenBackTwice)
            for (const QString &sql :
                 {QStringLiteral("INSERT INTO meta (key, value) VALUES ('sync_applying', '1')"),
                  QStringLiteral(
                      "INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, "
                      "kind, quantity, unit_price_cents, lot_id, reverses_id, booking_id, child_id, "
                      "service_day, at, clerk) SELECT 'there', 'another counter', household_id, "
                      "activity_id, kind, quantity, unit_price_cents, lot_id, reverses_id, booking_id, "
                      "child_id, service_day, at, clerk FROM wallet_movement WHERE kind = "
                      "'cancellation'"),
                  QStringLiteral("DELETE FROM meta WHERE key = 'sync_applying'")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const QString sql =
            QStringLiteral("INSERT INTO wallet_movement (uuid, origin_site, household_id, activity_id, kind, "
                           "quantity, lot_id, reverses_id, booking_id, child_id, service_day, "
                           "unit_price_cents, at, clerk) SELECT 'forged', m.origin_site, m.household_id, "
                           "m.activity_id, %1, m.unit_price_cents, m.at, m.clerk FROM wallet_movement m "
                           "WHERE m.kind = 'booking' AND m.service_day = '%2'")
                .arg(columns, day);
        const bool inserted = q.exec(sql);
        QCOMPARE(inserted ? QString() : q.lastError().databaseText(), refusal);
        QCOMPARE(q.numRowsAffected(), inserted ? 1 : -1);
    }

    // A check that runs while counters sell sees one state: its read snapshot holds whatever is committed
    // meanwhile (the gap verify used to report between two of its queries).
    void checksReadOneSnapshot()
    {
        Database other(m_db->clock());
        OpenOptions shared;
        shared.exclusive = false;
        QVERIFY(other.open(m_db->path(), shared));
        Session seller(other, m_db->settings(), QStringLiteral("guichet.annexe"));
        const qint64 household = must(seller.family().householdsWithStatus(FileStatus::Validated, 1)).first();
        const auto count = [&] {
            QSqlQuery q(m_db->db().connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM invoice")) && q.next() ? q.value(0).toInt()
                                                                                      : -1;
        };
        {
            ReadTransaction snapshot(m_db->db());
            QVERIFY(snapshot.status());
            QCOMPARE(count(), 4);
            QVERIFY(seller.sales().confirmOrder(household, {{1, 3}})); // committed by another connection
            QCOMPARE(count(), 4);
        }
        QCOMPARE(count(), 5);
        QCOMPARE(join(findings()), QString());
    }

    // verify shares its checks between two connections (two threads): both read the state of the moment
    // the first one took its snapshot, even when a row is committed just after (the second one then leaves
    // every check to the first). The forgery is seen by the next verify.
    void bothConnectionsReadOneState()
    {
        const QStringList forgery{
            QStringLiteral("DROP TRIGGER invoice_no_update"),
            QStringLiteral("UPDATE invoice SET total_cents = 1 WHERE number = 'SO1-2026-000003'")};
        InvariantChecker checker(m_db->session());
        checker.setBetweenSnapshots([&] { forge(forgery); });
        QCOMPARE(join(must(checker.run())), QString());
        checker.setBetweenSnapshots({});
        const auto found = must(checker.run());
        QStringList checks;
        for (const InvariantChecker::Finding &f : found)
            checks += f.check;
        checks.removeDuplicates();
        QCOMPARE(checks, (QStringList{QStringLiteral("schema.triggers"), QStringLiteral("invoices.totals"),
                                      QStringLiteral("journal.records")}));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestVerify)
#include "tst_verify.moc"
