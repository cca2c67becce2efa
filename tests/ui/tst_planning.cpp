// The planning tab through the real widgets, offscreen, as a clerk uses it: dots clicked (and the space bar),
// a day's header for both children, the preview of what saving takes from the wallet, nothing written
// before "Save", the wallet and the Tickets tab after; a swap that books and cancels in one save; a save the
// wallet cannot pay refused before it is tried; the weekly pattern of "Repeat…". The test clock is Tuesday
// 1 September 2026, 08:30 in Paris: Thursday 3 is the first day still bookable for the canteen.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "catalog/CatalogService.h"
#include "family/Custody.h"
#include "family/CustodyDialog.h"
#include "family/FamilyFileView.h"
#include "integrity/InvariantChecker.h"
#include "planning/PlanningView.h"
#include "print/PrintService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "users/UserService.h"
#include "wallet/WalletService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

class TestPlanning : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PrintService> m_print;
    std::unique_ptr<FamilyFileView> m_view;
    BuiltFamily m_family;
    qint64 m_cantine = 0;

    PlanningView *planning() { return m_view->planning(); }

    void buy(int quantity) { test::buyTickets(m_db->session(), m_family.householdId, m_cantine, quantity); }

    // Clicks the dot of a child (row) on a day of September.
    void clickDot(int row, int day)
    {
        QTableView *grid = planning()->grid();
        const QModelIndex index = planning()->model()->index(row, day - 1);
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
    }

    QString bookedDays()
    {
        QSqlQuery q(m_db->db().connection());
        q.exec(QStringLiteral(
            "SELECT group_concat(d, ' ') FROM (SELECT c.first_name || substr(b.service_day, 9) AS d "
            "FROM booking b JOIN child c ON c.id = b.child_id WHERE b.status = 'booked' ORDER BY "
            "b.service_day, c.id)"));
        return q.next() ? q.value(0).toString() : QString();
    }

    int balance() { return must(m_db->session().wallet().balance(m_family.householdId, m_cantine)); }

    void verifyHolds() { QCOMPARE(test::verifyFindings(m_db->session()), QString()); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(m_db->session().catalog().activities()))
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
        m_family = FamilyBuilder(m_db->session())
                       .payer(QStringLiteral("Lefèvre"), QStringLiteral("Marie"))
                       .child(QStringLiteral("Léa"))
                       .child(QStringLiteral("Hugo"), QDate(2020, 2, 3), QStringLiteral("GS"))
                       .validated()
                       .build();
        m_print = std::make_unique<PrintService>(m_db->session());
        m_view = std::make_unique<FamilyFileView>(m_db->session(), m_print.get());
        m_view->resize(1024, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->open(m_family.householdId);
        auto *tabs = m_view->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(4), QStringLiteral("Planning"));
        tabs->setCurrentIndex(4);
        planning()->selectActivity(QStringLiteral("cantine"));
        planning()->showMonth(QDate(2026, 9, 1));
    }

    void cleanup()
    {
        m_view.reset();
        m_print.reset();
        m_db.reset();
    }

    void clickDotsSeeTheWalletThenSave()
    {
        buy(5);
        planning()->reload();
        QCOMPARE(planning()->model()->rowCount(), 2);
        QCOMPARE(planning()->model()->columnCount(), 30);
        QCOMPARE(planning()->preview(),
                 QStringLiteral("Tickets in the wallet: 5. Click the days to book or cancel, then save."));
        auto *save = m_view->findChild<QPushButton *>(QStringLiteral("planningSave"));
        QVERIFY(!save->isEnabled());

        clickDot(0, 3); // Léa, Thursday 3
        QCOMPARE(planning()->preview(),
                 QStringLiteral("Saving books 1 day(s) and cancels 0 day(s): 1 ticket(s) "
                                "taken, 0 given back — 4 in the wallet after (5 now)."));
        // Friday 4 for both children, from the day's header.
        QHeaderView *header = planning()->grid()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(3) + 5, header->height() / 2));
        // Monday 7 for Léa from the keyboard.
        planning()->grid()->setFocus();
        planning()->grid()->setCurrentIndex(planning()->model()->index(0, 6));
        QTest::keyClick(planning()->grid(), Qt::Key_Space);
        // Wednesday 2 and Tuesday 1 (past the deadline) do not toggle.
        clickDot(0, 2);
        clickDot(1, 1);
        QCOMPARE(planning()->preview(),
                 QStringLiteral("Saving books 4 day(s) and cancels 0 day(s): 4 ticket(s) "
                                "taken, 0 given back — 1 in the wallet after (5 now)."));
        QCOMPARE(planning()->model()->index(0, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("mercredi 2 septembre — Léa : mercredi"));
        QCOMPARE(bookedDays(), QString()); // nothing written before saving
        QVERIFY(save->isEnabled());
        click(m_view.get(), "planningSave");
        QCOMPARE(bookedDays(), QStringLiteral("Léa03 Léa04 Hugo04 Léa07"));
        QCOMPARE(balance(), 1);
        QVERIFY(m_view->ticketSummary().contains(QStringLiteral("Cantine 1")));
        QCOMPARE(planning()->model()->index(0, 2).data(PlanningModel::StatusRole).toString(),
                 QStringLiteral("booked"));
        QVERIFY(!save->isEnabled());

        // A swap: Léa's Thursday cancelled, Hugo's Monday and Tuesday booked — 2 taken, 1 given back.
        clickDot(0, 3);
        clickDot(1, 7);
        clickDot(1, 8);
        QCOMPARE(planning()->preview(),
                 QStringLiteral("Saving books 2 day(s) and cancels 1 day(s): 2 ticket(s) "
                                "taken, 1 given back — 0 in the wallet after (1 now)."));
        save->setFocus(); // saved from the keyboard: the focus stays in the month, not elsewhere in the
                          // window
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(bookedDays(), QStringLiteral("Léa04 Hugo04 Léa07 Hugo07 Hugo08"));
        QCOMPARE(QApplication::focusWidget(), planning()->grid());
        QCOMPARE(balance(), 0);

        // One more day than the wallet holds: said before saving, and Save stays off.
        clickDot(0, 10);
        QCOMPARE(planning()->preview(),
                 QStringLiteral("Not enough Cantine tickets: 1 needed, 0 in the wallet. "
                                "Sell tickets first; nothing was booked."));
        QVERIFY(!save->isEnabled());
        click(m_view.get(), "planningRevert");
        QVERIFY(!planning()->model()->hasPending());
        QCOMPARE(bookedDays(), QStringLiteral("Léa04 Hugo04 Léa07 Hugo07 Hugo08"));
        verifyHolds();
    }

    // "Repeat…": Mondays, Tuesdays, Thursdays and Fridays of two weeks for both children, shown then saved.
    void repeatAWeeklyPattern()
    {
        buy(20);
        planning()->reload();
        bool shown = false;
        onNextModal([&](QWidget *modal) {
            auto *from = modal->findChild<QDateEdit *>(QStringLiteral("repeatFrom"));
            auto *to = modal->findChild<QDateEdit *>(QStringLiteral("repeatTo"));
            QVERIFY(from && to);
            from->setDate(QDate(2026, 9, 14));
            to->setDate(QDate(2026, 9, 25));
            QCOMPARE(
                modal->findChild<QLabel *>(QStringLiteral("repeatSummary"))->text(),
                QStringLiteral("Cantine: 16 day(s) booked; 4 in the wallet after (20 now); 0 left alone."));
            shown = true;
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        click(m_view.get(), "planningRepeat");
        QVERIFY(shown);
        QCOMPARE(balance(), 4);
        QCOMPARE(bookedDays().count(QLatin1Char(' ')) + 1, 16);
        QCOMPARE(planning()->model()->index(1, 24).data(PlanningModel::StatusRole).toString(),
                 QStringLiteral("booked")); // Hugo, Friday 25
        verifyHolds();
    }

    // A régisseur logged in sees "Save beyond the wallet…" when the wallet is short, and saves with a reason:
    // the days not covered are owed. An agent never sees the button.
    void aRegisseurSavesBeyondTheWallet()
    {
        UserService &users = m_db->session().users();
        must(users.add(QStringLiteral("admin"), QStringLiteral("Paul Admin"), Role::Admin,
                       QStringLiteral("12345678")));
        m_db->session().setUser(
            must(users.authenticate(QStringLiteral("admin"), QStringLiteral("12345678"))));
        must(users.add(QStringLiteral("marie"), QStringLiteral("Marie Agent"), Role::Agent,
                       QStringLiteral("12345678")));
        must(users.add(QStringLiteral("luc"), QStringLiteral("Luc Régie"), Role::Regisseur,
                       QStringLiteral("12345678")));
        auto *beyond = m_view->findChild<QPushButton *>(QStringLiteral("planningBeyond"));
        m_db->session().setUser(
            must(users.authenticate(QStringLiteral("marie"), QStringLiteral("12345678"))));
        clickDot(0, 3);
        QVERIFY(planning()->preview().startsWith(QStringLiteral("Not enough Cantine tickets")));
        QVERIFY(!beyond->isVisibleTo(m_view.get()));
        click(m_view.get(), "planningRevert");

        m_db->session().setUser(must(users.authenticate(QStringLiteral("luc"), QStringLiteral("12345678"))));
        clickDot(0, 3);
        clickDot(1, 3);
        QVERIFY(beyond->isVisibleTo(m_view.get()));
        planning()->setReasonPrompt([] { return QStringLiteral("Paiement promis vendredi"); });
        click(m_view.get(), "planningBeyond");
        QCOMPARE(bookedDays(), QStringLiteral("Léa03 Hugo03"));
        QCOMPARE(must(m_db->session().wallet().owed(m_family.householdId, m_cantine)), 2);
        QVERIFY(!beyond->isVisibleTo(m_view.get()));
        verifyHolds();
    }

    // Shared custody from the Children tab: Léa also lives with the Durands; "Custody…" sets alternate weeks
    // (the Lefèvres from the week of 31 August) and a dated stay; an overlapping stay is refused in the
    // dialog; the planning then locks the Durands' days with the reason; removing the weeks frees them.
    void custodyFromTheChildrenTab()
    {
        const auto durand = FamilyBuilder(m_db->session())
                                .payer(QStringLiteral("Durand"), QStringLiteral("Marc"))
                                .child(QStringLiteral("Tom"))
                                .validated()
                                .build();
        const qint64 lea = m_family.childIds.first();
        QVERIFY(m_db->session().family().attachChild(durand.householdId, lea));
        buy(10);
        m_view->open(m_family.householdId);
        auto *tabs = m_view->findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        auto *children = m_view->findChild<QTableWidget *>(QStringLiteral("children"));
        QCOMPARE(children->item(0, 0)->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Léa Lefèvre"));
        children->setCurrentCell(0, 0);
        bool shown = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<CustodyDialog *>(modal);
            QVERIFY(dialog);
            auto *household = modal->findChild<QComboBox *>(QStringLiteral("custodyWeeksHousehold"));
            QCOMPARE(household->count(), 2);
            QCOMPARE(household->itemText(0), QStringLiteral("Lefèvre"));
            modal->findChild<QDateEdit *>(QStringLiteral("custodyWeeksMonday"))->setDate(QDate(2026, 8, 31));
            click(modal, "custodyApplyWeeks");
            QCOMPARE(dialog->periods()->rowCount(), 2);
            QCOMPARE(dialog->periods()->item(1, 0)->text(), QStringLiteral("Durand"));
            QCOMPARE(dialog->periods()->item(1, 2)->text(), QStringLiteral("week of 07/09/2026"));
            auto *with = modal->findChild<QComboBox *>(QStringLiteral("custodyDatesHousehold"));
            with->setCurrentIndex(1);
            modal->findChild<QDateEdit *>(QStringLiteral("custodyFrom"))->setDate(QDate(2026, 9, 17));
            modal->findChild<QDateEdit *>(QStringLiteral("custodyTo"))->setDate(QDate(2026, 9, 18));
            click(modal, "custodyAddDates");
            QCOMPARE(dialog->periods()->rowCount(), 3);
            modal->findChild<QDateEdit *>(QStringLiteral("custodyFrom"))->setDate(QDate(2026, 9, 18));
            modal->findChild<QDateEdit *>(QStringLiteral("custodyTo"))->setDate(QDate(2026, 9, 21));
            click(modal, "custodyAddDates");
            QCOMPARE(dialog->error(),
                     QStringLiteral("These dates overlap the stay with Durand from 17/09/2026 to "
                                    "18/09/2026: remove that period first."));
            QCOMPARE(dialog->periods()->rowCount(), 3);
            shown = true;
            dialog->reject();
        });
        click(m_view.get(), "custodyButton");
        QVERIFY(shown);
        QVERIFY(
            children->item(0, 5)->text().contains(QStringLiteral("Custody: alternate weeks: Lefèvre from the "
                                                                 "week of 31/08/2026")));

        tabs->setCurrentIndex(4);
        planning()->showMonth(QDate(2026, 9, 1));
        PlanningModel *model = planning()->model();
        QVERIFY(model->index(0, 3).data(PlanningModel::EditableRole).toBool());  // Thursday 3: theirs
        QVERIFY(!model->index(0, 7).data(PlanningModel::EditableRole).toBool()); // Tuesday 8: the Durands'
        QVERIFY2(model->index(0, 7)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("in the care of Durand that day")),
                 qPrintable(model->index(0, 7).data(Qt::ToolTipRole).toString()));
        QVERIFY(!model->index(0, 16).data(PlanningModel::EditableRole).toBool()); // Thursday 17: the stay
        QVERIFY(model->index(1, 7).data(PlanningModel::EditableRole).toBool());   // Hugo is not shared

        QVERIFY(m_db->session().custody().clear(lea));
        planning()->reload();
        QVERIFY(model->index(0, 7).data(PlanningModel::EditableRole).toBool());
    }
};

QTEST_MAIN(TestPlanning)
#include "tst_planning.moc"
