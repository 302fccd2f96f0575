#include "DecodeCommand.h"

#include "CharacteristicJson.h"
#include "CliInput.h"
#include "HexDump.h"
#include "WatchProfile.h"

namespace wristdoc {

QString DecodeCommand::synopsis() const {
    return QStringLiteral("decode --uuid UUID --hex \"HEX BYTES\"");
}

QString DecodeCommand::description() const {
    return QStringLiteral(
        "Decodes one watch characteristic value as JSON: 2a37 heart rate, 2a19 battery, 2a2b "
        "current time, 2a0f local time information, 2a29/2a24/2a25/2a26 device information, and "
        "the WristDoc history "
        "service's record, control point and status characteristics. UUID is 2a37, 0x2A37 or "
        "the 128-bit form; HEX BYTES may contain spaces.");
}

void DecodeCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(QCommandLineOption(QStringLiteral("uuid"),
                                        QStringLiteral("Characteristic UUID: 2a37, 0x2A37 or "
                                                       "the 128-bit form."),
                                        QStringLiteral("UUID")));
    parser.addOption(QCommandLineOption(QStringLiteral("hex"),
                                        QStringLiteral("The value as hex bytes, e.g. \"06 4E\"."),
                                        QStringLiteral("HEX BYTES")));
}

CommandResult DecodeCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    QString error;
    QString uuidText;
    if (!CliInput::requireValue(parser, QStringLiteral("uuid"), QStringLiteral("UUID"), &uuidText,
                                &error))
        return CommandResult::failed(error);
    // An empty value is a valid hex dump (an empty payload); only a missing option is an error.
    if (!parser.isSet(QStringLiteral("hex")))
        return CommandResult::failed(QStringLiteral("--hex \"HEX BYTES\" is required"));

    const QUuid uuid = WatchProfile::parse(uuidText);
    if (uuid.isNull()) {
        return CommandResult::failed(
            QStringLiteral("--uuid: \"%1\" is not a UUID like 2a37, 0x2A37 or "
                           "00002a37-0000-1000-8000-00805f9b34fb")
                .arg(uuidText.left(40)));
    }
    if (!CharacteristicJson::isKnown(uuid)) {
        return CommandResult::failed(
            QStringLiteral("--uuid: no decoder for %1; known: 2a37, 2a19, 2a2b, 2a0f, 2a29, "
                           "2a24, 2a25, 2a26 and the WristDoc history characteristics")
                .arg(WatchProfile::displayString(uuid)));
    }
    QByteArray payload;
    if (!HexDump::parse(parser.value(QStringLiteral("hex")), &payload, &error))
        return CommandResult::failed(QStringLiteral("--hex: ") + error);

    const CodecResult<QString> json = CharacteristicJson::decode(uuid, payload);
    if (!json.ok()) {
        return CommandResult::failed(QStringLiteral("%1 %2: %3")
                                         .arg(WatchProfile::displayString(uuid),
                                              WatchProfile::characteristicName(uuid),
                                              json.error().message));
    }
    out << json.value() << '\n';
    return CommandResult::ok();
}

} // namespace wristdoc
