#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>

namespace guichet {

PrintableDocument::PrintableDocument() = default;
PrintableDocument::~PrintableDocument() = default;
PrintableDocument::PrintableDocument(PrintableDocument &&) noexcept = default;
PrintableDocument &PrintableDocument::operator=(PrintableDocument &&) noexcept = default;

QPaintDevice *PrintableDocument::layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        const int dotsPerMetre = qRound(DotsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        return image;
    }();
    return &device;
}

int PrintableDocument::pageCount() const
{
    return document ? document->pageCount() : 0;
}

namespace {

// Paper: A4 with 18 mm sides, 14 mm top and bottom; the receipt roll is 80 mm wide, printed on 72 mm.
constexpr qreal A4SideMargin = 18.0;
constexpr qreal A4TopMargin = 14.0;
constexpr qreal A4BottomMargin = 12.0;
constexpr qreal ReceiptWidth = 80.0;
constexpr qreal ReceiptSideMargin = 4.0;
constexpr qreal ReceiptEndMargin = 4.0;

QFont documentFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Helvetica")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    // No ligatures: "ﬁ" and "ﬀ" glyphs would break searching and extracting the PDF's text.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

const QString A4Style = QStringLiteral(
    "p { margin-top: 0; margin-bottom: 0; }"
    ".commune { font-size: 15pt; font-weight: bold; }"
    ".regie { font-size: 10pt; font-weight: bold; margin-top: 2px; }"
    ".contact { font-size: 8pt; color: #404040; margin-top: 4px; }"
    ".title { font-size: 20pt; font-weight: bold; }"
    ".titlelong { font-size: 15pt; font-weight: bold; }"
    ".number { font-size: 11pt; font-weight: bold; margin-top: 2px; }"
    ".duplicate { font-size: 13pt; font-weight: bold; color: #b00000; }"
    ".label { font-size: 8pt; color: #505050; }"
    ".payer { font-size: 10.5pt; font-weight: bold; }"
    ".section { font-size: 9.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
    "table.lines th { background-color: #e6e6e6; font-weight: bold; border-bottom: 1px solid #000000; }"
    "table.lines td { border-bottom: 1px solid #c8c8c8; }"
    "td.total { font-weight: bold; font-size: 10.5pt; border-top: 1px solid #000000; }"
    "td.due { font-weight: bold; font-size: 10.5pt; }"
    ".paid { font-size: 10pt; font-weight: bold; }"
    ".status { font-size: 9pt; margin-top: 8px; }"
    ".legal { font-size: 8pt; color: #404040; margin-top: 10px; }");

const QString ReceiptStyle = QStringLiteral("p { margin-top: 0; margin-bottom: 0; }"
                                            ".commune { font-size: 11pt; font-weight: bold; }"
                                            ".regie { font-size: 8pt; font-weight: bold; }"
                                            ".contact { font-size: 7pt; }"
                                            ".title { font-size: 12pt; font-weight: bold; margin-top: 6px; }"
                                            ".duplicate { font-size: 12pt; font-weight: bold; }"
                                            ".small { font-size: 7.5pt; }"
                                            "hr { margin-top: 4px; margin-bottom: 4px; }"
                                            "td.strong { font-weight: bold; }"
                                            ".legal { font-size: 6.5pt; margin-top: 6px; }");

// Fonts drawn outside the text layout are sized in layout units (pixels at 1200 dpi): the painter is
// already scaled from those units to the device.
QFont layoutFont(const QTextDocument &document, qreal points, bool bold = false)
{
    QFont font = document.defaultFont();
    font.setPixelSize(qRound(points / 72.0 * PrintableDocument::DotsPerInch));
    font.setBold(bold);
    return font;
}

// A large light-grey diagonal word under the text of the page. Drawn as outlines (not text) in an
// opaque colour: no transparency (PDF/A-1b) and no stray word in the extracted text.
void drawWatermark(QPainter &painter, const QTextDocument &document, const QRectF &page, const QString &word)
{
    QPainterPath path;
    path.addText(0, 0, layoutFont(document, 96, true), word);
    const QRectF bounds = path.boundingRect();
    const qreal diagonal = std::hypot(page.width(), page.height());
    const qreal scale = std::min(0.75 * diagonal / bounds.width(), page.height() / 4 / bounds.height());
    painter.save();
    painter.translate(page.center());
    painter.rotate(-std::atan2(page.height(), page.width()) * 180.0 / M_PI);
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xE4, 0xE4, 0xE4));
    painter.drawPath(path);
    painter.restore();
}

} // namespace

PrintableDocument PrintableDocument::layOut(const DocumentContent &content)
{
    PrintableDocument printable;
    printable.content = content;
    printable.duplicateMark = tr("DUPLICATE");
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layoutDevice());
    document->setDocumentMargin(0);
    if (content.kind != DocumentKind::Receipt) {
        printable.pageLayout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                           QMarginsF(A4SideMargin, A4TopMargin, A4SideMargin, A4BottomMargin),
                                           QPageLayout::Millimeter);
        const QSizeF paint = printable.pageLayout.paintRect(QPageLayout::Millimeter).size();
        document->setDefaultFont(documentFont(9.5));
        document->setDefaultStyleSheet(A4Style);
        document->setPageSize(
            QSizeF(fromMillimetres(paint.width()), fromMillimetres(paint.height() - FooterMillimetres)));
        document->setHtml(content.htmlToPrint());
    } else {
        const qreal width = ReceiptWidth - 2 * ReceiptSideMargin;
        document->setDefaultFont(documentFont(8.5));
        document->setDefaultStyleSheet(ReceiptStyle);
        document->setTextWidth(fromMillimetres(width));
        document->setHtml(content.htmlToPrint());
        // One page exactly as long as the content (a roll has no page breaks).
        qreal height = document->size().height() + fromMillimetres(1.0);
        document->setPageSize(QSizeF(fromMillimetres(width), height));
        while (document->pageCount() > 1) {
            height += fromMillimetres(5.0);
            document->setPageSize(QSizeF(fromMillimetres(width), height));
        }
        const qreal heightMm = height / DotsPerInch * 25.4;
        printable.pageLayout =
            QPageLayout(QPageSize(QSizeF(ReceiptWidth, heightMm + 2 * ReceiptEndMargin),
                                  QPageSize::Millimeter, tr("Receipt 80 mm"), QPageSize::ExactMatch),
                        QPageLayout::Portrait,
                        QMarginsF(ReceiptSideMargin, ReceiptEndMargin, ReceiptSideMargin, ReceiptEndMargin),
                        QPageLayout::Millimeter);
    }
    document->setMetaInformation(QTextDocument::DocumentTitle, content.title);
    printable.document = std::move(document);
    return printable;
}

Status PrintableDocument::paint(QPagedPaintDevice &device) const
{
    const Error refused = Error::of(tr("The document could not be drawn: the printer or the file refused "
                                       "it. Check the printer (or the folder) and try again."));
    if (!document)
        return refused;
    const QSizeF page = document->pageSize();
    const bool a4 = content.kind != DocumentKind::Receipt;
    const qreal footer = a4 ? fromMillimetres(FooterMillimetres) : 0.0;
    if (page.width() <= 0 || page.height() <= 0)
        return refused;

    QPainter painter;
    if (!painter.begin(&device))
        return refused;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale =
        std::min(qreal(device.width()) / page.width(), qreal(device.height()) / (page.height() + footer));
    const int pages = document->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return refused;
        }
        painter.save();
        painter.scale(scale, scale);
        if (content.duplicate && a4 && !duplicateMark.isEmpty())
            drawWatermark(painter, *document, QRectF(QPointF(0, 0), page), duplicateMark);

        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        if (a4) {
            const QRectF area(0, page.height(), page.width(), footer);
            painter.setPen(QPen(QColor(0x80, 0x80, 0x80), fromMillimetres(0.2)));
            painter.drawLine(area.topLeft() + QPointF(0, footer * 0.35),
                             area.topRight() + QPointF(0, footer * 0.35));
            painter.setFont(layoutFont(*document, 7.5));
            painter.setPen(QColor(0x40, 0x40, 0x40));
            const QRectF text = area.adjusted(0, footer * 0.45, 0, 0);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, content.title);
            painter.drawText(text, Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
        }
        painter.restore();
    }
    if (!painter.end())
        return refused;
    return Status::success();
}

Result<QByteArray> PrintableDocument::toPdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(int(DotsPerInch));
        writer.setCreator(QStringLiteral("Guichet Périscolaire"));
        writer.setTitle(content.title);
        if (!writer.setPageLayout(pageLayout))
            return Error::of(tr("The document could not be made: its paper size is not supported."));
        if (Status s = paint(writer); !s)
            return s.error();
    }
    buffer.close();
    if (bytes.isEmpty())
        return Error::of(tr("The document could not be made. Try again, and if it happens again send the "
                            "program's log to your IT support."));
    return bytes;
}

} // namespace guichet
