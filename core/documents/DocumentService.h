#pragma once

#include "cashoffice/CashOffice.h"
#include "common/Result.h"
#include "documents/DocumentContent.h"
#include "documents/PrintableDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace guichet {

class Session;
struct RefundReport;
struct DocumentContext;

// Issuing the counter's documents (invoice A4, receipt 80 mm, credit note A4) the same way in the GUI
// (PrintService prints them on a QPrinter), in guichet-cli and in the tests.
// The first time a document is given to someone (printed, or saved as PDF) is its issue: its content
// is stored, with its SHA-256, in issued_document, and the print is logged (document_print). Every
// later copy is made from the stored content and says DUPLICATA: a reprint reproduces the document as
// it was issued, never today's state of the invoice (which the screen and new documents show).
// Reading a document's content records nothing (that is the preview); recordIssue() records it once the
// printer accepted it or the file exists.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    enum class Purpose
    {
        Issue,   // given to the user: recorded
        Preview, // shown on screen only: not recorded
    };

    explicit DocumentService(Session &session) : m_session(session) {}

    // What the next copy of the document will say: the stored content once issued (DUPLICATA), else
    // the document made from the records now. Records nothing.
    Result<DocumentContent> invoice(qint64 invoiceId) const;
    Result<DocumentContent> receipt(const QString &receiptNumber) const;
    Result<DocumentContent> creditNote(qint64 creditNoteId) const;
    Result<DocumentContent> byNumber(DocumentKind kind, const QString &number) const;

    // The cash office's reports (DocumentKind::Report), made from their stored rows.
    Result<DocumentContent> closureReport(const ClosureView &closure) const;
    Result<DocumentContent> depositSlip(const DepositSlipView &slip) const;
    Result<DocumentContent> statement(const AccountantStatement &statement) const;
    Result<DocumentContent> refundReport(const RefundReport &report, bool accountantCopy) const;

    // Records that this copy was given to the user: stores the content at its first issue, and logs the
    // print (one transaction).
    Status recordIssue(const DocumentContent &content);

    // The document as PDF bytes (needs a QGuiApplication); Purpose::Issue records it once made.
    Result<QByteArray> pdf(const Result<DocumentContent> &content, Purpose purpose = Purpose::Issue);

    // How many times the document was printed or saved (0: the next one is the original).
    Result<int> printCount(DocumentKind kind, const QString &number) const;

    static QString kindCode(DocumentKind kind); // "invoice", "receipt", "credit_note"
    static QString sha256(const QString &content);

private:
    // The stored content of an issued document, if any.
    Result<std::optional<DocumentContent>> stored(DocumentKind kind, const QString &number) const;
    // The content of a document: the kept one once issued, else 'render' of the records now.
    Result<DocumentContent> content(DocumentKind kind, const QString &number, Money amount,
                                    const std::function<QString(const DocumentContext &)> &render) const;

    Session &m_session;
};

} // namespace guichet
