#pragma once

#include "common/Result.h"
#include "sales/Sales.h"

#include <QCoreApplication>

namespace guichet {

class Database;

// The counter's sale, as the flyer describes it: quote (review) -> confirm (numbered invoice, unpaid)
// -> payment(s) -> once the invoice is fully paid, the tickets land in the wallet as a lot at their
// unit price. Credit notes are the only correction. Each confirmation, payment and credit note is one
// transaction. Sales require a validated family file (the flyer sells after validation).
class SalesService
{
    Q_DECLARE_TR_FUNCTIONS(SalesService)

public:
    static constexpr int MaxQuantity = 500;

    explicit SalesService(Database &database) : m_database(database) {}

    Result<Quote> quote(qint64 householdId, const QList<OrderLine> &lines) const;
    // Prices again inside the transaction (never trusts a stale quote) and allocates the number.
    Result<qint64> confirmOrder(qint64 householdId, const QList<OrderLine> &lines);
    Result<PaymentOutcome> pay(qint64 invoiceId, const QList<PaymentPart> &parts);
    Result<qint64> issueCreditNote(qint64 invoiceId, const QList<CreditRequest> &lines,
                                   const QString &reason);

    Result<InvoiceView> invoice(qint64 invoiceId) const;
    QList<InvoiceView> invoices(qint64 householdId) const; // newest first
    QList<PaymentView> payments(qint64 householdId) const; // newest first
    // The payments of invoices already read (newest first), so that a screen does not read them twice.
    static QList<PaymentView> paymentsOf(const QList<InvoiceView> &invoices);

    // "SO1" — the prefix of this counter's series.
    QString counterCode() const;

private:
    Database &m_database;
};

} // namespace guichet
