// Drives the administration dialogs offscreen from the real counter window, as the administrator
// would: rename and deactivate activities, add a school year, change prices (and type wrong ones),
// change the QF brackets, and meet the refusal once tickets have been sold.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "admin/ActivitiesDialog.h"
#include "admin/CalendarDialog.h"
#include "admin/CommuneDialog.h"
#include "admin/CounterSetupDialog.h"
#include "admin/PlacesDialog.h"
#include "admin/SchoolYearsDialog.h"
#include "admin/TariffsDialog.h"
#include "admin/UsersDialog.h"
#include "calendar/SchoolCalendar.h"
#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "commune/ReferenceData.h"
#include "documents/DocumentService.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "users/UserService.h"
#include <QPlainTextEdit>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace guichet;
using namespace guichet::test;

namespace {

const QChar Nbsp(0x00A0);

void closeDialog(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Close), Qt::LeftButton);
}

// Types into the cell editor open in 'table' and presses Enter.
void typeInOpenEditor(QTableWidget *table, const QString &text)
{
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : table->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    QVERIFY(editor);
    editor->clear();
    typeText(editor, text);
    // The delegate commits in a queued call and then deletes the editor: watch it through a QPointer.
    const QPointer<QLineEdit> watched(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!watched || !watched->isVisible());
}

// Edits a table cell as a user does: open the cell's editor, type, press Enter.
void editCell(QTableWidget *table, QTableWidgetItem *item, const QString &text)
{
    QVERIFY(item);
    table->setCurrentItem(item);
    table->editItem(item);
    typeInOpenEditor(table, text);
}

// Every tariff of a year as "activity/bracket=cents", to compare before and after.
QStringList dump(const QList<Tariff> &tariffs)
{
    QStringList lines;
    for (const Tariff &t : tariffs)
        lines += QStringLiteral("%1/%2=%3").arg(t.activityId).arg(t.bracketId).arg(t.unitPrice.cents());
    return lines;
}

QString brackets(const QList<Bracket> &list)
{
    QStringList parts;
    for (const Bracket &b : list)
        parts +=
            QStringLiteral("%1:%2").arg(b.label, b.qfMax ? QString::number(*b.qfMax) : QStringLiteral("-"));
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_family =
            FamilyBuilder(m_db->session()).payer(QStringLiteral("Lefèvre"), QStringLiteral("Marie")).build();
        m_window = std::make_unique<MainWindow>(m_db->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void administrationMenu()
    {
        QMenu *menu = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->text() == QStringLiteral("&Administration"))
                menu = a->menu();
        QVERIFY(menu);
        QStringList texts;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts += a->text();
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("&Activities…"), QStringLiteral("&School years…"),
                              QStringLiteral("&Tariffs…"), QStringLiteral("School ca&lendar…"),
                              QStringLiteral("&Places per school…"), QStringLiteral("&Next school year…"),
                              QStringLiteral("Announce the &plannings…"), QStringLiteral("&Email texts…"),
                              QStringLiteral("&Commune and documents…"), QStringLiteral("This c&ounter…"),
                              QStringLiteral("Central &database…"), QStringLiteral("&Users…")}));
    }

    // Administration › School calendar: a strike day added for every school (the dialog says what it did to
    // the bookings), an empty reason refused, Wednesdays added to the week then taken away again.
    void editTheSchoolCalendar()
    {
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<CalendarDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(modal->findChild<QComboBox *>(QStringLiteral("calendarYear"))->currentText(),
                     QStringLiteral("2026-2027"));
            const int shipped = dialog->periods()->rowCount();
            QVERIFY(shipped >= 5); // the zone B holidays shipped with the demo default
            QCOMPARE(dialog->periods()->item(0, 1)->text(), QStringLiteral("Vacances de la Toussaint"));
            modal->findChild<QDateEdit *>(QStringLiteral("calendarFrom"))->setDate(QDate(2026, 10, 6));
            modal->findChild<QDateEdit *>(QStringLiteral("calendarTo"))->setDate(QDate(2026, 10, 6));
            click(modal, "calendarAdd");
            QVERIFY2(dialog->status().contains(QStringLiteral("Say why there is no service")),
                     qPrintable(dialog->status()));
            type(modal, "calendarLabel", QStringLiteral("Grève"));
            click(modal, "calendarAdd");
            QCOMPARE(dialog->status(),
                     QStringLiteral("Closure added. 0 booking(s) cancelled, their tickets given back."));
            QCOMPARE(dialog->periods()->rowCount(), shipped + 1);
            QCOMPARE(dialog->periods()->item(0, 1)->text(), QStringLiteral("Grève")); // 6 October, first
            QCOMPARE(dialog->periods()->item(0, 2)->text(), QStringLiteral("Every school"));
            auto *wednesday = modal->findChild<QCheckBox *>(QStringLiteral("weekday3"));
            QVERIFY(!wednesday->isChecked());
            wednesday->setChecked(true);
            click(modal, "calendarSaveWeek");
            QCOMPARE(dialog->status(),
                     QStringLiteral("Week saved. 0 booking(s) cancelled, their tickets given back."));
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("calendarAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QVERIFY(!must(SchoolCalendar(m_db->session()).day(QDate(2026, 10, 6))).isServiceDay());
        QVERIFY(must(SchoolCalendar(m_db->session()).day(QDate(2026, 10, 7))).isServiceDay()); // a Wednesday
    }

    // Administration › Places per school: 1 canteen place a day at Jean-Macé; a second child booked the same
    // day is refused with the places said; back to "no limit".
    void placesPerSchool()
    {
        QSqlQuery q(m_db->db().connection());
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO school (uuid, name, kind, created_at) VALUES ('s1', 'École "
                                  "Jean-Macé', 'primaire', 'now')")));
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<PlacesDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(modal->findChild<QComboBox *>(QStringLiteral("placesActivity"))->currentText(),
                     QStringLiteral("Cantine"));
            QCOMPARE(dialog->table()->rowCount(), 1);
            QCOMPARE(dialog->placesOf(0)->text(), QStringLiteral("no limit"));
            dialog->placesOf(0)->setValue(1);
            click(modal, "placesSave");
            QCOMPARE(dialog->status(), QStringLiteral("Places of Cantine saved."));
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("placesAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        CatalogService &catalog = m_db->session().catalog();
        const qint64 cantine = must(catalog.activities()).first().id;
        const qint64 school = must(m_db->session().reference().schools()).first().id;
        QCOMPARE(must(catalog.places(cantine)).value(school), 1);
        QVERIFY(catalog.setPlaces(cantine, school, -1));
        QVERIFY(must(catalog.places(cantine)).isEmpty());
    }

    // Administration › Users, as the logged-in administrator: an agent added (passwords typed twice, a short
    // one refused by its field), then disabled; the list shows both states.
    void manageTheUsers()
    {
        Session &session = m_db->session();
        must(session.users().add(QStringLiteral("admin"), QStringLiteral("Paul Martin"), Role::Admin,
                                 QStringLiteral("mairie62500")));
        session.setUser(
            must(session.users().authenticate(QStringLiteral("admin"), QStringLiteral("mairie62500"))));
        bool done = false;
        onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<UsersDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->table()->rowCount(), 1);
            type(modal, "userLogin", QStringLiteral("m.dupont"));
            type(modal, "userName", QStringLiteral("Marie Dupont"));
            type(modal, "userPassword", QStringLiteral("court"));
            type(modal, "userConfirm", QStringLiteral("court"));
            click(modal, "userAdd");
            QCOMPARE(dialog->status(), QStringLiteral("At least 8 characters."));
            type(modal, "userPassword", QStringLiteral("cantine2026"));
            type(modal, "userConfirm", QStringLiteral("cantine2026"));
            click(modal, "userAdd");
            QCOMPARE(dialog->status(), QStringLiteral("User m.dupont added."));
            QCOMPARE(dialog->table()->rowCount(), 2);
            QCOMPARE(dialog->table()->item(1, 2)->text(), QStringLiteral("agent"));
            dialog->table()->setCurrentCell(1, 0);
            click(modal, "userDisable");
            QCOMPARE(dialog->table()->item(1, 3)->text(), QStringLiteral("disabled"));
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("usersAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(session.users()
                     .authenticate(QStringLiteral("m.dupont"), QStringLiteral("cantine2026"))
                     .error()
                     .message,
                 QStringLiteral("This account is disabled: ask an administrator."));
    }

    // Administration › Commune: what every document says about who issues it. A wrong SIRET is said next to
    // its field and nothing is saved; a good one is printed on the next invoice.
    void describeTheCommune()
    {
        bool done = false;
        onNext<CommuneDialog>([&](CommuneDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("legalName"))->text(),
                     QStringLiteral("Ville de Saint-Omer"));
            type(dialog, "siret", QStringLiteral("216 207 535 00017"));
            type(dialog, "regieAct", QStringLiteral("arrêté du 12 mars 2019"));
            type(dialog, "regisseurName", QStringLiteral("Mme Claire Dubois"));
            click(dialog, "saveButton");
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errors()
                         .messageFor(QStringLiteral("siret"))
                         .startsWith(QStringLiteral("A SIRET has 14 digits")),
                     qPrintable(dialog->errors().messageFor(QStringLiteral("siret"))));
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("message"))->text(),
                     QStringLiteral("One field needs correcting; nothing was saved."));
            QCOMPARE(must(m_window->session().commune().profile()).siret, QString());
            type(dialog, "siret", QStringLiteral("216 207 535 00016"));
            // The mail server: a wrong address is said next to its field, nothing saved (the profile
            // neither).
            type(dialog, "smtpUrl", QStringLiteral("smtp://smtp.ville-saint-omer.fr:587"));
            type(dialog, "mailFrom", QStringLiteral("affaires-scolaires@"));
            click(dialog, "saveButton");
            QVERIFY(dialog->isVisible());
            QCOMPARE(
                dialog->errors().messageFor(QStringLiteral("mailFrom")),
                QStringLiteral("The sender must be an email address, e.g. affaires-scolaires@ville.fr."));
            QCOMPARE(must(m_window->session().commune().profile()).siret, QString());
            type(dialog, "mailFrom", QStringLiteral("affaires-scolaires@ville-saint-omer.fr"));
            click(dialog, "saveButton");
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("communeAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        const CommuneProfile saved = must(m_window->session().commune().profile());
        QCOMPARE(saved.siret, QStringLiteral("21620753500016"));
        QCOMPARE(saved.regieAct, QStringLiteral("arrêté du 12 mars 2019"));
        QCOMPARE(saved.regisseurName, QStringLiteral("Mme Claire Dubois"));
        const SmtpSettings mail = must(m_window->session().commune().mailServer());
        QCOMPARE(mail.url, QStringLiteral("smtp://smtp.ville-saint-omer.fr:587"));
        QCOMPARE(mail.security, QStringLiteral("starttls"));
        QCOMPARE(mail.from, QStringLiteral("affaires-scolaires@ville-saint-omer.fr"));
        // The next document says it.
        Session &session = m_window->session();
        const qint64 household = FamilyBuilder(session)
                                     .payer(QStringLiteral("Noël"), QStringLiteral("Jérôme"))
                                     .child(QStringLiteral("Zoé"))
                                     .validated()
                                     .build()
                                     .householdId;
        const qint64 invoice =
            must(session.sales().confirmOrder(household, {{activityId(QStringLiteral("cantine")), 10}}));
        const QString html = must(session.documents().invoice(invoice)).html;
        QVERIFY(html.contains(QStringLiteral("SIRET 216 207 535 00016")));
        QVERIFY(html.contains(QStringLiteral("Régisseur: Mme Claire Dubois")));
    }

    // Administration › This counter: the name may change; the code no longer, once numbers carry it.
    void renameTheCounter()
    {
        FamilyBuilder(m_window->session()).build(); // a family file numbered SO1-2 (SO1-1 is init's)
        bool done = false;
        onNext<CounterSetupDialog>([&](CounterSetupDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("counterCode"))->text(),
                     QStringLiteral("SO1"));
            type(dialog, "counterCode", QStringLiteral("so9"));
            click(dialog, "saveButton");
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("code")),
                     QStringLiteral(
                         "This counter has already issued numbers with the code SO1: the code cannot change "
                         "any more. Only the name can."));
            type(dialog, "counterCode", QStringLiteral("SO1"));
            type(dialog, "counterName", QStringLiteral("Hôtel de Ville, rez-de-chaussée"));
            click(dialog, "saveButton");
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("counterAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(m_window->session().counter().name, QStringLiteral("Hôtel de Ville, rez-de-chaussée"));
        QCOMPARE(m_window->windowTitle().section(QStringLiteral(" — "), 0, 1),
                 QStringLiteral("Saint-Omer — Hôtel de Ville, rez-de-chaussée"));
    }

    void renameDeactivateAndAddActivities()
    {
        CatalogService &catalog = m_window->session().catalog();
        const qint64 etude = activityId(QStringLiteral("etude"));
        const qint64 morning = activityId(QStringLiteral("garderie_matin"));
        QSignalSpy changed(m_window.get(), &MainWindow::catalogChanged);
        bool done = false;
        onNext<ActivitiesDialog>([&](ActivitiesDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("activities"));
            QCOMPARE(table->rowCount(), 4);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Cantine"));
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("repas"));
            QCOMPARE(table->item(0, 2)->text(), QStringLiteral("cantine"));
            QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Active"));

            // Rename: the code is shown but cannot be changed.
            dialog->selectActivity(etude);
            auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("code"));
            QCOMPARE(code->text(), QStringLiteral("etude"));
            QVERIFY(code->isReadOnly());
            type(dialog, "name", QStringLiteral("Étude du soir"));
            click(dialog, "saveButton");
            QCOMPARE(dialog->message(), QStringLiteral("Activity “Étude du soir” saved."));

            // An empty name: core's message next to the field, nothing saved.
            type(dialog, "name", QStringLiteral("  "));
            click(dialog, "saveButton");
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("name")),
                     QStringLiteral("Required: the name families and staff see."));
            QCOMPARE(dialog->message(), QStringLiteral("One field needs correcting; nothing was saved."));

            // Deactivate the morning garderie.
            dialog->selectActivity(morning);
            auto *toggle = dialog->findChild<QPushButton *>(QStringLiteral("toggleActiveButton"));
            QCOMPARE(toggle->text(), QStringLiteral("Deactivate"));
            click(dialog, "toggleActiveButton");
            QCOMPARE(dialog->message(),
                     QStringLiteral("“Garderie du matin” is deactivated: it is no longer offered for sale."));
            QCOMPARE(toggle->text(), QStringLiteral("Reactivate"));
            QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Inactive"));

            // A new activity: its code is made by core from the name.
            click(dialog, "newButton");
            QVERIFY(!code->isReadOnly());
            QCOMPARE(code->text(), QString());
            type(dialog, "name", QStringLiteral("Accueil du mercredi"));
            auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("ticketUnit"));
            unit->setCurrentText(QStringLiteral("journée"));
            click(dialog, "saveButton");
            QCOMPARE(dialog->message(), QStringLiteral("Activity “Accueil du mercredi” added."));
            QCOMPARE(table->rowCount(), 5);
            QVERIFY(code->isReadOnly());
            QCOMPARE(code->text(), QStringLiteral("accueil_du_mercredi"));

            // The same name again is refused.
            click(dialog, "newButton");
            type(dialog, "name", QStringLiteral("Accueil du mercredi"));
            click(dialog, "saveButton");
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("name")),
                     QStringLiteral("An activity with this name already exists."));
            QCOMPARE(table->rowCount(), 5);
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("activitiesAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(changed.count(), 1);

        const QList<Activity> all = must(catalog.activities(true));
        QCOMPARE(all.size(), 5);
        const auto find = [&](qint64 id) {
            return *std::find_if(all.cbegin(), all.cend(), [id](const Activity &a) { return a.id == id; });
        };
        QCOMPARE(find(etude).name, QStringLiteral("Étude du soir"));
        QCOMPARE(find(etude).code, QStringLiteral("etude"));
        QVERIFY(find(etude).active);
        QCOMPARE(find(morning).name, QStringLiteral("Garderie du matin"));
        QCOMPARE(find(morning).code, QStringLiteral("garderie_matin"));
        QVERIFY(!find(morning).active);
        QCOMPARE(all.last().name, QStringLiteral("Accueil du mercredi"));
        QCOMPARE(all.last().ticketUnit, QStringLiteral("journée"));
        QVERIFY(all.last().active);
        QStringList offered;
        for (const Activity &a : must(catalog.activities()))
            offered += a.code;
        QCOMPARE(offered, (QStringList{QStringLiteral("cantine"), QStringLiteral("garderie_soir"),
                                       QStringLiteral("etude"), QStringLiteral("accueil_du_mercredi")}));

        // Reactivate.
        onNext<ActivitiesDialog>([&](ActivitiesDialog *dialog) {
            dialog->selectActivity(morning);
            click(dialog, "toggleActiveButton");
            QCOMPARE(dialog->message(),
                     QStringLiteral("“Garderie du matin” is active again: it is offered for sale."));
            closeDialog(dialog);
        });
        m_window->editActivities();
        QVERIFY(must(catalog.activities()).size() == 5);
    }

    void addSchoolYear()
    {
        CatalogService &catalog = m_window->session().catalog();
        bool done = false;
        onNext<SchoolYearsDialog>([&](SchoolYearsDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("schoolYears"));
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2026-2027"));
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("01/09/2026"));
            QCOMPARE(table->item(0, 2)->text(), QStringLiteral("03/07/2027"));
            QCOMPARE(table->item(0, 3)->text(), QStringLiteral("21/08/2026"));

            auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("start"));
            auto *end = dialog->findChild<QDateEdit *>(QStringLiteral("end"));
            auto *opens = dialog->findChild<QDateEdit *>(QStringLiteral("bookingOpensOn"));
            QVERIFY(start->calendarPopup());
            QCOMPARE(start->displayFormat(), QStringLiteral("dd/MM/yyyy"));

            // A new year is prefilled one year after the last one.
            click(dialog, "newButton");
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("label"))->text(),
                     QStringLiteral("2027-2028"));
            QCOMPARE(start->text(), QStringLiteral("01/09/2027"));

            // Wrong label and an end before the start: core's messages next to the fields.
            type(dialog, "label", QStringLiteral("2027/28"));
            start->setDate(QDate(2027, 9, 1));
            end->setDate(QDate(2027, 7, 3));
            opens->setDate(QDate(2027, 8, 20));
            click(dialog, "saveButton");
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("label")),
                     QStringLiteral("Type the school year as 2026-2027."));
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("end")),
                     QStringLiteral("The last day must come after the first day."));
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("bookingOpensOn")),
                     QStringLiteral("Bookings must open before the end of the school year."));
            QCOMPARE(dialog->message(), QStringLiteral("3 fields need correcting; nothing was saved."));
            QCOMPARE(must(catalog.schoolYears()).size(), 1);

            type(dialog, "label", QStringLiteral("2027-2028"));
            end->setDate(QDate(2028, 7, 4));
            click(dialog, "saveButton");
            QCOMPARE(dialog->message(), QStringLiteral("School year 2027-2028 added."));
            QCOMPARE(dialog->errors().messageFor(QStringLiteral("end")), QString());
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(1, 3)->text(), QStringLiteral("20/08/2027"));
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("schoolYearsAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);

        const QList<SchoolYear> years = must(catalog.schoolYears());
        QCOMPARE(years.size(), 2);
        QCOMPARE(years.at(1).label, QStringLiteral("2027-2028"));
        QCOMPARE(years.at(1).start, QDate(2027, 9, 1));
        QCOMPARE(years.at(1).end, QDate(2028, 7, 4));
        QCOMPARE(years.at(1).bookingOpensOn, QDate(2027, 8, 20));
        QCOMPARE(years.at(0).bookingOpensOn, QDate(2026, 8, 21));
    }

    void changeAPrice()
    {
        CatalogService &catalog = m_window->session().catalog();
        const qint64 cantine = activityId(QStringLiteral("cantine"));
        const qint64 first = must(catalog.brackets(1)).at(0).id;
        const QStringList before = dump(must(catalog.tariffs(1)));
        bool done = false;
        onNext<TariffsDialog>([&](TariffsDialog *dialog) {
            QCOMPARE(dialog->schoolYearId(), qint64(1));
            QCOMPARE(
                dialog->findChild<QLabel *>(QStringLiteral("pricingRule"))->text(),
                QStringLiteral("A household's bracket comes from its payer's QF with a proof dated within "
                               "one year before the start of the school year; otherwise the highest "
                               "bracket applies. Non-residents pay the non-resident price."));
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("prices"));
            QCOMPARE(grid->columnCount(), 5);
            QCOMPARE(grid->rowCount(), 4);
            QCOMPARE(grid->horizontalHeaderItem(1)->text(), QStringLiteral("Residents\nQF ≤ 600"));
            QCOMPARE(grid->horizontalHeaderItem(4)->text(), QStringLiteral("Non-residents"));
            QCOMPARE(grid->item(0, 0)->text(), QStringLiteral("Cantine"));
            QCOMPARE(grid->item(0, 3)->text(), QStringLiteral("4,15") + Nbsp + QStringLiteral("€"));
            QCOMPARE(grid->item(0, 4)->text(), QStringLiteral("4,80") + Nbsp + QStringLiteral("€"));

            QTableWidgetItem *cell = dialog->priceCell(cantine, first);
            QCOMPARE(cell->text(), QStringLiteral("1,00") + Nbsp + QStringLiteral("€"));
            editCell(grid, cell, QStringLiteral("1,2"));
            QCOMPARE(cell->text(), QStringLiteral("1,20") + Nbsp + QStringLiteral("€"));
            QCOMPARE(dialog->pendingPrices(), 1);
            QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pendingPrices"))->text(),
                     QStringLiteral("1 price(s) not saved yet."));
            click(dialog, "savePricesButton");
            QCOMPARE(dialog->message(), QStringLiteral("1 price(s) saved."));
            QCOMPARE(dialog->pendingPrices(), 0);
            QCOMPARE(priceOf(cantine, first), qint64(120));

            editCell(grid, cell, QStringLiteral("1,00"));
            click(dialog, "savePricesButton");
            QCOMPARE(cell->text(), QStringLiteral("1,00") + Nbsp + QStringLiteral("€"));
            closeDialog(dialog);
            done = true;
        });
        m_window->findChild<QAction *>(QStringLiteral("tariffsAction"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(priceOf(cantine, first), qint64(100));
        QCOMPARE(dump(must(catalog.tariffs(1))), before);
    }

    void invalidPricesAreRefused()
    {
        CatalogService &catalog = m_window->session().catalog();
        const qint64 cantine = activityId(QStringLiteral("cantine"));
        const qint64 evening = activityId(QStringLiteral("garderie_soir"));
        const qint64 first = must(catalog.brackets(1)).at(0).id;
        const QStringList before = dump(must(catalog.tariffs(1)));
        bool done = false;
        onNext<TariffsDialog>([&](TariffsDialog *dialog) {
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("prices"));
            QTableWidgetItem *cell = dialog->priceCell(cantine, first);

            editCell(grid, cell, QStringLiteral("abc"));
            QCOMPARE(cell->text(), QStringLiteral("abc"));
            QCOMPARE(cell->toolTip(),
                     QStringLiteral("“abc” is not an amount: type euros and cents, e.g. 4,15."));
            QCOMPARE(dialog->message(),
                     QStringLiteral("“abc” is not an amount: type euros and cents, e.g. 4,15."));
            // A valid change elsewhere is not saved either while a cell cannot be read.
            editCell(grid, dialog->priceCell(evening, 0), QStringLiteral("2,60"));
            QCOMPARE(dialog->pendingPrices(), 2);
            click(dialog, "savePricesButton");
            QCOMPARE(
                dialog->message(),
                QStringLiteral("1 price(s) cannot be read: correct the cells in red (type euros and cents, "
                               "e.g. 4,15). Nothing was saved."));
            QCOMPARE(dump(must(catalog.tariffs(1))), before);

            // A negative amount reads, but core refuses it; the other change goes through.
            editCell(grid, cell, QStringLiteral("-2"));
            QCOMPARE(cell->text(), QStringLiteral("-2,00") + Nbsp + QStringLiteral("€"));
            click(dialog, "savePricesButton");
            QCOMPARE(dialog->message(),
                     QStringLiteral("1 price(s) saved. 1 price(s) refused, in red:\nCantine, QF ≤ 600: A "
                                    "price cannot be negative."));
            QCOMPARE(cell->toolTip(), QStringLiteral("A price cannot be negative."));
            QCOMPARE(priceOf(cantine, first), qint64(100));
            QCOMPARE(priceOf(evening, 0), qint64(260));
            QCOMPARE(dialog->pendingPrices(), 1);

            // An emptied price is not a price either.
            editCell(grid, cell, QString());
            click(dialog, "savePricesButton");
            QCOMPARE(cell->toolTip(),
                     QStringLiteral("Type a price, e.g. 4,15: a price cannot be left empty."));
            QCOMPARE(priceOf(cantine, first), qint64(100));

            // Closing with the refused cell asks before discarding it.
            bool asked = false;
            onNext<QMessageBox>([&](QMessageBox *box) {
                asked = box->text().contains(QStringLiteral("have not been saved"));
                box->button(QMessageBox::Discard)->click();
            });
            closeDialog(dialog);
            QVERIFY(asked);
            done = true;
        });
        m_window->editTariffs();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(priceOf(cantine, first), qint64(100));
        QCOMPARE(priceOf(evening, 0), qint64(260));
    }

    void editBrackets()
    {
        CatalogService &catalog = m_window->session().catalog();
        const qint64 cantine = activityId(QStringLiteral("cantine"));
        const QList<Bracket> original = must(catalog.brackets(1));
        bool done = false;
        onNext<TariffsDialog>([&](TariffsDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("brackets"));
            QCOMPARE(table->rowCount(), 3);
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("600"));
            QCOMPARE(table->item(2, 1)->text(), QStringLiteral("no upper bound"));
            QVERIFY(!(table->item(2, 1)->flags() & Qt::ItemIsEditable));

            // Not a number: refused before reaching core.
            editCell(table, table->item(0, 1), QStringLiteral("six cents"));
            click(dialog, "saveBracketsButton");
            QCOMPARE(dialog->message(),
                     QStringLiteral("“six cents” is not a QF: type each upper bound as a whole "
                                    "number, e.g. 600. Nothing was saved."));
            // Decreasing bounds: core's message.
            editCell(table, table->item(0, 1), QStringLiteral("1200"));
            click(dialog, "saveBracketsButton");
            QCOMPARE(dialog->message(),
                     QStringLiteral("Upper QF bounds must increase from one bracket to the next."));
            QCOMPARE(brackets(must(catalog.brackets(1))), brackets(original));

            // New thresholds and labels.
            editCell(table, table->item(0, 0), QStringLiteral("QF ≤ 650"));
            editCell(table, table->item(0, 1), QStringLiteral("650"));
            editCell(table, table->item(1, 0), QStringLiteral("QF 651 à 1100"));
            editCell(table, table->item(1, 1), QStringLiteral("1100"));
            editCell(table, table->item(2, 0), QStringLiteral("QF > 1100"));
            click(dialog, "saveBracketsButton");
            QCOMPARE(dialog->message(), QStringLiteral("Brackets saved. Each bracket keeps its prices; "
                                                       "fill in the grey cells of a new one."));
            QCOMPARE(brackets(must(catalog.brackets(1))),
                     QStringLiteral("QF ≤ 650:650 | QF 651 à 1100:1100 | QF > 1100:-"));
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("prices"));
            QCOMPARE(grid->horizontalHeaderItem(1)->text(), QStringLiteral("Residents\nQF ≤ 650"));
            QCOMPARE(dialog->priceCell(cantine, original.at(0).id)->text(),
                     QStringLiteral("1,00") + Nbsp + QStringLiteral("€"));

            // A fourth bracket, inserted before the unbounded one.
            dialog->addBracket();
            QCOMPARE(table->rowCount(), 4);
            QCOMPARE(table->item(3, 1)->text(), QStringLiteral("no upper bound"));
            typeInOpenEditor(table, QStringLiteral("QF 1101 à 1500")); // the new label is being edited
            QCOMPARE(table->item(2, 0)->text(), QStringLiteral("QF 1101 à 1500"));
            editCell(table, table->item(2, 1), QStringLiteral("1500"));
            editCell(table, table->item(3, 0), QStringLiteral("QF > 1500"));
            click(dialog, "saveBracketsButton");
            const QList<Bracket> now = must(catalog.brackets(1));
            QCOMPARE(brackets(now),
                     QStringLiteral("QF ≤ 650:650 | QF 651 à 1100:1100 | QF 1101 à 1500:1500 | "
                                    "QF > 1500:-"));
            QCOMPARE(grid->columnCount(), 6);
            QCOMPARE(grid->horizontalHeaderItem(4)->text(), QStringLiteral("Residents\nQF > 1500"));
            // The new bracket has no price yet; the unbounded one kept its own.
            QCOMPARE(dialog->priceCell(cantine, now.at(2).id)->text(), QString());
            QCOMPARE(dialog->priceCell(cantine, now.at(2).id)->toolTip(),
                     QStringLiteral("No price: this activity cannot be sold at this rate."));
            QCOMPARE(now.at(3).id, original.at(2).id);
            QCOMPARE(priceOf(cantine, now.at(3).id), qint64(415));
            editCell(grid, dialog->priceCell(cantine, now.at(2).id), QStringLiteral("4,50"));
            click(dialog, "savePricesButton");
            QCOMPARE(dialog->message(), QStringLiteral("1 price(s) saved."));
            QCOMPARE(priceOf(cantine, now.at(2).id), qint64(450));
            closeDialog(dialog);
            done = true;
        });
        m_window->editTariffs();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
    }

    void bracketsLockedOnceTicketsAreSold()
    {
        CatalogService &catalog = m_window->session().catalog();
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO invoice (uuid, origin_site, number, series, sequence, household_id, school_year_id, "
            "issued_at, payer_name, total_cents, clerk) VALUES ('0190c000-0000-7000-8000-00000000f001', "
            "'test', "
            "'SO1-2026-00001', 'SO1-2026', 1, ?, 1, '2026-09-01T06:30:00.000Z', 'Marie Lefèvre', 1000, "
            "'agent.test')"));
        q.addBindValue(m_family.householdId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const QString before = brackets(must(catalog.brackets(1)));
        const qint64 cantine = activityId(QStringLiteral("cantine"));
        const qint64 first = must(catalog.brackets(1)).at(0).id;
        bool done = false;
        onNext<TariffsDialog>([&](TariffsDialog *dialog) {
            // Read-only from the start, saying why, rather than refused after an edit.
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("brackets"));
            QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("addBracketButton"))->isEnabled());
            table->setCurrentCell(0, 0);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("removeBracketButton"))->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveBracketsButton"))->isEnabled());
            QCOMPARE(
                dialog->findChild<QLabel *>(QStringLiteral("bracketsNote"))->text(),
                QStringLiteral("Tickets have been sold for this school year: its brackets are fixed. Prices "
                               "can still change."));
            // Core refuses anyway (another counter, the command line).
            QCOMPARE(
                catalog.setBrackets(1, must(catalog.brackets(1))).error().message,
                QStringLiteral("Tickets have already been sold for this school year: its brackets can no "
                               "longer change. Change the prices instead, or prepare the next school year."));
            QCOMPARE(brackets(must(catalog.brackets(1))), before);
            // Prices still change.
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("prices"));
            editCell(grid, dialog->priceCell(cantine, first), QStringLiteral("1,10"));
            click(dialog, "savePricesButton");
            QCOMPARE(priceOf(cantine, first), qint64(110));
            closeDialog(dialog);
            done = true;
        });
        m_window->editTariffs();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
    }

    // F12 (next customer) over tariffs with unsaved prices: the dialog asks once; kept, it stays open and
    // F12 stops there (it used to ask again and again).
    void nextCustomerAsksOnceBeforeDroppingChanges()
    {
        const qint64 cantine = activityId(QStringLiteral("cantine"));
        const qint64 first = must(m_window->session().catalog().brackets(1)).at(0).id;
        int asked = 0;
        bool done = false;
        onNext<TariffsDialog>([&](TariffsDialog *dialog) {
            auto *grid = dialog->findChild<QTableWidget *>(QStringLiteral("prices"));
            editCell(grid, dialog->priceCell(cantine, first), QStringLiteral("1,10"));
            onNext<QMessageBox>([&](QMessageBox *box) {
                ++asked;
                box->button(QMessageBox::Cancel)->click();
            });
            QTest::keyClick(dialog, Qt::Key_F12);
            QTRY_COMPARE(asked, 1);
            QVERIFY(dialog->isVisible());
            QCOMPARE(QApplication::activeModalWidget(), dialog);
            onNext<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
            closeDialog(dialog);
            done = true;
        });
        m_window->editTariffs();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(done);
        QCOMPARE(asked, 1);
    }

    void switchingYearsShowsTheirTariffs()
    {
        CatalogService &catalog = m_window->session().catalog();
        const Result<qint64> next = catalog.saveSchoolYear(SchoolYear{
            0, QStringLiteral("2027-2028"), QDate(2027, 9, 1), QDate(2028, 7, 4), QDate(2027, 8, 20), 0});
        QVERIFY(next.ok());
        TariffsDialog dialog(catalog, QDate(2026, 9, 1));
        QCOMPARE(dialog.schoolYearId(), qint64(1));
        dialog.selectSchoolYear(next.value());
        QCOMPARE(dialog.schoolYearId(), next.value());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("schoolYearDates"))->text(),
                 QStringLiteral("From 01/09/2027 to 04/07/2028 — bookings open on 20/08/2027."));
        auto *grid = dialog.findChild<QTableWidget *>(QStringLiteral("prices"));
        QCOMPARE(grid->columnCount(), 2); // no bracket yet: only the non-resident column
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("brackets"))->rowCount(), 0);

        // A new year starts from a copy of the previous one.
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyPreviousYearButton"));
        QVERIFY(!copy->isHidden());
        QCOMPARE(copy->text(), QStringLiteral("Copy the brackets and prices of 2026-2027"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("brackets"))->rowCount(), 3);
        QCOMPARE(grid->columnCount(), 5);
        QCOMPARE(must(catalog.tariffs(next.value())).size(), 16);
        QVERIFY(copy->isHidden());
        QCOMPARE(
            dialog.message(),
            QStringLiteral("Brackets and prices copied: change what is different this year, then save."));
    }

private:
    qint64 activityId(const QString &code) const
    {
        for (const Activity &a : must(m_window->session().catalog().activities(true)))
            if (a.code == code)
                return a.id;
        return 0;
    }

    qint64 priceOf(qint64 activityId, qint64 bracketId) const
    {
        for (const Tariff &t : must(m_window->session().catalog().tariffs(1)))
            if (t.activityId == activityId && t.bracketId == bracketId)
                return t.unitPrice.cents();
        return -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    BuiltFamily m_family;
};

QTEST_MAIN(TestAdmin)
#include "tst_admin.moc"
