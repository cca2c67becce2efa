// The cash office's screens driven offscreen as the régisseur would, from the counter's window: the till's
// state in the status bar, the count grid with its live total and difference, the comment core requires, a
// new session opened with its float, the cheque deposit slip with a cheque left for later, the day's Z
// previewed then closed; and an agent finds the till's menu disabled.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "cashoffice/CashOffice.h"
#include "cashoffice/CashOfficeDialogs.h"
#include "catalog/CatalogService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "users/UserService.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace guichet;
using namespace guichet::test;

namespace {

const QChar Nbsp(0x00A0);

QString euroText(const char *amount)
{
    return QString::fromUtf8(amount) + Nbsp + QStringLiteral("€");
}

} // namespace

class TestTill : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_household = 0;

    Session &session() { return m_db->session(); }

    void sell(int meals, const PaymentPart &part)
    {
        const qint64 cantine = must(session().catalog().activities()).first().id;
        const qint64 invoice = must(session().sales().confirmOrder(m_household, {{cantine, meals}}));
        must(session().sales().pay(invoice, {part}));
    }

    QAction *action(const char *name) { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_household = FamilyBuilder(session()).child(QStringLiteral("Léa")).validated().build().householdId;
        sell(17, cash("70,55", "100,00")); // 150,00 + 100,00 - 29,45 = 220,55 expected
        sell(10, cheque("41,50", QStringLiteral("0001234")));
        sell(2, cheque("8,30", QStringLiteral("0005678")));
        m_window = std::make_unique<MainWindow>(session());
        m_window->show();
    }
    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void theCountGridClosesTheTill()
    {
        auto *till = m_window->findChild<QLabel *>(QStringLiteral("tillLabel"));
        QCOMPARE(till->text(),
                 QStringLiteral("Till open since 01/09/2026 08:30 — cash ") + euroText("220,55"));
        onNext<TillCountDialog>([&](TillCountDialog *d) {
            auto *total = d->findChild<QLabel *>(QStringLiteral("total"));
            auto *difference = d->findChild<QLabel *>(QStringLiteral("difference"));
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("expected"))
                        ->text()
                        .contains(QStringLiteral("= expected cash ") + euroText("220,55")));
            d->piecesOf(10000)->setValue(2);
            d->piecesOf(2000)->setValue(1);
            QCOMPARE(total->text(), euroText("220,00"));
            QCOMPARE(difference->text(), euroText("-0,55"));
            d->piecesOf(50)->setValue(1);
            QCOMPARE(difference->text(), euroText("-0,05"));
            click(d, "closeButton"); // a difference without a comment: core refuses, the dialog stays
            QVERIFY(d->isVisible());
            QVERIFY(!must(session().till().current())->closed);
            type(d, "comment", QStringLiteral("Pièce de 5 ct introuvable"));
            click(d, "closeButton");
        });
        action("tillCloseAction")->trigger();
        QVERIFY(!must(session().till().current()).has_value());
        QCOMPARE(till->text(), QStringLiteral("Till closed"));

        onNext<TillOpenDialog>([&](TillOpenDialog *d) {
            type(d, "float", QStringLiteral("80,00"));
            click(d, "openButton");
        });
        action("tillOpenAction")->trigger();
        QCOMPARE(must(session().till().current())->floatAmount, euros("80,00"));
        QVERIFY(till->text().endsWith(euroText("80,00")));
    }

    void aChequeCanWaitForTheNextSlip()
    {
        DepositSlipDialog dialog(session(), nullptr);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("cheques"));
        auto *total = dialog.findChild<QLabel *>(QStringLiteral("total"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(total->text(), QStringLiteral("2 cheque(s) on the slip, total ") + euroText("49,80"));
        table->item(1, 0)->setCheckState(Qt::Unchecked);
        QCOMPARE(total->text(), QStringLiteral("1 cheque(s) on the slip, total ") + euroText("41,50"));
        click(&dialog, "issueButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto waiting = must(session().closures().chequesToDeposit());
        QCOMPARE(waiting.size(), qsizetype(1));
        QCOMPARE(waiting.first().number, QStringLiteral("0005678"));
    }

    void theDayIsPreviewedThenClosed()
    {
        must(session().till().close(must(CashCount::parse(QStringLiteral("100:2,20:1,0.5:1,0.05:1"))), {}));
        ClosureDialog dialog(session(), nullptr);
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("preview"));
        QVERIFY2(preview->toPlainText().contains(QStringLiteral("(preview)")),
                 qPrintable(preview->toPlainText()));
        QVERIFY(preview->toPlainText().contains(
            QStringLiteral("120,35 €"))); // toPlainText: no-break spaces as spaces
        click(&dialog, "closeButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto z =
            must(session().closures().closureOf(ClosureView::Kind::Day, QStringLiteral("2026-09-01")));
        QVERIFY(z.has_value());
        QCOMPARE(z->takings, euros("120,35"));
        QCOMPARE(z->number, QStringLiteral("SO1-Z-2026-000001"));
    }

    // The X report: the day's figures so far in the print preview, nothing closed.
    void theCashStatusIsPreviewedWithoutClosing()
    {
        QString title;
        onNextModal([&](QWidget *preview) {
            title = preview->windowTitle();
            preview->close();
        });
        action("xReportAction")->trigger();
        QVERIFY2(title.contains(QStringLiteral("Cash status 2026-09-01")), qPrintable(title));
        QCOMPARE(must(session().closures().closures(QDate(2026, 9, 1), QDate(2026, 9, 1))).size(),
                 qsizetype(0));
    }

    void anAgentFindsTheTillMenuDisabled()
    {
        UserService &users = session().users();
        must(users.add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                       QStringLiteral("admin pw")));
        session().setUser(must(users.authenticate(QStringLiteral("admin"), QStringLiteral("admin pw"))));
        must(users.add(QStringLiteral("agent"), QStringLiteral("Alain Agent"), Role::Agent,
                       QStringLiteral("agent pw")));
        session().setUser(must(users.authenticate(QStringLiteral("agent"), QStringLiteral("agent pw"))));
        m_window = std::make_unique<MainWindow>(session());
        QVERIFY(!action("tillCloseAction")->isEnabled());
        QVERIFY(!action("closureAction")->isEnabled());
        QCOMPARE(action("depositSlipAction")->toolTip(), QStringLiteral("For a régisseur"));
    }
};

QTEST_MAIN(TestTill)
#include "tst_till.moc"
