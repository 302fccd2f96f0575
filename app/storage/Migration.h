#pragma once

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <functional>

namespace wristdoc {

struct MigrationContext {
    QTimeZone rollupZone;
};

// One numbered schema step. Steps run in order inside a single transaction; PRAGMA user_version
// holds the number of the last applied step. A failing step rolls back the whole run.
struct Migration {
    int version = 0;
    QString description;
    std::function<bool(QSqlDatabase &db, const MigrationContext &context, QString *error)> apply;

    static QVector<Migration> builtIn();
    static int latestBuiltInVersion();
};

class Migrator {
public:
    // Applies every migration above the current user_version up to target (-1: the last).
    static StorageError migrate(QSqlDatabase &db, const QVector<Migration> &migrations, int target,
                                const MigrationContext &context);
    static int currentVersion(QSqlDatabase &db); // -1 when it cannot be read
    // Highest version in the list (0 for an empty list).
    static int newestVersion(const QVector<Migration> &migrations);

    // PRAGMA application_id of a WristDoc cache ("WrDc"); set with the first migration, so a
    // SQLite file of another application is recognised and left alone.
    static constexpr int kApplicationId = 0x57724463;
};

} // namespace wristdoc
