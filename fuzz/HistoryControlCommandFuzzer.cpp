// History Control Point writes: what decodes encodes back byte for byte.
#include "FuzzCheck.h"
#include "HistoryControlCommand.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = HistoryControlCommand::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const auto encoded = decoded.value().encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    return 0;
}
