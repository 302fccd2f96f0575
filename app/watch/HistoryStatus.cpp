#include "HistoryStatus.h"

#include "ByteReader.h"
#include "ByteWriter.h"

namespace wristdoc {

CodecError HistoryStatus::validate() const {
    if (historyId == 0)
        return {CodecError::Code::OutOfRange,
                QStringLiteral("history id 0 is reserved; a watch's history id is never 0")};
    if ((oldestSequence == 0) != (newestSequence == 0)) {
        return {CodecError::Code::Inconsistent,
                QStringLiteral("oldest sequence %1 with newest %2: an empty history has both 0")
                    .arg(oldestSequence)
                    .arg(newestSequence)};
    }
    if (oldestSequence > newestSequence) {
        return {CodecError::Code::Inconsistent,
                QStringLiteral("oldest sequence %1 is after the newest, %2")
                    .arg(oldestSequence)
                    .arg(newestSequence)};
    }
    return {};
}

CodecResult<HistoryStatus> HistoryStatus::decode(QByteArrayView payload) {
    using Result = CodecResult<HistoryStatus>;
    ByteReader reader(payload);
    quint8 version = 0;
    if (!reader.readU8(&version))
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: empty history status"));
    if (version != kFormatVersion) {
        return Result::failure(CodecError::Code::UnknownOpcode,
                               QStringLiteral("history status format %1; this version reads %2")
                                   .arg(version)
                                   .arg(kFormatVersion));
    }
    if (payload.size() < kSize) {
        return Result::failure(
            CodecError::Code::Truncated,
            QStringLiteral("truncated: history status is %1 bytes, only %2 given")
                .arg(kSize)
                .arg(payload.size()));
    }
    if (payload.size() > kSize) {
        return Result::failure(CodecError::Code::TrailingBytes,
                               QStringLiteral("%1 unexpected byte(s) after the %2-byte status")
                                   .arg(payload.size() - kSize)
                                   .arg(kSize));
    }
    HistoryStatus value;
    reader.readU32(&value.historyId);
    reader.readU32(&value.oldestSequence);
    reader.readU32(&value.newestSequence);
    const CodecError error = value.validate();
    if (error.isError())
        return Result::failure(error);
    return value;
}

CodecResult<QByteArray> HistoryStatus::encode() const {
    const CodecError error = validate();
    if (error.isError())
        return CodecResult<QByteArray>::failure(error);
    ByteWriter writer(kSize);
    writer.writeU8(kFormatVersion);
    writer.writeU32(historyId);
    writer.writeU32(oldestSequence);
    writer.writeU32(newestSequence);
    return writer.bytes();
}

} // namespace wristdoc
