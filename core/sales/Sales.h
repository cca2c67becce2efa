#pragma once

#include "catalog/Catalog.h"
#include "common/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

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
    Money amount;   // the part of the invoice this means pays
    Money tendered; // cash only: what the parent hands over (>= amount); the rest is change
    QString chequeNumber;
    QString chequeBank;
    QString chequeDrawer;
    QString cardReference; // terminal reference / authorisation number
};

struct PaymentOutcome
{
    QString receiptNumber;
    Money paid;         // applied to the invoice by this payment
    Money change;       // cash to give back
    Money remainingDue; // after this payment
    bool invoicePaid = false;
    bool walletCredited = false; // the tickets landed in the wallet with this payment
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
};

struct PaymentView
{
    qint64 id = 0;
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
    qint64 fileNumber = 0;
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
};

struct CreditRequest
{
    qint64 invoiceLineId = 0;
    int quantity = 0;
};

} // namespace guichet
