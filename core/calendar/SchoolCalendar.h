#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

class Session;

// What a day is for the periscolaire services, and why it has no service when it has none.
enum class DayKind
{
    Service,
    OutsideSchoolYear, // before the rentrée, after the last day of class, or between school years
    PublicHoliday,     // jour férié (computed)
    Holiday,           // official school holidays of the commune's zone (imported)
    Closure,           // added by the town hall: a strike, a bridge, a school closed for works
    WeekdayOff,        // not a day of the school's week (Wednesday by default)
};

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Service;
    QString reason; // for the days without service: "Vacances de la Toussaint", "Lundi de Pâques", "mercredi"
    // The weekday is one of the school's week (Saturdays never are, nor Wednesdays by default): a day that
    // would have service but for a holiday or closure. Lists and requests mention only those.
    bool inSchoolWeek = true;

    bool isServiceDay() const { return kind == DayKind::Service; }
};

// The school calendar of the commune: its school years, the week of each school, the public holidays, the
// official holidays of its zone and the closures (tables calendar_period and school_week). The one place
// that says whether a day has service — the planning, the bookings and the lists ask it.
class SchoolCalendar
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCalendar)

public:
    explicit SchoolCalendar(Session &session) : m_session(session) {}

    // Easter Sunday of a Gregorian year (the anonymous algorithm, Meeus/Jones/Butcher).
    static QDate easterSunday(int year);
    // The French public holidays of a year, in date order, with their names: the fixed ones and Easter
    // Monday, Ascension and Whit Monday.
    static QList<std::pair<QDate, QString>> publicHolidays(int year);

    // Every day from 'from' to 'to' (both included) for a school (0: any school, the commune's week),
    // with why it has no service. 'weekdays' (ISO, Monday = 1), when given, replaces the schools' weeks.
    Result<QList<CalendarDay>> days(const QDate &from, const QDate &to, qint64 schoolId = 0,
                                    const QList<int> &weekdays = {}) const;
    Result<CalendarDay> day(const QDate &date, qint64 schoolId = 0) const;

    // The school named so ("École Jean-Macé"), for the command line; a clear message when there is none.
    Result<qint64> schoolIdByName(const QString &name) const;

    static constexpr int MaxDays = 800; // a request covers at most two school years

private:
    Session &m_session;
};

} // namespace guichet
