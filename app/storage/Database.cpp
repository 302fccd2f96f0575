#include "Database.h"

#include "OwnerOnlyFile.h"
#include "StorageLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

namespace wristdoc {

namespace {

constexpr int kBusyTimeoutMs = 5000;
QAtomicInteger<quint64> s_connectionCounter;

StorageError makeError(StorageErrorCode code, const QString &detail) {
    return StorageError{code, detail};
}

// Root passes access(W_OK) for any file, so the write bits also count: a file or folder whose
// mode has no write bit at all was made read-only on purpose and is treated as such.
bool writableByIntent(const QFileInfo &info) {
    const auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// Closes a probe connection whatever happens.
struct ProbeHandle {
    sqlite3 *db = nullptr;
    ~ProbeHandle() { sqlite3_close(db); }
};

// Reads an existing file without writing anything: header magic, schema, application id and
// version. A file without a -wal is opened immutable, so SQLite creates no -wal or -shm beside it.
StorageError probeExistingFile(const QString &path, int newestVersion, bool verifyIntegrity) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(StorageErrorCode::CannotOpen,
                         QStringLiteral("cannot read the database file"));
    if (file.size() == 0)
        return {}; // SQLite's empty database: ours to initialise
    static const QByteArray magic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(StorageErrorCode::NotADatabase, QStringLiteral("not a SQLite database"));

    // Immutable (no locks, no -wal/-shm) only when no other connection can be writing: a WAL
    // file exists while one is open, a rollback journal while one commits.
    const bool inUse = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                       QFileInfo::exists(path + QStringLiteral("-journal"));
    QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    if (!inUse)
        uri += "&immutable=1";
    ProbeHandle probe;
    int rc = sqlite3_open_v2(uri.constData(), &probe.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                             nullptr);
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("probe open"));

    qint64 userVersion = 0;
    qint64 applicationId = 0;
    qint64 tables = 0;
    QString integrity = QStringLiteral("ok");
    const auto readInt = [&probe](const char *sql, qint64 *out) {
        sqlite3_stmt *statement = nullptr;
        int result = sqlite3_prepare_v2(probe.db, sql, -1, &statement, nullptr);
        if (result == SQLITE_OK) {
            result = sqlite3_step(statement);
            if (result == SQLITE_ROW) {
                *out = sqlite3_column_int64(statement, 0);
                result = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        return result;
    };
    // Counting the schema makes SQLite parse it: a damaged first page fails here.
    rc = readInt("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'", &tables);
    if (rc == SQLITE_OK)
        rc = readInt("PRAGMA user_version", &userVersion);
    if (rc == SQLITE_OK)
        rc = readInt("PRAGMA application_id", &applicationId);
    if (rc == SQLITE_OK && verifyIntegrity) {
        sqlite3_stmt *statement = nullptr;
        rc = sqlite3_prepare_v2(probe.db, "PRAGMA quick_check(1)", -1, &statement, nullptr);
        if (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
            integrity = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
    }
    if (rc != SQLITE_OK) {
        StorageError error = storageErrorFromSqlite(rc, QStringLiteral("reading the schema"));
        // Whatever stops SQLite from reading the schema makes the file unusable as a cache.
        if (error.code == StorageErrorCode::QueryFailed)
            error.code = StorageErrorCode::NotADatabase;
        return error;
    }
    if (integrity != QLatin1String("ok"))
        return makeError(StorageErrorCode::NotADatabase,
                         QStringLiteral("integrity check failed: %1").arg(integrity));
    if (applicationId != Migrator::kApplicationId &&
        !(applicationId == 0 && userVersion == 0 && tables == 0))
        return makeError(StorageErrorCode::NotADatabase,
                         QStringLiteral("a SQLite database of another application"));
    if (userVersion > newestVersion)
        return makeError(StorageErrorCode::NewerSchema,
                         QStringLiteral("schema version %1 is newer than this program's %2")
                             .arg(userVersion)
                             .arg(newestVersion));
    return {};
}

bool execPragma(sqlite3 *db, const char *sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

Database::Database(QString connectionName, QString path, QTimeZone zone)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_rollupZone(std::move(zone)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const Options &options, StorageError *error) {
    const auto fail = [error](const StorageError &failure) {
        qCWarning(lcStorage).noquote() << "cannot use the database:" << failure.detail;
        if (error)
            *error = failure;
        return std::unique_ptr<Database>();
    };
    if (error)
        *error = {};
    if (options.path.isEmpty())
        return fail(makeError(StorageErrorCode::CannotOpen, QStringLiteral("no database path")));

    const int newest = Migrator::newestVersion(options.migrations);
    const int target = options.targetVersion < 0 ? newest : options.targetVersion;
    if (target > newest)
        return fail(makeError(StorageErrorCode::MigrationFailed,
                              QStringLiteral("no migration to version %1").arg(target)));

    const QFileInfo info(options.path);
    const QString path = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        if (!QDir().mkpath(folder))
            return fail(makeError(StorageErrorCode::CannotOpen,
                                  QStringLiteral("cannot create the database folder")));
        // The cache holds health data: only its owner may list or read the folder.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    } else if (!folderInfo.isDir()) {
        return fail(makeError(StorageErrorCode::CannotOpen,
                              QStringLiteral("the database folder is not a folder")));
    }

    const bool existed = info.exists();
    if (existed) {
        if (!info.isFile())
            return fail(makeError(StorageErrorCode::CannotOpen,
                                  QStringLiteral("the database path is not a file")));
        const StorageError probe = probeExistingFile(path, newest, options.verifyIntegrity);
        if (probe)
            return fail(probe);
        if (!writableByIntent(info))
            return fail(makeError(StorageErrorCode::ReadOnly,
                                  QStringLiteral("the database file is read-only")));
    }
    // SQLite writes its -wal and -shm files beside the database.
    if (!writableByIntent(QFileInfo(folder)))
        return fail(makeError(StorageErrorCode::ReadOnly,
                              QStringLiteral("the database folder is not writable")));
    // SQLite would create the file 0644 and gives its -wal and -shm the database's mode: an
    // empty 0600 file first (SQLite takes an empty file as a new database), and an older
    // cache open to others is closed to them before its -wal and -shm are made.
    if (!existed) {
        QString problem;
        if (!OwnerOnlyFile::createEmpty(path, &problem))
            return fail(makeError(StorageErrorCode::CannotOpen, problem));
    } else if (!OwnerOnlyFile::restrictToOwner(path)) {
        qCWarning(lcStorage) << "the database file stays readable by others (not ours to change)";
    }

    const QString name = QStringLiteral("wristdoc-storage-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(makeError(StorageErrorCode::CannotOpen,
                                  QStringLiteral("the QSQLITE driver is not available")));
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            const StorageError openError =
                storageErrorFromQuery(db.lastError(), QStringLiteral("open"));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return fail(openError);
        }
    }
    if (!options.rollupZone.isValid())
        qCWarning(lcStorage) << "invalid rollup zone; local days in UTC";
    // From here the destructor closes and removes the connection on every early return.
    std::unique_ptr<Database> database(new Database(
        name, path, options.rollupZone.isValid() ? options.rollupZone : QTimeZone::utc()));
    const auto discard = [&](const StorageError &failure) {
        database.reset();
        if (!existed) {
            // Nothing of ours may stay behind when a new file could not be initialised.
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return fail(failure);
    };

    sqlite3 *handle = database->handle();
    if (!handle)
        return discard(
            makeError(StorageErrorCode::CannotOpen, QStringLiteral("no native SQLite handle")));
    if (sqlite3_db_readonly(handle, "main") == 1)
        return discard(makeError(StorageErrorCode::ReadOnly,
                                 QStringLiteral("SQLite opened the file read-only")));

    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    // NORMAL in WAL mode: a commit is atomic and consistent after a crash, only the last
    // transactions before a power cut may be lost, never corrupt; the WAL is synced at each
    // checkpoint. FULL would add an fsync to every ingest commit, which the cache does not need:
    // the watch keeps its history until the next sync and resends it.
    if (!execPragma(handle, "PRAGMA foreign_keys = ON") ||
        !execPragma(handle, "PRAGMA synchronous = NORMAL"))
        return discard(storageErrorFromSqlite(sqlite3_errcode(handle), QStringLiteral("pragma")));

    QSqlDatabase db = database->connection();
    const MigrationContext context{database->rollupZone()};
    const StorageError migration = Migrator::migrate(db, options.migrations, target, context);
    if (migration)
        return discard(migration);

    // Switched after the migrations, so a refused or failed upgrade leaves the header as it was.
    // WAL lets the dashboard read while a sync writes.
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next() ||
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "WAL mode unavailable; using the rollback journal";
    journal.finish();

    qCDebug(lcStorage) << "database ready at schema version" << database->schemaVersion();
    return database;
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/wristdoc.db");
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const {
    return nativeHandle(connection());
}

sqlite3 *Database::nativeHandle(const QSqlDatabase &db) {
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant value = db.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

int Database::schemaVersion() const {
    QSqlDatabase db = connection();
    return Migrator::currentVersion(db);
}

StorageError storageErrorFromSqlite(int sqliteResultCode, const QString &what) {
    StorageError error;
    switch (sqliteResultCode & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return error;
    case SQLITE_FULL:
    case SQLITE_IOERR:
        error.code = StorageErrorCode::DiskFull;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        error.code = StorageErrorCode::ReadOnly;
        break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        error.code = StorageErrorCode::NotADatabase;
        break;
    case SQLITE_CANTOPEN:
        error.code = StorageErrorCode::CannotOpen;
        break;
    default:
        error.code = StorageErrorCode::QueryFailed;
        break;
    }
    error.detail = QStringLiteral("%1: %2 (%3)")
                       .arg(what, QString::fromUtf8(sqlite3_errstr(sqliteResultCode)))
                       .arg(sqliteResultCode);
    return error;
}

StorageError storageErrorFromQuery(const QSqlError &error, const QString &what) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    StorageError result =
        storageErrorFromSqlite(ok && code != SQLITE_OK ? code : SQLITE_ERROR, what);
    if (!error.driverText().isEmpty() || !error.databaseText().isEmpty())
        result.detail += QStringLiteral(": %1").arg(
            error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
    return result;
}

} // namespace wristdoc
