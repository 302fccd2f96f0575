#include "CurrentTime.h"

#include "ByteReader.h"
#include "ByteWriter.h"

namespace wristdoc {

namespace {

CodecError outOfRange(const QString &message) {
    return CodecError{CodecError::Code::OutOfRange, message};
}

CodecError rangeError(const char *field, int value, const char *range) {
    return outOfRange(QStringLiteral("%1 %2 is outside %3")
                          .arg(QLatin1String(field))
                          .arg(value)
                          .arg(QLatin1String(range)));
}

// Days in a month when the year is unknown: 29 for February, so that 29 February is accepted.
int maxDay(int year, int month) {
    if (year == 0)
        return month == 2 ? 29 : QDate(2000, month, 1).daysInMonth();
    return QDate(year, month, 1).daysInMonth();
}

} // namespace

QDateTime CurrentTime::toDateTime(const QTimeZone &zone) const {
    if (!hasDate() || validate().isError())
        return {};
    const QDate date(year, month, day);
    const QTime time(hours, minutes, seconds, fractions256 * 1000 / 256);
    return QDateTime(date, time, zone);
}

CurrentTime CurrentTime::fromDateTime(const QDateTime &dateTime, int adjustReason) {
    CurrentTime value;
    value.adjustReason = adjustReason;
    if (!dateTime.isValid())
        return value;
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hours = time.hour();
    value.minutes = time.minute();
    value.seconds = time.second();
    value.dayOfWeek = date.dayOfWeek();
    value.fractions256 = time.msec() * 256 / 1000;
    return value;
}

CodecError CurrentTime::validate() const {
    if (year != 0 && (year < kMinYear || year > kMaxYear))
        return rangeError("year", year, "1582-9999 (0 for unknown)");
    if (month < 0 || month > 12)
        return rangeError("month", month, "1-12 (0 for unknown)");
    if (day < 0 || day > 31)
        return rangeError("day", day, "1-31 (0 for unknown)");
    if (hours < 0 || hours > 23)
        return rangeError("hours", hours, "0-23");
    if (minutes < 0 || minutes > 59)
        return rangeError("minutes", minutes, "0-59");
    if (seconds < 0 || seconds > 59)
        return rangeError("seconds", seconds, "0-59");
    if (dayOfWeek < 0 || dayOfWeek > 7)
        return rangeError("day of week", dayOfWeek, "1-7 (0 for unknown)");
    if (fractions256 < 0 || fractions256 > 255)
        return rangeError("fractions256", fractions256, "0-255");
    if (adjustReason < 0 || adjustReason > 255)
        return rangeError("adjust reason", adjustReason, "0-255");
    if (month != 0 && day != 0 && day > maxDay(year, month)) {
        const QString date = year == 0 ? QStringLiteral("day %1 of month %2").arg(day).arg(month)
                                       : QStringLiteral("%1-%2-%3")
                                             .arg(year, 4, 10, QLatin1Char('0'))
                                             .arg(month, 2, 10, QLatin1Char('0'))
                                             .arg(day, 2, 10, QLatin1Char('0'));
        return CodecError{CodecError::Code::InvalidDate,
                          QStringLiteral("%1 is not a calendar date").arg(date)};
    }
    return {};
}

CodecResult<CurrentTime> CurrentTime::decode(QByteArrayView payload) {
    using Result = CodecResult<CurrentTime>;
    if (payload.size() < kSize) {
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: current time is %1 bytes, only %2 given")
                                   .arg(kSize)
                                   .arg(payload.size()));
    }
    if (payload.size() > kSize) {
        return Result::failure(
            CodecError::Code::TrailingBytes,
            QStringLiteral("%1 unexpected byte(s) after the %2-byte current time")
                .arg(payload.size() - kSize)
                .arg(kSize));
    }
    ByteReader reader(payload);
    quint16 year = 0;
    quint8 fields[8] = {};
    reader.readU16(&year); // lengths were checked above
    for (quint8 &field : fields)
        reader.readU8(&field);
    CurrentTime value;
    value.year = year;
    value.month = fields[0];
    value.day = fields[1];
    value.hours = fields[2];
    value.minutes = fields[3];
    value.seconds = fields[4];
    value.dayOfWeek = fields[5];
    value.fractions256 = fields[6];
    value.adjustReason = fields[7];
    const CodecError error = value.validate();
    if (error.isError())
        return Result::failure(error);
    return value;
}

CodecResult<QByteArray> CurrentTime::encode() const {
    const CodecError error = validate();
    if (error.isError())
        return CodecResult<QByteArray>::failure(error);
    ByteWriter writer(kSize);
    writer.writeU16(static_cast<quint16>(year));
    for (const int field :
         {month, day, hours, minutes, seconds, dayOfWeek, fractions256, adjustReason})
        writer.writeU8(static_cast<quint8>(field));
    return writer.bytes();
}

bool CurrentTime::operator==(const CurrentTime &other) const {
    return year == other.year && month == other.month && day == other.day && hours == other.hours &&
           minutes == other.minutes && seconds == other.seconds && dayOfWeek == other.dayOfWeek &&
           fractions256 == other.fractions256 && adjustReason == other.adjustReason;
}

} // namespace wristdoc
