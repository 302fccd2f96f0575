#include "DeviceInformation.h"

#include <QVector>

namespace wristdoc {

namespace {

using StringResult = CodecResult<QString>;

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Written
// out rather than left to QString::fromUtf8, which replaces bad bytes instead of refusing them.
// On failure *offset is where the bad sequence starts.
bool isWellFormedUtf8(QByteArrayView bytes, qsizetype *offset) {
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<quint8>(bytes[i]);
        int length = 0;
        quint8 low = 0x80; // bounds of the second byte, which exclude overlong forms
        quint8 high = 0xBF;
        if (lead < 0x80) {
            length = 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F; // U+D800..U+DFFF are surrogates
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F; // nothing above U+10FFFF
        } else {
            *offset = i;
            return false;
        }
        if (size - i < length) {
            *offset = i;
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const auto byte = static_cast<quint8>(bytes[i + k]);
            const quint8 min = k == 1 ? low : 0x80;
            const quint8 max = k == 1 ? high : 0xBF;
            if (byte < min || byte > max) {
                *offset = i;
                return false;
            }
        }
        i += length;
    }
    return true;
}

bool isControl(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString DeviceInformation::shortCode() const {
    return serialNumber.right(4).toUpper();
}

StringResult DeviceInformation::decodeString(QByteArrayView payload) {
    if (payload.size() > kMaxPayload) {
        return StringResult::failure(
            CodecError::Code::TooLong,
            QStringLiteral("%1-byte string; an attribute holds at most %2 bytes")
                .arg(payload.size())
                .arg(kMaxPayload));
    }
    qsizetype end = payload.size();
    while (end > 0 && payload[end - 1] == '\0')
        --end;
    const QByteArrayView text = payload.first(end);
    qsizetype bad = 0;
    if (!isWellFormedUtf8(text, &bad)) {
        return StringResult::failure(
            CodecError::Code::InvalidUtf8,
            QStringLiteral("not valid UTF-8 at offset %1 (byte 0x%2)")
                .arg(bad)
                .arg(uint(static_cast<quint8>(text[bad])), 2, 16, QLatin1Char('0')));
    }
    if (text.size() > kMaxStringBytes) {
        return StringResult::failure(
            CodecError::Code::TooLong,
            QStringLiteral("%1 bytes of text; a device information string holds at most %2")
                .arg(text.size())
                .arg(kMaxStringBytes));
    }
    const QString decoded = QString::fromUtf8(text);
    const QVector<uint> codePoints = decoded.toUcs4();
    for (int i = 0; i < codePoints.size(); ++i) {
        if (isControl(codePoints[i])) {
            return StringResult::failure(
                CodecError::Code::ControlCharacter,
                QStringLiteral("control character U+%1 in the string (character %2)")
                    .arg(codePoints[i], 4, 16, QLatin1Char('0'))
                    .arg(i + 1));
        }
    }
    return decoded;
}

CodecResult<QByteArray> DeviceInformation::encodeString(const QString &text) {
    const QByteArray bytes = text.toUtf8();
    // Unpaired surrogates in the QString become U+FFFD in toUtf8(); decoding the result once
    // more applies every other rule in one place.
    const StringResult check = decodeString(bytes);
    if (!check.ok())
        return CodecResult<QByteArray>::failure(check.error());
    if (check.value() != text) {
        return CodecResult<QByteArray>::failure(
            CodecError::Code::InvalidUtf8,
            QStringLiteral("the text has unpaired surrogates or trailing NULs"));
    }
    return bytes;
}

bool DeviceInformation::operator==(const DeviceInformation &other) const {
    return manufacturerName == other.manufacturerName && modelNumber == other.modelNumber &&
           serialNumber == other.serialNumber && firmwareRevision == other.firmwareRevision;
}

} // namespace wristdoc
