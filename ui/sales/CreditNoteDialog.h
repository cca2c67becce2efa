#pragma once

#include "sales/SalesService.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace guichet {

class PrintService;
class Session;

// "Credit note…": cancels all or part of an invoice, line by line, with the reason printed on the
// credit note. Each line offers what core says can still be credited (not yet credited, and not used
// once in the wallet); SalesService decides, its refusal is shown in the dialog and nothing is written.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT

public:
    CreditNoteDialog(Session &session, qint64 invoiceId, PrintService *print, QWidget *parent = nullptr);

    // The spin box of the invoice's line 'row' (in the invoice's order).
    QSpinBox *quantityBox(int row) const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QString messageText() const;
    const FieldErrors &errors() const { return m_errors; }
    qint64 creditNoteId() const { return m_creditNoteId; }
    QString creditNoteNumber() const { return m_creditNoteNumber; }
    Money creditNoteTotal() const { return m_creditNoteTotal; }

    void issue();
    void printCreditNote();
    void reject() override;

private:
    void updateTotal();
    // Asks before issuing (a credit note is numbered and cannot be undone).
    bool confirmIssue(Money total);
    void showError(const Error &error);

    Session &m_session;
    SalesService &m_sales;
    PrintService *m_print;
    InvoiceView m_invoice;
    FieldErrors m_errors;
    QList<QSpinBox *> m_quantities;
    qint64 m_creditNoteId = 0;
    QString m_creditNoteNumber;
    Money m_creditNoteTotal;
    QLabel *m_message, *m_total, *m_done;
    QTableWidget *m_lines;
    QLineEdit *m_reason;
    QPushButton *m_issue, *m_printButton, *m_close;
};

} // namespace guichet
