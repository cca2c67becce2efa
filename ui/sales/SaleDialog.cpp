#include "sales/SaleDialog.h"
#include "widgets/ScreenFit.h"

#include "catalog/CatalogService.h"
#include "family/FamilyFile.h"
#include "sales/PaymentDialog.h"
#include "sales/PaymentForm.h"
#include "sales/SalesFormat.h"
#include "session/Session.h"
#include "wallet/WalletService.h"
#include "widgets/FieldErrors.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

QLabel *header(const QString &text)
{
    auto *label = new QLabel(text);
    label->setStyleSheet(QStringLiteral("color:#555; font-weight:600;"));
    return label;
}

QLabel *amountLabel(const QString &name)
{
    auto *label = new QLabel(QStringLiteral("—"));
    label->setObjectName(name);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(90);
    return label;
}

QLabel *title(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setPointSize(font.pointSize() + 3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SaleDialog::SaleDialog(Session &session, const FamilyFile &file, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_sales(session.sales()), m_print(print),
      m_householdId(file.household.id), m_pages(new QStackedWidget),
      m_message(makeErrorLabel(QStringLiteral("saleMessage"))), m_debt(new QLabel), m_basis(new QLabel),
      m_total(makeBigLabel(QStringLiteral("orderTotal"), 16)), m_payment(new PaymentForm(session, print)),
      m_cancel(new QPushButton(tr("Cancel"))), m_back(new QPushButton(tr("< &Modify the order"))),
      m_placeOrder(new QPushButton(tr("Place the order"))),
      m_confirm(new QPushButton(tr("Confirm the order"))), m_close(new QPushButton(tr("Close")))
{
    setObjectName(QStringLiteral("saleDialog"));
    m_householdLabel = tr("%1 — file no. %2").arg(file.household.name).arg(file.household.fileNumber);
    if (const Guardian *payer = file.payer())
        m_payerName =
            (payer->civility.isEmpty() ? QString() : payer->civility + QLatin1Char(' ')) + payer->fullName();
    setWindowTitle(tr("Sell tickets — %1").arg(m_householdLabel));

    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_placeOrder->setObjectName(QStringLiteral("placeOrderButton"));
    m_confirm->setObjectName(QStringLiteral("confirmOrderButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_cancel, m_back, m_close})
        b->setAutoDefault(false);
    m_placeOrder->setMinimumWidth(170);
    m_confirm->setMinimumWidth(170);

    m_pages->addWidget(buildOrderPage());
    m_pages->addWidget(buildReviewPage());
    m_pages->addWidget(buildPaymentPage());

    connect(m_cancel, &QPushButton::clicked, this, &SaleDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &SaleDialog::reject);
    connect(m_back, &QPushButton::clicked, this, &SaleDialog::backToOrder);
    connect(m_placeOrder, &QPushButton::clicked, this, &SaleDialog::placeOrder);
    connect(m_confirm, &QPushButton::clicked, this, &SaleDialog::confirmOrder);
    connect(m_payment, &PaymentForm::defaultButtonChanged, this, [this](QPushButton *button) {
        if (page() == Page::Payment)
            setDefaultButton(button ? button : m_close);
    });
    connect(m_payment, &PaymentForm::paid, this,
            [this](const PaymentOutcome &) { m_close->setText(tr("Close")); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    buttons->addWidget(m_placeOrder);
    buttons->addWidget(m_confirm);

    m_debt->setObjectName(QStringLiteral("debtNotice"));
    m_debt->setWordWrap(true);
    m_debt->setStyleSheet(
        QStringLiteral("background:#fff4e5; color:#8a4b00; padding:6px; border-radius:4px;"));
    m_debt->hide();
    auto *payFirst = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(payFirst, &QShortcut::activated, this, &SaleDialog::payDebtFirst);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_debt);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    // Tab goes from one quantity to the next, then to "Place the order" (packs are for the mouse).
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, row.quantity);
        previous = row.quantity;
    }
    if (previous)
        setTabOrder(previous, m_placeOrder);

    showPage(Page::Order);
    loadPrices();
    showWallet();
    showDebt();
    resizeToFit(this, QSize(780, 540));
}

void SaleDialog::showDebt()
{
    const auto invoices = m_sales.invoices(m_householdId);
    m_debtOwed = invoices ? debtOf(invoices.value()) : Debt{};
    m_debt->setText(
        m_debtOwed.isZero()
            ? QString()
            : tr("This family owes %1 on invoice %2. F10: take that payment first.", nullptr,
                 int(m_debtOwed.invoiceNumbers.size()))
                  .arg(m_debtOwed.total.toString(), m_debtOwed.invoiceNumbers.join(QStringLiteral(", "))));
    m_debt->setVisible(page() == Page::Order && !m_debtOwed.isZero());
}

void SaleDialog::showWallet()
{
    const auto wallet = m_session.wallet().balances(m_householdId);
    if (!wallet)
        return showError(wallet.error());
    for (Row &row : m_rows) {
        int quantity = 0;
        for (const WalletBalance &b : wallet.value())
            if (b.activityId == row.activity.id)
                quantity = b.quantity;
        row.inWallet->setText(QString::number(quantity));
    }
}

void SaleDialog::payDebtFirst()
{
    if (page() != Page::Order || m_debtOwed.isZero())
        return;
    PaymentDialog dialog(m_session, m_debtOwed.invoiceIds.first(), m_print, this);
    dialog.exec();
    showWallet(); // that invoice's tickets are in the wallet now
    showDebt();
    showPage(Page::Order);
}

QWidget *SaleDialog::buildOrderPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("orderPage"));
    m_basis->setObjectName(QStringLiteral("pricingBasis"));
    m_basis->setWordWrap(true);
    m_basis->setTextFormat(Qt::RichText);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->addWidget(header(tr("Activity")), 0, 0);
    auto *walletHeader = header(tr("In the wallet"));
    walletHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(walletHeader, 0, 1);
    grid->addWidget(header(tr("Tickets")), 0, 2);
    auto *priceHeader = header(tr("Unit price"));
    priceHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(priceHeader, 0, 5);
    auto *amountHeader = header(tr("Amount"));
    amountHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(amountHeader, 0, 6);

    // A failed read shows its message; the order page then offers nothing to sell.
    const auto activities = m_session.catalog().activities();
    if (!activities)
        showError(activities.error());
    for (const Activity &activity : activities ? activities.value() : QList<Activity>()) {
        const int r = int(m_rows.size()) + 1;
        Row row;
        row.activity = activity;
        auto *name =
            new QLabel(activity.ticketUnit.isEmpty()
                           ? activity.name
                           : tr("%1 <span style='color:#777'>(%2)</span>")
                                 .arg(activity.name.toHtmlEscaped(), activity.ticketUnit.toHtmlEscaped()));
        auto *inWallet = new QLabel;
        row.inWallet = inWallet;
        name->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        inWallet->setObjectName(QStringLiteral("wallet_") + activity.code);
        inWallet->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.quantity = new QSpinBox;
        row.quantity->setObjectName(QStringLiteral("quantity_") + activity.code);
        row.quantity->setRange(0, SalesService::MaxQuantity);
        row.quantity->setAlignment(Qt::AlignRight);
        row.quantity->setMinimumWidth(90);
        row.quantity->setAccelerated(true);
        row.quantity->setToolTip(tr("Number of tickets. Page Up: +10."));
        name->setBuddy(row.quantity);
        row.unitPrice = amountLabel(QStringLiteral("unitPrice_") + activity.code);
        row.amount = amountLabel(QStringLiteral("amount_") + activity.code);
        grid->addWidget(name, r, 0, Qt::AlignVCenter);
        grid->addWidget(inWallet, r, 1);
        grid->addWidget(row.quantity, r, 2);
        for (const int pack : {10, 20}) {
            auto *b = new QPushButton(QStringLiteral("+%1").arg(pack));
            b->setObjectName(QStringLiteral("plus%1_").arg(pack) + activity.code);
            b->setToolTip(tr("Add a pack of %1 tickets").arg(pack));
            b->setFocusPolicy(Qt::NoFocus);
            b->setAutoDefault(false);
            b->setMaximumWidth(48);
            QSpinBox *box = row.quantity;
            connect(b, &QPushButton::clicked, this, [box, pack] { box->setValue(box->value() + pack); });
            grid->addWidget(b, r, pack == 10 ? 3 : 4);
        }
        grid->addWidget(row.unitPrice, r, 5);
        grid->addWidget(row.amount, r, 6);
        connect(row.quantity, &QSpinBox::valueChanged, this, &SaleDialog::refreshQuote);
        m_rows += row;
    }
    grid->setColumnStretch(0, 1);

    // The total sits at the bottom, next to "Place the order", like on a till receipt.
    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *totalRow = new QHBoxLayout;
    auto *totalCaption = new QLabel(tr("Total"));
    QFont font = totalCaption->font();
    font.setPointSize(16);
    font.setBold(true);
    totalCaption->setFont(font);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setMinimumWidth(m_total->fontMetrics().horizontalAdvance(QStringLiteral("00 000,00 €")));
    totalRow->addWidget(totalCaption);
    totalRow->addStretch();
    totalRow->addWidget(m_total);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title(tr("Order — %1").arg(m_householdLabel)));
    layout->addWidget(m_basis);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(line);
    layout->addLayout(totalRow);
    return page;
}

QWidget *SaleDialog::buildReviewPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("reviewPage"));
    m_reviewHousehold = new QLabel;
    m_reviewHousehold->setObjectName(QStringLiteral("reviewHousehold"));
    m_reviewPayer = new QLabel;
    m_reviewPayer->setObjectName(QStringLiteral("reviewPayer"));
    m_reviewBasis = new QLabel;
    m_reviewBasis->setObjectName(QStringLiteral("reviewBasis"));
    m_reviewBasis->setWordWrap(true);
    m_reviewBasis->setTextFormat(Qt::RichText);
    m_reviewTotal = makeBigLabel(QStringLiteral("reviewTotal"), 16);
    m_reviewTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reviewTotal->setMinimumWidth(
        m_reviewTotal->fontMetrics().horizontalAdvance(QStringLiteral("00 000,00 €")));
    m_reviewLines = makeListTable(QStringLiteral("reviewLines"),
                                  {tr("Activity"), tr("Tickets"), tr("Unit price"), tr("Amount")});
    m_reviewLines->setSelectionMode(QAbstractItemView::NoSelection);
    m_reviewLines->setFocusPolicy(Qt::NoFocus);
    m_reviewLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reviewLines->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto *form = new QGridLayout;
    form->addWidget(header(tr("Household")), 0, 0);
    form->addWidget(m_reviewHousehold, 0, 1);
    form->addWidget(header(tr("Payer")), 1, 0);
    form->addWidget(m_reviewPayer, 1, 1);
    form->addWidget(header(tr("Price")), 2, 0, Qt::AlignTop);
    form->addWidget(m_reviewBasis, 2, 1);
    form->setColumnStretch(1, 1);

    auto *totalRow = new QHBoxLayout;
    auto *totalCaption = new QLabel(tr("Total to pay"));
    QFont font = totalCaption->font();
    font.setPointSize(16);
    font.setBold(true);
    totalCaption->setFont(font);
    totalRow->addWidget(totalCaption);
    totalRow->addStretch();
    totalRow->addWidget(m_reviewTotal);

    auto *note = new QLabel(tr("Confirming creates a numbered invoice for this amount. The tickets are added "
                               "to the wallet once the invoice is paid."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color:#555;"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title(tr("Review the order")));
    layout->addLayout(form);
    layout->addWidget(m_reviewLines, 1);
    layout->addLayout(totalRow);
    layout->addWidget(note);
    return page;
}

QWidget *SaleDialog::buildPaymentPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("paymentPage"));
    m_invoiceCreated = makeBigLabel(QStringLiteral("invoiceCreated"), 13);
    m_invoiceCreated->setStyleSheet(QStringLiteral("color:#1b5e20;"));
    m_invoiceCreated->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_invoiceCreated);
    layout->addWidget(m_payment);
    layout->addStretch();
    return page;
}

SaleDialog::Page SaleDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QSpinBox *SaleDialog::quantityBox(const QString &activityCode) const
{
    for (const Row &row : m_rows)
        if (row.activity.code == activityCode)
            return row.quantity;
    return nullptr;
}

QString SaleDialog::unitPriceText(const QString &activityCode) const
{
    for (const Row &row : m_rows)
        if (row.activity.code == activityCode)
            return row.unitPrice->text();
    return {};
}

QString SaleDialog::totalText() const
{
    return m_total->text();
}

QString SaleDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SaleDialog::loadPrices()
{
    // The price of one ticket of each activity for this household, asked of core one activity at a time
    // so that a missing tariff only blanks its own row. Nothing is written.
    std::optional<Error> firstError;
    bool anyPrice = false;
    for (Row &row : m_rows) {
        const auto priced = m_sales.quote(m_householdId, {OrderLine{row.activity.id, 1}});
        if (priced) {
            anyPrice = true;
            row.unitPrice->setText(priced.value().lines.constFirst().unitPrice.toString());
            row.unitPrice->setToolTip(QString());
            showBasis(priced.value().basis, priced.value().schoolYear);
        } else {
            row.unitPrice->setText(QStringLiteral("—"));
            row.unitPrice->setToolTip(priced.error().message);
            if (!firstError)
                firstError = priced.error();
        }
    }
    m_total->setText(Money().toString());
    if (!anyPrice && firstError) {
        m_basis->clear();
        showError(*firstError);
    }
}

void SaleDialog::showBasis(const PricingBasis &basis, const SchoolYear &year)
{
    const QString text =
        tr("School year %1 — bracket: <b>%2</b> — %3")
            .arg(year.label.toHtmlEscaped(),
                 (basis.bracketLabel.isEmpty() ? tr("no bracket") : basis.bracketLabel).toHtmlEscaped(),
                 basis.reason.toHtmlEscaped());
    m_basis->setText(text);
}

QList<OrderLine> SaleDialog::orderLines() const
{
    QList<OrderLine> lines;
    for (const Row &row : m_rows)
        lines += OrderLine{row.activity.id, row.quantity->value()};
    return lines;
}

void SaleDialog::refreshQuote()
{
    m_quote.reset();
    bool anyQuantity = false;
    for (const Row &row : std::as_const(m_rows)) {
        row.amount->setText(row.quantity->value() ? QStringLiteral("…") : QStringLiteral("—"));
        anyQuantity = anyQuantity || row.quantity->value() != 0;
    }
    if (!anyQuantity) {
        // Nothing typed yet: nothing to price (core's message waits for "Place the order").
        m_total->setText(Money().toString());
        hideError();
        return;
    }
    const auto priced = m_sales.quote(m_householdId, orderLines());
    if (!priced) {
        m_total->setText(QStringLiteral("—"));
        showError(priced.error());
        return;
    }
    hideError();
    m_quote = priced.value();
    showBasis(m_quote->basis, m_quote->schoolYear);
    for (const PricedLine &line : m_quote->lines) {
        for (Row &row : m_rows) {
            if (row.activity.id == line.activityId) {
                row.unitPrice->setText(line.unitPrice.toString());
                row.amount->setText(line.total.toString());
            }
        }
    }
    m_total->setText(m_quote->total.toString());
}

void SaleDialog::placeOrder()
{
    if (page() != Page::Order)
        return;
    refreshQuote();
    if (!m_quote) {
        // Ask core even when nothing is typed: it says what is missing.
        const auto priced = m_sales.quote(m_householdId, orderLines());
        if (!priced)
            return showError(priced.error());
        m_quote = priced.value();
    }
    const Quote &q = *m_quote;
    m_reviewHousehold->setText(m_householdLabel);
    m_reviewPayer->setText(m_payerName.isEmpty() ? tr("No payer designated") : m_payerName);
    m_reviewBasis->setText(tr("<b>%1</b> — %2 (school year %3)")
                               .arg(q.basis.bracketLabel.toHtmlEscaped(), q.basis.reason.toHtmlEscaped(),
                                    q.schoolYear.label.toHtmlEscaped()));
    m_reviewLines->setRowCount(int(q.lines.size()));
    for (int r = 0; r < q.lines.size(); ++r) {
        const PricedLine &line = q.lines.at(r);
        m_reviewLines->setItem(r, 0, cell(line.description));
        m_reviewLines->setItem(r, 1, cell(QString::number(line.quantity), true));
        m_reviewLines->setItem(r, 2, cell(line.unitPrice.toString(), true));
        m_reviewLines->setItem(r, 3, cell(line.total.toString(), true));
    }
    m_reviewTotal->setText(q.total.toString());
    showPage(Page::Review);
}

void SaleDialog::backToOrder()
{
    if (page() == Page::Review)
        showPage(Page::Order);
}

void SaleDialog::confirmOrder()
{
    if (page() != Page::Review)
        return;
    const auto confirmed = m_sales.confirmOrder(m_householdId, orderLines());
    if (!confirmed)
        return showError(confirmed.error());
    m_invoiceId = confirmed.value();
    m_payment->setInvoice(m_invoiceId);
    m_invoiceNumber = m_payment->invoice().number;
    m_invoiceCreated->setText(tr("Invoice %1 created.").arg(m_invoiceNumber));
    m_close->setText(tr("Close — pay later"));
    showPage(Page::Payment);
    setWindowTitle(tr("Payment of invoice %1 — %2").arg(m_invoiceNumber, m_householdLabel));
}

void SaleDialog::reject()
{
    done(m_invoiceId ? Accepted : Rejected);
}

void SaleDialog::showPage(Page page)
{
    hideError();
    m_pages->setCurrentIndex(int(page));
    m_debt->setVisible(page == Page::Order && !m_debtOwed.isZero());
    m_cancel->setVisible(page != Page::Payment);
    m_back->setVisible(page == Page::Review);
    m_placeOrder->setVisible(page == Page::Order);
    m_confirm->setVisible(page == Page::Review);
    m_close->setVisible(page == Page::Payment);
    switch (page) {
    case Page::Order:
        setDefaultButton(m_placeOrder);
        if (!m_rows.isEmpty()) {
            m_rows.first().quantity->setFocus();
            m_rows.first().quantity->selectAll();
        }
        break;
    case Page::Review:
        setDefaultButton(m_confirm);
        m_confirm->setFocus();
        break;
    case Page::Payment:
        setDefaultButton(m_payment->outcome() ? m_close : m_payment->payButton());
        m_payment->focusEntry();
        break;
    }
}

void SaleDialog::setDefaultButton(QPushButton *button)
{
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setDefault(b == button);
}

void SaleDialog::showError(const Error &error)
{
    // The order's fields are its activities' rows: every message goes to the banner.
    m_message->setText(errorText(error));
    m_message->show();
}

void SaleDialog::hideError()
{
    m_message->hide();
    m_message->clear();
}

} // namespace guichet
