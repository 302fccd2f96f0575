#include "LocalTimeInformation.h"

namespace wristdoc {

namespace {

constexpr int kQuarterHourSeconds = 15 * 60;

bool isDstOffset(int value) {
    return value == 0 || value == 2 || value == 4 || value == 8;
}

} // namespace

LocalTimeInformation LocalTimeInformation::fromTimeZone(const QTimeZone &zone,
                                                        const QDateTime &at) {
    LocalTimeInformation value;
    if (!zone.isValid() || !at.isValid())
        return value;
    const int standard = zone.standardTimeOffset(at);
    const int daylight = zone.daylightTimeOffset(at);
    if (standard % kQuarterHourSeconds == 0) {
        const int steps = standard / kQuarterHourSeconds;
        if (steps >= kMinTimeZone && steps <= kMaxTimeZone)
            value.timeZone = steps;
    }
    if (daylight % kQuarterHourSeconds == 0 && isDstOffset(daylight / kQuarterHourSeconds))
        value.dstOffset = daylight / kQuarterHourSeconds;
    return value;
}

CodecError LocalTimeInformation::validate() const {
    if (timeZone != kUnknownTimeZone && (timeZone < kMinTimeZone || timeZone > kMaxTimeZone)) {
        return {CodecError::Code::OutOfRange,
                QStringLiteral("time zone %1 is outside -48..56 quarter hours (-128 for unknown)")
                    .arg(timeZone)};
    }
    if (dstOffset != kUnknownDstOffset && !isDstOffset(dstOffset)) {
        return {
            CodecError::Code::OutOfRange,
            QStringLiteral("DST offset %1 is none of 0, 2, 4, 8 (255 for unknown)").arg(dstOffset)};
    }
    return {};
}

CodecResult<LocalTimeInformation> LocalTimeInformation::decode(QByteArrayView payload) {
    using Result = CodecResult<LocalTimeInformation>;
    if (payload.size() < kSize) {
        return Result::failure(
            CodecError::Code::Truncated,
            QStringLiteral("truncated: local time information is %1 bytes, only %2 given")
                .arg(kSize)
                .arg(payload.size()));
    }
    if (payload.size() > kSize) {
        return Result::failure(
            CodecError::Code::TrailingBytes,
            QStringLiteral("%1 unexpected byte(s) after the %2-byte local time information")
                .arg(payload.size() - kSize)
                .arg(kSize));
    }
    LocalTimeInformation value;
    value.timeZone = static_cast<qint8>(payload[0]);
    value.dstOffset = static_cast<quint8>(payload[1]);
    const CodecError error = value.validate();
    if (error.isError())
        return Result::failure(error);
    return value;
}

CodecResult<QByteArray> LocalTimeInformation::encode() const {
    const CodecError error = validate();
    if (error.isError())
        return CodecResult<QByteArray>::failure(error);
    QByteArray bytes(kSize, '\0');
    bytes[0] = static_cast<char>(static_cast<qint8>(timeZone));
    bytes[1] = static_cast<char>(static_cast<quint8>(dstOffset));
    return bytes;
}

} // namespace wristdoc
