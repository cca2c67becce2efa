#include "common/Clock.h"

#include <QVariant>

namespace guichet {

QString Clock::nowIso() const
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime instantFromIso(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : instant;
}

} // namespace guichet
