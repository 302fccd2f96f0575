#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace wristdoc {

// Local Time Information, characteristic 0x2A0F of the Current Time service 0x1805 (read,
// write): the zone of the watch's wall clock. With it the watch turns the local time written to
// 0x2A2B into the UTC minutes its history records carry.
//   time zone  sint8: standard-time offset from UTC in 15-minute steps, -48..+56; -128 unknown
//   DST offset uint8: 0 standard time, 2 (+0.5 h), 4 (+1 h), 8 (+2 h) in 15-minute steps; 255
//                     unknown
struct LocalTimeInformation {
    static constexpr int kSize = 2;
    static constexpr int kUnknownTimeZone = -128;
    static constexpr int kMinTimeZone = -48; // UTC-12:00
    static constexpr int kMaxTimeZone = 56;  // UTC+14:00
    static constexpr int kUnknownDstOffset = 255;

    int timeZone = kUnknownTimeZone;
    int dstOffset = kUnknownDstOffset;

    bool isKnown() const { return timeZone != kUnknownTimeZone && dstOffset != kUnknownDstOffset; }
    // Offset of the wall clock from UTC in minutes, DST included; 0 when not known.
    int utcOffsetMinutes() const { return isKnown() ? (timeZone + dstOffset) * 15 : 0; }

    // The zone's offsets at the instant at. Unknown fields where the zone cannot be expressed
    // (an offset that is not whole quarter hours, a DST shift other than 0.5, 1 or 2 hours).
    static LocalTimeInformation fromTimeZone(const QTimeZone &zone, const QDateTime &at);

    // Exactly kSize bytes; refuses a time zone outside -48..+56 (other than -128) and a DST
    // offset other than 0, 2, 4, 8 or 255.
    static CodecResult<LocalTimeInformation> decode(QByteArrayView payload);
    CodecResult<QByteArray> encode() const;
    CodecError validate() const;

    bool operator==(const LocalTimeInformation &other) const {
        return timeZone == other.timeZone && dstOffset == other.dstOffset;
    }
    bool operator!=(const LocalTimeInformation &other) const { return !(*this == other); }
};

} // namespace wristdoc
