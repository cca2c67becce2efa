#include "admin/TariffsDialog.h"
#include "widgets/ScreenFit.h"

#include "admin/MoneyDelegate.h"
#include "admin/StatusLine.h"
#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {
enum Role
{
    IdRole = Qt::UserRole, // bracket id in the bracket table, activity id in the price grid
    BracketRole,           // price grid: bracket id, 0 for non-residents
    StoredRole,            // price grid: stored price in cents (qint64), null when there is none
    ErrorRole,             // price grid: why the cell cannot be saved
    LastRole               // bracket table: this bound cell is the last, unbounded one
};

enum BracketColumn
{
    BracketLabel,
    BracketBound
};

const QColor ErrorBackground(0xfd, 0xec, 0xea);
const QColor ErrorText(0xb0, 0x00, 0x20);
const QColor ChangedBackground(0xff, 0xf4, 0xce);
const QColor MissingBackground(0xf1, 0xf1, 0xf1);

std::optional<qint64> storedCents(const QTableWidgetItem *item)
{
    const QVariant stored = item->data(StoredRole);
    return stored.isNull() ? std::nullopt : std::optional<qint64>(stored.toLongLong());
}

// What the cell asks to save: an amount differing from the stored one, or nothing.
std::optional<Money> changedAmount(const QTableWidgetItem *item)
{
    const QString text = item->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<Money> amount = Money::parse(text);
    const std::optional<qint64> stored = storedCents(item);
    if (!amount || (stored && *stored == amount->cents()))
        return std::nullopt;
    return amount;
}

QTableWidget *table(const QString &name)
{
    auto *table = new QTableWidget;
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(28);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    return table;
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}
} // namespace

TariffsDialog::TariffsDialog(CatalogService &catalog, const QDate &today, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_year(new QComboBox), m_yearDates(new QLabel),
      m_bracketTable(table(QStringLiteral("brackets"))), m_addBracket(new QPushButton(tr("Add a bracket"))),
      m_removeBracket(new QPushButton(tr("Remove"))),
      m_saveBrackets(new QPushButton(tr("Save the brackets"))), m_copyPrevious(new QPushButton),
      m_prices(table(QStringLiteral("prices"))), m_pending(new QLabel),
      m_revertPrices(new QPushButton(tr("Undo changes"))),
      m_savePrices(new QPushButton(tr("Save the prices"))), m_status(new StatusLine)
{
    setObjectName(QStringLiteral("tariffsDialog"));
    setWindowTitle(tr("Tariffs"));

    m_year->setObjectName(QStringLiteral("schoolYear"));
    m_year->setMinimumContentsLength(10);
    m_yearDates->setObjectName(QStringLiteral("schoolYearDates"));
    for (const SchoolYear &y : m_status->valueOf(m_catalog.schoolYears()))
        m_year->addItem(y.label, y.id);
    if (const auto current = m_catalog.schoolYearToShow(today))
        m_year->setCurrentIndex(std::max(0, m_year->findData(current->id)));

    auto *rule =
        new QLabel(tr("A household's bracket comes from its payer's QF with a proof dated within one "
                      "year before the start of the school year; otherwise the highest bracket "
                      "applies. Non-residents pay the non-resident price."));
    rule->setObjectName(QStringLiteral("pricingRule"));
    rule->setWordWrap(true);
    rule->setStyleSheet(
        QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #c8dbf0; border-radius: 3px;"
                       " padding: 8px; color: #1f3b57; }"));

    // Brackets
    m_bracketTable->setColumnCount(2);
    m_bracketTable->setHorizontalHeaderLabels({tr("Label"), tr("Up to QF (inclusive)")});
    m_bracketTable->horizontalHeader()->setSectionResizeMode(BracketLabel, QHeaderView::Stretch);
    m_bracketTable->horizontalHeader()->setSectionResizeMode(BracketBound, QHeaderView::ResizeToContents);
    m_bracketTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addBracket->setObjectName(QStringLiteral("addBracketButton"));
    m_removeBracket->setObjectName(QStringLiteral("removeBracketButton"));
    m_saveBrackets->setObjectName(QStringLiteral("saveBracketsButton"));
    auto *bracketBox = new QGroupBox(tr("QF brackets"));
    auto *bracketLayout = new QVBoxLayout(bracketBox);
    bracketLayout->addWidget(m_bracketTable, 1);
    m_bracketsNote = hint(QString());
    m_bracketsNote->setObjectName(QStringLiteral("bracketsNote"));
    bracketLayout->addWidget(m_bracketsNote);
    auto *bracketButtons = new QHBoxLayout;
    bracketButtons->addWidget(m_addBracket);
    bracketButtons->addWidget(m_removeBracket);
    bracketButtons->addStretch();
    bracketButtons->addWidget(m_saveBrackets);
    bracketLayout->addLayout(bracketButtons);
    m_copyPrevious->setObjectName(QStringLiteral("copyPreviousYearButton"));
    m_copyPrevious->hide();
    connect(m_copyPrevious, &QPushButton::clicked, this, &TariffsDialog::copyPreviousYear);
    bracketLayout->addWidget(m_copyPrevious);

    // Prices
    m_prices->setItemDelegate(new MoneyDelegate(m_prices));
    m_prices->setAlternatingRowColors(false);
    m_prices->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_pending->setObjectName(QStringLiteral("pendingPrices"));
    m_pending->setStyleSheet(QStringLiteral("color: #8a6100;"));
    m_revertPrices->setObjectName(QStringLiteral("revertPricesButton"));
    m_savePrices->setObjectName(QStringLiteral("savePricesButton"));
    auto *priceBox = new QGroupBox(tr("Unit price of a ticket"));
    auto *priceLayout = new QVBoxLayout(priceBox);
    priceLayout->addWidget(m_prices, 1);
    priceLayout->addWidget(hint(tr("Type euros and cents, e.g. 4,15. A grey cell has no price yet: the "
                                   "activity cannot be sold at that rate.")));
    auto *priceButtons = new QHBoxLayout;
    priceButtons->addWidget(m_pending);
    priceButtons->addStretch();
    priceButtons->addWidget(m_revertPrices);
    priceButtons->addWidget(m_savePrices);
    priceLayout->addLayout(priceButtons);

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&School year"));
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_yearDates, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(bracketBox, 2);
    columns->addWidget(priceBox, 5);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(rule);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 id = m_year->currentData().toLongLong();
        if (id == m_yearId)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_year);
            m_year->setCurrentIndex(m_year->findData(m_yearId));
            return;
        }
        loadYear();
    });
    connect(m_bracketTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        m_bracketsDirty = true;
        m_saveBrackets->setEnabled(true);
        if (item->background() != QBrush()) {
            m_loading = true;
            item->setBackground(QBrush());
            m_loading = false;
        }
    });
    connect(m_bracketTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeBracket->setEnabled(!m_bracketsLocked && m_bracketTable->currentRow() >= 0 &&
                                    m_bracketTable->rowCount() > 1);
    });
    connect(m_prices, &QTableWidget::itemChanged, this, &TariffsDialog::priceEdited);
    connect(m_addBracket, &QPushButton::clicked, this, &TariffsDialog::addBracket);
    connect(m_removeBracket, &QPushButton::clicked, this, &TariffsDialog::removeBracket);
    connect(m_saveBrackets, &QPushButton::clicked, this, &TariffsDialog::saveBrackets);
    connect(m_revertPrices, &QPushButton::clicked, this, &TariffsDialog::revertPrices);
    connect(m_savePrices, &QPushButton::clicked, this, &TariffsDialog::savePrices);
    connect(close, &QDialogButtonBox::rejected, this, &TariffsDialog::reject);

    loadYear();
    resizeToFit(this, QSize(1060, 500));
}

QString TariffsDialog::message() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void TariffsDialog::selectSchoolYear(qint64 id)
{
    const int index = m_year->findData(id);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

bool TariffsDialog::confirmDiscard()
{
    if (pendingPrices() == 0 && !m_bracketsDirty)
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("Some changes to the tariffs of %1 have not been saved. Discard them?")
                                     .arg(m_year->itemText(m_year->findData(m_yearId))),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Discard;
}

void TariffsDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

void TariffsDialog::loadYear()
{
    m_yearId = m_year->currentData().toLongLong();
    m_status->clearMessage();
    const auto found = m_catalog.schoolYear(m_yearId);
    const std::optional<SchoolYear> year = found ? std::optional<SchoolYear>(found.value()) : std::nullopt;
    m_yearDates->setText(
        year ? tr("From %1 to %2 — bookings open on %3.")
                   .arg(frenchDate(year->start), frenchDate(year->end), frenchDate(year->bookingOpensOn))
             : tr("No school year yet: add one under Administration › School years."));
    const bool enabled = year.has_value();
    // Once tickets are sold for the year its brackets are fixed (core refuses a change): shown read-only,
    // rather than refused after the edit.
    m_bracketsLocked = enabled && !m_status->valueOf(m_catalog.canChangeBrackets(m_yearId));
    m_bracketTable->setEnabled(enabled);
    m_bracketTable->setEditTriggers(m_bracketsLocked ? QAbstractItemView::NoEditTriggers
                                                     : QAbstractItemView::DoubleClicked |
                                                           QAbstractItemView::EditKeyPressed |
                                                           QAbstractItemView::AnyKeyPressed);
    m_addBracket->setEnabled(enabled && !m_bracketsLocked);
    m_bracketsNote->setText(m_bracketsLocked
                                ? tr("Tickets have been sold for this school year: its brackets are "
                                     "fixed. Prices can still change.")
                                : tr("In increasing order; the last bracket has no upper bound. "
                                     "Brackets can no longer change once the year has invoices."));
    m_prices->setEnabled(enabled);
    loadBrackets();
    loadPrices();
    // A year without brackets is a new one: offer to start from the previous year's brackets and prices.
    m_previousYearId = 0;
    QString previousLabel;
    for (const SchoolYear &y : m_status->valueOf(m_catalog.schoolYears()))
        if (year && y.start < year->start && !m_status->valueOf(m_catalog.brackets(y.id)).isEmpty()) {
            m_previousYearId = y.id;
            previousLabel = y.label;
        }
    m_copyPrevious->setText(tr("Copy the brackets and prices of %1").arg(previousLabel));
    m_copyPrevious->setVisible(m_previousYearId != 0 && m_brackets.isEmpty());
}

void TariffsDialog::copyPreviousYear()
{
    if (Status s = m_catalog.copyTariffs(m_previousYearId, m_yearId); !s)
        return m_status->showError(s.error().message);
    loadYear();
    m_status->showInfo(tr("Brackets and prices copied: change what is different this year, then save."));
}

void TariffsDialog::loadBrackets()
{
    m_brackets = m_yearId ? m_status->valueOf(m_catalog.brackets(m_yearId)) : QList<Bracket>();
    m_loading = true;
    m_bracketTable->setRowCount(0);
    m_bracketTable->setRowCount(int(m_brackets.size()));
    for (int row = 0; row < m_brackets.size(); ++row) {
        const Bracket &b = m_brackets.at(row);
        auto *label = new QTableWidgetItem(b.label);
        label->setData(IdRole, b.id);
        m_bracketTable->setItem(row, BracketLabel, label);
        auto *bound = new QTableWidgetItem(b.qfMax ? QString::number(*b.qfMax) : QString());
        bound->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_bracketTable->setItem(row, BracketBound, bound);
    }
    markBracketsLastRow();
    m_loading = false;
    m_bracketsDirty = false;
    m_saveBrackets->setEnabled(false);
    m_removeBracket->setEnabled(false);
}

void TariffsDialog::markBracketsLastRow()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_bracketTable->rowCount(); ++row) {
        QTableWidgetItem *bound = m_bracketTable->item(row, BracketBound);
        const bool last = row == m_bracketTable->rowCount() - 1;
        QFont font = bound->font();
        if (last) {
            bound->setText(tr("no upper bound"));
            bound->setFlags(bound->flags() & ~Qt::ItemIsEditable);
            bound->setForeground(m_bracketTable->palette().color(QPalette::Disabled, QPalette::Text));
            font.setItalic(true);
        } else if (bound->data(LastRole).toBool()) {
            bound->setText(QString());
            bound->setFlags(bound->flags() | Qt::ItemIsEditable);
            bound->setForeground(QBrush());
            font.setItalic(false);
        }
        bound->setFont(font);
        bound->setData(LastRole, last);
    }
    m_loading = wasLoading;
}

void TariffsDialog::addBracket()
{
    const int row = std::max(0, m_bracketTable->rowCount() - 1);
    m_loading = true;
    m_bracketTable->insertRow(row);
    auto *label = new QTableWidgetItem;
    label->setData(IdRole, qint64(0));
    m_bracketTable->setItem(row, BracketLabel, label);
    auto *bound = new QTableWidgetItem;
    bound->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_bracketTable->setItem(row, BracketBound, bound);
    markBracketsLastRow();
    m_loading = false;
    m_bracketsDirty = true;
    m_saveBrackets->setEnabled(true);
    m_bracketTable->setCurrentCell(row, BracketLabel);
    m_bracketTable->editItem(label);
}

void TariffsDialog::removeBracket()
{
    const int row = m_bracketTable->currentRow();
    if (row < 0 || m_bracketTable->rowCount() <= 1)
        return;
    m_loading = true;
    m_bracketTable->removeRow(row);
    markBracketsLastRow();
    m_loading = false;
    m_bracketsDirty = true;
    m_saveBrackets->setEnabled(true);
}

void TariffsDialog::saveBrackets()
{
    if (pendingPrices() > 0 && !confirmDiscard())
        return;
    QList<Bracket> brackets;
    for (int row = 0; row < m_bracketTable->rowCount(); ++row) {
        Bracket b;
        b.id = m_bracketTable->item(row, BracketLabel)->data(IdRole).toLongLong();
        b.position = row + 1;
        b.label = m_bracketTable->item(row, BracketLabel)->text();
        QTableWidgetItem *bound = m_bracketTable->item(row, BracketBound);
        const QString text = bound->text().trimmed();
        if (!bound->data(LastRole).toBool() && !text.isEmpty()) {
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok) {
                m_loading = true;
                bound->setBackground(ErrorBackground);
                m_loading = false;
                m_bracketTable->setCurrentItem(bound);
                m_status->showError(tr("“%1” is not a QF: type each upper bound as a whole number, e.g. 600. "
                                       "Nothing was saved.")
                                        .arg(text));
                return;
            }
            b.qfMax = value;
        }
        brackets += b;
    }
    const Status saved = m_catalog.setBrackets(m_yearId, brackets);
    if (!saved) {
        QStringList lines{saved.error().message};
        for (const QString &field : saved.error().fields)
            if (!lines.contains(field))
                lines += field;
        m_status->showError(lines.join(QLatin1Char('\n')));
        return;
    }
    m_changed = true;
    loadBrackets();
    loadPrices();
    m_status->showInfo(
        tr("Brackets saved. Each bracket keeps its prices; fill in the grey cells of a new one."));
}

void TariffsDialog::loadPrices()
{
    const QList<Activity> activities = m_status->valueOf(m_catalog.activities(true));
    const QList<Tariff> tariffs = m_yearId ? m_status->valueOf(m_catalog.tariffs(m_yearId)) : QList<Tariff>();
    QList<qint64> bracketIds;
    QStringList headers{tr("Activity")};
    for (const Bracket &b : std::as_const(m_brackets)) {
        bracketIds += b.id;
        headers += tr("Residents\n%1").arg(b.label);
    }
    bracketIds += 0;
    headers += tr("Non-residents");

    m_loading = true;
    m_prices->setRowCount(0);
    m_prices->setColumnCount(int(headers.size()));
    m_prices->setHorizontalHeaderLabels(headers);
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Price columns as wide as their titles need (the activity's name keeps the rest).
    const QFontMetrics metrics(m_prices->horizontalHeader()->font());
    for (int column = 1; column < headers.size(); ++column) {
        int width = metrics.horizontalAdvance(QStringLiteral("000,00 €"));
        for (const QString &line : headers.at(column).split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
        m_prices->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_prices->setColumnWidth(column, width + 20);
    }
    for (int column = 1; column <= m_brackets.size(); ++column) {
        const Bracket &b = m_brackets.at(column - 1);
        m_prices->horizontalHeaderItem(column)->setToolTip(
            b.qfMax ? tr("Residents whose QF is at most %1").arg(*b.qfMax)
                    : tr("Residents in the highest bracket, including those without a valid QF proof"));
    }
    m_prices->horizontalHeaderItem(int(headers.size()) - 1)
        ->setToolTip(tr("Households living outside the commune"));
    m_prices->setRowCount(int(activities.size()));
    for (int row = 0; row < activities.size(); ++row) {
        const Activity &a = activities.at(row);
        auto *name = new QTableWidgetItem(a.active ? a.name : tr("%1 (inactive)").arg(a.name));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(IdRole, a.id);
        if (!a.active)
            name->setForeground(m_prices->palette().color(QPalette::Disabled, QPalette::Text));
        m_prices->setItem(row, 0, name);
        for (int column = 1; column < headers.size(); ++column) {
            const qint64 bracketId = bracketIds.at(column - 1);
            const auto tariff = std::find_if(tariffs.cbegin(), tariffs.cend(), [&](const Tariff &t) {
                return t.activityId == a.id && t.bracketId == bracketId;
            });
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setData(IdRole, a.id);
            cell->setData(BracketRole, bracketId);
            if (tariff != tariffs.cend()) {
                cell->setText(tariff->unitPrice.toString());
                cell->setData(StoredRole, tariff->unitPrice.cents());
            }
            m_prices->setItem(row, column, cell);
            stylePrice(cell);
        }
    }
    m_loading = false;
    updatePendingState();
}

QTableWidgetItem *TariffsDialog::priceCell(qint64 activityId, qint64 bracketId) const
{
    for (int row = 0; row < m_prices->rowCount(); ++row)
        for (int column = 1; column < m_prices->columnCount(); ++column) {
            QTableWidgetItem *cell = m_prices->item(row, column);
            if (cell && cell->data(IdRole).toLongLong() == activityId &&
                cell->data(BracketRole).toLongLong() == bracketId)
                return cell;
        }
    return nullptr;
}

void TariffsDialog::priceEdited(QTableWidgetItem *item)
{
    if (m_loading || item->column() == 0)
        return;
    const QString text = item->text().trimmed();
    QString error;
    std::optional<Money> amount;
    if (text.isEmpty()) {
        if (storedCents(item))
            error = tr("Type a price, e.g. 4,15: a price cannot be left empty.");
    } else if (!(amount = Money::parse(text))) {
        error = tr("“%1” is not an amount: type euros and cents, e.g. 4,15.").arg(text);
    }
    m_loading = true;
    if (amount)
        item->setText(amount->toString());
    item->setData(ErrorRole, error.isEmpty() ? QVariant() : QVariant(error));
    m_loading = false;
    stylePrice(item);
    updatePendingState();
    if (!error.isEmpty())
        m_status->showError(error);
    else if (m_status->isError())
        m_status->clearMessage();
}

void TariffsDialog::stylePrice(QTableWidgetItem *item)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString error = item->data(ErrorRole).toString();
    const std::optional<qint64> stored = storedCents(item);
    QFont font = m_prices->font();
    if (!error.isEmpty()) {
        item->setBackground(ErrorBackground);
        item->setForeground(ErrorText);
        font.setBold(true);
        item->setToolTip(error);
    } else if (changedAmount(item)) {
        item->setBackground(ChangedBackground);
        item->setForeground(QBrush());
        font.setBold(true);
        item->setToolTip(
            stored ? tr("Changed, not saved yet (was %1).").arg(Money::fromCents(*stored).toString())
                   : tr("New price, not saved yet."));
    } else if (!stored && item->text().trimmed().isEmpty()) {
        item->setBackground(MissingBackground);
        item->setForeground(QBrush());
        item->setToolTip(tr("No price: this activity cannot be sold at this rate."));
    } else {
        item->setBackground(QBrush());
        item->setForeground(QBrush());
        item->setToolTip(QString());
    }
    item->setFont(font);
    m_loading = wasLoading;
}

int TariffsDialog::pendingPrices() const
{
    int pending = 0;
    for (int row = 0; row < m_prices->rowCount(); ++row)
        for (int column = 1; column < m_prices->columnCount(); ++column) {
            const QTableWidgetItem *cell = m_prices->item(row, column);
            if (cell && (!cell->data(ErrorRole).toString().isEmpty() || changedAmount(cell)))
                ++pending;
        }
    return pending;
}

void TariffsDialog::updatePendingState()
{
    const int pending = pendingPrices();
    m_pending->setText(pending ? tr("%n price(s) not saved yet.", "", pending) : QString());
    m_savePrices->setEnabled(pending > 0);
    m_revertPrices->setEnabled(pending > 0);
}

void TariffsDialog::savePrices()
{
    // Unreadable cells first: then nothing at all is saved.
    QList<QTableWidgetItem *> unreadable, changed;
    for (int row = 0; row < m_prices->rowCount(); ++row)
        for (int column = 1; column < m_prices->columnCount(); ++column) {
            QTableWidgetItem *cell = m_prices->item(row, column);
            const QString text = cell->text().trimmed();
            if ((text.isEmpty() && storedCents(cell)) || (!text.isEmpty() && !Money::parse(text)))
                unreadable += cell;
            else if (changedAmount(cell))
                changed += cell;
        }
    if (!unreadable.isEmpty()) {
        m_prices->setCurrentItem(unreadable.first());
        m_status->showError(tr("%n price(s) cannot be read: correct the cells in red (type euros and cents, "
                               "e.g. 4,15). Nothing was saved.",
                               "", int(unreadable.size())));
        return;
    }
    if (changed.isEmpty()) {
        m_status->showInfo(tr("No price was changed."));
        return;
    }
    int saved = 0;
    QStringList refusals;
    m_loading = true;
    for (QTableWidgetItem *cell : std::as_const(changed)) {
        const Money amount = *changedAmount(cell);
        const Status status = m_catalog.setTariff(
            m_yearId, Tariff{cell->data(IdRole).toLongLong(), cell->data(BracketRole).toLongLong(), amount});
        if (status) {
            cell->setData(StoredRole, amount.cents());
            cell->setData(ErrorRole, QVariant());
            ++saved;
        } else {
            cell->setData(ErrorRole, status.error().message);
            refusals +=
                tr("%1, %2: %3")
                    .arg(
                        m_prices->item(cell->row(), 0)->text(),
                        m_prices->horizontalHeaderItem(cell->column())->text().section(QLatin1Char('\n'), -1),
                        status.error().message);
        }
        stylePrice(cell);
    }
    m_loading = false;
    if (saved > 0)
        m_changed = true;
    updatePendingState();
    const int refused = int(changed.size()) - saved;
    if (refused == 0) {
        m_status->showInfo(tr("%n price(s) saved.", "", saved));
        return;
    }
    QString text = saved > 0 ? tr("%n price(s) saved.", "", saved) + QLatin1Char(' ') : QString();
    text += tr("%n price(s) refused, in red:", "", refused) + QLatin1Char('\n') +
            refusals.join(QLatin1Char('\n'));
    m_status->showError(text);
}

void TariffsDialog::revertPrices()
{
    loadPrices();
    m_status->clearMessage();
}

} // namespace guichet
