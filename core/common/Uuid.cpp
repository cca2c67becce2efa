#include "common/Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace guichet {

QString createUuidV7()
{
    std::array<quint8, 16> bytes{};
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (40 - 8 * i));
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data() + 8), 2);
    const quint32 r = QRandomGenerator::system()->generate();
    bytes[6] = quint8(0x70 | ((r >> 8) & 0x0F)); // version 7
    bytes[7] = quint8(r);
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // variant 10
    QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace guichet
