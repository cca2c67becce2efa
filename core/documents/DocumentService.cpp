#include "documents/DocumentService.h"

#include "cashoffice/Journal.h"

#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentTemplates.h"
#include "sales/SalesService.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>

#include <algorithm>
#include <optional>

namespace guichet {

QString DocumentService::kindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Invoice:
        return QStringLiteral("invoice");
    case DocumentKind::Receipt:
        return QStringLiteral("receipt");
    case DocumentKind::CreditNote:
        return QStringLiteral("credit_note");
    case DocumentKind::Report:
        return QStringLiteral("report");
    }
    return QStringLiteral("invoice");
}

QString DocumentService::sha256(const QString &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<int> DocumentService::printCount(DocumentKind kind, const QString &number) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM document_print WHERE kind = ? AND number = ?"));
    bindAll(q, {kindCode(kind), number});
    if (Status s = execOrError(q); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<std::optional<DocumentContent>> DocumentService::stored(DocumentKind kind, const QString &number) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(
        QStringLiteral("SELECT content, amount_cents FROM issued_document WHERE kind = ? AND number = ?"));
    bindAll(q, {kindCode(kind), number});
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<DocumentContent>();
    DocumentContent content;
    content.kind = kind;
    content.number = number;
    content.title = DocumentTemplates::title(kind, number);
    content.html = q.value(0).toString();
    content.amount = Money::fromCents(q.value(1).toLongLong());
    content.duplicate = true;
    content.stored = true;
    return std::optional<DocumentContent>(std::move(content));
}

Result<DocumentContent>
DocumentService::content(DocumentKind kind, const QString &number, Money amount,
                         const std::function<QString(const DocumentContext &)> &render) const
{
    // Issued before: the kept content, as it was.
    auto kept = stored(kind, number);
    if (!kept)
        return kept.error();
    if (kept.value())
        return *kept.value();
    // Not yet: made from the records now. Printed before this version kept documents (the print log
    // knows), the copy still says DUPLICATA.
    const auto commune = m_session.commune().profile();
    if (!commune)
        return commune.error();
    const auto printed = printCount(kind, number);
    if (!printed)
        return printed.error();
    DocumentContent content;
    content.kind = kind;
    content.number = number;
    content.title = DocumentTemplates::title(kind, number);
    content.html = render(DocumentContext{commune.value(), m_session.time()});
    content.amount = amount;
    content.duplicate = printed.value() > 0;
    return content;
}

Result<DocumentContent> DocumentService::invoice(qint64 invoiceId) const
{
    const auto invoice = m_session.sales().invoice(invoiceId);
    if (!invoice)
        return invoice.error();
    return content(
        DocumentKind::Invoice, invoice.value().number, invoice.value().total,
        [&](const DocumentContext &context) { return DocumentTemplates::invoice(invoice.value(), context); });
}

Result<DocumentContent> DocumentService::receipt(const QString &receiptNumber) const
{
    const auto receipt = m_session.sales().receipt(receiptNumber);
    if (!receipt)
        return receipt.error();
    return content(
        DocumentKind::Receipt, receipt.value().number, receipt.value().paidHere,
        [&](const DocumentContext &context) { return DocumentTemplates::receipt(receipt.value(), context); });
}

Result<DocumentContent> DocumentService::creditNote(qint64 creditNoteId) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT invoice_id FROM credit_note WHERE id = ?"));
    q.addBindValue(creditNoteId);
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("This credit note is not in this database. Search for it again from the family file."));
    const auto invoice = m_session.sales().invoice(q.value(0).toLongLong());
    if (!invoice)
        return invoice.error();
    const QList<CreditNoteView> &notes = invoice.value().creditNotes;
    const auto note = std::find_if(notes.cbegin(), notes.cend(),
                                   [&](const CreditNoteView &n) { return n.id == creditNoteId; });
    if (note == notes.cend())
        return Error::of(
            tr("This credit note is not in this database. Search for it again from the family file."));
    return content(DocumentKind::CreditNote, note->number, note->total, [&](const DocumentContext &context) {
        return DocumentTemplates::creditNote(invoice.value(), *note, context);
    });
}

Result<DocumentContent> DocumentService::byNumber(DocumentKind kind, const QString &number) const
{
    switch (kind) {
    case DocumentKind::Receipt:
        return receipt(number);
    case DocumentKind::Invoice: {
        const auto id = m_session.sales().invoiceIdByNumber(number);
        return id ? invoice(id.value()) : Result<DocumentContent>(id.error());
    }
    case DocumentKind::CreditNote: {
        const auto id = m_session.sales().creditNoteIdByNumber(number);
        return id ? creditNote(id.value()) : Result<DocumentContent>(id.error());
    }
    case DocumentKind::Report:
        break;
    }
    return Error::of(tr("Unknown kind of document."));
}

// A report: its HTML from the template, with the commune's identity.
static Result<DocumentContent> reportContent(Session &session, const QString &title, const QString &number,
                                             Money amount,
                                             const std::function<QString(const DocumentContext &)> &render)
{
    const auto commune = session.commune().profile();
    if (!commune)
        return commune.error();
    DocumentContent content;
    content.kind = DocumentKind::Report;
    content.number = number;
    content.title = title;
    content.amount = amount;
    content.html = render(DocumentContext{commune.value(), session.time()});
    return content;
}

Result<DocumentContent> DocumentService::closureReport(const ClosureView &closure) const
{
    return reportContent(m_session,
                         closure.number.isEmpty() ? tr("Cash status %1").arg(closure.period)
                                                  : tr("Z report %1").arg(closure.number),
                         closure.number, closure.takings, [&](const DocumentContext &context) {
                             return DocumentTemplates::closureReport(closure, context);
                         });
}

Result<DocumentContent> DocumentService::depositSlip(const DepositSlipView &slip) const
{
    return reportContent(
        m_session, tr("Deposit slip %1").arg(slip.number), slip.number, slip.total,
        [&](const DocumentContext &context) { return DocumentTemplates::depositSlip(slip, context); });
}

Result<DocumentContent> DocumentService::statement(const AccountantStatement &statement) const
{
    return reportContent(m_session,
                         tr("Statement %1 to %2")
                             .arg(statement.from.toString(Qt::ISODate), statement.to.toString(Qt::ISODate)),
                         QString(), statement.takings, [&](const DocumentContext &context) {
                             return DocumentTemplates::accountantStatement(statement, context);
                         });
}

Result<DocumentContent> DocumentService::refundReport(const RefundReport &report, bool accountantCopy) const
{
    return reportContent(
        m_session,
        tr("Refunds %1 to %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate)),
        report.orderNumber, report.total, [&](const DocumentContext &context) {
            return DocumentTemplates::refundReport(report, accountantCopy, context);
        });
}

Status DocumentService::recordIssue(const DocumentContent &content)
{
    if (!content.isKept())
        return Error::of(tr("Only invoices, receipts and credit notes are kept as issued."));
    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status();
    const auto kept = stored(content.kind, content.number);
    if (!kept)
        return kept.error();
    const auto printed = printCount(content.kind, content.number);
    if (!printed)
        return printed.error();
    QSqlQuery q(db.connection());
    const QString now = db.clock().nowIso();
    if (!kept.value()) {
        q.prepare(QStringLiteral("INSERT INTO issued_document (uuid, origin_site, kind, number, "
                                 "amount_cents, issued_at, clerk, content, "
                                 "sha256) VALUES (?,?,?,?,?,?,?,?,?)"));
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), kindCode(content.kind), content.number,
                    content.amount.cents(), now, m_session.actor(), content.html, sha256(content.html)});
        if (Status s = execOrError(q); !s)
            return s;
    }
    q.prepare(
        QStringLiteral("INSERT INTO document_print (uuid, origin_site, kind, number, duplicate, printed_at, "
                       "clerk) VALUES (?,?,?,?,?,?,?)"));
    const bool duplicate = kept.value().has_value() || printed.value() > 0;
    bindAll(q, {createUuidV7(db.clock()), db.siteId(), kindCode(content.kind), content.number,
                duplicate ? 1 : 0, now, m_session.actor()});
    if (Status s = execOrError(q); !s)
        return s;
    if (Status s = m_session.journal().record(JournalEvent::DocumentPrint, q.lastInsertId().toLongLong()); !s)
        return s;
    return transaction.commit();
}

Result<QByteArray> DocumentService::pdf(const Result<DocumentContent> &content, Purpose purpose)
{
    if (!content)
        return content.error();
    auto bytes = PrintableDocument::layOut(content.value()).toPdf();
    if (!bytes || purpose == Purpose::Preview)
        return bytes;
    if (Status s = recordIssue(content.value()); !s)
        return s.error();
    return bytes;
}

} // namespace guichet
