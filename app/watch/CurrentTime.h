#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QTimeZone>

namespace wristdoc {

// Current Time, characteristic 0x2A2B of the Current Time service 0x1805 (read, write, notify):
// Exact Time 256 (year uint16, month, day, hours, minutes, seconds, day of week, fractions of
// 1/256 s) followed by the adjust-reason bits; 10 bytes. The time is the watch's local time.
struct CurrentTime {
    enum AdjustReason : quint8 {
        ManualUpdate = 0x01,
        ExternalReference = 0x02,
        TimeZoneChange = 0x04,
        DstChange = 0x08,
    };

    static constexpr int kSize = 10;
    static constexpr int kMinYear = 1582;
    static constexpr int kMaxYear = 9999;

    int year = 0;         // 1582-9999, 0 unknown
    int month = 0;        // 1-12, 0 unknown
    int day = 0;          // 1-31, 0 unknown
    int hours = 0;        // 0-23
    int minutes = 0;      // 0-59
    int seconds = 0;      // 0-59
    int dayOfWeek = 0;    // 1 = Monday ... 7 = Sunday, 0 unknown (Qt::DayOfWeek numbering)
    int fractions256 = 0; // 0-255, in 1/256 s
    int adjustReason = 0; // AdjustReason bits; bits 4-7 are reserved and kept as they came

    // Year, month and day all known.
    bool hasDate() const { return year != 0 && month != 0 && day != 0; }

    // The same wall-clock reading in zone; invalid when the date is not known. Fractions
    // become milliseconds (rounded down).
    QDateTime toDateTime(const QTimeZone &zone) const;
    // The wall-clock reading of dateTime in its own time spec; convert it to the watch's zone
    // first. Milliseconds become fractions (rounded down); the weekday follows the date.
    static CurrentTime fromDateTime(const QDateTime &dateTime, int adjustReason = 0);

    // Exactly kSize bytes. Refuses out-of-range fields (month 13, hours 24, weekday 8, year 1000)
    // and known dates that do not exist (2025-02-29). A weekday that does not match the date is
    // kept as it came: the date is what WristDoc uses.
    static CodecResult<CurrentTime> decode(QByteArrayView payload);
    // Fails for the values decode() would refuse.
    CodecResult<QByteArray> encode() const;
    // The reason decode()/encode() would refuse these fields; Code::None when they are valid.
    CodecError validate() const;

    bool operator==(const CurrentTime &other) const;
    bool operator!=(const CurrentTime &other) const { return !(*this == other); }
};

} // namespace wristdoc
