#pragma once

#include "commune/CommuneSettings.h"

#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace guichet {

class MoneyEdit;
class Session;

// Administration › Commune: who issues the documents (legal name, SIRET, address, the régie, its act
// and its régisseur) and what invoices say (due date, what happens if unpaid, how to contest). Printed
// on every invoice, receipt and credit note issued from then on; documents already issued keep theirs.
class CommuneDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommuneDialog(Session &session, QWidget *parent = nullptr);
    const FieldErrors &errors() const { return m_errors; }
    bool changed() const { return m_changed; }
    void save();

private:
    Session &m_session;
    FieldErrors m_errors;
    QLineEdit *m_name, *m_legalName, *m_siret, *m_phone, *m_email, *m_regieName, *m_regieAct, *m_regisseur,
        *m_portalUrl;
    QPlainTextEdit *m_address, *m_unpaidNotice, *m_appealNotice;
    QSpinBox *m_dueDays, *m_reminderDays;
    MoneyEdit *m_ceiling;
    QCheckBox *m_cashRefunds;
    // The mail server families' emails go through (its password is not stored in the database).
    QLineEdit *m_smtpUrl, *m_smtpUser, *m_smtpPassword, *m_mailFrom, *m_mailFromName, *m_mailReplyTo;
    QComboBox *m_smtpSecurity;
    QLabel *m_message;
    CommuneProfile m_profile; // as read: what the form does not show is saved as it was
    bool m_changed = false;
};

} // namespace guichet
