#pragma once

#include "catalog/Catalog.h"
#include "common/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

// What the clerk types: a number of tickets per activity.
struct OrderLine
{
    qint64 activityId = 0;
    int quantity = 0;
};

struct PricedLine
{
    qint64 activityId = 0;
    QString description; // "Cantine — repas"
    int quantity = 0;
    Money unitPrice;
    Money total;
};

// The review screen ("Passer la commande"): prices resolved for this household, nothing written.
struct Quote
{
    qint64 householdId = 0;
    SchoolYear schoolYear;
    PricingBasis basis;
    QList<PricedLine> lines;
    Money total;
};

enum class PaymentMethod
{
    Cash,
    Cheque,
    Card,
    Online
};
QString paymentMethodCode(PaymentMethod method);
PaymentMethod paymentMethodFromCode(const QString &code);
QString paymentMethodLabel(PaymentMethod method); // translated

// One means of payment in a (possibly split) payment at the counter.
struct PaymentPart
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount; // the part of the invoice this means pays
    // Cash only: what the parent hands over (>= amount); the rest is change. Nothing typed: the exact amount.
    std::optional<Money> tendered;
    QString chequeNumber;
    QString chequeBank;
    QString chequeDrawer;
    QString cardReference; // terminal reference / authorisation number

    // What was handed over: the cash typed (or the exact amount), or the cheque's or card's amount.
    Money handedOver() const { return method == PaymentMethod::Cash ? tendered.value_or(amount) : amount; }
    // Cash to give back (never on a cheque or a card).
    Money change() const { return handedOver() - amount; }
};

// What a parent may hand over in cash for 'amount', for the counter's quick buttons: the exact amount, the
// next multiple of 5 €, then the 10, 20, 50 and 100 € notes that cover it — increasing, without repeats.
QList<Money> cashTenderSuggestions(Money amount);

struct PaymentOutcome
{
    QString receiptNumber;
    Money paid;         // applied to the invoice by this payment
    Money change;       // cash to give back
    Money remainingDue; // after this payment
    bool invoicePaid = false;
    bool walletCredited = false; // the tickets landed in the wallet with this payment
    QString warning;             // the cash held now exceeds the régie's ceiling (TillService), else empty
};

enum class InvoiceStatus
{
    Unpaid,
    PartlyPaid,
    Paid,
    Cancelled
};
QString invoiceStatusLabel(InvoiceStatus status); // translated

struct InvoiceLineView
{
    qint64 id = 0;
    qint64 activityId = 0;
    QString description;
    int quantity = 0;
    Money unitPrice;
    Money total;
    int creditedQuantity = 0;
    // How many tickets a credit note may still take back: not yet credited and, once the tickets are in
    // the wallet, not yet used.
    int creditable = 0;
};

struct PaymentView
{
    qint64 id = 0;
    qint64 receiptId = 0;
    QString receiptNumber;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    Money tendered;
    Money change;
    QString chequeNumber, chequeBank, chequeDrawer, cardReference;
    QDateTime paidAt;
    QString clerk;
};

struct CreditNoteView
{
    qint64 id = 0;
    QString number;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDateTime issuedAt;
    QString reason;
    Money total;
    QList<InvoiceLineView> lines; // quantity = credited quantity
};

// Everything printed on an invoice and shown in the household's list.
struct InvoiceView
{
    qint64 id = 0;
    QString number;
    qint64 householdId = 0;
    QString fileNumber; // "SO1-42"
    QString schoolYear;
    QDateTime issuedAt;
    QString payerName;
    QString payerAddress;
    QString bracketLabel;
    QList<InvoiceLineView> lines;
    Money total;
    Money credited;
    Money paid;
    Money due; // total - credited - paid
    InvoiceStatus status = InvoiceStatus::Unpaid;
    QDateTime paidAt; // last payment, when fully paid
    QList<PaymentView> payments;
    QList<CreditNoteView> creditNotes;
    QString clerk;
    bool walletCredited = false; // fully paid: its tickets are in the wallet

    bool canBePaid() const { return status == InvoiceStatus::Unpaid || status == InvoiceStatus::PartlyPaid; }
    bool canBeCredited() const { return status != InvoiceStatus::Cancelled; }
};

// What a household owes: the unpaid part of its invoices, the oldest first (paid first at the counter).
struct Debt
{
    Money total;
    QList<qint64> invoiceIds;   // oldest first
    QStringList invoiceNumbers; // the same order
    bool isZero() const { return total.isZero(); }
};
Debt debtOf(const QList<InvoiceView> &invoices);

// One payment act, as its receipt states it: the invoice, the means used, and the invoice's balance as it
// stood at that moment (a later payment or credit note is not on it).
struct ReceiptView
{
    qint64 id = 0;
    QString number;
    QDateTime paidAt;
    QString clerk;
    InvoiceView invoice;      // the invoice paid (its lines; its current state is not printed)
    QList<PaymentView> parts; // the means of this payment
    Money creditedBefore;     // credit notes issued on the invoice before this payment
    Money paidBefore;         // earlier payments of the invoice
    Money paidHere;           // this payment
    Money remainingAfter;     // still due after it (0 when the invoice is settled)
};

// A counter's day at a glance (the welcome page): what this counter sold and took in, by means of
// payment, and what remains unpaid across the commune.
// An invoice still unpaid some days after it was issued (reminders).
struct OverdueInvoice
{
    qint64 invoiceId = 0;
    QString number;
    qint64 householdId = 0;
    QDateTime issuedAt;
    Money due;
    Money total;
};

struct DayFigures
{
    int invoices = 0;                               // issued by this counter today
    Money invoiced;                                 // their total
    int receipts = 0;                               // payment acts recorded here today
    QList<std::pair<PaymentMethod, Money>> takings; // by means, in the order cash, cheque, card, online
    int unpaidInvoices = 0;
    Money unpaidTotal;
};

struct CreditRequest
{
    qint64 invoiceLineId = 0;
    int quantity = 0;
};

} // namespace guichet
