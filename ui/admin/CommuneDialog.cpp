#include "admin/CommuneDialog.h"

#include "mail/Keyring.h"

#include "sales/MoneyEdit.h"
#include "widgets/ScreenFit.h"

#include "commune/CommuneSettings.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace guichet {

namespace {
QLineEdit *lineEdit(const QString &name, const QString &value)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(name);
    edit->setMaxLength(200);
    return edit;
}

QPlainTextEdit *textEdit(const QString &name, const QString &value, int lines)
{
    auto *edit = new QPlainTextEdit(value);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

CommuneDialog::CommuneDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_dueDays(new QSpinBox), m_reminderDays(new QSpinBox),
      m_ceiling(new MoneyEdit),
      m_cashRefunds(new QCheckBox(tr("The régie's founding act allows refunds in cash from the till"))),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("communeDialog"));
    setWindowTitle(tr("Commune"));
    const auto read = session.commune().profile();
    const CommuneProfile p = read ? read.value() : CommuneProfile();
    m_profile = p;
    m_ceiling->setObjectName(QStringLiteral("cashCeiling"));
    m_ceiling->setValue(p.cashCeiling);
    m_cashRefunds->setObjectName(QStringLiteral("cashRefundsAllowed"));
    m_cashRefunds->setChecked(p.cashRefundsAllowed);
    m_name = lineEdit(QStringLiteral("name"), p.name);
    m_legalName = lineEdit(QStringLiteral("legalName"), p.legalName);
    m_siret = lineEdit(QStringLiteral("siret"), p.siret);
    m_siret->setPlaceholderText(tr("14 digits"));
    m_address = textEdit(QStringLiteral("address"), p.address, 2);
    m_phone = lineEdit(QStringLiteral("phone"), p.phone);
    m_email = lineEdit(QStringLiteral("email"), p.email);
    m_regieName = lineEdit(QStringLiteral("regieName"), p.regieName);
    m_regieAct = lineEdit(QStringLiteral("regieAct"), p.regieAct);
    m_regieAct->setPlaceholderText(tr("optional, e.g. arrêté du 12 mars 2019"));
    m_regisseur = lineEdit(QStringLiteral("regisseurName"), p.regisseurName);
    m_regisseur->setPlaceholderText(tr("optional"));
    m_portalUrl = lineEdit(QStringLiteral("portalUrl"), p.portalUrl);
    m_portalUrl->setPlaceholderText(tr("https://… (given in the emails)"));
    m_dueDays->setObjectName(QStringLiteral("invoiceDueDays"));
    m_dueDays->setRange(0, 120);
    m_dueDays->setSuffix(tr(" days"));
    m_dueDays->setValue(p.invoiceDueDays);
    m_reminderDays->setObjectName(QStringLiteral("reminderDays"));
    m_reminderDays->setRange(0, 120);
    m_reminderDays->setSuffix(tr(" days"));
    m_reminderDays->setSpecialValueText(tr("never"));
    m_reminderDays->setValue(p.reminderDays);
    const auto mail = session.commune().mailServer();
    const SmtpSettings smtp = mail ? mail.value() : SmtpSettings();
    m_smtpUrl = lineEdit(QStringLiteral("smtpUrl"), smtp.url);
    m_smtpUrl->setPlaceholderText(QStringLiteral("smtp://smtp.ville-saint-omer.fr:587"));
    m_smtpSecurity = new QComboBox;
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurity"));
    m_smtpSecurity->addItem(tr("STARTTLS (port 587)"), QStringLiteral("starttls"));
    m_smtpSecurity->addItem(tr("TLS (smtps://, port 465)"), QStringLiteral("tls"));
    m_smtpSecurity->addItem(tr("None (a relay inside the town hall only)"), QStringLiteral("none"));
    m_smtpSecurity->setCurrentIndex(std::max(0, m_smtpSecurity->findData(smtp.security)));
    m_smtpUser = lineEdit(QStringLiteral("smtpUser"), smtp.user);
    m_smtpPassword = lineEdit(QStringLiteral("smtpPassword"), QString());
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword->setPlaceholderText(
        tr("unchanged (kept in this computer's keyring, never in the database)"));
    m_mailFrom = lineEdit(QStringLiteral("mailFrom"), smtp.from);
    m_mailFrom->setPlaceholderText(QStringLiteral("affaires-scolaires@ville-saint-omer.fr"));
    m_mailFromName = lineEdit(QStringLiteral("mailFromName"), smtp.fromName);
    m_mailReplyTo = lineEdit(QStringLiteral("mailReplyTo"), smtp.replyTo);
    m_unpaidNotice = textEdit(QStringLiteral("unpaidNotice"), p.unpaidNotice, 3);
    m_appealNotice = textEdit(QStringLiteral("appealNotice"), p.appealNotice, 4);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(read ? QString() : read.error().message);
    m_message->setVisible(!read);

    auto *fields = new QWidget;
    auto *column = new QVBoxLayout(fields);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(); // rows keep their height when the dialog is taller than the form
    form->addRow(tr("Commune"), m_errors.wrap(QStringLiteral("name"), m_name));
    form->addRow(tr("Legal name on documents"), m_errors.wrap(QStringLiteral("legalName"), m_legalName));
    form->addRow(tr("SIRET"), m_errors.wrap(QStringLiteral("siret"), m_siret));
    form->addRow(tr("Address"), m_errors.wrap(QStringLiteral("address"), m_address));
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Régie"), m_errors.wrap(QStringLiteral("regieName"), m_regieName));
    form->addRow(tr("Act creating the régie"), m_regieAct);
    form->addRow(tr("Régisseur"), m_regisseur);
    form->addRow(tr("Cash ceiling (encaisse maximale)"),
                 m_errors.wrap(QStringLiteral("cashCeiling"), m_ceiling));
    form->addRow(QString(), m_cashRefunds);
    form->addRow(tr("Mail server"), m_errors.wrap(QStringLiteral("smtpUrl"), m_smtpUrl));
    form->addRow(tr("Security"), m_errors.wrap(QStringLiteral("smtpSecurity"), m_smtpSecurity));
    form->addRow(tr("User name"), m_smtpUser);
    form->addRow(tr("Password"), m_errors.wrap(QStringLiteral("smtpPassword"), m_smtpPassword));
    form->addRow(tr("Emails sent from"), m_errors.wrap(QStringLiteral("mailFrom"), m_mailFrom));
    form->addRow(tr("Sender's name"), m_mailFromName);
    form->addRow(tr("Answers go to"), m_errors.wrap(QStringLiteral("mailReplyTo"), m_mailReplyTo));
    form->addRow(tr("Families' portal"), m_errors.wrap(QStringLiteral("portalUrl"), m_portalUrl));
    form->addRow(tr("Invoices due after"), m_errors.wrap(QStringLiteral("invoiceDueDays"), m_dueDays));
    form->addRow(tr("Email reminder of an unpaid invoice after"),
                 m_errors.wrap(QStringLiteral("reminderDays"), m_reminderDays));
    form->addRow(tr("If an invoice is not paid"), m_unpaidNotice);
    form->addRow(tr("How to contest an invoice"), m_appealNotice);
    // The form scrolls rather than growing past a 768-pixel screen.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CommuneDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(tr("Printed on every document issued from now on; documents already issued keep "
                               "what they said."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(700, 640));
    m_name->setFocus(Qt::OtherFocusReason); // not the scroll area
}

void CommuneDialog::save()
{
    CommuneProfile p = m_profile;
    p.name = m_name->text();
    p.legalName = m_legalName->text();
    p.siret = m_siret->text();
    p.address = m_address->toPlainText();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.regieName = m_regieName->text();
    p.regieAct = m_regieAct->text();
    p.regisseurName = m_regisseur->text();
    p.invoiceDueDays = m_dueDays->value();
    p.reminderDays = m_reminderDays->value();
    p.portalUrl = m_portalUrl->text();
    p.unpaidNotice = m_unpaidNotice->toPlainText();
    p.appealNotice = m_appealNotice->toPlainText();
    p.cashCeiling = m_ceiling->value().value_or(Money()); // not an amount: core says so on the field
    p.cashRefundsAllowed = m_cashRefunds->isChecked();
    SmtpSettings smtp;
    smtp.url = m_smtpUrl->text();
    smtp.security = m_smtpSecurity->currentData().toString();
    smtp.user = m_smtpUser->text();
    smtp.from = m_mailFrom->text();
    smtp.fromName = m_mailFromName->text();
    smtp.replyTo = m_mailReplyTo->text();
    if (Status s = m_session.commune().saveProfile(p, smtp); !s)
        return m_errors.showIn(m_message, s.error());
    m_session.reloadCommune();
    m_changed = true;
    // The password goes to this computer's keyring (each counter's computer keeps its own copy).
    if (!m_smtpPassword->text().isEmpty()) {
        if (Status s = Keyring::storeSmtpPassword(smtp, m_smtpPassword->text()); !s)
            return m_errors.showIn(
                m_message,
                Error::inField(
                    QStringLiteral("smtpPassword"),
                    tr("The other settings are saved, but not the password: %1").arg(s.error().message)));
    }
    accept();
}

} // namespace guichet
