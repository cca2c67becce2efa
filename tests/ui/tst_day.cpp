// "La journée" through the real widgets, offscreen: the day's list of a school and activity marked with the
// keyboard (P, A, E with its reason, then everyone else present), what the list says and what the database
// holds after each key; a day still to come refused; the CSV saved; the kitchen's counts for a day and for
// the week; Ctrl+J in the main window. The test clock starts on Tuesday 1 September 2026, 08:30 in Paris;
// the families are booked for Thursday 3 and Friday 4 September.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "catalog/CatalogService.h"
#include "day/AttendanceView.h"
#include "day/DayPage.h"
#include "day/KitchenView.h"
#include "planning/BookingService.h"
#include "print/PrintService.h"
#include "sales/SalesService.h"
#include "wallet/WalletService.h"

#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::test;

class TestDay : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PrintService> m_print;
    std::unique_ptr<DayPage> m_page;
    qint64 m_cantine = 0;
    qint64 m_school = 0;
    BuiltFamily m_martin, m_roux;

    Session &session() { return m_db->session(); }
    AttendanceView *attendance() { return m_page->attendance(); }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    QString value(const QString &sql)
    {
        QSqlQuery q(m_db->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    // A validated family of the school, with 10 canteen tickets, booked on Thursday 3 and Friday 4.
    BuiltFamily family(const QString &payer, const QStringList &children)
    {
        FamilyBuilder builder(session());
        builder.payer(payer, QStringLiteral("Claire"));
        for (const QString &child : children)
            builder.child(child);
        const auto built = builder.validated().build();
        for (const qint64 child : built.childIds)
            exec(QStringLiteral("UPDATE child SET school_id = %1 WHERE id = %2").arg(m_school).arg(child));
        test::buyTickets(session(), built.householdId, m_cantine, 10);
        test::bookDays(session(), built.householdId, built.childIds, m_cantine, QDate(2026, 9, 3),
                       QDate(2026, 9, 4));
        return built;
    }

    // "Name:status" of the list's rows, as the table shows them.
    QString rows()
    {
        QTableWidget *table = attendance()->table();
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out += table->item(r, 1)->text() + QLatin1Char(':') + table->item(r, 3)->text();
        return out.join(QStringLiteral(", "));
    }

    void key(Qt::Key k) { QTest::keyClick(attendance()->table(), k); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(session().catalog().activities()))
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
        exec(QStringLiteral(
            "INSERT INTO school (uuid, name, kind, created_at) VALUES ('s1', 'École Jean-Macé', "
            "'primaire', 'now')"));
        m_school = value(QStringLiteral("SELECT id FROM school WHERE uuid = 's1'")).toLongLong();
        m_martin = family(QStringLiteral("Martin"), {QStringLiteral("Léa"), QStringLiteral("Hugo")});
        m_roux = family(QStringLiteral("Roux"), {QStringLiteral("Zoé")});
        exec(QStringLiteral("UPDATE child SET allergies = 'arachide' WHERE id = %1")
                 .arg(m_roux.childIds.first()));
        m_db->clock().set(QDateTime(QDate(2026, 9, 3), QTime(12, 15), QTimeZone("Europe/Paris")));
        m_print = std::make_unique<PrintService>(session());
        m_page = std::make_unique<DayPage>(session(), m_print.get());
        m_page->resize(1024, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        attendance()->selectSchool(m_school);
        attendance()->selectActivity(QStringLiteral("cantine"));
        attendance()->setDay(QDate(2026, 9, 3));
    }

    void cleanup()
    {
        m_page.reset();
        m_print.reset();
        m_db.reset();
    }

    // P, A and E on the list, row after row: each key is one mark in the database, the cursor moves on; an
    // excused absence asks why and gives the ticket back; then everyone else present.
    void markTheListWithTheKeyboard()
    {
        QCOMPARE(rows(), QStringLiteral("Hugo:to mark, Léa:to mark, Zoé:to mark"));
        QCOMPARE(attendance()->table()->item(2, 4)->text(), QStringLiteral("allergies: arachide"));
        QCOMPARE(attendance()->summary(),
                 QStringLiteral("3 child(ren) booked: 0 present, 0 absent, 0 excused, 3 to mark."));
        attendance()->table()->setFocus();
        attendance()->table()->setCurrentCell(0, 3);
        key(Qt::Key_P); // Hugo
        QCOMPARE(attendance()->table()->currentRow(), 1);
        QString askedFor;
        attendance()->setReasonPrompt([&](const QString &child) {
            askedFor = child;
            return QStringLiteral("Certificat médical du Dr Roux");
        });
        key(Qt::Key_E); // Léa
        QCOMPARE(askedFor, QStringLiteral("Léa"));
        QCOMPARE(rows(), QStringLiteral("Hugo:present, Léa:excused absence — Certificat médical du Dr Roux, "
                                        "Zoé:to mark"));
        QCOMPARE(must(session().wallet().balance(m_martin.householdId, m_cantine)), 7); // 10 - 4 + 1
        QCOMPARE(m_page->banner(), QStringLiteral("Léa MARTIN: excused absence."));

        // An excused absence stays so: the key is refused, said in the banner.
        attendance()->table()->setCurrentCell(1, 3);
        key(Qt::Key_A);
        QCOMPARE(m_page->banner(),
                 QStringLiteral("The absence of Léa on 03/09/2026 is already excused and the "
                                "ticket given back: it stays so."));
        // A cancelled prompt marks nothing.
        attendance()->setReasonPrompt([](const QString &) { return QString(); });
        attendance()->table()->setCurrentCell(2, 3);
        key(Qt::Key_E);
        QCOMPARE(rows(), QStringLiteral("Hugo:present, Léa:excused absence — Certificat médical du Dr Roux, "
                                        "Zoé:to mark"));

        click(m_page.get(), "attendanceRest");
        QCOMPARE(rows(), QStringLiteral("Hugo:present, Léa:excused absence — Certificat médical du Dr Roux, "
                                        "Zoé:present"));
        QCOMPARE(attendance()->summary(),
                 QStringLiteral("3 child(ren) booked: 2 present, 0 absent, 1 excused, 0 to mark."));
        QCOMPARE(m_page->banner(), QStringLiteral("1 child(ren) marked present."));
        QCOMPARE(
            value(QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM booking WHERE "
                                 "service_day = '2026-09-03' ORDER BY child_id)")),
            QStringLiteral("excused,present,present"));
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // A child of the school who came without a booking: chosen among the children not on the list, added as
    // present, charged to the household's wallet with the surcharge; the wallet short, the rest is owed and
    // the banner says so in red.
    void presentWithoutABooking()
    {
        const auto noah = FamilyBuilder(session())
                              .payer(QStringLiteral("Bernard"), QStringLiteral("Anne"))
                              .child(QStringLiteral("Noah"))
                              .validated()
                              .build();
        exec(QStringLiteral("UPDATE child SET school_id = %1 WHERE id = %2")
                 .arg(m_school)
                 .arg(noah.childIds.first()));
        exec(QStringLiteral("UPDATE activity SET walk_in_surcharge = 1 WHERE id = %1").arg(m_cantine));
        QStringList offered;
        attendance()->setChildPrompt([&](const QList<std::pair<qint64, QString>> &children) {
            for (const auto &c : children)
                offered += c.second;
            return children.first().first;
        });
        click(m_page.get(), "attendanceWalkIn");
        QCOMPARE(offered, QStringList{QStringLiteral("BERNARD Noah (CE1)")});
        QCOMPARE(rows(),
                 QStringLiteral("Noah:present — without a booking, Hugo:to mark, Léa:to mark, Zoé:to mark"));
        QCOMPARE(m_page->banner(),
                 QStringLiteral("Recorded present without a booking, charged to Bernard: 0 ticket(s) "
                                "taken and 2 owed (the wallet had no more)."));
        QCOMPARE(must(session().wallet().owed(noah.householdId, m_cantine)), 2);
        click(m_page.get(), "attendanceWalkIn");
        QCOMPARE(m_page->banner(), QStringLiteral("Every child of this school is already on the list."));
        QCOMPARE(test::verifyFindings(session()), QString());
    }

    // Friday is still to come on Thursday: the list shows who is booked, the marks are off.
    void aDayToComeIsNotMarked()
    {
        attendance()->setDay(QDate(2026, 9, 4));
        QCOMPARE(rows(), QStringLiteral("Hugo:to mark, Léa:to mark, Zoé:to mark"));
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("attendancePresent"))->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("attendanceRest"))->isEnabled());
        QVERIFY(attendance()->summary().endsWith(QStringLiteral("Attendance is taken on the day.")));
        attendance()->table()->setCurrentCell(0, 3);
        key(Qt::Key_P);
        QCOMPARE(m_page->banner(),
                 QStringLiteral("Attendance is taken on the day: 04/09/2026 is still to come."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM booking WHERE status = 'booked'")),
                 QStringLiteral("6"));
    }

    // The list as CSV: UTF-8 with BOM, ';', a line per child.
    void theListSavedAsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        attendance()->exportCsv(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Date;School;Activity;Last name;First name;Class;File;Attendance;"));
        QCOMPARE(csv.count("\r\n"), 4);
        QVERIFY(csv.contains(";Roux;Zoé;CE1;"));
        QCOMPARE(m_page->banner(), QStringLiteral("List saved: %1").arg(QDir::toNativeSeparators(path)));
    }

    // The kitchen: Thursday's meals, then the week (Monday to Friday) — Thursday and Friday have 3 each.
    void kitchenForTheDayAndTheWeek()
    {
        m_page->tabs()->setCurrentWidget(m_page->kitchen());
        KitchenView *kitchen = m_page->kitchen();
        kitchen->setRange(QDate(2026, 9, 3), QDate(2026, 9, 3));
        QCOMPARE(kitchen->table()->rowCount(), 1);
        QCOMPARE(kitchen->table()->item(0, 1)->text(), QStringLiteral("École Jean-Macé"));
        QCOMPARE(kitchen->table()->item(0, 2)->text(), QStringLiteral("3"));
        QCOMPARE(kitchen->table()->item(0, 4)->text(), QStringLiteral("ROUX Zoé (CE1): allergies: arachide"));
        QCOMPARE(kitchen->total(), QStringLiteral("3 meal(s) in all."));
        click(m_page.get(), "kitchenWeek");
        QCOMPARE(m_page->findChild<QDateEdit *>(QStringLiteral("kitchenFrom"))->date(), QDate(2026, 8, 31));
        QCOMPARE(m_page->findChild<QDateEdit *>(QStringLiteral("kitchenTo"))->date(), QDate(2026, 9, 4));
        QCOMPARE(kitchen->table()->rowCount(), 2);
        QCOMPARE(kitchen->table()->item(1, 0)->text(), QStringLiteral("04/09/2026"));
        QCOMPARE(kitchen->total(), QStringLiteral("6 meal(s) in all."));
        QTemporaryDir dir;
        kitchen->exportCsv(dir.filePath(QStringLiteral("cuisine.csv")));
        QFile file(dir.filePath(QStringLiteral("cuisine.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 3);
    }

    // Ctrl+J in the main window shows the day, the list's keys ready.
    void ctrlJShowsTheDay()
    {
        m_page.reset();
        MainWindow window(session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(window.dayPage()->isVisible());
        QCOMPARE(window.dayPage()->tabs()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestDay)
#include "tst_day.moc"
