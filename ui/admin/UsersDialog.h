#pragma once

#include "users/UserService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;
class StatusLine;

// Administration › Users: who may use the counter and in which role. An administrator adds a user (the
// password typed twice) or disables one (never deleted: the history names them); core refuses anyone else
// (UserService).
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString status() const;
    // The buttons' actions (public so that tests drive exactly what they do).
    void addUser();
    void disableSelected();

private:
    void reload();

    Session &m_session;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    StatusLine *m_status;
    QList<User> m_users;
};

} // namespace guichet
