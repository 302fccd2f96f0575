#include "WatchProfile.h"

namespace wristdoc {

namespace {

// 41576a18-a37b-4e0f-8f75-c70269fce97b, a random (version 4) UUID made for WristDoc; the
// characteristics count up in the first group, as vendor services commonly do.
constexpr uint kHistoryBase = 0x41576a18;

constexpr QUuid historyUuid(uint offset) {
    return QUuid(kHistoryBase + offset, 0xa37b, 0x4e0f, 0x8f, 0x75, 0xc7, 0x02, 0x69, 0xfc, 0xe9,
                 0x7b);
}

constexpr QUuid kBluetoothBase(0x00000000, 0x0000, 0x1000, 0x80, 0x00, 0x00, 0x80, 0x5f, 0x9b, 0x34,
                               0xfb);

bool isHexDigits(QStringView text) {
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QUuid WatchProfile::historyService() {
    return historyUuid(0);
}

QUuid WatchProfile::historyRecord() {
    return historyUuid(1);
}

QUuid WatchProfile::historyControlPoint() {
    return historyUuid(2);
}

QUuid WatchProfile::historyStatus() {
    return historyUuid(3);
}

QUuid WatchProfile::fromShort(quint32 shortUuid) {
    QUuid uuid = kBluetoothBase;
    uuid.data1 = shortUuid;
    return uuid;
}

std::optional<quint16> WatchProfile::toShort(const QUuid &uuid) {
    if (uuid.data1 > 0xFFFF || fromShort(uuid.data1) != uuid)
        return std::nullopt;
    return static_cast<quint16>(uuid.data1);
}

QUuid WatchProfile::parse(QStringView text) {
    text = text.trimmed();
    QStringView digits = text;
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits = digits.mid(2);
    if ((digits.size() == 4 || digits.size() == 8) && isHexDigits(digits)) {
        bool ok = false;
        const uint value = digits.toUInt(&ok, 16);
        return ok ? fromShort(value) : QUuid();
    }
    if (digits.size() != text.size())
        return QUuid(); // "0x" before a 128-bit form is not a UUID
    return QUuid::fromString(text);
}

QString WatchProfile::displayString(const QUuid &uuid) {
    if (const std::optional<quint16> shortUuid = toShort(uuid))
        return QStringLiteral("0x") +
               QStringLiteral("%1").arg(uint(*shortUuid), 4, 16, QLatin1Char('0')).toUpper();
    return uuid.toString(QUuid::WithoutBraces);
}

QString WatchProfile::characteristicName(const QUuid &uuid) {
    if (uuid == historyRecord())
        return QStringLiteral("History Record");
    if (uuid == historyControlPoint())
        return QStringLiteral("History Control Point");
    if (uuid == historyStatus())
        return QStringLiteral("History Status");
    switch (toShort(uuid).value_or(0)) {
    case kHeartRateMeasurement:
        return QStringLiteral("Heart Rate Measurement");
    case kBatteryLevel:
        return QStringLiteral("Battery Level");
    case kManufacturerName:
        return QStringLiteral("Manufacturer Name String");
    case kModelNumber:
        return QStringLiteral("Model Number String");
    case kSerialNumber:
        return QStringLiteral("Serial Number String");
    case kFirmwareRevision:
        return QStringLiteral("Firmware Revision String");
    case kCurrentTime:
        return QStringLiteral("Current Time");
    case kLocalTimeInformation:
        return QStringLiteral("Local Time Information");
    default:
        return QString();
    }
}

} // namespace wristdoc
