// Device Information strings: what decodes is well-formed text that encodes back to the input
// without its NUL padding, and whose JSON form is valid JSON.
#include "CharacteristicJson.h"
#include "DeviceInformation.h"
#include "FuzzCheck.h"

#include <QJsonDocument>

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArrayView input = fuzzInput(data, size);
    const auto decoded = DeviceInformation::decodeString(input);
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const QString &text = decoded.value();
    WRISTDOC_FUZZ_CHECK(!text.contains(QChar(0xFFFD)) || input.contains("\xEF\xBF\xBD"));
    const auto encoded = DeviceInformation::encodeString(text);
    WRISTDOC_FUZZ_CHECK(encoded.ok());
    WRISTDOC_FUZZ_CHECK(input.startsWith(encoded.value()));
    for (qsizetype i = encoded.value().size(); i < input.size(); ++i)
        WRISTDOC_FUZZ_CHECK(input[i] == '\0');
    const QString json = CharacteristicJson::deviceInformationJson(0x2A25, text);
    QJsonParseError error;
    QJsonDocument::fromJson(json.toUtf8(), &error);
    WRISTDOC_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    return 0;
}
