#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <functional>

namespace wristdoc {

struct MigrationContext
{
    QTimeZone rollupZone;
};

// One numbered schema step. Steps run in order inside a single transaction; PRAGMA user_version
// holds the number of the last applied step. A failing step rolls back the whole run.
struct Migration
{
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, const MigrationContext &context, QString *error)> apply;

    static QVector<Migration> builtIn();
    static int latestBuiltInVersion();
};

class Migrator
{
public:
    // Applies every migration above the current user_version up to target (-1: the last).
    static StorageError migrate(QSqlDatabase &db, const QVector<Migration> &migrations, int target,
                                const MigrationContext &context);
    static int currentVersion(QSqlDatabase &db);
};

} // namespace wristdoc
