#pragma once

#include <QDialog>

class QPushButton;

namespace guichet {

class PaymentForm;
class PrintService;
class Session;

// "Pay…" on an invoice that is still due (left unpaid after a failed online payment, or paid in part).
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Session &session, qint64 invoiceId, PrintService *print, QWidget *parent = nullptr);
    PaymentForm *form() const { return m_form; }
    void reject() override;

private:
    PaymentForm *m_form;
    QPushButton *m_close;
};

} // namespace guichet
