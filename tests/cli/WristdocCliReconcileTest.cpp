// wristdoc-cli reconcile against caches written by the storage library: a day that differs
// from the stored ledger, every day matching, and the refusals (unlinked, unknown profile).
#include "ActivityDayStore.h"
#include "CliRun.h"
#include "Database.h"
#include "LinkedParticipant.h"
#include "ManualClock.h"
#include "ProfileRegistry.h"
#include "ServerLedgerStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace wristdoc;

namespace {

const QString kPerson = QStringLiteral("P-00000009");

test::CliRun cli(const QStringList &arguments) {
    return test::runProgram(QStringLiteral(WRISTDOC_CLI_PATH), arguments);
}

// A linked profile with two uploaded, credited days and the server's ledger of them.
void writeLinkedCache(const QString &path, int creditedOnThe18th) {
    Database::Options options;
    options.path = path;
    StorageError error;
    auto db = Database::open(options, &error);
    ASSERT_TRUE(db) << error.detail.toStdString();
    ASSERT_FALSE(LinkedParticipant::save(*db, {kPerson, 1960, QDateTime::currentDateTimeUtc()}));
    // Days written as the uploader leaves them once credited (an outbox row in 'confirmed').
    QSqlQuery q(db->connection());
    const QList<QPair<QString, int>> days{{QStringLiteral("2026-11-18"), 8214},
                                          {QStringLiteral("2026-11-19"), 3000}};
    int id = 0;
    for (const auto &day : days) {
        ++id;
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO activity_days (id, participant_id, local_date, revision, steps,"
            " minutes_worn, hourly_steps, digest, created_ms) VALUES (%1, '%2', '%3', 1, %4, 300,"
            " '[]', 'sha256:00', 1)")
                               .arg(id)
                               .arg(kPerson, day.first)
                               .arg(day.second)));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO outbox (kind, item_id, idempotency_key, state, created_ms, updated_ms)"
            " VALUES ('activity-day', %1, 'day-000000%1', 'confirmed', 1, 1)")
                               .arg(id)));
    }
    ServerLedger ledger;
    ledger.participantId = kPerson;
    ledger.summary.from = QDate(2026, 11, 1);
    ledger.summary.to = QDate(2026, 11, 22);
    ledger.days = {{QDate(2026, 11, 18), 1, 8214, creditedOnThe18th, QStringLiteral("confirmed"),
                    QStringLiteral("C-1"), QString(), QString()},
                   {QDate(2026, 11, 19), 1, 3000, 0, QStringLiteral("confirmed"),
                    QStringLiteral("C-2"), QString(), QString()}};
    ASSERT_FALSE(ServerLedgerStore(*db).replace(ledger, QDateTime::currentDateTimeUtc()));
}

} // namespace

TEST(WristdocCliReconcile, PrintsTheDayThatDiffersAndExitsOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    writeLinkedCache(path, 0);
    const test::CliRun run = cli({QStringLiteral("reconcile"), QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 1) << run.errText().toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QJsonArray days = run.json().value(QStringLiteral("mismatches")).toArray();
    ASSERT_EQ(days.size(), 1);
    const QJsonObject day = days[0].toObject();
    EXPECT_EQ(day.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(day.value(QStringLiteral("steps")).toInt(), 8214);
    EXPECT_EQ(day.value(QStringLiteral("expected")).toInt(), 200);
    EXPECT_EQ(day.value(QStringLiteral("credited")).toInt(), 0);
    EXPECT_EQ(day.value(QStringLiteral("reason")).toString(), QStringLiteral("points-differ"));
}

TEST(WristdocCliReconcile, EveryDayMatchingExitsZero) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("home.db"));
    writeLinkedCache(path, 200);
    const test::CliRun run = cli({QStringLiteral("reconcile"), QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 0) << run.errText().toStdString();
    EXPECT_TRUE(run.json().value(QStringLiteral("mismatches")).toArray().isEmpty());
}

TEST(WristdocCliReconcile, AnotherPersonsProfileIsCheckedByItsId) {
    QTemporaryDir dir;
    const QString mainPath = dir.filePath(QStringLiteral("wristdoc.db"));
    {
        Database::Options options;
        options.path = mainPath;
        StorageError error;
        ASSERT_TRUE(Database::open(options, &error));
    }
    ProfileRegistry registry(mainPath);
    ProfileRegistry::Profile mum;
    QString problem;
    ASSERT_TRUE(registry.add(QStringLiteral("Invented Mum"), &mum, &problem));
    writeLinkedCache(mum.databasePath, 0);
    // The main profile is not linked: refused in one line.
    const test::CliRun unlinked =
        cli({QStringLiteral("reconcile"), QStringLiteral("--db"), mainPath});
    EXPECT_EQ(unlinked.exitCode, 2);
    EXPECT_TRUE(unlinked.errText().contains(QStringLiteral("not linked")));
    const test::CliRun run = cli({QStringLiteral("reconcile"), QStringLiteral("--db"), mainPath,
                                  QStringLiteral("--profile"), mum.id});
    EXPECT_EQ(run.exitCode, 1) << run.errText().toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("mismatches")).toArray().size(), 1);
    const test::CliRun unknown = cli({QStringLiteral("reconcile"), QStringLiteral("--db"),
                                      mainPath, QStringLiteral("--profile"),
                                      QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.err.count('\n'), 1);
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv); // QtSql and QProcess need one
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
