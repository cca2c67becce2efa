#include "family/NewAccountDialog.h"
#include "widgets/ScreenFit.h"

#include "commune/CommuneSettings.h"
#include "family/FamilyService.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

NewAccountDialog::NewAccountDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_lastName(new QLineEdit), m_firstName(new QLineEdit),
      m_email(new QLineEdit), m_phone(new QLineEdit), m_postalCode(new QLineEdit), m_terms(new QCheckBox),
      m_rules(new QCheckBox), m_message(new QLabel)
{
    setWindowTitle(tr("New household account"));
    setObjectName(QStringLiteral("newAccountDialog"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phone->setObjectName(QStringLiteral("phoneMobile"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_terms->setObjectName(QStringLiteral("terms"));
    m_rules->setObjectName(QStringLiteral("rules"));
    m_postalCode->setMaxLength(5);
    const auto postalCodes = session.commune().postalCodes();
    const auto terms = session.commune().termsVersion();
    const auto rules = session.commune().rulesVersion();
    m_postalCode->setPlaceholderText(postalCodes ? postalCodes.value().value(0) : QString());
    m_email->setPlaceholderText(tr("name@example.fr"));
    m_terms->setText(
        tr("The family accepts the terms of use (version %1)").arg(terms ? terms.value() : QString()));
    m_rules->setText(
        tr("The family accepts the règlement intérieur (version %1)").arg(rules ? rules.value() : QString()));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    // The versions the family accepts could not be read: say so now rather than after typing (the
    // service refuses the account anyway).
    if (Status read = firstFailure(postalCodes, terms, rules); !read) {
        m_message->setText(read.error().message);
        m_message->show();
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Payer's last name"), m_errors.wrap(QStringLiteral("lastName"), m_lastName));
    form->addRow(tr("First name"), m_errors.wrap(QStringLiteral("firstName"), m_firstName));
    form->addRow(tr("Email"), m_errors.wrap(QStringLiteral("email"), m_email));
    form->addRow(tr("Mobile phone"), m_errors.wrap(QStringLiteral("phoneMobile"), m_phone));
    form->addRow(tr("Postal code"), m_errors.wrap(QStringLiteral("postalCode"), m_postalCode));
    form->addRow(QString(), m_errors.wrap(QStringLiteral("terms"), m_terms));
    form->addRow(QString(), m_errors.wrap(QStringLiteral("rules"), m_rules));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Create the account"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(520, sizeHint().height()));
}

void NewAccountDialog::save()
{
    NewAccount account{m_lastName->text(),   m_firstName->text(),  m_email->text(), m_postalCode->text(),
                       m_terms->isChecked(), m_rules->isChecked(), m_phone->text()};
    const auto created = m_session.family().createAccount(account);
    if (!created)
        return m_errors.showIn(m_message, created.error());
    m_householdId = created.value();
    accept();
}

} // namespace guichet
