#include "planning/PlanningView.h"
#include "users/UserService.h"

#include "catalog/CatalogService.h"
#include "common/CommuneTime.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace guichet {

namespace {

const QLocale French(QLocale::French, QLocale::France);

// One dot per day: empty = bookable, filled = booked, grey = locked (past the deadline, not open yet),
// green = present, red = absent, orange = excused; a grey dash for a day without service; a yellow ring
// around a dot changed and not yet saved.
class DotDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF cell = option.rect;
        const bool service = index.data(PlanningModel::ServiceDayRole).toBool();
        if (!service) {
            painter->fillRect(cell, QColor(0xee, 0xee, 0xee));
            painter->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 2));
            painter->drawLine(QPointF(cell.center().x() - 4, cell.center().y()),
                              QPointF(cell.center().x() + 4, cell.center().y()));
            painter->restore();
            return;
        }
        if (option.state & QStyle::State_HasFocus)
            painter->fillRect(cell, option.palette.highlight().color().lighter(170));
        const bool pending = index.data(PlanningModel::PendingRole).toBool();
        const bool editable = index.data(PlanningModel::EditableRole).toBool();
        const QString status = index.data(PlanningModel::StatusRole).toString();
        const qreal r = std::min(cell.width(), cell.height()) * 0.28;
        const QRectF dot(cell.center().x() - r, cell.center().y() - r, 2 * r, 2 * r);
        if (pending) {
            painter->setPen(QPen(QColor(0xf0, 0xa0, 0x00), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(dot.adjusted(-3, -3, 3, 3));
        }
        QColor colour = editable ? QColor(0x1f, 0x5f, 0xa8) : QColor(0x90, 0x90, 0x90);
        if (status == QLatin1String("present"))
            colour = QColor(0x2e, 0x8b, 0x3e);
        else if (status == QLatin1String("absent"))
            colour = QColor(0xc0, 0x39, 0x2b);
        else if (status == QLatin1String("excused"))
            colour = QColor(0xe6, 0x7e, 0x22);
        painter->setPen(QPen(colour, 2));
        painter->setBrush(status.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(colour));
        painter->drawEllipse(dot);
        painter->restore();
    }
};

} // namespace

void PlanningModel::setMonth(const PlanningMonth &month)
{
    beginResetModel();
    m_month = month;
    m_pending.clear();
    endResetModel();
    Q_EMIT pendingChanged();
}

const PlanningCell &PlanningModel::cell(const QModelIndex &index) const
{
    return m_month.rows.at(index.row()).cells.at(index.column());
}

bool PlanningModel::toggle(const QModelIndex &index)
{
    if (!index.isValid() || !cell(index).editable)
        return false;
    const std::pair<int, int> key{index.row(), index.column()};
    if (!m_pending.remove(key))
        m_pending.insert(key);
    Q_EMIT dataChanged(index, index);
    Q_EMIT pendingChanged();
    return true;
}

void PlanningModel::toggleDay(int column)
{
    // Siblings at once: if every child who can is booked (counting what waits), the day is cancelled for
    // all; otherwise it is booked for those who are not.
    bool allBooked = true;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, column);
        if (cell(i).editable && data(i, StatusRole).toString().isEmpty())
            allBooked = false;
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, column);
        const bool booked = !data(i, StatusRole).toString().isEmpty();
        if (cell(i).editable && booked == allBooked)
            toggle(i);
    }
}

void PlanningModel::clearPending()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    if (rowCount() && columnCount())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT pendingChanged();
}

BookingChanges PlanningModel::changes(qint64 householdId, qint64 activityId) const
{
    BookingChanges out;
    out.householdId = householdId;
    out.activityId = activityId;
    QList<std::pair<int, int>> keys(m_pending.cbegin(), m_pending.cend());
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return std::tie(a.second, a.first) < std::tie(b.second, b.first); // by day, then child
    });
    for (const auto &[row, column] : keys) {
        const PlanningRow &child = m_month.rows.at(row);
        out.days += BookingDay{child.childId, child.childName, dayOf(column),
                               !child.cells.at(column).status.isEmpty()};
    }
    return out;
}

int PlanningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_month.rows.size());
}

int PlanningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_month.first.isValid() ? 0 : m_month.first.daysInMonth();
}

QVariant PlanningModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PlanningCell &c = cell(index);
    const bool pending = m_pending.contains({index.row(), index.column()});
    switch (role) {
    case StatusRole: // what the dot shows: a pending toggle shows the day as it will be
        if (pending)
            return c.status.isEmpty() ? QStringLiteral("booked") : QString();
        return c.status;
    case EditableRole:
        return c.editable;
    case ServiceDayRole:
        return c.serviceDay;
    case PendingRole:
        return pending;
    case Qt::ToolTipRole: {
        QString text = French.toString(dayOf(index.column()), QStringLiteral("dddd d MMMM")) +
                       QStringLiteral(" — ") + m_month.rows.at(index.row()).childName + QStringLiteral(" : ");
        if (pending)
            return QString(text + (c.status.isEmpty() ? tr("to book (not saved yet)")
                                                      : tr("to cancel (not saved yet)")));
        if (!c.status.isEmpty())
            text += bookingStatusLabel(c.status);
        else if (c.editable)
            text += tr("bookable");
        if (!c.reason.isEmpty() && c.reason != bookingStatusLabel(c.status))
            text += (c.status.isEmpty() && !c.editable ? QString() : QStringLiteral(", ")) + c.reason;
        return text;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant PlanningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_month.rows.size())
            return m_month.rows.at(section).childName;
        return {};
    }
    const QDate day = dayOf(section);
    if (role == Qt::DisplayRole) // "L\n7"
        return QString(French.dayName(day.dayOfWeek(), QLocale::NarrowFormat).toUpper() + QLatin1Char('\n') +
                       QString::number(day.day()));
    if (role == Qt::ToolTipRole)
        return tr("%1: click to book or cancel this day for every child").arg(frenchDate(day));
    return {};
}

PlanningView::PlanningView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new PlanningModel(this)), m_activity(new QComboBox),
      m_title(new QLabel), m_preview(new QLabel), m_legend(new QLabel),
      m_previous(new QPushButton(QStringLiteral("◀"))), m_next(new QPushButton(QStringLiteral("▶"))),
      m_save(new QPushButton(tr("&Save"))), m_revert(new QPushButton(tr("Undo the changes"))),
      m_repeat(new QPushButton(tr("&Repeat…"))), m_beyond(new QPushButton(tr("Save &beyond the wallet…"))),
      m_grid(new QTableView)
{
    m_activity->setObjectName(QStringLiteral("planningActivity"));
    m_previous->setObjectName(QStringLiteral("planningPrevious"));
    m_next->setObjectName(QStringLiteral("planningNext"));
    m_save->setObjectName(QStringLiteral("planningSave"));
    m_revert->setObjectName(QStringLiteral("planningRevert"));
    m_beyond->setObjectName(QStringLiteral("planningBeyond"));
    m_beyond->hide();
    m_repeat->setObjectName(QStringLiteral("planningRepeat"));
    m_preview->setObjectName(QStringLiteral("planningPreview"));
    m_grid->setObjectName(QStringLiteral("planningGrid"));
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_title->setMinimumWidth(140);
    m_title->setAlignment(Qt::AlignCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_preview->setWordWrap(true);
    m_legend->setText(
        tr("○ bookable   ● booked   grey: closed (deadline passed)   green: present   red: absent   "
           "orange: excused   –: no service (the reason in the tooltip)"));
    m_legend->setWordWrap(true);
    QFont small = m_legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_legend->setFont(small);

    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new DotDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The month fits the width: the columns share it (weekends without service are hidden, below).
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(18);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(30);
    m_grid->setTabKeyNavigation(false);
    m_grid->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Activity:")));
    top->addWidget(m_activity);
    top->addSpacing(16);
    top->addWidget(m_previous);
    top->addWidget(m_title);
    top->addWidget(m_next);
    top->addStretch();
    top->addWidget(m_repeat);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_preview, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_beyond);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_legend);
    layout->addLayout(bottom);

    if (const auto activities = m_session.catalog().activities(true))
        for (const Activity &a : activities.value())
            m_activity->addItem(a.name, a.id);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_save, &QPushButton::clicked, this, &PlanningView::save);
    connect(m_beyond, &QPushButton::clicked, this, &PlanningView::saveBeyondTheWallet);
    connect(m_revert, &QPushButton::clicked, this, &PlanningView::revert);
    connect(m_repeat, &QPushButton::clicked, this, &PlanningView::repeat);
    connect(m_grid, &QTableView::clicked, m_model, [this](const QModelIndex &i) { m_model->toggle(i); });
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionClicked, m_model, &PlanningModel::toggleDay);
    connect(m_model, &PlanningModel::pendingChanged, this, &PlanningView::updatePreview);
    m_month = QDate(m_session.today().year(), m_session.today().month(), 1);
    updatePreview();
}

qint64 PlanningView::activityId() const
{
    return m_activity->currentData().toLongLong();
}

void PlanningView::setFile(const FamilyFile &file)
{
    const bool another = file.household.id != m_file.household.id;
    m_file = file;
    if (another)
        m_month = QDate(m_session.today().year(), m_session.today().month(), 1);
    reload();
}

void PlanningView::showMonth(const QDate &anyDay)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    reload();
}

void PlanningView::selectActivity(const QString &code)
{
    if (const auto activities = m_session.catalog().activities(true))
        for (const Activity &a : activities.value())
            if (a.code == code)
                m_activity->setCurrentIndex(m_activity->findData(a.id));
}

// Reading the month again drops the changes not saved; leaving them would show dots that no longer match.
void PlanningView::reload()
{
    m_title->setText(French.toString(m_month, QStringLiteral("MMMM yyyy")));
    if (!m_file.household.id || !activityId()) {
        m_model->setMonth({});
        return;
    }
    const auto month = m_session.bookings().month(m_file.household.id, activityId(), m_month);
    if (!month) {
        m_model->setMonth({});
        Q_EMIT message(month.error().message, true);
        return;
    }
    m_model->setMonth(month.value());
    // Saturdays and Sundays without service anywhere take no room: the month fits at 1024 pixels.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        bool service = false;
        for (const PlanningRow &row : month.value().rows)
            service = service || row.cells.at(column).serviceDay;
        m_grid->setColumnHidden(column, m_month.addDays(column).dayOfWeek() >= 6 && !service);
    }
}

QString PlanningView::preview() const
{
    return m_preview->text();
}

void PlanningView::updatePreview()
{
    const bool pending = m_model->hasPending();
    m_save->setEnabled(pending);
    m_revert->setEnabled(pending);
    m_repeat->setEnabled(m_file.household.id != 0);
    m_preview->setStyleSheet(QString());
    m_beyond->hide();
    if (!pending) {
        m_preview->setText(tr("Tickets in the wallet: %1. Click the days to book or cancel, then save.")
                               .arg(m_model->month().balance));
        return;
    }
    // What the save will do, asked of core without writing: the same rules and refusals as the save.
    const BookingChanges changes = m_model->changes(m_file.household.id, activityId());
    const auto plan = m_session.bookings().plan(changes);
    if (!plan) {
        m_preview->setStyleSheet(QStringLiteral("color: #b00020"));
        m_preview->setText(plan.error().message);
        m_save->setEnabled(false);
        // Short of tickets: a régisseur may go beyond (core decides; the button only appears for them).
        const auto needed = m_session.bookings().need(changes);
        m_beyond->setVisible(needed && needed.value().balanceAfter < 0 && m_session.user() &&
                             int(m_session.user()->role) >= int(Role::Regisseur));
        return;
    }
    m_preview->setText(
        tr("Saving books %1 and cancels %2: %3 ticket(s) taken, %4 given back — %5 in the wallet "
           "after (%6 now).")
            .arg(tr("%n day(s)", nullptr, plan.value().taken()),
                 tr("%n day(s)", nullptr, plan.value().givenBack()))
            .arg(plan.value().taken())
            .arg(plan.value().givenBack())
            .arg(plan.value().balanceAfter)
            .arg(plan.value().balanceBefore));
}

void PlanningView::saveBeyondTheWallet()
{
    QString reason;
    if (m_reasonPrompt) {
        reason = m_reasonPrompt();
    } else {
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Beyond the wallet"),
            tr("Why book beyond the tickets in the wallet? The days not covered are owed "
               "and paid by the next tickets bought."),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    if (reason.simplified().isEmpty()) {
        Q_EMIT message(tr("Give the reason for booking beyond the wallet."), true);
        return;
    }
    BookingChanges changes = m_model->changes(m_file.household.id, activityId());
    changes.overrideReason = reason;
    const auto done = m_session.bookings().apply(changes);
    if (!done) {
        Q_EMIT message(done.error().message, true);
        return;
    }
    m_grid->setFocus(Qt::OtherFocusReason);
    reload();
    Q_EMIT message(
        tr("Planning saved beyond the wallet: %n ticket(s) owed.", nullptr, -done.value().balanceAfter),
        false);
    Q_EMIT walletChanged();
}

void PlanningView::save()
{
    if (!m_model->hasPending())
        return;
    const auto done = m_session.bookings().apply(m_model->changes(m_file.household.id, activityId()));
    if (!done) {
        Q_EMIT message(done.error().message, true);
        return;
    }
    QString text = tr("Planning saved: %1 booked, %2 cancelled; %3 tickets in the wallet.")
                       .arg(tr("%n day(s)", nullptr, done.value().taken()),
                            tr("%n day(s)", nullptr, done.value().givenBack()))
                       .arg(done.value().balanceAfter);
    if (!done.value().skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Left alone: %1 (%2).")
                                       .arg(frenchDate(done.value().skipped.first().day.day),
                                            done.value().skipped.first().reason);
    // Back to the grid: the Save button the focus was on is now disabled, and Qt would hand the focus to the
    // next widget of the window (the family search), away from the month the clerk is working on.
    m_grid->setFocus(Qt::OtherFocusReason);
    reload();
    Q_EMIT message(text, false);
    Q_EMIT walletChanged();
}

void PlanningView::revert()
{
    m_model->clearPending();
}

// A weekly pattern between two dates, for some of the children: shown (the days, the tickets, the balance
// after) before it is written.
void PlanningView::repeat()
{
    if (!m_file.household.id)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("repeatDialog"));
    dialog.setWindowTitle(tr("Repeat every week"));
    auto *form = new QFormLayout;
    auto *childrenBox = new QHBoxLayout;
    QList<QCheckBox *> children;
    for (const Child &child : m_file.children) {
        auto *box = new QCheckBox(child.firstName);
        box->setChecked(true);
        box->setProperty("childId", child.id);
        childrenBox->addWidget(box);
        children += box;
    }
    form->addRow(tr("Children:"), childrenBox);
    auto *weekBox = new QHBoxLayout;
    QList<QCheckBox *> weekdays;
    for (int d = 1; d <= 5; ++d) {
        auto *box = new QCheckBox(French.dayName(d, QLocale::ShortFormat));
        box->setChecked(d != 3);
        box->setProperty("weekday", d);
        weekBox->addWidget(box);
        weekdays += box;
    }
    form->addRow(tr("Every:"), weekBox);
    auto *from = new QDateEdit(std::max(m_month, m_session.today().addDays(1)));
    auto *to = new QDateEdit(m_month.addMonths(1).addDays(-1));
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    from->setObjectName(QStringLiteral("repeatFrom"));
    to->setObjectName(QStringLiteral("repeatTo"));
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    auto *book = new QRadioButton(tr("Book"));
    auto *cancel = new QRadioButton(tr("Cancel"));
    book->setChecked(true);
    auto *mode = new QHBoxLayout;
    mode->addWidget(book);
    mode->addWidget(cancel);
    form->addRow(QString(), mode);
    auto *summary = new QLabel;
    summary->setObjectName(QStringLiteral("repeatSummary"));
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(summary);
    layout->addWidget(buttons);

    const auto request = [&] {
        BookingRequest r;
        r.householdId = m_file.household.id;
        r.activityId = activityId();
        r.from = from->date();
        r.to = to->date();
        r.cancel = cancel->isChecked();
        for (QCheckBox *box : children)
            if (box->isChecked())
                r.childIds += box->property("childId").toLongLong();
        for (QCheckBox *box : weekdays)
            if (box->isChecked())
                r.weekdays += box->property("weekday").toInt();
        return r;
    };
    const auto refresh = [&] {
        const auto plan = m_session.bookings().plan(request());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(bool(plan));
        summary->setText(plan ? tr("%1: %2; %3 in the wallet after (%4 now); %5 left alone.")
                                    .arg(plan.value().activityName,
                                         cancel->isChecked()
                                             ? tr("%n day(s) cancelled", nullptr, plan.value().givenBack())
                                             : tr("%n day(s) booked", nullptr, plan.value().taken()))
                                    .arg(plan.value().balanceAfter)
                                    .arg(plan.value().balanceBefore)
                                    .arg(plan.value().skipped.size())
                              : plan.error().message);
    };
    for (QCheckBox *box : children + weekdays)
        connect(box, &QCheckBox::toggled, &dialog, refresh);
    connect(from, &QDateEdit::dateChanged, &dialog, refresh);
    connect(to, &QDateEdit::dateChanged, &dialog, refresh);
    connect(cancel, &QRadioButton::toggled, &dialog, refresh);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    refresh();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto done = m_session.bookings().apply(request());
    if (!done) {
        Q_EMIT message(done.error().message, true);
        return;
    }
    reload();
    Q_EMIT message(tr("Planning saved: %1 booked, %2 cancelled; %3 tickets in the wallet.")
                       .arg(tr("%n day(s)", nullptr, done.value().taken()),
                            tr("%n day(s)", nullptr, done.value().givenBack()))
                       .arg(done.value().balanceAfter),
                   false);
    Q_EMIT walletChanged();
}

// Space toggles the current dot (the arrows move); Page Up / Page Down change the month.
bool PlanningView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            m_model->toggle(m_grid->currentIndex());
            return true;
        }
        if (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) {
            showMonth(m_month.addMonths(key->key() == Qt::Key_PageUp ? -1 : 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
