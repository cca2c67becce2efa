// Printed documents checked by their content: the PDF is made by DocumentService exactly as the
// counter and guichet-cli make it, then read back with poppler's pdftotext (-layout keeps each line
// of a table on one line). Runs without the French translation, so the texts are the English sources.
// GUICHET_KEEP_DOCUMENTS=<folder> keeps a copy of every PDF made, to look at.
#include "Fixtures.h"
#include "TestDatabase.h"

#include "catalog/CatalogService.h"
#include "documents/DocumentService.h"
#include "sales/SalesService.h"
#include "storage/Database.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace guichet {

using test::card;
using test::cash;
using test::cheque;
using test::euros;
using test::FamilyBuilder;
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

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_cantine = 0;
    qint64 m_etude = 0;

    qint64 household()
    {
        return FamilyBuilder(m_db->db()).child(QStringLiteral("Léa")).validated().build().householdId;
    }

    qint64 sell(qint64 householdId, QList<OrderLine> lines)
    {
        const auto invoice = SalesService(m_db->db()).confirmOrder(householdId, lines);
        if (!invoice)
            qFatal("confirmOrder: %s", qPrintable(invoice.error().message));
        return invoice.value();
    }

    PaymentOutcome pay(qint64 invoiceId, const QList<PaymentPart> &parts)
    {
        const auto outcome = SalesService(m_db->db()).pay(invoiceId, parts);
        if (!outcome)
            qFatal("pay: %s", qPrintable(outcome.error().message));
        return outcome.value();
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

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        for (const Activity &a : CatalogService(m_db->db()).activities()) {
            if (a.code == QLatin1String("cantine"))
                m_cantine = a.id;
            if (a.code == QLatin1String("etude"))
                m_etude = a.id;
        }
        QVERIFY(m_cantine > 0 && m_etude > 0);
    }

    void paidInvoiceShowsEverythingTheLawAsks()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        pay(invoice, {cash("70,55", "100,00")});
        DocumentService documents(m_db->db());

        const auto pdf = documents.invoicePdf(invoice);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        QVERIFY(pdf.value().startsWith("%PDF-"));
        const QSizeF a4 = pageSize(pdf.value());
        QVERIFY2(qAbs(a4.width() - 595.3) < 1 && qAbs(a4.height() - 841.9) < 1,
                 qPrintable(QString::number(a4.width())));
        const QString text = pdfText(pdf.value());

        QVERIFY2(text.contains(QStringLiteral("Saint-Omer")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Régie de recettes des affaires scolaires")));
        QVERIFY(text.contains(QStringLiteral("Hôtel de Ville, place Victor-Hugo, 62500 Saint-Omer")));
        QVERIFY(text.contains(QStringLiteral("Tel. 03 21 12 83 06")));
        QVERIFY(text.contains(QStringLiteral("affaires-scolaires@ville-saint-omer.fr")));
        QVERIFY(text.contains(QStringLiteral("INVOICE")));
        QVERIFY(text.contains(QStringLiteral("No. SO1-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Date\\s+01/09/2026\\s+Invoiced to")));
        QVERIFY(hasLine(text, QStringLiteral("School year\\s+2026-2027\\s+.*Marie Lefèvre")));
        QVERIFY(text.contains(QStringLiteral("Family file no.")));
        QVERIFY(text.contains(QStringLiteral("QF > 1000")));
        QVERIFY2(hasLine(text, QStringLiteral("Cantine — repas\\s+17\\s+4,15 €\\s+70,55 €")),
                 qPrintable(text));
        QVERIFY(hasLine(text, QStringLiteral("Total\\s+70,55 €")));
        QVERIFY(!text.contains(QStringLiteral("Amount due")));
        QVERIFY(text.contains(QStringLiteral("Paid on 01/09/2026 by cash.")));
        QVERIFY(text.contains(QStringLiteral("Status: Paid")));
        QVERIFY(text.contains(QStringLiteral("Service not subject to VAT (article 256 B of the CGI).")));
        QVERIFY(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+1\\s*/\\s*1")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
        // No ligature glyphs: the words can be searched in the PDF.
        QVERIFY(!text.contains(QChar(0xFB00)) && !text.contains(QChar(0xFB01)));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);

        // The second print of the same number is a duplicate, and says so.
        const auto again = documents.invoicePdf(invoice);
        QVERIFY(again);
        QVERIFY(pdfText(again.value()).contains(QStringLiteral("DUPLICATE")));
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
    }

    void previewRecordsNothing()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        DocumentService documents(m_db->db());
        const auto preview = documents.invoicePdf(invoice, DocumentService::Purpose::Preview);
        QVERIFY(preview);
        QVERIFY(!pdfText(preview.value()).contains(QStringLiteral("DUPLICATE")));
        const auto built = documents.invoiceDocument(invoice);
        QVERIFY(built);
        QVERIFY(!built.value().duplicate);
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 0);

        // Once printed, the preview shows what the next print will be: a duplicate.
        QVERIFY(documents.recordPrint(built.value()));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);
        const auto after = documents.invoicePdf(invoice, DocumentService::Purpose::Preview);
        QVERIFY(after);
        QVERIFY(pdfText(after.value()).contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 1);
    }

    void unpaidInvoiceShowsTheAmountDueAndHowToPay()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}, {m_etude, 4}});
        DocumentService documents(m_db->db());
        const QString unpaid = pdfText(documents.invoicePdf(invoice).value());
        QVERIFY2(hasLine(unpaid, QStringLiteral("Cantine — repas\\s+17\\s+4,15 €\\s+70,55 €")),
                 qPrintable(unpaid));
        QVERIFY(hasLine(unpaid, QStringLiteral("Étude surveillée — séance\\s+4\\s+2,00 €\\s+8,00 €")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Total\\s+78,55 €")));
        QVERIFY(hasLine(unpaid, QStringLiteral("Amount due\\s+78,55 €")));
        QVERIFY(flat(unpaid).contains(
            QStringLiteral("Payable at the counter: cash, bank card, or cheque made out "
                           "to \"Régie de recettes des affaires scolaires\".")));
        QVERIFY(unpaid.contains(QStringLiteral("Status: Unpaid")));
        QVERIFY(!unpaid.contains(QStringLiteral("Paid on")));

        pay(invoice, {cheque("30,00", QStringLiteral("1234567"))});
        const QString partly = pdfText(documents.invoicePdf(invoice).value());
        QVERIFY(hasLine(partly, QStringLiteral("Already paid\\s+30,00 €")));
        QVERIFY(hasLine(partly, QStringLiteral("Amount due\\s+48,55 €")));
        QVERIFY(partly.contains(QStringLiteral("Status: Partly paid")));
        QVERIFY(!partly.contains(QStringLiteral("Paid on")));

        // Paid in full by several means: each is named.
        pay(invoice, {card("40,00"), cash("8,55", "10,00")});
        const QString paid = pdfText(documents.invoicePdf(invoice).value());
        QVERIFY2(flat(paid).contains(
                     QStringLiteral("Paid on 01/09/2026 by cheque no. 1234567 / bank card / cash.")),
                 qPrintable(paid));
        QVERIFY(!paid.contains(QStringLiteral("Amount due")));
    }

    void receiptShowsWhatWasPaidAndTheChange()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const PaymentOutcome outcome = pay(invoice, {cash("70,55", "100,00")});
        QCOMPARE(outcome.change, euros("29,45"));
        DocumentService documents(m_db->db());

        const auto pdf = documents.receiptPdf(outcome.receiptNumber);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        // 80 mm wide (226.8 pt), as long as the content and no longer than a few A4 pages' worth.
        const QSizeF size = pageSize(pdf.value());
        QVERIFY2(qAbs(size.width() - 226.8) < 1, qPrintable(QString::number(size.width())));
        QVERIFY2(size.height() > 200 && size.height() < 600, qPrintable(QString::number(size.height())));
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(QStringLiteral("RECEIPT")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No. ") + outcome.receiptNumber));
        QVERIFY(text.contains(QStringLiteral("01/09/2026")));
        QVERIFY(text.contains(QStringLiteral("Saint-Omer")));
        QVERIFY(text.contains(QStringLiteral("Régie de recettes des affaires scolaires")));
        QVERIFY(hasLine(text, QStringLiteral("Invoice no.\\s+SO1-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Payer\\s+.*Marie Lefèvre")));
        QVERIFY(text.contains(QStringLiteral("Cantine — repas")));
        QVERIFY(hasLine(text, QStringLiteral("17 × 4,15 €\\s+70,55 €")));
        QVERIFY(hasLine(text, QStringLiteral("Cash\\s+70,55 €")));
        QVERIFY(hasLine(text, QStringLiteral("Tendered\\s+100,00 €")));
        QVERIFY(hasLine(text, QStringLiteral("Change given\\s+29,45 €")));
        QVERIFY(hasLine(text, QStringLiteral("Paid\\s+70,55 €")));
        QVERIFY(text.contains(QStringLiteral("Invoice paid in full.")));
        QVERIFY(text.contains(QStringLiteral("Clerk: agent.test")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));

        QVERIFY(pdfText(documents.receiptPdf(outcome.receiptNumber).value())
                    .contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("receipt"), outcome.receiptNumber), 2);
        // Printing the receipt does not make the invoice a duplicate.
        QCOMPARE(prints(QStringLiteral("invoice"), QStringLiteral("SO1-2026-000001")), 0);
    }

    void partialReceiptShowsTheRemainingDue()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const PaymentOutcome first = pay(invoice, {cheque("50,00", QStringLiteral("7654321"))});
        const PaymentOutcome second = pay(invoice, {card("20,55")});
        DocumentService documents(m_db->db());

        // The first receipt shows the balance as it stood then, not today's.
        const QString text = pdfText(documents.receiptPdf(first.receiptNumber).value());
        QVERIFY2(hasLine(text, QStringLiteral("Cheque no. 7654321\\s+50,00 €")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Crédit Agricole Nord de France")));
        QVERIFY(hasLine(text, QStringLiteral("Remaining due\\s+20,55 €")));
        QVERIFY(!text.contains(QStringLiteral("Invoice paid in full.")));
        QVERIFY(!text.contains(QStringLiteral("Change given")));

        const QString last = pdfText(documents.receiptPdf(second.receiptNumber).value());
        QVERIFY2(hasLine(last, QStringLiteral("Bank card\\s+20,55 €")), qPrintable(last));
        QVERIFY(last.contains(QStringLiteral("Ref. AUT 482913")));
        QVERIFY(last.contains(QStringLiteral("Invoice paid in full.")));
    }

    void creditNoteCitesTheInvoice()
    {
        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        pay(invoice, {cash("70,55", "70,55")});
        SalesService sales(m_db->db());
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;
        const auto note = sales.issueCreditNote(invoice, {{line, 5}}, QStringLiteral("Déménagement de Léa"));
        QVERIFY2(note, qPrintable(note ? QString() : note.error().message));
        DocumentService documents(m_db->db());

        const auto pdf = documents.creditNotePdf(note.value());
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        const QString text = pdfText(pdf.value());
        QVERIFY2(text.contains(QStringLiteral("CREDIT NOTE")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No. SO1-AV-2026-000001")));
        QVERIFY(hasLine(text, QStringLiteral("Date\\s+01/09/2026\\s+Issued to")));
        QVERIFY(hasLine(
            text, QStringLiteral("Invoice corrected\\s+SO1-2026-000001 of 01/09/2026\\s+.*Marie Lefèvre")));
        QVERIFY(text.contains(QStringLiteral("Reason: Déménagement de Léa")));
        QVERIFY(hasLine(text, QStringLiteral("Cantine — repas\\s+5\\s+4,15 €\\s+20,75 €")));
        QVERIFY(hasLine(text, QStringLiteral("Total credited\\s+20,75 €")));
        QVERIFY(text.contains(QStringLiteral("Service not subject to VAT (article 256 B of the CGI).")));
        QVERIFY(hasLine(text, QStringLiteral("Credit note SO1-AV-2026-000001\\s+1\\s*/\\s*1")));
        QVERIFY(!text.contains(QStringLiteral("DUPLICATE")));
        QCOMPARE(prints(QStringLiteral("credit_note"), QStringLiteral("SO1-AV-2026-000001")), 1);
        QVERIFY(pdfText(documents.creditNotePdf(note.value()).value()).contains(QStringLiteral("DUPLICATE")));

        // The invoice lists the credit notes issued against it.
        const QString corrected = pdfText(documents.invoicePdf(invoice).value());
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
        DocumentService documents(m_db->db());
        const auto receipt = documents.receiptPdf(QStringLiteral("SO1-RC-2026-999999"));
        QVERIFY(!receipt);
        QVERIFY(receipt.error().message.contains(QStringLiteral("SO1-RC-2026-999999")));
        QVERIFY(!documents.invoiceIdByNumber(QStringLiteral("SO1-2026-999999")));
        QVERIFY(!documents.creditNoteIdByNumber(QStringLiteral("SO1-AV-2026-999999")));
        QVERIFY(!documents.invoicePdf(424242));
        QVERIFY(!documents.creditNotePdf(424242));
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM document_print")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        const qint64 invoice = sell(household(), {{m_cantine, 17}});
        const auto id = documents.invoiceIdByNumber(QStringLiteral("SO1-2026-000001"));
        QVERIFY(id);
        QCOMPARE(id.value(), invoice);
    }

    void longInvoiceBreaksIntoNumberedPages()
    {
        // An invoice has at most one line per activity; long content (a long address, many credit notes)
        // must still paginate cleanly: check the painter's pages and footers on a long credit list.
        const qint64 invoice = sell(household(), {{m_cantine, 200}});
        pay(invoice, {cash("830,00", "830,00")});
        SalesService sales(m_db->db());
        const qint64 line = sales.invoice(invoice).value().lines.at(0).id;
        for (int i = 0; i < 60; ++i)
            QVERIFY(sales.issueCreditNote(invoice, {{line, 1}}, QStringLiteral("Absence %1").arg(i + 1)));
        DocumentService documents(m_db->db());
        const auto built = documents.invoiceDocument(invoice);
        QVERIFY(built);
        const int pages = built.value().pageCount();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(documents.invoicePdf(invoice).value());
        QVERIFY2(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+1\\s*/\\s*%1").arg(pages)),
                 qPrintable(text));
        QVERIFY(hasLine(text, QStringLiteral("Invoice SO1-2026-000001\\s+%1\\s*/\\s*%1").arg(pages)));
        QVERIFY(hasLine(text, QStringLiteral("Total after credit notes\\s+581,00 €")));
        QVERIFY(text.contains(QStringLiteral("Service not subject to VAT")));
    }
};

} // namespace guichet

QTEST_MAIN(guichet::TestDocuments)
#include "tst_documents.moc"
