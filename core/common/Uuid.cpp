#include "common/Uuid.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace guichet {

QString createUuidV7(const Clock &clock)
{
    std::array<quint8, 16> bytes{};
    const quint64 ms = quint64(clock.nowUtc().toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (40 - 8 * i));
    // One draw for the ten random bytes: the securely seeded generator, not a system call per byte (a year
    // of bookings makes millions of uuids).
    std::array<quint32, 3> random{};
    QRandomGenerator::global()->fillRange(random.data(), qsizetype(random.size()));
    for (size_t i = 6; i < bytes.size(); ++i)
        bytes[i] = quint8(random[(i - 6) / 4] >> (8 * ((i - 6) % 4)));
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // variant 10
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace guichet
