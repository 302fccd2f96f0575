#pragma once

#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace wristdoc {

// The UUIDs of the GATT profile WristDoc speaks (docs/watch-profile.md). QUuid rather than
// QBluetoothUuid so that the codecs stay QtCore only; QBluetoothUuid converts from QUuid.
class WatchProfile {
public:
    // Services and characteristics the Bluetooth SIG assigns (16-bit short forms).
    static constexpr quint16 kHeartRateService = 0x180D;
    static constexpr quint16 kHeartRateMeasurement = 0x2A37;
    static constexpr quint16 kBatteryService = 0x180F;
    static constexpr quint16 kBatteryLevel = 0x2A19;
    static constexpr quint16 kDeviceInformationService = 0x180A;
    static constexpr quint16 kManufacturerName = 0x2A29;
    static constexpr quint16 kModelNumber = 0x2A24;
    static constexpr quint16 kSerialNumber = 0x2A25;
    static constexpr quint16 kFirmwareRevision = 0x2A26;
    static constexpr quint16 kCurrentTimeService = 0x1805;
    static constexpr quint16 kCurrentTime = 0x2A2B;
    static constexpr quint16 kLocalTimeInformation = 0x2A0F;
    static constexpr quint16 kClientCharacteristicConfiguration = 0x2902;

    // The WristDoc activity history service and its characteristics (128-bit, our own).
    static QUuid historyService();
    static QUuid historyRecord();       // notify: records and end markers (HistoryPacket)
    static QUuid historyControlPoint(); // write with response: HistoryControlCommand
    static QUuid historyStatus();       // read, notify: HistoryStatus

    // A 16-bit (or 32-bit) SIG number in the Bluetooth Base UUID.
    static QUuid fromShort(quint32 shortUuid);
    // The 16-bit number when uuid is in the Base UUID with a 16-bit value, nothing otherwise.
    static std::optional<quint16> toShort(const QUuid &uuid);

    // "2a37", "0x2A37", "00002a37" or the full 128-bit form (with or without braces); a null
    // QUuid when text is none of them.
    static QUuid parse(QStringView text);
    // "0x2A37" for a SIG short form, the lower-case 128-bit form otherwise.
    static QString displayString(const QUuid &uuid);
    // "Heart Rate Measurement", ...; empty for a UUID this profile does not use.
    static QString characteristicName(const QUuid &uuid);
};

} // namespace wristdoc
