// History Status: what decodes encodes back byte for byte, with a consistent range.
#include "FuzzCheck.h"
#include "HistoryStatus.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = HistoryStatus::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const HistoryStatus &status = decoded.value();
    WRISTDOC_FUZZ_CHECK(status.oldestSequence <= status.newestSequence);
    WRISTDOC_FUZZ_CHECK(status.isEmpty() == (status.recordCount() == 0));
    const auto encoded = status.encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    return 0;
}
