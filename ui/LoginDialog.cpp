#include "LoginDialog.h"

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

LoginDialog::LoginDialog(Session &session, QWidget *parent, Purpose purpose)
    : QDialog(parent), m_session(session), m_login(new QLineEdit), m_name(new QLineEdit),
      m_password(new QLineEdit), m_confirm(new QLineEdit), m_message(new QLabel)
{
    setObjectName(QStringLiteral("loginDialog"));
    const auto any = session.users().hasUsers();
    m_first = any && !any.value();
    setWindowTitle(m_first ? tr("The first administrator") : tr("Log in"));
    m_login->setObjectName(QStringLiteral("login"));
    m_name->setObjectName(QStringLiteral("name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    for (QLineEdit *secret : {m_password, m_confirm})
        secret->setEchoMode(QLineEdit::Password);

    auto *intro = new QLabel;
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    if (m_first) {
        intro->setText(tr("This database has no user yet. Create the administrator: they add the agents and "
                          "régisseurs (guichet-cli user add)."));
        form->addRow(tr("&Name (on documents):"), m_name);
    } else if (purpose == Purpose::Unlock && session.user()) {
        setWindowTitle(tr("Counter locked"));
        intro->setText(
            tr("The counter is locked. %1, type your password — or another user logs in to take over.")
                .arg(session.user()->displayName));
        m_login->setText(session.user()->login);
    } else {
        intro->setText(tr("Who is at the counter?"));
        if (const auto demo = session.users().isDemo(); demo && demo.value())
            intro->setText(tr("Demonstration database: log in as admin, regie or agent, password \"demo\"."));
    }
    form->addRow(tr("&Password:"), m_password);
    if (m_first)
        form->addRow(tr("&Again:"), m_confirm);
    if (!m_first) // only the first administrator gives a name and types the password twice
        for (QLineEdit *unused : {m_name, m_confirm}) {
            unused->setParent(this);
            unused->hide();
        }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *ok =
        buttons->addButton(m_first ? tr("&Create and log in") : tr("&Log in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("loginButton"));
    ok->setDefault(true);
    connect(ok, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Enter logs in (set once the buttons are in the dialog: before, the box would make Cancel the default).
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (purpose == Purpose::Unlock) // a locked counter opens only with a password
        buttons->button(QDialogButtonBox::Cancel)->hide();
    resizeToFit(this, QSize(460, 240));
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::submit()
{
    UserService &users = m_session.users();
    if (m_first) {
        if (m_password->text() != m_confirm->text()) {
            m_message->setText(tr("The two passwords differ: type the same one twice."));
            return;
        }
        const auto added = users.add(m_login->text(), m_name->text(), Role::Admin, m_password->text());
        if (!added) {
            QStringList lines;
            for (auto it = added.error().fields.cbegin(); it != added.error().fields.cend(); ++it)
                lines += it.value();
            m_message->setText(lines.isEmpty() ? added.error().message : lines.join(QLatin1Char('\n')));
            return;
        }
    }
    const auto user = users.authenticate(m_login->text(), m_password->text());
    if (!user) {
        m_message->setText(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session.setUser(user.value());
    accept();
}

} // namespace guichet
