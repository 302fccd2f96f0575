#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wristdoc {

// Battery Level, characteristic 0x2A19 of the Battery service 0x180F (read, notify): one byte,
// a percentage 0-100.
struct BatteryLevel {
    int percent = 0;

    // Exactly one byte; 101-255 is OutOfRange, an extra byte TrailingBytes.
    static CodecResult<BatteryLevel> decode(QByteArrayView payload);
    // Fails for a percentage outside 0-100.
    CodecResult<QByteArray> encode() const;

    bool operator==(const BatteryLevel &other) const { return percent == other.percent; }
    bool operator!=(const BatteryLevel &other) const { return !(*this == other); }
};

} // namespace wristdoc
