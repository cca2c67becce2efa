// Printed documents checked by their content: the PDF is made by DocumentService exactly as the
// counter and guichet-cli make it, then read back with poppler's pdftotext (-layout keeps each line
// of a table on one line). Runs without the French translation (the texts are the English sources),
// except frenchInvoiceCarriesTheLegalMentions, which checks the French a family reads.
// GUICHET_KEEP_DOCUMENTS=<folder> keeps a copy of every PDF made, to look at.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentService.h"
#include "integrity/InvariantChecker.h"
#include "sales/SalesService.h"
#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

namespace guichet {

using test::card;
using test::cash;
using test::cheque;
using test::euros;
using test::FamilyBuilder;
using test::must;
using test::TestDatabase;

namespace {

// The output of a poppler tool run on the PDF bytes, no-break spaces made plain.
QString popplerOutput(const QByteArray &pdf, const QString &tool, const QStringList &arguments)
{
    static int counter = 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("Cannot write the PDF to read it back");
    file.close();
    if (const QString keep = qEnvironmentVariable("GUICHET_KEEP_DOCUMENTS");
        !keep.isEmpty() && tool == QLatin1String("pdftotext")) {
        QDir().mkpath(keep);
        QFile::copy(path, QDir(keep).filePath(QStringLiteral("%1-%2.pdf")
                                                  .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                  .arg(++counter)));
    }
    QProcess process;
    process.start(tool, tool == QLatin1String("pdftotext")
                            ? arguments + QStringList{path, QStringLiteral("-")}
                            : arguments + QStringList{path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text;
}

QString pdfText(const QByteArray &pdf)
{
    return popplerOutput(pdf, QStringLiteral("pdftotext"), {QStringLiteral("-layout")});
}

// Page width and height in points, from pdfinfo.
QSizeF pageSize(const QByteArray &pdf)
{
    const QString info = popplerOutput(pdf, QStringLiteral("pdfinfo"), {});
    static const QRegularExpression pattern(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const auto match = pattern.match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

// The text as one line, runs of white space made one space (for sentences the layout may wrap).
QString flat(const QString &text)
{
    return text.simplified();
}

// One line of the extracted text matching the pattern (columns separated by any run of spaces).
bool hasLine(const QString &text, const QString &pattern)
{
    const QRegularExpression re(QStringLiteral("^\\s*") + pattern + QStringLiteral("\\s*$"),
                                QRegularExpression::MultilineOption);
    return re.match(text).hasMatch();
}

// The text of a duplicate without its DUPLICATE mark, and an original's, as comparable single lines.
QString withoutMark(const QString &text, const QString &mark)
{
    return flat(QString(text).remove(mark));
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cantine = 0;
    qint64 m_etude = 0;

    DocumentService &documents() { return m_db->session().documents(); }
    SalesService &sales() { return m_db->session().sales(); }

    qint64 household()
    {
        return FamilyBuilder(m_db->session()).child(QStringLiteral("Léa")).validated().build().householdId;
    }

    qint64 sell(qint64 householdId, QList<OrderLine> lines)
    {
        return must(sales().confirmOrder(householdId, lines));
    }

    PaymentOutcome pay(qint64 invoiceId, const QList<PaymentPart> &parts)
    {
        return must(sales().pay(invoiceId, parts));
    }

    // The invoice as PDF: issued (recorded, and kept as issued the first time) unless previewed.
    QByteArray invoicePdf(qint64 invoiceId,
                          DocumentService::Purpose purpose = DocumentService::Purpose::Issue)
    {
        return must(documents().pdf(documents().invoice(invoiceId), purpose));
    }
    QByteArray receiptPdf(const QString &number)
    {
        return must(documents().pdf(documents().receipt(number)));
    }
    QByteArray creditNotePdf(qint64 creditNoteId)
    {
        return must(documents().pdf(documents().creditNote(creditNoteId)));
    }

    int prints(const QString &kind, const QString &number)
    {
        QSqlQuery q(m_db->db().connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM document_print WHERE kind = ? AND number = ?"));
        q.addBindValue(kind);
        q.addBindValue(number);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // The commune as an administrator would describe it, SIRET and régie included.
    void describeTheCommune()
    {
        CommuneProfile profile = must(m_db->session().commune().profile());
        profile.siret = QStringLiteral("21620753500016");
        profile.regieAct = QStringLiteral("arrêté du 12 mars 2019");
        profile.regisseurName = QStringLiteral("Mme Claire Dubois");
        QVERIFY(m_db->session().commune().saveProfile(profile));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : must(m_db->session().catalog().activities())) {
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
            if (a.code == QLatin1String("etude"))
                m_etude = a.id;
        }
        QVERIFY(m_cantine > 0 && m_etude > 0);
    }

    void paidInvoiceShowsEverythingTheLawAsks()
    {
        describeTheCommune();
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        pay(invoice, {cash("70,55", "100,00")});

        const QByteArray pdf = invoicePdf(invoice);
        QVERIFY(pdf.startsWith("%PDF-"));
        const QSizeF a4 = pageSize(pdf);
        QVERIFY2(qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1,
                 qPrintable(QString::number(a4.width())));
        const QString text = pdfText(pdf);

        QVERIFY2(text.contains(QStringLiteral("Ville de Saint-Omer")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Régie de recettes des affaires scolaires")));
        QVERIFY(text.contains(QStringLiteral("Hôtel de Ville, place Victor-Hugo, 62500 Saint-Omer")));
        QVERIFY(text.contains(QStringLiteral("Tel. 03 21 12 83 06")));
        QVERIFY(text.contains(QStringLiteral("affaires-scolaires@ville-saint-omer.fr")));
        QVERIFY(text.contains(QStringLiteral("SIRET 216 207 535 00016")));
        QVERIFY(text.contains(QStringLiteral("INVOICE")));
        QVERIFY(text.contains(QStringLiteral("No. SO1-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Date\\s+01/09/2026\\s+Invoiced to")));
        QVERIFY2(
            hasLine(text, QStringLiteral(
                              "Due date\\s+01/10/2026\\s+Mme Marie Lefèvre|Due date\\s+01/10/2026\\s+.*")),
            qPrintable(text));
        QVERIFY(hasLine(text, QStringLiteral("School year\\s+2026-2027\\s*.*")));
        QVERIFY(hasLine(text, QStringLiteral("Family file no.\\s+SO1-1\\s*.*")));
        QVERIFY(text.contains(QStringLiteral("QF > 1000")));
        QVERIFY2(hasLine(text, QStringLiteral("Cantine — repas\\s+17\\s+4,15 €\\s+70,55 €")),
                 qPrintable(text));
        QVERIFY(hasLine(text, QStringLiteral("Total\\s+70,55 €")));
        QVERIFY(!text.contains(QStringLiteral("Amount due")));
        QVERIFY(text.contains(QStringLiteral("Paid on 01/09/2026 by cash.")));
        QVERIFY(text.contains(QStringLiteral("Status: Paid")));
        // Legal mentions: the régie's act and régisseur, how to contest, and the VAT wording of a commune.
        QVERIFY2(flat(text).contains(
                     QStringLiteral("Régie de recettes des affaires scolaires, created by arrêté du "
                                    "12 mars 2019 — Régisseur: Mme Claire Dubois")),
                 qPrintable(text));
        QVERIFY(flat(text).contains(
            QStringLiteral("Vous pouvez contester cette facture dans un délai de deux mois")));
        QVERIFY(flat(text).contains(QStringLiteral("VAT not applicable – article 256 B of the CGI.")));
        QVERIFY(
            !flat(text).contains(QStringLiteral("titre de recettes"))); // paid: no word on what unpaid means
        QVERIFY(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+1\\s*/\\s*1")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
        // No ligature glyphs: the words can be searched in the PDF.
        QVERIFY(!text.contains(QChar(0xFB00)) && !text.contains(QChar(0xFB01)));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);

        // The second print of the same number is a duplicate, and says so.
        const QString again = pdfText(invoicePdf(invoice));
        QVERIFY(again.contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(withoutMark(again, QStringLiteral("DUPLICATE")), flat(text));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 2);
        QSqlQuery q(m_db->db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT duplicate, clerk, printed_at FROM document_print ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toString(), QStringLiteral("agent.test"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-09-01T06:30:00.000Z"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // What was issued is kept once, with its amount and fingerprint.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(amount_cents), max(sha256) FROM issued_document "
                                      "WHERE kind = 'invoice' AND number = 'SO1-2026-000001'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toLongLong(), qint64(7055));
        QCOMPARE(q.value(2).toString().size(), 64);
    }

    void unpaidInvoiceSaysWhenAndHowToPay()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}, {m_etude, 4}});
        const QString unpaid = pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview));
        QVERIFY2(hasLine(unpaid, QStringLiteral("Cantine — repas\\s+17\\s+4,15 €\\s+70,55 €")),
                 qPrintable(unpaid));
        QVERIFY(hasLine(unpaid, QStringLiteral("Étude surveillée — séance\\s+4\\s+2,00 €\\s+8,00 €")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Total\\s+78,55 €")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Amount due\\s+78,55 €")));
        QVERIFY2(flat(unpaid).contains(
                     QStringLiteral("To pay by 01/10/2026 at the counter: cash, bank card, or cheque "
                                    "made out to \"Régie de recettes des affaires scolaires\".")),
                 qPrintable(unpaid));
        // What happens if it is not paid: a titre de recettes from the public accountant (the commune's
        // text).
        QVERIFY(
            flat(unpaid).contains(QStringLiteral("fera l'objet d'un titre de recettes émis par la commune et "
                                                 "recouvré par le comptable public")));
        QVERIFY(unpaid.contains(QStringLiteral("Status: Unpaid")));
        QVERIFY(!unpaid.contains(QStringLiteral("Paid on")));

        pay(invoice, {cheque("30,00", QStringLiteral("1234567"))});
        const QString partly = pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview));
        QVERIFY(hasLine(partly, QStringLiteral("Already paid\\s+30,00 €")));
        QVERIFY(hasLine(partly, QStringLiteral("Amount due\\s+48,55 €")));
        QVERIFY(partly.contains(QStringLiteral("Status: Partly paid")));

        // Paid in full by several means: each is named.
        pay(invoice, {card("40,00"), cash("8,55", "10,00")});
        const QString paid = pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview));
        QVERIFY2(flat(paid).contains(
                     QStringLiteral("Paid on 01/09/2026 by cheque no. 1234567 / bank card / cash.")),
                 qPrintable(paid));
        QVERIFY(!paid.contains(QStringLiteral("Amount due")));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 0); // previews only
    }

    void previewRecordsNothing()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        QVERIFY(!pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview))
                     .contains(QStringLiteral("DUPLICATE")));
        const DocumentContent built = must(documents().invoice(invoice));
        QVERIFY(!built.duplicate);
        QVERIFY(!built.stored);
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 0);
        QCOMPARE(test::rowCount(m_db->db(), QStringLiteral("issued_document")), 0);

        // Once printed, the preview shows what the next print will be: a duplicate.
        QVERIFY(documents().recordIssue(built));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);
        QVERIFY(pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview))
                    .contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);
    }

    // A duplicate is a copy of what was issued: paid or credited since, the invoice's copy does not change.
    void duplicateReproducesTheOriginal()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const PaymentOutcome first = pay(invoice, {cash("15,00", "20,00")});
        const QString original = pdfText(invoicePdf(invoice));
        QVERIFY(original.contains(QStringLiteral("Status: Partly paid")));
        QVERIFY(hasLine(original, QStringLiteral("Amount due\\s+55,55 €")));
        const QString firstReceipt = pdfText(receiptPdf(first.receiptNumber));

        // Later: the rest is paid, then 5 meals are given back.
        const PaymentOutcome second = pay(invoice, {card("55,55")});
        const qint64 line = must(sales().invoice(invoice)).lines.at(0).id;
        QVERIFY(sales().issueCreditNote(invoice, {{line, 5}}, QStringLiteral("Départ en cours d'année")));

        const QString reprint = pdfText(invoicePdf(invoice));
        QVERIFY(reprint.contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(withoutMark(reprint, QStringLiteral("DUPLICATE")), flat(original));
        QVERIFY(!reprint.contains(QStringLiteral("Credit notes issued against this invoice")));
        QVERIFY(!reprint.contains(QStringLiteral("Paid on")));
        const QString receiptAgain = pdfText(receiptPdf(first.receiptNumber));
        QCOMPARE(withoutMark(receiptAgain, QStringLiteral("*** DUPLICATE ***")), flat(firstReceipt));
        // Today's state is on the screen (the invoice's view) and on new documents: the second receipt.
        QCOMPARE(must(sales().invoice(invoice)).status, InvoiceStatus::Paid);
        const QString secondReceipt = pdfText(receiptPdf(second.receiptNumber));
        QVERIFY(hasLine(secondReceipt, QStringLiteral("Already paid before\\s+15,00 €")));
        QVERIFY(secondReceipt.contains(QStringLiteral("Invoice paid in full.")));
        // And verify holds: every kept document states what the records hold.
        QCOMPARE(must(InvariantChecker(m_db->session()).run()).size(), qsizetype(0));
    }

    void receiptShowsWhatWasPaidAndTheChange()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const PaymentOutcome outcome = pay(invoice, {cash("70,55", "100,00")});
        QCOMPARE(outcome.change, euros("29,45"));

        const QByteArray pdf = receiptPdf(outcome.receiptNumber);
        // 80 mm wide (226.8 pt), as long as the content and no longer than a few A4 pages' worth.
        const QSizeF size = pageSize(pdf);
        QVERIFY2(qAbs(size.width() - 226.8) < 1, qPrintable(QString::number(size.width())));
        QVERIFY2(size.height() > 200 && size.height() < 600, qPrintable(QString::number(size.height())));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("RECEIPT")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No. ") + outcome.receiptNumber));
        QVERIFY(text.contains(QStringLiteral("01/09/2026 08:30"))); // Paris time
        QVERIFY(text.contains(QStringLiteral("Ville de Saint-Omer")));
        QVERIFY(text.contains(QStringLiteral("Régie de recettes des affaires scolaires")));
        QVERIFY(hasLine(text, QStringLiteral("Invoice no.\\s+SO1-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Family file no.\\s+SO1-1")));
        QVERIFY(hasLine(text, QStringLiteral("Payer\\s+.*Marie Lefèvre")));
        QVERIFY(text.contains(QStringLiteral("Cantine — repas")));
        QVERIFY(hasLine(text, QStringLiteral("17 × 4,15 €\\s+70,55 €")));
        QVERIFY(hasLine(text, QStringLiteral("Invoice total\\s+70,55 €")));
        QVERIFY(!text.contains(QStringLiteral("Already paid before")));
        QVERIFY(hasLine(text, QStringLiteral("Cash\\s+70,55 €")));
        QVERIFY(hasLine(text, QStringLiteral("Tendered\\s+100,00 €")));
        QVERIFY(hasLine(text, QStringLiteral("Change given\\s+29,45 €")));
        QVERIFY(hasLine(text, QStringLiteral("Paid now\\s+70,55 €")));
        QVERIFY(text.contains(QStringLiteral("Invoice paid in full.")));
        QVERIFY(text.contains(QStringLiteral("Clerk: agent.test")));
        QVERIFY(flat(text).contains(QStringLiteral("VAT not applicable – article 256 B of the CGI.")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));

        QVERIFY(pdfText(receiptPdf(outcome.receiptNumber)).contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("receipt"), outcome.receiptNumber), 2);
        // Printing the receipt does not make the invoice a duplicate.
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 0);
    }

    // A later or partial payment's receipt: the invoice total, what was paid before, this payment, what
    // remains.
    void partialReceiptsShowTheBalanceOfTheirMoment()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const PaymentOutcome first = pay(invoice, {cheque("15,00", QStringLiteral("7654321"))});
        const PaymentOutcome second = pay(invoice, {cash("13,00", "20,00")});
        const PaymentOutcome third = pay(invoice, {card("42,55")});

        const QString one = pdfText(receiptPdf(first.receiptNumber));
        QVERIFY2(hasLine(one, QStringLiteral("Cheque no. 7654321\\s+15,00 €")), qPrintable(one));
        QVERIFY(one.contains(QStringLiteral("Crédit Agricole Nord de France")));
        QVERIFY(hasLine(one, QStringLiteral("Invoice total\\s+70,55 €")));
        QVERIFY(!one.contains(QStringLiteral("Already paid before")));
        QVERIFY(hasLine(one, QStringLiteral("Paid now\\s+15,00 €")));
        QVERIFY(hasLine(one, QStringLiteral("Remaining due\\s+55,55 €")));
        QVERIFY(!one.contains(QStringLiteral("Invoice paid in full.")));
        QVERIFY(!one.contains(QStringLiteral("Change given")));

        const QString two = pdfText(receiptPdf(second.receiptNumber));
        QVERIFY2(hasLine(two, QStringLiteral("Invoice total\\s+70,55 €")), qPrintable(two));
        QVERIFY(hasLine(two, QStringLiteral("Already paid before\\s+15,00 €")));
        QVERIFY(hasLine(two, QStringLiteral("Cash\\s+13,00 €")));
        QVERIFY(hasLine(two, QStringLiteral("Change given\\s+7,00 €")));
        QVERIFY(hasLine(two, QStringLiteral("Paid now\\s+13,00 €")));
        QVERIFY(hasLine(two, QStringLiteral("Remaining due\\s+42,55 €")));

        const QString three = pdfText(receiptPdf(third.receiptNumber));
        QVERIFY2(hasLine(three, QStringLiteral("Already paid before\\s+28,00 €")), qPrintable(three));
        QVERIFY(hasLine(three, QStringLiteral("Bank card\\s+42,55 €")));
        QVERIFY(three.contains(QStringLiteral("Ref. AUT 482913")));
        QVERIFY(three.contains(QStringLiteral("Invoice paid in full.")));
        QVERIFY(!three.contains(QStringLiteral("Remaining due")));
    }

    void creditNoteCitesTheInvoice()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        pay(invoice, {cash("70,55", "70,55")});
        const qint64 line = must(sales().invoice(invoice)).lines.at(0).id;
        const qint64 note =
            must(sales().issueCreditNote(invoice, {{line, 5}}, QStringLiteral("Déménagement de Léa")));

        const QString text = pdfText(creditNotePdf(note));
        QVERIFY2(text.contains(QStringLiteral("CREDIT NOTE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No. SO1-AV-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Date\\s+01/09/2026\\s+Issued to")));
        QVERIFY(hasLine(
            text, QStringLiteral("Invoice corrected\\s+SO1-2026-000001 of 01/09/2026\\s+.*Marie Lefèvre")));
        QVERIFY(text.contains(QStringLiteral("Reason: Déménagement de Léa")));
        QVERIFY(hasLine(text, QStringLiteral("Cantine — repas\\s+5\\s+4,15 €\\s+20,75 €")));
        QVERIFY(hasLine(text, QStringLiteral("Total credited\\s+20,75 €")));
        QVERIFY(flat(text).contains(QStringLiteral("VAT not applicable – article 256 B of the CGI.")));
        QVERIFY(hasLine(text, QStringLiteral("Credit note SO1-AV-2026-000001\\s+1\\s*/\\s*1")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("credit_note"), QStringLiteral("SO1-AV-2026-000001")), 1);
        QVERIFY(pdfText(creditNotePdf(note)).contains(QStringLiteral("DUPLICATE")));

        // The invoice, issued for the first time after the credit note, lists it.
        const QString corrected = pdfText(invoicePdf(invoice));
        QVERIFY2(
            hasLine(corrected,
                    QStringLiteral("SO1-AV-2026-000001\\s+01/09/2026\\s+Déménagement de Léa\\s+-20,75 €")),
            qPrintable(corrected));
        QVERIFY(hasLine(corrected, QStringLiteral("Credit notes\\s+-20,75 €")));
        QVERIFY(corrected.contains(QStringLiteral("Credit notes issued against this invoice")));
        QVERIFY(hasLine(corrected, QStringLiteral("Total after credit notes\\s+49,80 €")));
        QVERIFY(hasLine(corrected, QStringLiteral("Already paid\\s+70,55 €")));
        QVERIFY(hasLine(corrected, QStringLiteral("Overpaid\\s+20,75 €")));
    }

    void unknownNumbersAreRefusedWithoutRecording()
    {
        const auto receipt = documents().receipt(QStringLiteral("SO1-RC-2026-999999"));
        QVERIFY(!receipt);
        QVERIFY(receipt.error().message.contains(QStringLiteral("SO1-RC-2026-999999")));
        QVERIFY(!documents().byNumber(DocumentKind::Invoice, QStringLiteral("SO1-2026-999999")));
        QVERIFY(!documents().byNumber(DocumentKind::CreditNote, QStringLiteral("SO1-AV-2026-999999")));
        QVERIFY(!documents().pdf(documents().invoice(424242)));
        QVERIFY(!documents().pdf(documents().creditNote(424242)));
        QCOMPARE(test::rowCount(m_db->db(), QStringLiteral("document_print")), 0);
        QCOMPARE(test::rowCount(m_db->db(), QStringLiteral("issued_document")), 0);

        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        QCOMPARE(must(sales().invoiceIdByNumber(QStringLiteral("SO1-2026-000001"))), invoice);
        QCOMPARE(
            must(documents().byNumber(DocumentKind::Invoice, QStringLiteral(" SO1-2026-000001 "))).number,
            QStringLiteral("SO1-2026-000001"));
    }

    void longInvoiceBreaksIntoNumberedPages()
    {
        // An invoice has at most one line per activity; long content (a long address, many credit notes)
        // must still paginate cleanly: check the painter's pages and footers on a long credit list.
        const qint64 invoice = sell(household(), {{m_cantine, 200}});
        pay(invoice, {cash("830,00", "830,00")});
        const qint64 line = must(sales().invoice(invoice)).lines.at(0).id;
        for (int i = 0; i < 60; ++i)
            QVERIFY(sales().issueCreditNote(invoice, {{line, 1}}, QStringLiteral("Absence %1").arg(i + 1)));
        const int pages = PrintableDocument::layOut(must(documents().invoice(invoice))).pageCount();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(invoicePdf(invoice));
        QVERIFY2(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+1\\s*/\\s*%1").arg(pages)),
                 qPrintable(text));
        QVERIFY(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+%1\\s*/\\s*%1").arg(pages)));
        QVERIFY(hasLine(text, QStringLiteral("Total after credit notes\\s+581,00 €")));
        QVERIFY(text.contains(QStringLiteral("VAT not applicable")));
    }

    // What a family in Saint-Omer reads: the French invoice and its legal mentions.
    void frenchInvoiceCarriesTheLegalMentions()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
        QCoreApplication::installTranslator(&french);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const QString unpaid = pdfText(invoicePdf(invoice, DocumentService::Purpose::Preview));
        QVERIFY2(unpaid.contains(QStringLiteral("FACTURE")), qPrintable(unpaid));
        QVERIFY(unpaid.contains(QStringLiteral("N° SO1-2026-000001")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Date\\s+01/09/2026\\s+Facturé à")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Échéance\\s+01/10/2026\\s*.*")));
        QVERIFY(hasLine(unpaid, QStringLiteral("N° de dossier famille\\s+SO1-1\\s*.*")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Reste à payer\\s+70,55 €")));
        QVERIFY(
            flat(unpaid).contains(QStringLiteral("À régler avant le 01/10/2026 au guichet : espèces, carte "
                                                 "bancaire, ou chèque à l'ordre de « Régie de recettes des "
                                                 "affaires scolaires ».")));
        QVERIFY(flat(unpaid).contains(QStringLiteral("TVA non applicable – article 256 B du CGI.")));
        QVERIFY(flat(unpaid).contains(QStringLiteral("titre de recettes")));

        pay(invoice, {cash("70,55", "80,00")});
        const QString paid = pdfText(invoicePdf(invoice));
        QVERIFY2(flat(paid).contains(QStringLiteral("Acquittée le 01/09/2026 par espèces.")),
                 qPrintable(paid));
        QVERIFY(paid.contains(QStringLiteral("Statut : Réglée")));
        QVERIFY(pdfText(invoicePdf(invoice)).contains(QStringLiteral("DUPLICATA")));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestDocuments)
#include "tst_documents.moc"
