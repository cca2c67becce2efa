#pragma once

#include "planning/CalendarEditor.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace guichet {

class Session;
class StatusLine;

// The school calendar of a school year, for the administrator: the holidays and closures (add a strike day,
// the Ascension bridge, a school closed for works; remove one), the days of the week with service for every
// school or one, and the import of the Éducation nationale's file. Each change is one transaction in core
// (CalendarEditor) and says how many bookings it cancelled, their tickets given back.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *periods() const { return m_periods; }
    QString status() const;

    // The buttons' actions (public so that tests drive exactly what they do).
    void addPeriod();
    void removeSelected();
    void saveWeek();
    void importFile(const QString &path);

private:
    void reload();
    void showWeek();
    qint64 schoolYearId() const;
    void said(const CalendarChange &change, const QString &what);

    Session &m_session;
    QComboBox *m_year;
    QTableWidget *m_periods;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QComboBox *m_school;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_weekSchool;
    QList<QCheckBox *> m_weekdays;
    StatusLine *m_status;
    QList<CalendarPeriod> m_list;
};

} // namespace guichet
