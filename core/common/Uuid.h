#pragma once

#include <QString>

namespace guichet {

class Clock;

// Time-ordered UUID version 7 (RFC 9562): 48-bit Unix milliseconds then random bits, ids of the same
// millisecond in the order they were made, so that ids created by one counter are close in the indexes. Every
// row that may travel to the central database carries one. The milliseconds come from the program's Clock
// (tests fix the day).
QString createUuidV7(const Clock &clock);

} // namespace guichet
