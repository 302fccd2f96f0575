#include "CharacteristicJson.h"

#include "DeviceInformation.h"
#include "WatchProfile.h"

#include <QStringList>

namespace wristdoc {

namespace {

// One "key": value member.
QString member(const char *key, const QString &value) {
    return QStringLiteral("\"%1\": %2").arg(QLatin1String(key), value);
}

QString number(qint64 value) {
    return QString::number(value);
}

QString object(const QStringList &members) {
    return QLatin1Char('{') + members.join(QLatin1String(", ")) + QLatin1Char('}');
}

QString array(const QStringList &items) {
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

const QString kNull = QStringLiteral("null");

QString boolean(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

const char *deviceInformationKey(quint16 characteristic) {
    switch (characteristic) {
    case WatchProfile::kManufacturerName:
        return "manufacturerName";
    case WatchProfile::kModelNumber:
        return "modelNumber";
    case WatchProfile::kSerialNumber:
        return "serialNumber";
    case WatchProfile::kFirmwareRevision:
        return "firmwareRevision";
    default:
        return "value";
    }
}

QString resultName(HistoryBatchEnd::Result result) {
    switch (result) {
    case HistoryBatchEnd::Result::Complete:
        return QStringLiteral("complete");
    case HistoryBatchEnd::Result::Aborted:
        return QStringLiteral("aborted");
    case HistoryBatchEnd::Result::HistoryChanged:
        return QStringLiteral("historyChanged");
    }
    return QStringLiteral("unknown");
}

QString recordJson(const ActivityRecord &record) {
    // Minutes past the year 9999 have no ISO form; the raw minute says it all the same.
    const QDateTime minute = record.minuteUtc();
    const QString iso = minute.date().year() <= 9999
                            ? CharacteristicJson::string(
                                  minute.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")))
                            : kNull;
    return object({member("sequence", number(record.sequence)),
                   member("minute", number(record.minute)), member("minuteUtc", iso),
                   member("steps", record.hasSteps() ? number(record.steps) : kNull),
                   member("heartRate", record.hasHeartRate() ? number(record.heartRate) : kNull),
                   member("flags", number(record.flags))});
}

template <typename T> CodecResult<QString> render(const CodecResult<T> &decoded) {
    if (!decoded.ok())
        return CodecResult<QString>::failure(decoded.error());
    return CharacteristicJson::toJson(decoded.value());
}

} // namespace

bool CharacteristicJson::isKnown(const QUuid &uuid) {
    return !WatchProfile::characteristicName(uuid).isEmpty();
}

CodecResult<QString> CharacteristicJson::decode(const QUuid &uuid, QByteArrayView payload) {
    if (uuid == WatchProfile::historyRecord())
        return render(HistoryPacket::decode(payload));
    if (uuid == WatchProfile::historyControlPoint())
        return render(HistoryControlCommand::decode(payload));
    if (uuid == WatchProfile::historyStatus())
        return render(HistoryStatus::decode(payload));
    const quint16 shortUuid = WatchProfile::toShort(uuid).value_or(0);
    switch (shortUuid) {
    case WatchProfile::kHeartRateMeasurement:
        return render(HeartRateMeasurement::decode(payload));
    case WatchProfile::kBatteryLevel:
        return render(BatteryLevel::decode(payload));
    case WatchProfile::kCurrentTime:
        return render(CurrentTime::decode(payload));
    case WatchProfile::kLocalTimeInformation:
        return render(LocalTimeInformation::decode(payload));
    case WatchProfile::kManufacturerName:
    case WatchProfile::kModelNumber:
    case WatchProfile::kSerialNumber:
    case WatchProfile::kFirmwareRevision: {
        const CodecResult<QString> text = DeviceInformation::decodeString(payload);
        if (!text.ok())
            return text;
        return deviceInformationJson(shortUuid, text.value());
    }
    default:
        return CodecResult<QString>::failure(
            CodecError::Code::UnknownUuid,
            QStringLiteral("no decoder for %1").arg(WatchProfile::displayString(uuid)));
    }
}

QString CharacteristicJson::toJson(const HeartRateMeasurement &value) {
    QString contact = kNull;
    if (value.sensorContact != HeartRateMeasurement::SensorContact::NotSupported)
        contact = boolean(value.sensorContact == HeartRateMeasurement::SensorContact::Detected);
    QStringList rr;
    for (const double ms : value.rrIntervalsMs())
        rr << decimal(ms);
    return object({member("bpm", number(value.bpm)), member("sensorContact", contact),
                   member("energyExpendedKj",
                          value.energyExpendedKj ? number(*value.energyExpendedKj) : kNull),
                   member("rrIntervalsMs", array(rr))});
}

QString CharacteristicJson::toJson(const BatteryLevel &value) {
    return object({member("batteryPercent", number(value.percent))});
}

QString CharacteristicJson::toJson(const CurrentTime &value) {
    // The watch's wall-clock reading as sent, without a zone: null when the date is unknown.
    const QString dateTime =
        value.hasDate()
            ? string(QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", value.year, value.month,
                                       value.day, value.hours, value.minutes, value.seconds))
            : kNull;
    return object({member("dateTime", dateTime), member("weekday", number(value.dayOfWeek)),
                   member("fractions256", number(value.fractions256)),
                   member("adjustReason", number(value.adjustReason))});
}

QString CharacteristicJson::toJson(const LocalTimeInformation &value) {
    const bool zoneKnown = value.timeZone != LocalTimeInformation::kUnknownTimeZone;
    const bool dstKnown = value.dstOffset != LocalTimeInformation::kUnknownDstOffset;
    return object({member("timeZoneMinutes", zoneKnown ? number(value.timeZone * 15) : kNull),
                   member("dstOffsetMinutes", dstKnown ? number(value.dstOffset * 15) : kNull)});
}

QString CharacteristicJson::deviceInformationJson(quint16 characteristic, const QString &text) {
    return object({member(deviceInformationKey(characteristic), string(text))});
}

QString CharacteristicJson::toJson(const HistoryPacket &value) {
    if (value.type == HistoryPacket::Type::EndOfBatch) {
        return object({member("type", string(QStringLiteral("endOfBatch"))),
                       member("result", string(resultName(value.end.result))),
                       member("historyId", number(value.end.historyId)),
                       member("lastSequence", number(value.end.lastSequence)),
                       member("count", number(value.end.count))});
    }
    QStringList records;
    for (const ActivityRecord &record : value.records)
        records << recordJson(record);
    return object(
        {member("type", string(QStringLiteral("records"))), member("records", array(records))});
}

QString CharacteristicJson::toJson(const HistoryControlCommand &value) {
    switch (value.opcode) {
    case HistoryControlCommand::Opcode::RequestFrom:
        return object({member("opcode", string(QStringLiteral("requestFrom"))),
                       member("sequence", number(value.sequence)),
                       member("historyId", number(value.historyId))});
    case HistoryControlCommand::Opcode::Acknowledge:
        return object({member("opcode", string(QStringLiteral("acknowledge"))),
                       member("sequence", number(value.sequence))});
    case HistoryControlCommand::Opcode::Abort:
        break;
    }
    return object({member("opcode", string(QStringLiteral("abort")))});
}

QString CharacteristicJson::toJson(const HistoryStatus &value) {
    return object({member("historyId", number(value.historyId)),
                   member("oldestSequence", number(value.oldestSequence)),
                   member("newestSequence", number(value.newestSequence))});
}

QString CharacteristicJson::decimal(double value) {
    QString text = QString::number(value, 'f', 7);
    while (text.endsWith(QLatin1Char('0')) && !text.endsWith(QLatin1String(".0")))
        text.chop(1);
    return text;
}

QString CharacteristicJson::string(const QString &text) {
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                result += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

} // namespace wristdoc
