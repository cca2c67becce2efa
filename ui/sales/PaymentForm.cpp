#include "sales/PaymentForm.h"

#include "commune/CommuneSettings.h"
#include "print/PrintService.h"
#include "sales/MoneyEdit.h"
#include "sales/SalesFormat.h"
#include "session/Session.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace guichet {

namespace {

QLineEdit *lineEdit(const QString &name, int maxLength = 60)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

MoneyEdit *moneyEdit(const QString &name)
{
    auto *edit = new MoneyEdit;
    edit->setObjectName(name);
    edit->setMaximumWidth(140);
    return edit;
}

// A field's caption, level with the field even when an error message opens beneath the field.
QLabel *caption(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->setMinimumHeight(buddy->sizeHint().height());
    return label;
}

void addCaption(QGridLayout *grid, QLabel *label, int row, int column)
{
    grid->addWidget(label, row, column, Qt::AlignLeft | Qt::AlignTop);
}

void addField(QGridLayout *grid, QWidget *field, int row, int column)
{
    grid->addWidget(field, row, column, Qt::AlignTop);
}

} // namespace

PaymentForm::PaymentForm(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_session(session), m_print(print),
      m_message(makeErrorLabel(QStringLiteral("paymentMessage"))), m_invoiceLine(new QLabel),
      m_due(makeBigLabel(QStringLiteral("amountDue"))), m_change(makeBigLabel(QStringLiteral("change"))),
      m_left(new QLabel), m_cashAmount(moneyEdit(QStringLiteral("cashAmount"))),
      m_tendered(moneyEdit(QStringLiteral("cashTendered"))),
      m_chequeAmount(moneyEdit(QStringLiteral("chequeAmount"))),
      m_cardAmount(moneyEdit(QStringLiteral("cardAmount"))),
      m_chequeNumber(lineEdit(QStringLiteral("chequeNumber"), 20)),
      m_chequeBank(lineEdit(QStringLiteral("chequeBank"))),
      m_chequeDrawer(lineEdit(QStringLiteral("chequeDrawer"))),
      m_cardReference(lineEdit(QStringLiteral("cardReference"), 40)), m_entry(new QWidget),
      m_done(new QWidget), m_receipt(makeBigLabel(QStringLiteral("receiptNumber"), 14)),
      m_doneChange(makeBigLabel(QStringLiteral("changeToGive"), 22)),
      m_doneDue(makeBigLabel(QStringLiteral("stillDue"), 22)), m_doneWallet(new QLabel),
      m_pay(new QPushButton(tr("&Pay"))), m_printReceipt(new QPushButton(tr("Print the &receipt"))),
      m_printInvoice(new QPushButton(tr("Print the &invoice")))
{
    setObjectName(QStringLiteral("paymentForm"));
    for (QLabel *amount : {m_due, m_change})
        amount->setMinimumWidth(amount->fontMetrics().horizontalAdvance(QStringLiteral("00 000,00 €")));
    m_invoiceLine->setObjectName(QStringLiteral("paymentInvoice"));
    m_invoiceLine->setWordWrap(true);
    m_left->setObjectName(QStringLiteral("leftToAllocate"));
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setMinimumWidth(160);
    m_printReceipt->setObjectName(QStringLiteral("printReceiptButton"));
    m_printInvoice->setObjectName(QStringLiteral("printInvoiceButton"));
    for (QPushButton *b : {m_printReceipt, m_printInvoice})
        b->setMinimumSize(180, 36);
    m_doneWallet->setObjectName(QStringLiteral("walletOutcome"));
    m_doneWallet->setWordWrap(true);
    m_tendered->setPlaceholderText(tr("as paid"));

    // Entry: amount due, quick choices, one box per means of payment.
    auto *dueRow = new QHBoxLayout;
    auto *dueCaption = new QLabel(tr("Amount due"));
    dueRow->addWidget(dueCaption);
    dueRow->addWidget(m_due);
    dueRow->addStretch();
    const std::tuple<QString, const char *, PaymentMethod, Qt::Key> quick[] = {
        {tr("All in cash (F5)"), "allCashButton", PaymentMethod::Cash, Qt::Key_F5},
        {tr("All by cheque (F6)"), "allChequeButton", PaymentMethod::Cheque, Qt::Key_F6},
        {tr("All by card (F7)"), "allCardButton", PaymentMethod::Card, Qt::Key_F7}};
    for (const auto &[text, name, method, key] : quick) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus); // reached with its function key; Tab goes through the fields only
        b->setShortcut(QKeySequence(key));
        const PaymentMethod m = method;
        connect(b, &QPushButton::clicked, this, [this, m] { payAllBy(m); });
        dueRow->addWidget(b);
    }

    auto *entry = new QVBoxLayout(m_entry);
    entry->setContentsMargins(0, 0, 0, 0);
    entry->addWidget(m_invoiceLine);
    entry->addLayout(dueRow);
    entry->addWidget(buildCash());
    entry->addWidget(buildCheque());
    entry->addWidget(buildCard());
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_left, 1);
    payRow->addWidget(m_pay);
    entry->addLayout(payRow);

    // Done: receipt number, change, what happened to the tickets, printing.
    auto *doneLayout = new QVBoxLayout(m_done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    m_receipt->setStyleSheet(QStringLiteral("color:#1b5e20;"));
    m_doneChange->setStyleSheet(QStringLiteral("color:#0d47a1;"));
    m_doneDue->setStyleSheet(QStringLiteral("color:#b00020;"));
    doneLayout->addWidget(m_receipt);
    doneLayout->addWidget(m_doneChange);
    doneLayout->addWidget(m_doneDue);
    doneLayout->addWidget(m_doneWallet);
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_printReceipt);
    printRow->addWidget(m_printInvoice);
    printRow->addStretch();
    doneLayout->addLayout(printRow);
    doneLayout->addStretch();
    m_done->hide();
    m_printReceipt->setVisible(m_print != nullptr);
    m_printInvoice->setVisible(m_print != nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_entry);
    layout->addWidget(m_done);

    connect(m_pay, &QPushButton::clicked, this, &PaymentForm::pay);
    connect(m_printReceipt, &QPushButton::clicked, this, &PaymentForm::printReceipt);
    connect(m_printInvoice, &QPushButton::clicked, this, &PaymentForm::printInvoice);
    for (MoneyEdit *edit : {m_cashAmount, m_tendered, m_chequeAmount, m_cardAmount})
        connect(edit, &MoneyEdit::amountChanged, this, &PaymentForm::updateLive);
    for (const MethodBox &m : std::as_const(m_methods)) {
        const PaymentMethod method = m.method;
        connect(m.amount, &MoneyEdit::amountChanged, this, [this, method] { amountTyped(method); });
    }

    setTabOrder(box(PaymentMethod::Cash).box, m_cashAmount);
    setTabOrder(m_cashAmount, m_tendered);
    setTabOrder(m_tendered, box(PaymentMethod::Cheque).box);
    setTabOrder(box(PaymentMethod::Cheque).box, m_chequeAmount);
    setTabOrder(m_chequeAmount, m_chequeNumber);
    setTabOrder(m_chequeNumber, m_chequeBank);
    setTabOrder(m_chequeBank, m_chequeDrawer);
    setTabOrder(m_chequeDrawer, box(PaymentMethod::Card).box);
    setTabOrder(box(PaymentMethod::Card).box, m_cardAmount);
    setTabOrder(m_cardAmount, m_cardReference);
    setTabOrder(m_cardReference, m_pay);
}

QGroupBox *PaymentForm::buildCash()
{
    auto *group = new QGroupBox(tr("&Cash"));
    group->setObjectName(QStringLiteral("cashBox"));
    group->setCheckable(true);
    auto *grid = new QGridLayout(group);
    addCaption(grid, caption(tr("Amount paid in cash"), m_cashAmount), 0, 0);
    addField(grid, m_errors.wrap(QStringLiteral("cash.amount"), m_cashAmount), 0, 1);
    addCaption(grid, caption(tr("Cash handed &over"), m_tendered), 0, 2);
    addField(grid, m_errors.wrap(QStringLiteral("cash.tendered"), m_tendered), 0, 3);
    grid->addWidget(new QLabel(tr("Change to give back")), 1, 0);
    grid->addWidget(m_change, 1, 1);
    // What parents usually hand over, one click each (the clerk still reads the change before paying).
    auto *quick = new QHBoxLayout;
    quick->setSpacing(4);
    for (int i = 0; i < 5; ++i) {
        auto *b = new QPushButton;
        b->setObjectName(QStringLiteral("quickTender%1").arg(i));
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this,
                [this, b] { m_tendered->setValue(Money::fromCents(b->property("tender").toLongLong())); });
        quick->addWidget(b);
        m_quickTenders += b;
    }
    grid->addLayout(quick, 1, 2, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(4, 1);
    m_change->setStyleSheet(QStringLiteral("color:#0d47a1;"));
    m_methods += MethodBox{PaymentMethod::Cash, group, m_cashAmount, m_tendered};
    connect(group, &QGroupBox::toggled, this, [this](bool on) { methodToggled(PaymentMethod::Cash, on); });
    return group;
}

QGroupBox *PaymentForm::buildCheque()
{
    auto *group = new QGroupBox(tr("C&heque"));
    group->setObjectName(QStringLiteral("chequeBox"));
    group->setCheckable(true);
    auto *grid = new QGridLayout(group);
    addCaption(grid, caption(tr("Amount of the cheque"), m_chequeAmount), 0, 0);
    addField(grid, m_errors.wrap(QStringLiteral("cheque.amount"), m_chequeAmount), 0, 1);
    addCaption(grid, caption(tr("Cheque &number"), m_chequeNumber), 0, 2);
    addField(grid, m_errors.wrap(QStringLiteral("cheque.number"), m_chequeNumber), 0, 3);
    addCaption(grid, caption(tr("B&ank"), m_chequeBank), 1, 0);
    addField(grid, m_errors.wrap(QStringLiteral("cheque.bank"), m_chequeBank), 1, 1);
    addCaption(grid, caption(tr("Drawer"), m_chequeDrawer), 1, 2);
    addField(grid, m_errors.wrap(QStringLiteral("cheque.drawer"), m_chequeDrawer), 1, 3);
    const auto commune = m_session.commune().profile();
    const QString regie = commune ? commune.value().regieName : QString();
    auto *payee = new QLabel(regie.isEmpty() ? tr("Made out to the régie (never to a person).")
                                             : tr("Made out to: %1 (never to a person).").arg(regie));
    payee->setObjectName(QStringLiteral("chequePayee"));
    payee->setStyleSheet(QStringLiteral("color:#555;"));
    grid->addWidget(payee, 2, 0, 1, 4);
    grid->setColumnStretch(4, 1);
    m_methods += MethodBox{PaymentMethod::Cheque, group, m_chequeAmount, m_chequeNumber};
    connect(group, &QGroupBox::toggled, this, [this](bool on) { methodToggled(PaymentMethod::Cheque, on); });
    return group;
}

QGroupBox *PaymentForm::buildCard()
{
    auto *group = new QGroupBox(tr("Ban&k card"));
    group->setObjectName(QStringLiteral("cardBox"));
    group->setCheckable(true);
    auto *grid = new QGridLayout(group);
    addCaption(grid, caption(tr("Amount paid by card"), m_cardAmount), 0, 0);
    addField(grid, m_errors.wrap(QStringLiteral("card.amount"), m_cardAmount), 0, 1);
    addCaption(grid, caption(tr("Terminal reference"), m_cardReference), 0, 2);
    addField(grid, m_errors.wrap(QStringLiteral("card.reference"), m_cardReference), 0, 3);
    grid->setColumnStretch(4, 1);
    m_cardReference->setPlaceholderText(tr("authorisation no. on the terminal slip"));
    m_methods += MethodBox{PaymentMethod::Card, group, m_cardAmount, m_cardReference};
    connect(group, &QGroupBox::toggled, this, [this](bool on) { methodToggled(PaymentMethod::Card, on); });
    return group;
}

PaymentForm::MethodBox &PaymentForm::box(PaymentMethod method)
{
    for (MethodBox &m : m_methods)
        if (m.method == method)
            return m;
    return m_methods.first();
}

void PaymentForm::setInvoice(qint64 invoiceId)
{
    m_outcome.reset();
    m_errors.clear();
    m_message->hide();
    const auto loaded = m_session.sales().invoice(invoiceId);
    if (!loaded) {
        m_invoice = InvoiceView{};
        showError(loaded.error());
        m_entry->setEnabled(false);
        return;
    }
    m_invoice = loaded.value();
    m_entry->setEnabled(true);
    m_entry->show();
    m_done->hide();
    m_pay->show();

    QString line = tr("Invoice %1 of %2 — %3 — total %4")
                       .arg(m_invoice.number, m_session.time().dateText(m_invoice.issuedAt),
                            m_invoice.payerName, m_invoice.total.toString());
    if (!m_invoice.credited.isZero())
        line += tr(" — credited %1").arg(m_invoice.credited.toString());
    if (!m_invoice.paid.isZero())
        line += tr(" — already paid %1").arg(m_invoice.paid.toString());
    m_invoiceLine->setText(line);
    m_due->setText(m_invoice.due.toString());

    m_updating = true;
    for (MoneyEdit *edit : {m_cashAmount, m_tendered, m_chequeAmount, m_cardAmount})
        edit->clear();
    m_chequeNumber->clear();
    m_chequeBank->clear();
    m_chequeDrawer->setText(m_invoice.payerName);
    m_cardReference->clear();
    m_updating = false;
    payAllBy(PaymentMethod::Cash);
    Q_EMIT defaultButtonChanged(m_pay);
}

void PaymentForm::payAllBy(PaymentMethod method)
{
    if (m_outcome)
        return;
    m_updating = true;
    for (MethodBox &m : m_methods) {
        m.box->setChecked(m.method == method);
        if (m.method != method)
            m.amount->clear();
    }
    m_updating = false;
    setAmountByForm(method, m_invoice.due);
    m_balancing = method;
    updateLive();
    focusEntry();
}

void PaymentForm::focusEntry()
{
    if (m_outcome) {
        if (m_print)
            m_printReceipt->setFocus();
        return;
    }
    for (const MethodBox &m : std::as_const(m_methods)) {
        if (m.box->isChecked()) {
            m.firstDetail->setFocus();
            return;
        }
    }
}

void PaymentForm::methodToggled(PaymentMethod method, bool on)
{
    if (m_updating)
        return;
    MethodBox &m = box(method);
    if (on) {
        // What the others leave goes to the new method, which then follows them; when they already cover
        // the amount, the clerk types this one and the balancing method gives way.
        Money others;
        for (const MethodBox &o : std::as_const(m_methods))
            if (o.method != method && o.box->isChecked() && o.method != m_balancing)
                others += o.amount->value().value_or(Money());
        const bool balancingCoversAll =
            m_balancing && *m_balancing != method && box(*m_balancing).box->isChecked();
        if (!balancingCoversAll) {
            const Money rest = m_invoice.due - others;
            if (rest > Money())
                setAmountByForm(method, rest);
            m_balancing = method;
        }
        // After the toggle has finished: ticked with its Alt+letter, the box itself takes the focus last.
        MoneyEdit *amount = m.amount;
        QTimer::singleShot(0, amount, [amount] {
            amount->setFocus(Qt::OtherFocusReason);
            amount->selectAll();
        });
    } else {
        setAmountByForm(method, std::nullopt);
        // The method that followed the others is gone: one still ticked and left empty takes its role.
        if (m_balancing == method) {
            m_balancing.reset();
            for (const MethodBox &o : std::as_const(m_methods))
                if (o.box->isChecked() && o.amount->text().trimmed().isEmpty())
                    m_balancing = o.method;
        }
        rebalance();
    }
    updateLive();
}

void PaymentForm::setAmountByForm(PaymentMethod method, std::optional<Money> amount)
{
    MethodBox &m = box(method);
    const std::optional<Money> before = m.amount->value();
    m_updating = true;
    if (amount)
        m.amount->setValue(*amount);
    else
        m.amount->clear();
    // Cash handed over was for the old amount ("exact", a note): it goes back to "as paid".
    if (method == PaymentMethod::Cash && m.amount->value() != before)
        m_tendered->clear();
    m_updating = false;
}

void PaymentForm::amountTyped(PaymentMethod method)
{
    if (m_updating)
        return;
    if (m_balancing == method)
        m_balancing.reset(); // the clerk took this amount in hand
    rebalance();
    updateLive();
}

void PaymentForm::rebalance()
{
    if (!m_balancing || !box(*m_balancing).box->isChecked())
        return;
    Money others;
    for (const MethodBox &o : std::as_const(m_methods))
        if (o.method != *m_balancing && o.box->isChecked())
            others += o.amount->value().value_or(Money());
    const Money rest = m_invoice.due - others;
    setAmountByForm(*m_balancing,
                    rest > Money() ? std::optional<Money>(rest) : std::nullopt); // none left: pays nothing
}

void PaymentForm::updateLive()
{
    if (m_updating)
        return;
    // What the clerk reads while typing, computed by core's rules (PaymentPart); SalesService::pay decides
    // when "Pay" is pressed.
    QMap<QString, QString> unreadable;
    const QList<PaymentPart> parts = typedParts(unreadable);
    QString change = QStringLiteral("—");
    Money allocated;
    for (const PaymentPart &part : parts) {
        allocated += part.amount;
        if (part.method == PaymentMethod::Cash && !unreadable.contains(QStringLiteral("cash.tendered")) &&
            !part.change().isNegative())
            change = part.change().toString();
    }
    m_change->setText(change);
    Money cash;
    for (const PaymentPart &part : parts)
        if (part.method == PaymentMethod::Cash)
            cash = part.amount;
    const QList<Money> tenders = cashTenderSuggestions(cash);
    for (int i = 0; i < m_quickTenders.size(); ++i) {
        QPushButton *b = m_quickTenders.at(i);
        b->setVisible(i < tenders.size());
        if (i >= tenders.size())
            continue;
        b->setProperty("tender", tenders.at(i).cents());
        b->setText(i == 0 ? tr("Exact") : tenders.at(i).toString());
        b->setToolTip(tr("The family hands over %1").arg(tenders.at(i).toString()));
    }

    const Money left = m_invoice.due - allocated;
    if (left.isZero()) {
        m_left->setText(tr("The amounts cover the amount due."));
        m_left->setStyleSheet(QStringLiteral("color:#1b5e20;"));
    } else if (left.isNegative()) {
        m_left->setText(tr("The amounts exceed the amount due by %1.").arg((-left).toString()));
        m_left->setStyleSheet(QStringLiteral("color:#b00020;"));
    } else {
        m_left->setText(tr("Left to pay after this payment: %1").arg(left.toString()));
        m_left->setStyleSheet(QStringLiteral("color:#8a6d00;"));
    }
}

QList<PaymentPart> PaymentForm::typedParts(QMap<QString, QString> &unreadable) const
{
    const auto amountOf = [&](MoneyEdit *edit, const QString &key) {
        if (edit->isInvalid()) {
            unreadable.insert(key, tr("Type an amount such as 70,55."));
            return Money();
        }
        return edit->value().value_or(Money());
    };
    QList<PaymentPart> parts;
    for (const MethodBox &m : m_methods) {
        if (!m.box->isChecked())
            continue;
        // The balancing method left empty because the others cover the amount: it pays nothing (unless cash
        // was handed over for it: then core says what is missing).
        if (m.method == m_balancing && m.amount->text().trimmed().isEmpty() &&
            !(m.method == PaymentMethod::Cash && !m_tendered->text().trimmed().isEmpty()))
            continue;
        PaymentPart part;
        part.method = m.method;
        part.amount = amountOf(m.amount, paymentMethodCode(m.method) + QStringLiteral(".amount"));
        switch (m.method) {
        case PaymentMethod::Cash:
            // Nothing typed as handed over: core takes it as the exact amount.
            if (!m_tendered->text().trimmed().isEmpty())
                part.tendered = amountOf(m_tendered, QStringLiteral("cash.tendered"));
            break;
        case PaymentMethod::Cheque:
            part.chequeNumber = m_chequeNumber->text();
            part.chequeBank = m_chequeBank->text();
            part.chequeDrawer = m_chequeDrawer->text();
            break;
        case PaymentMethod::Card:
            part.cardReference = m_cardReference->text();
            break;
        case PaymentMethod::Online:
            break;
        }
        parts += part;
    }
    return parts;
}

void PaymentForm::pay()
{
    if (m_outcome || !m_invoice.id)
        return;
    m_errors.clear();
    m_message->hide();
    QMap<QString, QString> unreadable;
    const QList<PaymentPart> parts = typedParts(unreadable);
    if (!unreadable.isEmpty())
        return showError(Error::inFields(unreadable));
    Money paying;
    for (const PaymentPart &part : parts)
        paying += part.amount;
    if (paying > Money() && paying < m_invoice.due && !confirmPartial(paying))
        return;

    const auto result = m_session.sales().pay(m_invoice.id, parts);
    if (!result)
        return showError(result.error());
    m_outcome = result.value();
    const PaymentOutcome &o = *m_outcome;

    m_receipt->setText(tr("Payment of %1 recorded — receipt %2").arg(o.paid.toString(), o.receiptNumber));
    // The figure that matters now, large: the change to hand back, what is still due (never a big 0,00 €).
    m_doneChange->setText(tr("Change to give back: %1").arg(o.change.toString()));
    m_doneChange->setVisible(o.change > Money());
    m_doneDue->setText(tr("Still due: %1").arg(o.remainingDue.toString()));
    m_doneDue->setVisible(o.remainingDue > Money());
    if (o.walletCredited)
        m_doneWallet->setText(
            tr("Invoice %1 is paid: the tickets were added to the wallet.").arg(m_invoice.number));
    else
        m_doneWallet->setText(
            tr("Still due on invoice %1: %2. The tickets are added to the wallet once it is fully paid.")
                .arg(m_invoice.number, o.remainingDue.toString()));
    if (!o.warning.isEmpty()) // the cash held exceeds the régie's ceiling: the régisseur must pay some in
        m_doneWallet->setText(m_doneWallet->text() + QStringLiteral("\n\n") + o.warning);
    m_entry->hide();
    m_done->show();
    Q_EMIT paid(o);
    Q_EMIT defaultButtonChanged(m_print ? m_printReceipt : nullptr);
    if (m_print)
        m_printReceipt->setFocus();
}

bool PaymentForm::confirmPartial(Money paying) const
{
    QMessageBox box(QMessageBox::Question, tr("Partial payment"),
                    tr("The family pays %1 of the %2 due on invoice %3.\n\n%4 will still be due; the tickets "
                       "are added to the wallet once the invoice is fully paid. A payment cannot be undone.")
                        .arg(paying.toString(), m_invoice.due.toString(), m_invoice.number,
                             (m_invoice.due - paying).toString()),
                    QMessageBox::NoButton, window());
    box.setObjectName(QStringLiteral("partialPaymentConfirmation"));
    QPushButton *record = box.addButton(tr("&Record the partial payment"), QMessageBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordPartialButton"));
    QPushButton *back = box.addButton(tr("&Correct the amounts"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("correctAmountsButton"));
    box.setDefaultButton(back); // a short amount is more often a typing slip than a decision
    box.exec();
    return box.clickedButton() == record;
}

void PaymentForm::printReceipt()
{
    if (m_print && m_outcome)
        m_print->printReceipt(window(), m_outcome->receiptNumber);
}

void PaymentForm::printInvoice()
{
    if (m_print && m_invoice.id)
        m_print->printInvoice(window(), m_invoice.id);
}

QString PaymentForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PaymentForm::showError(const Error &error)
{
    m_errors.showIn(m_message, error);
}

} // namespace guichet
