#pragma once

#include "family/FamilyFile.h"
#include "sales/SalesService.h"
#include "wallet/WalletService.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class PrintService;
class Session;

// The "Tickets" tab of a family file ("the cart" to families): balances per activity, the household's
// invoices with their actions (sell, pay, credit note, print), its payments and the ticket movements
// with their running balance. Every action goes through SalesService; results and refusals are
// reported with message() for the file's banner.
class TicketsView : public QWidget
{
    Q_OBJECT

public:
    TicketsView(Session &session, PrintService *print, QWidget *parent = nullptr);
    ~TicketsView() override;

    void setFile(const FamilyFile &file);
    void reload();

    // "Tickets: Cantine 12 · Garderie du soir 4" — one line for the file's header.
    QString summary() const;
    int balance(const QString &activityCode) const;
    const QList<InvoiceView> &invoices() const { return m_invoices; }
    qint64 selectedInvoiceId() const;
    void selectInvoice(qint64 invoiceId);
    PrintService *printService() const { return m_print; }

    // Actions of the buttons (public so that tests and menus drive exactly what the buttons do).
    void sellTickets();
    void payInvoice();
    void creditNote();
    void printInvoice();
    void previewInvoice();
    void saveInvoicePdf();
    void reprintReceipt();

Q_SIGNALS:
    void message(const QString &text, bool error);
    // Balances changed (a payment credited the wallet, a credit note took tickets back).
    void walletChanged();

private:
    QWidget *buildInvoices();
    QWidget *buildPayments();
    QWidget *buildMovements();
    void fillBalances();
    void fillInvoices();
    void fillPayments();
    void fillMovements();
    void updateButtons();
    const InvoiceView *selectedInvoice() const;
    void reportPayment(const QString &invoiceNumber, const PaymentOutcome &outcome);

    Session &m_session;
    PrintService *m_print;
    FamilyFile m_file;
    QHash<qint64, QString> m_activityCodes;
    QList<WalletBalance> m_balances;
    QList<InvoiceView> m_invoices;
    QList<PaymentView> m_payments;
    QList<WalletMovement> m_movements;
    qint64 m_selectedInvoice = 0;

    QHBoxLayout *m_balanceRow;
    QList<QWidget *> m_balanceCards;
    QTableWidget *m_invoiceTable, *m_paymentTable, *m_movementTable;
    QPushButton *m_sell, *m_pay, *m_credit, *m_printInvoice, *m_preview, *m_savePdf, *m_reprint;
};

} // namespace guichet
