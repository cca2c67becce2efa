#pragma once

#include "common/Result.h"
#include "sales/Sales.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace guichet {

class Session;

// The counter's sale, as the flyer describes it: quote (review) -> confirm (numbered invoice, unpaid)
// -> payment(s) -> once the invoice is fully paid, the tickets land in the wallet as lots at their
// unit price. Credit notes are the only correction. Each confirmation, payment and credit note is one
// transaction. Sales require a validated family file (the flyer sells after validation).
class SalesService
{
    Q_DECLARE_TR_FUNCTIONS(SalesService)

public:
    static constexpr int MaxQuantity = 500;
    // Cash handed over may exceed what is paid in cash by this much at most (the change the till gives).
    static constexpr Money MaxChange = Money::fromCents(50000);

    explicit SalesService(Session &session);

    Result<Quote> quote(qint64 householdId, const QList<OrderLine> &lines) const;
    // Prices again inside the transaction (never trusts a stale quote) and allocates the number.
    Result<qint64> confirmOrder(qint64 householdId, const QList<OrderLine> &lines);
    Result<PaymentOutcome> pay(qint64 invoiceId, const QList<PaymentPart> &parts);
    // A card payment made on the families' portal (Sync: the central database's portal_payment), recorded by
    // the counter that issued the invoice with the same rules as at the counter: a receipt in this counter's
    // series and open till, the tickets in the wallet once the invoice is paid, the journal. 'payer' is named
    // as the clerk ("Portail familles").
    Result<PaymentOutcome> recordOnlinePayment(qint64 invoiceId, Money amount, const QString &reference,
                                               const QString &payer);
    // A sale paid at once (guichet-cli sell --pay): the invoice and its payment in one transaction, so that a
    // refused payment leaves no invoice behind. 'partsFor' is given the invoice (what it is due).
    using PartsFor = std::function<Result<QList<PaymentPart>>(const InvoiceView &)>;
    Result<std::pair<InvoiceView, PaymentOutcome>>
    sellAndPay(qint64 householdId, const QList<OrderLine> &lines, const PartsFor &partsFor);
    Result<qint64> issueCreditNote(qint64 invoiceId, const QList<CreditRequest> &lines,
                                   const QString &reason);

    Result<InvoiceView> invoice(qint64 invoiceId) const;
    Result<QList<InvoiceView>> invoices(qint64 householdId) const; // newest first
    // The payments of invoices already read (newest first), so that a screen does not read them twice.
    static QList<PaymentView> paymentsOf(const QList<InvoiceView> &invoices);
    // One payment act as its receipt states it, with the invoice's balance at that moment.
    Result<ReceiptView> receipt(const QString &receiptNumber) const;

    // What each of these households owes on its invoices (those that owe nothing are absent): for the
    // search results, so that a debt is seen before the file is opened.
    Result<QHash<qint64, Money>> amountsDue(const QList<qint64> &householdIds) const;

    // This counter's figures for 'day' (in the commune's time), and the commune's unpaid invoices.
    Result<DayFigures> dayFigures(const QDate &day) const;
    // The invoices of every household with something still due, issued before 'before'.
    Result<QList<OverdueInvoice>> overdueInvoices(const QDateTime &before) const;

    // Finding documents by the number printed on them (guichet-cli, reprints).
    Result<qint64> invoiceIdByNumber(const QString &number) const;
    Result<qint64> creditNoteIdByNumber(const QString &number) const;

private:
    Status creditWallet(const InvoiceView &invoice);
    // The payment once its parts are checked: 'applied' in all, 'nonCash' of it by cheque, card or online.
    Result<PaymentOutcome> record(qint64 invoiceId, const QList<PaymentPart> &parts, Money applied,
                                  Money nonCash);

    Session &m_session;
    mutable StatementCache m_statements;
};

} // namespace guichet
