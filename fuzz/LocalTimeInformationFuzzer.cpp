// Local Time Information (0x2A0F): what decodes encodes back byte for byte, with an offset no
// zone on Earth exceeds.
#include "FuzzCheck.h"
#include "LocalTimeInformation.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = LocalTimeInformation::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const LocalTimeInformation &value = decoded.value();
    WRISTDOC_FUZZ_CHECK(value.utcOffsetMinutes() >= -12 * 60 &&
                        value.utcOffsetMinutes() <= 16 * 60);
    const auto encoded = value.encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    return 0;
}
