#pragma once

#include "common/Result.h"
#include "documents/DocumentContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace guichet {

// A document ready to paint: its content laid out (paginated to its page size), the paper it is made
// for (A4, or an 80 mm receipt as long as its content) and what to draw around it (page footer,
// DUPLICATA watermark). The same object paints on a QPdfWriter (PDF, CLI, tests) and on a QPrinter
// (ui/print/PrintService), so what prints is what the PDF shows. Laying out needs a QGuiApplication
// (fonts); headless programs use the offscreen platform.
class PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintableDocument)

public:
    PrintableDocument();
    ~PrintableDocument();
    PrintableDocument(PrintableDocument &&) noexcept;
    PrintableDocument &operator=(PrintableDocument &&) noexcept;

    // Lays the content out on its paper: A4 (invoice, credit note) or the 80 mm receipt roll.
    static PrintableDocument layOut(const DocumentContent &content);

    DocumentContent content; // what it says; recorded as issued once printed or saved
    QString duplicateMark;   // the translated word drawn as a watermark on A4 duplicates
    QPageLayout pageLayout;  // paper and margins, in millimetres
    std::unique_ptr<QTextDocument> document;

    int pageCount() const;

    // Paints every page on a device whose page layout was already set (QPdfWriter, QPrinter). Text is
    // scaled uniformly to the device's paint rectangle, so a printer with wider hardware margins gets
    // a slightly smaller page, never a distorted one.
    Status paint(QPagedPaintDevice &device) const;

    // The document as PDF bytes (PDF/A-1b: archived invoices stay readable without us).
    Result<QByteArray> toPdf() const;

    // Units of the document layout: 1200 per inch, so widths and font metrics do not depend on the
    // screen of the computer that makes the document.
    static constexpr qreal DotsPerInch = 1200.0;
    static qreal fromMillimetres(qreal millimetres) { return millimetres / 25.4 * DotsPerInch; }
    // The paint device giving the layout its resolution (fonts in points map to 1200 dpi).
    static QPaintDevice *layoutDevice();
    // Height reserved at the bottom of each A4 page for the footer (document number, page x / y).
    static constexpr qreal FooterMillimetres = 8.0;
};

} // namespace guichet
