#include "ServerOptions.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using wristdoc::CohortMode;
using wristdoc::ServerOptions;

namespace {

bool parse(QStringList args, ServerOptions *out, QString *error) {
    args.prepend(QStringLiteral("wristdoc-server"));
    return ServerOptions::parse(args, out, error);
}

} // namespace

TEST(ServerOptionsTest, DefaultsHaveNoLimitsAndNoFaults) {
    ServerOptions o;
    QString error;
    ASSERT_TRUE(parse({}, &o, &error)) << error.toStdString();
    EXPECT_EQ(o.port, 0);
    EXPECT_TRUE(o.databasePath.endsWith(QLatin1String("wristdoc-server/server.sqlite")));
    EXPECT_TRUE(o.adminToken.isEmpty());
    EXPECT_EQ(o.capacityRps, 0.0);
    EXPECT_EQ(o.maxConcurrent, 0);
    EXPECT_FALSE(o.waitingRoom);
    EXPECT_EQ(o.cohorts, CohortMode::Off);
    EXPECT_FALSE(o.today.isValid());
    EXPECT_LT(o.firstComeLimit, 0);
    EXPECT_EQ(o.confirmDelayMs, 0);
    EXPECT_TRUE(o.synchronousFull);
    EXPECT_EQ(o.faults.failRate, 0.0);
    EXPECT_EQ(o.faults.latencyMs, 0);
}

TEST(ServerOptionsTest, ReadsEverySwitch) {
    ServerOptions o;
    QString error;
    ASSERT_TRUE(parse({"--port",
                       "8088",
                       "--db",
                       "/tmp/x.sqlite",
                       "--admin-token",
                       "t0k3n",
                       "--capacity-rps",
                       "2.5",
                       "--burst",
                       "4",
                       "--max-concurrent",
                       "8",
                       "--waiting-room",
                       "on",
                       "--ticket-ttl-seconds",
                       "30",
                       "--cohorts",
                       "parity",
                       "--today",
                       "2026-11-22",
                       "--first-come-limit",
                       "20000",
                       "--confirm-delay-ms",
                       "500",
                       "--seed",
                       "42",
                       "--fail-rate",
                       "0.1",
                       "--drop-response-after-commit-rate",
                       "0.2",
                       "--reset-rate",
                       "0.05",
                       "--latency-ms",
                       "300",
                       "--latency-jitter-ms",
                       "100",
                       "--retry-after-seconds",
                       "7",
                       "--synchronous",
                       "normal"},
                      &o, &error))
        << error.toStdString();
    EXPECT_EQ(o.port, 8088);
    EXPECT_EQ(o.databasePath, QStringLiteral("/tmp/x.sqlite"));
    EXPECT_EQ(o.adminToken, QStringLiteral("t0k3n"));
    EXPECT_DOUBLE_EQ(o.capacityRps, 2.5);
    EXPECT_EQ(o.burst, 4);
    EXPECT_EQ(o.maxConcurrent, 8);
    EXPECT_TRUE(o.waitingRoom);
    EXPECT_EQ(o.ticketTtlSeconds, 30);
    EXPECT_EQ(o.cohorts, CohortMode::Parity);
    EXPECT_EQ(o.today, QDate(2026, 11, 22));
    EXPECT_EQ(o.firstComeLimit, 20000);
    EXPECT_EQ(o.confirmDelayMs, 500);
    EXPECT_EQ(o.seed, 42u);
    EXPECT_DOUBLE_EQ(o.faults.failRate, 0.1);
    EXPECT_DOUBLE_EQ(o.faults.dropAfterCommitRate, 0.2);
    EXPECT_DOUBLE_EQ(o.faults.resetRate, 0.05);
    EXPECT_EQ(o.faults.latencyMs, 300);
    EXPECT_EQ(o.faults.latencyJitterMs, 100);
    EXPECT_EQ(o.retryAfterSeconds, 7);
    EXPECT_FALSE(o.synchronousFull);
}

TEST(ServerOptionsTest, CohortWindowsComeFromAFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("windows.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"([{"birthYears":[1950,1959],"from":"2026-11-23","to":"2026-11-24"}])");
    file.close();
    ServerOptions o;
    QString error;
    ASSERT_TRUE(parse({"--cohort-windows", path}, &o, &error)) << error.toStdString();
    EXPECT_EQ(o.cohorts, CohortMode::Windows);
    ASSERT_EQ(o.cohortWindows.size(), 1);
    EXPECT_EQ(o.cohortWindows[0].lastBirthYear, 1959);
}

TEST(ServerOptionsTest, RefusesWhatCannotWork) {
    const QList<QStringList> bad{
        {"--fail-rate", "1.5"},
        {"--reset-rate", "-0.1"},
        {"--port", "70000"},
        {"--capacity-rps", "fast"},
        {"--waiting-room", "on"}, // nothing to wait for without a capacity
        {"--waiting-room", "maybe", "--capacity-rps", "1"},
        {"--cohorts", "windows"},
        {"--cohorts", "weekly"},
        {"--cohorts", "parity", "--cohort-windows", "/nonexistent.json"},
        {"--cohort-windows", "/nonexistent.json"},
        {"--today", "2026-02-30"},
        {"--today", "22.11.2026"},
        {"--latency-ms", "-1"},
        {"--synchronous", "off"},
        {"--no-such-switch"},
        {"positional"},
    };
    for (const QStringList &args : bad) {
        ServerOptions o;
        QString error;
        EXPECT_FALSE(parse(args, &o, &error)) << args.join(u' ').toStdString();
        EXPECT_FALSE(error.isEmpty()) << args.join(u' ').toStdString();
    }
}

TEST(ServerOptionsTest, TlsNeedsCertificateAndKeyTogether) {
    ServerOptions o;
    QString error;
    ASSERT_TRUE(parse({QStringLiteral("--tls-cert"), QStringLiteral("/tmp/c.pem"),
                       QStringLiteral("--tls-key"), QStringLiteral("/tmp/k.pem"),
                       QStringLiteral("--registration-code-ttl-seconds"), QStringLiteral("60")},
                      &o, &error))
        << error.toStdString();
    EXPECT_EQ(o.tlsCertificatePath, QStringLiteral("/tmp/c.pem"));
    EXPECT_EQ(o.tlsKeyPath, QStringLiteral("/tmp/k.pem"));
    EXPECT_EQ(o.registrationCodeTtlSeconds, 60);
    EXPECT_FALSE(parse({QStringLiteral("--tls-cert"), QStringLiteral("/tmp/c.pem")}, &o, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--tls-key")));
    EXPECT_FALSE(parse({QStringLiteral("--registration-code-ttl-seconds"), QStringLiteral("0")}, &o,
                       &error));
}
