#include "sync/ConflictsDialog.h"

#include "admin/StatusLine.h"
#include "common/CommuneTime.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "widgets/ListTable.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {

// The family file's fields as the clerk knows them; other fields keep their column name.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Email")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Name")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Postal code")},
        {QStringLiteral("email_refused"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Refuses emails")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Last name")},
        {QStringLiteral("phone_mobile"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Mobile phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Address")},
        {QStringLiteral("class_level"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Class")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("guichet::ConflictsDialog", "Status")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field
                                   : QCoreApplication::translate("guichet::ConflictsDialog", it.value());
}

} // namespace

ConflictsDialog::ConflictsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_sync(session, nullptr),
      m_table(makeListTable(QStringLiteral("conflicts"),
                            {tr("Family file"), tr("Field"), tr("Value here"),
                             tr("Value on the other counter"), tr("Counter"), tr("Changed there")},
                            {2, 3})),
      m_status(new StatusLine)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    auto *intro =
        new QLabel(tr("The same field was changed here and on another counter before they synchronised. "
                      "Each counter keeps its own value until you choose; your choice reaches every "
                      "counter with the next sync. A day booked here that another counter booked first was "
                      "cancelled here, its ticket given back: tell the family, then mark it noted. A day "
                      "cancelled on another counter stays cancelled even if the child was marked present "
                      "here: record the child as present without a booking, then mark it noted."));
    intro->setWordWrap(true);
    m_keep = new QPushButton(tr("&Keep this counter's value"));
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_take = new QPushButton(tr("&Take the other counter's value"));
    m_take->setObjectName(QStringLiteral("takeButton"));
    m_noted = new QPushButton(tr("&Noted"));
    m_noted->setObjectName(QStringLiteral("notedButton"));
    connect(m_keep, &QPushButton::clicked, this, [this] { settleSelected(false); });
    connect(m_take, &QPushButton::clicked, this, [this] { settleSelected(true); });
    connect(m_noted, &QPushButton::clicked, this, [this] { settleSelected(false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showButtonsForSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_keep);
    row->addWidget(m_take);
    row->addWidget(m_noted);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);
    reload();
    resizeToFit(this, QSize(900, 480));
}

void ConflictsDialog::reload()
{
    m_conflicts = m_status->valueOf(m_sync.conflicts());
    m_table->setRowCount(int(m_conflicts.size()));
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const SyncConflict &c = m_conflicts.at(r);
        // A booking notice: the day went to the other counter's booking, or was cancelled there while the
        // child was marked present here.
        const bool booking = c.kind == QLatin1String("booking");
        const bool cancelledThere = booking && c.field == QLatin1String("status");
        const QStringList cells{
            c.rowLabel,
            booking ? tr("Booking of %1").arg(frenchDate(QDate::fromString(c.localValue, Qt::ISODate)))
                    : fieldLabel(c.field),
            cancelledThere ? tr("marked present here: record the child as present without a booking")
            : booking      ? tr("cancelled here, its ticket back in the wallet")
                           : c.localValue,
            cancelledThere ? tr("cancelled on %1 before the day, its ticket given back").arg(c.remoteSite)
            : booking      ? tr("booked first on %1").arg(c.remoteSite)
                           : c.remoteValue,
            c.remoteSite,
            m_session.time().dateTimeText(c.remoteAt)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, cell(cells.at(col)));
    }
    fitRows(m_table);
    if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
    else if (!m_status->isError())
        m_status->showInfo(tr("No conflict: every counter agrees."));
    showButtonsForSelection();
}

void ConflictsDialog::showButtonsForSelection()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size();
    const bool notice = any && m_conflicts.at(row).kind == QLatin1String("booking");
    m_keep->setVisible(any && !notice);
    m_take->setVisible(any && !notice);
    m_noted->setVisible(notice);
}

void ConflictsDialog::settleSelected(bool takeOther)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return m_status->showError(tr("Choose a conflict in the list first."));
    const SyncConflict c = m_conflicts.at(row);
    if (Status s = m_sync.resolve(c.id, takeOther); !s)
        return m_status->showError(s.error().message);
    reload();
    if (c.kind == QLatin1String("booking") && c.field == QLatin1String("status"))
        return m_status->showInfo(tr("Noted: the booking stays cancelled on every counter."));
    if (c.kind == QLatin1String("booking"))
        return m_status->showInfo(tr("Noted: the day stays with the other counter's booking."));
    m_status->showInfo(takeOther
                           ? tr("“%1” now has the other counter's value; every counter gets it with the next "
                                "sync.")
                                 .arg(fieldLabel(c.field))
                           : tr("“%1” keeps this counter's value; every counter gets it with the next sync.")
                                 .arg(fieldLabel(c.field)));
}

QString ConflictsDialog::status() const
{
    return m_status->text();
}

} // namespace guichet
