#include "documents/DocumentService.h"

#include "common/Uuid.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageSize>
#include <QSqlQuery>
#include <QTextDocument>

#include <algorithm>

namespace guichet {

namespace {

// Paper: A4 with 18 mm sides, 14 mm top and bottom; the receipt roll is 80 mm wide, printed on 72 mm.
constexpr qreal A4SideMargin = 18.0;
constexpr qreal A4TopMargin = 14.0;
constexpr qreal A4BottomMargin = 12.0;
constexpr qreal ReceiptWidth = 80.0;
constexpr qreal ReceiptSideMargin = 4.0;
constexpr qreal ReceiptEndMargin = 4.0;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Multi-line text (addresses) with line breaks kept.
QString escLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = esc(line.trimmed());
    return lines.join(QStringLiteral("<br>"));
}

QString dateText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString dateTimeText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

// Amounts never break across lines ("1 234,56 €" keeps its no-break spaces).
QString money(Money amount)
{
    return esc(amount.toString());
}

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
    ".legal { font-size: 8pt; color: #404040; margin-top: 18px; }");

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

// Lowercase means of payment for "Paid on ... by ...".
QString meansPhrase(const PaymentView &payment)
{
    switch (payment.method) {
    case PaymentMethod::Cash:
        return DocumentService::tr("cash");
    case PaymentMethod::Cheque:
        return DocumentService::tr("cheque no. %1").arg(payment.chequeNumber);
    case PaymentMethod::Card:
        return DocumentService::tr("bank card");
    case PaymentMethod::Online:
        return DocumentService::tr("online card payment");
    }
    return {};
}

QString linesTable(const QList<InvoiceLineView> &lines, bool credited)
{
    QString html =
        QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                       "style=\"border-collapse: collapse; margin-top: 20px;\"><thead><tr>") %
        QStringLiteral("<th align=\"left\" width=\"52%\">") % esc(DocumentService::tr("Description")) %
        QStringLiteral("</th><th align=\"right\" width=\"14%\">") % esc(DocumentService::tr("Quantity")) %
        QStringLiteral("</th><th align=\"right\" width=\"17%\">") % esc(DocumentService::tr("Unit price")) %
        QStringLiteral("</th><th align=\"right\" width=\"17%\">") % esc(DocumentService::tr("Amount")) %
        QStringLiteral("</th></tr></thead>");
    for (const InvoiceLineView &line : lines) {
        // A credit note line carries the credited quantity; its amount is that quantity at the unit price.
        const Money total = credited ? line.unitPrice * line.quantity : line.total;
        html += QStringLiteral("<tr><td>") % esc(line.description) %
                QStringLiteral("</td><td align=\"right\">") % QString::number(line.quantity) %
                QStringLiteral("</td><td align=\"right\">") % money(line.unitPrice) %
                QStringLiteral("</td><td align=\"right\">") % money(total) % QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

// The credit notes issued against an invoice: number, date, reason, amount.
QString creditNotesTable(const QList<CreditNoteView> &notes)
{
    QString html =
        QStringLiteral("<p class=\"section\">") %
        esc(DocumentService::tr("Credit notes issued against this invoice")) %
        QStringLiteral("</p><table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse;\"><thead><tr><th align=\"left\" width=\"26%\">") %
        esc(DocumentService::tr("Credit note")) % QStringLiteral("</th><th align=\"left\" width=\"14%\">") %
        esc(DocumentService::tr("Date")) % QStringLiteral("</th><th align=\"left\" width=\"43%\">") %
        esc(DocumentService::tr("Reason")) % QStringLiteral("</th><th align=\"right\" width=\"17%\">") %
        esc(DocumentService::tr("Amount")) % QStringLiteral("</th></tr></thead>");
    for (const CreditNoteView &note : notes)
        html += QStringLiteral("<tr><td>") % esc(note.number) % QStringLiteral("</td><td>") %
                esc(dateText(note.issuedAt)) % QStringLiteral("</td><td>") % esc(note.reason) %
                QStringLiteral("</td><td align=\"right\">") % money(-note.total) %
                QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

// A label/value table (date, school year, file number...), labels small and grey.
QString factsTable(const QList<std::pair<QString, QString>> &facts)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : facts) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td class=\"label\" style=\"padding-right: 12px;\">") % esc(label) %
                QStringLiteral("</td><td>") % esc(value) % QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString payerBlock(const QString &label, const QString &name, const QString &address)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: #808080;\"><tr><td>"
                          "<p class=\"label\">") %
           esc(label) % QStringLiteral("</p><p class=\"payer\">") % esc(name) % QStringLiteral("</p><p>") %
           escLines(address) % QStringLiteral("</p></td></tr></table>");
}

// The right-hand summary under the lines: label/amount rows.
struct SummaryRow
{
    QString label;
    QString amount;
    QString cssClass;
};

QString summaryTable(const QList<SummaryRow> &rows)
{
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse;\"><tr><td width=\"45%\"></td>"
                       "<td width=\"55%\"><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse;\">");
    for (const SummaryRow &row : rows) {
        const QString cls = row.cssClass.isEmpty()
                                ? QString()
                                : QStringLiteral(" class=\"") % row.cssClass % QStringLiteral("\"");
        html += QStringLiteral("<tr><td") % cls % QStringLiteral(">") % esc(row.label) %
                QStringLiteral("</td><td align=\"right\"") % cls % QStringLiteral(">") % row.amount %
                QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table></td></tr></table>");
}

QString duplicateBadge(bool duplicate)
{
    if (!duplicate)
        return {};
    return QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"4\" border=\"2\" "
                          "style=\"border-collapse: collapse; border-color: #b00000; margin-top: 6px;\"><tr>"
                          "<td class=\"duplicate\">&nbsp;") %
           esc(DocumentService::tr("DUPLICATE")) % QStringLiteral("&nbsp;</td></tr></table>");
}

QString legalMention()
{
    return DocumentService::tr("Service not subject to VAT (article 256 B of the CGI).");
}

} // namespace

DocumentService::DocumentService(Database &database) : m_database(database), m_sales(database) {}

QString DocumentService::kindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Invoice:
        return QStringLiteral("invoice");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::CreditNote:
        return QStringLiteral("credit_note");
    }
    return QStringLiteral("invoice");
}

int DocumentService::printCount(DocumentKind kind, const QString &number) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM document_print WHERE kind = ? AND number = ?"));
    bindAll(q, {kindCode(kind), number});
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status DocumentService::recordPrint(const PrintableDocument &document)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.status();
    const bool duplicate = printCount(document.kind, document.number) > 0;
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO document_print (uuid, origin_site, kind, number, duplicate, printed_at, "
                       "clerk) VALUES (?,?,?,?,?,?,?)"));
    bindAll(q, {createUuidV7(), m_database.siteId(), kindCode(document.kind), document.number,
                duplicate ? 1 : 0, m_database.clock().nowIso(), m_database.actor()});
    if (Status s = execOrError(q); !s)
        return s;
    return transaction.commit();
}

namespace {
// The id a one-column query finds for 'key', or 'notFound' (the French message) when none.
Result<qint64> lookUpId(const Database &database, const QString &sql, const QVariant &key,
                        const QString &notFound)
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    q.addBindValue(key);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(notFound);
    return q.value(0).toLongLong();
}
} // namespace

Result<qint64> DocumentService::invoiceIdByNumber(const QString &number) const
{
    return lookUpId(m_database, QStringLiteral("SELECT id FROM invoice WHERE number = ?"), number.trimmed(),
                    tr("No invoice has the number %1 in this database. Check the number.").arg(number));
}

Result<qint64> DocumentService::creditNoteIdByNumber(const QString &number) const
{
    return lookUpId(m_database, QStringLiteral("SELECT id FROM credit_note WHERE number = ?"),
                    number.trimmed(),
                    tr("No credit note has the number %1 in this database. Check the number.").arg(number));
}

Result<qint64> DocumentService::invoiceIdOfReceipt(const QString &receiptNumber) const
{
    return lookUpId(
        m_database, QStringLiteral("SELECT invoice_id FROM payment WHERE receipt_number = ? LIMIT 1"),
        receiptNumber.trimmed(),
        tr("No receipt has the number %1 in this database. Check the number.").arg(receiptNumber));
}

Result<qint64> DocumentService::invoiceIdOfCreditNote(qint64 creditNoteId) const
{
    return lookUpId(
        m_database, QStringLiteral("SELECT invoice_id FROM credit_note WHERE id = ?"), creditNoteId,
        tr("This credit note is not in this database. Search for it again from the family file."));
}

QString DocumentService::communeHeader() const
{
    const QString commune = m_database.communeSetting(QStringLiteral("commune_name"));
    const QString regie = m_database.communeSetting(QStringLiteral("regie_name"));
    const QString address = m_database.communeSetting(QStringLiteral("commune_address"));
    const QString phone = m_database.communeSetting(QStringLiteral("commune_phone"));
    const QString email = m_database.communeSetting(QStringLiteral("commune_email"));
    QStringList contact;
    if (!address.isEmpty())
        contact += escLines(address);
    QStringList reach;
    if (!phone.isEmpty())
        reach += esc(tr("Tel. %1").arg(phone));
    if (!email.isEmpty())
        reach += esc(email);
    if (!reach.isEmpty())
        contact += reach.join(QStringLiteral(" &#8212; "));
    return QStringLiteral("<p class=\"commune\">") % esc(commune) %
           QStringLiteral("</p><p class=\"regie\">") % esc(regie) %
           QStringLiteral("</p><p class=\"contact\">") % contact.join(QStringLiteral("<br>")) %
           QStringLiteral("</p>");
}

QString DocumentService::receiptHeader() const
{
    const QString phone = m_database.communeSetting(QStringLiteral("commune_phone"));
    return QStringLiteral("<p align=\"center\" class=\"commune\">") %
           esc(m_database.communeSetting(QStringLiteral("commune_name"))) %
           QStringLiteral("</p><p align=\"center\" class=\"regie\">") %
           esc(m_database.communeSetting(QStringLiteral("regie_name"))) %
           QStringLiteral("</p><p align=\"center\" class=\"contact\">") %
           escLines(m_database.communeSetting(QStringLiteral("commune_address"))) %
           (phone.isEmpty() ? QString() : QStringLiteral("<br>") % esc(tr("Tel. %1").arg(phone))) %
           QStringLiteral("</p>");
}

PrintableDocument DocumentService::makeA4(DocumentKind kind, const QString &number, const QString &title,
                                          bool duplicate, const QString &html) const
{
    PrintableDocument printable;
    printable.kind = kind;
    printable.number = number;
    printable.title = title;
    printable.duplicate = duplicate;
    printable.duplicateMark = tr("DUPLICATE");
    printable.pageLayout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(A4SideMargin, A4TopMargin, A4SideMargin, A4BottomMargin),
                                       QPageLayout::Millimeter);
    const QSizeF paint = printable.pageLayout.paintRect(QPageLayout::Millimeter).size();

    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(PrintableDocument::layoutDevice());
    document->setDocumentMargin(0);
    document->setDefaultFont(documentFont(9.5));
    document->setDefaultStyleSheet(A4Style);
    document->setPageSize(
        QSizeF(PrintableDocument::fromMillimetres(paint.width()),
               PrintableDocument::fromMillimetres(paint.height() - PrintableDocument::FooterMillimetres)));
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    printable.document = std::move(document);
    return printable;
}

PrintableDocument DocumentService::makeReceipt(const QString &number, const QString &title, bool duplicate,
                                               const QString &html) const
{
    PrintableDocument printable;
    printable.kind = DocumentKind::Receipt;
    printable.number = number;
    printable.title = title;
    printable.duplicate = duplicate;
    printable.duplicateMark = tr("DUPLICATE");

    const qreal width = ReceiptWidth - 2 * ReceiptSideMargin;
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(PrintableDocument::layoutDevice());
    document->setDocumentMargin(0);
    document->setDefaultFont(documentFont(8.5));
    document->setDefaultStyleSheet(ReceiptStyle);
    document->setTextWidth(PrintableDocument::fromMillimetres(width));
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, title);
    // One page exactly as long as the content (a roll has no page breaks).
    qreal height = document->size().height() + PrintableDocument::fromMillimetres(1.0);
    document->setPageSize(QSizeF(PrintableDocument::fromMillimetres(width), height));
    while (document->pageCount() > 1) {
        height += PrintableDocument::fromMillimetres(5.0);
        document->setPageSize(QSizeF(PrintableDocument::fromMillimetres(width), height));
    }
    const qreal heightMm = height / PrintableDocument::DotsPerInch * 25.4;
    printable.pageLayout =
        QPageLayout(QPageSize(QSizeF(ReceiptWidth, heightMm + 2 * ReceiptEndMargin), QPageSize::Millimeter,
                              tr("Receipt 80 mm"), QPageSize::ExactMatch),
                    QPageLayout::Portrait,
                    QMarginsF(ReceiptSideMargin, ReceiptEndMargin, ReceiptSideMargin, ReceiptEndMargin),
                    QPageLayout::Millimeter);
    printable.document = std::move(document);
    return printable;
}

Result<PrintableDocument> DocumentService::invoiceDocument(qint64 invoiceId) const
{
    auto found = m_sales.invoice(invoiceId);
    if (!found)
        return found.error();
    const InvoiceView &invoice = found.value();
    const bool duplicate = printCount(DocumentKind::Invoice, invoice.number) > 0;

    QString html = QStringLiteral("<html><body>"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td width=\"58%\" valign=\"top\">") %
                   communeHeader() %
                   QStringLiteral("</td><td width=\"42%\" valign=\"top\" align=\"right\">"
                                  "<p align=\"right\" class=\"title\">") %
                   esc(tr("INVOICE")) % QStringLiteral("</p><p align=\"right\" class=\"number\">") %
                   esc(tr("No. %1").arg(invoice.number)) % QStringLiteral("</p>") %
                   duplicateBadge(duplicate) % QStringLiteral("</td></tr></table>");

    // Facts on the left, the addressee on the right (where a window envelope shows it).
    const QList<std::pair<QString, QString>> facts{
        {tr("Date"), dateText(invoice.issuedAt)},
        {tr("School year"), invoice.schoolYear},
        {tr("Family file no."), invoice.fileNumber > 0 ? QString::number(invoice.fileNumber) : QString()},
        {tr("Tariff"), invoice.bracketLabel},
    };
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 22px;\">"
                "<tr><td width=\"50%\" valign=\"top\">") %
            factsTable(facts) %
            QStringLiteral("</td><td width=\"8%\"></td><td width=\"42%\" valign=\"top\">") %
            payerBlock(tr("Invoiced to"), invoice.payerName, invoice.payerAddress) %
            QStringLiteral("</td></tr></table>");

    html += linesTable(invoice.lines, false);

    QList<SummaryRow> summary{{tr("Total"), money(invoice.total), QStringLiteral("total")}};
    if (!invoice.creditNotes.isEmpty())
        summary += SummaryRow{tr("Credit notes"), money(-invoice.credited), QString()};
    const Money net = invoice.total - invoice.credited;
    if (!invoice.creditNotes.isEmpty())
        summary += SummaryRow{tr("Total after credit notes"), money(net), QStringLiteral("total")};
    if (!invoice.creditNotes.isEmpty() || (!invoice.paid.isZero() && !invoice.due.isZero()))
        summary += SummaryRow{tr("Already paid"), money(invoice.paid), QString()};
    if (invoice.paid > net)
        summary += SummaryRow{tr("Overpaid"), money(invoice.paid - net), QString()};
    if (invoice.due > Money())
        summary += SummaryRow{tr("Amount due"), money(invoice.due), QStringLiteral("due")};
    html += summaryTable(summary);
    if (!invoice.creditNotes.isEmpty())
        html += creditNotesTable(invoice.creditNotes);

    if (invoice.status == InvoiceStatus::Paid && !invoice.payments.isEmpty()) {
        QStringList means;
        for (const PaymentView &payment : invoice.payments) {
            const QString phrase = meansPhrase(payment);
            if (!means.contains(phrase))
                means += phrase;
        }
        const QDateTime paidAt =
            invoice.paidAt.isValid() ? invoice.paidAt : invoice.payments.constFirst().paidAt;
        html += QStringLiteral("<p class=\"paid\" style=\"margin-top: 14px;\">") %
                esc(tr("Paid on %1 by %2.").arg(dateText(paidAt), means.join(QStringLiteral(" / ")))) %
                QStringLiteral("</p>");
    } else if (invoice.due > Money() && invoice.status != InvoiceStatus::Cancelled) {
        const QString regie = m_database.communeSetting(QStringLiteral("regie_name"));
        html += QStringLiteral("<p style=\"margin-top: 14px;\">") %
                esc(tr("Payable at the counter: cash, bank card, or cheque made out to \"%1\".").arg(regie)) %
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p class=\"status\">") %
            esc(tr("Status: %1").arg(invoiceStatusLabel(invoice.status))) %
            QStringLiteral("</p><p class=\"legal\">") % esc(legalMention()) %
            QStringLiteral("</p></body></html>");

    return makeA4(DocumentKind::Invoice, invoice.number, tr("Invoice %1").arg(invoice.number), duplicate,
                  html);
}

Result<PrintableDocument> DocumentService::creditNoteDocument(qint64 creditNoteId) const
{
    auto invoiceId = invoiceIdOfCreditNote(creditNoteId);
    if (!invoiceId)
        return invoiceId.error();
    auto found = m_sales.invoice(invoiceId.value());
    if (!found)
        return found.error();
    const InvoiceView &invoice = found.value();
    const auto it = std::find_if(invoice.creditNotes.cbegin(), invoice.creditNotes.cend(),
                                 [&](const CreditNoteView &note) { return note.id == creditNoteId; });
    if (it == invoice.creditNotes.cend())
        return Error::of(tr("This credit note is not in this database. Search for it again from the family "
                            "file."));
    const CreditNoteView &note = *it;
    const bool duplicate = printCount(DocumentKind::CreditNote, note.number) > 0;

    QString html = QStringLiteral("<html><body>"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td width=\"58%\" valign=\"top\">") %
                   communeHeader() %
                   QStringLiteral("</td><td width=\"42%\" valign=\"top\" align=\"right\">"
                                  "<p align=\"right\" class=\"title\">") %
                   esc(tr("CREDIT NOTE")) % QStringLiteral("</p><p align=\"right\" class=\"number\">") %
                   esc(tr("No. %1").arg(note.number)) % QStringLiteral("</p>") % duplicateBadge(duplicate) %
                   QStringLiteral("</td></tr></table>");

    const QList<std::pair<QString, QString>> facts{
        {tr("Date"), dateText(note.issuedAt)},
        {tr("Invoice corrected"), tr("%1 of %2").arg(invoice.number, dateText(invoice.issuedAt))},
        {tr("School year"), invoice.schoolYear},
        {tr("Family file no."), invoice.fileNumber > 0 ? QString::number(invoice.fileNumber) : QString()},
    };
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 22px;\">"
                "<tr><td width=\"50%\" valign=\"top\">") %
            factsTable(facts) %
            QStringLiteral("</td><td width=\"8%\"></td><td width=\"42%\" valign=\"top\">") %
            payerBlock(tr("Issued to"), invoice.payerName, invoice.payerAddress) %
            QStringLiteral("</td></tr></table>");

    html += QStringLiteral("<p style=\"margin-top: 22px;\"><b>") % esc(tr("Reason:")) %
            QStringLiteral("</b> ") % esc(note.reason) % QStringLiteral("</p>") %
            linesTable(note.lines, true);
    html += summaryTable({{tr("Total credited"), money(note.total), QStringLiteral("total")}});
    html +=
        QStringLiteral("<p class=\"legal\">") % esc(legalMention()) % QStringLiteral("</p></body></html>");

    return makeA4(DocumentKind::CreditNote, note.number, tr("Credit note %1").arg(note.number), duplicate,
                  html);
}

Result<PrintableDocument> DocumentService::receiptDocument(const QString &receiptNumber) const
{
    auto invoiceId = invoiceIdOfReceipt(receiptNumber);
    if (!invoiceId)
        return invoiceId.error();
    auto found = m_sales.invoice(invoiceId.value());
    if (!found)
        return found.error();
    const InvoiceView &invoice = found.value();
    QList<PaymentView> parts;
    for (const PaymentView &payment : invoice.payments)
        if (payment.receiptNumber == receiptNumber.trimmed())
            parts += payment;
    if (parts.isEmpty())
        return Error::of(
            tr("No receipt has the number %1 in this database. Check the number.").arg(receiptNumber));
    std::sort(parts.begin(), parts.end(),
              [](const PaymentView &a, const PaymentView &b) { return a.id < b.id; });
    const QString number = parts.constFirst().receiptNumber;
    const bool duplicate = printCount(DocumentKind::Receipt, number) > 0;

    // The balance as it stood after this payment (later payments and credit notes are not on it).
    const QDateTime paidAt = parts.constFirst().paidAt;
    const qint64 lastPartId = parts.constLast().id;
    Money paidSoFar;
    for (const PaymentView &payment : invoice.payments)
        if (payment.id <= lastPartId)
            paidSoFar += payment.amount;
    Money creditedSoFar;
    for (const CreditNoteView &note : invoice.creditNotes)
        if (note.issuedAt <= paidAt)
            creditedSoFar += note.total;
    const Money remaining = invoice.total - creditedSoFar - paidSoFar;

    const auto row = [](const QString &label, const QString &amount, bool strong = false,
                        bool indent = false) -> QString {
        const QString cls = strong ? QStringLiteral(" class=\"strong\"") : QString();
        return QStringLiteral("<tr><td") % cls %
               (indent ? QStringLiteral(" style=\"padding-left: 10px;\"") : QString()) % QStringLiteral(">") %
               label % QStringLiteral("</td><td align=\"right\"") % cls % QStringLiteral(">") % amount %
               QStringLiteral("</td></tr>");
    };
    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");

    QString html = QStringLiteral("<html><body>") % receiptHeader() % QStringLiteral("<hr>") %
                   QStringLiteral("<p align=\"center\" class=\"title\">") % esc(tr("RECEIPT")) %
                   QStringLiteral("</p><p align=\"center\">") % esc(tr("No. %1").arg(number)) %
                   QStringLiteral("</p><p align=\"center\">") % esc(dateTimeText(paidAt)) %
                   QStringLiteral("</p>");
    if (duplicate)
        html += QStringLiteral("<p align=\"center\" class=\"duplicate\">*** ") % esc(tr("DUPLICATE")) %
                QStringLiteral(" ***</p>");
    html += QStringLiteral("<hr>") % table % row(esc(tr("Invoice no.")), esc(invoice.number)) %
            row(esc(tr("Family file no.")), QString::number(invoice.fileNumber)) %
            row(esc(tr("Payer")), esc(invoice.payerName)) % QStringLiteral("</table><hr>");

    html += table;
    for (const InvoiceLineView &line : invoice.lines) {
        html += QStringLiteral("<tr><td colspan=\"2\">") % esc(line.description) %
                QStringLiteral("</td></tr>") %
                row(esc(QStringLiteral("%1 \u00D7 %2").arg(line.quantity).arg(line.unitPrice.toString())),
                    money(line.total), false, true);
    }
    html += row(esc(tr("Invoice total")), money(invoice.total), true);
    if (!creditedSoFar.isZero())
        html += row(esc(tr("Credit notes")), money(-creditedSoFar));
    html += QStringLiteral("</table><hr>") % table;

    Money paidHere;
    for (const PaymentView &part : parts) {
        paidHere += part.amount;
        QString label = esc(paymentMethodLabel(part.method));
        if (part.method == PaymentMethod::Cheque) {
            label += QStringLiteral(" ") % esc(tr("no. %1").arg(part.chequeNumber));
            if (!part.chequeBank.isEmpty())
                label += QStringLiteral("<br><span class=\"small\">") % esc(part.chequeBank) %
                         QStringLiteral("</span>");
        } else if ((part.method == PaymentMethod::Card || part.method == PaymentMethod::Online) &&
                   !part.cardReference.isEmpty()) {
            label += QStringLiteral("<br><span class=\"small\">") %
                     esc(tr("Ref. %1").arg(part.cardReference)) % QStringLiteral("</span>");
        }
        html += row(label, money(part.amount));
        if (part.method == PaymentMethod::Cash && part.tendered > Money()) {
            html += row(esc(tr("Tendered")), money(part.tendered), false, true);
            html += row(esc(tr("Change given")), money(part.change), false, true);
        }
    }
    html += row(esc(tr("Paid")), money(paidHere), true);
    if (remaining > Money())
        html += row(esc(tr("Remaining due")), money(remaining), true);
    html += QStringLiteral("</table>");
    if (remaining <= Money())
        html += QStringLiteral("<p align=\"center\" style=\"margin-top: 4px;\">") %
                esc(tr("Invoice paid in full.")) % QStringLiteral("</p>");
    html += QStringLiteral("<hr><p>") % esc(tr("Clerk: %1").arg(parts.constFirst().clerk)) %
            QStringLiteral("</p><p class=\"legal\" align=\"center\">") % esc(legalMention()) %
            QStringLiteral("</p></body></html>");

    return makeReceipt(number, tr("Receipt %1").arg(number), duplicate, html);
}

Result<QByteArray> DocumentService::issue(Result<PrintableDocument> document, Purpose purpose)
{
    if (!document)
        return document.error();
    auto pdf = document.value().toPdf();
    if (!pdf || purpose == Purpose::Preview)
        return pdf;
    if (Status s = recordPrint(document.value()); !s)
        return s.error();
    return pdf;
}

Result<QByteArray> DocumentService::invoicePdf(qint64 invoiceId, Purpose purpose)
{
    return issue(invoiceDocument(invoiceId), purpose);
}

Result<QByteArray> DocumentService::receiptPdf(const QString &receiptNumber, Purpose purpose)
{
    return issue(receiptDocument(receiptNumber), purpose);
}

Result<QByteArray> DocumentService::creditNotePdf(qint64 creditNoteId, Purpose purpose)
{
    return issue(creditNoteDocument(creditNoteId), purpose);
}

} // namespace guichet
