// Current Time (0x2A2B): what decodes encodes back byte for byte, and converts to a QDateTime
// exactly when its date is known.
#include "CurrentTime.h"
#include "FuzzCheck.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = CurrentTime::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const CurrentTime &value = decoded.value();
    const auto encoded = value.encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    const QDateTime dateTime = value.toDateTime(QTimeZone::utc());
    WRISTDOC_FUZZ_CHECK(dateTime.isValid() == value.hasDate());
    if (dateTime.isValid()) {
        WRISTDOC_FUZZ_CHECK(dateTime.date() == QDate(value.year, value.month, value.day));
        const CurrentTime back = CurrentTime::fromDateTime(dateTime, value.adjustReason);
        WRISTDOC_FUZZ_CHECK(back.year == value.year && back.month == value.month &&
                            back.day == value.day && back.hours == value.hours &&
                            back.minutes == value.minutes && back.seconds == value.seconds);
        WRISTDOC_FUZZ_CHECK(back.encode().ok());
    }
    return 0;
}
