#include "documents/PrintableDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
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

Status PrintableDocument::paint(QPagedPaintDevice &device) const
{
    const Error refused = Error::of(tr("The document could not be drawn: the printer or the file refused "
                                       "it. Check the printer (or the folder) and try again."));
    if (!document)
        return refused;
    const QSizeF page = document->pageSize();
    const bool a4 = kind != DocumentKind::Receipt;
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
        if (duplicate && a4 && !duplicateMark.isEmpty())
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
            painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, title);
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
        writer.setTitle(title);
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
