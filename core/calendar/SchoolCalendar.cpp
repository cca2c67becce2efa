#include "calendar/SchoolCalendar.h"

#include "commune/CommuneSettings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QLocale>

namespace guichet {

namespace {

QDate isoDay(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

struct Year
{
    qint64 id = 0;
    QDate start, end;
};

struct Period
{
    DayKind kind = DayKind::Holiday;
    QString label;
    QDate first, last;
};

} // namespace

QDate SchoolCalendar::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<std::pair<QDate, QString>> SchoolCalendar::publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    QList<std::pair<QDate, QString>> days{
        {QDate(year, 1, 1), tr("New Year's Day")},   {easter.addDays(1), tr("Easter Monday")},
        {QDate(year, 5, 1), tr("Labour Day")},       {QDate(year, 5, 8), tr("Victory in Europe Day")},
        {easter.addDays(39), tr("Ascension Day")},   {easter.addDays(50), tr("Whit Monday")},
        {QDate(year, 7, 14), tr("Bastille Day")},    {QDate(year, 8, 15), tr("Assumption")},
        {QDate(year, 11, 1), tr("All Saints' Day")}, {QDate(year, 11, 11), tr("Armistice Day")},
        {QDate(year, 12, 25), tr("Christmas Day")},
    };
    std::sort(days.begin(), days.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return days;
}

Result<QList<CalendarDay>> SchoolCalendar::days(const QDate &from, const QDate &to, qint64 schoolId,
                                                const QList<int> &weekdays) const
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::of(tr("Give a first day and a last day, the first one before the last (YYYY-MM-DD)."));
    if (from.daysTo(to) >= MaxDays)
        return Error::of(tr("Ask for at most %1 days at a time (two school years).").arg(MaxDays));
    const auto zone = m_session.commune().schoolZone();
    const auto commonWeek = m_session.commune().serviceWeekdays();
    if (Status s = firstFailure(zone, commonWeek); !s)
        return s.error();

    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    StatementCache &statements = m_session.statements();
    QList<Year> years;
    QSqlQuery *q = &statements.get(QStringLiteral(
        "SELECT id, start_date, end_date FROM school_year WHERE start_date <= ? AND end_date >= ? "
        "ORDER BY start_date"));
    bindAll(*q, {toText, fromText});
    if (Status s = execOrError(*q); !s)
        return s.error();
    while (q->next())
        years += Year{q->value(0).toLongLong(), isoDay(q->value(1)), isoDay(q->value(2))};
    q->finish();

    // The week of each year: the school's own, else the commune's for that year, else the commune's default.
    QHash<qint64, QList<int>> weekOfYear;
    q = &statements.get(QStringLiteral(
        "SELECT school_year_id, school_id, weekdays FROM school_week WHERE school_id IS NULL OR "
        "school_id = ? ORDER BY school_id IS NULL DESC"));
    q->addBindValue(schoolId);
    if (Status s = execOrError(*q); !s)
        return s.error();
    while (q->next()) // the commune-wide rows first, the school's own after them (they win)
        weekOfYear.insert(q->value(0).toLongLong(), CommuneSettings::parseWeekdays(q->value(2).toString()));
    q->finish();

    QList<Period> periods;
    q = &statements.get(QStringLiteral(
        "SELECT kind, label, first_day, last_day FROM calendar_period WHERE first_day <= ? AND last_day >= ? "
        "AND ((kind = 'holiday' AND zone IN ('', ?)) OR (kind = 'closure' AND (school_id IS NULL OR "
        "school_id = ?))) "
        "ORDER BY first_day"));
    bindAll(*q, {toText, fromText, zone.value(), schoolId});
    if (Status s = execOrError(*q); !s)
        return s.error();
    while (q->next())
        periods +=
            Period{q->value(0).toString() == QLatin1String("closure") ? DayKind::Closure : DayKind::Holiday,
                   q->value(1).toString(), isoDay(q->value(2)), isoDay(q->value(3))};
    q->finish();

    QHash<QDate, QString> publicDays;
    for (int year = from.year(); year <= to.year(); ++year)
        for (const auto &[date, name] : publicHolidays(year))
            publicDays.insert(date, name);

    const QLocale french(QLocale::French, QLocale::France);
    QList<CalendarDay> result;
    result.reserve(int(from.daysTo(to)) + 1);
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        CalendarDay day{date, DayKind::Service, QString()};
        const Year *year = nullptr;
        for (const Year &y : std::as_const(years))
            if (y.start <= date && date <= y.end)
                year = &y;
        const QList<int> week = !weekdays.isEmpty() ? weekdays
                                : year              ? weekOfYear.value(year->id, commonWeek.value())
                                                    : commonWeek.value();
        day.inSchoolWeek = week.contains(date.dayOfWeek());
        if (!year) {
            day.kind = DayKind::OutsideSchoolYear;
            day.reason = tr("outside the school year");
        } else if (publicDays.contains(date)) {
            day.kind = DayKind::PublicHoliday;
            day.reason = publicDays.value(date);
        } else {
            for (const Period &p : std::as_const(periods)) {
                if (p.first <= date && date <= p.last &&
                    (day.kind == DayKind::Service || p.kind == DayKind::Closure)) {
                    day.kind = p.kind;
                    day.reason = p.label;
                }
            }
            if (day.kind == DayKind::Service && !day.inSchoolWeek) {
                day.kind = DayKind::WeekdayOff;
                day.reason = french.dayName(date.dayOfWeek());
            }
        }
        result += day;
    }
    return result;
}

Result<CalendarDay> SchoolCalendar::day(const QDate &date, qint64 schoolId) const
{
    auto one = days(date, date, schoolId);
    if (!one)
        return one.error();
    return one.value().constFirst();
}

Result<qint64> SchoolCalendar::schoolIdByName(const QString &name) const
{
    QSqlQuery q(m_session.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM school WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (Status s = execOrError(q); !s)
        return s.error();
    if (!q.next())
        return Error::of(
            tr("There is no school named \"%1\". Check its name under the family files' schools.")
                .arg(name.trimmed()));
    return q.value(0).toLongLong();
}

} // namespace guichet
