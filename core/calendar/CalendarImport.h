#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class Session;

// A period without classes read from an official file.
struct OfficialPeriod
{
    QString label; // "Vacances de la Toussaint"
    QString zone;  // the zone it was imported for: "A", "B" or "C"
    QDate first;   // first day without class
    QDate last;    // last day without class (both included)
};

struct CalendarImportReport
{
    int added = 0;        // periods new to the database
    int alreadyThere = 0; // the same period imported before (re-importing changes nothing)
    QStringList ignored;  // "Rentrée scolaire des enseignants (teachers only)", "… (zone A)"
};

// Imports the school holidays the Éducation nationale publishes, for the commune's zone: its iCalendar files
// (.ics, read with libical: folded lines, escaped text, all-day dates, a time zone block; the summer holiday
// has no end) or its open-data CSV export (';', UTF-8 with a BOM, dates as UTC instants meaning midnight in
// Paris). Events for teachers only and for other zones are left out and listed. A malformed file is refused
// with a message naming its line, and nothing is imported; importing the same file again adds nothing.
class CalendarImport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarImport)

public:
    explicit CalendarImport(Session &session) : m_session(session) {}

    // 'zone' empty: the commune's (setting school_zone).
    Result<CalendarImportReport> importFile(const QString &path, const QString &zone = {});
    Result<CalendarImportReport> importContent(const QByteArray &content, const QString &zone = {});

    static Result<QList<OfficialPeriod>> parseIcs(const QByteArray &content, const QString &zone,
                                                  QStringList *ignored);
    static Result<QList<OfficialPeriod>> parseCsv(const QByteArray &content, const QString &zone,
                                                  QStringList *ignored);

private:
    Session &m_session;
};

} // namespace guichet
