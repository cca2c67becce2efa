#pragma once

#include "common/Result.h"
#include "documents/DocumentContent.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;
class QPrinter;

namespace guichet {

class Session;

// The one place that owns QPrinter, QPrintDialog, the print preview and "save as PDF"; the main window
// makes one and hands it to the screens. Documents come from core (DocumentService: content ->
// PrintableDocument), so what prints is what the CLI writes as PDF. The user's choices (A4 printer,
// receipt printer, last PDF folder) are remembered in the session's settings. Every function reports
// its own errors to the user (message box on parent); printing and saving record the document as issued
// (the original, then DUPLICATA copies of it), previewing does not.
class PrintService : public QObject
{
    Q_OBJECT

public:
    explicit PrintService(Session &session, QObject *parent = nullptr);
    ~PrintService() override;

    // A4 invoice.
    void printInvoice(QWidget *parent, qint64 invoiceId);
    void previewInvoice(QWidget *parent, qint64 invoiceId);
    void saveInvoicePdf(QWidget *parent, qint64 invoiceId);

    // 80 mm receipt (ticket de caisse). The first print asks for the receipt printer; later ones go
    // straight to it (one click per sale) while it is installed.
    void printReceipt(QWidget *parent, const QString &receiptNumber);
    void previewReceipt(QWidget *parent, const QString &receiptNumber);

    // A4 credit note (avoir).
    void printCreditNote(QWidget *parent, qint64 creditNoteId);
    void previewCreditNote(QWidget *parent, qint64 creditNoteId);
    void saveCreditNotePdf(QWidget *parent, qint64 creditNoteId);

    // A4 reports: the staff's lists (the day's list of a school, the kitchen's counts) and the cash office's
    // (Z reports, deposit slips, statements): HTML from core (AttendanceService, DocumentService), printed or
    // saved as they are — made again from their stored rows, so not recorded.
    void printReport(QWidget *parent, const QString &title, const QString &html);
    void previewReport(QWidget *parent, const QString &title, const QString &html);
    void saveReportPdf(QWidget *parent, const QString &title, const QString &html);

Q_SIGNALS:
    // Emitted after a document was printed or saved (recorded in the print log).
    void documentPrinted(const QString &documentNumber);

private:
    enum class Paper
    {
        A4,
        Receipt
    };
    using Builder = std::function<Result<DocumentContent>()>;

    void print(QWidget *parent, const Builder &build, Paper paper);
    void preview(QWidget *parent, const Builder &build, const std::function<void()> &print,
                 const std::function<void()> &save);
    void savePdf(QWidget *parent, const Builder &build);
    bool choosePrinter(QWidget *parent, QPrinter &printer, Paper paper, const QString &title);
    void showError(QWidget *parent, const QString &message) const;

    Session &m_session;
};

} // namespace guichet
