#include "sales/Sales.h"

#include <algorithm>

#include <QCoreApplication>

namespace guichet {

namespace {
struct SalesText
{
    Q_DECLARE_TR_FUNCTIONS(Sales)
};
} // namespace

QString paymentMethodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Cheque:
        return QStringLiteral("cheque");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Online:
        return QStringLiteral("online");
    }
    return QStringLiteral("cash");
}

PaymentMethod paymentMethodFromCode(const QString &code)
{
    if (code == QLatin1String("cheque"))
        return PaymentMethod::Cheque;
    if (code == QLatin1String("card"))
        return PaymentMethod::Card;
    if (code == QLatin1String("online"))
        return PaymentMethod::Online;
    return PaymentMethod::Cash;
}

QString paymentMethodLabel(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return SalesText::tr("Cash");
    case PaymentMethod::Cheque:
        return SalesText::tr("Cheque");
    case PaymentMethod::Card:
        return SalesText::tr("Bank card");
    case PaymentMethod::Online:
        return SalesText::tr("Online card payment");
    }
    return {};
}

QString invoiceStatusLabel(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Unpaid:
        return SalesText::tr("Unpaid");
    case InvoiceStatus::PartlyPaid:
        return SalesText::tr("Partly paid");
    case InvoiceStatus::Paid:
        return SalesText::tr("Paid");
    case InvoiceStatus::Cancelled:
        return SalesText::tr("Cancelled by credit note");
    }
    return {};
}

QList<Money> cashTenderSuggestions(Money amount)
{
    if (amount <= Money())
        return {};
    constexpr qint64 five = 500;
    QList<Money> suggestions{amount};
    const auto add = [&](Money m) {
        if (m > suggestions.last())
            suggestions += m;
    };
    add(Money::fromCents((amount.cents() / five + 1) * five));
    for (const qint64 note : {1000, 2000, 5000, 10000})
        add(Money::fromCents(note));
    return suggestions;
}

Debt debtOf(const QList<InvoiceView> &invoices)
{
    QList<const InvoiceView *> unpaid;
    for (const InvoiceView &v : invoices)
        if (v.canBePaid())
            unpaid += &v;
    // Dates first: ids are per database, and invoices arrive from other counters.
    std::sort(unpaid.begin(), unpaid.end(), [](const InvoiceView *a, const InvoiceView *b) {
        return std::pair(a->issuedAt, a->id) < std::pair(b->issuedAt, b->id);
    });
    Debt debt;
    for (const InvoiceView *v : std::as_const(unpaid)) {
        debt.total += v->due;
        debt.invoiceIds += v->id;
        debt.invoiceNumbers += v->number;
    }
    return debt;
}

} // namespace guichet
