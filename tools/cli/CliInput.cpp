#include "CliInput.h"

#include <QFile>
#include <QFileInfo>

namespace wristdoc {

namespace {

// A policy file is a few hundred bytes; anything this large is not one.
constexpr qint64 kMaxPolicyBytes = 1024 * 1024;

QString storageCause(StorageErrorCode code) {
    switch (code) {
    case StorageErrorCode::None:
        return {};
    case StorageErrorCode::CannotOpen:
        return QStringLiteral("cannot open the database");
    case StorageErrorCode::NotADatabase:
        return QStringLiteral("not a WristDoc database, or damaged");
    case StorageErrorCode::NewerSchema:
        return QStringLiteral("written by a newer version of WristDoc");
    case StorageErrorCode::ReadOnly:
        return QStringLiteral("the database is read-only");
    case StorageErrorCode::DiskFull:
        return QStringLiteral("disk full or write error; nothing was stored");
    case StorageErrorCode::MigrationFailed:
        return QStringLiteral("schema upgrade failed; the file was left as it was");
    case StorageErrorCode::QueryFailed:
        return QStringLiteral("database query failed");
    default:
        return QStringLiteral("storage error; nothing was stored");
    }
}

} // namespace

QCommandLineOption CliInput::policyOption() {
    return QCommandLineOption(QStringLiteral("policy"),
                              QStringLiteral("Points policy JSON (default: the built-in policy)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption CliInput::birthDateOption() {
    return QCommandLineOption(QStringLiteral("birth-date"),
                              QStringLiteral("Participant's birth date, YYYY-MM-DD."),
                              QStringLiteral("YYYY-MM-DD"));
}

QCommandLineOption CliInput::dbOption() {
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("WristDoc database file."),
                              QStringLiteral("FILE"));
}

bool CliInput::loadPolicy(const QCommandLineParser &parser, PointsPolicy *policy, QString *error) {
    if (!parser.isSet(QStringLiteral("policy"))) {
        *policy = PointsPolicy::builtInDefault();
        return true;
    }
    QString path;
    if (!requireValue(parser, QStringLiteral("policy"), QStringLiteral("FILE"), &path, error))
        return false;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("%1: cannot open: %2")
                .arg(path, info.isDir() ? QStringLiteral("is a directory") : file.errorString());
        return false;
    }
    if (file.size() > kMaxPolicyBytes) {
        *error = QStringLiteral("%1: too large for a policy file").arg(path);
        return false;
    }
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(file.readAll());
    if (!result.ok) {
        *error = result.line > 0
                     ? QStringLiteral("%1:%2: %3").arg(path).arg(result.line).arg(result.error)
                     : QStringLiteral("%1: %2").arg(path, result.error);
        return false;
    }
    *policy = result.policy;
    return true;
}

bool CliInput::requireValue(const QCommandLineParser &parser, const QString &option,
                            const QString &valueName, QString *value, QString *error) {
    const QString text = parser.value(option);
    if (!parser.isSet(option) || text.isEmpty()) {
        *error = QStringLiteral("--%1 %2 is required").arg(option, valueName);
        return false;
    }
    *value = text;
    return true;
}

bool CliInput::optionalDate(const QCommandLineParser &parser, const QString &option, QDate *date,
                            QString *error) {
    *date = QDate();
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    const QDate parsed = parseIsoDate(text);
    if (!parsed.isValid()) {
        *error = QStringLiteral("--%1: \"%2\" is not a date like 2026-03-01 (YYYY-MM-DD)")
                     .arg(option, text.left(40));
        return false;
    }
    *date = parsed;
    return true;
}

QString CliInput::storageMessage(const QString &path, const StorageError &error) {
    if (error.detail.isEmpty())
        return QStringLiteral("%1: %2").arg(path, storageCause(error.code));
    return QStringLiteral("%1: %2 (%3)").arg(path, storageCause(error.code), error.detail);
}

} // namespace wristdoc
