#include "BatteryLevel.h"

#include "ByteReader.h"

namespace wristdoc {

namespace {

constexpr int kMaxPercent = 100;

QString outOfRange(int percent) {
    return QStringLiteral("battery level %1 is outside 0-100 %").arg(percent);
}

} // namespace

CodecResult<BatteryLevel> BatteryLevel::decode(QByteArrayView payload) {
    using Result = CodecResult<BatteryLevel>;
    ByteReader reader(payload);
    quint8 percent = 0;
    if (!reader.readU8(&percent))
        return Result::failure(CodecError::Code::Truncated,
                               reader.shortfall(QStringLiteral("the battery level"), 1));
    if (!reader.atEnd()) {
        return Result::failure(
            CodecError::Code::TrailingBytes,
            QStringLiteral("%1 unexpected byte(s) after the one-byte battery level")
                .arg(reader.remaining()));
    }
    if (percent > kMaxPercent)
        return Result::failure(CodecError::Code::OutOfRange, outOfRange(percent));
    BatteryLevel value;
    value.percent = percent;
    return value;
}

CodecResult<QByteArray> BatteryLevel::encode() const {
    if (percent < 0 || percent > kMaxPercent)
        return CodecResult<QByteArray>::failure(CodecError::Code::OutOfRange, outOfRange(percent));
    return QByteArray(1, static_cast<char>(percent));
}

} // namespace wristdoc
