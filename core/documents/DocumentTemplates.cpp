#include "documents/DocumentTemplates.h"

#include "common/Iban.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace guichet {

namespace {

// The translation context of the documents' texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Multi-line text (addresses, notices) with line breaks kept.
QString escLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = esc(line.trimmed());
    return lines.join(QStringLiteral("<br>"));
}

// Amounts never break across lines ("1 234,56 €" keeps its no-break spaces).
QString money(Money amount)
{
    return esc(amount.toString());
}

// "123 456 789 00012", as a SIRET is printed.
QString siretText(const QString &siret)
{
    if (siret.size() != 14)
        return siret;
    return siret.left(3) % QLatin1Char(' ') % siret.mid(3, 3) % QLatin1Char(' ') % siret.mid(6, 3) %
           QLatin1Char(' ') % siret.mid(9);
}

// Lowercase means of payment for "Paid on ... by ...".
QString meansPhrase(const PaymentView &payment)
{
    switch (payment.method) {
    case PaymentMethod::Cash:
        return Text::tr("cash");
    case PaymentMethod::Cheque:
        return Text::tr("cheque no. %1").arg(payment.chequeNumber);
    case PaymentMethod::Card:
        return Text::tr("bank card");
    case PaymentMethod::Online:
        return Text::tr("online card payment");
    }
    return {};
}

QString vatMention()
{
    return Text::tr("VAT not applicable – article 256 B of the CGI.");
}

// Who issues the document: the commune, its régie, how to reach it, its SIRET.
QString communeHeader(const CommuneProfile &c)
{
    QStringList contact;
    if (!c.address.isEmpty())
        contact += escLines(c.address);
    QStringList reach;
    if (!c.phone.isEmpty())
        reach += esc(Text::tr("Tel. %1").arg(c.phone));
    if (!c.email.isEmpty())
        reach += esc(c.email);
    if (!reach.isEmpty())
        contact += reach.join(QStringLiteral(" &#8212; "));
    if (!c.siret.isEmpty())
        contact += esc(Text::tr("SIRET %1").arg(siretText(c.siret)));
    return QStringLiteral("<p class=\"commune\">") % esc(c.legalName.isEmpty() ? c.name : c.legalName) %
           QStringLiteral("</p><p class=\"regie\">") % esc(c.regieName) %
           QStringLiteral("</p><p class=\"contact\">") % contact.join(QStringLiteral("<br>")) %
           QStringLiteral("</p>");
}

// The legal lines at the foot of an A4 document: the régie's act and régisseur, the VAT mention.
QString legalBlock(const CommuneProfile &c, const QStringList &notices = {})
{
    QStringList lines;
    for (const QString &notice : notices)
        if (!notice.trimmed().isEmpty())
            lines += escLines(notice);
    QStringList regie;
    if (!c.regieAct.isEmpty())
        regie += esc(Text::tr("%1, created by %2").arg(c.regieName, c.regieAct));
    if (!c.regisseurName.isEmpty())
        regie += esc(Text::tr("Régisseur: %1").arg(c.regisseurName));
    if (!regie.isEmpty())
        lines += regie.join(QStringLiteral(" &#8212; "));
    lines += esc(vatMention());
    return QStringLiteral("<p class=\"legal\">") % lines.join(QStringLiteral("</p><p class=\"legal\">")) %
           QStringLiteral("</p>");
}

QString linesTable(const QList<InvoiceLineView> &lines)
{
    QString html = QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" "
                                  "style=\"border-collapse: collapse; margin-top: 20px;\"><thead><tr>") %
                   QStringLiteral("<th align=\"left\" width=\"52%\">") % esc(Text::tr("Description")) %
                   QStringLiteral("</th><th align=\"right\" width=\"14%\">") % esc(Text::tr("Quantity")) %
                   QStringLiteral("</th><th align=\"right\" width=\"17%\">") % esc(Text::tr("Unit price")) %
                   QStringLiteral("</th><th align=\"right\" width=\"17%\">") % esc(Text::tr("Amount")) %
                   QStringLiteral("</th></tr></thead>");
    for (const InvoiceLineView &line : lines)
        html += QStringLiteral("<tr><td>") % esc(line.description) %
                QStringLiteral("</td><td align=\"right\">") % QString::number(line.quantity) %
                QStringLiteral("</td><td align=\"right\">") % money(line.unitPrice) %
                QStringLiteral("</td><td align=\"right\">") % money(line.total) %
                QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

// The credit notes issued against an invoice: number, date, reason, amount.
QString creditNotesTable(const QList<CreditNoteView> &notes, const CommuneTime &time)
{
    QString html =
        QStringLiteral("<p class=\"section\">") % esc(Text::tr("Credit notes issued against this invoice")) %
        QStringLiteral("</p><table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse;\"><thead><tr><th align=\"left\" width=\"26%\">") %
        esc(Text::tr("Credit note")) % QStringLiteral("</th><th align=\"left\" width=\"14%\">") %
        esc(Text::tr("Date")) % QStringLiteral("</th><th align=\"left\" width=\"43%\">") %
        esc(Text::tr("Reason")) % QStringLiteral("</th><th align=\"right\" width=\"17%\">") %
        esc(Text::tr("Amount")) % QStringLiteral("</th></tr></thead>");
    for (const CreditNoteView &note : notes)
        html += QStringLiteral("<tr><td>") % esc(note.number) % QStringLiteral("</td><td>") %
                esc(time.dateText(note.issuedAt)) % QStringLiteral("</td><td>") % esc(note.reason) %
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

// The head of an A4 document: the commune on the left, the title, number and DUPLICATA place on the right.
// The head of an A4 document: the commune on the left, the title and what identifies the document on the
// right — its number ("N° SO1-2026-000001"), or, for a report of a period that has none, the period as is.
// A title word too long for the column at the title's size ("REMBOURSEMENTS") is set smaller rather than
// broken in the middle.
QString a4Head(const CommuneProfile &commune, const QString &title, const QString &number,
               bool numbered = true)
{
    constexpr int LongestWordAtTitleSize = 12;
    bool longWord = false;
    for (const QString &word : title.split(QLatin1Char(' ')))
        longWord = longWord || word.size() > LongestWordAtTitleSize;
    return QStringLiteral("<html><body><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"58%\" valign=\"top\">") %
           communeHeader(commune) %
           QStringLiteral(
               "</td><td width=\"42%\" valign=\"top\" align=\"right\"><p align=\"right\" class=\"") %
           (longWord ? QStringLiteral("titlelong") : QStringLiteral("title")) % QStringLiteral("\">") %
           esc(title) % QStringLiteral("</p><p align=\"right\" class=\"number\">") %
           esc(numbered ? Text::tr("No. %1").arg(number) : number) % QStringLiteral("</p>") %
           DocumentContent::DuplicateMarker % QStringLiteral("</td></tr></table>");
}

// Facts on the left, the addressee on the right (where a window envelope shows it).
QString factsAndAddressee(const QList<std::pair<QString, QString>> &facts, const QString &label,
                          const QString &name, const QString &address)
{
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 22px;\">"
               "<tr><td width=\"50%\" valign=\"top\">") %
           factsTable(facts) %
           QStringLiteral("</td><td width=\"8%\"></td><td width=\"42%\" valign=\"top\">") %
           payerBlock(label, name, address) % QStringLiteral("</td></tr></table>");
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

// The takings by means of payment (a Z, the accountant's statement). Online payments on the families'
// portal are cards with no terminal slip: shown apart when there are some, so that the cards at the counter
// match the terminal's own total.
QList<QStringList> takingsRows(Money cash, Money cheque, Money card, Money online)
{
    QList<QStringList> rows{{Text::tr("Cash"), cash.toString()}, {Text::tr("Cheques"), cheque.toString()}};
    if (online == Money())
        return rows << QStringList{Text::tr("Bank cards"), card.toString()};
    return rows << QStringList{Text::tr("Bank cards at the counter"), (card - online).toString()}
                << QStringList{Text::tr("Paid online (families' portal)"), online.toString()};
}

// A bordered table: a header row, then rows; the columns listed in 'right' are aligned right (amounts).
QString gridTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &right,
                  const QStringList &footer = {})
{
    const auto cell = [&](const QString &tag, int column, const QString &text) -> QString {
        return QStringLiteral("<") % tag %
               (right.contains(column) ? QStringLiteral(" align=\"right\"") : QString()) %
               QStringLiteral(">") % esc(text) % QStringLiteral("</") % tag % QStringLiteral(">");
    };
    QString html = QStringLiteral("<table class=\"lines\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-collapse: collapse; margin-top: 8px;\"><thead><tr>");
    for (int i = 0; i < headers.size(); ++i)
        html += cell(QStringLiteral("th"), i, headers.at(i));
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i)
            html += cell(QStringLiteral("td"), i, row.at(i));
        html += QStringLiteral("</tr>");
    }
    if (!footer.isEmpty()) {
        html += QStringLiteral("<tr class=\"total\">");
        for (int i = 0; i < footer.size(); ++i)
            html += QStringLiteral("<td") %
                    (right.contains(i) ? QStringLiteral(" align=\"right\"") : QString()) %
                    QStringLiteral("><b>") % esc(footer.at(i)) % QStringLiteral("</b></td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString &title)
{
    return QStringLiteral("<p class=\"section\">") % esc(title) % QStringLiteral("</p>");
}

QString closurePeriodText(const ClosureView &z)
{
    switch (z.kind) {
    case ClosureView::Kind::Day:
        return frenchDate(QDate::fromString(z.period, Qt::ISODate));
    case ClosureView::Kind::Month:
        return QDate::fromString(z.period + QStringLiteral("-01"), Qt::ISODate)
            .toString(QStringLiteral("MM/yyyy"));
    case ClosureView::Kind::Year:
        return z.period;
    }
    return z.period;
}

// "SO1-2026-000001 to SO1-2026-000019", or a dash.
QString numberRange(const QString &first, const QString &last)
{
    if (first.isEmpty())
        return QStringLiteral("—");
    return first == last ? first : Text::tr("%1 to %2").arg(first, last);
}

// A SHA-256 in four groups of 16, as a person reads it back to verify --anchor.
QString groupedHash(const QString &hash)
{
    QStringList groups;
    for (int i = 0; i < hash.size(); i += 16)
        groups += hash.mid(i, 16);
    return groups.join(QLatin1Char(' '));
}

} // namespace

QString DocumentContent::htmlToPrint() const
{
    return duplicate ? QString(html).replace(DuplicateMarker, DocumentTemplates::duplicateMark(kind)) : html;
}

QString DocumentTemplates::title(DocumentKind kind, const QString &number)
{
    switch (kind) {
    case DocumentKind::Invoice:
        return Text::tr("Invoice %1").arg(number);
    case DocumentKind::Receipt:
        return Text::tr("Receipt %1").arg(number);
    case DocumentKind::CreditNote:
        return Text::tr("Credit note %1").arg(number);
    case DocumentKind::Report:
        break;
    }
    return number;
}

QString DocumentTemplates::duplicateMark(DocumentKind kind)
{
    const QString word = esc(Text::tr("DUPLICATE"));
    if (kind == DocumentKind::Receipt)
        return QStringLiteral("<p align=\"center\" class=\"duplicate\">*** ") % word %
               QStringLiteral(" ***</p>");
    return QStringLiteral("<table align=\"right\" cellspacing=\"0\" cellpadding=\"4\" border=\"2\" "
                          "style=\"border-collapse: collapse; border-color: #b00000; margin-top: 6px;\"><tr>"
                          "<td class=\"duplicate\">&nbsp;") %
           word % QStringLiteral("&nbsp;</td></tr></table>");
}

QString DocumentTemplates::invoice(const InvoiceView &invoice, const DocumentContext &context)
{
    const CommuneProfile &commune = context.commune;
    const QDate issued = context.time.date(invoice.issuedAt);
    QString html = a4Head(commune, Text::tr("INVOICE"), invoice.number);
    html += factsAndAddressee(
        {
            {Text::tr("Date"), frenchDate(issued)},
            {Text::tr("Due date"), frenchDate(issued.addDays(commune.invoiceDueDays))},
            {Text::tr("School year"), invoice.schoolYear},
            {Text::tr("Family file no."), invoice.fileNumber},
            {Text::tr("Tariff"), invoice.bracketLabel},
        },
        Text::tr("Invoiced to"), invoice.payerName, invoice.payerAddress);
    html += linesTable(invoice.lines);

    QList<SummaryRow> summary{{Text::tr("Total"), money(invoice.total), QStringLiteral("total")}};
    const Money net = invoice.total - invoice.credited;
    if (!invoice.creditNotes.isEmpty()) {
        summary += SummaryRow{Text::tr("Credit notes"), money(-invoice.credited), QString()};
        summary += SummaryRow{Text::tr("Total after credit notes"), money(net), QStringLiteral("total")};
    }
    if (!invoice.creditNotes.isEmpty() || (!invoice.paid.isZero() && !invoice.due.isZero()))
        summary += SummaryRow{Text::tr("Already paid"), money(invoice.paid), QString()};
    if (invoice.paid > net)
        summary += SummaryRow{Text::tr("Overpaid"), money(invoice.paid - net), QString()};
    if (invoice.due > Money())
        summary += SummaryRow{Text::tr("Amount due"), money(invoice.due), QStringLiteral("due")};
    html += summaryTable(summary);
    if (!invoice.creditNotes.isEmpty())
        html += creditNotesTable(invoice.creditNotes, context.time);

    QStringList notices;
    if (invoice.status == InvoiceStatus::Paid && !invoice.payments.isEmpty()) {
        QStringList means;
        for (const PaymentView &payment : invoice.payments) {
            const QString phrase = meansPhrase(payment);
            if (!means.contains(phrase))
                means += phrase;
        }
        html += QStringLiteral("<p class=\"paid\" style=\"margin-top: 14px;\">") %
                esc(Text::tr("Paid on %1 by %2.")
                        .arg(context.time.dateText(invoice.paidAt), means.join(QStringLiteral(" / ")))) %
                QStringLiteral("</p>");
    } else if (invoice.due > Money() && invoice.status != InvoiceStatus::Cancelled) {
        html += QStringLiteral("<p style=\"margin-top: 14px;\">") %
                esc(Text::tr("To pay by %1 at the counter: cash, bank card, or cheque made out to \"%2\".")
                        .arg(frenchDate(issued.addDays(commune.invoiceDueDays)), commune.regieName)) %
                QStringLiteral("</p>");
        notices += commune.unpaidNotice;
    }
    notices += commune.appealNotice;
    html += QStringLiteral("<p class=\"status\">") %
            esc(Text::tr("Status: %1").arg(invoiceStatusLabel(invoice.status))) % QStringLiteral("</p>") %
            legalBlock(commune, notices) % QStringLiteral("</body></html>");
    return html;
}

QString DocumentTemplates::creditNote(const InvoiceView &invoice, const CreditNoteView &note,
                                      const DocumentContext &context)
{
    const CommuneProfile &commune = context.commune;
    QString html = a4Head(commune, Text::tr("CREDIT NOTE"), note.number);
    html += factsAndAddressee(
        {
            {Text::tr("Date"), context.time.dateText(note.issuedAt)},
            {Text::tr("Invoice corrected"),
             Text::tr("%1 of %2").arg(invoice.number, context.time.dateText(invoice.issuedAt))},
            {Text::tr("School year"), invoice.schoolYear},
            {Text::tr("Family file no."), invoice.fileNumber},
        },
        Text::tr("Issued to"), invoice.payerName, invoice.payerAddress);
    html += QStringLiteral("<p style=\"margin-top: 22px;\"><b>") % esc(Text::tr("Reason:")) %
            QStringLiteral("</b> ") % esc(note.reason) % QStringLiteral("</p>") % linesTable(note.lines);
    html += summaryTable({{Text::tr("Total credited"), money(note.total), QStringLiteral("total")}});
    html += legalBlock(commune) % QStringLiteral("</body></html>");
    return html;
}

QString DocumentTemplates::receipt(const ReceiptView &receipt, const DocumentContext &context)
{
    const CommuneProfile &commune = context.commune;
    const InvoiceView &invoice = receipt.invoice;
    const auto row = [](const QString &label, const QString &amount, bool strong = false,
                        bool indent = false) -> QString {
        const QString cls = strong ? QStringLiteral(" class=\"strong\"") : QString();
        return QStringLiteral("<tr><td") % cls %
               (indent ? QStringLiteral(" style=\"padding-left: 10px;\"") : QString()) % QStringLiteral(">") %
               label % QStringLiteral("</td><td align=\"right\"") % cls % QStringLiteral(">") % amount %
               QStringLiteral("</td></tr>");
    };
    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");

    QStringList contact;
    if (!commune.address.isEmpty())
        contact += escLines(commune.address);
    if (!commune.phone.isEmpty())
        contact += esc(Text::tr("Tel. %1").arg(commune.phone));
    if (!commune.siret.isEmpty())
        contact += esc(Text::tr("SIRET %1").arg(siretText(commune.siret)));
    QString html =
        QStringLiteral("<html><body><p align=\"center\" class=\"commune\">") %
        esc(commune.legalName.isEmpty() ? commune.name : commune.legalName) %
        QStringLiteral("</p><p align=\"center\" class=\"regie\">") % esc(commune.regieName) %
        QStringLiteral("</p><p align=\"center\" class=\"contact\">") % contact.join(QStringLiteral("<br>")) %
        QStringLiteral("</p><hr><p align=\"center\" class=\"title\">") % esc(Text::tr("RECEIPT")) %
        QStringLiteral("</p><p align=\"center\">") % esc(Text::tr("No. %1").arg(receipt.number)) %
        QStringLiteral("</p><p align=\"center\">") % esc(context.time.dateTimeText(receipt.paidAt)) %
        QStringLiteral("</p>") % DocumentContent::DuplicateMarker;
    html += QStringLiteral("<hr>") % table % row(esc(Text::tr("Invoice no.")), esc(invoice.number)) %
            row(esc(Text::tr("Family file no.")), esc(invoice.fileNumber)) %
            row(esc(Text::tr("Payer")), esc(invoice.payerName)) % QStringLiteral("</table><hr>");

    html += table;
    for (const InvoiceLineView &line : invoice.lines)
        html += QStringLiteral("<tr><td colspan=\"2\">") % esc(line.description) %
                QStringLiteral("</td></tr>") %
                row(esc(QStringLiteral("%1 \u00D7 %2").arg(line.quantity).arg(line.unitPrice.toString())),
                    money(line.total), false, true);
    html += row(esc(Text::tr("Invoice total")), money(invoice.total), true);
    if (!receipt.creditedBefore.isZero())
        html += row(esc(Text::tr("Credit notes")), money(-receipt.creditedBefore));
    if (!receipt.paidBefore.isZero())
        html += row(esc(Text::tr("Already paid before")), money(receipt.paidBefore));
    html += QStringLiteral("</table><hr>") % table;

    for (const PaymentView &part : receipt.parts) {
        QString label = esc(paymentMethodLabel(part.method));
        if (part.method == PaymentMethod::Cheque) {
            label += QStringLiteral(" ") % esc(Text::tr("no. %1").arg(part.chequeNumber));
            if (!part.chequeBank.isEmpty())
                label += QStringLiteral("<br><span class=\"small\">") % esc(part.chequeBank) %
                         QStringLiteral("</span>");
        } else if ((part.method == PaymentMethod::Card || part.method == PaymentMethod::Online) &&
                   !part.cardReference.isEmpty()) {
            label += QStringLiteral("<br><span class=\"small\">") %
                     esc(Text::tr("Ref. %1").arg(part.cardReference)) % QStringLiteral("</span>");
        }
        html += row(label, money(part.amount));
        if (part.method == PaymentMethod::Cash && part.tendered > Money()) {
            html += row(esc(Text::tr("Tendered")), money(part.tendered), false, true);
            html += row(esc(Text::tr("Change given")), money(part.change), false, true);
        }
    }
    html += row(esc(Text::tr("Paid now")), money(receipt.paidHere), true);
    if (receipt.remainingAfter > Money())
        html += row(esc(Text::tr("Remaining due")), money(receipt.remainingAfter), true);
    html += QStringLiteral("</table>");
    if (receipt.remainingAfter <= Money())
        html += QStringLiteral("<p align=\"center\" style=\"margin-top: 4px;\">") %
                esc(Text::tr("Invoice paid in full.")) % QStringLiteral("</p>");
    html += QStringLiteral("<hr><p>") % esc(Text::tr("Clerk: %1").arg(receipt.clerk)) %
            QStringLiteral("</p><p class=\"legal\" align=\"center\">") % esc(vatMention()) %
            QStringLiteral("</p></body></html>");
    return html;
}

QString DocumentTemplates::closureReport(const ClosureView &z, const DocumentContext &context)
{
    // Not closed yet (no number): the X report, the figures so far.
    const QString title = z.number.isEmpty()                   ? Text::tr("CASH STATUS (X), NOT A CLOSURE")
                          : z.kind == ClosureView::Kind::Day   ? Text::tr("DAILY CLOSURE (Z)")
                          : z.kind == ClosureView::Kind::Month ? Text::tr("MONTHLY CLOSURE")
                                                               : Text::tr("ANNUAL CLOSURE");
    QString html = a4Head(context.commune, title, z.number.isEmpty() ? Text::tr("(preview)") : z.number,
                          !z.number.isEmpty());
    html += QStringLiteral("<div style=\"margin-top: 16px;\">") %
            factsTable({{Text::tr("Period"), closurePeriodText(z)},
                        {Text::tr("Counter"), z.counterCode},
                        {Text::tr("Closed on"),
                         z.closedAt.isValid() ? context.time.dateTimeText(z.closedAt) : QString()},
                        {Text::tr("Closed by"), z.closedBy}}) %
            QStringLiteral("</div>");
    html += section(Text::tr("Takings by means of payment"));
    html += gridTable({Text::tr("Means"), Text::tr("Amount")},
                      takingsRows(z.cash, z.cheque, z.card, z.online), {1},
                      {Text::tr("Total takings (%n receipt(s))", nullptr, z.receipts), z.takings.toString()});
    if (z.refunds > 0)
        html += summaryTable(
            {{Text::tr("Tickets refunded (%n refund(s))", nullptr, z.refunds), money(z.refunded), QString()},
             {Text::tr("of which paid in cash from the till"), money(z.refundedInCash), QString()}});
    html += section(Text::tr("Sales by activity (invoiced less credit notes)"));
    QList<QStringList> activities;
    int tickets = 0;
    for (const auto &a : z.byActivity) {
        activities += QStringList{a.activity, QString::number(a.tickets), a.net.toString()};
        tickets += a.tickets;
    }
    html += gridTable({Text::tr("Activity"), Text::tr("Tickets"), Text::tr("Net sales")}, activities, {1, 2},
                      {Text::tr("Total"), QString::number(tickets), z.netSales().toString()});
    html += section(Text::tr("Documents"));
    html += gridTable({Text::tr("Documents"), Text::tr("Number"), Text::tr("Numbers"), Text::tr("Amount")},
                      {{Text::tr("Invoices"), QString::number(z.invoices),
                        numberRange(z.firstInvoice, z.lastInvoice), z.invoiced.toString()},
                       {Text::tr("Credit notes"), QString::number(z.creditNotes),
                        numberRange(z.firstCreditNote, z.lastCreditNote), (-z.credited).toString()},
                       {Text::tr("Receipts"), QString::number(z.receipts),
                        numberRange(z.firstReceipt, z.lastReceipt), z.takings.toString()}},
                      {1, 3});
    if (z.kind == ClosureView::Kind::Day) {
        // Each session's own Z: what it took by each means, then its count.
        html += section(Text::tr("Till sessions: takings"));
        QList<QStringList> takings, counts;
        for (const auto &t : z.sessions) {
            const QString when = Text::tr("%1 – %2").arg(context.time.dateTimeText(t.openedAt),
                                                         context.time.dateTimeText(t.closedAt));
            takings += QStringList{when,
                                   t.openedBy == t.closedBy ? t.openedBy
                                                            : t.openedBy + QStringLiteral(" / ") + t.closedBy,
                                   QString::number(t.receipts),
                                   t.cash.toString(),
                                   t.cheque.toString(),
                                   t.card.toString(),
                                   (t.cash + t.cheque + t.card).toString()};
            counts += QStringList{when,
                                  t.floatAmount.toString(),
                                  t.expected.toString(),
                                  t.counted.toString(),
                                  t.difference.toString(),
                                  t.comment};
        }
        html += gridTable({Text::tr("Session"), Text::tr("Régisseur"), Text::tr("Receipts"), Text::tr("Cash"),
                           Text::tr("Cheques"), Text::tr("Cards"), Text::tr("Total")},
                          takings, {2, 3, 4, 5, 6});
        html += section(Text::tr("Till sessions: cash count"));
        html += gridTable({Text::tr("Session"), Text::tr("Float"), Text::tr("Expected cash"),
                           Text::tr("Counted"), Text::tr("Difference"), Text::tr("Comment")},
                          counts, {1, 2, 3, 4},
                          {Text::tr("Total"), QString(), QString(), z.counted.toString(),
                           z.difference.toString(), QString()});
    } else {
        html += QStringLiteral("<p>") %
                esc(Text::tr("Days closed: %1.")
                        .arg(z.periodsIncluded.isEmpty() ? Text::tr("none")
                                                         : z.periodsIncluded.join(QStringLiteral(", ")))) %
                QStringLiteral("</p>");
        html += summaryTable({{Text::tr("Cash counted"), money(z.counted), QString()},
                              {Text::tr("Cash differences"), money(z.difference), QString()}});
    }
    html += section(Text::tr("Perpetual grand totals (never reset)"));
    html += summaryTable(
        {{Text::tr("Net sales since the first closure"), money(z.grandTotalSales), QStringLiteral("total")},
         {Text::tr("Takings since the first closure"), money(z.grandTotalTakings), QStringLiteral("total")}});
    html += section(Text::tr("Journal"));
    html += QStringLiteral("<p>") %
            esc(Text::tr("Chain head at the closure (check it with guichet-cli verify --anchor):")) %
            QStringLiteral("</p><p class=\"number\"><tt>") % esc(groupedHash(z.chainHead)) %
            QStringLiteral("</tt></p>");
    html += QStringLiteral("<p style=\"margin-top: 30px;\">") % esc(Text::tr("Signature of the régisseur:")) %
            QStringLiteral("</p>") % legalBlock(context.commune) % QStringLiteral("</body></html>");
    return html;
}

QString DocumentTemplates::depositSlip(const DepositSlipView &slip, const DocumentContext &context)
{
    QString html = a4Head(context.commune, Text::tr("CHEQUE DEPOSIT SLIP"), slip.number);
    html += QStringLiteral("<div style=\"margin-top: 16px;\">") %
            factsTable({{Text::tr("Date"), context.time.dateTimeText(slip.issuedAt)},
                        {Text::tr("Payee"), context.commune.regieName},
                        {Text::tr("Issued by"), slip.issuedBy}}) %
            QStringLiteral("</div>");
    QList<QStringList> rows;
    int line = 0;
    for (const DepositCheque &c : slip.cheques)
        rows += QStringList{QString::number(++line), c.number,           c.bank, c.drawer,
                            c.receiptNumber,         c.amount.toString()};
    html += gridTable({Text::tr("#"), Text::tr("Cheque no."), Text::tr("Bank"), Text::tr("Drawer"),
                       Text::tr("Receipt"), Text::tr("Amount")},
                      rows, {0, 5},
                      {QString(), Text::tr("%n cheque(s)", nullptr, int(slip.cheques.size())), QString(),
                       QString(), Text::tr("Total"), slip.total.toString()});
    html += QStringLiteral("<p style=\"margin-top: 30px;\">") % esc(Text::tr("Signature of the régisseur:")) %
            QStringLiteral("</p>") % legalBlock(context.commune) % QStringLiteral("</body></html>");
    return html;
}

QString DocumentTemplates::accountantStatement(const AccountantStatement &st, const DocumentContext &context)
{
    QString html = a4Head(context.commune, Text::tr("STATEMENT FOR THE PUBLIC ACCOUNTANT"),
                          Text::tr("%1 – %2").arg(frenchDate(st.from), frenchDate(st.to)), false);
    html += section(Text::tr("Takings by means of payment"));
    html += gridTable({Text::tr("Means"), Text::tr("Amount")},
                      takingsRows(st.cash, st.cheque, st.card, st.online), {1},
                      {Text::tr("Total takings"), st.takings.toString()});
    html += section(Text::tr("Sales by activity (invoiced less credit notes)"));
    QList<QStringList> activities;
    int tickets = 0;
    Money net;
    for (const auto &a : st.byActivity) {
        activities += QStringList{a.activity, QString::number(a.tickets), a.net.toString()};
        tickets += a.tickets;
        net += a.net;
    }
    html += gridTable({Text::tr("Activity"), Text::tr("Tickets"), Text::tr("Net sales")}, activities, {1, 2},
                      {Text::tr("Total"), QString::number(tickets), net.toString()});
    html += section(Text::tr("Cheque deposits"));
    QList<QStringList> deposits;
    Money deposited;
    for (const DepositSlipView &d : st.deposits) {
        deposits += QStringList{d.number, context.time.dateText(d.issuedAt),
                                QString::number(d.cheques.size()), d.total.toString()};
        deposited += d.total;
    }
    html += gridTable({Text::tr("Slip"), Text::tr("Date"), Text::tr("Cheques"), Text::tr("Amount")}, deposits,
                      {2, 3}, {Text::tr("Total"), QString(), QString(), deposited.toString()});
    html += section(Text::tr("Daily closures"));
    QList<QStringList> days;
    for (const ClosureView &z : st.closures)
        days += QStringList{z.number, closurePeriodText(z), z.takings.toString(), z.difference.toString()};
    html +=
        gridTable({Text::tr("Z report"), Text::tr("Day"), Text::tr("Takings"), Text::tr("Cash difference")},
                  days, {2, 3});
    html += legalBlock(context.commune) % QStringLiteral("</body></html>");
    return html;
}

QString DocumentTemplates::refundReport(const RefundReport &report, bool accountantCopy,
                                        const DocumentContext &context)
{
    const QString title = accountantCopy ? Text::tr("REFUNDS OF SURPLUS TICKETS — ACCOUNTANT'S COPY")
                                         : Text::tr("REFUNDS OF SURPLUS TICKETS");
    QString html = a4Head(context.commune, title,
                          report.orderNumber.isEmpty()
                              ? Text::tr("%1 – %2").arg(frenchDate(report.from), frenchDate(report.to))
                              : report.orderNumber,
                          !report.orderNumber.isEmpty());
    html += QStringLiteral("<div style=\"margin-top: 16px;\">") %
            factsTable({{Text::tr("Period"),
                         Text::tr("%1 – %2").arg(frenchDate(report.from), frenchDate(report.to))},
                        {Text::tr("Refund order"), report.orderNumber},
                        {Text::tr("Issued"),
                         report.issuedAt.isValid() ? context.time.dateTimeText(report.issuedAt) : QString()},
                        {Text::tr("Issued by"), report.issuedBy},
                        {Text::tr("Régie"), context.commune.regieName}}) %
            QStringLiteral("</div>");
    QList<QStringList> rows;
    for (const RefundView &r : report.refunds) {
        QStringList lots; // "4 × 4,40 €": the tickets of each lot at the price they were bought at
        for (const RefundLine &l : r.lines)
            lots += QStringLiteral("%1 × %2").arg(l.quantity).arg(l.unitPrice.toString());
        const QString account = r.cash ? Text::tr("Cash (till)")
                                       : (accountantCopy ? Iban::grouped(r.iban) : Iban::masked(r.iban)) +
                                             (r.bic.isEmpty() ? QString() : QStringLiteral(" ") + r.bic);
        rows += QStringList{
            r.number + QStringLiteral(" ") + frenchDate(r.day),
            r.fileNumber + QStringLiteral(" ") + r.household + QStringLiteral(" — ") + r.payerName, account,
            r.activityName + QStringLiteral(" : ") + lots.join(QStringLiteral(" + ")), r.amount.toString()};
    }
    html += gridTable({Text::tr("Refund"), Text::tr("Household — payer"), Text::tr("IBAN"),
                       Text::tr("Tickets and unit values"), Text::tr("Amount")},
                      rows, {4},
                      {Text::tr("%n refund(s)", nullptr, int(report.refunds.size())), QString(), QString(),
                       Text::tr("Total"), report.total.toString()});
    html += gridTable(
        {Text::tr("Paid"), Text::tr("Refunds"), Text::tr("Amount")},
        {{Text::tr("By transfer (public accountant)"), QString::number(report.transferCount),
          report.transfers.toString()},
         {Text::tr("In cash from the till"), QString::number(report.cashCount), report.cash.toString()}},
        {1, 2});
    if (!accountantCopy)
        html +=
            QStringLiteral("<p class=\"label\">") %
            esc(Text::tr("The IBANs are masked on this copy; the accountant's copy gives them in full.")) %
            QStringLiteral("</p>");
    html += QStringLiteral("<p style=\"margin-top: 30px;\">") % esc(Text::tr("Signature of the régisseur:")) %
            QStringLiteral("</p>") % legalBlock(context.commune) % QStringLiteral("</body></html>");
    return html;
}

} // namespace guichet
