#include "sales/TicketsView.h"

#include "catalog/CatalogService.h"
#include "family/FileWorkflow.h"
#include "print/PrintService.h"
#include "sales/CreditNoteDialog.h"
#include "sales/PaymentDialog.h"
#include "sales/PaymentForm.h"
#include "sales/SaleDialog.h"
#include "sales/SalesFormat.h"
#include "session/Session.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString signedQuantity(int quantity)
{
    return quantity > 0 ? QStringLiteral("+%1").arg(quantity) : QString::number(quantity);
}

} // namespace

TicketsView::TicketsView(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_session(session), m_print(print), m_balanceRow(new QHBoxLayout),
      m_sell(button(tr("&Sell tickets…"), QStringLiteral("sellTicketsButton"))),
      m_pay(button(tr("&Pay…"), QStringLiteral("payInvoiceButton"))),
      m_credit(button(tr("Credit &note…"), QStringLiteral("creditNoteButton"))),
      m_printInvoice(button(tr("Print &invoice"), QStringLiteral("printInvoiceButton"))),
      m_preview(button(tr("Pre&view"), QStringLiteral("previewInvoiceButton"))),
      m_savePdf(button(tr("Save as P&DF"), QStringLiteral("saveInvoicePdfButton"))),
      m_reprint(button(tr("&Reprint receipt"), QStringLiteral("reprintReceiptButton")))
{
    setObjectName(QStringLiteral("ticketsView"));
    m_sell->setStyleSheet(QStringLiteral("QPushButton { font-weight:600; padding:8px 16px; }"));
    m_sell->setMinimumHeight(40);

    connect(m_sell, &QPushButton::clicked, this, &TicketsView::sellTickets);
    connect(m_pay, &QPushButton::clicked, this, &TicketsView::payInvoice);
    connect(m_credit, &QPushButton::clicked, this, &TicketsView::creditNote);
    connect(m_printInvoice, &QPushButton::clicked, this, &TicketsView::printInvoice);
    connect(m_preview, &QPushButton::clicked, this, &TicketsView::previewInvoice);
    connect(m_savePdf, &QPushButton::clicked, this, &TicketsView::saveInvoicePdf);
    connect(m_reprint, &QPushButton::clicked, this, &TicketsView::reprintReceipt);

    // The balances scroll sideways when the activities outnumber the room: the panel never widens (the
    // search beside it keeps its width).
    auto *cards = new QWidget;
    m_balanceRow->setContentsMargins(0, 0, 0, 0);
    m_balanceRow->setSpacing(8);
    auto *cardsLayout = new QHBoxLayout(cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addLayout(m_balanceRow);
    cardsLayout->addStretch();
    auto *cardsArea = new QScrollArea;
    cardsArea->setObjectName(QStringLiteral("balances"));
    cardsArea->setWidget(cards);
    cardsArea->setWidgetResizable(true);
    cardsArea->setFrameShape(QFrame::NoFrame);
    cardsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cardsArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    cardsArea->setMinimumHeight(4 * fontMetrics().height() +
                                cardsArea->horizontalScrollBar()->sizeHint().height());
    auto *top = new QHBoxLayout;
    top->addWidget(cardsArea, 1);

    auto *details = new QTabWidget;
    details->setObjectName(QStringLiteral("ticketDetails"));
    details->setDocumentMode(true);
    details->addTab(buildPayments(), tr("Payments"));
    details->addTab(buildMovements(), tr("Ticket movements"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildInvoices());
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    updateButtons();
}

TicketsView::~TicketsView() = default;

QWidget *TicketsView::buildInvoices()
{
    auto *page = new QWidget;
    m_invoiceTable =
        makeListTable(QStringLiteral("invoices"), {tr("Invoice"), tr("Date"), tr("Total"), tr("Credited"),
                                                   tr("Paid"), tr("Due"), tr("Status")});
    connect(m_invoiceTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_invoiceTable->currentRow();
        if (row >= 0 && row < m_invoices.size())
            m_selectedInvoice = m_invoices.at(row).id;
        updateButtons();
    });
    connect(m_invoiceTable, &QTableWidget::cellDoubleClicked, this, [this] {
        const InvoiceView *invoice = selectedInvoice();
        if (invoice && invoice->canBePaid())
            payInvoice();
        else
            previewInvoice();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pay);
    buttons->addWidget(m_credit);
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    buttons->addWidget(separator);
    buttons->addWidget(m_printInvoice);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    // "Sell tickets" heads the invoices it creates (the balances above get the whole width).
    auto *title = new QHBoxLayout;
    title->addWidget(sectionTitle(tr("Invoices")));
    title->addStretch();
    title->addWidget(m_sell);
    layout->addLayout(title);
    layout->addWidget(m_invoiceTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *TicketsView::buildPayments()
{
    auto *page = new QWidget;
    m_paymentTable = makeListTable(QStringLiteral("payments"),
                                   {tr("Receipt"), tr("Date"), tr("Method"), tr("Amount"), tr("Details")});
    connect(m_paymentTable, &QTableWidget::itemSelectionChanged, this, &TicketsView::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_paymentTable, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *TicketsView::buildMovements()
{
    m_movementTable = makeListTable(QStringLiteral("movements"),
                                    {tr("Date"), tr("Activity"), tr("Movement"), tr("Tickets"),
                                     tr("Unit price"), tr("Reference"), tr("Balance")},
                                    {5});
    return m_movementTable;
}

void TicketsView::setFile(const FamilyFile &file)
{
    if (file.household.id != m_file.household.id)
        m_selectedInvoice = 0;
    m_file = file;
    reload();
}

void TicketsView::reload()
{
    const qint64 household = m_file.household.id;
    m_activityCodes.clear(); // the administrator may have added or renamed activities meanwhile
    m_balances.clear();
    m_invoices.clear();
    m_movements.clear();
    // Each read either succeeds or says why in the banner: a list shown empty because of an error would
    // tell the clerk the family has no invoices.
    QStringList problems;
    if (const auto activities = m_session.catalog().activities(true))
        for (const Activity &a : activities.value())
            m_activityCodes.insert(a.id, a.code);
    else
        problems += activities.error().message;
    if (household) {
        if (auto balances = m_session.wallet().balances(household))
            m_balances = std::move(balances).value();
        else
            problems += balances.error().message;
        if (auto invoices = m_session.sales().invoices(household))
            m_invoices = std::move(invoices).value();
        else
            problems += invoices.error().message;
        if (auto movements = m_session.wallet().movements(household))
            m_movements = std::move(movements).value();
        else
            problems += movements.error().message;
    }
    m_payments = SalesService::paymentsOf(m_invoices);
    fillBalances();
    fillInvoices();
    fillPayments();
    fillMovements();
    updateButtons();
    problems.removeDuplicates();
    if (!problems.isEmpty())
        Q_EMIT message(problems.join(QLatin1Char('\n')), true);
}

void TicketsView::fillBalances()
{
    qDeleteAll(m_balanceCards);
    m_balanceCards.clear();
    for (const WalletBalance &b : std::as_const(m_balances)) {
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("balanceCard"));
        card->setStyleSheet(b.quantity > 0
                                ? QStringLiteral("#balanceCard { background:#eef4fb; border:1px solid "
                                                 "#c5d7ee; border-radius:6px; }")
                                : QStringLiteral("#balanceCard { background:#f6f6f6; border:1px solid "
                                                 "#dddddd; border-radius:6px; }"));
        auto *name = new QLabel(b.activityName);
        name->setStyleSheet(QStringLiteral("color:#444;"));
        auto *count = makeBigLabel(QStringLiteral("balance_") + m_activityCodes.value(b.activityId), 18);
        // Tickets used before they were bought show as owed, in red: the next purchase pays them first.
        count->setText(b.owed > 0 ? tr("%1 owed").arg(b.owed) : QString::number(b.quantity));
        count->setStyleSheet(b.owed > 0       ? QStringLiteral("color:#b00020;")
                             : b.quantity > 0 ? QStringLiteral("color:#0d47a1;")
                                              : QStringLiteral("color:#999;"));
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(12, 6, 12, 6);
        layout->setSpacing(0);
        layout->addWidget(name);
        layout->addWidget(count);
        card->setToolTip(
            b.owed > 0 ? tr("%n ticket(s) of %1 used and not yet paid: the next ones bought go to them",
                            nullptr, b.owed)
                             .arg(b.activityName)
                       : tr("%n ticket(s) of %1 in the wallet", nullptr, b.quantity).arg(b.activityName));
        m_balanceRow->addWidget(card);
        card->show();
        m_balanceCards += card;
    }
}

void TicketsView::fillInvoices()
{
    m_invoiceTable->blockSignals(true);
    m_invoiceTable->setRowCount(int(m_invoices.size()));
    int selectRow = m_invoices.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_invoices.size(); ++r) {
        const InvoiceView &v = m_invoices.at(r);
        m_invoiceTable->setItem(r, 0, cell(v.number));
        m_invoiceTable->setItem(r, 1, cell(m_session.time().dateText(v.issuedAt)));
        m_invoiceTable->setItem(r, 2, cell(v.total.toString(), true));
        m_invoiceTable->setItem(r, 3, cell(v.credited.isZero() ? QString() : v.credited.toString(), true));
        m_invoiceTable->setItem(r, 4, cell(v.paid.toString(), true));
        m_invoiceTable->setItem(r, 5, cell(v.due.isZero() ? QString() : v.due.toString(), true));
        auto *status = cell(invoiceStatusLabel(v.status));
        if (v.canBePaid())
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        m_invoiceTable->setItem(r, 6, status);
        if (v.id == m_selectedInvoice)
            selectRow = r;
    }
    if (selectRow >= 0) {
        m_invoiceTable->selectRow(selectRow);
        m_selectedInvoice = m_invoices.at(selectRow).id;
    } else {
        m_selectedInvoice = 0;
    }
    m_invoiceTable->blockSignals(false);
}

void TicketsView::fillPayments()
{
    m_paymentTable->blockSignals(true);
    m_paymentTable->setRowCount(int(m_payments.size()));
    for (int r = 0; r < m_payments.size(); ++r) {
        const PaymentView &p = m_payments.at(r);
        QString details;
        switch (p.method) {
        case PaymentMethod::Cash:
            details = tr("handed over %1, change %2").arg(p.tendered.toString(), p.change.toString());
            break;
        case PaymentMethod::Cheque:
            details = tr("cheque no. %1, %2, drawer %3").arg(p.chequeNumber, p.chequeBank, p.chequeDrawer);
            break;
        case PaymentMethod::Card:
        case PaymentMethod::Online:
            details = tr("reference %1").arg(p.cardReference);
            break;
        }
        m_paymentTable->setItem(r, 0, cell(p.receiptNumber));
        m_paymentTable->setItem(r, 1, cell(m_session.time().dateTimeText(p.paidAt)));
        m_paymentTable->setItem(r, 2, cell(paymentMethodLabel(p.method)));
        m_paymentTable->setItem(r, 3, cell(p.amount.toString(), true));
        // The invoice paid leads the details (the column that wraps), which keeps the list within the file.
        m_paymentTable->setItem(r, 4, cell(tr("invoice %1 — %2").arg(p.invoiceNumber, details)));
    }
    if (!m_payments.isEmpty())
        m_paymentTable->selectRow(0);
    fitRows(m_paymentTable);
    m_paymentTable->blockSignals(false);
}

void TicketsView::fillMovements()
{
    const QList<WalletMovement> &movements = m_movements;
    m_movementTable->setRowCount(int(movements.size()));
    for (int r = 0; r < movements.size(); ++r) {
        const WalletMovement &m = movements.at(r);
        m_movementTable->setItem(r, 0, cell(m_session.time().dateTimeText(m.at)));
        m_movementTable->setItem(r, 1, cell(m.activityName));
        m_movementTable->setItem(r, 2, cell(movementKindLabel(m.kind)));
        auto *quantity = cell(signedQuantity(m.quantity), true);
        quantity->setForeground(m.quantity < 0 ? QColor(0xb0, 0x00, 0x20) : QColor(0x1b, 0x5e, 0x20));
        m_movementTable->setItem(r, 3, quantity);
        m_movementTable->setItem(r, 4, cell(m.unitPrice.toString(), true));
        m_movementTable->setItem(r, 5, cell(m.reference));
        m_movementTable->setItem(r, 6, cell(QString::number(m.balanceAfter), true));
    }
    fitRows(m_movementTable);
    m_movementTable->scrollToBottom();
}

QString TicketsView::summary() const
{
    QStringList parts;
    for (const WalletBalance &b : m_balances)
        if (b.owed > 0)
            parts += tr("%1 %2 owed").arg(b.activityName).arg(b.owed);
        else if (b.quantity != 0)
            parts += QStringLiteral("%1 %2").arg(b.activityName).arg(b.quantity);
    return parts.isEmpty() ? tr("Tickets: none") : tr("Tickets: %1").arg(parts.join(QStringLiteral(" · ")));
}

int TicketsView::balance(const QString &activityCode) const
{
    for (const WalletBalance &b : m_balances)
        if (m_activityCodes.value(b.activityId) == activityCode)
            return b.quantity;
    return 0;
}

const InvoiceView *TicketsView::selectedInvoice() const
{
    for (const InvoiceView &v : m_invoices)
        if (v.id == m_selectedInvoice)
            return &v;
    return nullptr;
}

qint64 TicketsView::selectedInvoiceId() const
{
    const InvoiceView *v = selectedInvoice();
    return v ? v->id : 0;
}

void TicketsView::selectInvoice(qint64 invoiceId)
{
    for (int r = 0; r < m_invoices.size(); ++r)
        if (m_invoices.at(r).id == invoiceId)
            m_invoiceTable->selectRow(r);
}

void TicketsView::updateButtons()
{
    const InvoiceView *v = selectedInvoice();
    const bool open = m_file.household.id != 0;
    const bool canSell = open && FileWorkflow::canBuyTickets(m_file.household.status);
    m_sell->setEnabled(canSell);
    m_sell->setToolTip(canSell || !open ? tr("Sell tickets to this household (F9)")
                                        : tr("Tickets are sold once the file is validated (it is \"%1\").")
                                              .arg(fileStatusLabel(m_file.household.status)));
    m_pay->setEnabled(v && v->canBePaid());
    m_credit->setEnabled(v && v->canBeCredited());
    for (QPushButton *b : {m_printInvoice, m_preview, m_savePdf})
        b->setEnabled(v != nullptr);
    m_reprint->setEnabled(m_paymentTable->currentRow() >= 0 && !m_payments.isEmpty());
}

void TicketsView::reportPayment(const QString &invoiceNumber, const PaymentOutcome &o)
{
    if (o.invoicePaid && o.change > Money())
        Q_EMIT message(tr("Invoice %1 paid (receipt %2, change %3): the tickets are in the wallet.")
                           .arg(invoiceNumber, o.receiptNumber, o.change.toString()),
                       false);
    else if (o.invoicePaid)
        Q_EMIT message(tr("Invoice %1 paid (receipt %2): the tickets are in the wallet.")
                           .arg(invoiceNumber, o.receiptNumber),
                       false);
    else
        Q_EMIT message(tr("Invoice %1: %2 paid (receipt %3), %4 still due.")
                           .arg(invoiceNumber, o.paid.toString(), o.receiptNumber, o.remainingDue.toString()),
                       false);
}

void TicketsView::sellTickets()
{
    if (!m_file.household.id)
        return;
    SaleDialog dialog(m_session, m_file, m_print, this);
    dialog.exec();
    if (!dialog.invoiceId()) {
        // No sale, but an earlier invoice may have been paid from the dialog (F10).
        reload();
        return Q_EMIT walletChanged();
    }
    m_selectedInvoice = dialog.invoiceId();
    reload();
    if (const auto &outcome = dialog.paymentForm()->outcome())
        reportPayment(dialog.invoiceNumber(), *outcome);
    else
        Q_EMIT message(tr("Invoice %1 is waiting for payment (%2 due): use \"Pay…\" when the family pays.")
                           .arg(dialog.invoiceNumber(), dialog.paymentForm()->invoice().due.toString()),
                       false);
    Q_EMIT walletChanged();
}

void TicketsView::payInvoice()
{
    const InvoiceView *v = selectedInvoice();
    if (!v)
        return Q_EMIT message(tr("Select an invoice in the list first."), true);
    const QString number = v->number;
    PaymentDialog dialog(m_session, v->id, m_print, this);
    dialog.exec();
    const auto outcome = dialog.form()->outcome();
    if (!outcome)
        return;
    reload();
    reportPayment(number, *outcome);
    Q_EMIT walletChanged();
}

void TicketsView::creditNote()
{
    const InvoiceView *v = selectedInvoice();
    if (!v)
        return Q_EMIT message(tr("Select an invoice in the list first."), true);
    const QString number = v->number;
    CreditNoteDialog dialog(m_session, v->id, m_print, this);
    dialog.exec();
    if (!dialog.creditNoteId())
        return;
    reload();
    Q_EMIT message(tr("Credit note %1 issued on invoice %2: %3.")
                       .arg(dialog.creditNoteNumber(), number, dialog.creditNoteTotal().toString()),
                   false);
    Q_EMIT walletChanged();
}

void TicketsView::printInvoice()
{
    if (const InvoiceView *v = selectedInvoice())
        m_print->printInvoice(this, v->id);
    else
        Q_EMIT message(tr("Select an invoice in the list first."), true);
}

void TicketsView::previewInvoice()
{
    if (const InvoiceView *v = selectedInvoice())
        m_print->previewInvoice(this, v->id);
    else
        Q_EMIT message(tr("Select an invoice in the list first."), true);
}

void TicketsView::saveInvoicePdf()
{
    if (const InvoiceView *v = selectedInvoice())
        m_print->saveInvoicePdf(this, v->id);
    else
        Q_EMIT message(tr("Select an invoice in the list first."), true);
}

void TicketsView::reprintReceipt()
{
    const int row = m_paymentTable->currentRow();
    if (row < 0 || row >= m_payments.size())
        return Q_EMIT message(tr("Select a payment in the list first."), true);
    m_print->printReceipt(this, m_payments.at(row).receiptNumber);
}

} // namespace guichet
