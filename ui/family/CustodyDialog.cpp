#include "family/CustodyDialog.h"

#include "common/CommuneTime.h"
#include "family/Child.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

CustodyDialog::CustodyDialog(Session &session, const Child &child,
                             const QList<std::pair<qint64, QString>> &households, QWidget *parent)
    : QDialog(parent), m_session(session), m_childId(child.id),
      m_periods(makeListTable(QStringLiteral("custodyPeriods"), {tr("With"), tr("How"), tr("From"), tr("To")},
                              {1})),
      m_weeksHousehold(new QComboBox), m_weeksMonday(new QDateEdit), m_datesHousehold(new QComboBox),
      m_from(new QDateEdit), m_to(new QDateEdit), m_error(new QLabel)
{
    setObjectName(QStringLiteral("custodyDialog"));
    setWindowTitle(tr("Shared custody — %1").arg(child.fullName()));
    m_weeksHousehold->setObjectName(QStringLiteral("custodyWeeksHousehold"));
    m_weeksMonday->setObjectName(QStringLiteral("custodyWeeksMonday"));
    m_datesHousehold->setObjectName(QStringLiteral("custodyDatesHousehold"));
    m_from->setObjectName(QStringLiteral("custodyFrom"));
    m_to->setObjectName(QStringLiteral("custodyTo"));
    m_error->setObjectName(QStringLiteral("custodyError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    for (const auto &[id, name] : households) {
        m_weeksHousehold->addItem(name, id);
        m_datesHousehold->addItem(name, id);
    }
    const QDate today = session.today();
    m_weeksMonday->setDate(today.addDays(1 - today.dayOfWeek()));
    for (QDateEdit *edit : {m_weeksMonday, m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
    }
    m_from->setDate(today);
    m_to->setDate(today);

    auto *remove = new QPushButton(tr("&Remove the selected period"));
    remove->setObjectName(QStringLiteral("custodyRemove"));
    auto *weeks = new QGroupBox(tr("Alternate weeks"));
    auto *weeksForm = new QFormLayout(weeks);
    weeksForm->addRow(tr("First week &with:"), m_weeksHousehold);
    weeksForm->addRow(tr("Week of &Monday:"), m_weeksMonday);
    auto *applyWeeks = new QPushButton(tr("Set the &alternate weeks"));
    applyWeeks->setObjectName(QStringLiteral("custodyApplyWeeks"));
    weeksForm->addRow(new QLabel(tr("The other household has the child the week after, and so on.")),
                      applyWeeks);
    auto *dates = new QGroupBox(tr("A stay on dates (wins over the weeks)"));
    auto *datesForm = new QFormLayout(dates);
    datesForm->addRow(tr("W&ith:"), m_datesHousehold);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(m_to);
    range->addStretch();
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from); // a row of several widgets: the label names the first
    datesForm->addRow(fromLabel, range);
    auto *addDatesButton = new QPushButton(tr("A&dd the stay"));
    addDatesButton->setObjectName(QStringLiteral("custodyAddDates"));
    datesForm->addRow(QString(), addDatesButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("A day is booked by, and charged to, the household that has the child that "
                      "day. Without a schedule, each household books as it pleases.")));
    layout->addWidget(m_periods, 1);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(weeks);
    layout->addWidget(dates);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(remove, &QPushButton::clicked, this, &CustodyDialog::removeSelected);
    connect(applyWeeks, &QPushButton::clicked, this, &CustodyDialog::applyAlternateWeeks);
    connect(addDatesButton, &QPushButton::clicked, this, &CustodyDialog::addDates);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 560);
    reload();
}

QString CustodyDialog::error() const
{
    return m_error->text();
}

void CustodyDialog::reload()
{
    const auto schedule = m_session.custody().schedule(m_childId);
    m_schedule = schedule ? schedule.value() : CustodySchedule{};
    if (!schedule)
        m_error->setText(schedule.error().message);
    m_periods->setRowCount(int(m_schedule.periods.size()));
    for (int r = 0; r < m_schedule.periods.size(); ++r) {
        const CustodyPeriod &p = m_schedule.periods.at(r);
        const bool weeks = p.kind == CustodyPeriod::Kind::AlternateWeeks;
        m_periods->setItem(r, 0, cell(p.householdName));
        m_periods->setItem(r, 1, cell(weeks ? tr("every other week") : tr("on these dates")));
        m_periods->setItem(r, 2,
                           cell(weeks ? tr("week of %1").arg(frenchDate(p.first)) : frenchDate(p.first)));
        m_periods->setItem(r, 3, cell(p.last.isValid() ? frenchDate(p.last) : QString()));
    }
    fitRows(m_periods);
}

void CustodyDialog::done(const Status &status)
{
    m_error->setText(status ? QString() : status.error().message);
    if (status)
        m_changed = true;
    reload();
}

void CustodyDialog::applyAlternateWeeks()
{
    done(m_session.custody().setAlternateWeeks(m_childId, m_weeksHousehold->currentData().toLongLong(),
                                               m_weeksMonday->date()));
}

void CustodyDialog::addDates()
{
    done(m_session.custody().addDates(m_childId, m_datesHousehold->currentData().toLongLong(), m_from->date(),
                                      m_to->date()));
}

void CustodyDialog::removeSelected()
{
    const int row = m_periods->currentRow();
    if (row < 0 || row >= m_schedule.periods.size()) {
        m_error->setText(tr("Select a period in the list first."));
        return;
    }
    done(m_session.custody().removePeriod(m_schedule.periods.at(row).id));
}

} // namespace guichet
