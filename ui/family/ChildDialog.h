#pragma once

#include "family/FamilyFile.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace guichet {

class Session;

// Adds or edits a child: identity and school, health and diet, exit authorization, trusted persons
// and emergency contacts (guardians ticked first, then other people, in call order). Each person keeps
// its identity (uuid) through the dialog, so that a save updates the same rows instead of replacing them.
class ChildDialog : public QDialog
{
    Q_OBJECT

public:
    ChildDialog(Session &session, const FamilyFile &file, const Child &child, QWidget *parent = nullptr);
    const FieldErrors &errors() const { return m_errors; }
    qint64 childId() const { return m_childId; }
    void save();

private:
    static QTableWidget *personTable(const QString &name);
    static void addRowButtons(QWidget *parent, QTableWidget *table, QBoxLayout *layout);

    Session &m_session;
    qint64 m_householdId;
    Child m_child;
    qint64 m_childId = 0;
    FieldErrors m_errors;
    QLineEdit *m_lastName, *m_firstName, *m_birthDate, *m_ine, *m_classLabel, *m_carePlanDetails;
    QComboBox *m_sex, *m_school, *m_level;
    QPlainTextEdit *m_allergies;
    QCheckBox *m_carePlan, *m_leaveAlone;
    QComboBox *m_schooling;
    QList<QCheckBox *> m_diets;
    QListWidget *m_guardianContacts;
    QTableWidget *m_otherContacts, *m_trusted;
    QLabel *m_message;
};

} // namespace guichet
