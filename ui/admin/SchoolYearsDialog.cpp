#include "admin/SchoolYearsDialog.h"
#include "widgets/ListTable.h"
#include "widgets/ScreenFit.h"

#include "admin/StatusLine.h"
#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace guichet {

namespace {
enum Column
{
    Label,
    Start,
    End,
    BookingOpensOn,
    ColumnCount
};

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2099, 12, 31));
    edit->setMinimumWidth(150);
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}
} // namespace

SchoolYearsDialog::SchoolYearsDialog(CatalogService &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog),
      m_table(makeListTable(QStringLiteral("schoolYears"),
                            {tr("School year"), tr("First day"), tr("Last day"), tr("Bookings open")})),
      m_form(new QGroupBox), m_label(new QLineEdit), m_start(dateEdit(QStringLiteral("start"))),
      m_end(dateEdit(QStringLiteral("end"))), m_bookingOpensOn(dateEdit(QStringLiteral("bookingOpensOn"))),
      m_new(new QPushButton(tr("New school year"))), m_save(new QPushButton(tr("Save"))),
      m_status(new StatusLine)
{
    setObjectName(QStringLiteral("schoolYearsDialog"));
    setWindowTitle(tr("School years"));

    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("e.g. 2027-2028"));
    m_new->setObjectName(QStringLiteral("newButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("School year"), m_errors.wrap(QStringLiteral("label"), m_label));
    form->addRow(tr("First day of school"), m_errors.wrap(QStringLiteral("start"), m_start));
    form->addRow(tr("Last day of school"), m_errors.wrap(QStringLiteral("end"), m_end));
    form->addRow(tr("Bookings open on"), m_errors.wrap(QStringLiteral("bookingOpensOn"), m_bookingOpensOn));
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    form->addRow(formButtons);

    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_new);
    tableButtons->addStretch();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId();
        const auto it =
            std::find_if(m_years.cbegin(), m_years.cend(), [id](const SchoolYear &y) { return y.id == id; });
        if (id == 0 || it == m_years.cend() || it->id == m_current.id)
            return;
        m_current = *it;
        m_status->clearMessage();
        showCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &SchoolYearsDialog::newSchoolYear);
    connect(m_save, &QPushButton::clicked, this, &SchoolYearsDialog::save);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(0);
    resizeToFit(this, QSize(600, 480));
}

QString SchoolYearsDialog::message() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

qint64 SchoolYearsDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : m_table->item(items.first()->row(), Label)->data(Qt::UserRole).toLongLong();
}

void SchoolYearsDialog::reload(qint64 selectId)
{
    m_years = m_status->valueOf(m_catalog.schoolYears());
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_years.size()));
    int selectRow = -1;
    for (int row = 0; row < m_years.size(); ++row) {
        const SchoolYear &y = m_years.at(row);
        const QStringList values{y.label, frenchDate(y.start), frenchDate(y.end),
                                 frenchDate(y.bookingOpensOn)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values.at(column)));
        m_table->item(row, Label)->setData(Qt::UserRole, y.id);
        if (y.id == selectId || (selectId == 0 && row == m_years.size() - 1))
            selectRow = row;
    }
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        m_current = m_years.at(selectRow);
        showCurrent();
    } else {
        newSchoolYear();
    }
}

void SchoolYearsDialog::selectSchoolYear(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Label)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
}

void SchoolYearsDialog::newSchoolYear()
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    // Prefilled one year after the latest year, for the administrator to check and correct.
    m_current = SchoolYear{};
    const auto latest =
        std::max_element(m_years.cbegin(), m_years.cend(),
                         [](const SchoolYear &a, const SchoolYear &b) { return a.start < b.start; });
    if (latest != m_years.cend()) {
        m_current.start = latest->start.addYears(1);
        m_current.end = latest->end.addYears(1);
        m_current.bookingOpensOn = latest->bookingOpensOn.addYears(1);
        m_current.label = QStringLiteral("%1-%2").arg(m_current.start.year()).arg(m_current.end.year());
    }
    m_status->clearMessage();
    showCurrent();
    m_label->setFocus();
}

void SchoolYearsDialog::showCurrent()
{
    m_errors.clear();
    const bool isNew = m_current.id == 0;
    m_form->setTitle(isNew ? tr("New school year") : tr("School year %1").arg(m_current.label));
    m_label->setText(m_current.label);
    const QDate fallback = QDate::currentDate();
    m_start->setDate(m_current.start.isValid() ? m_current.start : fallback);
    m_end->setDate(m_current.end.isValid() ? m_current.end : fallback);
    m_bookingOpensOn->setDate(m_current.bookingOpensOn.isValid() ? m_current.bookingOpensOn : fallback);
    m_save->setText(isNew ? tr("Add the school year") : tr("Save"));
}

void SchoolYearsDialog::save()
{
    SchoolYear y = m_current;
    y.label = m_label->text();
    y.start = m_start->date();
    y.end = m_end->date();
    y.bookingOpensOn = m_bookingOpensOn->date();
    m_errors.clear();
    const Result<qint64> saved = m_catalog.saveSchoolYear(y);
    if (!saved) {
        const QStringList others = m_errors.show(saved.error());
        m_status->showError((QStringList{saved.error().message} + others).join(QLatin1Char('\n')));
        return;
    }
    m_changed = true;
    m_current = SchoolYear{};
    reload(saved.value());
    m_status->showInfo(y.id == 0 ? tr("School year %1 added.").arg(m_current.label)
                                 : tr("School year %1 saved.").arg(m_current.label));
}

} // namespace guichet
