#include "yearend/YearEndDialogs.h"

#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"
#include "common/Iban.h"
#include "commune/CommuneSettings.h"
#include "documents/DocumentService.h"
#include "print/PrintService.h"
#include "session/Session.h"
#include "wallet/WalletService.h"
#include "widgets/FieldErrors.h"
#include "widgets/ListTable.h"
#include "widgets/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guichet {

namespace {

// A wizard page whose completeness and entry are the wizard's business (no subclass per page).
class Page : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    std::function<void()> enter;
    bool isComplete() const override { return complete(); }
    void initializePage() override
    {
        if (enter)
            enter();
    }
};

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

bool saveBytes(QWidget *parent, QLabel *message, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(message, QCoreApplication::translate("RefundReportDialog",
                                                       "The file %1 could not be written: %2. Choose another "
                                                       "folder.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_UNUSED(parent)
    showError(message, {});
    return true;
}

} // namespace

// ------------------------------------------------------------------------------------------ roll-over

RolloverWizard::RolloverWizard(Session &session, QWidget *parent)
    : QWizard(parent), m_session(session), m_percent(new QDoubleSpinBox),
      m_start(dateEdit(QStringLiteral("start"))), m_end(dateEdit(QStringLiteral("end"))),
      m_opens(dateEdit(QStringLiteral("opens"))), m_calendar(new QLineEdit), m_choicesMessage(errorBanner()),
      m_summary(new QTextBrowser), m_progress(new QProgressBar), m_result(new QLabel),
      m_saveReport(new QPushButton(tr("Save the carry-over report (CSV)…")))
{
    setObjectName(QStringLiteral("rolloverWizard"));
    setWindowTitle(tr("Next school year"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoCancelButtonOnLastPage); // once rolled over, there is nothing to cancel
    addPage(choicesPage());
    addPage(summaryPage());
    addPage(runPage());
    resizeToFit(this, QSize(640, 520));
}

QWizardPage *RolloverWizard::choicesPage()
{
    auto *page = new Page;
    page->setTitle(tr("The next school year"));
    auto *intro =
        new QLabel(tr("The prices are copied from the year that ends, changed by the percentage; the "
                      "tickets left in the wallets are carried over at the price they were bought at; the "
                      "children go up one class."));
    intro->setWordWrap(true);
    m_percent->setObjectName(QStringLiteral("percent"));
    m_percent->setRange(-50, 50);
    m_percent->setDecimals(2);
    m_percent->setSingleStep(0.5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_calendar->setObjectName(QStringLiteral("calendarFile"));
    m_calendar->setPlaceholderText(tr("optional: the official .ics or .csv file of the new year"));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The official school calendar"), QString(),
                                                          tr("School calendar (*.ics *.csv)"));
        if (!path.isEmpty())
            m_calendar->setText(path);
    });
    auto *calendar = new QHBoxLayout;
    calendar->addWidget(m_calendar, 1);
    calendar->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Change of prices"), m_percent);
    form->addRow(tr("First day"), m_start);
    form->addRow(tr("Last day"), m_end);
    form->addRow(tr("Bookings open on"), m_opens);
    form->addRow(tr("Official calendar"), calendar);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_choicesMessage);
    layout->addLayout(form);
    // The dates proposed: the year that ends, one year later (or the next year's, if it exists already).
    const auto plan = m_session.rollover().plan({});
    if (plan) {
        m_start->setDate(plan.value().to.start);
        m_end->setDate(plan.value().to.end);
        m_opens->setDate(plan.value().to.bookingOpensOn);
        const bool exists = plan.value().toExists;
        for (QDateEdit *edit : {m_start, m_end, m_opens})
            edit->setEnabled(!exists);
    } else {
        showError(m_choicesMessage, plan.error().message);
    }
    page->complete = [ok = bool(plan)] { return ok; };
    return page;
}

RolloverOptions RolloverWizard::options() const
{
    RolloverOptions o;
    o.percentHundredths = int(std::lround(m_percent->value() * 100)); // a percentage, not money
    if (m_start->isEnabled()) {
        o.start = m_start->date();
        o.end = m_end->date();
        o.bookingOpensOn = m_opens->date();
    }
    o.calendarFile = m_calendar->text().trimmed();
    return o;
}

QWizardPage *RolloverWizard::summaryPage()
{
    auto *page = new Page;
    page->setTitle(tr("What will be done"));
    page->setSubTitle(
        tr("Nothing is written yet. Read the summary, then roll over: it cannot be done twice."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Roll over"));
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    page->complete = [this] { return m_planned; };
    page->enter = [this, page] {
        showSummary();
        Q_EMIT page->completeChanged();
    };
    return page;
}

void RolloverWizard::showSummary()
{
    const auto plan = m_session.rollover().plan(options());
    m_planned = bool(plan);
    if (!plan) {
        m_summary->setHtml(QStringLiteral("<p style=\"color:#b00020\">") +
                           plan.error().message.toHtmlEscaped() + QStringLiteral("</p>"));
        return;
    }
    const RolloverPlan &p = plan.value();
    QString html = QStringLiteral("<h3>") + tr("%1 → %2").arg(p.from.label, p.to.label).toHtmlEscaped() +
                   QStringLiteral("</h3><ul>");
    const auto item = [&](const QString &text) {
        html += QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
    };
    item(p.toExists ? tr("The school year %1 exists already: its dates are kept.").arg(p.to.label)
                    : tr("New school year %1, from %2 to %3; bookings open on %4.")
                          .arg(p.to.label, frenchDate(p.to.start), frenchDate(p.to.end),
                               frenchDate(p.to.bookingOpensOn)));
    item(p.tariffsExist ? tr("Its prices exist already: they are kept.")
                        : tr("%n price(s) copied, changed by %1 %.", nullptr, p.tariffs)
                              .arg(QLocale(QLocale::French).toString(p.percentHundredths / 100.0, 'f', 2)));
    item(tr("%n school week(s) copied.", nullptr, p.weekPatterns));
    item(tr("%n holiday period(s) known for the new year.", nullptr, p.holidays));
    for (const auto &[step, children] : p.promotions)
        item(tr("%1: %n child(ren)", nullptr, children).arg(step));
    item(tr("CM2 pupils leaving for collège: %1; other children leaving: %2.")
             .arg(p.cm2Leavers)
             .arg(p.otherLeavers));
    item(tr("Tickets carried over: %1 tickets of %2 household(s), worth %3.")
             .arg(p.tickets)
             .arg(p.households)
             .arg(p.value.toString()));
    for (auto it = p.ticketsByActivity.cbegin(); it != p.ticketsByActivity.cend(); ++it)
        item(tr("  %1: %2 tickets").arg(it.key()).arg(it.value()));
    html += QStringLiteral("</ul>");
    for (const QString &w : p.warnings)
        html += QStringLiteral("<p style=\"color:#8a5a00\">⚠ ") + w.toHtmlEscaped() + QStringLiteral("</p>");
    m_summary->setHtml(html);
}

QWizardPage *RolloverWizard::runPage()
{
    auto *page = new Page;
    page->setTitle(tr("Rolling over"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_saveReport->setObjectName(QStringLiteral("saveCarryOver"));
    m_saveReport->setEnabled(false);
    connect(m_saveReport, &QPushButton::clicked, this, &RolloverWizard::saveCarryOver);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_saveReport, 0, Qt::AlignLeft);
    layout->addStretch();
    page->complete = [this] { return m_done; };
    page->enter = [this, page] {
        rollOver();
        Q_EMIT page->completeChanged();
    };
    return page;
}

void RolloverWizard::rollOver()
{
    m_progress->setRange(0, 0); // busy until the first lot
    const auto done = m_session.rollover().run(options(), [this](int n, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(n);
        // The bar moves while the one transaction runs; no click reaches the window meanwhile.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    m_progress->setRange(0, 1);
    m_progress->setValue(done ? 1 : 0);
    if (!done) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(done.error().message + QLatin1Char('\n') + tr("Nothing was changed."));
        m_done = false;
        button(QWizard::CancelButton)->setText(tr("Close"));
        return;
    }
    m_done = true;
    m_result->setText(tr("The school year %1 is ready: %2 tickets worth %3 carried over for %4 household(s).")
                          .arg(done.value().to.label)
                          .arg(done.value().tickets)
                          .arg(done.value().value.toString())
                          .arg(done.value().households));
    m_saveReport->setEnabled(true);
}

void RolloverWizard::saveCarryOver()
{
    const auto records = m_session.rollover().rollovers();
    if (!records || records.value().isEmpty())
        return;
    const auto lines = m_session.rollover().carryOver(records.value().last().id);
    if (!lines)
        return m_result->setText(lines.error().message);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the carry-over report"),
                                                      tr("carry-over-%1.csv").arg(records.value().last().to),
                                                      tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveBytes(this, m_result, path, RolloverService::carryOverCsv(lines.value()));
}

// --------------------------------------------------------------------------------------------- refund

RefundDialog::RefundDialog(Session &session, qint64 householdId, QWidget *parent)
    : QDialog(parent), m_session(session), m_householdId(householdId), m_activity(new QComboBox),
      m_all(new QCheckBox(tr("Every ticket of the activity"))), m_tickets(new QSpinBox),
      m_iban(new QLineEdit), m_bic(new QLineEdit), m_reason(new QLineEdit),
      m_cash(new QCheckBox(tr("Pay in cash from the till"))), m_quote(new QLabel), m_message(errorBanner())
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund tickets"));
    m_activity->setObjectName(QStringLiteral("activity"));
    m_all->setObjectName(QStringLiteral("all"));
    m_tickets->setObjectName(QStringLiteral("tickets"));
    m_iban->setObjectName(QStringLiteral("iban"));
    m_bic->setObjectName(QStringLiteral("bic"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_cash->setObjectName(QStringLiteral("cash"));
    m_quote->setObjectName(QStringLiteral("quote"));
    m_quote->setWordWrap(true);
    m_iban->setPlaceholderText(QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    m_bic->setPlaceholderText(tr("needed outside the EEA"));
    m_reason->setPlaceholderText(tr("e.g. leaving the commune, end of the school year"));
    if (const auto balances = session.wallet().balances(householdId))
        for (const WalletBalance &b : balances.value())
            if (b.quantity > 0)
                m_activity->addItem(tr("%1 (%n ticket(s))", nullptr, b.quantity).arg(b.activityName),
                                    b.activityId);
    m_all->setChecked(true);
    m_tickets->setRange(1, 10000);
    m_tickets->setEnabled(false);
    const auto profile = session.commune().profile();
    m_cash->setEnabled(profile && profile.value().cashRefundsAllowed);
    if (!m_cash->isEnabled())
        m_cash->setToolTip(tr("The régie pays refunds by transfer only (Administration › Commune)."));

    auto *tickets = new QHBoxLayout;
    tickets->addWidget(m_all);
    tickets->addWidget(m_tickets);
    tickets->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Activity"), m_activity);
    form->addRow(tr("Tickets"), tickets);
    form->addRow(tr("Payer's IBAN"), m_iban);
    form->addRow(tr("BIC"), m_bic);
    form->addRow(QString(), m_cash);
    form->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_refundButton = buttons->addButton(tr("&Refund"), QDialogButtonBox::AcceptRole);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RefundDialog::refund);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The most recently bought tickets are refunded first, each at the price it "
                      "was bought at. The public accountant pays the transfer.")));
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_quote);
    layout->addWidget(buttons);

    connect(m_activity, &QComboBox::currentIndexChanged, this, &RefundDialog::updateQuote);
    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_tickets->setEnabled(!all);
        updateQuote();
    });
    connect(m_tickets, &QSpinBox::valueChanged, this, &RefundDialog::updateQuote);
    connect(m_cash, &QCheckBox::toggled, this, [this](bool cash) {
        m_iban->setEnabled(!cash);
        m_bic->setEnabled(!cash);
    });
    // The IBAN of the household's last refund, proposed again.
    if (m_activity->count() > 0)
        if (const auto quote = session.refunds().quote(householdId, m_activity->currentData().toLongLong()))
            m_iban->setText(Iban::grouped(quote.value().lastIban));
    updateQuote();
    resizeToFit(this, QSize(560, sizeHint().height()));
}

void RefundDialog::updateQuote()
{
    if (m_activity->count() == 0) {
        m_quote->setText(tr("The family has no ticket left in its wallet: there is nothing to refund."));
        m_refundButton->setEnabled(false);
        return;
    }
    const auto quote = m_session.refunds().quote(m_householdId, m_activity->currentData().toLongLong(),
                                                 m_all->isChecked() ? 0 : m_tickets->value());
    if (!quote) { // what is wrong with the numbers, without "nothing was saved": nothing was being saved
        const Error &e = quote.error();
        m_quote->setText(e.fields.isEmpty() ? e.message
                                            : QStringList(e.fields.values()).join(QLatin1Char('\n')));
        m_refundButton->setEnabled(false);
        return;
    }
    if (m_all->isChecked())
        m_tickets->setValue(quote.value().tickets);
    QStringList lots;
    for (const RefundLine &l : quote.value().lines)
        lots += tr("%1 × %2").arg(l.quantity).arg(l.unitPrice.toString());
    m_quote->setText(tr("<b>%n ticket(s): %1 = %2</b>", nullptr, quote.value().tickets)
                         .arg(lots.join(QStringLiteral(" + ")), quote.value().amount.toString()) +
                     (quote.value().warning.isEmpty()
                          ? QString()
                          : QStringLiteral("<br><span style=\"color:#8a5a00\">") +
                                quote.value().warning.toHtmlEscaped() + QStringLiteral("</span>")));
    m_refundButton->setEnabled(true);
}

void RefundDialog::refund()
{
    RefundRequest r;
    r.householdId = m_householdId;
    r.activityId = m_activity->currentData().toLongLong();
    r.tickets = m_all->isChecked() ? 0 : m_tickets->value();
    r.cash = m_cash->isChecked();
    r.iban = r.cash ? QString() : m_iban->text();
    r.bic = r.cash ? QString() : m_bic->text();
    r.reason = m_reason->text();
    if (m_confirm &&
        QMessageBox::question(this, windowTitle(),
                              tr("Refund %1? The tickets leave the wallet now; this cannot be undone.")
                                  .arg(m_quote->text()
                                           .section(QStringLiteral("<br>"), 0, 0)
                                           .remove(QStringLiteral("<b>"))
                                           .remove(QStringLiteral("</b>")))) != QMessageBox::Yes)
        return;
    const auto done = m_session.refunds().refund(r);
    if (!done)
        return showError(m_message, errorText(done.error()));
    QMessageBox::information(
        this, windowTitle(),
        done.value().cash
            ? tr("Refund %1: give %2 to the payer from the till.")
                  .arg(done.value().number, done.value().amount.toString())
            : tr("Refund %1 of %2 recorded: the public accountant pays it once the refund order is "
                 "issued (Till › Refund report).")
                  .arg(done.value().number, done.value().amount.toString()));
    accept();
}

// --------------------------------------------------------------------------------------- refund report

RefundReportDialog::RefundReportDialog(Session &session, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_print(print), m_from(dateEdit(QStringLiteral("from"))),
      m_to(dateEdit(QStringLiteral("to"))),
      m_accountant(new QCheckBox(tr("Accountant's copy (IBANs in full)"))),
      m_table(makeListTable(QStringLiteral("refunds"),
                            {tr("Refund"), tr("Date"), tr("Household"), tr("Activity"), tr("Tickets"),
                             tr("Amount"), tr("Paid"), tr("Order")},
                            {2})),
      m_totals(new QLabel), m_proposals(new QLabel), m_message(errorBanner())
{
    setObjectName(QStringLiteral("refundReportDialog"));
    setWindowTitle(tr("Refund report"));
    const QDate today = session.today();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_accountant->setObjectName(QStringLiteral("accountant"));
    m_totals->setObjectName(QStringLiteral("totals"));
    m_proposals->setObjectName(QStringLiteral("proposals"));
    m_proposals->setWordWrap(true);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From")));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addStretch();
    period->addWidget(m_accountant);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *preview = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    auto *xlsx = buttons->addButton(tr("Save as spread&sheet…"), QDialogButtonBox::ActionRole);
    auto *issue = buttons->addButton(tr("&Issue the refund order…"), QDialogButtonBox::ActionRole);
    issue->setObjectName(QStringLiteral("issueButton"));
    connect(preview, &QPushButton::clicked, this, &RefundReportDialog::preview);
    connect(csv, &QPushButton::clicked, this, [this] { save(false); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(true); });
    connect(issue, &QPushButton::clicked, this, &RefundReportDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &RefundReportDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &RefundReportDialog::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_proposals);
    layout->addWidget(buttons);
    refresh();
    resizeToFit(this, QSize(900, 560));
}

void RefundReportDialog::refresh()
{
    const auto report = m_session.refunds().report(m_from->date(), m_to->date());
    m_table->setRowCount(0);
    if (!report) {
        m_report = {};
        m_totals->clear();
        return showError(m_message, report.error().message);
    }
    showError(m_message, {});
    m_report = report.value();
    for (const RefundView &r : std::as_const(m_report.refunds)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList values{r.number,
                                 frenchDate(r.day),
                                 r.fileNumber + QStringLiteral(" ") + r.household,
                                 r.activityName,
                                 QString::number(r.tickets),
                                 r.amount.toString(),
                                 r.cash ? tr("Cash") : tr("Transfer"),
                                 r.orderNumber};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(row, c, cell(values.at(c), c == 4 || c == 5));
    }
    fitRows(m_table);
    m_totals->setText(tr("Transfers: %1 (%2) · cash: %3 (%4) · total %5")
                          .arg(m_report.transferCount)
                          .arg(m_report.transfers.toString())
                          .arg(m_report.cashCount)
                          .arg(m_report.cash.toString())
                          .arg(m_report.total.toString()));
    QStringList proposals;
    if (const auto list = m_session.refunds().proposals())
        for (const RefundProposal &p : list.value())
            proposals += tr("%1 %2 — %3: %4 ticket(s), %5")
                             .arg(p.quote.fileNumber, p.quote.household, p.quote.activityName)
                             .arg(p.quote.tickets)
                             .arg(p.quote.amount.toString());
    m_proposals->setText(proposals.isEmpty()
                             ? QString()
                             : tr("Families whose children all left, with tickets to refund:") +
                                   QStringLiteral("\n") + proposals.join(QLatin1Char('\n')));
}

void RefundReportDialog::preview()
{
    const auto content = m_session.documents().refundReport(m_report, m_accountant->isChecked());
    if (!content)
        return showError(m_message, content.error().message);
    if (m_print)
        m_print->previewReport(this, content.value().title, content.value().html);
}

void RefundReportDialog::save(bool spreadsheet)
{
    const QString name =
        tr("refunds-%1-%2").arg(m_report.from.toString(Qt::ISODate), m_report.to.toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the refund report"),
                                     name + (spreadsheet ? QStringLiteral(".xlsx") : QStringLiteral(".csv")),
                                     spreadsheet ? tr("Spreadsheet (*.xlsx)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!spreadsheet)
        return void(
            saveBytes(this, m_message, path, RefundService::reportCsv(m_report, m_accountant->isChecked())));
    if (Status s = RefundService::writeXlsx(m_report, m_accountant->isChecked(), path); !s)
        return showError(m_message, s.error().message);
    showError(m_message, {});
}

void RefundReportDialog::issue()
{
    if (m_confirm && QMessageBox::question(
                         this, windowTitle(),
                         tr("Issue the refund order of %1 to %2? Its transfers go to the public "
                            "accountant; an order is final.")
                             .arg(frenchDate(m_from->date()), frenchDate(m_to->date()))) != QMessageBox::Yes)
        return;
    const auto issued = m_session.refunds().issue(m_from->date(), m_to->date());
    if (!issued)
        return showError(m_message, issued.error().message);
    refresh();
    m_report = issued.value();
    showError(m_message, {});
    m_totals->setText(m_totals->text() + QStringLiteral(" · ") +
                      tr("order %1 issued").arg(issued.value().orderNumber));
    preview();
}

} // namespace guichet
