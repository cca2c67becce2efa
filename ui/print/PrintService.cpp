#include "print/PrintService.h"
#include "widgets/ScreenFit.h"

#include "common/Settings.h"
#include "documents/DocumentService.h"
#include "documents/PrintableDocument.h"
#include "session/Session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace guichet {

namespace {

// A file name from a document title ("Invoice SO1-2026-000001" -> "Invoice SO1-2026-000001.pdf").
QString fileNameFor(const QString &title)
{
    QString name = title;
    for (QChar &c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':'))
            c = QLatin1Char('-');
    return name + QStringLiteral(".pdf");
}

} // namespace

PrintService::PrintService(Session &session, QObject *parent) : QObject(parent), m_session(session) {}

PrintService::~PrintService() = default;

void PrintService::showError(QWidget *parent, const QString &message) const
{
    QMessageBox::warning(parent, tr("Printing"), message);
}

bool PrintService::choosePrinter(QWidget *parent, QPrinter &printer, Paper paper, const QString &title)
{
    Settings &settings = m_session.settings();
    const QString remembered = paper == Paper::A4 ? settings.a4Printer() : settings.receiptPrinter();
    const bool available = !remembered.isEmpty() && !QPrinterInfo::printerInfo(remembered).isNull();
    if (available)
        printer.setPrinterName(remembered);
    // A receipt goes straight to the counter's receipt printer once it has been chosen: one click per sale.
    if (paper == Paper::Receipt && available)
        return true;

    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        paper == Paper::A4 ? settings.setA4Printer(printer.printerName())
                           : settings.setReceiptPrinter(printer.printerName());
    return true;
}

void PrintService::print(QWidget *parent, const Builder &build, Paper paper)
{
    const auto content = build();
    if (!content) {
        showError(parent, content.error().message);
        return;
    }
    const PrintableDocument printable = PrintableDocument::layOut(content.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(printable.content.title);
    printer.setPageLayout(printable.pageLayout);
    if (!choosePrinter(parent, printer, paper, tr("Print %1").arg(printable.content.title)))
        return;
    // The dialog may have changed the paper: the document keeps its own (A4, or the 80 mm roll). A
    // printer that cannot print that close to the edge clamps the margins; the page is then scaled down
    // evenly, never distorted.
    printer.setFullPage(false);
    printer.setPageLayout(printable.pageLayout);
    if (Status s = printable.paint(printer); !s) {
        showError(parent, s.error().message);
        return;
    }
    if (!printable.content.isKept())
        return;
    if (Status s = m_session.documents().recordIssue(printable.content); !s) {
        showError(parent, s.error().message);
        return;
    }
    Q_EMIT documentPrinted(printable.content.number);
}

void PrintService::savePdf(QWidget *parent, const Builder &build)
{
    const auto content = build();
    if (!content) {
        showError(parent, content.error().message);
        return;
    }
    const PrintableDocument printable = PrintableDocument::layOut(content.value());
    Settings &settings = m_session.settings();
    QString folder = settings.pdfFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save %1 as PDF").arg(printable.content.title),
        QDir(folder).filePath(fileNameFor(printable.content.title)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto pdf = printable.toPdf();
    if (!pdf) {
        showError(parent, pdf.error().message);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit()) {
        showError(parent,
                  tr("The file %1 could not be written (%2). Choose another folder, or check that the "
                     "file is not open in another program.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    settings.setPdfFolder(QFileInfo(path).absolutePath());
    if (!printable.content.isKept())
        return;
    if (Status s = m_session.documents().recordIssue(printable.content); !s) {
        showError(parent, s.error().message);
        return;
    }
    Q_EMIT documentPrinted(printable.content.number);
}

// The preview shows the exact pages that will print (same document, same painting) and records
// nothing; its buttons hand over to print() and savePdf(), which record the print.
void PrintService::preview(QWidget *parent, const Builder &build, const std::function<void()> &print,
                           const std::function<void()> &save)
{
    const auto content = build();
    if (!content) {
        showError(parent, content.error().message);
        return;
    }
    const PrintableDocument printable = PrintableDocument::layOut(content.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat); // any paper size, no printer needed to look
    printer.setPageLayout(printable.pageLayout);

    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Preview: %1").arg(printable.content.title));
    auto *layout = new QVBoxLayout(&dialog);
    auto *tools = new QHBoxLayout;
    auto *view = new QPrintPreviewWidget(&printer, &dialog);
    connect(view, &QPrintPreviewWidget::paintRequested, &dialog, [&printable](QPrinter *target) {
        if (Status s = printable.paint(*target); !s)
            qWarning("Preview: %s", qPrintable(s.error().message));
    });
    const auto addTool = [&](const QString &text, const std::function<void()> &action) {
        auto *button = new QToolButton(&dialog);
        button->setText(text);
        connect(button, &QToolButton::clicked, &dialog, action);
        tools->addWidget(button);
    };
    addTool(tr("Zoom in"), [view] { view->zoomIn(); });
    addTool(tr("Zoom out"), [view] { view->zoomOut(); });
    addTool(tr("Fit width"), [view] { view->fitToWidth(); });
    addTool(tr("Whole page"), [view] { view->fitInView(); });
    tools->addStretch();
    layout->addLayout(tools);
    layout->addWidget(view, 1);

    enum class Next
    {
        Nothing,
        Print,
        Save
    };
    Next next = Next::Nothing;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    printButton->setDefault(true);
    connect(printButton, &QPushButton::clicked, &dialog, [&] { next = Next::Print; });
    if (save) {
        QPushButton *saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
        connect(saveButton, &QPushButton::clicked, &dialog, [&] { next = Next::Save; });
    }
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFit(&dialog, printable.content.kind == DocumentKind::Receipt ? QSize(480, 720) : QSize(820, 960));
    view->fitToWidth();

    if (dialog.exec() != QDialog::Accepted)
        return;
    if (next == Next::Print)
        print();
    else if (next == Next::Save && save)
        save();
}

void PrintService::printInvoice(QWidget *parent, qint64 invoiceId)
{
    print(
        parent, [this, invoiceId] { return m_session.documents().invoice(invoiceId); }, Paper::A4);
}

void PrintService::previewInvoice(QWidget *parent, qint64 invoiceId)
{
    preview(
        parent, [this, invoiceId] { return m_session.documents().invoice(invoiceId); },
        [this, parent, invoiceId] { printInvoice(parent, invoiceId); },
        [this, parent, invoiceId] { saveInvoicePdf(parent, invoiceId); });
}

void PrintService::saveInvoicePdf(QWidget *parent, qint64 invoiceId)
{
    savePdf(parent, [this, invoiceId] { return m_session.documents().invoice(invoiceId); });
}

void PrintService::printReceipt(QWidget *parent, const QString &receiptNumber)
{
    print(
        parent, [this, receiptNumber] { return m_session.documents().receipt(receiptNumber); },
        Paper::Receipt);
}

void PrintService::previewReceipt(QWidget *parent, const QString &receiptNumber)
{
    preview(
        parent, [this, receiptNumber] { return m_session.documents().receipt(receiptNumber); },
        [this, parent, receiptNumber] { printReceipt(parent, receiptNumber); }, {});
}

void PrintService::printCreditNote(QWidget *parent, qint64 creditNoteId)
{
    print(
        parent, [this, creditNoteId] { return m_session.documents().creditNote(creditNoteId); }, Paper::A4);
}

void PrintService::previewCreditNote(QWidget *parent, qint64 creditNoteId)
{
    preview(
        parent, [this, creditNoteId] { return m_session.documents().creditNote(creditNoteId); },
        [this, parent, creditNoteId] { printCreditNote(parent, creditNoteId); },
        [this, parent, creditNoteId] { saveCreditNotePdf(parent, creditNoteId); });
}

void PrintService::saveCreditNotePdf(QWidget *parent, qint64 creditNoteId)
{
    savePdf(parent, [this, creditNoteId] { return m_session.documents().creditNote(creditNoteId); });
}

static DocumentContent report(const QString &title, const QString &html)
{
    DocumentContent content;
    content.kind = DocumentKind::Report;
    content.title = title;
    content.html = html;
    return content;
}

void PrintService::printReport(QWidget *parent, const QString &title, const QString &html)
{
    print(
        parent, [&] { return Result<DocumentContent>(report(title, html)); }, Paper::A4);
}

void PrintService::previewReport(QWidget *parent, const QString &title, const QString &html)
{
    preview(
        parent, [&] { return Result<DocumentContent>(report(title, html)); },
        [this, parent, title, html] { printReport(parent, title, html); },
        [this, parent, title, html] { saveReportPdf(parent, title, html); });
}

void PrintService::saveReportPdf(QWidget *parent, const QString &title, const QString &html)
{
    savePdf(parent, [&] { return Result<DocumentContent>(report(title, html)); });
}

} // namespace guichet
