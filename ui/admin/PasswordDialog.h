#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// A new password, typed twice: the logged-in user's own (the current one asked again), or — for an
// administrator — another user's (forgotten, or an account handed over). The rules are core's (UserService).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // 'login' empty: the session's user changes their own password.
    PasswordDialog(Session &session, const QString &login = {}, QWidget *parent = nullptr);

private:
    void save();

    Session &m_session;
    QString m_login;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password, *m_again;
    QLabel *m_message;
    FieldErrors m_errors;
};

} // namespace guichet
