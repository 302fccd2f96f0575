#include "Database.h"
#include "DeviceStore.h"
#include "SampleStore.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

// A file written by the raw C API, as another program would.
void writeWithSqlite(const QString &path, const QStringList &statements) {
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    for (const QString &sql : statements)
        ASSERT_EQ(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK)
            << sql.toStdString();
    ASSERT_EQ(sqlite3_close(db), SQLITE_OK);
}

// A closed WristDoc database with one device and one day of samples.
void createOurDatabase(const QString &path) {
    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    DeviceStore devices(*db);
    Device device;
    device.address = QStringLiteral("sim-0001");
    const qint64 id = devices.ensureDevice(device, &error);
    ASSERT_GT(id, 0);
    MinuteSamples samples;
    for (int i = 0; i < 1440; ++i)
        samples.append(sample(utcSecs(2026, 3, 1) + i * 60, i % 50, 60 + i % 40));
    ASSERT_FALSE(SampleStore(*db).ingest(id, samples));
}

struct RefusedCase {
    QByteArray hashBefore;
    StorageError error;
};

RefusedCase openRefused(const QString &path, bool verifyIntegrity = false) {
    RefusedCase result;
    result.hashBefore = fileHash(path);
    Database::Options options;
    options.path = path;
    options.verifyIntegrity = verifyIntegrity;
    auto db = Database::open(options, &result.error);
    EXPECT_FALSE(db);
    return result;
}

} // namespace

TEST(DatabaseTest, CreatesOwnerOnlyFolderAndCurrentSchemaInWalMode) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("data/wristdoc"));
    const QString path = folder + QStringLiteral("/cache.db");
    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_FALSE(error);
    const auto groupAndOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                               QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFileInfo(folder).permissions() & groupAndOther, 0);
    EXPECT_TRUE(QFileInfo(folder).permissions().testFlag(QFileDevice::WriteOwner));
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
    EXPECT_EQ(db->path(), QFileInfo(path).absoluteFilePath());
    QSqlQuery journal(db->connection());
    ASSERT_TRUE(journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next());
    EXPECT_EQ(journal.value(0).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA busy_timeout")), 5000);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA application_id")), Migrator::kApplicationId);
    ASSERT_NE(db->handle(), nullptr);
}

TEST(DatabaseTest, ReopensAndKeepsData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    createOurDatabase(path);
    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(rowCount(*db, "devices"), 1);
    EXPECT_EQ(rowCount(*db, "step_samples"), 1440);
    EXPECT_EQ(rowCount(*db, "heart_rate_samples"), 1440);
}

TEST(DatabaseTest, PathsWithSpacesSignsAndHangulReopen) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my data #1 ?%/건강 기록.db"));
    createOurDatabase(path);
    StorageError error;
    auto db = openDatabase(path, &error); // the read-only probe takes this path as a URI
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(rowCount(*db, "step_samples"), 1440);
}

TEST(DatabaseTest, EachDatabaseHasItsOwnConnectionRemovedOnDestruction) {
    QTemporaryDir dir;
    const int before = QSqlDatabase::connectionNames().size();
    auto first = openDatabase(dir.filePath(QStringLiteral("a.db")));
    auto second = openDatabase(dir.filePath(QStringLiteral("b.db")));
    ASSERT_TRUE(first && second);
    EXPECT_NE(first->connection().connectionName(), second->connection().connectionName());
    EXPECT_NE(first->handle(), second->handle());
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 2);
    const QString name = first->connection().connectionName();
    first.reset();
    EXPECT_FALSE(QSqlDatabase::contains(name));
    second.reset();
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

TEST(DatabaseTest, TextFileIsNotADatabaseAndStaysUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("timestamp_utc,steps\n2026-03-01T00:00:00Z,12\n");
    file.close();
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::NotADatabase);
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(DatabaseTest, DamagedSchemaPageIsNotADatabaseAndStaysUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    createOurDatabase(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(100)); // the b-tree header of page 1, right after the file header
    file.write(QByteArray(400, '\xA5'));
    file.close();
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::NotADatabase)
        << refused.error.detail.toStdString();
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(DatabaseTest, DamagedDataPageIsFoundByTheIntegrityCheck) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    createOurDatabase(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GT(file.size(), 4 * pageSize);
    ASSERT_TRUE(file.seek(file.size() - 2 * pageSize)); // a sample page, not the schema
    file.write(QByteArray(int(pageSize), '\x5A'));
    file.close();
    const RefusedCase refused = openRefused(path, true);
    EXPECT_EQ(refused.error.code, StorageErrorCode::NotADatabase)
        << refused.error.detail.toStdString();
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(DatabaseTest, SqliteFileOfAnotherApplicationStaysUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    writeWithSqlite(path,
                    {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"),
                     QStringLiteral("INSERT INTO recipes (name) VALUES ('soup')")});
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::NotADatabase);
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(DatabaseTest, NewerSchemaIsRefusedAndStaysUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    createOurDatabase(path);
    writeWithSqlite(path, {QStringLiteral("PRAGMA user_version = 99")});
    ASSERT_FALSE(hasSidecarFiles(path));
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::NewerSchema);
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(DatabaseTest, ReadOnlyFileIsRefusedAndStaysUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    createOurDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::ReadOnly);
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST(DatabaseTest, FileInReadOnlyFolderIsRefusedAndStaysUntouched) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/w.db");
    createOurDatabase(path);
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const RefusedCase refused = openRefused(path);
    EXPECT_EQ(refused.error.code, StorageErrorCode::ReadOnly);
    EXPECT_EQ(fileHash(path), refused.hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(DatabaseTest, NewFileInReadOnlyFolderIsRefusedWithoutCreatingIt) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString path = folder + QStringLiteral("/w.db");
    StorageError error;
    EXPECT_FALSE(openDatabase(path, &error));
    EXPECT_EQ(error.code, StorageErrorCode::ReadOnly);
    EXPECT_FALSE(QFile::exists(path));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(DatabaseTest, UnusablePathsCannotOpen) {
    QTemporaryDir dir;
    StorageError error;
    EXPECT_FALSE(openDatabase(QString(), &error));
    EXPECT_EQ(error.code, StorageErrorCode::CannotOpen);

    const QString plainFile = dir.filePath(QStringLiteral("plain"));
    QFile file(plainFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_FALSE(openDatabase(plainFile + QStringLiteral("/w.db"), &error));
    EXPECT_EQ(error.code, StorageErrorCode::CannotOpen);

    EXPECT_FALSE(openDatabase(dir.path(), &error)); // a folder, not a file
    EXPECT_EQ(error.code, StorageErrorCode::CannotOpen);
}

TEST(DatabaseTest, EmptyFileBecomesADatabase) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
}

TEST(DatabaseTest, SqliteResultCodesMapToUserFacingErrors) {
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_OK, QStringLiteral("x")).code, StorageErrorCode::None);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_DONE, QStringLiteral("x")).code,
              StorageErrorCode::None);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_FULL, QStringLiteral("x")).code,
              StorageErrorCode::DiskFull);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_IOERR_WRITE, QStringLiteral("x")).code,
              StorageErrorCode::DiskFull);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_READONLY_DBMOVED, QStringLiteral("x")).code,
              StorageErrorCode::ReadOnly);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_CORRUPT, QStringLiteral("x")).code,
              StorageErrorCode::NotADatabase);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_NOTADB, QStringLiteral("x")).code,
              StorageErrorCode::NotADatabase);
    EXPECT_EQ(storageErrorFromSqlite(SQLITE_CANTOPEN, QStringLiteral("x")).code,
              StorageErrorCode::CannotOpen);
    const StorageError constraint =
        storageErrorFromSqlite(SQLITE_CONSTRAINT_UNIQUE, QStringLiteral("store device"));
    EXPECT_EQ(constraint.code, StorageErrorCode::QueryFailed);
    EXPECT_TRUE(constraint.detail.startsWith(QStringLiteral("store device")));
}
