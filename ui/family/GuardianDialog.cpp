#include "family/GuardianDialog.h"

#include "common/CommuneTime.h"
#include "family/FamilyService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

GuardianDialog::GuardianDialog(FamilyService &service, qint64 householdId, const Guardian &guardian,
                               QWidget *parent)
    : QDialog(parent), m_service(service), m_householdId(householdId), m_guardian(guardian),
      m_civility(new QComboBox), m_payer(new QCheckBox(tr("Payer of the household"))), m_message(new QLabel)
{
    setObjectName(QStringLiteral("guardianDialog"));
    setWindowTitle(guardian.id ? tr("Guardian: %1").arg(guardian.fullName()) : tr("New guardian"));
    m_civility->addItem(QString(), QString());
    m_civility->addItem(tr("Mrs"), QStringLiteral("Mme"));
    m_civility->addItem(tr("Mr"), QStringLiteral("M."));
    m_civility->setCurrentIndex(std::max(0, m_civility->findData(guardian.civility)));

    auto line = [](const QString &name, const QString &value) {
        auto *edit = new QLineEdit(value);
        edit->setObjectName(name);
        return edit;
    };
    m_lastName = line(QStringLiteral("lastName"), guardian.lastName);
    m_firstName = line(QStringLiteral("firstName"), guardian.firstName);
    m_address1 = line(QStringLiteral("address1"), guardian.addressLine1);
    m_address2 = line(QStringLiteral("address2"), guardian.addressLine2);
    m_postalCode = line(QStringLiteral("postalCode"), guardian.postalCode);
    m_city = line(QStringLiteral("city"), guardian.city);
    m_mobile = line(QStringLiteral("phoneMobile"), guardian.phoneMobile);
    m_home = line(QStringLiteral("phoneHome"), guardian.phoneHome);
    m_work = line(QStringLiteral("phoneWork"), guardian.phoneWork);
    m_email = line(QStringLiteral("email"), guardian.email);
    m_relationship = line(QStringLiteral("relationship"), guardian.relationship);
    m_caf = line(QStringLiteral("cafNumber"), guardian.cafNumber);
    m_quotient =
        line(QStringLiteral("quotient"), guardian.quotient ? QString::number(*guardian.quotient) : QString());
    m_quotientDate = line(QStringLiteral("quotientProofDate"), frenchDate(guardian.quotientProofDate));
    m_quotientDate->setPlaceholderText(tr("DD/MM/YYYY"));
    m_relationship->setPlaceholderText(tr("mother, father, guardian…"));
    m_payer->setObjectName(QStringLiteral("payer"));
    m_payer->setChecked(guardian.isPayer);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Civility"), m_civility);
    form->addRow(tr("Last name"), m_errors.wrap(QStringLiteral("lastName"), m_lastName));
    form->addRow(tr("First name"), m_errors.wrap(QStringLiteral("firstName"), m_firstName));
    form->addRow(tr("Relationship"), m_relationship);
    form->addRow(tr("Address"), m_address1);
    form->addRow(QString(), m_address2);
    form->addRow(tr("Postal code"), m_errors.wrap(QStringLiteral("postalCode"), m_postalCode));
    form->addRow(tr("City"), m_city);
    form->addRow(tr("Mobile phone"), m_errors.wrap(QStringLiteral("phoneMobile"), m_mobile));
    form->addRow(tr("Home phone"), m_errors.wrap(QStringLiteral("phoneHome"), m_home));
    form->addRow(tr("Work phone"), m_errors.wrap(QStringLiteral("phoneWork"), m_work));
    form->addRow(tr("Email"), m_errors.wrap(QStringLiteral("email"), m_email));
    form->addRow(tr("CAF number"), m_caf);
    form->addRow(tr("Family quotient (QF)"), m_errors.wrap(QStringLiteral("quotient"), m_quotient));
    form->addRow(tr("Date of the QF proof"),
                 m_errors.wrap(QStringLiteral("quotientProofDate"), m_quotientDate));
    form->addRow(QString(), m_payer);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GuardianDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_lastName->setFocus(Qt::OtherFocusReason); // the civility, before it, is seldom needed
}

void GuardianDialog::save()
{
    Guardian g = m_guardian;
    g.civility = m_civility->currentData().toString();
    g.lastName = m_lastName->text();
    g.firstName = m_firstName->text();
    g.addressLine1 = m_address1->text();
    g.addressLine2 = m_address2->text();
    g.postalCode = m_postalCode->text();
    g.city = m_city->text();
    g.phoneMobile = m_mobile->text();
    g.phoneHome = m_home->text();
    g.phoneWork = m_work->text();
    g.email = m_email->text();
    g.relationship = m_relationship->text();
    g.cafNumber = m_caf->text();
    g.isPayer = m_payer->isChecked();
    g.quotientProofDate = parseFrenchDate(m_quotientDate->text());

    QMap<QString, QString> unreadable;
    if (m_quotient->text().trimmed().isEmpty()) {
        g.quotient.reset();
    } else {
        bool ok = false;
        const int qf = m_quotient->text().trimmed().toInt(&ok);
        if (ok)
            g.quotient = qf;
        else
            unreadable.insert(QStringLiteral("quotient"),
                              tr("The family quotient is a whole number, e.g. 742."));
    }
    if (!m_quotientDate->text().trimmed().isEmpty() && !g.quotientProofDate.isValid())
        unreadable.insert(QStringLiteral("quotientProofDate"), tr("Type the date as DD/MM/YYYY."));
    if (!unreadable.isEmpty())
        return m_errors.showIn(m_message, Error::inFields(unreadable));
    const auto saved = m_service.saveGuardian(m_householdId, g);
    if (!saved)
        return m_errors.showIn(m_message, saved.error());
    accept();
}

} // namespace guichet
