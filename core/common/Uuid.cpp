#include "common/Uuid.h"

#include "common/Clock.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>
#include <mutex>

namespace guichet {

namespace {

// The last id made in this program: its millisecond and its 74 bits after the time (12 then 62).
struct LastId
{
    std::mutex mutex;
    bool made = false;
    quint64 ms = 0, high = 0, low = 0;
};

constexpr quint64 LowBits = (quint64(1) << 62) - 1;

} // namespace

QString createUuidV7(const Clock &clock)
{
    const quint64 ms = quint64(clock.nowUtc().toMSecsSinceEpoch());
    // One draw for the random bits: the securely seeded generator, not a system call per byte (a year of
    // bookings makes millions of uuids).
    std::array<quint32, 3> random{};
    QRandomGenerator::global()->fillRange(random.data(), qsizetype(random.size()));
    // Within one millisecond each id follows the one before by a random step (RFC 9562, 6.2, method 2): the
    // ids a counter makes sort in the order it made them, even under a clock that stands still (the demo's
    // story, a test's fixed day), so a row's key sorts after the keys of the rows it names. A new millisecond
    // starts in the lower half of the 74 bits: more ids than a millisecond can make fit above it.
    quint64 high = 0, low = 0;
    {
        static LastId last;
        const std::lock_guard<std::mutex> lock(last.mutex);
        if (last.made && last.ms == ms) {
            last.low += 1 + quint64(random[0]);
            last.high += last.low >> 62;
            last.low &= LowBits;
        } else {
            last.made = true;
            last.ms = ms;
            last.high = random[0] & 0x7FF;
            last.low = (quint64(random[1]) << 32 | random[2]) & LowBits;
        }
        high = last.high;
        low = last.low;
    }
    std::array<quint8, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (40 - 8 * i));
    bytes[6] = quint8(0x70 | ((high >> 8) & 0x0F)); // version 7
    bytes[7] = quint8(high);
    bytes[8] = quint8(0x80 | ((low >> 56) & 0x3F)); // variant 10
    for (int i = 9; i < 16; ++i)
        bytes[size_t(i)] = quint8(low >> (8 * (15 - i)));
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace guichet
