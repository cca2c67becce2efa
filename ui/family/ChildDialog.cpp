#include "family/ChildDialog.h"

#include "family/FileStatus.h"
#include "widgets/ScreenFit.h"

#include "common/CommuneTime.h"
#include "commune/ReferenceData.h"
#include "family/FamilyService.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

namespace {
constexpr int SchoolKindRole = Qt::UserRole + 1; // maternelle, elementaire, primaire

enum PersonColumn
{
    LastName,
    FirstName,
    Phone,
    Relationship
};

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A person's row; its identity (uuid, empty for someone added now) rides on the first cell.
void appendPerson(QTableWidget *table, const QStringList &values, const QString &uuid = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < values.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(values.at(c)));
    table->item(row, LastName)->setData(Qt::UserRole, uuid);
}

QString uuidOf(const QTableWidget *table, int row)
{
    const QTableWidgetItem *item = table->item(row, LastName);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

// The identity of a guardian-contact item: the contact row's uuid, when the child already had it.
constexpr int ContactUuidRole = Qt::UserRole + 1;
} // namespace

QTableWidget *ChildDialog::personTable(const QString &name)
{
    auto *table = new QTableWidget(0, 4);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({tr("Last name"), tr("First name"), tr("Phone"), tr("Relationship")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setMinimumHeight(110);
    return table;
}

void ChildDialog::addRowButtons(QWidget *parent, QTableWidget *table, QBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a person"), parent);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto *remove = new QPushButton(tr("Remove the selected person"), parent);
    connect(add, &QPushButton::clicked, table, [table] {
        appendPerson(table, {QString(), QString(), QString(), QString()});
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
}

ChildDialog::ChildDialog(Session &session, const FamilyFile &file, const Child &child, QWidget *parent)
    : QDialog(parent), m_session(session), m_householdId(file.household.id), m_child(child),
      m_childId(child.id), m_sex(new QComboBox), m_school(new QComboBox), m_level(new QComboBox),
      m_allergies(new QPlainTextEdit), m_carePlan(new QCheckBox(tr("PAI (individual care plan)"))),
      m_leaveAlone(new QCheckBox(tr("May leave alone at the end of the activity"))),
      m_schooling(new QComboBox), m_guardianContacts(new QListWidget), m_message(new QLabel)
{
    setObjectName(QStringLiteral("childDialog"));
    setWindowTitle(child.id ? tr("Child: %1").arg(child.fullName()) : tr("New child"));
    auto line = [](const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value);
        edit->setObjectName(name);
        return edit;
    };
    m_lastName = line(QStringLiteral("lastName"), child.id ? child.lastName : file.household.name);
    m_firstName = line(QStringLiteral("firstName"), child.firstName);
    m_birthDate = line(QStringLiteral("birthDate"), frenchDate(child.birthDate));
    m_birthDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_ine = line(QStringLiteral("ine"), child.ine);
    m_ine->setPlaceholderText(tr("11 characters, e.g. 1234567890A"));
    m_classLabel = line(QStringLiteral("classLabel"), child.classLabel);
    m_carePlanDetails = line(QStringLiteral("carePlanDetails"), child.carePlanDetails);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(QString(), QString());
    m_sex->addItem(tr("Girl"), QStringLiteral("F"));
    m_sex->addItem(tr("Boy"), QStringLiteral("M"));
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(child.sex)));
    m_school->setObjectName(QStringLiteral("school"));
    m_school->addItem(tr("(not known yet)"), qint64(0));
    const auto schools = session.reference().schools();
    for (const School &s : schools ? schools.value() : QList<School>()) {
        m_school->addItem(s.name, s.id);
        m_school->setItemData(m_school->count() - 1, s.kind, SchoolKindRole);
    }
    m_school->setCurrentIndex(std::max(0, m_school->findData(child.schoolId)));
    m_level->setObjectName(QStringLiteral("classLevel"));
    // The levels offered are those the chosen school teaches (no PS in an élémentaire).
    const auto offerLevels = [this] {
        const QString current = m_level->currentText();
        m_level->clear();
        m_level->addItem(QString());
        m_level->addItems(ReferenceData::classLevels(m_school->currentData(SchoolKindRole).toString()));
        m_level->setCurrentIndex(std::max(0, m_level->findText(current)));
    };
    offerLevels();
    // A level recorded before (the school changed kind meanwhile) stays shown: saving it unchanged lets core
    // say why it no longer fits, instead of erasing it silently.
    if (!child.classLevel.isEmpty() && m_level->findText(child.classLevel) < 0)
        m_level->addItem(child.classLevel);
    m_level->setCurrentIndex(std::max(0, m_level->findText(child.classLevel)));
    connect(m_school, &QComboBox::currentIndexChanged, this, offerLevels);
    m_allergies->setObjectName(QStringLiteral("allergies"));
    m_allergies->setPlainText(child.allergies);
    m_allergies->setMaximumHeight(70);
    m_carePlan->setObjectName(QStringLiteral("carePlan"));
    m_carePlan->setChecked(child.hasCarePlan);
    m_leaveAlone->setObjectName(QStringLiteral("mayLeaveAlone"));
    m_leaveAlone->setChecked(child.mayLeaveAlone);
    // Leaving at the end of the year (a move, a private school): the roll-over records the child as gone, and
    // a family whose children all leave may have its tickets refunded before the year ends.
    m_schooling->setObjectName(QStringLiteral("schooling"));
    for (const char *code : {"attending", "leaving", "left"})
        m_schooling->addItem(schoolingLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    m_schooling->setCurrentIndex(std::max(0, m_schooling->findData(child.schooling)));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    // Identity and school
    auto *identity = new QWidget;
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Last name"), m_errors.wrap(QStringLiteral("lastName"), m_lastName));
    identityForm->addRow(tr("First name"), m_errors.wrap(QStringLiteral("firstName"), m_firstName));
    identityForm->addRow(tr("Birth date"), m_errors.wrap(QStringLiteral("birthDate"), m_birthDate));
    identityForm->addRow(tr("Sex"), m_errors.wrap(QStringLiteral("sex"), m_sex));
    identityForm->addRow(tr("INE"), m_errors.wrap(QStringLiteral("ine"), m_ine));
    identityForm->addRow(tr("School"), m_errors.wrap(QStringLiteral("school"), m_school));
    identityForm->addRow(tr("Class level"), m_errors.wrap(QStringLiteral("classLevel"), m_level));
    identityForm->addRow(tr("Class"), m_classLabel);
    identityForm->addRow(tr("Schooling"), m_errors.wrap(QStringLiteral("schooling"), m_schooling));

    // Health and diet
    auto *health = new QWidget;
    auto *healthForm = new QFormLayout(health);
    healthForm->addRow(tr("Food allergies"), m_allergies);
    healthForm->addRow(QString(), m_carePlan);
    healthForm->addRow(tr("What the PAI requires"),
                       m_errors.wrap(QStringLiteral("carePlanDetails"), m_carePlanDetails));
    auto *diets = new QWidget;
    auto *dietsLayout = new QVBoxLayout(diets);
    dietsLayout->setContentsMargins(0, 0, 0, 0);
    const auto dietOptions = session.reference().dietOptions();
    for (const DietOption &option : dietOptions ? dietOptions.value() : QList<DietOption>()) {
        auto *box = new QCheckBox(option.label);
        box->setObjectName(QStringLiteral("diet_") + option.code);
        box->setProperty("code", option.code);
        box->setChecked(child.diets.contains(option.code));
        dietsLayout->addWidget(box);
        m_diets += box;
    }
    healthForm->addRow(tr("Diet"), m_errors.wrap(QStringLiteral("diets"), diets));

    // Exit and people
    auto *people = new QWidget;
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->addWidget(m_leaveAlone);
    peopleLayout->addWidget(
        new QLabel(tr("Trusted persons allowed to pick the child up (identity checked):")));
    m_trusted = personTable(QStringLiteral("trustedPersons"));
    for (const TrustedPerson &t : child.trustedPersons)
        appendPerson(m_trusted, {t.lastName, t.firstName, t.phone, t.relationship}, t.uuid);
    peopleLayout->addWidget(m_errors.wrap(QStringLiteral("trustedPersons"), m_trusted));
    addRowButtons(this, m_trusted, peopleLayout);

    peopleLayout->addWidget(new QLabel(tr("Emergency contacts, in call order — guardians first:")));
    m_guardianContacts->setObjectName(QStringLiteral("guardianContacts"));
    m_guardianContacts->setMaximumHeight(80);
    QHash<qint64, QString> chosen; // guardian id -> the contact row's uuid
    for (const EmergencyContact &e : child.emergencyContacts)
        if (e.guardianId)
            chosen.insert(e.guardianId, e.uuid);
    for (const Guardian &g : file.guardians) {
        auto *item = new QListWidgetItem(
            g.fullName() + (g.phoneMobile.isEmpty() ? QString() : QStringLiteral(" — ") + g.phoneMobile),
            m_guardianContacts);
        item->setData(Qt::UserRole, g.id);
        item->setData(ContactUuidRole, chosen.value(g.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(g.id) || (child.id == 0 && g.isPayer) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    peopleLayout->addWidget(m_guardianContacts);
    m_otherContacts = personTable(QStringLiteral("otherContacts"));
    for (const EmergencyContact &e : child.emergencyContacts)
        if (!e.guardianId)
            appendPerson(m_otherContacts, {e.lastName, e.firstName, e.phone, e.relationship}, e.uuid);
    peopleLayout->addWidget(m_errors.wrap(QStringLiteral("emergencyContacts"), m_otherContacts));
    addRowButtons(this, m_otherContacts, peopleLayout);

    auto *tabs = new QTabWidget;
    tabs->addTab(identity, tr("Identity and school"));
    tabs->addTab(health, tr("Health and diet"));
    tabs->addTab(people, tr("Exit and contacts"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    // Without the lists, the school and diets shown would be blank and saving would erase them.
    if (Status read = firstFailure(schools, dietOptions); !read) {
        m_message->setText(read.error().message);
        m_message->show();
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(640, 560));
    // The cursor where the clerk types first (the last name is the household's, already filled in).
    m_firstName->setFocus(Qt::OtherFocusReason);
}

void ChildDialog::save()
{
    Child c = m_child;
    c.lastName = m_lastName->text();
    c.firstName = m_firstName->text();
    c.birthDate = parseFrenchDate(m_birthDate->text());
    c.sex = m_sex->currentData().toString();
    c.ine = m_ine->text();
    c.schoolId = m_school->currentData().toLongLong();
    c.classLevel = m_level->currentText();
    c.classLabel = m_classLabel->text();
    c.allergies = m_allergies->toPlainText();
    c.hasCarePlan = m_carePlan->isChecked();
    c.carePlanDetails = m_carePlanDetails->text();
    c.mayLeaveAlone = m_leaveAlone->isChecked();
    c.schooling = m_schooling->currentData().toString();
    c.diets.clear();
    for (const QCheckBox *box : std::as_const(m_diets))
        if (box->isChecked())
            c.diets += box->property("code").toString();
    c.trustedPersons.clear();
    for (int r = 0; r < m_trusted->rowCount(); ++r) {
        if (cell(m_trusted, r, LastName).isEmpty() && cell(m_trusted, r, FirstName).isEmpty() &&
            cell(m_trusted, r, Phone).isEmpty())
            continue; // an empty row the clerk added and left
        c.trustedPersons +=
            TrustedPerson{uuidOf(m_trusted, r), cell(m_trusted, r, LastName), cell(m_trusted, r, FirstName),
                          cell(m_trusted, r, Phone), cell(m_trusted, r, Relationship)};
    }
    c.emergencyContacts.clear();
    for (int i = 0; i < m_guardianContacts->count(); ++i) {
        const QListWidgetItem *item = m_guardianContacts->item(i);
        if (item->checkState() == Qt::Checked)
            c.emergencyContacts += EmergencyContact{item->data(ContactUuidRole).toString(),
                                                    item->data(Qt::UserRole).toLongLong(),
                                                    {},
                                                    {},
                                                    {},
                                                    {}};
    }
    for (int r = 0; r < m_otherContacts->rowCount(); ++r) {
        if (cell(m_otherContacts, r, LastName).isEmpty() && cell(m_otherContacts, r, Phone).isEmpty())
            continue;
        c.emergencyContacts +=
            EmergencyContact{uuidOf(m_otherContacts, r),         0,
                             cell(m_otherContacts, r, LastName), cell(m_otherContacts, r, FirstName),
                             cell(m_otherContacts, r, Phone),    cell(m_otherContacts, r, Relationship)};
    }
    if (!m_birthDate->text().trimmed().isEmpty() && !c.birthDate.isValid())
        return m_errors.showIn(
            m_message, Error::inField(QStringLiteral("birthDate"), tr("Type the birth date as DD/MM/YYYY.")));
    const auto saved = m_session.family().saveChild(m_householdId, c);
    if (!saved)
        return m_errors.showIn(m_message, saved.error());
    m_childId = saved.value();
    accept();
}

} // namespace guichet
