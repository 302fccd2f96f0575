// Hex dumps as typed at wristdoc-cli: any text either parses, and then formats and parses back
// to the same bytes, or fails with one line.
#include "FuzzCheck.h"
#include "HexDump.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(fuzzInput(data, size));
    QByteArray bytes;
    QString error;
    if (!HexDump::parse(text, &bytes, &error)) {
        WRISTDOC_FUZZ_CHECK(isOneLine(error));
        return 0;
    }
    WRISTDOC_FUZZ_CHECK(bytes.size() * 2 <= text.size());
    QByteArray again;
    WRISTDOC_FUZZ_CHECK(HexDump::parse(HexDump::format(bytes), &again, &error));
    WRISTDOC_FUZZ_CHECK(again == bytes);
    return 0;
}
