#pragma once

#include "sales/SalesService.h"
#include "widgets/FieldErrors.h"

#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace guichet {

class MoneyEdit;
class PrintService;
class Session;

// Takes the payment of one invoice at the counter: cash (amount tendered, change shown live, quick buttons
// for the usual notes), cheque (number, bank, drawer; made out to the régie), bank card (terminal
// reference), several at once for a split payment — the method that was not typed in takes the remainder,
// so the clerk never subtracts. "Pay" hands the parts to SalesService::pay, which decides; its messages are
// shown next to the fields; a payment that leaves part of the invoice due is confirmed first. Once paid, the
// form shows the receipt number and, large, the change to give back or what is still due, and offers to
// print the receipt and the invoice. Used by PaymentDialog and by the last page of SaleDialog.
class PaymentForm : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentForm(Session &session, PrintService *print, QWidget *parent = nullptr);

    // Loads the invoice and resets the form: cash, for the whole amount due.
    void setInvoice(qint64 invoiceId);
    qint64 invoiceId() const { return m_invoice.id; }
    const InvoiceView &invoice() const { return m_invoice; }

    // Checks only 'method', for the whole amount due, and puts the cursor in its first detail field.
    void payAllBy(PaymentMethod method);
    // Puts the cursor where the clerk types first: cash handed over, cheque number or card reference.
    void focusEntry();
    void pay();
    void printReceipt();
    void printInvoice();

    const std::optional<PaymentOutcome> &outcome() const { return m_outcome; }
    const FieldErrors &errors() const { return m_errors; }
    QString messageText() const;
    QPushButton *payButton() const { return m_pay; }
    QPushButton *printReceiptButton() const { return m_printReceipt; }

Q_SIGNALS:
    // After a payment was recorded (the invoice may still be partly due).
    void paid(const PaymentOutcome &outcome);
    // The widget's preferred default button changed (Pay before, Print receipt after).
    void defaultButtonChanged(QPushButton *button);

private:
    struct MethodBox
    {
        PaymentMethod method;
        QGroupBox *box = nullptr;
        MoneyEdit *amount = nullptr;
        QWidget *firstDetail = nullptr;
    };

    QGroupBox *buildCash();
    QGroupBox *buildCheque();
    QGroupBox *buildCard();
    MethodBox &box(PaymentMethod method);
    void methodToggled(PaymentMethod method, bool on);
    void amountTyped(PaymentMethod method);
    // Puts what the other checked methods leave of the amount due into the balancing method.
    void rebalance();
    // The form, not the clerk, sets (or clears) a method's amount.
    void setAmountByForm(PaymentMethod method, std::optional<Money> amount);
    // Asks before recording a payment that leaves part of the invoice due (it cannot be undone).
    bool confirmPartial(Money paying) const;
    void updateLive();
    // The payment as the clerk typed it (the amounts that could not be read are reported in 'unreadable').
    QList<PaymentPart> typedParts(QMap<QString, QString> &unreadable) const;
    void showError(const Error &error);

    Session &m_session;
    PrintService *m_print;
    InvoiceView m_invoice;
    std::optional<PaymentOutcome> m_outcome;
    FieldErrors m_errors;
    QList<MethodBox> m_methods;
    QLabel *m_message, *m_invoiceLine, *m_due, *m_change, *m_left;
    MoneyEdit *m_cashAmount, *m_tendered, *m_chequeAmount, *m_cardAmount;
    QLineEdit *m_chequeNumber, *m_chequeBank, *m_chequeDrawer, *m_cardReference;
    QWidget *m_entry, *m_done;
    QLabel *m_receipt, *m_doneChange, *m_doneDue, *m_doneWallet;
    QPushButton *m_pay, *m_printReceipt, *m_printInvoice;
    QList<QPushButton *> m_quickTenders; // exact, next 5 €, notes: their amount in the "tender" property
    // The checked method whose amount follows the others (the one the clerk did not type in), if any.
    std::optional<PaymentMethod> m_balancing;
    bool m_updating = false;
};

} // namespace guichet
