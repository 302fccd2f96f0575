#include "HeartRateMeasurement.h"

#include "ByteReader.h"
#include "ByteWriter.h"

namespace wristdoc {

namespace {

using Result = CodecResult<HeartRateMeasurement>;

} // namespace

QVector<double> HeartRateMeasurement::rrIntervalsMs() const {
    QVector<double> result;
    result.reserve(rrIntervals.size());
    for (const quint16 raw : rrIntervals)
        result.append(rrToMs(raw));
    return result;
}

Result HeartRateMeasurement::decode(QByteArrayView payload) {
    // No attribute is longer; refusing here also keeps decode and encode in agreement (found by
    // fuzz/HeartRateMeasurementFuzzer.cpp with a 513-byte payload).
    if (payload.size() > kMaxPayload) {
        return Result::failure(CodecError::Code::TooLong,
                               QStringLiteral("%1-byte heart rate measurement; an attribute holds "
                                              "at most %2 bytes")
                                   .arg(payload.size())
                                   .arg(kMaxPayload));
    }
    ByteReader reader(payload);
    quint8 flags = 0;
    if (!reader.readU8(&flags))
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: empty payload; a heart rate "
                                              "measurement has at least a flags byte and a rate"));
    HeartRateMeasurement value;
    value.rate16Bit = (flags & kFlagRate16Bit) != 0;
    if (value.rate16Bit) {
        if (!reader.readU16(&value.bpm))
            return Result::failure(CodecError::Code::Truncated,
                                   reader.shortfall(QStringLiteral("the 16-bit heart rate"), 2));
    } else {
        quint8 bpm = 0;
        if (!reader.readU8(&bpm))
            return Result::failure(CodecError::Code::Truncated,
                                   reader.shortfall(QStringLiteral("the 8-bit heart rate"), 1));
        value.bpm = bpm;
    }
    if (flags & kFlagContactSupported) {
        value.sensorContact =
            (flags & kFlagContactDetected) ? SensorContact::Detected : SensorContact::NotDetected;
    }
    if (flags & kFlagEnergyExpended) {
        quint16 energy = 0;
        if (!reader.readU16(&energy))
            return Result::failure(CodecError::Code::Truncated,
                                   reader.shortfall(QStringLiteral("energy expended"), 2));
        value.energyExpendedKj = energy;
    }
    if (flags & kFlagRrIntervals) {
        if (reader.remaining() % 2 != 0) {
            return Result::failure(
                CodecError::Code::OddRrLength,
                QStringLiteral("the RR-interval field from offset %1 is %2 bytes, not a whole "
                               "number of 2-byte intervals")
                    .arg(reader.position())
                    .arg(reader.remaining()));
        }
        value.rrIntervals.reserve(reader.remaining() / 2);
        quint16 rr = 0;
        while (reader.readU16(&rr))
            value.rrIntervals.append(rr);
    }
    if (!reader.atEnd()) {
        return Result::failure(CodecError::Code::TrailingBytes,
                               QStringLiteral("%1 unexpected byte(s) from offset %2: the flags "
                                              "(0x%3) announce no further field")
                                   .arg(reader.remaining())
                                   .arg(reader.position())
                                   .arg(uint(flags), 2, 16, QLatin1Char('0')));
    }
    return value;
}

CodecResult<QByteArray> HeartRateMeasurement::encode() const {
    const bool wide = rate16Bit || bpm > 0xFF;
    const qsizetype size =
        1 + (wide ? 2 : 1) + (energyExpendedKj ? 2 : 0) + 2 * qsizetype(rrIntervals.size());
    if (size > kMaxPayload) {
        return CodecResult<QByteArray>::failure(
            CodecError::Code::TooLong,
            QStringLiteral("%1 RR intervals make a %2-byte payload; an attribute holds at most %3")
                .arg(rrIntervals.size())
                .arg(size)
                .arg(kMaxPayload));
    }
    quint8 flags = 0;
    if (wide)
        flags |= kFlagRate16Bit;
    if (sensorContact != SensorContact::NotSupported)
        flags |= kFlagContactSupported;
    if (sensorContact == SensorContact::Detected)
        flags |= kFlagContactDetected;
    if (energyExpendedKj)
        flags |= kFlagEnergyExpended;
    if (!rrIntervals.isEmpty())
        flags |= kFlagRrIntervals;

    ByteWriter writer(size);
    writer.writeU8(flags);
    if (wide)
        writer.writeU16(bpm);
    else
        writer.writeU8(static_cast<quint8>(bpm));
    if (energyExpendedKj)
        writer.writeU16(*energyExpendedKj);
    for (const quint16 rr : rrIntervals)
        writer.writeU16(rr);
    return writer.bytes();
}

bool HeartRateMeasurement::operator==(const HeartRateMeasurement &other) const {
    return bpm == other.bpm && rate16Bit == other.rate16Bit &&
           sensorContact == other.sensorContact && energyExpendedKj == other.energyExpendedKj &&
           rrIntervals == other.rrIntervals;
}

} // namespace wristdoc
