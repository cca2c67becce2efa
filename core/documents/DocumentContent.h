#pragma once

#include "common/Money.h"

#include <QString>

namespace guichet {

enum class DocumentKind
{
    Invoice,
    Receipt,
    CreditNote,
    Report // A4, printed as it is and never kept as issued: the staff's lists (the day, the kitchen) and the
           // cash office's reports (Z, deposit slips, statements: made again from their stored rows)
};

// What a document says, ready to lay out on paper (documents/PrintableDocument) or to keep: its HTML
// as issued, and whether this copy is a duplicate. The first time a document is given to someone
// (printed or saved), its content is stored with its SHA-256 (issued_document); every later copy is
// made from that content, with the DUPLICATA mark where <!--duplicate--> stands.
struct DocumentContent
{
    static inline const QString DuplicateMarker = QStringLiteral("<!--duplicate-->");

    DocumentKind kind = DocumentKind::Invoice;
    QString number;         // "SO1-2026-000001"
    QString title;          // "Invoice SO1-2026-000001" (PDF title, file name, page footer)
    QString html;           // as issued: without the DUPLICATA mark
    Money amount;           // the amount it states: invoice total, amount of the payment, credit note total
    bool duplicate = false; // a copy was issued before: this one says DUPLICATA
    bool stored = false;    // 'html' is the content kept when the document was first issued

    // Money documents are kept as first issued (and numbered); reports are printed as they are.
    bool isKept() const { return kind != DocumentKind::Report; }
    // The HTML to lay out: with the DUPLICATA mark when this copy is a duplicate.
    QString htmlToPrint() const;
};

} // namespace guichet
