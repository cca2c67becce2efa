// Sells tickets through the real widgets, offscreen, as a clerk would at the counter: a validated
// household without QF (highest bracket, cantine 4,15 €) buys tickets paid in cash, by cheque (after
// forgetting the cheque number), by card and split cash + cheque; an invoice left unpaid is paid later
// with "Pay…"; a credit note takes 5 tickets back; a household whose file is not validated is refused.
// Each function starts from an empty shop (a new database, the two families, a new file view) and first
// records through core the earlier sales it needs, so it runs alone or in any order; its numbers, balances
// and amounts follow from that setup only.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "catalog/CatalogService.h"
#include "family/FamilyFileView.h"
#include "family/FamilyService.h"
#include "integrity/InvariantChecker.h"
#include "print/PrintService.h"
#include "sales/CreditNoteDialog.h"
#include "sales/PaymentDialog.h"
#include "sales/PaymentForm.h"
#include "sales/SaleDialog.h"
#include "sales/TicketsView.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <ctime>
#include <functional>

using namespace guichet;
using namespace guichet::test;

namespace {

// Amounts as Money::toString shows them: no-break space before the euro sign.
QString eur(const char *amount)
{
    return QString::fromLatin1(amount) + QChar(0x00A0) + QStringLiteral("€");
}

QString text(QWidget *root, const char *name)
{
    if (auto *label = root->findChild<QLabel *>(QString::fromLatin1(name)))
        return label->text();
    if (auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name)))
        return edit->text();
    return QStringLiteral("<no widget %1>").arg(QString::fromLatin1(name));
}

void setQuantity(SaleDialog *dialog, const char *activityCode, int quantity)
{
    QSpinBox *box = dialog->quantityBox(QString::fromLatin1(activityCode));
    QVERIFY2(box, activityCode);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(quantity));
    QCOMPARE(box->value(), quantity);
}

// With GUICHET_SCREENSHOTS=/some/dir, saves what the clerk sees at this step (for reviews and docs).
void snapshot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests
    widget->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

QStringList row(QTableWidget *table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells += table->item(r, c) ? table->item(r, c)->text() : QString();
    return cells;
}

int rowOf(QTableWidget *table, const QString &first)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == first)
            return r;
    return -1;
}

} // namespace

class TestSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Times are shown in the counter's local time: the town hall's.
        qputenv("TZ", "Europe/Paris");
        tzset();
    }

    // An empty shop for every function: a new database, the two families, the file of the validated one
    // open on its Tickets tab.
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_family = FamilyBuilder(m_db->session())
                       .payer(QStringLiteral("Lefèvre"), QStringLiteral("Marie"))
                       .child(QStringLiteral("Léa"))
                       .validated()
                       .build();
        m_draft =
            FamilyBuilder(m_db->session()).payer(QStringLiteral("N'Diaye"), QStringLiteral("Awa")).build();
        m_print = std::make_unique<PrintService>(m_db->session());
        m_view = std::make_unique<FamilyFileView>(m_db->session(), m_print.get());
        m_view->resize(1100, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->open(m_family.householdId);
        QVERIFY(m_view->tickets());
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: none"));
        auto *tabs = m_view->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(3), QStringLiteral("Tickets"));
        tabs->setCurrentIndex(3);
    }

    void cleanup()
    {
        m_view.reset();
        m_print.reset();
        m_db.reset();
        m_family = {};
        m_draft = {};
    }

    // 17 cantine tickets at the highest bracket (no QF): 70,55 €, paid with a 100 € note.
    void sellInCash()
    {
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->page(), SaleDialog::Page::Order);
            QCOMPARE(dialog->messageText(), QString());
            QCOMPARE(dialog->unitPriceText(QStringLiteral("cantine")), eur("4,15"));
            QCOMPARE(dialog->unitPriceText(QStringLiteral("garderie_soir")), eur("2,00"));
            QVERIFY(text(dialog, "pricingBasis").contains(QStringLiteral("QF &gt; 1000")));
            QVERIFY(text(dialog, "pricingBasis")
                        .contains(QStringLiteral("No family quotient on file: highest bracket.")));
            QCOMPARE(dialog->totalText(), eur("0,00"));

            setQuantity(dialog, "cantine", 17);
            QCOMPARE(text(dialog, "amount_cantine"), eur("70,55"));
            QCOMPARE(dialog->totalText(), eur("70,55"));
            snapshot(dialog, "sale-1-order");
            click(dialog, "placeOrderButton");
            QCOMPARE(dialog->page(), SaleDialog::Page::Review);
            QCOMPARE(text(dialog, "reviewTotal"), eur("70,55"));
            QCOMPARE(text(dialog, "reviewPayer"), QStringLiteral("Marie Lefèvre"));
            QVERIFY(text(dialog, "reviewBasis").contains(QStringLiteral("QF &gt; 1000")));
            auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("reviewLines"));
            QCOMPARE(lines->rowCount(), 1);
            QCOMPARE(row(lines, 0), (QStringList{QStringLiteral("Cantine — repas"), QStringLiteral("17"),
                                                 eur("4,15"), eur("70,55")}));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), 0); // nothing written before confirming
            snapshot(dialog, "sale-2-review");

            click(dialog, "confirmOrderButton");
            QCOMPARE(dialog->page(), SaleDialog::Page::Payment);
            QCOMPARE(dialog->invoiceNumber(), QStringLiteral("SO1-2026-000001"));
            QVERIFY(text(dialog, "invoiceCreated").contains(QStringLiteral("SO1-2026-000001")));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("wallet_movement")), 0); // not before payment

            PaymentForm *form = dialog->paymentForm();
            QCOMPARE(text(form, "amountDue"), eur("70,55"));
            QVERIFY(form->findChild<QGroupBox *>(QStringLiteral("cashBox"))->isChecked());
            QVERIFY(!form->findChild<QGroupBox *>(QStringLiteral("chequeBox"))->isChecked());
            QCOMPARE(text(form, "cashAmount"), QStringLiteral("70,55"));
            // The cursor waits in "cash handed over".
            QTRY_COMPARE(QApplication::focusWidget(),
                         form->findChild<QLineEdit *>(QStringLiteral("cashTendered")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("100"));
            QCOMPARE(text(form, "change"), eur("29,45"));
            snapshot(dialog, "sale-3-payment");
            click(form, "payButton");
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000001"));
            QCOMPARE(form->outcome()->change, Money::fromCents(2945));
            QCOMPARE(text(form, "changeToGive"), QStringLiteral("Change to give back: ") + eur("29,45"));
            QCOMPARE(text(form, "receiptNumber"),
                     QStringLiteral("Payment of ") + eur("70,55") +
                         QStringLiteral(" recorded — receipt SO1-RC-2026-000001"));
            QVERIFY(
                text(form, "walletOutcome").contains(QStringLiteral("the tickets were added to the wallet")));
            QVERIFY(form->printReceiptButton()->isVisible());
            snapshot(dialog, "sale-4-paid");
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);

        TicketsView *tickets = m_view->tickets();
        QCOMPARE(tickets->balance(QStringLiteral("cantine")), 17);
        QCOMPARE(text(m_view.get(), "balance_cantine"), QStringLiteral("17"));
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: Cantine 17"));
        QCOMPARE(m_view->bannerText(),
                 QStringLiteral("Invoice SO1-2026-000001 paid (receipt SO1-RC-2026-000001, change ") +
                     eur("29,45") + QStringLiteral("): the tickets are in the wallet."));
        auto *invoices = m_view->findChild<QTableWidget *>(QStringLiteral("invoices"));
        QCOMPARE(invoices->rowCount(), 1);
        QCOMPARE(row(invoices, 0),
                 (QStringList{QStringLiteral("SO1-2026-000001"), QStringLiteral("01/09/2026"), eur("70,55"),
                              QString(), eur("70,55"), QString(), QStringLiteral("Paid")}));
        auto *payments = m_view->findChild<QTableWidget *>(QStringLiteral("payments"));
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(row(payments, 0),
                 (QStringList{QStringLiteral("SO1-RC-2026-000001"), QStringLiteral("01/09/2026 08:30"),
                              QStringLiteral("Cash"), eur("70,55"),
                              QStringLiteral("invoice SO1-2026-000001 — handed over ") + eur("100,00") +
                                  QStringLiteral(", change ") + eur("29,45")}));
        auto *movements = m_view->findChild<QTableWidget *>(QStringLiteral("movements"));
        QCOMPARE(movements->rowCount(), 1);
        QCOMPARE(row(movements, 0),
                 (QStringList{QStringLiteral("01/09/2026 08:30"), QStringLiteral("Cantine"),
                              QStringLiteral("Purchase"), QStringLiteral("+17"), eur("4,15"),
                              QStringLiteral("SO1-2026-000001"), QStringLiteral("17")}));
    }

    // 20 cantine (+20 pack) and 10 garderie du soir = 103,00 €, by cheque; the keyboard drives the pages.
    // Earlier: 17 cantine paid in cash (SO1-2026-000001), so the wallet already holds 17 meals.
    void sellByChequeAfterAMissingNumber()
    {
        soldEarlier({{activityId("cantine"), 17}}, {cash("70,55", "100,00")});
        m_view->open(m_family.householdId);
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: Cantine 17"));

        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(text(dialog, "wallet_cantine"), QStringLiteral("17"));
            // Tab goes from one quantity to the next.
            QApplication::setActiveWindow(dialog);
            dialog->quantityBox(QStringLiteral("cantine"))->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_VERIFY(dialog->quantityBox(QStringLiteral("garderie_matin"))->hasFocus());
            click(dialog, "plus20_cantine");
            QCOMPARE(dialog->quantityBox(QStringLiteral("cantine"))->value(), 20);
            setQuantity(dialog, "garderie_soir", 10);
            QCOMPARE(dialog->totalText(), eur("103,00"));
            // Enter = the default button: place the order, then confirm it.
            QTest::keyClick(dialog->quantityBox(QStringLiteral("garderie_soir")), Qt::Key_Return);
            QCOMPARE(dialog->page(), SaleDialog::Page::Review);
            QCOMPARE(text(dialog, "reviewTotal"), eur("103,00"));
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
            QCOMPARE(dialog->page(), SaleDialog::Page::Payment);
            QCOMPARE(dialog->invoiceNumber(), QStringLiteral("SO1-2026-000002"));

            PaymentForm *form = dialog->paymentForm();
            click(form, "allChequeButton");
            QVERIFY(!form->findChild<QGroupBox *>(QStringLiteral("cashBox"))->isChecked());
            QVERIFY(form->findChild<QGroupBox *>(QStringLiteral("chequeBox"))->isChecked());
            QCOMPARE(text(form, "chequeAmount"), QStringLiteral("103,00"));
            QCOMPARE(text(form, "chequeDrawer"), QStringLiteral("Marie Lefèvre"));
            QVERIFY(text(form, "chequePayee")
                        .contains(QStringLiteral("Régie de recettes des affaires scolaires")));
            type(form, "chequeBank", QStringLiteral("Crédit Agricole"));
            const int paymentsBefore = rowCount(m_db->db(), QStringLiteral("payment"));
            click(form, "payButton");
            QVERIFY(!form->outcome());
            QCOMPARE(form->errors().messageFor(QStringLiteral("cheque.number")),
                     QStringLiteral("Type the cheque number (printed at the bottom)."));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("payment")), paymentsBefore);
            snapshot(dialog, "sale-6-cheque-without-number");
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("wallet_movement")), 1);

            type(form, "chequeNumber", QStringLiteral("1234567"));
            QTest::keyClick(form->findChild<QLineEdit *>(QStringLiteral("chequeNumber")), Qt::Key_Return);
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000002"));
            QCOMPARE(form->outcome()->paid, Money::fromCents(10300));
            QCOMPARE(form->outcome()->change, Money());
            QCOMPARE(form->errors().messageFor(QStringLiteral("cheque.number")), QString());
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);

        TicketsView *tickets = m_view->tickets();
        QCOMPARE(tickets->balance(QStringLiteral("cantine")), 37);
        QCOMPARE(tickets->balance(QStringLiteral("garderie_soir")), 10);
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: Cantine 37 · Garderie du soir 10"));
        auto *payments = m_view->findChild<QTableWidget *>(QStringLiteral("payments"));
        QCOMPARE(payments->rowCount(), 2);
        QCOMPARE(row(payments, 0).at(0), QStringLiteral("SO1-RC-2026-000002"));
        QCOMPARE(row(payments, 0).mid(2),
                 (QStringList{QStringLiteral("Cheque"), eur("103,00"),
                              QStringLiteral("invoice SO1-2026-000002 — cheque no. 1234567, Crédit Agricole, "
                                             "drawer Marie Lefèvre")}));
    }

    // 5 études at 2,00 € by card, the shop's first sale; an amount above the due is refused first (no
    // change on a card).
    void sellByCard()
    {
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            setQuantity(dialog, "etude", 5);
            QCOMPARE(dialog->totalText(), eur("10,00"));
            click(dialog, "placeOrderButton");
            click(dialog, "confirmOrderButton");
            QCOMPARE(dialog->invoiceNumber(), QStringLiteral("SO1-2026-000001"));
            PaymentForm *form = dialog->paymentForm();
            click(form, "allCardButton");
            type(form, "cardAmount", QStringLiteral("20,00"));
            type(form, "cardReference", QStringLiteral("A1B2C3"));
            QCOMPARE(text(form, "leftToAllocate"), QStringLiteral("The amounts exceed the amount due by ") +
                                                       eur("10,00") + QLatin1Char('.'));
            click(form, "payButton");
            QVERIFY(!form->outcome());
            QCOMPARE(form->messageText(),
                     QStringLiteral("A cheque or card payment cannot exceed the amount due (") +
                         eur("10,00") +
                         QStringLiteral("): the régie gives no change on them. Adjust the amount."));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("payment")), 0);
            type(form, "cardAmount", QStringLiteral("10"));
            click(form, "payButton");
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000001"));
            QCOMPARE(form->messageText(), QString());
            // Nothing to hand back, nothing due: no big "0,00 €".
            QVERIFY(!form->findChild<QLabel *>(QStringLiteral("changeToGive"))->isVisible());
            QVERIFY(!form->findChild<QLabel *>(QStringLiteral("stillDue"))->isVisible());
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("etude")), 5);
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: Étude surveillée 5"));
        auto *payments = m_view->findChild<QTableWidget *>(QStringLiteral("payments"));
        QCOMPARE(payments->rowCount(), 1);
        QCOMPARE(row(payments, 0).mid(2),
                 (QStringList{QStringLiteral("Bank card"), eur("10,00"),
                              QStringLiteral("invoice SO1-2026-000001 — reference A1B2C3")}));
    }

    // 10 cantine (41,50 €) + 8 garderie du matin at 1,60 € (12,80 €) = 54,30 €: 20,00 € in cash from a
    // 50 € note and the rest, 34,30 €, by cheque — one receipt. Earlier the same morning, through core:
    // 17 cantine in cash (SO1-2026-000001, 70,55 €), 20 cantine + 10 garderie du soir by cheque
    // (SO1-2026-000002, 103,00 €), 5 études by card (SO1-2026-000003, 10,00 €) — so the lists hold several
    // invoices and payments, and the wallet four activities.
    void splitCashAndCheque()
    {
        const qint64 cantine = activityId("cantine");
        soldEarlier({{cantine, 17}}, {cash("70,55", "100,00")});
        soldEarlier({{cantine, 20}, {activityId("garderie_soir"), 10}}, {cheque("103,00")});
        soldEarlier({{activityId("etude"), 5}}, {card("10,00")});
        m_view->open(m_family.householdId);
        QCOMPARE(m_view->ticketSummary(),
                 QStringLiteral("Tickets: Cantine 37 · Garderie du soir 10 · Étude surveillée 5"));

        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            click(dialog, "plus10_cantine");
            setQuantity(dialog, "garderie_matin", 8);
            QCOMPARE(text(dialog, "amount_garderie_matin"), eur("12,80"));
            QCOMPARE(dialog->totalText(), eur("54,30"));
            click(dialog, "placeOrderButton");
            QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("reviewLines"))->rowCount(), 2);
            click(dialog, "confirmOrderButton");
            QCOMPARE(dialog->invoiceNumber(), QStringLiteral("SO1-2026-000004"));
            PaymentForm *form = dialog->paymentForm();
            type(form, "cashAmount", QStringLiteral("20"));
            QCOMPARE(text(form, "leftToAllocate"),
                     QStringLiteral("Left to pay after this payment: ") + eur("34,30"));
            form->findChild<QGroupBox *>(QStringLiteral("chequeBox"))->setChecked(true);
            QCOMPARE(text(form, "chequeAmount"), QStringLiteral("34,30")); // the rest is offered
            QCOMPARE(text(form, "leftToAllocate"), QStringLiteral("The amounts cover the amount due."));
            type(form, "cashTendered", QStringLiteral("50,00"));
            QCOMPARE(text(form, "change"), eur("30,00"));
            type(form, "chequeNumber", QStringLiteral("7654321"));
            type(form, "chequeBank", QStringLiteral("La Banque Postale"));
            snapshot(dialog, "sale-5-split");
            click(form, "payButton");
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000004"));
            QCOMPARE(form->outcome()->paid, Money::fromCents(5430));
            QCOMPARE(form->outcome()->change, Money::fromCents(3000));
            QVERIFY(form->outcome()->invoicePaid);
            QCOMPARE(text(form, "changeToGive"), QStringLiteral("Change to give back: ") + eur("30,00"));
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);

        TicketsView *tickets = m_view->tickets();
        QCOMPARE(tickets->balance(QStringLiteral("cantine")), 47);
        QCOMPARE(tickets->balance(QStringLiteral("garderie_matin")), 8);
        QCOMPARE(m_view->ticketSummary(),
                 QStringLiteral(
                     "Tickets: Cantine 47 · Garderie du matin 8 · Garderie du soir 10 · Étude surveillée 5"));
        auto *invoices = m_view->findChild<QTableWidget *>(QStringLiteral("invoices"));
        QCOMPARE(invoices->rowCount(), 4);
        const QStringList numbers{QStringLiteral("SO1-2026-000004"), QStringLiteral("SO1-2026-000003"),
                                  QStringLiteral("SO1-2026-000002"), QStringLiteral("SO1-2026-000001")};
        const QStringList totals{eur("54,30"), eur("10,00"), eur("103,00"), eur("70,55")};
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(invoices->item(r, 0)->text(), numbers.at(r));
            QCOMPARE(invoices->item(r, 2)->text(), totals.at(r));
            QCOMPARE(invoices->item(r, 4)->text(), totals.at(r));
            QCOMPARE(invoices->item(r, 5)->text(), QString());
            QCOMPARE(invoices->item(r, 6)->text(), QStringLiteral("Paid"));
        }
        // The split payment: two rows, one receipt.
        auto *payments = m_view->findChild<QTableWidget *>(QStringLiteral("payments"));
        QCOMPARE(payments->rowCount(), 5);
        QStringList split;
        for (int r = 0; r < 2; ++r)
            split += row(payments, r).at(0) + QLatin1Char(' ') + row(payments, r).at(2) + QLatin1Char(' ') +
                     row(payments, r).at(3);
        split.sort();
        QCOMPARE(split, (QStringList{QStringLiteral("SO1-RC-2026-000004 Cash ") + eur("20,00"),
                                     QStringLiteral("SO1-RC-2026-000004 Cheque ") + eur("34,30")}));
    }

    // 10 cantine (41,50 €) + 16 études (32,00 €) = 73,50 €: a cheque of 50 € and the rest in cash. Ticking
    // the cheque and typing 50 leaves 23,50 € in cash without the clerk subtracting; the family hands over
    // 25 € (one click): 1,50 € of change, shown large.
    void splitRemainderAndQuickCash()
    {
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            setQuantity(dialog, "cantine", 10);
            setQuantity(dialog, "etude", 16);
            QCOMPARE(dialog->totalText(), eur("73,50"));
            click(dialog, "placeOrderButton");
            click(dialog, "confirmOrderButton");
            PaymentForm *form = dialog->paymentForm();
            QCOMPARE(text(form, "cashAmount"), QStringLiteral("73,50"));
            click(form, "quickTender0"); // "exact" for the whole amount first…
            QCOMPARE(text(form, "cashTendered"), QStringLiteral("73,50"));
            auto *chequeBox = form->findChild<QGroupBox *>(QStringLiteral("chequeBox"));
            chequeBox->setChecked(true);
            QCOMPARE(text(form, "chequeAmount"), QString()); // cash covers it all: the clerk types the cheque
            QTRY_COMPARE(QApplication::focusWidget(),
                         form->findChild<QLineEdit *>(QStringLiteral("chequeAmount")));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("50"));
            QCOMPARE(text(form, "cashAmount"), QStringLiteral("23,50"));
            // …the cash amount changed: what was handed over for the old one goes back to "as paid".
            QCOMPARE(text(form, "cashTendered"), QString());
            QCOMPARE(text(form, "change"), eur("0,00"));
            QCOMPARE(text(form, "leftToAllocate"), QStringLiteral("The amounts cover the amount due."));
            // Unticked, the cheque gives its part back to cash; ticked again, it waits for its amount.
            chequeBox->setChecked(false);
            QCOMPARE(text(form, "cashAmount"), QStringLiteral("73,50"));
            chequeBox->setChecked(true);
            type(form, "chequeAmount", QStringLiteral("50,00"));
            QCOMPARE(text(form, "cashAmount"), QStringLiteral("23,50"));

            // Quick buttons for what is handed over: the exact amount, the next 5 €, the notes that cover it.
            QStringList quick;
            for (int i = 0; i < 5; ++i) {
                auto *b = form->findChild<QPushButton *>(QStringLiteral("quickTender%1").arg(i));
                if (b->isVisible())
                    quick += b->text();
            }
            QCOMPARE(quick,
                     (QStringList{QStringLiteral("Exact"), eur("25,00"), eur("50,00"), eur("100,00")}));
            click(form, "quickTender1");
            QCOMPARE(text(form, "cashTendered"), QStringLiteral("25,00"));
            QCOMPARE(text(form, "change"), eur("1,50"));
            type(form, "chequeNumber", QStringLiteral("1234567"));
            type(form, "chequeBank", QStringLiteral("Crédit Agricole"));
            click(form, "payButton"); // the whole amount: no confirmation
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->paid, Money::fromCents(7350));
            QCOMPARE(form->outcome()->change, Money::fromCents(150));
            QCOMPARE(text(form, "changeToGive"), QStringLiteral("Change to give back: ") + eur("1,50"));
            QVERIFY(form->findChild<QLabel *>(QStringLiteral("changeToGive"))->isVisible());
            QVERIFY(!form->findChild<QLabel *>(QStringLiteral("stillDue"))->isVisible());
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        auto *payments = m_view->findChild<QTableWidget *>(QStringLiteral("payments"));
        QStringList parts;
        for (int r = 0; r < payments->rowCount(); ++r)
            parts += row(payments, r).at(2) + QLatin1Char(' ') + row(payments, r).at(3);
        parts.sort();
        QCOMPARE(parts, (QStringList{QStringLiteral("Cash ") + eur("23,50"),
                                     QStringLiteral("Cheque ") + eur("50,00")}));
    }

    // An invoice left unpaid yesterday (4 cantine, 16,60 €): the new sale says so on its first page, and F10
    // takes that payment first, from the sale; the wallet and the file follow.
    void debtIsSeenAndPaidFirst()
    {
        must(sales().confirmOrder(m_family.householdId, {{activityId("cantine"), 4}}));
        m_view->open(m_family.householdId);
        QCOMPARE(text(m_view.get(), "debt"),
                 QStringLiteral("Owes ") + eur("16,60") +
                     QStringLiteral(" on invoice SO1-2026-000001 — F10 to take the payment"));
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            auto *notice = dialog->findChild<QLabel *>(QStringLiteral("debtNotice"));
            QVERIFY(notice->isVisible());
            QCOMPARE(text(dialog, "wallet_cantine"), QStringLiteral("0"));
            QCOMPARE(notice->text(),
                     QStringLiteral("This family owes ") + eur("16,60") +
                         QStringLiteral(" on invoice SO1-2026-000001. F10: take that payment first."));
            bool paid = false;
            onNext<PaymentDialog>([&](PaymentDialog *payment) {
                QCOMPARE(text(payment->form(), "amountDue"), eur("16,60"));
                click(payment->form(), "payButton");
                QVERIFY(payment->form()->outcome());
                click(payment, "closeButton");
                paid = true;
            });
            QApplication::setActiveWindow(dialog);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
            QTRY_VERIFY(paid);
            QVERIFY(!notice->isVisible());
            QCOMPARE(text(dialog, "wallet_cantine"), QStringLiteral("4")); // that invoice's tickets arrived
            QCOMPARE(dialog->page(), SaleDialog::Page::Order);
            click(dialog, "cancelButton"); // no new sale today
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 4);
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("debt"))->isHidden());
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), 1);
    }

    // The method that followed the others is unticked: the one still empty takes the whole rest.
    void untickingTheBalancingMethodHandsItOver()
    {
        const qint64 invoice = must(sales().confirmOrder(m_family.householdId, {{activityId("cantine"), 4}}));
        PaymentDialog dialog(m_db->session(), invoice, m_print.get());
        dialog.show();
        PaymentForm *form = dialog.form();
        QCOMPARE(text(form, "cashAmount"), QStringLiteral("16,60"));
        form->findChild<QGroupBox *>(QStringLiteral("cardBox"))->setChecked(true);
        QCOMPARE(text(form, "cardAmount"), QString());
        form->findChild<QGroupBox *>(QStringLiteral("cashBox"))->setChecked(false);
        QCOMPARE(text(form, "cardAmount"), QStringLiteral("16,60"));
        QCOMPARE(text(form, "leftToAllocate"), QStringLiteral("The amounts cover the amount due."));
    }

    // A sale left unpaid ("pay later"): no tickets; then "Pay…" on the invoice, cash without change.
    // Earlier: 17 cantine paid in cash (SO1-2026-000001), so the wallet holds 17 meals that must not move
    // until the new invoice is fully paid.
    void payLater()
    {
        soldEarlier({{activityId("cantine"), 17}}, {cash("70,55", "100,00")});
        m_view->open(m_family.householdId);
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 17);

        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            setQuantity(dialog, "cantine", 4);
            click(dialog, "placeOrderButton");
            click(dialog, "confirmOrderButton");
            QCOMPARE(dialog->invoiceNumber(), QStringLiteral("SO1-2026-000002"));
            QTest::keyClick(dialog, Qt::Key_Escape); // the invoice stays, unpaid
            done = true;
        });
        click(m_view.get(), "sellTicketsButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_view->bannerText(), QStringLiteral("Invoice SO1-2026-000002 is waiting for payment (") +
                                           eur("16,60") +
                                           QStringLiteral(" due): use \"Pay…\" when the family pays."));
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 17);
        // The debt is in the file's header, where the clerk looks.
        QCOMPARE(text(m_view.get(), "debt"),
                 QStringLiteral("Owes ") + eur("16,60") +
                     QStringLiteral(" on invoice SO1-2026-000002 — F10 to take the payment"));
        auto *invoices = m_view->findChild<QTableWidget *>(QStringLiteral("invoices"));
        QCOMPARE(invoices->rowCount(), 2);
        QCOMPARE(row(invoices, 0),
                 (QStringList{QStringLiteral("SO1-2026-000002"), QStringLiteral("01/09/2026"), eur("16,60"),
                              QString(), eur("0,00"), eur("16,60"), QStringLiteral("Unpaid")}));
        QCOMPARE(m_view->tickets()->selectedInvoiceId(), m_view->tickets()->invoices().at(0).id);

        // The family pays 10,00 € now: partly paid, still no tickets.
        done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PaymentDialog *>(modal);
            QVERIFY(dialog);
            PaymentForm *form = dialog->form();
            QCOMPARE(text(form, "amountDue"), eur("16,60"));
            type(form, "cashAmount", QStringLiteral("10"));
            QCOMPARE(text(form, "leftToAllocate"),
                     QStringLiteral("Left to pay after this payment: ") + eur("6,60"));
            // A partial payment is confirmed with its amounts; Enter keeps the form to correct them.
            QString asked;
            onNext<QMessageBox>([&](QMessageBox *box) {
                asked = box->text();
                QTest::keyClick(box, Qt::Key_Return);
            });
            click(form, "payButton");
            QVERIFY(!form->outcome());
            QCOMPARE(asked, QStringLiteral("The family pays ") + eur("10,00") + QStringLiteral(" of the ") +
                                eur("16,60") + QStringLiteral(" due on invoice SO1-2026-000002.\n\n") +
                                eur("6,60") +
                                QStringLiteral(" will still be due; the tickets are added to the wallet once "
                                               "the invoice is fully paid. A payment cannot be undone."));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("receipt")), 1);
            onNext<QMessageBox>([](QMessageBox *box) { click(box, "recordPartialButton"); });
            click(form, "payButton");
            QVERIFY(form->outcome());
            QCOMPARE(text(form, "stillDue"), QStringLiteral("Still due: ") + eur("6,60"));
            QVERIFY(form->findChild<QLabel *>(QStringLiteral("stillDue"))->isVisible());
            QVERIFY(!form->findChild<QLabel *>(QStringLiteral("changeToGive"))->isVisible());
            QVERIFY(!form->outcome()->invoicePaid);
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000002"));
            QCOMPARE(text(form, "walletOutcome"),
                     QStringLiteral("Still due on invoice SO1-2026-000002: ") + eur("6,60") +
                         QStringLiteral(". The tickets are added to the wallet once it is fully paid."));
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "payInvoiceButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_view->bannerText(), QStringLiteral("Invoice SO1-2026-000002: ") + eur("10,00") +
                                           QStringLiteral(" paid (receipt SO1-RC-2026-000002), ") +
                                           eur("6,60") + QStringLiteral(" still due."));
        QCOMPARE(row(invoices, 0).mid(2), (QStringList{eur("16,60"), QString(), eur("10,00"), eur("6,60"),
                                                       QStringLiteral("Partly paid")}));
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 17);

        // The rest, in cash, exact amount, with the keyboard only.
        done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PaymentDialog *>(modal);
            QVERIFY(dialog);
            PaymentForm *form = dialog->form();
            QCOMPARE(text(form, "amountDue"), eur("6,60"));
            QTRY_COMPARE(QApplication::focusWidget(),
                         form->findChild<QLineEdit *>(QStringLiteral("cashTendered")));
            QCOMPARE(text(form, "change"), eur("0,00")); // nothing typed as handed over: exact amount
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter = Pay
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->receiptNumber, QStringLiteral("SO1-RC-2026-000003"));
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "payInvoiceButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 21);
        QCOMPARE(invoices->item(0, 6)->text(), QStringLiteral("Paid"));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("debt"))->isHidden());
        QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("payInvoiceButton"))->isEnabled());
    }

    // 5 cantine tickets of the first invoice taken back: 20,75 €; the reason is required. Earlier, through
    // core: 17 cantine paid in cash (SO1-2026-000001) then 4 more (SO1-2026-000002, listed above it), so
    // the wallet holds 21 meals and the clerk must pick the older invoice.
    void creditNote()
    {
        const qint64 cantine = activityId("cantine");
        soldEarlier({{cantine, 17}}, {cash("70,55", "100,00")});
        soldEarlier({{cantine, 4}}, {cash("16,60", "20,00")});
        m_view->open(m_family.householdId);
        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 21);

        auto *invoices = m_view->findChild<QTableWidget *>(QStringLiteral("invoices"));
        QCOMPARE(invoices->rowCount(), 2);
        const int r = rowOf(invoices, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(r, 1);
        invoices->selectRow(r);
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<CreditNoteDialog *>(modal);
            QVERIFY(dialog);
            QSpinBox *box = dialog->quantityBox(0);
            QVERIFY(box);
            QCOMPARE(box->maximum(), 17);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("printCreditNoteButton"))->isVisible());
            box->setFocus();
            box->selectAll();
            // Nothing chosen, no reason: both said at once, next to their fields.
            click(dialog, "issueButton");
            QCOMPARE(dialog->creditNoteId(), 0);
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("lines")),
                     QStringLiteral("Choose how many tickets of which line the credit note cancels."));
            QCOMPARE(
                dialog->errors().messageFor(QStringLiteral("reason")),
                QStringLiteral("Say why the invoice is cancelled or corrected: the credit note shows it."));
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, QStringLiteral("5"));
            QCOMPARE(text(dialog, "creditTotal"), eur("20,75"));
            click(dialog, "issueButton");
            QCOMPARE(dialog->creditNoteId(), 0);
            QCOMPARE(
                dialog->errors().messageFor(QStringLiteral("reason")),
                QStringLiteral("Say why the invoice is cancelled or corrected: the credit note shows it."));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("credit_note")), 0);
            snapshot(dialog, "credit-note-1-reason-missing");
            typeText(dialog->reasonEdit(), QStringLiteral("Léa changes school after the holidays"));
            // Confirmed with its amount; going back issues nothing.
            QString asked;
            onNext<QMessageBox>([&](QMessageBox *confirm) {
                asked = confirm->text();
                click(confirm, "goBackButton");
            });
            click(dialog, "issueButton");
            QCOMPARE(asked, QStringLiteral("Issue a credit note of ") + eur("20,75") +
                                QStringLiteral(" on invoice SO1-2026-000001 (Marie Lefèvre)?\n\nIt is "
                                               "numbered and cannot be undone or deleted; a mistake is "
                                               "corrected by a new sale."));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("credit_note")), 0);
            onNext<QMessageBox>([](QMessageBox *confirm) { click(confirm, "confirmIssueButton"); });
            click(dialog, "issueButton");
            QVERIFY(dialog->creditNoteId() > 0);
            QCOMPARE(dialog->creditNoteNumber(), QStringLiteral("SO1-AV-2026-000001"));
            snapshot(dialog, "credit-note-2-issued");
            QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("printCreditNoteButton"))->isVisible());
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("issueButton"))->isVisible());
            QCOMPARE(text(dialog, "creditDone"), QStringLiteral("Credit note SO1-AV-2026-000001 issued: ") +
                                                     eur("20,75") + QLatin1Char('.'));
            click(dialog, "closeButton");
            done = true;
        });
        click(m_view.get(), "creditNoteButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);

        QCOMPARE(m_view->tickets()->balance(QStringLiteral("cantine")), 16);
        snapshot(m_view.get(), "tickets-tab");
        auto *details = m_view->findChild<QTabWidget *>(QStringLiteral("ticketDetails"));
        details->setCurrentIndex(1);
        snapshot(m_view.get(), "tickets-tab-movements");
        details->setCurrentIndex(0);
        QCOMPARE(text(m_view.get(), "balance_cantine"), QStringLiteral("16"));
        QCOMPARE(m_view->bannerText(), QStringLiteral("Credit note SO1-AV-2026-000001 issued on invoice "
                                                      "SO1-2026-000001: ") +
                                           eur("20,75") + QLatin1Char('.'));
        const int after = rowOf(invoices, QStringLiteral("SO1-2026-000001"));
        QCOMPARE(after, 1);
        QCOMPARE(row(invoices, after).mid(2),
                 (QStringList{eur("70,55"), eur("20,75"), eur("70,55"), QString(), QStringLiteral("Paid")}));
        QCOMPARE(row(invoices, 0).mid(2),
                 (QStringList{eur("16,60"), QString(), eur("16,60"), QString(), QStringLiteral("Paid")}));
        auto *movements = m_view->findChild<QTableWidget *>(QStringLiteral("movements"));
        QCOMPARE(movements->rowCount(), 3);
        const QStringList last = row(movements, movements->rowCount() - 1);
        QCOMPARE(last.mid(1),
                 (QStringList{QStringLiteral("Cantine"), QStringLiteral("Credit note"), QStringLiteral("-5"),
                              eur("4,15"), QStringLiteral("SO1-AV-2026-000001"), QStringLiteral("16")}));
    }

    // A draft file: "Sell tickets" is disabled and says why (F9 too); a sale opened anyway (the file changed
    // status on another counter meanwhile) is refused by core, with nothing written.
    void notValidatedIsRefused()
    {
        m_view->open(m_draft.householdId);
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: none"));
        auto *sell = m_view->findChild<QPushButton *>(QStringLiteral("sellTicketsButton"));
        QVERIFY(!sell->isEnabled());
        QCOMPARE(sell->toolTip(),
                 QStringLiteral("Tickets are sold once the file is validated (it is \"Draft\")."));
        m_view->sellTickets(); // what F9 does
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_view->bannerText(),
                 QStringLiteral("The file is \"Draft\": tickets are sold once it is validated."));
        const int invoicesBefore = rowCount(m_db->db(), QStringLiteral("invoice"));
        const QString refusal =
            QStringLiteral("The family file of N'Diaye is \"Draft\": tickets are sold once the file "
                           "is validated. Complete and validate the file first.");
        SaleDialog dialog(m_db->session(), m_view->file(), m_print.get());
        dialog.show();
        QCOMPARE(dialog.messageText(), refusal); // said as soon as the dialog opens
        snapshot(&dialog, "sale-refused");
        QCOMPARE(dialog.unitPriceText(QStringLiteral("cantine")), QStringLiteral("—"));
        setQuantity(&dialog, "cantine", 3);
        click(&dialog, "placeOrderButton");
        QCOMPARE(dialog.page(), SaleDialog::Page::Order);
        QCOMPARE(dialog.messageText(), refusal);
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), invoicesBefore);
        QCOMPARE(m_view->findChild<QTableWidget *>(QStringLiteral("invoices"))->rowCount(), 0);
    }

    // After a sale in cash with change, a split cash + cheque payment, an invoice paid in two goes (card,
    // then exact cash) and a credit note, all through core, the invariants hold and the payments add up.
    void invariantsHold()
    {
        const qint64 cantine = activityId("cantine");
        const qint64 first = soldEarlier({{cantine, 17}}, {cash("70,55", "100,00")}); // change 29,45
        soldEarlier({{cantine, 10}, {activityId("garderie_matin"), 8}},
                    {cash("20,00", "50,00"), cheque("34,30")}); // 54,30 €, change 30,00
        const qint64 later = must(sales().confirmOrder(m_family.householdId, {{cantine, 4}})); // 16,60 €
        QVERIFY(!must(sales().pay(later, {card("10,00")})).invoicePaid);
        QVERIFY(must(sales().pay(later, {cash("6,60", "6,60")})).invoicePaid);
        const InvoiceView invoice = must(sales().invoice(first));
        QCOMPARE(invoice.lines.size(), qsizetype(1));
        must(sales().issueCreditNote(first, {{invoice.lines.at(0).id, 5}},
                                     QStringLiteral("Léa changes school after the holidays")));
        m_view->open(m_family.householdId);
        QCOMPARE(m_view->ticketSummary(), QStringLiteral("Tickets: Cantine 26 · Garderie du matin 8"));

        QCOMPARE(must(InvariantChecker(m_db->session()).run()).size(), qsizetype(0));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("receipt")), 4);
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(amount_cents), sum(change_cents) FROM payment")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 7055 + 2000 + 3430 + 1000 + 660);
        QCOMPARE(q.value(1).toLongLong(), 2945 + 3000);
    }

private:
    SalesService &sales() { return m_db->session().sales(); }

    qint64 activityId(const char *code)
    {
        for (const Activity &a : must(m_db->session().catalog().activities()))
            if (a.code == QLatin1String(code))
                return a.id;
        qFatal("no activity %s", code);
    }

    // A sale to m_family recorded through core before the clerk's turn: the order confirmed, then paid
    // with 'parts' in one payment. Returns the invoice's id.
    qint64 soldEarlier(const QList<OrderLine> &lines, const QList<PaymentPart> &parts)
    {
        const qint64 invoiceId = must(sales().confirmOrder(m_family.householdId, lines));
        must(sales().pay(invoiceId, parts));
        return invoiceId;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PrintService> m_print;
    std::unique_ptr<FamilyFileView> m_view;
    BuiltFamily m_family, m_draft;
};

QTEST_MAIN(TestSale)
#include "tst_sale.moc"
