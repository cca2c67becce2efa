#include "admin/PlacesDialog.h"

#include "admin/StatusLine.h"
#include "catalog/CatalogService.h"
#include "commune/ReferenceData.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

PlacesDialog::PlacesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_activity(new QComboBox),
      m_table(makeListTable(QStringLiteral("placesTable"), {tr("School"), tr("Places a day")}, {0})),
      m_status(new StatusLine)
{
    setObjectName(QStringLiteral("placesDialog"));
    setWindowTitle(tr("Places per school"));
    m_activity->setObjectName(QStringLiteral("placesActivity"));
    m_status->setObjectName(QStringLiteral("placesStatus"));
    if (const auto activities = session.catalog().activities(); activities)
        for (const Activity &a : activities.value())
            m_activity->addItem(a.name, a.id);
    if (const auto schools = session.reference().schools(); schools) {
        m_table->setRowCount(int(schools.value().size()));
        for (int r = 0; r < schools.value().size(); ++r) {
            auto *name = cell(schools.value().at(r).name);
            name->setData(Qt::UserRole, schools.value().at(r).id);
            m_table->setItem(r, 0, name);
            auto *places = new QSpinBox;
            places->setObjectName(QStringLiteral("places%1").arg(r));
            places->setRange(-1, 2000);
            places->setSpecialValueText(tr("no limit"));
            m_table->setCellWidget(r, 1, places);
        }
    }
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Activity:")));
    top->addWidget(m_activity, 1);
    auto *saveButton = new QPushButton(tr("&Save the places"));
    saveButton->setObjectName(QStringLiteral("placesSave"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("How many children a school can take a day for the activity. Bookings beyond are "
                      "refused with a message; what was booked before stays."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(saveButton, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &PlacesDialog::reload);
    connect(saveButton, &QPushButton::clicked, this, &PlacesDialog::save);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
    reload();
}

QSpinBox *PlacesDialog::placesOf(int row) const
{
    return qobject_cast<QSpinBox *>(m_table->cellWidget(row, 1));
}

QString PlacesDialog::status() const
{
    return m_status->text();
}

void PlacesDialog::reload()
{
    const auto places = m_session.catalog().places(m_activity->currentData().toLongLong());
    if (!places) {
        m_status->showError(places.error().message);
        return;
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        placesOf(r)->setValue(places.value().value(m_table->item(r, 0)->data(Qt::UserRole).toLongLong(), -1));
}

void PlacesDialog::save()
{
    const qint64 activity = m_activity->currentData().toLongLong();
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (Status s = m_session.catalog().setPlaces(
                activity, m_table->item(r, 0)->data(Qt::UserRole).toLongLong(), placesOf(r)->value());
            !s) {
            m_status->showError(s.error().fields.isEmpty() ? s.error().message : s.error().fields.first());
            return;
        }
    m_status->showInfo(tr("Places of %1 saved.").arg(m_activity->currentText()));
}

} // namespace guichet
