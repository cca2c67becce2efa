// The family file's Emails tab driven offscreen: the messages the family's events queued with their state,
// the family refusing emails (nothing more is queued, the tab says so, the history records it), and a
// message that failed sent again.
#include "Fixtures.h"
#include "MainWindow.h"
#include "RawConnection.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "family/FamilyService.h"
#include "mail/MessagesView.h"
#include "mail/Outbox.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace guichet {

using namespace guichet::test;

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Administration › Announce the plannings: the school year chosen, every validated family's message
    // queued.
    void announceThePlannings()
    {
        TestDatabase db;
        const qint64 household =
            FamilyBuilder(db.session()).child(QStringLiteral("Léa")).validated().build().householdId;
        MainWindow window(db.session());
        window.show();
        QString told;
        onNext<QInputDialog>([&](QInputDialog *d) {
            QCOMPARE(d->textValue(), QStringLiteral("2026-2027"));
            onNext<QMessageBox>([&](QMessageBox *box) {
                told = box->text();
                box->accept();
            });
            d->accept();
        });
        window.findChild<QAction *>(QStringLiteral("announcePlanningsAction"))->trigger();
        QCOMPARE(told, QStringLiteral("1 message(s) queued: they leave with the next delivery."));
        QCOMPARE(must(db.session().mail().messages(household)).first().kind,
                 QStringLiteral("plannings_open"));
    }

    void theEmailsTab()
    {
        TestDatabase db;
        const qint64 household =
            FamilyBuilder(db.session()).child(QStringLiteral("Léa")).validated().build().householdId;
        MessagesView view(db.session());
        view.setHousehold(household);
        view.show();
        auto *table = view.findChild<QTableWidget *>(QStringLiteral("messages"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("File validated"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Your family file has been processed"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Waiting"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Account created"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("mailState"))->text(),
                 QStringLiteral("Messages go to the family's email address."));

        // A message that failed is sent again on the clerk's word.
        QVERIFY(RawConnection(db.path()).exec(QStringLiteral(
            "UPDATE mail_message SET status = 'failed', attempts = 8, last_error = 'Le serveur a refusé' "
            "WHERE kind = 'welcome'")));
        view.reload();
        auto *resend = view.findChild<QPushButton *>(QStringLiteral("resendButton"));
        table->selectRow(0);
        QVERIFY(!resend->isEnabled()); // waiting: nothing to resend
        table->selectRow(1);
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Le serveur a refusé"));
        QVERIFY(resend->isEnabled());
        resend->click();
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Waiting"));

        // The family refuses emails: the tab says so and nothing more is queued.
        view.findChild<QCheckBox *>(QStringLiteral("emailRefused"))->click();
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("mailState"))->text(),
                 QStringLiteral("The family refused emails: nothing is sent to it."));
        QVERIFY(!must(db.session().mail().queue(MailKind::Invoice, household, QStringLiteral("x"),
                                                QStringLiteral("S"), QStringLiteral("B"))));
        QCOMPARE(must(db.session().family().history(household)).first().field,
                 QStringLiteral("emailRefused"));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestMessages)
#include "tst_messages.moc"
