// Heart Rate Measurement (0x2A37): decode anything; whatever decodes re-encodes to a payload
// that decodes to the same value and is no longer than the input.
#include "CharacteristicJson.h"
#include "FuzzCheck.h"
#include "HeartRateMeasurement.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = HeartRateMeasurement::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const HeartRateMeasurement &value = decoded.value();
    WRISTDOC_FUZZ_CHECK(value.rrIntervalsMs().size() == value.rrIntervals.size());
    const auto encoded = value.encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok());
    WRISTDOC_FUZZ_CHECK(encoded.value().size() <= qsizetype(size));
    const auto again = HeartRateMeasurement::decode(encoded.value());
    WRISTDOC_FUZZ_CHECK(again.ok());
    WRISTDOC_FUZZ_CHECK(again.value() == value);
    WRISTDOC_FUZZ_CHECK(CharacteristicJson::toJson(value) ==
                        CharacteristicJson::toJson(again.value()));
    return 0;
}
