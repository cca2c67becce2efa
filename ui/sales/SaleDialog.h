#pragma once

#include "catalog/Catalog.h"
#include "sales/SalesService.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace guichet {

class PaymentForm;
class PrintService;
class Session;
struct FamilyFile;

// The counter's sale, as the flyer describes it: "Order" (tickets per activity, priced for this
// household as they are typed) -> "Passer la commande" -> "Review" -> "Confirmer la commande" (a
// numbered invoice) -> "Payment". Prices, brackets and refusals all come from SalesService; nothing is
// written before "Confirm the order".
class SaleDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page
    {
        Order,
        Review,
        Payment
    };

    SaleDialog(Session &session, const FamilyFile &file, PrintService *print, QWidget *parent = nullptr);

    Page page() const;
    QSpinBox *quantityBox(const QString &activityCode) const;
    QString messageText() const;
    // Unit price shown on the order page for an activity ("4,15 €"), "—" when it has none.
    QString unitPriceText(const QString &activityCode) const;
    QString totalText() const;
    qint64 invoiceId() const { return m_invoiceId; }
    QString invoiceNumber() const { return m_invoiceNumber; }
    PaymentForm *paymentForm() const { return m_payment; }

    // Actions of the buttons (public so that tests drive exactly what the buttons do).
    void placeOrder();
    void backToOrder();
    void confirmOrder();
    // Once the invoice exists, closing the dialog (Esc included) accepts it: the sale happened.
    void reject() override;

private:
    struct Row
    {
        Activity activity;
        QSpinBox *quantity = nullptr;
        QLabel *inWallet = nullptr;
        QLabel *unitPrice = nullptr;
        QLabel *amount = nullptr;
    };

    QWidget *buildOrderPage();
    QWidget *buildReviewPage();
    QWidget *buildPaymentPage();
    void loadPrices();
    // "This family owes …": shown on the order page until the debt is paid (F10 takes the payment first).
    void showDebt();
    void showWallet(); // the "In the wallet" column
    void payDebtFirst();
    void refreshQuote();
    QList<OrderLine> orderLines() const;
    void showBasis(const PricingBasis &basis, const SchoolYear &year);
    void showPage(Page page);
    void showError(const Error &error);
    void hideError();
    void setDefaultButton(QPushButton *button);

    Session &m_session;
    SalesService &m_sales;
    PrintService *m_print;
    qint64 m_householdId;
    QString m_householdLabel, m_payerName;
    QList<Row> m_rows;
    std::optional<Quote> m_quote;
    qint64 m_invoiceId = 0;
    QString m_invoiceNumber;

    QStackedWidget *m_pages;
    QLabel *m_message, *m_debt, *m_basis, *m_total;
    Debt m_debtOwed;
    QTableWidget *m_reviewLines;
    QLabel *m_reviewHousehold, *m_reviewPayer, *m_reviewBasis, *m_reviewTotal;
    QLabel *m_invoiceCreated;
    PaymentForm *m_payment;
    QPushButton *m_cancel, *m_back, *m_placeOrder, *m_confirm, *m_close;
};

} // namespace guichet
