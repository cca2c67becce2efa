#include "cashoffice/CashOfficeDialogs.h"

#include "documents/DocumentService.h"
#include "print/PrintService.h"
#include "sales/MoneyEdit.h"
#include "session/Session.h"
#include "widgets/FieldErrors.h"
#include "widgets/ScreenFit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace guichet {

// ------------------------------------------------------------------------------------------- opening

TillOpenDialog::TillOpenDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_float(new MoneyEdit), m_message(errorBanner())
{
    setObjectName(QStringLiteral("tillOpenDialog"));
    setWindowTitle(tr("Open the till"));
    m_float->setObjectName(QStringLiteral("float"));
    m_float->setValue(Money::fromCents(15000));
    auto *intro =
        new QLabel(tr("Count the float put in the till: it is what the till must hold, with the cash "
                      "taken, when it is closed tonight."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Float (fonds de caisse)"), m_errors.wrap(QStringLiteral("float"), m_float));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open the till"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TillOpenDialog::openTill);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(460, sizeHint().height()));
}

void TillOpenDialog::openTill()
{
    const auto amount = m_float->value();
    if (!amount)
        return m_errors.showIn(m_message, Error::inFields({{QStringLiteral("float"),
                                                            tr("Type the float in euros, e.g. 150,00.")}}));
    if (const auto opened = m_session.till().open(*amount); !opened)
        return m_errors.showIn(m_message, opened.error());
    accept();
}

// ------------------------------------------------------------------------------------------- counting

TillCountDialog::TillCountDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_total(new QLabel), m_difference(new QLabel),
      m_message(errorBanner()), m_comment(new QLineEdit)
{
    setObjectName(QStringLiteral("tillCountDialog"));
    setWindowTitle(tr("Close the till: cash count"));
    QString header;
    const auto open = session.till().current();
    if (open && open.value()) {
        if (const auto figures = session.till().figures(open.value()->id)) {
            const TillFigures &f = figures.value();
            m_expected = f.expectedCash();
            header =
                tr("Till opened on %1 by %2.\nFloat %3 + cash taken %4 − change given %5 = expected cash "
                   "%6.\n"
                   "Also taken: cheques %7 (%n cheque(s)), bank cards %8.",
                   nullptr, f.chequeCount)
                    .arg(session.time().dateTimeText(f.session.openedAt), f.session.openedBy,
                         f.session.floatAmount.toString(), f.cashTaken.toString(), f.changeGiven.toString(),
                         f.expectedCash().toString(), f.cheques.toString(), f.cards.toString());
            if (f.cashRefunds > 0) // "= expected" above already takes them out
                header += QLatin1Char('\n') + tr("Refunds paid in cash: %n refund(s), %1 (taken out of the "
                                                 "expected cash).",
                                                 nullptr, f.cashRefunds)
                                                  .arg(f.cashRefunded.toString());
        }
    } else {
        header = open ? tr("The till is not open: there is nothing to count.") : open.error().message;
    }
    auto *intro = new QLabel(header);
    intro->setObjectName(QStringLiteral("expected"));
    intro->setWordWrap(true);

    // Notes on the left, coins on the right: how many of each.
    auto *grid = new QGridLayout;
    const QList<qint64> &denominations = CashCount::denominations();
    for (int i = 0; i < denominations.size(); ++i) {
        const qint64 d = denominations.at(i);
        auto *pieces = new QSpinBox;
        pieces->setObjectName(QStringLiteral("pieces%1").arg(d));
        pieces->setRange(0, 99999);
        pieces->setAccelerated(true);
        connect(pieces, &QSpinBox::valueChanged, this, &TillCountDialog::updateTotals);
        m_pieces += pieces;
        const bool note = d >= 500;
        const int row = note ? i : i - 7;
        const int column = note ? 0 : 2;
        grid->addWidget(new QLabel(Money::fromCents(d).toString()), row, column, Qt::AlignRight);
        grid->addWidget(pieces, row, column + 1);
    }
    grid->setColumnMinimumWidth(1, 90);
    grid->setColumnMinimumWidth(3, 90);
    m_total->setObjectName(QStringLiteral("total"));
    m_difference->setObjectName(QStringLiteral("difference"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_total->setFont(big);
    m_difference->setFont(big);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Required when the count differs from the expected cash"));

    auto *form = new QFormLayout;
    form->addRow(tr("Counted"), m_total);
    form->addRow(tr("Difference"), m_difference);
    form->addRow(tr("Comment"), m_errors.wrap(QStringLiteral("comment"), m_comment));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close the till (final)"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(open && open.value());
    connect(buttons, &QDialogButtonBox::accepted, this, &TillCountDialog::closeTill);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(grid);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateTotals();
    resizeToFit(this, QSize(560, sizeHint().height()));
}

QSpinBox *TillCountDialog::piecesOf(qint64 denominationCents) const
{
    const qsizetype i = CashCount::denominations().indexOf(denominationCents);
    return i < 0 ? nullptr : m_pieces.at(i);
}

CashCount TillCountDialog::count() const
{
    CashCount c;
    for (int i = 0; i < m_pieces.size(); ++i)
        c.pieces.insert(CashCount::denominations().at(i), m_pieces.at(i)->value());
    return c;
}

void TillCountDialog::updateTotals()
{
    const Money total = count().total();
    const Money difference = total - m_expected;
    m_total->setText(total.toString());
    m_difference->setText(difference.isZero() ? tr("none") : difference.toString());
    m_difference->setStyleSheet(difference.isZero() ? QStringLiteral("color: #1b5e20;")
                                                    : QStringLiteral("color: #b00020;"));
}

void TillCountDialog::closeTill()
{
    if (const auto closed = m_session.till().close(count(), m_comment->text()); !closed)
        return m_errors.showIn(m_message, closed.error());
    accept();
}

// ------------------------------------------------------------------------------------------- closures

ClosureDialog::ClosureDialog(Session &session, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_print(print), m_kind(new QComboBox), m_date(new QDateEdit),
      m_preview(new QTextBrowser), m_message(errorBanner())
{
    setObjectName(QStringLiteral("closureDialog"));
    setWindowTitle(tr("Closures (Z)"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Day"), int(ClosureView::Kind::Day));
    m_kind->addItem(tr("Month"), int(ClosureView::Kind::Month));
    m_kind->addItem(tr("Year"), int(ClosureView::Kind::Year));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDate(session.today());
    m_preview->setObjectName(QStringLiteral("preview"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClosureDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &ClosureDialog::updatePreview);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Close")));
    row->addWidget(m_kind);
    row->addWidget(m_date);
    row->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close the &period (final)"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosureDialog::closePeriod);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    updatePreview();
    resizeToFit(this, QSize(760, 640));
}

void ClosureDialog::updatePreview()
{
    showError(m_message, {});
    const auto kind = ClosureView::Kind(m_kind->currentData().toInt());
    m_date->setDisplayFormat(kind == ClosureView::Kind::Day     ? QStringLiteral("dd/MM/yyyy")
                             : kind == ClosureView::Kind::Month ? QStringLiteral("MM/yyyy")
                                                                : QStringLiteral("yyyy"));
    if (kind != ClosureView::Kind::Day) {
        m_preview->setPlainText(
            tr("A month or a year adds up its closed days; it is closed once it is over."));
        return;
    }
    const auto figures = m_session.closures().previewDay(m_date->date());
    const auto content = figures ? m_session.documents().closureReport(figures.value())
                                 : Result<DocumentContent>(figures.error());
    if (!content)
        return showError(m_message, content.error().message);
    m_preview->setHtml(content.value().html);
}

void ClosureDialog::closePeriod()
{
    const auto kind = ClosureView::Kind(m_kind->currentData().toInt());
    const QDate date = m_date->date();
    const auto done = kind == ClosureView::Kind::Day ? m_session.closures().closeDay(date)
                      : kind == ClosureView::Kind::Month
                          ? m_session.closures().closePeriod(kind, date.toString(QStringLiteral("yyyy-MM")))
                          : m_session.closures().closePeriod(kind, QString::number(date.year()));
    if (!done)
        return showError(m_message, errorText(done.error()));
    const auto content = m_session.documents().closureReport(done.value());
    if (!content)
        return showError(m_message, content.error().message);
    if (m_print)
        m_print->previewReport(this, content.value().title, content.value().html);
    accept();
}

// ------------------------------------------------------------------------------------------- deposit slips

DepositSlipDialog::DepositSlipDialog(Session &session, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_print(print), m_table(new QTableWidget), m_total(new QLabel),
      m_message(errorBanner())
{
    setObjectName(QStringLiteral("depositSlipDialog"));
    setWindowTitle(tr("Cheque deposit slip"));
    if (const auto waiting = session.closures().chequesToDeposit())
        m_cheques = waiting.value();
    else
        showError(m_message, waiting.error().message);
    m_table->setObjectName(QStringLiteral("cheques"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Taken on"), tr("Cheque no."), tr("Bank"), tr("Drawer"), tr("Receipt"), tr("Amount")});
    m_table->setRowCount(int(m_cheques.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < m_cheques.size(); ++r) {
        const DepositCheque &c = m_cheques.at(r);
        auto *first = new QTableWidgetItem(session.time().dateText(c.paidAt));
        first->setFlags(first->flags() | Qt::ItemIsUserCheckable);
        first->setCheckState(Qt::Checked);
        m_table->setItem(r, 0, first);
        m_table->setItem(r, 1, new QTableWidgetItem(c.number));
        m_table->setItem(r, 2, new QTableWidgetItem(c.bank));
        m_table->setItem(r, 3, new QTableWidgetItem(c.drawer));
        m_table->setItem(r, 4, new QTableWidgetItem(c.receiptNumber));
        auto *amount = new QTableWidgetItem(c.amount.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 5, amount);
    }
    connect(m_table, &QTableWidget::itemChanged, this, &DepositSlipDialog::updateTotal);
    m_total->setObjectName(QStringLiteral("total"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue the slip"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("issueButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DepositSlipDialog::issue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("The cheques not yet deposited; untick those that stay for a later slip.")));
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    updateTotal();
    resizeToFit(this, QSize(760, 520));
}

void DepositSlipDialog::updateTotal()
{
    Money total;
    int count = 0;
    for (int r = 0; r < m_cheques.size(); ++r)
        if (m_table->item(r, 0)->checkState() == Qt::Checked) {
            total += m_cheques.at(r).amount;
            ++count;
        }
    m_total->setText(tr("%n cheque(s) on the slip, total %1", nullptr, count).arg(total.toString()));
}

void DepositSlipDialog::issue()
{
    QList<qint64> chosen;
    for (int r = 0; r < m_cheques.size(); ++r)
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            chosen += m_cheques.at(r).paymentId;
    if (chosen.isEmpty() && !m_cheques.isEmpty())
        return showError(m_message, tr("Tick at least one cheque."));
    const auto slip = m_session.closures().issueDepositSlip(chosen);
    if (!slip)
        return showError(m_message, slip.error().message);
    const auto content = m_session.documents().depositSlip(slip.value());
    if (!content)
        return showError(m_message, content.error().message);
    if (m_print)
        m_print->previewReport(this, content.value().title, content.value().html);
    accept();
}

// ------------------------------------------------------------------------------------------- statement

StatementDialog::StatementDialog(Session &session, PrintService *print, QWidget *parent)
    : QDialog(parent), m_session(session), m_print(print), m_from(new QDateEdit), m_to(new QDateEdit),
      m_message(errorBanner())
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Statement for the public accountant"));
    const QDate today = session.today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-1)); // last month, by default
    m_to->setDate(QDate(today.year(), today.month(), 1).addDays(-1));
    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *preview = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    auto *csv = buttons->addButton(tr("Save as &CSV…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    csv->setObjectName(QStringLiteral("csvButton"));
    connect(preview, &QPushButton::clicked, this, &StatementDialog::previewStatement);
    connect(csv, &QPushButton::clicked, this, &StatementDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Takings by activity and by means of payment, cheque deposits and closures of "
                      "the period.")));
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(480, sizeHint().height()));
}

void StatementDialog::previewStatement()
{
    const auto st = m_session.closures().statement(m_from->date(), m_to->date());
    if (!st)
        return showError(m_message, st.error().message);
    const auto content = m_session.documents().statement(st.value());
    if (!content)
        return showError(m_message, content.error().message);
    showError(m_message, {});
    if (m_print)
        m_print->previewReport(this, content.value().title, content.value().html);
}

void StatementDialog::saveCsv()
{
    const auto st = m_session.closures().statement(m_from->date(), m_to->date());
    if (!st)
        return showError(m_message, st.error().message);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the statement"),
        tr("statement-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = ClosureService::statementCsv(st.value());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return showError(m_message, tr("The file %1 could not be written: %2. Choose another folder.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    showError(m_message, {});
}

} // namespace guichet
