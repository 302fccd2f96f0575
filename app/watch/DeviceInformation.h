#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wristdoc {

// The Device Information service 0x180A as WristDoc reads it: Manufacturer Name 0x2A29, Model
// Number 0x2A24, Serial Number 0x2A25 and Firmware Revision 0x2A26, each a UTF-8 string that a
// watch may pad with NULs.
struct DeviceInformation {
    // After the padding is stripped: longer strings are not what these fields are for.
    static constexpr int kMaxStringBytes = 64;
    // The largest attribute value ATT allows, padding included.
    static constexpr int kMaxPayload = 512;

    QString manufacturerName;
    QString modelNumber;
    QString serialNumber;
    QString firmwareRevision;

    // What staff compare at a busy counter: the last four characters of the serial number,
    // upper-cased; empty when the serial is unknown.
    QString shortCode() const;

    // Strips trailing NULs, then refuses: malformed UTF-8 (overlong forms, surrogates, cut-off
    // sequences), control characters (an embedded NUL among them), more than kMaxStringBytes
    // bytes of text, more than kMaxPayload bytes in all. An empty string is valid.
    static CodecResult<QString> decodeString(QByteArrayView payload);
    // UTF-8 without padding; fails for text decodeString() would refuse.
    static CodecResult<QByteArray> encodeString(const QString &text);

    bool operator==(const DeviceInformation &other) const;
    bool operator!=(const DeviceInformation &other) const { return !(*this == other); }
};

} // namespace wristdoc
