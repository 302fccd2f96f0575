// wristdoc-cli decode's path: the first byte picks a characteristic, the rest is its payload.
// Whatever decodes prints one line of valid JSON.
#include "CharacteristicJson.h"
#include "FuzzCheck.h"
#include "WatchProfile.h"

#include <QJsonDocument>

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0)
        return 0;
    static const QUuid kUuids[] = {
        WatchProfile::fromShort(WatchProfile::kHeartRateMeasurement),
        WatchProfile::fromShort(WatchProfile::kBatteryLevel),
        WatchProfile::fromShort(WatchProfile::kCurrentTime),
        WatchProfile::fromShort(WatchProfile::kLocalTimeInformation),
        WatchProfile::fromShort(WatchProfile::kManufacturerName),
        WatchProfile::fromShort(WatchProfile::kModelNumber),
        WatchProfile::fromShort(WatchProfile::kSerialNumber),
        WatchProfile::fromShort(WatchProfile::kFirmwareRevision),
        WatchProfile::historyRecord(),
        WatchProfile::historyControlPoint(),
        WatchProfile::historyStatus(),
        WatchProfile::fromShort(0x2A00), // not decoded: an error, never a crash
    };
    const QUuid &uuid = kUuids[data[0] % (sizeof(kUuids) / sizeof(kUuids[0]))];
    const auto json = CharacteristicJson::decode(uuid, fuzzInput(data + 1, size - 1));
    if (!json.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(json.error().message));
        WRISTDOC_FUZZ_CHECK(CharacteristicJson::isKnown(uuid) ||
                            json.error().code == CodecError::Code::UnknownUuid);
        return 0;
    }
    WRISTDOC_FUZZ_CHECK(isOneLine(json.value()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.value().toUtf8(), &error);
    WRISTDOC_FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    return 0;
}
