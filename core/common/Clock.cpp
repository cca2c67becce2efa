#include "common/Clock.h"

namespace guichet {

QString Clock::nowIso() const
{
    return nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace guichet
