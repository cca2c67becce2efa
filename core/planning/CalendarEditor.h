#pragma once

#include "calendar/CalendarImport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

class Session;

// A period without service as the administrator sees it: an official holiday (imported, shipped or typed) or
// a closure the town hall decided (of one school, or of all).
struct CalendarPeriod
{
    qint64 id = 0;
    bool closure = false;
    QString label;
    qint64 schoolId = 0; // closures only; 0: every school
    QString schoolName;
    QDate first, last;
    QString source; // manual, import, shipped
};

// What a change of the calendar did to the bookings: the days that lost their service had their bookings
// cancelled and the tickets given back.
struct CalendarChange
{
    qint64 periodId = 0;
    int bookingsCancelled = 0;
    CalendarImportReport imported; // for an import
};

// Changes to the school calendar, each in one transaction with what it does to the bookings: a closure or a
// holiday added, a period removed, a school's week changed, the official file imported. SchoolCalendar reads
// the calendar; this writes it.
class CalendarEditor
{
    Q_DECLARE_TR_FUNCTIONS(CalendarEditor)

public:
    explicit CalendarEditor(Session &session) : m_session(session) {}

    Result<QList<CalendarPeriod>> periods(const QDate &from, const QDate &to) const;
    // A closure (a strike, the Ascension bridge, a school closed for works: schoolId 0 for every school) or a
    // holiday typed by hand (the commune's zone).
    Result<CalendarChange> addPeriod(bool closure, const QString &label, const QDate &first,
                                     const QDate &last, qint64 schoolId = 0);
    // The days become service days again; nothing is booked for the families.
    Status removePeriod(qint64 periodId);
    // The days of the week with service for a school year, for one school or (schoolId 0) every school.
    Result<QList<int>> week(qint64 schoolYearId, qint64 schoolId) const;
    Result<CalendarChange> setWeek(qint64 schoolYearId, qint64 schoolId, const QList<int> &weekdays);
    Result<CalendarChange> importFile(const QString &path, const QString &zone = {});

private:
    Session &m_session;
};

} // namespace guichet
