#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QLineEdit;

namespace guichet {

class Central;
class Session;
class StatusLine;

// Administration › Central database: the address this counter synchronises with (kept in this computer's
// settings), its password (in the desktop keyring, or libpq's .pgpass), a connection test, and "Set up the
// central database" (Central::init: creates or migrates it and registers this counter; an administrator's).
class CentralDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CentralDialog(Session &session, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    // The buttons' actions (public so that tests drive exactly what they do).
    bool save();
    void test();
    void setUp();
    QString message() const;
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    bool connectTo(Central &central);

    Session &m_session;
    QLineEdit *m_url;
    QLineEdit *m_password;
    StatusLine *m_message;
    FieldErrors m_errors;
    bool m_changed = false;
};

} // namespace guichet
