// The family file's Emails tab driven offscreen: the messages the family's events queued with their state,
// the family refusing emails (nothing more is queued, the tab says so, the history records it), and a
// message that failed sent again.
#include "Fixtures.h"
#include "MainWindow.h"
#include "RawConnection.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"
#include "catalog/CatalogService.h"
#include "family/FamilyService.h"
#include "mail/MailTemplatesDialog.h"
#include "mail/MessagesView.h"
#include "mail/Outbox.h"
#include "session/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace guichet {

using namespace guichet::test;

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Administration › Email texts: the invoice's text edited by typing, a typo refused under the field with
    // nothing saved, the preview filled with the family's real invoice, a placeholder inserted by
    // double-click, the text saved and used by the next invoice, then the program's text restored.
    void editTheEmailTexts()
    {
        TestDatabase db;
        const auto family = FamilyBuilder(db.session())
                                .payer(QStringLiteral("Roux"), QStringLiteral("Léo"))
                                .child(QStringLiteral("Léa"))
                                .validated()
                                .build();
        qint64 cantine = 0;
        for (const Activity &a : must(db.session().catalog().activities()))
            if (a.code == QLatin1String("cantine"))
                cantine = a.id;
        buyTickets(db.session(), family.householdId, cantine, 3);
        MailTemplatesDialog dialog(db.session());
        dialog.show();
        QCOMPARE(dialog.familyEdit()->text(), QStringLiteral("SO1-1"));
        dialog.selectKind(MailKind::Invoice);
        QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Invoice {facture}"));
        QVERIFY(
            dialog.previewText().startsWith(QStringLiteral("Subject: Invoice SO1-2026-000001\n\nHello,")));

        dialog.subjectEdit()->clear();
        QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Facture {factur} de la famille {famille}"));
        QCOMPARE(dialog.previewText().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Subject: Facture {factur} de la famille Roux"));
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.status(), QStringLiteral("Not saved: see the message under the field."));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("subjectError"))
                    ->text()
                    .startsWith(QStringLiteral("{factur} is not a placeholder of this message")));
        QVERIFY(!must(db.session().mail().templates().get(MailKind::Invoice)).custom);

        dialog.subjectEdit()->selectAll();
        QTest::keyClicks(dialog.subjectEdit(), QStringLiteral("Facture de la famille {famille}"));
        dialog.bodyEdit()->setPlainText(QStringLiteral("Montant : "));
        dialog.bodyEdit()->moveCursor(QTextCursor::End);
        auto *placeholders = dialog.findChild<QListWidget *>(QStringLiteral("placeholders"));
        for (int i = 0; i < placeholders->count(); ++i)
            if (placeholders->item(i)->data(Qt::UserRole).toString() == QLatin1String("montant"))
                Q_EMIT placeholders->itemDoubleClicked(placeholders->item(i));
        QCOMPARE(dialog.bodyEdit()->toPlainText(), QStringLiteral("Montant : {montant}"));
        QVERIFY(!dialog.save()); // {facture} is required
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("bodyError"))->text(),
                 QStringLiteral("The text must say {facture} (the invoice's number): put it back in the "
                                "subject or the body."));
        dialog.bodyEdit()->setPlainText(QStringLiteral("Facture {facture} : {montant}"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.status(), QStringLiteral("Saved: the messages queued from now on say this."));
        buyTickets(db.session(), family.householdId, cantine, 1);
        const MailMessage latest =
            must(db.session().mail().messages(family.householdId)).at(1); // then its receipt
        QCOMPARE(latest.subject, QStringLiteral("Facture de la famille Roux"));
        QCOMPARE(latest.body, QStringLiteral("Facture SO1-2026-000002 : 4,15\u00a0€"));

        dialog.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QCOMPARE(dialog.subjectEdit()->text(), QStringLiteral("Invoice {facture}"));
        QVERIFY(!must(db.session().mail().templates().get(MailKind::Invoice)).custom);
    }

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
