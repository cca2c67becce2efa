#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// "Je crée mon compte" at the counter: payer's name, first name, email, mobile phone, postal code,
// acceptances.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(Session &session, QWidget *parent = nullptr);
    qint64 householdId() const { return m_householdId; }
    const FieldErrors &errors() const { return m_errors; }

    void save(); // the Save button: creates the account or shows what to fix

private:
    Session &m_session;
    FieldErrors m_errors;
    QLineEdit *m_lastName, *m_firstName, *m_email, *m_phone, *m_postalCode;
    QCheckBox *m_terms, *m_rules;
    QLabel *m_message;
    qint64 m_householdId = 0;
};

} // namespace guichet
