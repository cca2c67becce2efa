#include "admin/ActivitiesDialog.h"
#include "widgets/ScreenFit.h"

#include "admin/StatusLine.h"
#include "catalog/CatalogService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {
enum Column
{
    Name,
    TicketUnit,
    Code,
    State,
    ColumnCount
};

} // namespace

ActivitiesDialog::ActivitiesDialog(CatalogService &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_table(new QTableWidget(0, ColumnCount)), m_form(new QGroupBox),
      m_name(new QLineEdit), m_code(new QLineEdit), m_unit(new QComboBox), m_deadlineDays(new QSpinBox),
      m_deadlineTime(new QTimeEdit),
      m_countsMeals(new QCheckBox(tr("Meals: the kitchen counts its bookings"))),
      m_walkInSurcharge(new QSpinBox), m_lowBalance(new QSpinBox), m_codeHint(new QLabel),
      m_new(new QPushButton(tr("New activity"))), m_save(new QPushButton(tr("Save"))),
      m_toggle(new QPushButton(tr("Deactivate"))), m_status(new StatusLine)
{
    setObjectName(QStringLiteral("activitiesDialog"));
    setWindowTitle(tr("Activities"));

    m_table->setObjectName(QStringLiteral("activities"));
    m_table->setHorizontalHeaderLabels({tr("Activity"), tr("Ticket unit"), tr("Code"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Cantine"));
    m_code->setObjectName(QStringLiteral("code"));
    m_unit->setObjectName(QStringLiteral("ticketUnit"));
    m_unit->setEditable(true);
    m_codeHint->setObjectName(QStringLiteral("codeHint"));
    m_codeHint->setWordWrap(true);
    m_codeHint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Name"), m_errors.wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("Ticket unit"), m_errors.wrap(QStringLiteral("ticketUnit"), m_unit));
    m_deadlineDays->setObjectName(QStringLiteral("deadlineDays"));
    m_deadlineDays->setRange(0, 30);
    m_deadlineDays->setSuffix(tr(" day(s) before"));
    m_deadlineTime->setObjectName(QStringLiteral("deadlineTime"));
    m_deadlineTime->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *deadline = new QWidget;
    auto *deadlineLayout = new QHBoxLayout(deadline);
    deadlineLayout->setContentsMargins(0, 0, 0, 0);
    deadlineLayout->addWidget(m_deadlineDays);
    deadlineLayout->addWidget(new QLabel(tr("at")));
    deadlineLayout->addWidget(m_deadlineTime);
    deadlineLayout->addStretch();
    form->addRow(tr("Booking deadline"), m_errors.wrap(QStringLiteral("deadline"), deadline));
    m_countsMeals->setObjectName(QStringLiteral("countsMeals"));
    form->addRow(QString(), m_countsMeals);
    m_walkInSurcharge->setObjectName(QStringLiteral("walkInSurcharge"));
    m_walkInSurcharge->setRange(0, 5);
    m_walkInSurcharge->setSuffix(tr(" extra ticket(s)"));
    form->addRow(tr("Present without a booking"),
                 m_errors.wrap(QStringLiteral("walkInSurcharge"), m_walkInSurcharge));
    m_lowBalance->setObjectName(QStringLiteral("lowBalanceThreshold"));
    m_lowBalance->setRange(0, 100);
    m_lowBalance->setPrefix(tr("fewer than "));
    m_lowBalance->setSuffix(tr(" ticket(s)"));
    m_lowBalance->setSpecialValueText(tr("never"));
    m_lowBalance->setToolTip(
        tr("A booking that leaves fewer tickets than this in the wallet tells the family "
           "by email, at most once a week."));
    form->addRow(tr("Email the family when it has"),
                 m_errors.wrap(QStringLiteral("lowBalanceThreshold"), m_lowBalance));
    auto *code = new QWidget;
    auto *codeLayout = new QVBoxLayout(code);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(2);
    codeLayout->addWidget(m_errors.wrap(QStringLiteral("code"), m_code));
    codeLayout->addWidget(m_codeHint);
    form->addRow(tr("Code"), code);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_toggle);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);

    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_new);
    tableButtons->addStretch();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The activities sold at the counter. A deactivated activity is no longer "
                                "offered for sale; what was already sold is kept."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId();
        if (id == 0)
            return;
        const auto it = std::find_if(m_activities.cbegin(), m_activities.cend(),
                                     [id](const Activity &a) { return a.id == id; });
        if (it == m_activities.cend() || it->id == m_current.id)
            return;
        m_current = *it;
        m_status->clearMessage();
        showCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &ActivitiesDialog::newActivity);
    connect(m_save, &QPushButton::clicked, this, &ActivitiesDialog::save);
    connect(m_toggle, &QPushButton::clicked, this, &ActivitiesDialog::toggleActive);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(0);
    resizeToFit(this, QSize(620, 560));
}

QString ActivitiesDialog::message() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

qint64 ActivitiesDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : m_table->item(items.first()->row(), Name)->data(Qt::UserRole).toLongLong();
}

void ActivitiesDialog::reload(qint64 selectId)
{
    m_activities = m_status->valueOf(m_catalog.activities(true));
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_activities.size()));
    QStringList units;
    int selectRow = -1;
    for (int row = 0; row < m_activities.size(); ++row) {
        const Activity &a = m_activities.at(row);
        const QStringList values{a.name, a.ticketUnit, a.code, a.active ? tr("Active") : tr("Inactive")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (!a.active)
                item->setForeground(m_table->palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, Name)->setData(Qt::UserRole, a.id);
        if (!a.ticketUnit.isEmpty() && !units.contains(a.ticketUnit))
            units += a.ticketUnit;
        if (a.id == selectId || (selectId == 0 && row == 0))
            selectRow = row;
    }
    const QString unit = m_unit->currentText();
    m_unit->clear();
    m_unit->addItems(units);
    m_unit->setCurrentText(unit);
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        m_current = m_activities.at(selectRow);
        showCurrent();
    } else {
        newActivity();
    }
}

void ActivitiesDialog::selectActivity(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
}

void ActivitiesDialog::newActivity()
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    m_current = Activity{};
    m_status->clearMessage();
    showCurrent();
    m_name->setFocus();
}

void ActivitiesDialog::showCurrent()
{
    m_errors.clear();
    const bool isNew = m_current.id == 0;
    m_form->setTitle(isNew ? tr("New activity") : tr("Activity: %1").arg(m_current.name));
    m_name->setText(m_current.name);
    m_unit->setCurrentText(m_current.ticketUnit);
    m_deadlineDays->setValue(m_current.deadlineDaysBefore);
    m_deadlineTime->setTime(m_current.deadlineTime);
    m_countsMeals->setChecked(m_current.countsMeals);
    m_walkInSurcharge->setValue(m_current.walkInSurcharge);
    m_lowBalance->setValue(m_current.lowBalanceThreshold);
    m_code->setText(m_current.code);
    m_code->setReadOnly(!isNew);
    m_code->setPlaceholderText(isNew ? tr("Made from the name if left empty") : QString());
    m_codeHint->setText(isNew ? tr("Identifies the activity in exports. It cannot be changed once the "
                                   "activity is created.")
                              : tr("Fixed when the activity was created."));
    m_save->setText(isNew ? tr("Add the activity") : tr("Save"));
    m_toggle->setVisible(!isNew);
    m_toggle->setText(m_current.active ? tr("Deactivate") : tr("Reactivate"));
}

void ActivitiesDialog::save()
{
    Activity a = m_current;
    a.name = m_name->text();
    a.ticketUnit = m_unit->currentText();
    a.deadlineDaysBefore = m_deadlineDays->value();
    a.deadlineTime = m_deadlineTime->time();
    a.countsMeals = m_countsMeals->isChecked();
    a.walkInSurcharge = m_walkInSurcharge->value();
    a.lowBalanceThreshold = m_lowBalance->value();
    if (a.id == 0)
        a.code = m_code->text();
    saveActivity(a, a.id == 0 ? tr("Activity “%1” added.") : tr("Activity “%1” saved."));
}

void ActivitiesDialog::toggleActive()
{
    if (m_current.id == 0)
        return;
    Activity a = m_current; // as stored: pending edits of the form are not saved by this button
    a.active = !a.active;
    saveActivity(a, a.active ? tr("“%1” is active again: it is offered for sale.")
                             : tr("“%1” is deactivated: it is no longer offered for sale."));
}

void ActivitiesDialog::saveActivity(const Activity &activity, const QString &confirmation)
{
    m_errors.clear();
    const Result<qint64> saved = m_catalog.saveActivity(activity);
    if (!saved) {
        const QStringList others = m_errors.show(saved.error());
        m_status->showError((QStringList{saved.error().message} + others).join(QLatin1Char('\n')));
        return;
    }
    m_changed = true;
    m_current = Activity{};
    reload(saved.value());
    m_status->showInfo(confirmation.arg(m_current.name));
}

} // namespace guichet
