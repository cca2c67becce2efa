#include "common/CommuneTime.h"

#include "common/Clock.h"

namespace guichet {

namespace {
const QString DateFormat = QStringLiteral("dd/MM/yyyy");
const QString DateTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");
} // namespace

CommuneTime::CommuneTime(const QByteArray &zoneId) : m_zone(zoneId)
{
    if (!m_zone.isValid()) {
        qWarning("Unknown time zone '%s': using %s (install tzdata, or fix the commune setting).",
                 zoneId.constData(), DefaultZone);
        m_zone = QTimeZone(DefaultZone);
    }
}

QDateTime CommuneTime::local(const QDateTime &instant) const
{
    return instant.isValid() ? instant.toTimeZone(m_zone) : QDateTime();
}

QDate CommuneTime::date(const QDateTime &instant) const
{
    return local(instant).date();
}

QDate CommuneTime::today(const Clock &clock) const
{
    return date(clock.nowUtc());
}

QString CommuneTime::dateText(const QDateTime &instant) const
{
    return instant.isValid() ? local(instant).toString(DateFormat) : QString();
}

QString CommuneTime::dateTimeText(const QDateTime &instant) const
{
    return instant.isValid() ? local(instant).toString(DateTimeFormat) : QString();
}

std::pair<QString, QString> CommuneTime::isoRange(const QDate &first, const QDate &last) const
{
    return {isoFromInstant(QDateTime(first, QTime(0, 0), m_zone)),
            isoFromInstant(QDateTime(last.addDays(1), QTime(0, 0), m_zone))};
}

QString frenchDate(const QDate &date)
{
    return date.isValid() ? date.toString(DateFormat) : QString();
}

QDate parseFrenchDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "ddMMyyyy", "yyyy-MM-dd"}) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace guichet
