#include "Migration.h"
#include "Database.h"
#include "SampleStore.h"
#include "StorageTestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

// Reads the schema with the raw C API, apart from anything the code under test does.
struct RawSchema {
    int userVersion = -1;
    QStringList tables;
};

RawSchema readRawSchema(const QString &path) {
    RawSchema schema;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
        if (sqlite3_step(statement) == SQLITE_ROW)
            schema.userVersion = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                           -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW)
            schema.tables << QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return schema;
}

void exec(Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec(sql)) << sql.toStdString() << ": "
                                 << query.lastError().text().toStdString();
}

Migration failingMigration(int version, const QString &createsTable) {
    Migration migration;
    migration.version = version;
    migration.description = QStringLiteral("injected failure");
    migration.apply = [createsTable](QSqlDatabase &db, const MigrationContext &, QString *error) {
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(createsTable));
        *error = QStringLiteral("refused on purpose");
        return false;
    };
    return migration;
}

Migration creatingMigration(int version, const QString &table) {
    Migration migration;
    migration.version = version;
    migration.description = QStringLiteral("creates ") + table;
    migration.apply = [table](QSqlDatabase &db, const MigrationContext &, QString *error) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(table))) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };
    return migration;
}

} // namespace

TEST(MigrationTest, BuiltInVersionsAreNumberedFromOne) {
    const QVector<Migration> builtIn = Migration::builtIn();
    ASSERT_EQ(builtIn.size(), 7);
    for (int i = 0; i < builtIn.size(); ++i) {
        EXPECT_EQ(builtIn[i].version, i + 1);
        EXPECT_FALSE(builtIn[i].description.isEmpty());
        EXPECT_TRUE(bool(builtIn[i].apply));
    }
    EXPECT_EQ(Migration::latestBuiltInVersion(), 7);
}

TEST(MigrationTest, VersionFourDatabaseGainsTheOutboxAndKeepsItsData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    {
        Database::Options options;
        options.path = path;
        options.targetVersion = 4;
        StorageError error;
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db) << error.detail.toStdString();
        ASSERT_EQ(db->schemaVersion(), 4);
        exec(*db, QStringLiteral("INSERT INTO devices (id, address) VALUES (1, 'a')"));
        exec(*db, QStringLiteral("INSERT INTO app_state (key, value) VALUES ('k', 'v')"));
    }
    const RawSchema before = readRawSchema(path);
    EXPECT_EQ(before.userVersion, 4);
    EXPECT_FALSE(before.tables.contains(QStringLiteral("outbox")));

    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
    EXPECT_EQ(rowCount(*db, "devices"), 1);
    EXPECT_EQ(rowCount(*db, "app_state"), 1);
    EXPECT_EQ(rowCount(*db, "enrolments"), 0);
    EXPECT_EQ(rowCount(*db, "outbox"), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                         " AND name = 'outbox_due'")),
              1);

    // The constraints hold: one reference per enrolment, one key per outbox row, known states.
    exec(*db, QStringLiteral("INSERT INTO enrolments (reference, created_ms, district,"
                             " eligibility, device) VALUES ('WD-222222', 1, 'jongno', 'lives',"
                             " 'rental-band')"));
    QSqlQuery query(db->connection());
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO enrolments (reference, created_ms, district, eligibility, device)"
        " VALUES ('WD-222222', 2, 'jung', 'works', 'own-watch')")));
    exec(*db, QStringLiteral("INSERT INTO outbox (kind, item_id, idempotency_key, state,"
                             " created_ms, updated_ms) VALUES ('enrolment', 1, 'key-00001',"
                             " 'pending', 1, 1)"));
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms, updated_ms)"
        " VALUES ('enrolment', 2, 'key-00001', 'pending', 1, 1)")));
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms, updated_ms)"
        " VALUES ('enrolment', 3, 'key-00003', 'lost', 1, 1)")));
    EXPECT_EQ(rowCount(*db, "outbox"), 1);
}

TEST(MigrationTest, VersionFiveDatabaseGainsTheStaffPinAndApplicantMarks) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.db"));
    {
        Database::Options options;
        options.path = path;
        options.targetVersion = 5;
        StorageError error;
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db) << error.detail.toStdString();
        exec(*db, QStringLiteral("INSERT INTO outbox (kind, item_id, idempotency_key, state,"
                                 " created_ms, updated_ms) VALUES ('enrolment', 1, 'key-00001',"
                                 " 'pending', 1, 1)"));
    }
    EXPECT_FALSE(readRawSchema(path).tables.contains(QStringLiteral("staff_pin")));

    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
    EXPECT_EQ(rowCount(*db, "outbox"), 1);
    EXPECT_EQ(rowCount(*db, "staff_pin"), 0);
    EXPECT_EQ(rowCount(*db, "applicant_marks"), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                         " AND name = 'outbox_by_created'")),
              1);

    // One PIN row only; marks are 32-byte hashes, one row per person.
    QSqlQuery query(db->connection());
    exec(*db,
         QStringLiteral("INSERT INTO staff_pin (id, pin_hash, updated_ms) VALUES (1, 'h', 1)"));
    EXPECT_FALSE(query.exec(
        QStringLiteral("INSERT INTO staff_pin (id, pin_hash, updated_ms) VALUES (2, 'h', 1)")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE staff_pin SET failed_tries = -1 WHERE id = 1")));
    exec(*db, QStringLiteral("INSERT INTO applicant_marks (mark, first_ms, last_ms)"
                             " VALUES (zeroblob(32), 1, 1)"));
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO applicant_marks (mark, first_ms, last_ms)"
                                           " VALUES (zeroblob(32), 2, 2)")));
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO applicant_marks (mark, first_ms, last_ms)"
                                           " VALUES (x'0102', 2, 2)")));
    EXPECT_EQ(rowCount(*db, "applicant_marks"), 1);
}

TEST(MigrationTest, VersionSixOutboxIsRebuiltForActivityDaysWithItsRowsIntact) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.db"));
    {
        Database::Options options;
        options.path = path;
        options.targetVersion = 6;
        StorageError error;
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db) << error.detail.toStdString();
        exec(*db, QStringLiteral("INSERT INTO outbox (kind, item_id, idempotency_key, state,"
                                 " sealed_body, attempts, created_ms, updated_ms) VALUES"
                                 " ('enrolment', 7, 'key-00007', 'queued', x'0102', 3, 5, 6)"));
        QSqlQuery query(db->connection());
        // Before v7 the outbox refuses any other kind.
        EXPECT_FALSE(query.exec(QStringLiteral(
            "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms, updated_ms)"
            " VALUES ('activity-day', 1, 'day-1', 'pending', 1, 1)")));
    }
    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), 7);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT item_id * 100 + attempts FROM outbox"
                                         " WHERE idempotency_key = 'key-00007'"
                                         " AND state = 'queued' AND sealed_body = x'0102'")),
              703);
    exec(*db, QStringLiteral(
                  "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms,"
                  " updated_ms) VALUES ('activity-day', 1, 'day-00000001', 'pending', 1, 1)"));
    QSqlQuery query(db->connection());
    EXPECT_FALSE(query.exec(QStringLiteral(
        "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms, updated_ms)"
        " VALUES ('binding', 1, 'bind-1', 'pending', 1, 1)")));
    for (const char *index : {"outbox_due", "outbox_by_created"}) {
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE"
                                             " type = 'index' AND name = '%1'")
                                  .arg(QLatin1String(index))),
                  1)
            << index;
    }
    EXPECT_EQ(rowCount(*db, "activity_days"), 0);
    EXPECT_EQ(rowCount(*db, "server_ledger_days"), 0);
    EXPECT_EQ(rowCount(*db, "server_ledger_summary"), 0);
}

TEST(MigrationTest, VersionOneDatabaseIsMigratedAndRollupsAreBackfilled) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        Database::Options options;
        options.path = path;
        options.targetVersion = 1;
        StorageError error;
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db) << error.detail.toStdString();
        EXPECT_EQ(db->schemaVersion(), 1);
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'daily_rollup'")),
                  0);
        exec(*db, QStringLiteral("INSERT INTO devices (id, address) VALUES (1, 'a'), (2, 'b')"));
        // 2026-03-01 14:58Z and 14:59Z are 23:58 and 23:59 of 1 March in Seoul; 15:00Z is
        // 00:00 of 2 March.
        const qint64 lateMarch1 = utcSecs(2026, 3, 1, 14, 58);
        exec(*db, QStringLiteral("INSERT INTO step_samples VALUES (1, %1, 30), (1, %2, 40),"
                                 " (1, %3, 5), (2, %1, 7)")
                      .arg(lateMarch1)
                      .arg(lateMarch1 + 60)
                      .arg(lateMarch1 + 120));
        exec(*db, QStringLiteral("INSERT INTO heart_rate_samples VALUES (1, %1, 70), (1, %2, 91),"
                                 " (1, %3, 64), (2, %2, 100)")
                      .arg(lateMarch1)
                      .arg(lateMarch1 + 60)
                      .arg(lateMarch1 + 120));
    }

    StorageError error;
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
    for (const char *table : {"daily_rollup", "points_ledger", "app_state"})
        EXPECT_EQ(rowCount(*db, table), table == QLatin1String("daily_rollup") ? 3 : 0) << table;

    const QVector<DailyRollup> rollups =
        SampleStore(*db).rollups(QDate(2026, 2, 28), QDate(2026, 3, 3), &error);
    ASSERT_FALSE(error);
    ASSERT_EQ(rollups.size(), 2);
    // 1 March: device 1 (30 + 40 steps; 70, 91 bpm) and device 2 (7 steps; 100 bpm).
    EXPECT_EQ(rollups[0].date, QDate(2026, 3, 1));
    EXPECT_EQ(rollups[0].steps, 77);
    EXPECT_EQ(rollups[0].stepMinutes, 3);
    EXPECT_EQ(rollups[0].hrMin, 70);
    EXPECT_EQ(rollups[0].hrMax, 100);
    EXPECT_EQ(rollups[0].hrMinutes, 3);
    EXPECT_EQ(rollups[0].hrAvg, 87); // (70 + 91 + 100) / 3
    // 2 March: device 1 only.
    EXPECT_EQ(rollups[1].date, QDate(2026, 3, 2));
    EXPECT_EQ(rollups[1].steps, 5);
    EXPECT_EQ(rollups[1].stepMinutes, 1);
    EXPECT_EQ(rollups[1].hrMin, 64);
    EXPECT_EQ(rollups[1].hrMax, 64);
    EXPECT_EQ(rollups[1].hrAvg, 64);
}

TEST(MigrationTest, BackfillUsesTheContextZone) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    Database::Options options;
    options.path = path;
    options.targetVersion = 1;
    options.rollupZone = QTimeZone::utc();
    StorageError error;
    {
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db);
        exec(*db, QStringLiteral("INSERT INTO devices (id, address) VALUES (1, 'a')"));
        exec(*db, QStringLiteral("INSERT INTO step_samples VALUES (1, %1, 30), (1, %2, 5)")
                      .arg(utcSecs(2026, 3, 1, 14, 59))
                      .arg(utcSecs(2026, 3, 1, 15, 0)));
    }
    options.targetVersion = -1;
    auto db = Database::open(options, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    const QVector<DailyRollup> rollups =
        SampleStore(*db).rollups(QDate(2026, 3, 1), QDate(2026, 3, 2), &error);
    ASSERT_EQ(rollups.size(), 1); // in UTC both minutes are on 1 March
    EXPECT_EQ(rollups[0].steps, 35);
    EXPECT_EQ(rollups[0].hrMinutes, 0);
    EXPECT_EQ(rollups[0].hrMin, 0);
}

TEST(MigrationTest, FailingStepRollsBackTheWholeRun) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    {
        auto db = openDatabase(path, nullptr, 1);
        ASSERT_TRUE(db);
        exec(*db, QStringLiteral("INSERT INTO devices (id, address) VALUES (1, 'a')"));
        exec(*db, QStringLiteral("INSERT INTO step_samples VALUES (1, %1, 30)")
                      .arg(utcSecs(2026, 3, 1, 3, 0)));
    }
    const RawSchema before = readRawSchema(path);
    ASSERT_EQ(before.userVersion, 1);
    const QByteArray hashBefore = fileHash(path);

    // The built-in steps after 1 succeed, the next one creates a table and then fails: nothing
    // of them may stay.
    const int failing = Migration::latestBuiltInVersion() + 1;
    Database::Options options;
    options.path = path;
    options.migrations = Migration::builtIn();
    options.migrations << failingMigration(failing, QStringLiteral("half_done"));
    StorageError error;
    EXPECT_FALSE(Database::open(options, &error));
    EXPECT_EQ(error.code, StorageErrorCode::MigrationFailed);
    EXPECT_TRUE(error.detail.contains(QStringLiteral("migration %1").arg(failing)));
    EXPECT_TRUE(error.detail.contains(QStringLiteral("refused on purpose")));

    EXPECT_EQ(fileHash(path), hashBefore);
    EXPECT_FALSE(hasSidecarFiles(path));
    const RawSchema after = readRawSchema(path);
    EXPECT_EQ(after.userVersion, 1);
    EXPECT_EQ(after.tables, before.tables);
    EXPECT_FALSE(after.tables.contains(QStringLiteral("daily_rollup")));
    EXPECT_FALSE(after.tables.contains(QStringLiteral("half_done")));

    // The untouched file still opens with the built-in list and then reaches the newest version.
    auto db = openDatabase(path, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), Migration::latestBuiltInVersion());
    EXPECT_EQ(rowCount(*db, "step_samples"), 1);
    EXPECT_EQ(rowCount(*db, "daily_rollup"), 1);
}

TEST(MigrationTest, CustomMigrationsRunInVersionOrder) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    Database::Options options;
    options.path = path;
    options.migrations = Migration::builtIn();
    // Given out of order: the second extra step must still run after the first (it would fail
    // before it).
    const int first = Migration::latestBuiltInVersion() + 1;
    Migration five;
    five.version = first + 1;
    five.description = QStringLiteral("needs four");
    five.apply = [](QSqlDatabase &db, const MigrationContext &, QString *error) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("INSERT INTO extra_four VALUES (4)"))) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };
    options.migrations.prepend(five);
    options.migrations << creatingMigration(first, QStringLiteral("extra_four"));
    StorageError error;
    auto db = Database::open(options, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    EXPECT_EQ(db->schemaVersion(), first + 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT x FROM extra_four")), 4);
}

TEST(MigrationTest, FailedFirstMigrationLeavesNoNewFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    Database::Options options;
    options.path = path;
    options.migrations = {failingMigration(1, QStringLiteral("anything"))};
    StorageError error;
    EXPECT_FALSE(Database::open(options, &error));
    EXPECT_EQ(error.code, StorageErrorCode::MigrationFailed);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(hasSidecarFiles(path));
}

TEST(MigrationTest, InvalidListsAndTargetsAreRefused) {
    QTemporaryDir dir;
    StorageError error;

    Database::Options repeated;
    repeated.path = dir.filePath(QStringLiteral("a.db"));
    repeated.migrations = Migration::builtIn();
    repeated.migrations << creatingMigration(3, QStringLiteral("again"));
    EXPECT_FALSE(Database::open(repeated, &error));
    EXPECT_EQ(error.code, StorageErrorCode::MigrationFailed);

    Database::Options tooFar;
    tooFar.path = dir.filePath(QStringLiteral("b.db"));
    tooFar.targetVersion = Migration::latestBuiltInVersion() + 1;
    EXPECT_FALSE(Database::open(tooFar, &error));
    EXPECT_EQ(error.code, StorageErrorCode::MigrationFailed);
    EXPECT_FALSE(QFile::exists(tooFar.path));
}

TEST(MigrationTest, MigratorIsIdempotentAndRefusesNewerSchemas) {
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("w.db")));
    ASSERT_TRUE(db);
    QSqlDatabase connection = db->connection();
    const MigrationContext context{QTimeZone::utc()};
    EXPECT_FALSE(Migrator::migrate(connection, Migration::builtIn(), -1, context));
    EXPECT_EQ(Migrator::currentVersion(connection), Migration::latestBuiltInVersion());

    QVector<Migration> older = Migration::builtIn();
    older.removeLast();
    const StorageError newer = Migrator::migrate(connection, older, -1, context);
    EXPECT_EQ(newer.code, StorageErrorCode::NewerSchema);
    EXPECT_EQ(Migrator::currentVersion(connection), Migration::latestBuiltInVersion());
}
