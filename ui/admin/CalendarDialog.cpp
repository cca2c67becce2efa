#include "admin/CalendarDialog.h"

#include "admin/StatusLine.h"
#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"
#include "commune/ReferenceData.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

CalendarDialog::CalendarDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_year(new QComboBox),
      m_periods(makeListTable(QStringLiteral("calendarPeriods"),
                              {tr("Kind"), tr("Why"), tr("School"), tr("From"), tr("To"), tr("Source")},
                              {1})),
      m_kind(new QComboBox), m_label(new QLineEdit), m_school(new QComboBox), m_from(new QDateEdit),
      m_to(new QDateEdit), m_weekSchool(new QComboBox), m_status(new StatusLine)
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("School calendar"));
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_label->setObjectName(QStringLiteral("calendarLabel"));
    m_school->setObjectName(QStringLiteral("calendarSchool"));
    m_from->setObjectName(QStringLiteral("calendarFrom"));
    m_to->setObjectName(QStringLiteral("calendarTo"));
    m_weekSchool->setObjectName(QStringLiteral("calendarWeekSchool"));
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    if (const auto years = session.catalog().schoolYears(); years)
        for (const SchoolYear &y : years.value())
            m_year->addItem(y.label, y.id);
    // The school year under way (or the next one) first.
    for (int i = 0; i < m_year->count(); ++i)
        if (const auto y = session.catalog().schoolYear(m_year->itemData(i).toLongLong());
            y && y.value().end >= session.today()) {
            m_year->setCurrentIndex(i);
            break;
        }
    m_kind->addItem(tr("Closure"), true);
    m_kind->addItem(tr("Holidays"), false);
    m_label->setPlaceholderText(tr("Grève, Pont de l'Ascension, travaux…"));
    for (QComboBox *combo : {m_school, m_weekSchool}) {
        combo->addItem(tr("Every school"), 0);
        if (const auto schools = session.reference().schools(); schools)
            for (const School &s : schools.value())
                combo->addItem(s.name, s.id);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd dd/MM/yyyy"));
        edit->setDate(session.today());
    }

    auto *remove = new QPushButton(tr("&Remove the selected period"));
    remove->setObjectName(QStringLiteral("calendarRemove"));
    auto *import = new QPushButton(tr("&Import the official file (.ics, .csv)…"));
    import->setObjectName(QStringLiteral("calendarImport"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(remove);
    listButtons->addStretch();
    listButtons->addWidget(import);

    auto *add = new QGroupBox(tr("Add a period without service"));
    auto *addForm = new QFormLayout(add);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_school, 1);
    // Rows made of several widgets: their label names its first one (so that the shortcut works).
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    addForm->addRow(label(tr("&Kind:"), m_kind), kindRow);
    addForm->addRow(tr("&Why:"), m_label);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *addButton = new QPushButton(tr("&Add"));
    addButton->setObjectName(QStringLiteral("calendarAdd"));
    dates->addWidget(addButton);
    addForm->addRow(label(tr("&From:"), m_from), dates);

    auto *week = new QGroupBox(tr("Days of the week with service"));
    auto *weekRow = new QHBoxLayout(week);
    weekRow->addWidget(m_weekSchool);
    const QLocale french(QLocale::French, QLocale::France);
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(french.dayName(d, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("weekday%1").arg(d));
        m_weekdays += box;
        weekRow->addWidget(box);
    }
    auto *saveWeekButton = new QPushButton(tr("Save the &week"));
    saveWeekButton->setObjectName(QStringLiteral("calendarSaveWeek"));
    weekRow->addStretch();
    weekRow->addWidget(saveWeekButton);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("School year:")));
    top->addWidget(m_year);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_periods, 1);
    layout->addLayout(listButtons);
    layout->addWidget(add);
    layout->addWidget(week);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        reload();
        showWeek();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_school->setEnabled(m_kind->currentData().toBool()); // holidays are every school's
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_to->date() < d)
            m_to->setDate(d);
    });
    connect(m_weekSchool, &QComboBox::currentIndexChanged, this, &CalendarDialog::showWeek);
    connect(addButton, &QPushButton::clicked, this, &CalendarDialog::addPeriod);
    connect(remove, &QPushButton::clicked, this, &CalendarDialog::removeSelected);
    connect(saveWeekButton, &QPushButton::clicked, this, &CalendarDialog::saveWeek);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("The official school calendar"), QString(),
                                                          tr("School calendars (*.ics *.csv)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 680);
    reload();
    showWeek();
}

QString CalendarDialog::status() const
{
    return m_status->text();
}

qint64 CalendarDialog::schoolYearId() const
{
    return m_year->currentData().toLongLong();
}

void CalendarDialog::reload()
{
    const auto year = m_session.catalog().schoolYear(schoolYearId());
    m_list.clear();
    if (year) {
        const auto periods = CalendarEditor(m_session).periods(year.value().start, year.value().end);
        if (periods)
            m_list = periods.value();
        else
            m_status->showError(periods.error().message);
    }
    m_periods->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const CalendarPeriod &p = m_list.at(r);
        m_periods->setItem(r, 0, cell(p.closure ? tr("Closure") : tr("Holidays")));
        m_periods->setItem(r, 1, cell(p.label));
        m_periods->setItem(r, 2, cell(p.closure && p.schoolId == 0 ? tr("Every school") : p.schoolName));
        m_periods->setItem(r, 3, cell(frenchDate(p.first)));
        m_periods->setItem(r, 4, cell(frenchDate(p.last)));
        m_periods->setItem(r, 5,
                           cell(p.source == QLatin1String("import")    ? tr("imported")
                                : p.source == QLatin1String("shipped") ? tr("shipped")
                                                                       : tr("typed")));
    }
    fitRows(m_periods);
}

void CalendarDialog::showWeek()
{
    const auto week =
        CalendarEditor(m_session).week(schoolYearId(), m_weekSchool->currentData().toLongLong());
    for (int d = 1; d <= 7; ++d)
        m_weekdays.at(d - 1)->setChecked(week && week.value().contains(d));
}

void CalendarDialog::said(const CalendarChange &change, const QString &what)
{
    m_status->showInfo(
        what + QLatin1Char(' ') +
        tr("%n booking(s) cancelled, their tickets given back.", nullptr, change.bookingsCancelled));
    reload();
}

void CalendarDialog::addPeriod()
{
    const bool closure = m_kind->currentData().toBool();
    const auto change =
        CalendarEditor(m_session).addPeriod(closure, m_label->text(), m_from->date(), m_to->date(),
                                            closure ? m_school->currentData().toLongLong() : 0);
    if (!change) {
        m_status->showError(change.error().fields.isEmpty() ? change.error().message
                                                            : change.error().fields.first());
        return;
    }
    m_label->clear();
    said(change.value(), closure ? tr("Closure added.") : tr("Holidays added."));
}

void CalendarDialog::removeSelected()
{
    const int row = m_periods->currentRow();
    if (row < 0 || row >= m_list.size()) {
        m_status->showError(tr("Select a period in the list first."));
        return;
    }
    if (Status s = CalendarEditor(m_session).removePeriod(m_list.at(row).id); !s) {
        m_status->showError(s.error().message);
        return;
    }
    m_status->showInfo(
        tr("Period removed: its days have service again (nothing was booked for the families)."));
    reload();
}

void CalendarDialog::saveWeek()
{
    QList<int> days;
    for (int d = 1; d <= 7; ++d)
        if (m_weekdays.at(d - 1)->isChecked())
            days += d;
    const auto change =
        CalendarEditor(m_session).setWeek(schoolYearId(), m_weekSchool->currentData().toLongLong(), days);
    if (!change) {
        m_status->showError(change.error().message);
        return;
    }
    said(change.value(), tr("Week saved."));
}

void CalendarDialog::importFile(const QString &path)
{
    const auto change = CalendarEditor(m_session).importFile(path);
    if (!change) {
        m_status->showError(change.error().message);
        return;
    }
    said(change.value(), tr("%n period(s) added, %1 already there.", nullptr, change.value().imported.added)
                             .arg(change.value().imported.alreadyThere));
}

} // namespace guichet
