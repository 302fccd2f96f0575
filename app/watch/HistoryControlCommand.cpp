#include "HistoryControlCommand.h"

#include "ByteReader.h"
#include "ByteWriter.h"

namespace wristdoc {

namespace {

using Result = CodecResult<HistoryControlCommand>;

int sizeOf(HistoryControlCommand::Opcode opcode) {
    switch (opcode) {
    case HistoryControlCommand::Opcode::RequestFrom:
        return HistoryControlCommand::kRequestFromSize;
    case HistoryControlCommand::Opcode::Acknowledge:
        return HistoryControlCommand::kAcknowledgeSize;
    case HistoryControlCommand::Opcode::Abort:
        return HistoryControlCommand::kAbortSize;
    }
    return 0;
}

QString nameOf(HistoryControlCommand::Opcode opcode) {
    switch (opcode) {
    case HistoryControlCommand::Opcode::RequestFrom:
        return QStringLiteral("request-from");
    case HistoryControlCommand::Opcode::Acknowledge:
        return QStringLiteral("acknowledge");
    case HistoryControlCommand::Opcode::Abort:
        return QStringLiteral("abort");
    }
    return QString();
}

CodecError check(const HistoryControlCommand &command) {
    if (sizeOf(command.opcode) == 0) {
        return {CodecError::Code::UnknownOpcode,
                QStringLiteral("unknown control point opcode 0x%1")
                    .arg(uint(static_cast<quint8>(command.opcode)), 2, 16, QLatin1Char('0'))};
    }
    if (command.opcode != HistoryControlCommand::Opcode::Abort && command.sequence == 0) {
        return {CodecError::Code::OutOfRange,
                QStringLiteral("%1 with sequence 0, which is reserved; the first record is 1")
                    .arg(nameOf(command.opcode))};
    }
    return {};
}

} // namespace

HistoryControlCommand HistoryControlCommand::requestFrom(quint32 sequence, quint32 historyId) {
    return {Opcode::RequestFrom, sequence, historyId};
}

HistoryControlCommand HistoryControlCommand::acknowledge(quint32 sequence) {
    return {Opcode::Acknowledge, sequence, 0};
}

HistoryControlCommand HistoryControlCommand::abort() {
    return {Opcode::Abort, 0, 0};
}

Result HistoryControlCommand::decode(QByteArrayView payload) {
    ByteReader reader(payload);
    quint8 opcode = 0;
    if (!reader.readU8(&opcode))
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: empty control point write"));
    HistoryControlCommand command;
    command.opcode = static_cast<Opcode>(opcode);
    const int size = sizeOf(command.opcode);
    if (size == 0)
        return Result::failure(check(command));
    if (payload.size() < size) {
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: %1 is %2 bytes, only %3 given")
                                   .arg(nameOf(command.opcode))
                                   .arg(size)
                                   .arg(payload.size()));
    }
    if (payload.size() > size) {
        return Result::failure(CodecError::Code::TrailingBytes,
                               QStringLiteral("%1 unexpected byte(s) after the %2-byte %3")
                                   .arg(payload.size() - size)
                                   .arg(size)
                                   .arg(nameOf(command.opcode)));
    }
    if (command.opcode != Opcode::Abort)
        reader.readU32(&command.sequence);
    if (command.opcode == Opcode::RequestFrom)
        reader.readU32(&command.historyId);
    const CodecError error = check(command);
    if (error.isError())
        return Result::failure(error);
    return command;
}

CodecResult<QByteArray> HistoryControlCommand::encode() const {
    const CodecError error = check(*this);
    if (error.isError())
        return CodecResult<QByteArray>::failure(error);
    ByteWriter writer(sizeOf(opcode));
    writer.writeU8(static_cast<quint8>(opcode));
    if (opcode != Opcode::Abort)
        writer.writeU32(sequence);
    if (opcode == Opcode::RequestFrom)
        writer.writeU32(historyId);
    return writer.bytes();
}

bool HistoryControlCommand::operator==(const HistoryControlCommand &other) const {
    return opcode == other.opcode && sequence == other.sequence && historyId == other.historyId;
}

} // namespace wristdoc
