#pragma once

#include "cashoffice/CashOffice.h"
#include "common/CommuneTime.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentContent.h"
#include "sales/Sales.h"
#include "yearend/Refunds.h"

namespace guichet {

// The HTML of the counter's documents, from the records as core reads them (no rule here: amounts,
// balances and states come computed from sales). French texts come from the translation.
//   - the A4 invoice (facture) with the commune's identity, due date, legal mentions;
//   - the 80 mm receipt (ticket de caisse) of one payment, with the invoice's balance at that moment;
//   - the A4 credit note (avoir), citing the invoice it corrects.
// The place of the DUPLICATA mark is DocumentContent::DuplicateMarker.
struct DocumentContext
{
    CommuneProfile commune;
    CommuneTime time;
};

namespace DocumentTemplates {
QString invoice(const InvoiceView &invoice, const DocumentContext &context);
QString receipt(const ReceiptView &receipt, const DocumentContext &context);
QString creditNote(const InvoiceView &invoice, const CreditNoteView &note, const DocumentContext &context);
// The cash office's reports (A4, made from their stored records, never kept as issued documents): a Z
// report, a cheque deposit slip, the public accountant's statement.
QString closureReport(const ClosureView &closure, const DocumentContext &context);
QString depositSlip(const DepositSlipView &slip, const DocumentContext &context);
QString accountantStatement(const AccountantStatement &statement, const DocumentContext &context);
// The refund report for the mayor's office and the public accountant (IBANs in full on the accountant's copy
// only).
QString refundReport(const RefundReport &report, bool accountantCopy, const DocumentContext &context);
// The DUPLICATA mark of a document of this kind.
QString duplicateMark(DocumentKind kind);
QString title(DocumentKind kind, const QString &number);
} // namespace DocumentTemplates

} // namespace guichet
