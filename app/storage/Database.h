#pragma once

#include "Migration.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTimeZone>

#include <memory>

struct sqlite3;

namespace wristdoc {

// One SQLite file in WAL mode, opened through QtSql. Opening never writes to a file it cannot
// use: a corrupt, foreign, newer-schema or read-only file is reported and left untouched.
class Database {
public:
    struct Options {
        QString path;
        QTimeZone rollupZone = QTimeZone("Asia/Seoul"); // local days of the daily rollups
        QVector<Migration> migrations = Migration::builtIn();
        int targetVersion = -1; // -1: the newest of migrations; tests set older versions
        // Also run PRAGMA quick_check on an existing file before using it. It reads the whole
        // file (about a second for five years of data), so the app leaves it off and relies on
        // the header, schema and version checks; tools may turn it on.
        bool verifyIntegrity = false;
    };

    static std::unique_ptr<Database> open(const Options &options, StorageError *error);
    static QString defaultPath(); // <AppDataLocation>/wristdoc.db

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const; // native handle, for the prepared-statement hot path of ingest
    // The sqlite3 handle behind a QSQLITE connection (nullptr for any other driver).
    static sqlite3 *nativeHandle(const QSqlDatabase &db);
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
// The same for a failed QtSql query (QSQLITE reports the SQLite code as the native error code).
StorageError storageErrorFromQuery(const QSqlError &error, const QString &what);

} // namespace wristdoc
