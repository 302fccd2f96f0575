#pragma once

#include "PointsPolicy.h"
#include "StorageError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QString>

namespace wristdoc {

// Reading and checking what the command line names, shared by the subcommands. Every failure
// comes back as one English line that names the file (and line) or the option.
class CliInput {
public:
    static QCommandLineOption policyOption();
    static QCommandLineOption birthDateOption();
    static QCommandLineOption dbOption();

    // --policy FILE when given, the built-in default otherwise.
    static bool loadPolicy(const QCommandLineParser &parser, PointsPolicy *policy, QString *error);
    // A required option's value; error names the option when it is missing or empty.
    static bool requireValue(const QCommandLineParser &parser, const QString &option,
                             const QString &valueName, QString *value, QString *error);
    // An optional YYYY-MM-DD option: true with an invalid date when absent.
    static bool optionalDate(const QCommandLineParser &parser, const QString &option, QDate *date,
                             QString *error);

    // "FILE: what went wrong (detail)" for a storage failure.
    static QString storageMessage(const QString &path, const StorageError &error);
};

} // namespace wristdoc
