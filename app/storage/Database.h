#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

struct sqlite3;

namespace wristdoc {

// One SQLite file in WAL mode, opened through QtSql. Opening never writes to a file it cannot
// use: a corrupt, foreign, newer-schema or read-only file is reported and left untouched.
class Database
{
public:
    struct Options
    {
        QString path;
        QTimeZone rollupZone = QTimeZone("Asia/Seoul"); // local days of the daily rollups
        QVector<Migration> migrations = Migration::builtIn();
        int targetVersion = -1; // -1: the newest of migrations; tests set older versions
    };

    static std::unique_ptr<Database> open(const Options &options, StorageError *error);
    static QString defaultPath(); // <AppDataLocation>/wristdoc.db

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const; // native handle, for the prepared-statement hot path of ingest
    int schemaVersion() const;
    QTimeZone rollupZone() const { return m_rollupZone; }
    QString path() const { return m_path; }

private:
    Database(QString connectionName, QString path, QTimeZone zone);

    QString m_connectionName;
    QString m_path;
    QTimeZone m_rollupZone;
};

// Maps a failed SQLite result to the error code the user sees.
StorageError storageErrorFromSqlite(int sqliteResultCode, const QString &what);

} // namespace wristdoc
