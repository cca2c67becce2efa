#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace guichet {

class Clock;

// The commune's wall clock: the calendar day and time of day of an instant in the commune's time
// zone (a commune setting, Europe/Paris by default), never the machine's. Document dates, number
// years, school days and deadlines all go through here: at 23:30 UTC on 31 December it is already
// 1 January in Saint-Omer, whatever the TZ of the process.
class CommuneTime
{
public:
    static constexpr const char *DefaultZone = "Europe/Paris";

    // An unknown zone id falls back to Europe/Paris (and says so in the log).
    explicit CommuneTime(const QByteArray &zoneId = DefaultZone);

    QTimeZone zone() const { return m_zone; }
    QDateTime local(const QDateTime &instant) const;
    QDate date(const QDateTime &instant) const;
    QDate today(const Clock &clock) const;

    QString dateText(const QDateTime &instant) const;     // "31/12/2026"
    QString dateTimeText(const QDateTime &instant) const; // "31/12/2026 23:30"
    // The stored UTC instants [first day 00:00, day after the last 00:00) of the commune's days, for queries.
    std::pair<QString, QString> isoRange(const QDate &first, const QDate &last) const;

private:
    QTimeZone m_zone;
};

// Dates as the French write them: 31/12/2026. Empty for an invalid date.
QString frenchDate(const QDate &date);
// Reads 31/12/2026, 1/2/2027, 31.12.2026, 31122026 or 2026-12-31; an invalid QDate otherwise.
QDate parseFrenchDate(const QString &text);

} // namespace guichet
