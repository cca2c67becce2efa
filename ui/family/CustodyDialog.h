#pragma once

#include "family/Custody.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace guichet {

class Session;
struct Child;

// Shared custody of one child between the households of its file: alternate weeks from a Monday, and dated
// stays that win over the weeks. Each button is one change, saved at once (CustodyService), listed in the
// schedule above and in both files' history.
class CustodyDialog : public QDialog
{
    Q_OBJECT

public:
    // 'households': the child's households, this file's first (id, name).
    CustodyDialog(Session &session, const Child &child, const QList<std::pair<qint64, QString>> &households,
                  QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    QTableWidget *periods() const { return m_periods; }
    QString error() const;

    // The buttons' actions (public so that tests drive exactly what the buttons do).
    void applyAlternateWeeks();
    void addDates();
    void removeSelected();

private:
    void reload();
    void done(const Status &status);

    Session &m_session;
    qint64 m_childId;
    CustodySchedule m_schedule;
    QTableWidget *m_periods;
    QComboBox *m_weeksHousehold;
    QDateEdit *m_weeksMonday;
    QComboBox *m_datesHousehold;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_error;
    bool m_changed = false;
};

} // namespace guichet
