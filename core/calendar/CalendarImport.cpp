#include "calendar/CalendarImport.h"

#include "common/TextFolding.h"
#include "common/Uuid.h"
#include "commune/CommuneSettings.h"
#include "session/Session.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace guichet {

namespace {

const QTimeZone &paris()
{
    static const QTimeZone zone("Europe/Paris");
    return zone;
}

QByteArray withoutBom(const QByteArray &content)
{
    return content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content;
}

// The zones an event is for, when its text names them ("Vacances d'Hiver - Zone B", "Zones A et C"): their
// letters; empty when it names none (it is for every zone). A zone that is not A, B or C (Corse, Guadeloupe…)
// is returned in 'other'.
QString zonesNamed(const QString &text, QString *other)
{
    static const QRegularExpression zones(
        QStringLiteral("\\bzones?\\s*:?\\s*(\\w+(?:\\s*(?:,|et|and|/)\\s*[ABC]\\b)*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = zones.match(text);
    if (!match.hasMatch())
        return {};
    QString letters;
    static const QRegularExpression letter(QStringLiteral("\\b([ABC])\\b"));
    auto it = letter.globalMatch(match.captured(1));
    while (it.hasNext())
        letters += it.next().captured(1);
    if (letters.isEmpty())
        *other = match.captured(1).trimmed();
    return letters;
}

// "Vacances d'Hiver - Zone B" -> "Vacances d'Hiver".
QString withoutZone(const QString &summary)
{
    static const QRegularExpression zonePart(
        QStringLiteral("\\s*[-–(,]?\\s*zones?\\s*:?\\s*[ABC](\\s*(,|et|/)\\s*[ABC])*\\s*\\)?"),
        QRegularExpression::CaseInsensitiveOption);
    QString label = summary;
    label.remove(zonePart);
    return label.simplified();
}

bool teachersOnly(const QString &text)
{
    return foldText(text).contains(QStringLiteral("enseignant"));
}

bool isRentree(const QString &summary)
{
    return foldText(summary).startsWith(QStringLiteral("rentree"));
}

bool isSummer(const QString &summary)
{
    return foldText(summary).split(QLatin1Char(' ')).contains(QStringLiteral("ete"));
}

// The last day without class of an event ending (exclusively) at 'end': the day before when the end is a date
// or midnight (classes resume that morning), the end's own day otherwise.
QDate lastDayBefore(const QDate &endDate, bool endsAtMidnight)
{
    return endsAtMidnight ? endDate.addDays(-1) : endDate;
}

// An event without an end: the summer lasts until the end of August; any other event, one day (RFC 5545).
QDate lastDayWithoutEnd(const QString &summary, const QDate &first)
{
    return isSummer(summary) ? QDate(first.year(), 8, 31) : first;
}

// Classifies an event; adds it to 'periods' or says why it is left out in 'ignored'.
void keep(const QString &summary, const QString &zoneText, const QString &audience, const QDate &first,
          const QDate &last, const QString &zone, QList<OfficialPeriod> &periods, QStringList *ignored)
{
    const QString label = withoutZone(summary);
    if (teachersOnly(summary) || teachersOnly(audience)) {
        if (ignored)
            *ignored += CalendarImport::tr("%1 (teachers only)").arg(summary);
        return;
    }
    if (isRentree(summary)) {
        if (ignored)
            *ignored += CalendarImport::tr("%1 (the first day of a school year is set under School years)")
                            .arg(summary);
        return;
    }
    QString otherZone;
    const QString zones = zonesNamed(zoneText, &otherZone);
    if ((!zones.isEmpty() && !zones.contains(zone)) || !otherZone.isEmpty()) {
        if (ignored)
            *ignored += CalendarImport::tr("%1 (zone %2)").arg(summary, zones.isEmpty() ? otherZone : zones);
        return;
    }
    // Recorded for the zone it was imported for (common periods too), so that the .ics and the .csv of the
    // same calendar give the same rows and importing one after the other adds nothing.
    const OfficialPeriod period{label, zone, first, last};
    for (const OfficialPeriod &p : std::as_const(periods))
        if (p.label == period.label && p.zone == period.zone && p.first == period.first &&
            p.last == period.last)
            return; // the same period listed again (one row per académie in the CSV)
    periods += period;
}

// ------------------------------------------------------------------------------------------ iCalendar

struct LogicalLine
{
    int number = 0; // physical line where it starts
    QString text;
};

// RFC 5545 unfolding, keeping each logical line's first physical line number (for the messages).
QList<LogicalLine> unfold(const QString &text)
{
    QList<LogicalLine> lines;
    const QStringList physical = text.split(QLatin1Char('\n'));
    for (int i = 0; i < physical.size(); ++i) {
        QString line = physical.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!lines.isEmpty() && (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))))
            lines.last().text += line.mid(1);
        else if (!line.isEmpty())
            lines += LogicalLine{i + 1, line};
    }
    return lines;
}

// "NAME;PARAM=value;PARAM=\"a:b\":value" -> NAME, or empty when the line is not a property.
QString propertyName(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i).isLetterOrNumber() || line.at(i) == QLatin1Char('-')))
        ++i;
    if (i == 0)
        return {};
    const QString name = line.left(i).toUpper();
    bool quoted = false;
    for (; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(':') && !quoted)
            return name;
        else if (i == name.size() && c != QLatin1Char(';'))
            return {};
    }
    return {};
}

// A date (all-day) or a date-time of an iCalendar time as the day it falls on in Paris; whether it is
// midnight.
QDate dayOf(const icaltimetype &time, bool *midnight)
{
    if (time.is_date) {
        *midnight = true;
        return QDate(time.year, time.month, time.day);
    }
    QDateTime local(QDate(time.year, time.month, time.day), QTime(time.hour, time.minute, time.second),
                    paris());
    if (icaltime_is_utc(time))
        local = QDateTime(QDate(time.year, time.month, time.day), QTime(time.hour, time.minute, time.second),
                          QTimeZone::utc())
                    .toTimeZone(paris());
    *midnight = local.time() == QTime(0, 0);
    return local.date();
}

struct IcalFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

// ------------------------------------------------------------------------------------------ CSV

QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            fields += field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields += field;
    return fields;
}

// "2025-10-17T22:00:00+00:00" (an instant: midnight in Paris on the 18th) or "2025-10-18".
QDate csvDay(const QString &text, bool *midnight)
{
    const QString value = text.trimmed();
    if (value.contains(QLatin1Char('T'))) {
        const QDateTime instant = QDateTime::fromString(value, Qt::ISODate);
        if (!instant.isValid())
            return {};
        const QDateTime local = instant.toTimeZone(paris());
        *midnight = local.time() == QTime(0, 0);
        return local.date();
    }
    *midnight = true;
    return QDate::fromString(value, Qt::ISODate);
}

} // namespace

Result<QList<OfficialPeriod>> CalendarImport::parseIcs(const QByteArray &content, const QString &zone,
                                                       QStringList *ignored)
{
    const QByteArray bytes = withoutBom(content);
    const QString text = QString::fromUtf8(bytes);
    const QList<LogicalLine> lines = unfold(text);
    if (lines.isEmpty() ||
        lines.first().text.compare(QStringLiteral("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0)
        return Error::of(
            tr("Line %1: this is not an iCalendar file (it should begin with BEGIN:VCALENDAR). Give the "
               "official .ics or .csv file.")
                .arg(lines.isEmpty() ? 1 : lines.first().number));
    // The structure, checked here so that a damaged file is named by its line (libical would skip it).
    QList<std::pair<QString, int>> open;
    QList<int> eventLines;
    for (const LogicalLine &line : lines) {
        const QString name = propertyName(line.text);
        if (name.isEmpty())
            return Error::of(
                tr("Line %1: \"%2\" is not an iCalendar line (NAME:value). The file is damaged: download "
                   "it again.")
                    .arg(line.number)
                    .arg(line.text.left(60)));
        const QString value = line.text.mid(line.text.indexOf(QLatin1Char(':')) + 1).trimmed().toUpper();
        if (name == QLatin1String("BEGIN")) {
            open += {value, line.number};
            if (value == QLatin1String("VEVENT"))
                eventLines += line.number;
        } else if (name == QLatin1String("END")) {
            if (open.isEmpty() || open.last().first != value)
                return Error::of(
                    tr("Line %1: END:%2 closes nothing that was opened. The file is damaged: download it "
                       "again.")
                        .arg(line.number)
                        .arg(value));
            open.removeLast();
        }
    }
    if (!open.isEmpty())
        return Error::of(
            tr("Line %1: BEGIN:%2 is never closed. The file is damaged or cut short: download it again.")
                .arg(open.last().second)
                .arg(open.last().first));

    std::unique_ptr<icalcomponent, IcalFree> root(icalparser_parse_string(bytes.constData()));
    if (!root)
        return Error::of(tr("The file cannot be read as an iCalendar file. Download it again."));
    QList<OfficialPeriod> periods;
    int index = 0;
    for (icalcomponent *event = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT), ++index) {
        const int lineNumber = eventLines.value(index, 0);
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(event)).trimmed();
        if (icalcomponent_count_errors(event) > 0) {
            icalproperty *error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY);
            qWarning("iCalendar line %d: %s", lineNumber, error ? icalproperty_get_xlicerror(error) : "?");
            return Error::of(
                tr("Line %1: the event \"%2\" has a date or a property that cannot be read. Correct the "
                   "file or download it again; nothing was imported.")
                    .arg(lineNumber)
                    .arg(summary));
        }
        if (summary.isEmpty())
            return Error::of(
                tr("Line %1: an event has no title (SUMMARY); nothing was imported.").arg(lineNumber));
        icalproperty *start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        const icaltimetype startTime = start ? icalproperty_get_dtstart(start) : icaltime_null_time();
        if (!start || icaltime_is_null_time(startTime) || !icaltime_is_valid_time(startTime))
            return Error::of(
                tr("Line %1: the event \"%2\" has no start date (DTSTART); nothing was imported.")
                    .arg(lineNumber)
                    .arg(summary));
        bool startsAtMidnight = true;
        const QDate first = dayOf(startTime, &startsAtMidnight);
        QDate last;
        if (icalproperty *end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
            bool endsAtMidnight = true;
            const QDate endDay = dayOf(icalproperty_get_dtend(end), &endsAtMidnight);
            last = lastDayBefore(endDay, endsAtMidnight);
        } else {
            last = lastDayWithoutEnd(summary, first);
        }
        if (!first.isValid() || !last.isValid() || last < first)
            return Error::of(tr("Line %1: the event \"%2\" ends before it begins; nothing was imported.")
                                 .arg(lineNumber)
                                 .arg(summary));
        const QString zoneText = summary + QLatin1Char(' ') +
                                 QString::fromUtf8(icalcomponent_get_location(event)) + QLatin1Char(' ') +
                                 QString::fromUtf8(icalcomponent_get_description(event));
        keep(summary, zoneText, QString(), first, last, zone, periods, ignored);
    }
    return periods;
}

Result<QList<OfficialPeriod>> CalendarImport::parseCsv(const QByteArray &content, const QString &zone,
                                                       QStringList *ignored)
{
    const QStringList physical = QString::fromUtf8(withoutBom(content)).split(QLatin1Char('\n'));
    int headerLine = 0;
    QStringList header;
    QList<OfficialPeriod> periods;
    int description = -1, population = -1, start = -1, end = -1, zones = -1;
    for (int i = 0; i < physical.size(); ++i) {
        QString line = physical.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = csvFields(line);
        if (header.isEmpty()) {
            header = fields;
            headerLine = i + 1;
            for (int c = 0; c < header.size(); ++c) {
                const QString name = foldText(header.at(c));
                if (name == QLatin1String("description"))
                    description = c;
                else if (name == QLatin1String("population"))
                    population = c;
                else if (name == QLatin1String("date de debut") || name == QLatin1String("start date"))
                    start = c;
                else if (name == QLatin1String("date de fin") || name == QLatin1String("end date"))
                    end = c;
                else if (name == QLatin1String("zones") || name == QLatin1String("zone"))
                    zones = c;
            }
            for (const auto &[column, title] : {std::pair{description, "Description"},
                                                std::pair{start, "Date de début"}, std::pair{zones, "Zones"}})
                if (column < 0)
                    return Error::of(
                        tr("Line %1: the column \"%2\" is missing: is this the Éducation nationale's "
                           "calendar export (';' between fields)?")
                            .arg(headerLine)
                            .arg(QString::fromUtf8(title)));
            continue;
        }
        if (fields.size() != header.size())
            return Error::of(tr("Line %1: %2 fields where the header (line %3) has %4; nothing was imported.")
                                 .arg(i + 1)
                                 .arg(fields.size())
                                 .arg(headerLine)
                                 .arg(header.size()));
        const QString summary = fields.at(description).trimmed();
        bool startsAtMidnight = true;
        const QDate first = csvDay(fields.at(start), &startsAtMidnight);
        if (!first.isValid())
            return Error::of(
                tr("Line %1: \"%2\" is not a date; nothing was imported.").arg(i + 1).arg(fields.at(start)));
        QDate last;
        const QString endText = end >= 0 ? fields.at(end).trimmed() : QString();
        if (endText.isEmpty()) {
            last = lastDayWithoutEnd(summary, first);
        } else {
            bool endsAtMidnight = true;
            const QDate endDay = csvDay(endText, &endsAtMidnight);
            if (!endDay.isValid())
                return Error::of(
                    tr("Line %1: \"%2\" is not a date; nothing was imported.").arg(i + 1).arg(endText));
            last = lastDayBefore(endDay, endsAtMidnight);
        }
        if (last < first)
            return Error::of(
                tr("Line %1: \"%2\" ends before it begins; nothing was imported.").arg(i + 1).arg(summary));
        // The column holds the zone itself ("Zone B", or "Corse" for an académie outside the three zones).
        QString zoneColumn = fields.at(zones).trimmed();
        if (!zoneColumn.isEmpty() && !foldText(zoneColumn).startsWith(QStringLiteral("zone")))
            zoneColumn.prepend(QStringLiteral("Zone "));
        keep(summary, zoneColumn, population >= 0 ? fields.at(population) : QString(), first, last, zone,
             periods, ignored);
    }
    if (header.isEmpty())
        return Error::of(tr("The file is empty: give the official .ics or .csv file."));
    return periods;
}

Result<CalendarImportReport> CalendarImport::importFile(const QString &path, const QString &zone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(
            tr("The file %1 cannot be read (%2). Check its name and place.").arg(path, file.errorString()));
    return importContent(file.readAll(), zone);
}

Result<CalendarImportReport> CalendarImport::importContent(const QByteArray &content, const QString &zone)
{
    QString target = zone.trimmed().toUpper();
    if (target.isEmpty()) {
        const auto own = m_session.commune().schoolZone();
        if (!own)
            return own.error();
        target = own.value();
    }
    if (target != QLatin1String("A") && target != QLatin1String("B") && target != QLatin1String("C"))
        return Error::of(tr("The zone is A, B or C (Saint-Omer: B), not \"%1\".").arg(zone));

    CalendarImportReport report;
    const bool ics = withoutBom(content).trimmed().toUpper().startsWith("BEGIN:VCALENDAR");
    const auto periods =
        ics ? parseIcs(content, target, &report.ignored) : parseCsv(content, target, &report.ignored);
    if (!periods)
        return periods.error();

    Database &db = m_session.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.status().error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO calendar_period (uuid, origin_site, kind, zone, label, first_day, "
        "last_day, source, updated_at) VALUES (?, ?, 'holiday', ?, ?, ?, ?, 'import', ?)"));
    const QString now = db.clock().nowIso();
    for (const OfficialPeriod &p : periods.value()) {
        bindAll(q, {createUuidV7(db.clock()), db.siteId(), p.zone, p.label, p.first.toString(Qt::ISODate),
                    p.last.toString(Qt::ISODate), now});
        if (Status s = execOrError(q); !s)
            return s.error();
        (q.numRowsAffected() == 1 ? report.added : report.alreadyThere) += 1;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}

} // namespace guichet
