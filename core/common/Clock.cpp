#include "common/Clock.h"

#include <QVariant>

#include <algorithm>

namespace guichet {

QString Clock::nowIso() const
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime StoryClock::nowUtc() const
{
    return m_pinned.isValid() ? m_pinned : QDateTime::currentDateTimeUtc();
}

void StoryClock::pin(const QDateTime &instant)
{
    QDateTime next = std::min(instant.toUTC(), QDateTime::currentDateTimeUtc());
    if (m_pinned.isValid())
        next = std::max(next, m_pinned);
    m_pinned = next;
}

QString isoFromInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime instantFromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : instant;
}

} // namespace guichet
