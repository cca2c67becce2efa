#include "sales/CreditNoteDialog.h"
#include "widgets/ScreenFit.h"

#include "print/PrintService.h"
#include "sales/SalesFormat.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

CreditNoteDialog::CreditNoteDialog(Session &session, qint64 invoiceId, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_sales(session.sales()), m_print(print),
      m_message(makeErrorLabel(QStringLiteral("creditMessage"))),
      m_total(makeBigLabel(QStringLiteral("creditTotal"), 14)),
      m_done(makeBigLabel(QStringLiteral("creditDone"), 13)),
      m_lines(makeListTable(QStringLiteral("creditLines"),
                            {tr("Line"), tr("Unit price"), tr("Invoiced"), tr("Already credited"),
                             tr("To credit"), tr("Amount")})),
      m_reason(new QLineEdit), m_issue(new QPushButton(tr("Issue the credit note"))),
      m_printButton(new QPushButton(tr("Print the credit note"))), m_close(new QPushButton(tr("Cancel")))
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_printButton->setObjectName(QStringLiteral("printCreditNoteButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. the child left the school; tickets bought by mistake"));
    m_done->setStyleSheet(QStringLiteral("color:#1b5e20;"));
    m_done->setWordWrap(true);
    m_done->hide();

    auto *intro = new QLabel;
    intro->setObjectName(QStringLiteral("creditInvoice"));
    intro->setWordWrap(true);
    auto *all = new QPushButton(tr("Credit &all that remains"));
    all->setObjectName(QStringLiteral("creditAllButton"));
    all->setAutoDefault(false);
    all->setFocusPolicy(Qt::NoFocus);

    const auto loaded = m_sales.invoice(invoiceId);
    if (loaded) {
        m_invoice = loaded.value();
        setWindowTitle(tr("Credit note on invoice %1").arg(m_invoice.number));
        intro->setText(tr("Invoice %1 of %2 — %3 — total %4, credited %5, paid %6 — %7")
                           .arg(m_invoice.number, m_session.time().dateText(m_invoice.issuedAt),
                                m_invoice.payerName, m_invoice.total.toString(),
                                m_invoice.credited.toString(), m_invoice.paid.toString(),
                                invoiceStatusLabel(m_invoice.status)));
    } else {
        setWindowTitle(tr("Credit note"));
        showError(loaded.error());
        m_issue->setEnabled(false);
    }

    m_lines->setRowCount(int(m_invoice.lines.size()));
    QWidget *previous = nullptr;
    for (int r = 0; r < m_invoice.lines.size(); ++r) {
        const InvoiceLineView &line = m_invoice.lines.at(r);
        m_lines->setItem(r, 0, cell(line.description));
        m_lines->setItem(r, 1, cell(line.unitPrice.toString(), true));
        m_lines->setItem(r, 2, cell(QString::number(line.quantity), true));
        m_lines->setItem(r, 3, cell(QString::number(line.creditedQuantity), true));
        m_lines->setItem(r, 5, cell(Money().toString(), true));
        auto *box = new QSpinBox;
        box->setObjectName(QStringLiteral("creditQuantity%1").arg(r));
        // Bounded by what core says can still be credited: not yet credited, and not used once in the wallet.
        box->setRange(0, std::max(0, line.creditable));
        box->setAlignment(Qt::AlignRight);
        box->setEnabled(box->maximum() > 0);
        connect(box, &QSpinBox::valueChanged, this, &CreditNoteDialog::updateTotal);
        m_lines->setCellWidget(r, 4, box);
        if (previous)
            setTabOrder(previous, box);
        previous = box;
        m_quantities += box;
    }
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setMinimumHeight(60 + int(m_invoice.lines.size()) * (m_lines->fontMetrics().height() + 14));
    connect(all, &QPushButton::clicked, this, [this] {
        for (QSpinBox *box : std::as_const(m_quantities))
            box->setValue(box->maximum());
    });

    auto *reasonRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason (printed on the credit note)"));
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_errors.wrap(QStringLiteral("reason"), m_reason), 1);

    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(all);
    totalRow->addStretch();
    totalRow->addWidget(new QLabel(tr("Credit note total")));
    totalRow->addWidget(m_total);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    buttons->addButton(m_issue, QDialogButtonBox::AcceptRole);
    m_printButton->hide(); // offered once the credit note exists
    connect(m_issue, &QPushButton::clicked, this, &CreditNoteDialog::issue);
    connect(m_printButton, &QPushButton::clicked, this, &CreditNoteDialog::printCreditNote);
    connect(m_close, &QPushButton::clicked, this, &CreditNoteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addWidget(m_errors.wrap(QStringLiteral("lines"), m_lines), 1);
    layout->addLayout(totalRow);
    layout->addLayout(reasonRow);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    if (previous)
        setTabOrder(previous, m_reason);
    setTabOrder(m_reason, m_issue);
    m_issue->setDefault(true);
    updateTotal();
    if (!m_quantities.isEmpty())
        m_quantities.first()->setFocus();
    resizeToFit(this, QSize(760, sizeHint().height()));
}

QSpinBox *CreditNoteDialog::quantityBox(int row) const
{
    return row >= 0 && row < m_quantities.size() ? m_quantities.at(row) : nullptr;
}

QString CreditNoteDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CreditNoteDialog::updateTotal()
{
    // What the clerk reads while choosing; the credit note's amounts are computed by core.
    Money total;
    for (int r = 0; r < m_quantities.size(); ++r) {
        const Money amount = m_invoice.lines.at(r).unitPrice * m_quantities.at(r)->value();
        m_lines->item(r, 5)->setText(amount.toString());
        total += amount;
    }
    m_total->setText(total.toString());
}

void CreditNoteDialog::issue()
{
    if (m_creditNoteId || !m_invoice.id)
        return;
    m_errors.clear();
    m_message->hide();
    QList<CreditRequest> requests;
    Money total;
    for (int r = 0; r < m_quantities.size(); ++r) {
        if (m_quantities.at(r)->value() > 0)
            requests += CreditRequest{m_invoice.lines.at(r).id, m_quantities.at(r)->value()};
        total += m_invoice.lines.at(r).unitPrice * m_quantities.at(r)->value();
    }
    // A complete request is confirmed with its amount before it becomes a numbered document.
    if (!requests.isEmpty() && !m_reason->text().trimmed().isEmpty() && !confirmIssue(total))
        return;
    const auto issued = m_sales.issueCreditNote(m_invoice.id, requests, m_reason->text());
    if (!issued)
        return showError(issued.error());
    m_creditNoteId = issued.value();
    if (const auto after = m_sales.invoice(m_invoice.id)) {
        for (const CreditNoteView &c : after.value().creditNotes) {
            if (c.id == m_creditNoteId) {
                m_creditNoteNumber = c.number;
                m_creditNoteTotal = c.total;
            }
        }
    }
    m_done->setText(tr("Credit note %1 issued: %2.").arg(m_creditNoteNumber, m_creditNoteTotal.toString()));
    m_done->show();
    for (QSpinBox *box : std::as_const(m_quantities))
        box->setEnabled(false);
    m_reason->setReadOnly(true);
    m_issue->hide();
    m_close->setText(tr("Close"));
    if (m_print) {
        m_printButton->show();
        m_printButton->setDefault(true);
        m_printButton->setFocus();
    } else {
        m_close->setDefault(true);
        m_close->setFocus();
    }
}

bool CreditNoteDialog::confirmIssue(Money total)
{
    QMessageBox box(
        QMessageBox::Question, tr("Issue the credit note"),
        tr("Issue a credit note of %1 on invoice %2 (%3)?\n\nIt is numbered and cannot be undone or "
           "deleted; a mistake is corrected by a new sale.")
            .arg(total.toString(), m_invoice.number, m_invoice.payerName),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("creditNoteConfirmation"));
    QPushButton *issue = box.addButton(tr("&Issue the credit note"), QMessageBox::AcceptRole);
    issue->setObjectName(QStringLiteral("confirmIssueButton"));
    QPushButton *back = box.addButton(tr("&Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("goBackButton"));
    box.setDefaultButton(back);
    box.exec();
    return box.clickedButton() == issue;
}

void CreditNoteDialog::printCreditNote()
{
    if (m_print && m_creditNoteId)
        m_print->printCreditNote(this, m_creditNoteId);
}

void CreditNoteDialog::reject()
{
    done(m_creditNoteId ? Accepted : Rejected);
}

void CreditNoteDialog::showError(const Error &error)
{
    m_errors.showIn(m_message, error);
}

} // namespace guichet
