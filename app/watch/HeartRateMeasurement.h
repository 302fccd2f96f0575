#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <optional>

namespace wristdoc {

// Heart Rate Measurement, characteristic 0x2A37 of the Heart Rate service 0x180D (notify).
// Layout in docs/watch-profile.md: flags, uint8 or uint16 rate, optional uint16 energy expended
// in kJ, then the rest of the payload as uint16 RR intervals in 1/1024 s.
struct HeartRateMeasurement {
    enum class SensorContact {
        NotSupported, // flags bit 2 clear: the sensor cannot tell (not "no contact")
        NotDetected,  // bit 2 set, bit 1 clear
        Detected,     // bits 2 and 1 set
    };

    static constexpr quint8 kFlagRate16Bit = 0x01;
    static constexpr quint8 kFlagContactDetected = 0x02;
    static constexpr quint8 kFlagContactSupported = 0x04;
    static constexpr quint8 kFlagEnergyExpended = 0x08;
    static constexpr quint8 kFlagRrIntervals = 0x10;
    // The largest attribute value ATT allows; an encoder that needs more has too many RR values.
    static constexpr int kMaxPayload = 512;
    // A sensor that has counted 65535 kJ keeps sending this until the count is reset.
    static constexpr quint16 kEnergyExpendedSaturated = 0xFFFF;

    quint16 bpm = 0;
    bool rate16Bit = false; // sent as uint16 even though it fits in a byte (encoders keep it)
    SensorContact sensorContact = SensorContact::NotSupported;
    std::optional<quint16> energyExpendedKj;
    QVector<quint16> rrIntervals; // units of 1/1024 s, oldest first

    // RR intervals in milliseconds, exact (raw * 1000 / 1024 has at most seven decimals).
    QVector<double> rrIntervalsMs() const;
    static double rrToMs(quint16 raw) { return raw * 1000.0 / 1024.0; }

    // Refuses: an empty payload, a 16-bit rate with one byte, energy expended cut short, an RR
    // field of odd length, more than kMaxPayload bytes. Reserved flag bits 5-7 are ignored. An RR
    // flag with no RR bytes is tolerated (an empty list), as some sensors send it between beats.
    static CodecResult<HeartRateMeasurement> decode(QByteArrayView payload);
    // Uses a 16-bit rate when rate16Bit is set or bpm > 255; fails only above kMaxPayload.
    CodecResult<QByteArray> encode() const;

    bool operator==(const HeartRateMeasurement &other) const;
    bool operator!=(const HeartRateMeasurement &other) const { return !(*this == other); }
};

} // namespace wristdoc
