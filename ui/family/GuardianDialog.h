#pragma once

#include "family/Guardian.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace guichet {

class FamilyService;

// Adds or edits a legal guardian of a household.
class GuardianDialog : public QDialog
{
    Q_OBJECT

public:
    GuardianDialog(FamilyService &service, qint64 householdId, const Guardian &guardian,
                   QWidget *parent = nullptr);
    const FieldErrors &errors() const { return m_errors; }
    void save();

private:
    FamilyService &m_service;
    qint64 m_householdId;
    Guardian m_guardian;
    FieldErrors m_errors;
    QComboBox *m_civility;
    QLineEdit *m_lastName, *m_firstName, *m_address1, *m_address2, *m_postalCode, *m_city, *m_mobile, *m_home,
        *m_work, *m_email, *m_relationship, *m_caf, *m_quotient, *m_quotientDate;
    QCheckBox *m_payer;
    QLabel *m_message;
};

} // namespace guichet
