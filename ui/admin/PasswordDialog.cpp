#include "admin/PasswordDialog.h"

#include "session/Session.h"
#include "users/UserService.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

PasswordDialog::PasswordDialog(Session &session, const QString &login, QWidget *parent)
    : QDialog(parent), m_session(session), m_login(login), m_password(new QLineEdit), m_again(new QLineEdit),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(login.isEmpty() ? tr("Change my password") : tr("Reset the password of %1").arg(login));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    auto *form = new QFormLayout;
    if (login.isEmpty()) {
        m_current = new QLineEdit;
        m_current->setObjectName(QStringLiteral("current"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_errors.wrap(QStringLiteral("current"), m_current));
    }
    m_password->setObjectName(QStringLiteral("password"));
    m_again->setObjectName(QStringLiteral("again"));
    for (QLineEdit *secret : {m_password, m_again})
        secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_errors.wrap(QStringLiteral("password"), m_password));
    form->addRow(tr("&Again:"), m_errors.wrap(QStringLiteral("again"), m_again));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeToFit(this, QSize(420, sizeHint().height()));
}

void PasswordDialog::save()
{
    if (m_password->text() != m_again->text())
        return m_errors.showIn(m_message,
                               Error::inField(QStringLiteral("again"),
                                              tr("The two entries differ: type the new password again.")));
    UserService &users = m_session.users();
    const Status saved = m_login.isEmpty() ? users.changeOwnPassword(m_current->text(), m_password->text())
                                           : users.resetPassword(m_login, m_password->text());
    if (!saved)
        return m_errors.showIn(m_message, saved.error());
    accept();
}

} // namespace guichet
