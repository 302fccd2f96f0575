#include "ImportCommand.h"

#include "CliInput.h"
#include "Database.h"
#include "DeviceStore.h"
#include "SampleStore.h"
#include "StepCsvReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QString ImportCommand::synopsis() const {
    return QStringLiteral("import --db FILE --csv FILE [--device ADDRESS] [--policy FILE]");
}

QString ImportCommand::description() const {
    return QStringLiteral("Stores the per-minute steps and heart rate of a CSV in the database. "
                          "The whole file is checked first; on any error nothing is written. "
                          "Importing the same rows again replaces them, never duplicates.");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(CliInput::dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("csv"),
        QStringLiteral("CSV with timestamp_utc,steps or timestamp_utc,steps,heart_rate rows."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("device"),
        QStringLiteral("Device the samples belong to (default: %1).").arg(defaultDeviceAddress()),
        QStringLiteral("ADDRESS"), defaultDeviceAddress()));
    parser.addOption(QCommandLineOption(
        QStringLiteral("policy"),
        QStringLiteral("Policy whose time zone defines the local days of the daily totals "
                       "(default: the built-in policy, Asia/Seoul)."),
        QStringLiteral("FILE")));
}

CommandResult ImportCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    QString error;
    QString dbPath;
    QString csvPath;
    PointsPolicy policy;
    if (!CliInput::requireValue(parser, QStringLiteral("db"), QStringLiteral("FILE"), &dbPath,
                                &error) ||
        !CliInput::requireValue(parser, QStringLiteral("csv"), QStringLiteral("FILE"), &csvPath,
                                &error) ||
        !CliInput::loadPolicy(parser, &policy, &error)) {
        return CommandResult::failed(error);
    }
    const QString address = parser.value(QStringLiteral("device")).trimmed();
    if (address.isEmpty())
        return CommandResult::failed(QStringLiteral("--device ADDRESS must not be empty"));

    // The whole file is read and checked before the database is even opened.
    const StepCsvReader::Result csv = StepCsvReader::readFile(csvPath);
    if (!csv.ok)
        return CommandResult::failed(csv.error.toString());

    Database::Options options;
    options.path = dbPath;
    options.rollupZone = policy.timeZone();
    options.verifyIntegrity = true; // a one-off tool can afford to read the whole file first
    StorageError storageError;
    const std::unique_ptr<Database> database = Database::open(options, &storageError);
    if (!database)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    // Reuse a known device as it is, so importing never renames a paired watch.
    DeviceStore devices(*database);
    Device device;
    device.address = address;
    device.name = QStringLiteral("CSV import");
    const QVector<Device> known = devices.devices(&storageError);
    if (storageError)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));
    for (const Device &existing : known) {
        if (existing.address == address)
            device = existing;
    }
    qint64 deviceId = device.id;
    if (deviceId == 0) {
        deviceId = devices.ensureDevice(device, &storageError);
        if (deviceId == 0)
            return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));
    }

    storageError = SampleStore(*database).ingest(deviceId, csv.samples);
    if (storageError)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    const QJsonObject summary{{QStringLiteral("imported"), int(csv.samples.size())},
                              {QStringLiteral("device"), address}};
    out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
    return CommandResult::ok();
}

} // namespace wristdoc
