#include "OutboxCommand.h"

#include "CliInput.h"
#include "Database.h"
#include "EnrolmentStore.h"
#include "FieldCipher.h"
#include "FileKeyStore.h"
#include "OutboxExport.h"
#include "OutboxStore.h"
#include "SystemClock.h"
#ifdef WRISTDOC_HAVE_QTKEYCHAIN
#include "QtKeychainKeyStore.h"
#endif

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

namespace {

QJsonValue isoTime(const QDateTime &time) {
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject itemJson(const OutboxItem &item) {
    const DeliveryStatus &s = item.status;
    QJsonObject object{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("kind"), outboxKindCode(item.kind)},
        {QStringLiteral("reference"), s.reference},
        {QStringLiteral("state"), deliveryStateCode(s.state)},
        {QStringLiteral("attempts"), s.attempts},
        {QStringLiteral("consecutiveFailures"), item.consecutiveFailures},
        {QStringLiteral("lastError"), s.lastError},
        {QStringLiteral("reasonCode"), s.reasonCode},
        {QStringLiteral("nextStep"), item.nextStep},
        {QStringLiteral("nextAttempt"), isoTime(s.nextAttemptUtc)},
        {QStringLiteral("created"), isoTime(s.createdUtc)},
        {QStringLiteral("confirmed"), isoTime(s.confirmedUtc)},
        {QStringLiteral("participantId"),
         s.participantId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.participantId)},
        {QStringLiteral("position"),
         s.waitingPosition >= 0 ? QJsonValue(s.waitingPosition) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cohortDate"), s.cohortDate.isValid()
                                           ? QJsonValue(s.cohortDate.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null)},
    };
    if (!item.reasonDetail.isEmpty())
        object.insert(QStringLiteral("reasonDetail"), item.reasonDetail);
    return object;
}

} // namespace

QString OutboxCommand::synopsis() const {
    return QStringLiteral("outbox list|retry|export --db FILE [--id N | --all] [--out FILE.csv] "
                          "[--key-file FILE]");
}

QString OutboxCommand::description() const {
    return QStringLiteral(
        "The delivery outbox. list: every queued item and its state, as JSON, without personal "
        "data. retry: send a waiting item (--id N) or every waiting item (--all) at once and "
        "forget its run of failures. export: a CSV (owner-only) of every item with reference, "
        "state, attempts, last error, district, device and times, and - for items the server "
        "has not confirmed - the applicant's name, birth date and mobile for manual processing; "
        "never health data. export needs the data key: --key-file FILE, by default wristdoc.key "
        "beside the database.");
}

void OutboxCommand::addOptions(QCommandLineParser &parser) const {
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, retry or export."),
                                 QStringLiteral("list|retry|export"));
    parser.addOption(CliInput::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("id"),
                                        QStringLiteral("retry: the outbox item to send now."),
                                        QStringLiteral("N")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("all"), QStringLiteral("retry: every waiting item.")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        QStringLiteral("export: the CSV file to write."),
                                        QStringLiteral("FILE.csv")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("key-file"),
        QStringLiteral("export: the data key file (default: wristdoc.key beside the database)."),
        QStringLiteral("FILE")));
#ifdef WRISTDOC_HAVE_QTKEYCHAIN
    parser.addOption(
        QCommandLineOption(QStringLiteral("keychain"),
                           QStringLiteral("export: read the data key from the keychain.")));
#endif
}

CommandResult OutboxCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    const QString action = parser.positionalArguments().value(0);
    if (action.isEmpty())
        return CommandResult::failed(QStringLiteral("outbox: say list, retry or export"));
    if (action != QLatin1String("list") && action != QLatin1String("retry") &&
        action != QLatin1String("export"))
        return CommandResult::failed(
            QStringLiteral("outbox: unknown action '%1'; use list, retry or export")
                .arg(action.left(40)));
    QString error;
    QString dbPath;
    if (!CliInput::requireValue(parser, QStringLiteral("db"), QStringLiteral("FILE"), &dbPath,
                                &error))
        return CommandResult::failed(error);
    // Never create an empty database where none was.
    if (!QFileInfo::exists(dbPath))
        return CommandResult::failed(QStringLiteral("%1: no such file").arg(dbPath));
    Database::Options options;
    options.path = dbPath;
    StorageError storageError;
    const std::unique_ptr<Database> database = Database::open(options, &storageError);
    if (!database)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    if (action == QLatin1String("list"))
        return list(*database, out);
    if (action == QLatin1String("retry"))
        return retry(parser, *database, out);
    return exportCsv(parser, *database, dbPath, out);
}

CommandResult OutboxCommand::list(Database &database, QTextStream &out) const {
    const FieldCipher noKey; // list never opens sealed data
    const SystemClock clock;
    const OutboxStore store(database, noKey, clock);
    StorageError error;
    const QVector<OutboxItem> items = store.list(&error);
    if (error)
        return CommandResult::failed(CliInput::storageMessage(database.path(), error));
    QJsonArray array;
    for (const OutboxItem &item : items)
        array.append(itemJson(item));
    QJsonObject counts;
    const QMap<DeliveryState, int> byState = store.stateCounts();
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        counts.insert(deliveryStateCode(it.key()), it.value());
    const qint64 age = store.oldestPendingAgeSeconds();
    const QJsonObject result{
        {QStringLiteral("items"), array},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("oldestPendingAgeSeconds"),
         age >= 0 ? QJsonValue(age) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastConfirmed"), isoTime(store.lastConfirmedUtc())},
    };
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

CommandResult OutboxCommand::retry(const QCommandLineParser &parser, Database &database,
                                   QTextStream &out) const {
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool one = parser.isSet(QStringLiteral("id"));
    if (all == one)
        return CommandResult::failed(QStringLiteral("outbox retry: give --id N or --all"));
    const FieldCipher noKey;
    const SystemClock clock;
    OutboxStore store(database, noKey, clock);
    int retried = 0;
    if (all) {
        StorageError error;
        retried = store.retryAll(&error);
        if (error)
            return CommandResult::failed(CliInput::storageMessage(database.path(), error));
    } else {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return CommandResult::failed(QStringLiteral("--id: '%1' is not an outbox item number")
                                             .arg(parser.value(QStringLiteral("id")).left(40)));
        const StorageError error = store.retryNow(id);
        if (error.code == StorageErrorCode::InvalidData)
            return CommandResult::failed(
                QStringLiteral("%1; only pending, queued and needs-attention items are retried")
                    .arg(error.detail));
        if (error)
            return CommandResult::failed(CliInput::storageMessage(database.path(), error));
        retried = 1;
    }
    out << QJsonDocument(QJsonObject{{QStringLiteral("retried"), retried}})
               .toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

CommandResult OutboxCommand::exportCsv(const QCommandLineParser &parser, Database &database,
                                       const QString &dbPath, QTextStream &out) const {
    QString error;
    QString outPath;
    if (!CliInput::requireValue(parser, QStringLiteral("out"), QStringLiteral("FILE.csv"), &outPath,
                                &error))
        return CommandResult::failed(error);

    std::unique_ptr<KeyStore> keys;
    QString keyName;
#ifdef WRISTDOC_HAVE_QTKEYCHAIN
    if (parser.isSet(QStringLiteral("keychain"))) {
        keys = std::make_unique<QtKeychainKeyStore>();
        keyName = QStringLiteral("the keychain");
    }
#endif
    if (!keys) {
        keyName = parser.isSet(QStringLiteral("key-file"))
                      ? parser.value(QStringLiteral("key-file"))
                      : FileKeyStore::defaultPathFor(dbPath);
        keys = std::make_unique<FileKeyStore>(keyName);
    }
    // Load only: a new key would fit none of the stored data.
    KeyLoadResult key = keys->load();
    if (!key.ok())
        return CommandResult::failed(
            QStringLiteral("%1: no usable data key (%2)").arg(keyName, key.detail));
    const FieldCipher cipher(key.key);
    FieldCipher::wipe(&key.key);

    const SystemClock clock;
    const OutboxStore outbox(database, cipher, clock);
    const EnrolmentStore enrolments(database, cipher);
    const OutboxExport::Result result = OutboxExport::writeTo(outPath, outbox, enrolments);
    switch (result.problem) {
    case OutboxExport::Problem::None:
        break;
    case OutboxExport::Problem::WrongKey:
        return CommandResult::failed(
            QStringLiteral("%1: the key does not open the stored personal data (another "
                           "installation's key?); nothing exported")
                .arg(keyName));
    case OutboxExport::Problem::Storage:
        return CommandResult::failed(CliInput::storageMessage(dbPath, result.storageError));
    case OutboxExport::Problem::CannotWrite:
        return CommandResult::failed(result.detail);
    }
    const int withPersonalData = result.withPersonalData;
    const int itemCount = result.items;
    out << QJsonDocument(QJsonObject{{QStringLiteral("out"), QFileInfo(outPath).absoluteFilePath()},
                                     {QStringLiteral("items"), itemCount},
                                     {QStringLiteral("withPersonalData"), withPersonalData}})
               .toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

} // namespace wristdoc
