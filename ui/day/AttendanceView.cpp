#include "day/AttendanceView.h"

#include "catalog/CatalogService.h"
#include "common/Localization.h"
#include "commune/CommuneSettings.h"
#include "commune/ReferenceData.h"
#include "day/KitchenView.h"
#include "planning/BookingService.h"
#include "print/PrintService.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

enum Column
{
    LastName,
    FirstName,
    Class,
    Mark,
    ToKnow,
    Trusted
};

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("present"))
        return QColor(0x1b, 0x5e, 0x20);
    if (status == QLatin1String("absent"))
        return QColor(0xb0, 0x00, 0x20);
    if (status == QLatin1String("excused"))
        return QColor(0xa0, 0x52, 0x00);
    return QColor(0x44, 0x44, 0x44);
}

} // namespace

AttendanceView::AttendanceView(Session &session, PrintService *print, QWidget *parent)
    : QWidget(parent), m_session(session), m_print(print), m_day(new QDateEdit), m_school(new QComboBox),
      m_activity(new QComboBox),
      m_table(makeListTable(QStringLiteral("attendanceTable"),
                            {tr("Last name"), tr("First name"), tr("Class"), tr("Attendance"), tr("To know"),
                             tr("Trusted persons")},
                            {ToKnow, Trusted})),
      m_summary(new QLabel), m_present(new QPushButton(tr("&Present (P)"))),
      m_absent(new QPushButton(tr("&Absent (A)"))), m_excused(new QPushButton(tr("E&xcused… (E)"))),
      m_rest(new QPushButton(tr("Everyone &else present"))),
      m_walkIn(new QPushButton(tr("Present &without a booking…")))
{
    setObjectName(QStringLiteral("attendanceView"));
    m_day->setObjectName(QStringLiteral("attendanceDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dddd dd/MM/yyyy"));
    m_day->setDate(session.today());
    m_school->setObjectName(QStringLiteral("attendanceSchool"));
    m_activity->setObjectName(QStringLiteral("attendanceActivity"));
    if (const auto schools = session.reference().schools(); schools)
        for (const School &s : schools.value())
            m_school->addItem(s.name, s.id);
    if (const auto activities = session.catalog().activities(); activities)
        for (const Activity &a : activities.value())
            m_activity->addItem(a.name, a.code);

    auto *choose = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"));
    dayLabel->setBuddy(m_day);
    auto *schoolLabel = new QLabel(tr("&School:"));
    schoolLabel->setBuddy(m_school);
    auto *activityLabel = new QLabel(tr("Ac&tivity:"));
    activityLabel->setBuddy(m_activity);
    choose->addWidget(dayLabel);
    choose->addWidget(m_day);
    choose->addWidget(schoolLabel);
    choose->addWidget(m_school, 1);
    choose->addWidget(activityLabel);
    choose->addWidget(m_activity);

    m_summary->setObjectName(QStringLiteral("attendanceSummary"));
    m_present->setObjectName(QStringLiteral("attendancePresent"));
    m_absent->setObjectName(QStringLiteral("attendanceAbsent"));
    m_excused->setObjectName(QStringLiteral("attendanceExcused"));
    m_rest->setObjectName(QStringLiteral("attendanceRest"));
    auto *marks = new QHBoxLayout;
    m_walkIn->setObjectName(QStringLiteral("attendanceWalkIn"));
    for (QPushButton *b : {m_present, m_absent, m_excused, m_rest, m_walkIn})
        marks->addWidget(b);
    marks->addStretch();
    // The summary and the list's outputs on one line, the marks under it: both fit 1024 pixels.
    auto *outputs = new QHBoxLayout;
    m_summary->setWordWrap(true);
    outputs->addWidget(m_summary, 1);
    auto *printButton = new QPushButton(tr("Pre&view and print…"));
    auto *pdfButton = new QPushButton(tr("P&DF…"));
    auto *csvButton = new QPushButton(tr("&CSV…"));
    printButton->setObjectName(QStringLiteral("attendancePrint"));
    pdfButton->setObjectName(QStringLiteral("attendancePdf"));
    csvButton->setObjectName(QStringLiteral("attendanceCsv"));
    for (QPushButton *b : {printButton, pdfButton, csvButton})
        outputs->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_table, 1);
    layout->addLayout(outputs);
    layout->addLayout(marks);

    m_table->installEventFilter(this);
    connect(m_day, &QDateEdit::dateChanged, this, &AttendanceView::reload);
    connect(m_school, &QComboBox::currentIndexChanged, this, &AttendanceView::reload);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &AttendanceView::reload);
    connect(m_present, &QPushButton::clicked, this, [this] { markCurrent(Attendance::Present); });
    connect(m_absent, &QPushButton::clicked, this, [this] { markCurrent(Attendance::Absent); });
    connect(m_excused, &QPushButton::clicked, this, [this] { markCurrent(Attendance::Excused); });
    connect(m_rest, &QPushButton::clicked, this, &AttendanceView::markRemainingPresent);
    connect(m_walkIn, &QPushButton::clicked, this, &AttendanceView::addWalkIn);
    const auto title = [this] {
        return tr("%1 — %2 — %3").arg(m_list.activityName, m_list.schoolName, frenchDate(m_list.day));
    };
    connect(printButton, &QPushButton::clicked, this, [this, title] {
        m_print->previewReport(this, title(),
                               AttendanceService::listHtml(m_list, m_session.commune().name()));
    });
    connect(pdfButton, &QPushButton::clicked, this, [this, title] {
        m_print->saveReportPdf(this, title(),
                               AttendanceService::listHtml(m_list, m_session.commune().name()));
    });
    connect(csvButton, &QPushButton::clicked, this, [this, title] {
        const QString path = askCsvPath(this, m_session, title());
        if (!path.isEmpty())
            exportCsv(path);
    });
    selectActivity(QStringLiteral("cantine"));
    reload();
}

void AttendanceView::setDay(const QDate &day)
{
    m_day->setDate(day); // reloads when it changes
    reload();
}

void AttendanceView::selectSchool(qint64 schoolId)
{
    m_school->setCurrentIndex(m_school->findData(schoolId));
}

void AttendanceView::selectActivity(const QString &code)
{
    if (const int i = m_activity->findData(code); i >= 0)
        m_activity->setCurrentIndex(i);
}

void AttendanceView::reload()
{
    m_list = {};
    qint64 activityId = 0;
    if (const auto activities = m_session.catalog().activities(); activities)
        for (const Activity &a : activities.value())
            if (a.code == m_activity->currentData().toString())
                activityId = a.id;
    const qint64 schoolId = m_school->currentData().toLongLong();
    if (schoolId != 0 && activityId != 0) {
        const auto list = m_session.attendance().list(m_day->date(), schoolId, activityId);
        if (list)
            m_list = list.value();
        else
            Q_EMIT message(list.error().message, true);
    }
    fill();
}

void AttendanceView::fill()
{
    const int current = std::max(0, m_table->currentRow());
    m_table->setRowCount(int(m_list.lines.size()));
    m_table->setColumnHidden(Trusted, !m_list.pickUp);
    for (int r = 0; r < m_list.lines.size(); ++r) {
        const AttendanceLine &line = m_list.lines.at(r);
        m_table->setItem(r, LastName, cell(line.lastName.toUpper()));
        m_table->setItem(r, FirstName, cell(line.firstName));
        m_table->setItem(r, Class, cell(line.classLevel));
        QString status = bookingStatusLabel(line.status);
        if (line.status == QLatin1String("booked"))
            status = tr("to mark");
        if (line.walkIn)
            status += QStringLiteral(" — ") + tr("without a booking");
        if (!line.note.isEmpty())
            status += QStringLiteral(" — ") + line.note;
        auto *statusItem = cell(status);
        statusItem->setForeground(statusColour(line.status));
        QFont bold = statusItem->font();
        bold.setBold(line.status != QLatin1String("booked"));
        statusItem->setFont(bold);
        m_table->setItem(r, Mark, statusItem);
        auto *toKnow = cell(AttendanceService::marks(line).join(QStringLiteral(" · ")));
        if (line.hasPai || !line.allergies.isEmpty())
            toKnow->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(r, ToKnow, toKnow);
        m_table->setItem(r, Trusted, cell(line.trustedPersons.join(QStringLiteral("\n"))));
    }
    fitRows(m_table);
    if (!m_list.lines.isEmpty())
        m_table->setCurrentCell(std::min(current, int(m_list.lines.size()) - 1), Mark);
    const bool future = m_day->date() > m_session.today();
    for (QPushButton *b : {m_present, m_absent, m_excused, m_rest})
        b->setEnabled(!m_list.lines.isEmpty() && !future);
    m_walkIn->setEnabled(!future && m_school->currentIndex() >= 0);
    m_summary->setText(summary());
}

QString AttendanceView::summary() const
{
    if (m_list.lines.isEmpty())
        return tr("No child booked on %1 for this school and activity.").arg(frenchDate(m_day->date()));
    int present = 0, absent = 0, excused = 0, toMark = 0;
    for (const AttendanceLine &line : m_list.lines) {
        present += line.status == QLatin1String("present");
        absent += line.status == QLatin1String("absent");
        excused += line.status == QLatin1String("excused");
        toMark += line.status == QLatin1String("booked");
    }
    QString text = tr("%n child(ren) booked", nullptr, int(m_list.lines.size())) + QStringLiteral(": ") +
                   tr("%1 present, %2 absent, %3 excused, %4 to mark.")
                       .arg(present)
                       .arg(absent)
                       .arg(excused)
                       .arg(toMark);
    if (m_day->date() > m_session.today())
        text += QLatin1Char(' ') + tr("Attendance is taken on the day.");
    return text;
}

QString AttendanceView::askReason(const QString &childName)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Excused absence"),
        tr("Why is the absence of %1 excused? (a medical certificate, for instance)").arg(childName),
        QLineEdit::Normal, tr("Medical certificate"), &ok);
    return ok ? reason : QString();
}

void AttendanceView::markCurrent(Attendance attendance)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.lines.size())
        return;
    const AttendanceLine line = m_list.lines.at(row);
    QString reason;
    if (attendance == Attendance::Excused) {
        reason = m_reasonPrompt ? m_reasonPrompt(line.firstName) : askReason(line.firstName);
        if (reason.isNull())
            return; // cancelled
    }
    if (Status s = m_session.attendance().mark(line.bookingId, attendance, reason); !s) {
        Q_EMIT message(s.error().message, true);
        return;
    }
    reload();
    // On to the next child: the list is marked key after key.
    if (row + 1 < m_table->rowCount())
        m_table->setCurrentCell(row + 1, Mark);
    Q_EMIT message(
        tr("%1 %2: %3.")
            .arg(line.firstName, line.lastName.toUpper(), bookingStatusLabel(m_list.lines.value(row).status)),
        false);
}

void AttendanceView::markRemainingPresent()
{
    const qint64 schoolId = m_school->currentData().toLongLong();
    qint64 activityId = 0;
    if (const auto activities = m_session.catalog().activities(); activities)
        for (const Activity &a : activities.value())
            if (a.code == m_activity->currentData().toString())
                activityId = a.id;
    const auto marked = m_session.attendance().markRemainingPresent(m_day->date(), schoolId, activityId);
    if (!marked) {
        Q_EMIT message(marked.error().message, true);
        return;
    }
    reload();
    Q_EMIT message(tr("%n child(ren) marked present.", nullptr, marked.value()), false);
}

void AttendanceView::addWalkIn()
{
    qint64 activityId = 0;
    if (const auto activities = m_session.catalog().activities(); activities)
        for (const Activity &a : activities.value())
            if (a.code == m_activity->currentData().toString())
                activityId = a.id;
    const auto children =
        m_session.attendance().notOnList(m_day->date(), m_school->currentData().toLongLong(), activityId);
    if (!children) {
        Q_EMIT message(children.error().message, true);
        return;
    }
    if (children.value().isEmpty()) {
        Q_EMIT message(tr("Every child of this school is already on the list."), true);
        return;
    }
    qint64 childId = 0;
    if (m_childPrompt) {
        childId = m_childPrompt(children.value());
    } else {
        QStringList names;
        for (const auto &child : children.value())
            names += child.second;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Present without a booking"),
            tr("Child present on %1 without a booking (type to search):").arg(frenchDate(m_day->date())),
            names, 0, true, &ok);
        if (ok)
            for (const auto &child : children.value())
                if (child.second == chosen)
                    childId = child.first;
    }
    if (childId == 0)
        return;
    const auto walkIn = m_session.bookings().walkIn(childId, activityId, m_day->date());
    if (!walkIn) {
        Q_EMIT message(walkIn.error().message, true);
        return;
    }
    reload();
    QString text = tr("Recorded present without a booking, charged to %1: %n ticket(s) taken", nullptr,
                      walkIn.value().ticketsTaken)
                       .arg(walkIn.value().householdName);
    if (walkIn.value().ticketsOwed > 0)
        text += QLatin1Char(' ') +
                tr("and %n owed (the wallet had no more).", nullptr, walkIn.value().ticketsOwed);
    else
        text += QLatin1Char('.');
    Q_EMIT message(text, walkIn.value().ticketsOwed > 0);
}

void AttendanceView::exportCsv(const QString &path)
{
    const QString error = writeExport(path, AttendanceService::listCsv(m_list));
    Q_EMIT message(error.isEmpty() ? tr("List saved: %1").arg(QDir::toNativeSeparators(path)) : error,
                   !error.isEmpty());
}

bool AttendanceView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_P:
            markCurrent(Attendance::Present);
            return true;
        case Qt::Key_A:
            markCurrent(Attendance::Absent);
            return true;
        case Qt::Key_E:
            markCurrent(Attendance::Excused);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
