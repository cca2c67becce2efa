// The year end's screens driven offscreen: the roll-over wizard from the Administration menu (the choices,
// the summary that writes nothing, the roll-over with its progress bar), the refund of a family's surplus
// tickets with its live valuation and a wrong IBAN refused, and the refund report issuing its order.
//
// The family (TestDatabase's 1 September 2026): 10 meals bought at 4,15 €, then 4 at 4,40 €, 4 eaten; in July
// 2027 it holds 6 at 4,15 € and 4 at 4,40 € = 42,50 €.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "catalog/CatalogService.h"
#include "session/Session.h"
#include "wallet/WalletService.h"
#include "yearend/YearEndDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

namespace guichet {

using namespace guichet::test;

class TestYearEndUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    BuiltFamily m_family;
    qint64 m_cantine = 0;

    Session &session() { return m_db->session(); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_db->clock().setTickMs(1);
        m_family = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build();
        m_cantine = must(session().catalog().activities()).first().id;
        const qint64 year = must(session().catalog().schoolYears()).first().id;
        buyTickets(session(), m_family.householdId, m_cantine, 10);
        const Bracket top = must(session().catalog().brackets(year)).last();
        must(session().catalog().setTariff(year, Tariff{m_cantine, top.id, euros("4,40")}));
        buyTickets(session(), m_family.householdId, m_cantine, 4);
        bookDays(session(), m_family.householdId, m_family.childIds, m_cantine, QDate(2026, 9, 3),
                 QDate(2026, 9, 8));
        m_db->clock().set(QDateTime(QDate(2027, 7, 10), QTime(10, 0), QTimeZone("Europe/Paris")));
    }
    void cleanup() { m_db.reset(); }

    void theWizardRollsOver()
    {
        MainWindow window(session());
        window.show();
        onNext<RolloverWizard>([&](RolloverWizard *w) {
            QCOMPARE(w->findChild<QDateEdit *>(QStringLiteral("start"))->date(), QDate(2027, 9, 1));
            w->findChild<QDoubleSpinBox *>(QStringLiteral("percent"))->setValue(2.5);
            w->next();
            const QString summary = w->findChild<QTextBrowser *>(QStringLiteral("summary"))->toPlainText();
            QVERIFY2(summary.contains(QStringLiteral("2026-2027 → 2027-2028")) &&
                         summary.contains(QStringLiteral("16 price(s) copied, changed by 2,50 %.")) &&
                         summary.contains(QStringLiteral("CE1 → CE2: 1 child(ren)")) &&
                         summary.contains(QStringLiteral(
                             "Tickets carried over: 10 tickets of 1 household(s), worth 42,50 €.")),
                     qPrintable(summary));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("year_rollover")), 0); // the summary writes nothing
            w->next(); // "Roll over": the commit page
            QCOMPARE(w->findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 1);
            QCOMPARE(w->findChild<QLabel *>(QStringLiteral("result"))->text(),
                     QStringLiteral(
                         "The school year 2027-2028 is ready: 10 tickets worth 42,50\u00a0€ carried over "
                         "for 1 household(s)."));
            QVERIFY(w->findChild<QPushButton *>(QStringLiteral("saveCarryOver"))->isEnabled());
            w->button(QWizard::FinishButton)->click();
        });
        window.findChild<QAction *>(QStringLiteral("rolloverAction"))->trigger();
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("year_rollover")), 1);
        QCOMPARE(must(session().wallet().balance(m_family.householdId, m_cantine)), 10);
        QCOMPARE(verifyFindings(session()), QString());

        // Once rolled over, the wizard says so on its first page and cannot go on.
        RolloverWizard again(session());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("message"))
                    ->text()
                    .startsWith(
                        QStringLiteral("The school year 2026-2027 was already rolled over to 2027-2028")));
        QVERIFY(!again.button(QWizard::NextButton)->isEnabled());
    }

    void aRefundIsValuedBeforeItIsMade()
    {
        RefundDialog dialog(session(), m_family.householdId);
        dialog.m_confirm = false;
        auto *quote = dialog.findChild<QLabel *>(QStringLiteral("quote"));
        QCOMPARE(quote->text(),
                 QStringLiteral("<b>10 ticket(s): 4 × 4,40\u00a0€ + 6 × 4,15\u00a0€ = 42,50\u00a0€</b>"));
        dialog.findChild<QCheckBox *>(QStringLiteral("all"))->setChecked(false);
        dialog.findChild<QSpinBox *>(QStringLiteral("tickets"))->setValue(5);
        QCOMPARE(quote->text(),
                 QStringLiteral("<b>5 ticket(s): 4 × 4,40\u00a0€ + 1 × 4,15\u00a0€ = 21,75\u00a0€</b>"));
        dialog.findChild<QSpinBox *>(QStringLiteral("tickets"))->setValue(11);
        QCOMPARE(quote->text(),
                 QStringLiteral("Only 10 Cantine ticket(s) are in the wallet: 11 cannot be refunded."));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());
        dialog.findChild<QSpinBox *>(QStringLiteral("tickets"))->setValue(5);
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("cash"))->isEnabled()); // transfers only here

        type(&dialog, "iban", QStringLiteral("FR76 3000 6000 0112 3456 7890 188"));
        dialog.refund();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))
                    ->text()
                    .contains(QStringLiteral("check digits")));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund")), 0);
        type(&dialog, "iban", QStringLiteral("fr76 3000 6000 0112 3456 7890 189"));
        onNext<QMessageBox>([](QMessageBox *box) {
            QVERIFY(
                box->text().startsWith(QStringLiteral("Refund SO1-RB-2027-000001 of 21,75\u00a0€ recorded")));
            box->accept();
        });
        dialog.refund();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(must(session().wallet().balance(m_family.householdId, m_cantine)), 5);
    }

    void theReportIssuesTheOrder()
    {
        RefundRequest r;
        r.householdId = m_family.householdId;
        r.activityId = m_cantine;
        r.tickets = 4;
        r.iban = QStringLiteral("FR7630006000011234567890189");
        must(session().refunds().refund(r)); // 4 x 4,40 = 17,60
        r.tickets = 1;
        must(session().refunds().refund(r)); // 4,15
        RefundReportDialog dialog(session(), nullptr);
        dialog.m_confirm = false;
        dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2027, 7, 1));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("refunds"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("17,60\u00a0€"));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("totals"))->text(),
                 QStringLiteral("Transfers: 2 (21,75\u00a0€) · cash: 0 (0,00\u00a0€) · total 21,75\u00a0€"));
        dialog.issue();
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("SO1-OR-2027-000001"));
        QCOMPARE(table->item(1, 7)->text(), QStringLiteral("SO1-OR-2027-000001"));
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("refund_order")), 1);
        QCOMPARE(verifyFindings(session()), QString());
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestYearEndUi)
#include "tst_yearend_ui.moc"
