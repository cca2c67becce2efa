#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// At start: who is at the counter. The login and password (five wrong ones lock the account for fifteen
// minutes: UserService); on a database without users, the first administrator is created here. On a
// demonstration database the dialog says which users it has and their password. Accepted: the session acts
// as the user.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Start,  // at start: who is at the counter (or the first administrator)
        Unlock, // the screen is locked (Ctrl+L, idle): the user, or another one taking over, logs in again
    };
    explicit LoginDialog(Session &session, QWidget *parent = nullptr, Purpose purpose = Purpose::Start);

    bool createsAdministrator() const { return m_first; }
    QString message() const;
    // The button's action (public so that tests drive exactly what it does).
    void submit();

private:
    Session &m_session;
    bool m_first = false;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_message;
};

} // namespace guichet
