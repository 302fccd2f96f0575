#include "OutboxCommand.h"

#include "CliInput.h"
#include "CsvWriter.h"
#include "Database.h"
#include "EnrolmentStore.h"
#include "FieldCipher.h"
#include "FileKeyStore.h"
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

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wristdoc {

namespace {

QJsonValue isoTime(const QDateTime &time) {
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString csvTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
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

// Written under a temporary name created with mode 0600 and renamed into place, so the personal
// data in the export is never readable by others, not even while it is being written.
bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error) {
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1: is a folder").arg(path);
        return false;
    }
    const QByteArray finalPath = QFile::encodeName(info.absoluteFilePath());
    QByteArray tempPath = finalPath + ".XXXXXX";
    const int fd = ::mkstemp(tempPath.data());
    if (fd < 0) {
        *error = QStringLiteral("%1: cannot create (%2)")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (ok && left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        data += n;
        left -= n;
    }
    ok = ok && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (ok && ::rename(tempPath.constData(), finalPath.constData()) == 0)
        return true;
    const int cause = ok ? errno : savedErrno;
    ::unlink(tempPath.constData());
    *error = QStringLiteral("%1: cannot write (%2)")
                 .arg(path, QString::fromLocal8Bit(std::strerror(cause)));
    return false;
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
    StorageError storageError;
    const QVector<OutboxItem> items = outbox.list(&storageError);
    if (storageError)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    CsvWriter csv;
    csv.addRow({QStringLiteral("reference"), QStringLiteral("state"), QStringLiteral("attempts"),
                QStringLiteral("last_error"), QStringLiteral("reason"), QStringLiteral("district"),
                QStringLiteral("device"), QStringLiteral("created_utc"),
                QStringLiteral("confirmed_utc"), QStringLiteral("name"),
                QStringLiteral("birth_date"), QStringLiteral("mobile")});
    int withPersonalData = 0;
    for (const OutboxItem &item : items) {
        EnrolmentRecord record;
        if (item.kind == OutboxKind::Enrolment &&
            !enrolments.record(item.itemId, &record, &storageError) && storageError)
            return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));
        EnrolmentPersonalData personal;
        if (item.kind == OutboxKind::Enrolment && item.status.state != DeliveryState::Confirmed &&
            record.hasPersonalData) {
            const UnsealResult opened =
                enrolments.personalData(item.itemId, &personal, &storageError);
            if (opened == UnsealResult::WrongKey)
                return CommandResult::failed(
                    QStringLiteral("%1: the key does not open the stored personal data (another "
                                   "installation's key?); nothing exported")
                        .arg(keyName));
            if (opened == UnsealResult::StorageFailed)
                return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));
            if (opened == UnsealResult::Ok)
                ++withPersonalData;
        }
        const DeliveryStatus &s = item.status;
        csv.addRow(
            {s.reference, deliveryStateCode(s.state), QString::number(s.attempts), s.lastError,
             s.reasonCode, record.district, record.device, csvTime(s.createdUtc),
             csvTime(s.confirmedUtc), personal.name,
             personal.birthDate.isValid() ? personal.birthDate.toString(Qt::ISODate) : QString(),
             personal.mobile});
        personal.wipe();
    }
    QByteArray bytes = csv.bytes();
    const bool written = writePrivateFile(outPath, bytes, &error);
    FieldCipher::wipe(&bytes);
    if (!written)
        return CommandResult::failed(error);
    out << QJsonDocument(QJsonObject{{QStringLiteral("out"), QFileInfo(outPath).absoluteFilePath()},
                                     {QStringLiteral("items"), int(items.size())},
                                     {QStringLiteral("withPersonalData"), withPersonalData}})
               .toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

} // namespace wristdoc
