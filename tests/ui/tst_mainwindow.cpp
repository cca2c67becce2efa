// Drives the real counter window offscreen, as a clerk would: search, create a household with a
// mistake then fixed, add a child, try to validate with something missing, fix it, validate.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WelcomePage.h"
#include "WidgetDriver.h"
#include "admin/CounterSetupDialog.h"
#include "catalog/CatalogService.h"
#include "common/Localization.h"
#include "common/Settings.h"
#include "family/ChildDialog.h"
#include "family/FamilyFileView.h"
#include "family/NewAccountDialog.h"
#include "family/SearchPanel.h"
#include "sales/PaymentForm.h"
#include "sales/SaleDialog.h"
#include "sales/SalesService.h"
#include "sales/TicketsView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <functional>

using namespace guichet;
using namespace guichet::test;

namespace {

// The Alt+letters that two visible things of 'window' share ("d: Administration, Enregistrer en PDF").
QStringList duplicateMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto add = [&](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) != QLatin1Char('&'))
                    owners[text.at(i + 1).toLower()] += QString(text).remove(QLatin1Char('&'));
                ++i;
            }
        }
    };
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisible() && !b->inherits("QToolButton"))
            add(b->text());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible() && l->buddy())
            add(l->text());
    for (QGroupBox *g : window->findChildren<QGroupBox *>())
        if (g->isVisible())
            add(g->title());
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *a : main->menuBar()->actions())
            add(a->text());
    QStringList duplicates;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            duplicates += QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    return duplicates;
}

// Back to the source texts for the functions that follow.
void installEnglish()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_lefevre = FamilyBuilder(m_db->session())
                        .payer(QStringLiteral("Lefèvre"), QStringLiteral("Marie"))
                        .child(QStringLiteral("Léa"))
                        .validated()
                        .build()
                        .householdId;
        FamilyBuilder(m_db->session())
            .payer(QStringLiteral("N'Diaye"), QStringLiteral("Awa"))
            .phone(QStringLiteral("07 11 22 33 44"))
            .build();
        FamilyBuilder(m_db->session()).payer(QStringLiteral("Noël"), QStringLiteral("Jérôme")).build();
        m_window = std::make_unique<MainWindow>(m_db->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void searchAsYouTypeAndOpen()
    {
        SearchPanel *panel = m_window->searchPanel();
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QCOMPARE(panel->results()->model()->rowCount(), 1);
        QCOMPARE(panel->results()->model()->index(0, 1).data().toString(), QStringLiteral("Lefèvre"));
        QVERIFY(
            panel->results()->model()->index(0, 3).data().toString().contains(QStringLiteral("Léa Lefèvre")));

        panel->field()->clear();
        QTest::keyClicks(panel->field(), QStringLiteral("ndiaye"));
        QCOMPARE(panel->results()->model()->rowCount(), 1);
        QTest::keyClick(panel->field(), Qt::Key_Return);
        FamilyFileView *view = m_window->familyFileView();
        QCOMPARE(view->file().household.name, QStringLiteral("N'Diaye"));
        QVERIFY(
            view->findChild<QLabel *>(QStringLiteral("header"))
                ->text()
                .contains(QStringLiteral("N&#39;Diaye")) ||
            view->findChild<QLabel *>(QStringLiteral("header"))->text().contains(QStringLiteral("N'Diaye")));

        // Phone typed as read out, and hostile text that must match nothing rather than everything.
        panel->field()->clear();
        QTest::keyClicks(panel->field(), QStringLiteral("07 11 22"));
        QCOMPARE(panel->results()->model()->rowCount(), 1);
        panel->field()->clear();
        QTest::keyClicks(panel->field(), QStringLiteral("\" OR * ("));
        QCOMPARE(panel->results()->model()->rowCount(), 0);
    }

    void shortcutsReachTheSearchField()
    {
        SearchPanel *panel = m_window->searchPanel();
        QApplication::setActiveWindow(m_window.get());
        m_window->findChild<QListView *>(QStringLiteral("searchResults"))->setFocus();
        QVERIFY(!panel->field()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QTRY_VERIFY(panel->field()->hasFocus());
        m_window->findChild<QListView *>(QStringLiteral("searchResults"))->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(panel->field()->hasFocus());
    }

    void createHouseholdAddChildAndValidate()
    {
        const int householdsBefore = rowCount(m_db->db(), QStringLiteral("household"));
        bool wrongEmailShown = false;
        onNextModal([&](QWidget *dialog) {
            QVERIFY(qobject_cast<NewAccountDialog *>(dialog));
            type(dialog, "lastName", QStringLiteral("Dupont-Moreau"));
            type(dialog, "firstName", QStringLiteral("Élodie"));
            type(dialog, "email", QStringLiteral("elodie.dupont@"));
            type(dialog, "phoneMobile", QStringLiteral("06 98 76 54 32"));
            type(dialog, "postalCode", QStringLiteral("62500"));
            dialog->findChild<QCheckBox *>(QStringLiteral("terms"))->setChecked(true);
            dialog->findChild<QCheckBox *>(QStringLiteral("rules"))->setChecked(true);
            click(dialog, "saveButton");
            // Still open, the message is next to the email field, nothing written.
            QVERIFY(dialog->isVisible());
            const QString message =
                static_cast<NewAccountDialog *>(dialog)->errors().messageFor(QStringLiteral("email"));
            wrongEmailShown = message.contains(QStringLiteral("name@example.fr"));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("household")), householdsBefore);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
            type(dialog, "email", QStringLiteral("elodie.dupont@example.fr"));
            // Fixing the field clears its message, and the banner with it.
            QCOMPARE(static_cast<NewAccountDialog *>(dialog)->errors().messageFor(QStringLiteral("email")),
                     QString());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
            click(dialog, "saveButton");
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(wrongEmailShown);
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("household")), householdsBefore + 1);

        FamilyFileView *view = m_window->familyFileView();
        QCOMPARE(view->file().household.name, QStringLiteral("Dupont-Moreau"));
        QCOMPARE(view->file().household.status, FileStatus::Draft);
        QVERIFY(view->file().household.resident);

        // Validate too early: the banner lists what is missing.
        click(view, "validateButton");
        QVERIFY(view->bannerText().contains(QStringLiteral("Add at least one child")));
        QCOMPARE(view->file().household.status, FileStatus::Draft);

        // Add a child; the payer is offered as emergency contact.
        onNextModal([&](QWidget *dialog) {
            QVERIFY(qobject_cast<ChildDialog *>(dialog));
            type(dialog, "firstName", QStringLiteral("Zoé"));
            type(dialog, "birthDate", QStringLiteral("31/02/2019")); // no such day
            dialog->findChild<QComboBox *>(QStringLiteral("sex"))->setCurrentIndex(1);
            dialog->findChild<QComboBox *>(QStringLiteral("classLevel"))
                ->setCurrentText(QStringLiteral("CP"));
            auto *contacts = dialog->findChild<QListWidget *>(QStringLiteral("guardianContacts"));
            QCOMPARE(contacts->count(), 1);
            QCOMPARE(contacts->item(0)->checkState(), Qt::Checked);
            click(dialog, "saveButton");
            QVERIFY(dialog->isVisible());
            QVERIFY(static_cast<ChildDialog *>(dialog)
                        ->errors()
                        .messageFor(QStringLiteral("birthDate"))
                        .contains(QStringLiteral("DD/MM/YYYY")));
            QCOMPARE(rowCount(m_db->db(), QStringLiteral("child")), 1);
            type(dialog, "birthDate", QStringLiteral("14/05/2019"));
            click(dialog, "saveButton");
        });
        click(view, "addChildButton");
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(view->file().children.size(), 1);
        QCOMPARE(view->file().children.at(0).fullName(), QStringLiteral("Zoé Dupont-Moreau"));
        QCOMPARE(view->file().children.at(0).birthDate, QDate(2019, 5, 14));
        QCOMPARE(view->file().children.at(0).emergencyContacts.size(), 1);
        QCOMPARE(view->findChild<QTableWidget *>(QStringLiteral("children"))->rowCount(), 1);

        click(view, "validateButton");
        QCOMPARE(view->file().household.status, FileStatus::Validated);
        QVERIFY(view->bannerText().contains(QStringLiteral("File validated")));
        // The history shows the status change, by whom.
        auto *history = view->findChild<QTableWidget *>(QStringLiteral("history"));
        QVERIFY(history->rowCount() > 3);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("agent.test"));
        QCOMPARE(history->item(0, 5)->text(), QStringLiteral("Validated"));
        // The search results follow.
        SearchPanel *panel = m_window->searchPanel();
        panel->field()->clear();
        typeText(panel->field(), QStringLiteral("dupont moreau zoé"));
        QCOMPARE(panel->results()->model()->rowCount(), 1);
        QCOMPARE(panel->results()->model()->index(0, 4).data().toString(), QStringLiteral("Validated"));
    }

    void f9SellsTicketsToTheOpenFile()
    {
        SearchPanel *panel = m_window->searchPanel();
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QCOMPARE(m_window->familyFileView()->file().household.name, QStringLiteral("Lefèvre"));
        bool saleOpened = false;
        onNextModal([&](QWidget *dialog) {
            saleOpened = dialog->inherits("guichet::SaleDialog");
            dialog->close();
        });
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_VERIFY(saleOpened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    // F9 is disabled, with the reason, while no file or a file that is not validated is open: the clerk is
    // never refused after typing the quantities.
    void f9DisabledUntilAValidatedFileIsOpen()
    {
        QAction *sell = m_window->findChild<QAction *>(QStringLiteral("sellTicketsAction"));
        QVERIFY(!sell->isEnabled());
        QCOMPARE(sell->toolTip(), QStringLiteral("Open a family file first (search, then Enter)."));
        SearchPanel *panel = m_window->searchPanel();
        QTest::keyClicks(panel->field(), QStringLiteral("ndiaye"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QCOMPARE(m_window->familyFileView()->file().household.name, QStringLiteral("N'Diaye"));
        QVERIFY(!sell->isEnabled());
        QCOMPARE(sell->toolTip(),
                 QStringLiteral("The file is \"Draft\": tickets are sold once it is validated."));
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QVERIFY(!QApplication::activeModalWidget());
        // Nothing owed here: "Take a payment" (F10) is disabled too.
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("payDebtAction"))->isEnabled());

        panel->focusSearch();
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QVERIFY(sell->isEnabled());
        QCOMPARE(sell->toolTip(), QStringLiteral("Sell tickets to this household (F9)"));
    }

    // Typed at the counter, a file number puts that family first, said so, and Enter opens it — even when
    // other families' children have INE numbers that start with the same digits.
    void fileNumberIsFoundFirst()
    {
        Session &session = m_db->session();
        for (int i = 0; i < 3; ++i)
            FamilyBuilder(session)
                .payer(QStringLiteral("Abadie"), QStringLiteral("Paul"))
                .child(QStringLiteral("Jules"), QDate(2018, 5, 14), QStringLiteral("CE1"),
                       QStringLiteral("1023%1A").arg(i, 6, 10, QLatin1Char('0')))
                .build();
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE number_series SET last_number = 1022 WHERE series = 'SO1-DOSSIER'")));
        const qint64 target = FamilyBuilder(session)
                                  .payer(QStringLiteral("Vasseur"), QStringLiteral("Victor"))
                                  .build()
                                  .householdId;
        SearchPanel *panel = m_window->searchPanel();
        QTest::keyClicks(panel->field(), QStringLiteral("1023"));
        QAbstractItemModel *results = panel->results()->model();
        QCOMPARE(results->rowCount(), 4);
        QCOMPARE(results->index(0, 1).data().toString(), QStringLiteral("Vasseur"));
        QCOMPARE(results->index(0, 6).data().toString(), QStringLiteral("Exact file number"));
        QCOMPARE(results->index(1, 6).data().toString(), QString());
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QCOMPARE(m_window->familyFileView()->file().household.id, target);
        QCOMPARE(m_window->familyFileView()->file().household.fileNumber, QStringLiteral("SO1-1023"));
    }

    // A file that cannot be read leaves nothing of the previous family on screen: no sale, no payment.
    void unreadableFileLeavesNothingBehind()
    {
        m_window->openHousehold(m_lefevre);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("sellTicketsAction"))->isEnabled());
        m_window->openHousehold(999999);
        FamilyFileView *view = m_window->familyFileView();
        QCOMPARE(view->file().household.id, qint64(0));
        QVERIFY(!view->bannerText().isEmpty());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("sellTicketsAction"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("payDebtAction"))->isEnabled());
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("header"))->text(),
                 QStringLiteral("This family file could not be read."));
    }

    // A message does not push the file down: the tabs stay where the clerk's eyes and mouse are.
    void bannersDoNotMoveTheFile()
    {
        m_window->openHousehold(m_lefevre);
        FamilyFileView *view = m_window->familyFileView();
        auto *tabs = view->findChild<QTabWidget *>();
        QCoreApplication::processEvents();
        const QRect before = tabs->geometry();
        view->saveHousehold(); // "Household saved."
        QCoreApplication::processEvents();
        QCOMPARE(view->bannerText(), QStringLiteral("Household saved."));
        QCOMPARE(tabs->geometry(), before);
        const QLabel *banner = view->findChild<QLabel *>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->isWindow());
        QVERIFY(banner->geometry().top() >
                view->findChild<QLabel *>(QStringLiteral("header"))->geometry().bottom());
    }

    // Enter opens the file and the cursor leaves the search for the file; Esc brings it back.
    void openingAFileLeavesTheSearch()
    {
        SearchPanel *panel = m_window->searchPanel();
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        FamilyFileView *view = m_window->familyFileView();
        QTRY_VERIFY(view->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), panel->field());
    }

    // F12, even over an open sale: the dialog closes without writing, the file is put away, the search is
    // empty and has the cursor.
    void nextCustomerStartsAfresh()
    {
        SearchPanel *panel = m_window->searchPanel();
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        bool saleOpened = false;
        onNextModal([&](QWidget *dialog) {
            saleOpened = dialog->inherits("guichet::SaleDialog");
            QTest::keyClick(dialog, Qt::Key_F12);
        });
        QTest::keyClick(m_window.get(), Qt::Key_F9);
        QTRY_VERIFY(saleOpened);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(rowCount(m_db->db(), QStringLiteral("invoice")), 0);
        QCOMPARE(panel->field()->text(), QString());
        QCOMPARE(panel->results()->model()->rowCount(), 0);
        QVERIFY(!m_window->familyFileView()->isVisible());
        QVERIFY(m_window->welcomePage()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), panel->field());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("sellTicketsAction"))->isEnabled());
    }

    // Between two families the counter shows its day: what it sold and took in, by means, the commune's
    // unpaid invoices, the families opened last (a click reopens one).
    void welcomePageShowsTheDay()
    {
        Session &session = m_db->session();
        const qint64 cantine = must(session.catalog().activities()).first().id;
        const qint64 paid = must(session.sales().confirmOrder(m_lefevre, {{cantine, 17}}));
        must(session.sales().pay(paid, {cheque("50,00"), cash("20,55", "30,00")}));
        must(session.sales().confirmOrder(m_lefevre, {{cantine, 4}})); // left unpaid
        SearchPanel *panel = m_window->searchPanel();
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClicks(panel->field(), QStringLiteral("lefevre"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F12);
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(m_window->welcomePage()->figuresText(),
                 QStringLiteral("Sales: 2 invoice(s) (87,15") + nbsp +
                     QStringLiteral("€)<br>Takings: 70,55") + nbsp + QStringLiteral("€ (Cash 20,55") + nbsp +
                     QStringLiteral("€, Cheque 50,00") + nbsp +
                     QStringLiteral("€) — 1 receipt(s)<br>Unpaid invoices in the commune: 1 (16,60") + nbsp +
                     QStringLiteral("€)"));
        QVERIFY2(m_window->welcomePage()->recentText().contains(QStringLiteral(">Lefèvre</a>")),
                 qPrintable(m_window->welcomePage()->recentText()));
        Q_EMIT m_window->welcomePage()->householdChosen(m_lefevre); // what a click on the link does
        QCOMPARE(m_window->familyFileView()->file().household.id, m_lefevre);
        QVERIFY(m_window->familyFileView()->isVisible());
    }

    // View › Text size: remembered for this machine, applied at the next start (Qt's scale factor).
    void zoomIsRemembered()
    {
        QCOMPARE(m_db->settings().interfaceZoom(), 100);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("zoom100"))->isChecked());
        // The test screen (800 px wide) is too small even for 100 %: larger zooms are not offered.
        QAction *zoom125 = m_window->findChild<QAction *>(QStringLiteral("zoom125"));
        QVERIFY(!zoom125->isEnabled());
        QCOMPARE(zoom125->toolTip(),
                 QStringLiteral("This screen is too small for it: the windows would not fit."));
        zoom125->setEnabled(true); // as on a 1366-pixel screen
        zoom125->trigger();
        QCOMPARE(m_db->settings().interfaceZoom(), 125);
        m_db->settings().setInterfaceZoom(300); // not offered: back to 100
        QCOMPARE(m_db->settings().interfaceZoom(), 100);
    }

    // A whole sale from the keyboard, counting the keys (a chord such as Alt+C is one): search → 10 cantine
    // + 20 garderie du matin → a cheque of 50 € and the rest in cash with change → receipt. 57 keys before
    // this issue; the count is asserted so that it does not creep back up.
    void fullSaleByKeyboard()
    {
        int keys = 0;
        const auto press = [&keys](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClick(target, key, modifiers);
            ++keys;
        };
        const auto typeKeys = [&](const QString &text) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QTest::keyClicks(target, text);
            keys += int(text.size());
        };
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::focusWidget(), m_window->searchPanel()->field());
        typeKeys(QStringLiteral("lefevre"));
        press(Qt::Key_Return);
        QCOMPARE(m_window->familyFileView()->file().household.id, m_lefevre);

        bool paid = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<SaleDialog *>(modal);
            QVERIFY(dialog);
            QApplication::setActiveWindow(dialog);
            QTRY_COMPARE(QApplication::focusWidget(), dialog->quantityBox(QStringLiteral("cantine")));
            typeKeys(QStringLiteral("10"));
            press(Qt::Key_Tab);
            typeKeys(QStringLiteral("20")); // garderie du matin, the next row
            QCOMPARE(dialog->totalText(), QStringLiteral("73,50") + QChar(0x00A0) + QStringLiteral("€"));
            press(Qt::Key_Return); // place the order
            press(Qt::Key_Return); // confirm it: the invoice
            QCOMPARE(dialog->page(), SaleDialog::Page::Payment);
            PaymentForm *form = dialog->paymentForm();
            press(Qt::Key_H, Qt::AltModifier); // C&heque
            QTRY_COMPARE(QApplication::focusWidget(),
                         form->findChild<QLineEdit *>(QStringLiteral("chequeAmount")));
            typeKeys(QStringLiteral("50"));
            QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("cashAmount"))->text(),
                     QStringLiteral("23,50"));
            press(Qt::Key_Tab);
            typeKeys(QStringLiteral("1234567"));
            press(Qt::Key_Tab);
            typeKeys(QStringLiteral("CA"));
            press(Qt::Key_O, Qt::AltModifier); // Cash handed &over
            QTRY_COMPARE(QApplication::focusWidget(),
                         form->findChild<QLineEdit *>(QStringLiteral("cashTendered")));
            typeKeys(QStringLiteral("30"));
            press(Qt::Key_Return); // pay
            QVERIFY(form->outcome());
            QCOMPARE(form->outcome()->change, Money::fromCents(650));
            QCOMPARE(form->outcome()->paid, Money::fromCents(7350));
            // The receipt: Enter prints it (the default button now), one more key.
            QVERIFY(form->printReceiptButton()->isDefault());
            ++keys;
            paid = true;
            dialog->close();
        });
        press(Qt::Key_F9);
        QTRY_VERIFY(paid);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(keys, 35);
    }

    // A new database first learns which counter it is (app/main.cpp shows this dialog before the window).
    void firstStartNamesTheCounter()
    {
        TestDatabase fresh(false);
        QVERIFY(!fresh.session().counter().isSetUp());
        CounterSetupDialog dialog(fresh.session());
        dialog.show();
        type(&dialog, "counterCode", QStringLiteral("2AB"));
        type(&dialog, "counterName", QStringLiteral("Annexe Nord"));
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.errors()
                    .messageFor(QStringLiteral("code"))
                    .startsWith(QStringLiteral("The counter code has 2 to 6")));
        QVERIFY(!fresh.session().counter().isSetUp());
        type(&dialog, "counterCode", QStringLiteral("so2")); // typed in lower case, kept in capitals
        click(&dialog, "saveButton");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fresh.session().counter().code, QStringLiteral("SO2"));
        QCOMPARE(fresh.session().counter().name, QStringLiteral("Annexe Nord"));
    }

    // The levels offered follow the school chosen: a maternelle teaches TPS to GS only.
    void classLevelsFollowTheSchool()
    {
        addSchool(m_db->session(), QStringLiteral("École maternelle Les Tilleuls"),
                  QStringLiteral("maternelle"));
        const auto file = m_db->session().family().load(m_lefevre);
        QVERIFY(file.ok());
        ChildDialog dialog(m_db->session(), file.value(), Child{});
        auto *school = dialog.findChild<QComboBox *>(QStringLiteral("school"));
        auto *level = dialog.findChild<QComboBox *>(QStringLiteral("classLevel"));
        QCOMPARE(level->count(), 10); // unknown school: every level, and none chosen
        school->setCurrentIndex(school->findText(QStringLiteral("École maternelle Les Tilleuls")));
        QStringList offered;
        for (int i = 0; i < level->count(); ++i)
            offered += level->itemText(i);
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("TPS"), QStringLiteral("PS"),
                                       QStringLiteral("MS"), QStringLiteral("GS")}));
    }

    // The diet options cannot be read: the child's diets would show unticked and saving would erase
    // them, so the dialog says why and cannot save.
    void childDialogWithoutItsListsCannotSave()
    {
        const auto file = m_db->session().family().load(m_lefevre);
        QVERIFY(file.ok());
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE diet_option RENAME TO diet_option_away")));
        ChildDialog dialog(m_db->session(), file.value(), file.value().children.first());
        dialog.show();
        const auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("nothing was saved")) ||
                message->text().contains(QStringLiteral("rien n'a été enregistré")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE diet_option_away RENAME TO diet_option")));
    }

    // In French, as the counter runs: every Alt+letter of what is on screen means one thing — the main
    // window with a file open on its Tickets tab, and the sale's payment page.
    void altShortcutsAreUnique()
    {
        installFrenchTranslation(*qApp);
        MainWindow window(m_db->session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openHousehold(m_lefevre);
        FamilyFileView *view = window.familyFileView();
        view->findChild<QTabWidget *>()->setCurrentWidget(view->tickets());
        QCOMPARE(duplicateMnemonics(&window), QStringList());

        bool checked = false;
        onNextModal([&](QWidget *dialog) {
            click(dialog, "placeOrderButton"); // nothing ordered: refused, still on the order page
            QCOMPARE(duplicateMnemonics(dialog), QStringList());
            dialog->findChild<QSpinBox *>(QStringLiteral("quantity_cantine"))->setValue(2);
            click(dialog, "placeOrderButton");
            click(dialog, "confirmOrderButton");
            QCOMPARE(duplicateMnemonics(dialog), QStringList());
            checked = true;
            dialog->close();
        });
        view->sellTickets();
        QTRY_VERIFY(checked);
        installEnglish();
    }

    void frenchByDefault()
    {
        installFrenchTranslation(*qApp);
        NewAccountDialog dialog(m_db->session());
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->text(),
                 QStringLiteral("Créer le compte"));
        QCOMPARE(fileStatusLabel(FileStatus::Validated), QStringLiteral("Validé"));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_lefevre = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
