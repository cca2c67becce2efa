#pragma once

#include "planning/AttendanceService.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class PrintService;
class Session;

// The day's list of one school and activity, as the staff take attendance: a row per child booked, with what
// they must know (PAI, allergies, diets, leaves alone, who may take the child). Keys on the list: P present,
// A absent, E excused (asks why), then "Tous les autres présents" marks the rest. Every mark is one
// transaction in core (AttendanceService), with its refusals. Print, PDF and CSV from the same list.
class AttendanceView : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(Session &session, PrintService *print, QWidget *parent = nullptr);

    void reload();
    void setDay(const QDate &day);
    void selectSchool(qint64 schoolId);
    void selectActivity(const QString &code);

    QTableWidget *table() const { return m_table; }
    const AttendanceList &list() const { return m_list; }
    QString summary() const;

    // Actions of the keys and buttons (public so that tests drive exactly what they do).
    void markCurrent(Attendance attendance);
    // Who gives the reason of an excused absence: a dialog by default; a null string cancels.
    void setReasonPrompt(std::function<QString(const QString &childName)> prompt) { m_reasonPrompt = prompt; }
    void markRemainingPresent();
    // A child of the school who came without a booking: chosen from the school's children not on the list
    // (a searchable list by default), booked as present and charged (BookingService::walkIn).
    void addWalkIn();
    void setChildPrompt(std::function<qint64(const QList<std::pair<qint64, QString>> &)> prompt)
    {
        m_childPrompt = prompt;
    }
    void exportCsv(const QString &path);

Q_SIGNALS:
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    QString askReason(const QString &childName);

    Session &m_session;
    PrintService *m_print;
    QDateEdit *m_day;
    QComboBox *m_school;
    QComboBox *m_activity;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_present;
    QPushButton *m_absent;
    QPushButton *m_excused;
    QPushButton *m_rest;
    AttendanceList m_list;
    std::function<QString(const QString &)> m_reasonPrompt;
    std::function<qint64(const QList<std::pair<qint64, QString>> &)> m_childPrompt;
    QPushButton *m_walkIn;
};

} // namespace guichet
