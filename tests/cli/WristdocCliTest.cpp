// Runs the real wristdoc-cli binary on invented files and checks its JSON, stderr and exit codes.
#include "AppStateStore.h"
#include "Database.h"
#include "SampleStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "CliRun.h"

using namespace wristdoc;
using wristdoc::test::CliRun;
using wristdoc::test::runProgram;

namespace {

const QString kCli = QStringLiteral(WRISTDOC_CLI_PATH);
const QString kData = QStringLiteral(WRISTDOC_TEST_DATA);

QString data(const char *name) {
    return kData + QLatin1Char('/') + QLatin1String(name);
}

CliRun cli(const QStringList &arguments) {
    return runProgram(kCli, arguments);
}

// A failure is exactly one line on stderr, nothing on stdout, and exit status 2.
void expectOneLineFailure(const CliRun &run, const QString &expectedPart) {
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith('\n'));
    EXPECT_TRUE(run.errText().startsWith(QLatin1String("wristdoc-cli: "))) << run.err.toStdString();
    EXPECT_TRUE(run.errText().contains(expectedPart))
        << "stderr: " << run.err.toStdString() << "\nexpected: " << expectedPart.toStdString();
}

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList listing(const QString &dir) {
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

// Same days as the JSON array, as "date steps points" strings, for readable failures.
QStringList dayLines(const QJsonObject &json) {
    QStringList lines;
    for (const QJsonValue &day : json.value(QLatin1String("days")).toArray()) {
        const QJsonObject object = day.toObject();
        lines << QStringLiteral("%1 %2 %3")
                     .arg(object.value(QLatin1String("date")).toString())
                     .arg(object.value(QLatin1String("steps")).toInt())
                     .arg(object.value(QLatin1String("points")).toInt());
    }
    return lines;
}

void writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(content), content.size());
}

class WristdocCliTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // The import fixture: two Seoul days, 110 distinct minutes.
    QString importedDb() {
        const QString db = path("cache.db");
        const CliRun run = cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return db;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(WristdocCliTest, HelpAndVersionSucceed) {
    const CliRun help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("points --steps-csv FILE"));
    EXPECT_TRUE(help.out.contains("import --db FILE --csv FILE"));
    EXPECT_TRUE(help.out.contains("summary --db FILE --date YYYY-MM-DD"));
    EXPECT_TRUE(help.err.isEmpty());

    const CliRun commandHelp = cli({"summary", "--help"});
    EXPECT_EQ(commandHelp.exitCode, 0);
    EXPECT_TRUE(commandHelp.out.contains("--birth-date"));

    const CliRun version = cli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("wristdoc-cli "));
}

TEST_F(WristdocCliTest, PointsWithBuiltInPolicySplitsSeoulDays) {
    const CliRun run =
        cli({"points", "--steps-csv", data("cli-steps-seoul.csv"), "--birth-date", "1990-01-01"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QLatin1String("policyVersion")).toString(), "2025-03");
    // 14:59Z is 23:59 on 1 March in Seoul, 15:00Z is 2 March; the repeated minute counts once.
    EXPECT_EQ(dayLines(json),
              QStringList({"2026-03-01 8123 200", "2026-03-02 5000 0", "2026-03-03 7999 0"}));
    EXPECT_EQ(json.value(QLatin1String("totalPoints")).toInt(), 200);
}

TEST_F(WristdocCliTest, PointsOnTheSeventiethBirthday) {
    const CliRun run = cli({"points", "--policy", data("policy-utc-event.json"), "--steps-csv",
                            data("cli-steps-seoul.csv"), "--birth-date", "1956-03-03"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // UTC days this time; 1 March doubled by the event; 70 on 3 March, so 7,999 steps earn 200.
    EXPECT_EQ(dayLines(run.json()), QStringList({"2026-03-01 13123 400", "2026-03-03 7999 200"}));
    EXPECT_EQ(run.json().value(QLatin1String("policyVersion")).toString(), "test-utc-event");
    EXPECT_EQ(run.json().value(QLatin1String("totalPoints")).toInt(), 600);
}

TEST_F(WristdocCliTest, PointsWithoutBirthDateUsesTheYoungestRule) {
    const CliRun run = cli({"points", "--steps-csv", data("cli-steps-seoul.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QLatin1String("totalPoints")).toInt(), 200);
}

TEST_F(WristdocCliTest, PointsCapCrossingDayGetsTheRemainderAndJulyResets) {
    // 8,000 steps on each Seoul day from 27 June to 2 July; cap 500 a half-year.
    QByteArray csv = "timestamp_utc,steps\n";
    for (const char *utcDay :
         {"2026-06-27", "2026-06-28", "2026-06-29", "2026-06-30", "2026-07-01", "2026-07-02"}) {
        for (int minute = 0; minute < 8; ++minute)
            csv += QByteArray(utcDay) + "T03:0" + QByteArray::number(minute) + ":00Z,1000\n";
    }
    writeFile(path("cap.csv"), csv);
    const CliRun run =
        cli({"points", "--policy", data("policy-small-cap.json"), "--steps-csv", path("cap.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(dayLines(run.json()),
              QStringList({"2026-06-27 8000 200", "2026-06-28 8000 200", "2026-06-29 8000 100",
                           "2026-06-30 8000 0", "2026-07-01 8000 200", "2026-07-02 8000 200"}));
    EXPECT_EQ(run.json().value(QLatin1String("totalPoints")).toInt(), 900);
}

TEST_F(WristdocCliTest, PointsOfAHeaderOnlyCsvIsEmpty) {
    writeFile(path("empty.csv"), "timestamp_utc,steps\r\n");
    const CliRun run = cli({"points", "--steps-csv", path("empty.csv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(QLatin1String("days")).toArray().isEmpty());
    EXPECT_EQ(run.json().value(QLatin1String("totalPoints")).toInt(), 0);
}

struct BadInvocation {
    const char *name;
    QStringList arguments; // "@file" is replaced by the path of the test data file
    QString expected;
};

class WristdocCliBadInputTest : public ::testing::TestWithParam<BadInvocation> {};

TEST_P(WristdocCliBadInputTest, OneLineOnStderrAndStatusTwo) {
    QStringList arguments;
    for (const QString &argument : GetParam().arguments) {
        arguments << (argument.startsWith(QLatin1Char('@'))
                          ? kData + QLatin1Char('/') + argument.mid(1)
                          : argument);
    }
    const QString expected =
        QString(GetParam().expected).replace(QLatin1String("@"), kData + QLatin1Char('/'));
    expectOneLineFailure(cli(arguments), expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WristdocCliBadInputTest,
    ::testing::Values(
        BadInvocation{"MalformedTimestamp",
                      {"points", "--steps-csv", "@cli-bad-timestamp.csv"},
                      "@cli-bad-timestamp.csv:3: malformed timestamp \"2026-03-01 10:01:00\""},
        BadInvocation{"NegativeStepsCrlf",
                      {"points", "--steps-csv", "@cli-negative-steps.csv"},
                      "@cli-negative-steps.csv:4: negative steps (-40)"},
        BadInvocation{"TooManySteps",
                      {"points", "--steps-csv", "@cli-too-many-steps.csv"},
                      "@cli-too-many-steps.csv:2: 1001 steps in one minute"},
        BadInvocation{
            "PolicySyntax",
            {"points", "--policy", "@policy-broken.json", "--steps-csv", "@cli-steps-seoul.csv"},
            "@policy-broken.json:4: not valid JSON"},
        BadInvocation{
            "PolicyField",
            {"points", "--policy", "@policy-bad-steps.json", "--steps-csv", "@cli-steps-seoul.csv"},
            "@policy-bad-steps.json: walking[1].steps: must be a positive integer"},
        BadInvocation{"MissingCsv",
                      {"points", "--steps-csv", "@cli-no-such-file.csv"},
                      "@cli-no-such-file.csv: no such file"},
        BadInvocation{"MissingPolicy",
                      {"points", "--policy", "@policy-no-such-file.json", "--steps-csv",
                       "@cli-steps-seoul.csv"},
                      "@policy-no-such-file.json: no such file"},
        BadInvocation{"StepsCsvOptionMissing", {"points"}, "--steps-csv FILE is required"},
        BadInvocation{"UnknownOption",
                      {"points", "--steps-csv", "@cli-steps-seoul.csv", "--colour"},
                      "Unknown option 'colour'"},
        BadInvocation{"StrayArgument",
                      {"points", "--steps-csv", "@cli-steps-seoul.csv", "extra"},
                      "unexpected argument 'extra'"},
        BadInvocation{
            "BadBirthDate",
            {"points", "--steps-csv", "@cli-steps-seoul.csv", "--birth-date", "1956-02-30"},
            "--birth-date: \"1956-02-30\" is not a date"},
        BadInvocation{"BadSummaryDate",
                      {"summary", "--db", "@cli-no-such.db", "--date", "March 1"},
                      "--date: \"March 1\" is not a date"},
        BadInvocation{
            "SummaryDateMissing", {"summary", "--db", "x.db"}, "--date YYYY-MM-DD is required"},
        BadInvocation{"ImportDbMissing",
                      {"import", "--csv", "@cli-import-two-days.csv"},
                      "--db FILE is required"},
        BadInvocation{"UnknownCommand", {"convert"}, "unknown command 'convert'"},
        BadInvocation{"NoCommand", {}, "no command given"}),
    [](const ::testing::TestParamInfo<BadInvocation> &info) { return info.param.name; });

TEST_F(WristdocCliTest, ImportThenSummary) {
    const QString db = path("cache.db");
    const CliRun imported = cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out.count('\n'), 1);
    EXPECT_EQ(imported.json(), (QJsonObject{{"imported", 110}, {"device", "cli-import"}}));

    const CliRun first = cli({"summary", "--db", db, "--date", "2026-03-01"});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    // 60 step minutes (one repeated minute counted once, last value 150), 90 heart-rate minutes.
    EXPECT_EQ(first.json(),
              (QJsonObject{{"date", "2026-03-01"},
                           {"steps", 7820},
                           {"stepMinutes", 60},
                           {"heartRate", QJsonObject{{"min", 55}, {"avg", 73}, {"max", 89}}},
                           {"policyVersion", "2025-03"},
                           {"points", 0}}));

    const CliRun second = cli({"summary", "--db", db, "--date", "2026-03-02"});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.json(), (QJsonObject{{"date", "2026-03-02"},
                                          {"steps", 8000},
                                          {"stepMinutes", 20},
                                          {"heartRate", QJsonValue::Null},
                                          {"policyVersion", "2025-03"},
                                          {"points", 200}}));

    const CliRun empty = cli({"summary", "--db", db, "--date", "2026-03-05"});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_EQ(empty.json().value(QLatin1String("steps")).toInt(), 0);
    EXPECT_TRUE(empty.json().value(QLatin1String("heartRate")).isNull());
    EXPECT_EQ(empty.json().value(QLatin1String("points")).toInt(), 0);
}

TEST_F(WristdocCliTest, ImportTwiceKeepsTheSameRows) {
    const QString db = importedDb();
    const CliRun before = cli({"summary", "--db", db, "--date", "2026-03-01"});
    const CliRun again = cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const CliRun after = cli({"summary", "--db", db, "--date", "2026-03-01"});
    EXPECT_EQ(after.exitCode, 0);
    EXPECT_EQ(after.out, before.out);

    // The raw rows, read back through the storage layer: one per minute, no duplicates.
    StorageError error;
    Database::Options options;
    options.path = db;
    const std::unique_ptr<Database> database = Database::open(options, &error);
    ASSERT_TRUE(database) << error.detail.toStdString();
    EXPECT_EQ(SampleStore(*database).heartRateMinutes(QDate(2026, 3, 1)).size(), 90);
    QSqlQuery count(database->connection());
    ASSERT_TRUE(count.exec("SELECT count(*) FROM step_samples"));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 80);
}

TEST_F(WristdocCliTest, ImportIntoASecondDeviceAddsUp) {
    const QString db = importedDb();
    const CliRun other = cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv"),
                              "--device", "test-watch-2"});
    ASSERT_EQ(other.exitCode, 0) << other.err.toStdString();
    EXPECT_EQ(other.json().value(QLatin1String("device")).toString(), "test-watch-2");
    const CliRun summary = cli({"summary", "--db", db, "--date", "2026-03-02"});
    EXPECT_EQ(summary.json().value(QLatin1String("steps")).toInt(), 16000);
}

TEST_F(WristdocCliTest, BadCsvLeavesTheDatabaseUnchanged) {
    const QString db = importedDb();
    const QByteArray hash = fileHash(db);
    const QStringList files = listing(m_dir.path());
    const CliRun before = cli({"summary", "--db", db, "--date", "2026-03-01"});

    const CliRun bad = cli({"import", "--db", db, "--csv", data("cli-import-bad-heart-rate.csv")});
    expectOneLineFailure(bad, data("cli-import-bad-heart-rate.csv") +
                                  QStringLiteral(":3: heart rate 700 is outside 20..250"));
    EXPECT_EQ(fileHash(db), hash);
    EXPECT_EQ(listing(m_dir.path()), files);
    EXPECT_EQ(cli({"summary", "--db", db, "--date", "2026-03-01"}).out, before.out);
}

TEST_F(WristdocCliTest, BadCsvCreatesNoDatabase) {
    const QString db = path("new.db");
    expectOneLineFailure(cli({"import", "--db", db, "--csv", data("cli-too-many-steps.csv")}),
                         QStringLiteral("cli-too-many-steps.csv:2:"));
    EXPECT_FALSE(QFile::exists(db));
}

TEST_F(WristdocCliTest, CorruptDatabaseIsRefusedAndLeftAlone) {
    const QString db = path("corrupt.db");
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    writeFile(db, garbage);
    const QByteArray hash = fileHash(db);

    expectOneLineFailure(cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")}),
                         db + QStringLiteral(": not a WristDoc database"));
    EXPECT_EQ(fileHash(db), hash);
    expectOneLineFailure(cli({"summary", "--db", db, "--date", "2026-03-01"}),
                         db + QStringLiteral(": not a WristDoc database"));
    EXPECT_EQ(fileHash(db), hash);
    EXPECT_EQ(listing(m_dir.path()), QStringList({"corrupt.db"}));
}

TEST_F(WristdocCliTest, DamagedPagesAreRefusedAndLeftAlone) {
    const QString db = importedDb();
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray content = file.readAll();
    ASSERT_GT(content.size(), 8192);
    // Keep the header page, scribble over every later page.
    for (qint64 offset = 4096; offset < content.size(); offset += 4096) {
        file.seek(offset + 8);
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();
    const QByteArray hash = fileHash(db);
    expectOneLineFailure(cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")}),
                         db + QStringLiteral(": "));
    EXPECT_EQ(fileHash(db), hash);
    expectOneLineFailure(cli({"summary", "--db", db, "--date", "2026-03-01"}),
                         db + QStringLiteral(": "));
    EXPECT_EQ(fileHash(db), hash);
}

TEST_F(WristdocCliTest, NewerSchemaIsRefusedAndLeftAlone) {
    const QString db = importedDb();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "newer");
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec("PRAGMA user_version = 999"));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase("newer");
    const QByteArray hash = fileHash(db);
    expectOneLineFailure(cli({"import", "--db", db, "--csv", data("cli-import-two-days.csv")}),
                         db + QStringLiteral(": written by a newer version of WristDoc"));
    expectOneLineFailure(cli({"summary", "--db", db, "--date", "2026-03-01"}),
                         QStringLiteral("newer version"));
    EXPECT_EQ(fileHash(db), hash);
}

TEST_F(WristdocCliTest, ReadOnlyDatabaseIsRefusedAndLeftAlone) {
    const QString db = importedDb();
    ASSERT_TRUE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray hash = fileHash(db);
    expectOneLineFailure(cli({"import", "--db", db, "--csv", data("cli-steps-seoul.csv")}),
                         db + QStringLiteral(": the database is read-only"));
    EXPECT_EQ(fileHash(db), hash);
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(WristdocCliTest, DiskFullDuringImportStoresNothing) {
    const QString db = importedDb();
    const QByteArray hash = fileHash(db);
    const CliRun before = cli({"summary", "--db", db, "--date", "2026-03-01"});

    // Two weeks of minutes, far more than the file-size limit below lets SQLite write.
    QByteArray csv = "timestamp_utc,steps,heart_rate\n";
    const QDateTime start(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc());
    for (int minute = 0; minute < 20160; ++minute) {
        csv += start.addSecs(minute * 60)
                   .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:00'Z'"))
                   .toLatin1() +
               ',' + QByteArray::number(minute % 50) + ',' + QByteArray::number(60 + minute % 40) +
               '\n';
    }
    writeFile(path("weeks.csv"), csv);

    // A file-size limit with SIGXFSZ ignored makes write() fail with EFBIG, as on a full disk.
    const CliRun full = runProgram(QStringLiteral("/bin/sh"),
                                   {"-c", "trap '' XFSZ; ulimit -f 200; exec \"$0\" \"$@\"", kCli,
                                    "import", "--db", db, "--csv", path("weeks.csv")});
    expectOneLineFailure(full, db + QStringLiteral(": disk full or write error"));
    EXPECT_EQ(fileHash(db), hash);
    EXPECT_EQ(cli({"summary", "--db", db, "--date", "2026-03-01"}).out, before.out);
    EXPECT_EQ(cli({"summary", "--db", db, "--date", "2026-04-01"})
                  .json()
                  .value(QLatin1String("stepMinutes"))
                  .toInt(),
              0);
}

TEST_F(WristdocCliTest, SummaryOfAMissingDatabaseCreatesNothing) {
    const QString db = path("absent.db");
    expectOneLineFailure(cli({"summary", "--db", db, "--date", "2026-03-01"}),
                         db + QStringLiteral(": no such file"));
    EXPECT_TRUE(listing(m_dir.path()).isEmpty());
}

TEST_F(WristdocCliTest, SummaryReadsTheStoredBirthDate) {
    const QString db = importedDb();
    const CliRun young = cli({"summary", "--db", db, "--date", "2026-03-01"});
    EXPECT_EQ(young.json().value(QLatin1String("points")).toInt(), 0); // 7,820 < 8,000
    {
        StorageError error;
        Database::Options options;
        options.path = db;
        const std::unique_ptr<Database> database = Database::open(options, &error);
        ASSERT_TRUE(database) << error.detail.toStdString();
        ASSERT_FALSE(AppStateStore(*database).setValue("participant.birthDate", "1956-03-01"));
    }
    const CliRun senior = cli({"summary", "--db", db, "--date", "2026-03-01"});
    ASSERT_EQ(senior.exitCode, 0) << senior.err.toStdString();
    EXPECT_EQ(senior.json().value(QLatin1String("points")).toInt(), 200); // 70 that day
    // An explicit --birth-date wins over the stored one.
    const CliRun overridden =
        cli({"summary", "--db", db, "--date", "2026-03-01", "--birth-date", "1956-03-02"});
    EXPECT_EQ(overridden.json().value(QLatin1String("points")).toInt(), 0);
}

TEST_F(WristdocCliTest, SummaryAppliesTheHalfYearCap) {
    QByteArray csv = "timestamp_utc,steps\n";
    // Seoul days 27 June .. 1 July, 8,000 steps each (03:00Z is noon in Seoul).
    for (const char *day : {"2026-06-27", "2026-06-28", "2026-06-29", "2026-06-30", "2026-07-01"}) {
        for (int minute = 0; minute < 8; ++minute)
            csv += QByteArray(day) + "T03:0" + QByteArray::number(minute) + ":00Z,1000\n";
    }
    writeFile(path("cap.csv"), csv);
    const QString db = path("cap.db");
    ASSERT_EQ(cli({"import", "--db", db, "--csv", path("cap.csv")}).exitCode, 0);
    const auto pointsOn = [&](const char *date) {
        const CliRun run =
            cli({"summary", "--db", db, "--date", date, "--policy", data("policy-small-cap.json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.json().value(QLatin1String("policyVersion")).toString(), "test-small-cap");
        return run.json().value(QLatin1String("points")).toInt();
    };
    EXPECT_EQ(pointsOn("2026-06-28"), 200);
    EXPECT_EQ(pointsOn("2026-06-29"), 100); // crossing day: what is left of 500
    EXPECT_EQ(pointsOn("2026-06-30"), 0);
    EXPECT_EQ(pointsOn("2026-07-01"), 200); // new half-year
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv); // QtSql and QProcess need one
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
