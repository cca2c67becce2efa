#pragma once

#include "common/Result.h"
#include "documents/PrintableDocument.h"
#include "sales/SalesService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

class Database;

// The counter's printed documents, made from the sales records as HTML -> QTextDocument -> PDF, the
// same way in the GUI (PrintService prints them on a QPrinter), in guichet-cli and in the tests:
//   - the A4 invoice (facture), "DUPLICATA" from its second print on;
//   - the 80 mm receipt (ticket de caisse) of one payment, as long as its content;
//   - the A4 credit note (avoir), citing the invoice it corrects.
// A document given to the user (printed, or saved as PDF) is recorded in the print log (document_print),
// in its own transaction, once it has been made: the first record is the original, the next ones are
// duplicates, and the document says DUPLICATA. Building a document records nothing: it shows what
// the next print will look like (that is the preview); the printing code calls recordPrint() once
// the printer accepted it. The *Pdf() functions do both unless asked for a preview.
// Needs a QGuiApplication (fonts); headless programs use the offscreen platform.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    enum class Purpose
    {
        Issue,   // given to the user: recorded in the print log
        Preview, // shown on screen only: not recorded
    };

    explicit DocumentService(Database &database);

    // The document as its next print will be (original, or DUPLICATA once printed). Records nothing.
    Result<PrintableDocument> invoiceDocument(qint64 invoiceId) const;
    Result<PrintableDocument> receiptDocument(const QString &receiptNumber) const;
    Result<PrintableDocument> creditNoteDocument(qint64 creditNoteId) const;

    // Records that the document was given to the user (one row of the print log, its own transaction).
    Status recordPrint(const PrintableDocument &document);

    // PDF bytes; Purpose::Issue records the print once the PDF is made, Purpose::Preview does not.
    Result<QByteArray> invoicePdf(qint64 invoiceId, Purpose purpose = Purpose::Issue);
    Result<QByteArray> receiptPdf(const QString &receiptNumber, Purpose purpose = Purpose::Issue);
    Result<QByteArray> creditNotePdf(qint64 creditNoteId, Purpose purpose = Purpose::Issue);

    // Finding documents by the number printed on them (guichet-cli, reprints).
    Result<qint64> invoiceIdByNumber(const QString &number) const;
    Result<qint64> creditNoteIdByNumber(const QString &number) const;

    // How many times the document was printed or saved (0: the next one is the original).
    int printCount(DocumentKind kind, const QString &number) const;

    static QString kindCode(DocumentKind kind); // "invoice", "receipt", "credit_note" (print log)

private:
    Result<QByteArray> issue(Result<PrintableDocument> document, Purpose purpose);
    Result<qint64> invoiceIdOfReceipt(const QString &receiptNumber) const;
    Result<qint64> invoiceIdOfCreditNote(qint64 creditNoteId) const;

    PrintableDocument makeA4(DocumentKind kind, const QString &number, const QString &title, bool duplicate,
                             const QString &html) const;
    PrintableDocument makeReceipt(const QString &number, const QString &title, bool duplicate,
                                  const QString &html) const;

    QString communeHeader() const;
    QString receiptHeader() const;

    Database &m_database;
    SalesService m_sales;
};

} // namespace guichet
