#pragma once

#include "BatteryLevel.h"
#include "CodecResult.h"
#include "CurrentTime.h"
#include "HeartRateMeasurement.h"
#include "HistoryControlCommand.h"
#include "HistoryPacket.h"
#include "HistoryStatus.h"
#include "LocalTimeInformation.h"

#include <QString>
#include <QUuid>

namespace wristdoc {

// Decoded characteristic values as one line of JSON, for support staff and scripts
// (wristdoc-cli decode; docs/watch-profile.md lists every shape). Keys keep the documented
// order, which QJsonObject would sort away, so the text is built here.
class CharacteristicJson {
public:
    // Whether decode() knows the characteristic.
    static bool isKnown(const QUuid &uuid);
    // Decodes payload as the characteristic uuid names; UnknownUuid for one it does not know.
    static CodecResult<QString> decode(const QUuid &uuid, QByteArrayView payload);

    static QString toJson(const HeartRateMeasurement &value);
    static QString toJson(const BatteryLevel &value);
    static QString toJson(const CurrentTime &value);
    static QString toJson(const LocalTimeInformation &value);
    static QString deviceInformationJson(quint16 characteristic, const QString &text);
    static QString toJson(const HistoryPacket &value);
    static QString toJson(const HistoryControlCommand &value);
    static QString toJson(const HistoryStatus &value);

    // A JSON number with at least one decimal ("1000.0", "937.5"), exact to seven decimals.
    static QString decimal(double value);
    // A JSON string literal with the escapes JSON requires.
    static QString string(const QString &text);
};

} // namespace wristdoc
