#include "admin/UsersDialog.h"

#include "admin/PasswordDialog.h"

#include "admin/StatusLine.h"
#include "session/Session.h"
#include "widgets/ListTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guichet {

UsersDialog::UsersDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session),
      m_table(
          makeListTable(QStringLiteral("users"), {tr("Login"), tr("Name"), tr("Role"), tr("State")}, {1})),
      m_login(new QLineEdit), m_name(new QLineEdit), m_role(new QComboBox), m_password(new QLineEdit),
      m_confirm(new QLineEdit), m_status(new StatusLine)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_login->setObjectName(QStringLiteral("userLogin"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_role->setObjectName(QStringLiteral("userRole"));
    m_password->setObjectName(QStringLiteral("userPassword"));
    m_confirm->setObjectName(QStringLiteral("userConfirm"));
    m_status->setObjectName(QStringLiteral("usersStatus"));
    for (const Role role : {Role::Agent, Role::Regisseur, Role::Admin})
        m_role->addItem(roleLabel(role), roleCode(role));
    for (QLineEdit *secret : {m_password, m_confirm})
        secret->setEchoMode(QLineEdit::Password);

    auto *disable = new QPushButton(tr("&Disable the selected user"));
    disable->setObjectName(QStringLiteral("userDisable"));
    auto *reset = new QPushButton(tr("Reset the selected user's &password…"));
    reset->setObjectName(QStringLiteral("userResetPassword"));
    connect(reset, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_users.size())
            return m_status->showError(tr("Select the user whose password to reset."));
        if (PasswordDialog(m_session, m_users.at(row).login, this).exec() == QDialog::Accepted)
            m_status->showInfo(tr("The password of %1 is changed.").arg(m_users.at(row).login));
    });
    auto *add = new QGroupBox(tr("Add a user"));
    auto *form = new QFormLayout(add);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name (on documents):"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("A&gain:"), m_confirm);
    auto *addButton = new QPushButton(tr("&Add the user"));
    addButton->setObjectName(QStringLiteral("userAdd"));
    form->addRow(QString(), addButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(disable);
    actions->addWidget(reset);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(add);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(disable, &QPushButton::clicked, this, &UsersDialog::disableSelected);
    connect(addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, 560);
    reload();
}

QString UsersDialog::status() const
{
    return m_status->text();
}

void UsersDialog::reload()
{
    const auto users = m_session.users().list();
    m_users = users ? users.value() : QList<User>();
    if (!users)
        m_status->showError(users.error().message);
    m_table->setRowCount(int(m_users.size()));
    for (int r = 0; r < m_users.size(); ++r) {
        const User &u = m_users.at(r);
        m_table->setItem(r, 0, cell(u.login));
        m_table->setItem(r, 1, cell(u.displayName));
        m_table->setItem(r, 2, cell(roleLabel(u.role)));
        m_table->setItem(r, 3, cell(u.active ? tr("active") : tr("disabled")));
    }
    fitRows(m_table);
}

void UsersDialog::addUser()
{
    if (m_password->text() != m_confirm->text()) {
        m_status->showError(tr("The two passwords differ: type the same one twice."));
        return;
    }
    const auto role = roleFromCode(m_role->currentData().toString());
    const auto added =
        m_session.users().add(m_login->text(), m_name->text(), role.value(), m_password->text());
    if (!added) {
        QStringList lines;
        for (auto it = added.error().fields.cbegin(); it != added.error().fields.cend(); ++it)
            lines += it.value();
        m_status->showError(lines.isEmpty() ? added.error().message : lines.join(QLatin1Char('\n')));
        return;
    }
    m_status->showInfo(tr("User %1 added.").arg(m_login->text().trimmed().toLower()));
    for (QLineEdit *edit : {m_login, m_name, m_password, m_confirm})
        edit->clear();
    reload();
}

void UsersDialog::disableSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size()) {
        m_status->showError(tr("Select a user in the list first."));
        return;
    }
    if (Status s = m_session.users().disable(m_users.at(row).login); !s) {
        m_status->showError(s.error().message);
        return;
    }
    m_status->showInfo(tr("User %1 disabled: they can no longer log in.").arg(m_users.at(row).login));
    reload();
}

} // namespace guichet
