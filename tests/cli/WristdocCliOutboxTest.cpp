// wristdoc-cli outbox list|retry|export, run as a real program on an invented outbox.
#include "Database.h"
#include "EnrolmentOutbox.h"
#include "FieldCipher.h"
#include "FileKeyStore.h"
#include "ManualClock.h"
#include "SeededRandomSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include "CliRun.h"

using namespace wristdoc;
using wristdoc::test::CliRun;
using wristdoc::test::runProgram;

namespace {

const QString kCli = QStringLiteral(WRISTDOC_CLI_PATH);

CliRun cli(const QStringList &arguments) {
    return runProgram(kCli, arguments);
}

void expectOneLineFailure(const CliRun &run, const QString &expectedPart) {
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.errText().startsWith(QLatin1String("wristdoc-cli: "))) << run.err.toStdString();
    EXPECT_TRUE(run.errText().contains(expectedPart))
        << "stderr: " << run.err.toStdString() << "\nexpected: " << expectedPart.toStdString();
}

EnrolmentApplication applicant(const QString &name, const QString &mobile, const QString &district,
                               DeviceChoice device) {
    EnrolmentApplication a;
    a.name = name;
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = mobile;
    a.district = district;
    a.device = device;
    a.consents = {{QStringLiteral("personal-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("health-data"), QStringLiteral("2026-01"), true}};
    return a;
}

// Splits the export into rows of cells (the test data has no quoted commas or newlines).
QVector<QStringList> csvRows(const QByteArray &bytes) {
    QVector<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char(','));
    return rows;
}

class WristdocCliOutboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("wristdoc.db"));
        Database::Options options;
        options.path = m_db;
        StorageError error;
        auto db = Database::open(options, &error);
        ASSERT_TRUE(db) << error.detail.toStdString();
        // The app's key file, beside the database.
        const KeyLoadResult key = FileKeyStore(FileKeyStore::defaultPathFor(m_db)).loadOrCreate();
        ASSERT_TRUE(key.ok()) << key.detail.toStdString();
        const FieldCipher cipher(key.key);
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC));
        SeededRandomSource random(11);
        EnrolmentOutbox outbox(*db, cipher, clock, random);
        const QVector<EnrolmentApplication> applications = {
            applicant(QStringLiteral("Test Applicant One"), QStringLiteral("01000000001"),
                      QStringLiteral("jongno"), DeviceChoice::RentalBand),
            applicant(QStringLiteral("테스트신청자"), QStringLiteral("01000000002"),
                      QStringLiteral("mapo"), DeviceChoice::OwnWatch),
            applicant(QStringLiteral("Test Applicant Three"), QStringLiteral("01000000003"),
                      QStringLiteral("gangnam"), DeviceChoice::PhoneOnly),
        };
        for (const EnrolmentApplication &application : applications) {
            const IntakeResult result = outbox.submit(application);
            ASSERT_TRUE(result.ok());
            m_references << result.receipt.reference;
            clock.advanceSecs(60);
        }
        OutboxStore &store = outbox.outbox();
        // 1 confirmed, 2 needs attention after failures, 3 rejected.
        ASSERT_FALSE(store.markSending(1));
        ASSERT_FALSE(
            store.markConfirmed(1, QStringLiteral("P-00000001"), QStringLiteral("E-00000001")));
        ASSERT_FALSE(store.markSending(2));
        ASSERT_FALSE(store.markRetry(2, clock.nowUtc().addSecs(3600), QStringLiteral("http-503"),
                                     DeliveryState::NeedsAttention));
        ASSERT_FALSE(store.markSending(3));
        ASSERT_FALSE(store.markRejected(3, QStringLiteral("already-enrolled")));
    }

    QString state(int id) {
        const CliRun run =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        for (const QJsonValue &item : run.json().value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("id")).toInt() == id)
                return item.toObject().value(QLatin1String("state")).toString();
        }
        return QString();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_references;
};

} // namespace

TEST_F(WristdocCliOutboxTest, ListShowsEveryItemWithoutPersonalData) {
    const CliRun run =
        cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    const QJsonObject json = run.json();
    const QJsonArray items = json.value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), 3);
    const QJsonObject first = items.at(0).toObject();
    EXPECT_EQ(first.value(QLatin1String("reference")).toString(), m_references.at(0));
    EXPECT_EQ(first.value(QLatin1String("state")).toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(first.value(QLatin1String("participantId")).toString(), QStringLiteral("P-00000001"));
    EXPECT_EQ(first.value(QLatin1String("confirmed")).toString(),
              QStringLiteral("2026-11-22T01:03:00.000Z"));
    const QJsonObject second = items.at(1).toObject();
    EXPECT_EQ(second.value(QLatin1String("state")).toString(), QStringLiteral("needs-attention"));
    EXPECT_EQ(second.value(QLatin1String("lastError")).toString(), QStringLiteral("http-503"));
    EXPECT_EQ(second.value(QLatin1String("attempts")).toInt(), 1);
    EXPECT_EQ(items.at(2).toObject().value(QLatin1String("reasonCode")).toString(),
              QStringLiteral("already-enrolled"));
    const QJsonObject counts = json.value(QLatin1String("counts")).toObject();
    EXPECT_EQ(counts.value(QLatin1String("confirmed")).toInt(), 1);
    EXPECT_EQ(counts.value(QLatin1String("needs-attention")).toInt(), 1);
    EXPECT_EQ(counts.value(QLatin1String("rejected")).toInt(), 1);
    EXPECT_TRUE(json.value(QLatin1String("oldestPendingAgeSeconds")).isDouble());

    for (const char *secret : {"Test Applicant", "01000000001", "01000000002", "1956-04-09"})
        EXPECT_FALSE(run.out.contains(secret)) << secret;
    EXPECT_FALSE(run.out.contains(QStringLiteral("테스트신청자").toUtf8()));
}

TEST_F(WristdocCliOutboxTest, RetrySendsAWaitingItemNowAndRefusesFinishedOnes) {
    ASSERT_EQ(state(2), QStringLiteral("needs-attention"));
    const CliRun one =
        cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("2")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(one.json().value(QLatin1String("retried")).toInt(), 1);
    EXPECT_EQ(state(2), QStringLiteral("pending"));

    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("1")}),
        QStringLiteral("is confirmed"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("99")}),
        QStringLiteral("no outbox item 99"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--db"), m_db,
             QStringLiteral("--id"), QStringLiteral("two")}),
        QStringLiteral("--id"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--db"), m_db}),
        QStringLiteral("--id N or --all"));

    const CliRun all = cli({QStringLiteral("outbox"), QStringLiteral("retry"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--all")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    EXPECT_EQ(all.json().value(QLatin1String("retried")).toInt(), 1); // only item 2 waits
    EXPECT_EQ(state(1), QStringLiteral("confirmed"));
    EXPECT_EQ(state(3), QStringLiteral("rejected"));
}

TEST_F(WristdocCliOutboxTest, ExportHasPersonalDataOnlyForUnconfirmedItems) {
    const QString out = m_dir.filePath(QStringLiteral("manual.csv"));
    const CliRun run = cli({QStringLiteral("outbox"), QStringLiteral("export"),
                            QStringLiteral("--db"), m_db, QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QLatin1String("items")).toInt(), 3);
    EXPECT_EQ(run.json().value(QLatin1String("withPersonalData")).toInt(), 2);
    // Personal data: owner-only from the start.
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(out).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, mode_t(0600));

    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = csvRows(bytes.mid(3));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], QStringList({"reference", "state", "attempts", "last_error", "reason",
                                    "district", "device", "created_utc", "confirmed_utc", "name",
                                    "birth_date", "mobile"}));
    EXPECT_EQ(rows[1],
              QStringList({m_references[0], "confirmed", "1", "", "", "jongno", "rental-band",
                           "2026-11-22T01:00:00Z", "2026-11-22T01:03:00Z", "", "", ""}));
    EXPECT_EQ(rows[2], QStringList({m_references[1], "needs-attention", "1", "http-503", "http-503",
                                    "mapo", "own-watch", "2026-11-22T01:01:00Z", "",
                                    QStringLiteral("테스트신청자"), "1956-04-09", "01000000002"}));
    EXPECT_EQ(rows[3], QStringList({m_references[2], "rejected", "1", "", "already-enrolled",
                                    "gangnam", "phone-only", "2026-11-22T01:02:00Z", "",
                                    "Test Applicant Three", "1956-04-09", "01000000003"}));
    // No health data: no steps, heart rate or points columns, and the confirmed one is gone.
    EXPECT_FALSE(bytes.contains("Test Applicant One"));
    EXPECT_FALSE(bytes.contains("01000000001"));
    for (const char *health : {"steps", "heart", "bpm", "points"})
        EXPECT_FALSE(bytes.contains(health)) << health;
}

TEST_F(WristdocCliOutboxTest, ExportWithTheWrongKeyWritesNothing) {
    const QString wrongKey = m_dir.filePath(QStringLiteral("other/wristdoc.key"));
    ASSERT_TRUE(FileKeyStore(wrongKey).loadOrCreate().ok());
    const QString out = m_dir.filePath(QStringLiteral("wrong.csv"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--out"), out, QStringLiteral("--key-file"), wrongKey}),
        QStringLiteral("does not open"));
    EXPECT_FALSE(QFileInfo::exists(out));

    // A missing key is reported, and export never makes one.
    const QString missing = m_dir.filePath(QStringLiteral("none.key"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("export"), QStringLiteral("--db"), m_db,
             QStringLiteral("--out"), out, QStringLiteral("--key-file"), missing}),
        QStringLiteral("no usable data key"));
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(WristdocCliOutboxTest, BadInvocationsFailWithOneLine) {
    expectOneLineFailure(cli({QStringLiteral("outbox"), QStringLiteral("--db"), m_db}),
                         QStringLiteral("list, retry or export"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("purge"), QStringLiteral("--db"), m_db}),
        QStringLiteral("unknown action 'purge'"));
    expectOneLineFailure(cli({QStringLiteral("outbox"), QStringLiteral("list"),
                              QStringLiteral("extra"), QStringLiteral("--db"), m_db}),
                         QStringLiteral("unexpected argument 'extra'"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--db"), missing}),
        QStringLiteral("no such file"));
    EXPECT_FALSE(QFileInfo::exists(missing));
    expectOneLineFailure(
        cli({QStringLiteral("outbox"), QStringLiteral("export"), QStringLiteral("--db"), m_db}),
        QStringLiteral("--out"));
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv); // QtSql and QProcess need one
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
