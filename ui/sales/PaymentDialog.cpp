#include "sales/PaymentDialog.h"
#include "widgets/ScreenFit.h"

#include "sales/PaymentForm.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

PaymentDialog::PaymentDialog(Session &session, qint64 invoiceId, PrintService *print, QWidget *parent)
    : QDialog(parent), m_form(new PaymentForm(session, print)), m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("paymentDialog"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_form, &PaymentForm::defaultButtonChanged, this, [this](QPushButton *button) {
        for (QPushButton *b : findChildren<QPushButton *>())
            b->setDefault(b == button);
        if (!button)
            m_close->setDefault(true);
    });
    m_form->setInvoice(invoiceId);
    // The family is unmistakable before money changes hands: payer and file number in the title.
    const InvoiceView &invoice = m_form->invoice();
    setWindowTitle(tr("Payment of invoice %1 — %2, file no. %3")
                       .arg(invoice.number, invoice.payerName, invoice.fileNumber));
    resizeToFit(this, QSize(720, sizeHint().height()));
    m_form->focusEntry();
}

void PaymentDialog::reject()
{
    // After a payment the dialog's work is done: closing it (Esc included) is accepting it.
    done(m_form->outcome() ? Accepted : Rejected);
}

} // namespace guichet
