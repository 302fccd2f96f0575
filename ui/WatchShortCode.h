#pragma once

#include "DeviceInformation.h"
#include "WatchTransport.h"

#include <QString>

namespace wristdoc {

// The four characters staff compare with the code printed on a watch's back and shown on its
// screen, so the right watch is picked at a busy counter (docs/pairing.md).
//
// Once the watch is connected the code is the last four characters of its serial number
// (DeviceInformation::shortCode()). Before that the serial is unknown, so the code is derived
// from what the scan reports:
//  1. the advertised name's trailing token, when the name has at least two words and the last
//     one is exactly four letters or digits (WristDoc watches advertise "WristDoc 3F2A", the
//     last four characters of their serial);
//  2. otherwise the last four hex digits of the address (colons and dashes ignored).
// Both are upper-cased. A name-derived code matches the serial's; an address-derived one is
// only a hint, replaced by the serial's code once it is read.
class WatchShortCode {
public:
    enum class Source { Name, Address, Serial, None };

    static QString fromName(const QString &advertisedName);
    static QString fromAddress(const QString &address);
    // Rule 1, then rule 2; sets source when given.
    static QString forDiscovered(const DiscoveredWatch &watch, Source *source = nullptr);
    // The serial's code when known, else what the scan gave.
    static QString forConnected(const DeviceInformation &info, const DiscoveredWatch &seen,
                                Source *source = nullptr);
};

} // namespace wristdoc
