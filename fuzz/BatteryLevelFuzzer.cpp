// Battery Level (0x2A19): only one byte 0-100 decodes, and it encodes back to itself.
#include "BatteryLevel.h"
#include "FuzzCheck.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = BatteryLevel::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        WRISTDOC_FUZZ_CHECK(size != 1 || data[0] > 100);
        return 0;
    }
    WRISTDOC_FUZZ_CHECK(size == 1 && decoded.value().percent == data[0]);
    const auto encoded = decoded.value().encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    return 0;
}
