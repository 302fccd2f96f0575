// The API layer in-process, on a ManualClock: admission, the waiting room, group commit and the
// processing queue, decided without waiting for real time to pass.
#include "ApiRequest.h"
#include "ApiService.h"
#include "ManualClock.h"
#include "QtCoreTestEnvironment.h"
#include "ServerTestBodies.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace wristdoc;
using wristdoc::test::applicantBody;

namespace {

QJsonObject jsonOf(const HttpResponse &r) {
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray headerOf(const HttpResponse &r, const QByteArray &name) {
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

class ApiServiceTest : public ::testing::Test {
protected:
    ApiServiceTest()
        : m_clock(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC)) {}

    void startService(ServerOptions options) {
        options.databasePath = m_dir.filePath(QStringLiteral("server.sqlite"));
        options.adminToken = QStringLiteral("admin");
        options.today = QDate(2026, 11, 22);
        m_service = std::make_unique<ApiService>(options, &m_clock);
        QObject::connect(m_service.get(), &ApiService::batchFinished,
                         [this](bool ok) { m_commits.append(ok); });
        QString error;
        ASSERT_TRUE(m_service->start(&error)) << error.toStdString();
        m_commits.clear();
    }

    HttpResponse post(const QByteArray &key, const QByteArray &body,
                      const QByteArray &ticket = {}) {
        ApiRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/v1/enrolments");
        r.headers.insert("idempotency-key", key);
        if (!ticket.isEmpty())
            r.headers.insert("waiting-room-ticket", ticket);
        r.body = body;
        return m_service->handle(r);
    }

    HttpResponse get(const QString &path) {
        ApiRequest r;
        r.method = "GET";
        r.path = path;
        r.headers.insert("authorization", "Bearer admin");
        return m_service->handle(r);
    }

    // What the transport does once an answer has left.
    void deliver(const HttpResponse &r) {
        m_service->finished(r, ApiService::Outcome::Delivered, 10);
    }

    // Runs the event loop until the open group commit has finished.
    bool waitForCommit() {
        const int before = m_commits.size();
        const QDeadlineTimer deadline(30000);
        while (m_commits.size() == before && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return m_commits.size() > before && m_commits.last();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ApiService> m_service;
    QVector<bool> m_commits;
};

} // namespace

TEST_F(ApiServiceTest, AnAnswerWaitsForItsGroupCommit) {
    startService({});
    const HttpResponse first = post("key-00000001", applicantBody("Test One", "01000000001"));
    const HttpResponse second = post("key-00000002", applicantBody("Test Two", "01000000002"));
    EXPECT_EQ(first.status, 201);
    EXPECT_EQ(second.status, 201);
    EXPECT_TRUE(first.awaitsCommit);
    EXPECT_TRUE(second.awaitsCommit);
    EXPECT_TRUE(first.committed);
    EXPECT_EQ(first.inFlightKey, QStringLiteral("key-00000001"));
    ASSERT_TRUE(waitForCommit());
    EXPECT_EQ(m_service->statsJson().value(QStringLiteral("commits")).toInt(), 1)
        << "both enrolments share one transaction";
    deliver(first);
    deliver(second);

    // A new service on the same file: what was committed is there.
    m_service.reset();
    startService({});
    EXPECT_EQ(m_service->statsJson().value(QStringLiteral("enrolmentsStored")).toInt(), 2);
    const HttpResponse replay = post("key-00000001", applicantBody("Test One", "01000000001"));
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.body, first.body);
    EXPECT_EQ(headerOf(replay, "Idempotent-Replayed"), QByteArray("true"));
    EXPECT_FALSE(replay.awaitsCommit) << "a replay reads only what is on disk";
}

TEST_F(ApiServiceTest, TheSameKeyIsInFlightUntilItsAnswerLeaves) {
    startService({});
    const QByteArray body = applicantBody("Test One", "01000000001");
    const HttpResponse first = post("key-00000001", body);
    ASSERT_EQ(first.status, 201);
    const HttpResponse again = post("key-00000001", body);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(jsonOf(again)[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("in-flight"));
    EXPECT_EQ(headerOf(again, "Retry-After"), QByteArray("1"));
    EXPECT_TRUE(again.inFlightKey.isEmpty()) << "the refused request holds nothing";
    ASSERT_TRUE(waitForCommit());
    deliver(first);
    deliver(again);
    EXPECT_EQ(post("key-00000001", body).status, 200);
}

TEST_F(ApiServiceTest, ConcurrencyLimitRefusesWithRetryAfterUntilAPlaceIsFree) {
    ServerOptions options;
    options.maxConcurrent = 1;
    startService(options);
    const HttpResponse held = post("key-00000001", applicantBody("Test One", "01000000001"));
    ASSERT_EQ(held.status, 201);
    EXPECT_TRUE(held.holdsAdmission);
    const HttpResponse refused = post("key-00000002", applicantBody("Test Two", "01000000002"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_FALSE(refused.holdsAdmission);
    EXPECT_GE(headerOf(refused, "Retry-After").toInt(), 1);
    EXPECT_FALSE(jsonOf(refused).contains(QStringLiteral("waitingRoom")));
    ASSERT_TRUE(waitForCommit());
    deliver(held);
    deliver(refused);
    EXPECT_EQ(post("key-00000002", applicantBody("Test Two", "01000000002")).status, 201);
}

TEST_F(ApiServiceTest, WaitingRoomHandsOutPlacesAndLetsTicketsInInOrder) {
    ServerOptions options;
    options.capacityRps = 1;
    options.burst = 1;
    options.waitingRoom = true;
    startService(options);
    const QByteArray bodyB = applicantBody("Test Two", "01000000002");
    deliver(post("key-00000001", applicantBody("Test One", "01000000001")));

    const HttpResponse b = post("key-00000002", bodyB);
    ASSERT_EQ(b.status, 503);
    const QJsonObject roomB = jsonOf(b)[QStringLiteral("waitingRoom")].toObject();
    EXPECT_EQ(roomB[QStringLiteral("position")].toInt(), 1);
    const QString ticketB = roomB[QStringLiteral("ticket")].toString();
    EXPECT_EQ(headerOf(b, "Retry-After").toInt(), roomB[QStringLiteral("refreshSeconds")].toInt());
    deliver(b);
    const HttpResponse c = post("key-00000003", applicantBody("Test Three", "01000000003"));
    const QString ticketC =
        jsonOf(c)[QStringLiteral("waitingRoom")][QStringLiteral("ticket")].toString();
    EXPECT_EQ(jsonOf(c)[QStringLiteral("waitingRoom")][QStringLiteral("position")].toInt(), 2);
    deliver(c);

    QJsonObject poll = jsonOf(get(QStringLiteral("/v1/waiting-room/") + ticketB));
    EXPECT_FALSE(poll[QStringLiteral("ready")].toBool());

    m_clock.advanceSecs(1); // one more token: B's turn
    poll = jsonOf(get(QStringLiteral("/v1/waiting-room/") + ticketB));
    EXPECT_TRUE(poll[QStringLiteral("ready")].toBool());
    EXPECT_EQ(jsonOf(get(QStringLiteral("/v1/waiting-room/") + ticketC))[QStringLiteral("position")]
                  .toInt(),
              1);

    // C presenting its ticket early is still in line, with the same ticket.
    const HttpResponse early =
        post("key-00000003", applicantBody("Test Three", "01000000003"), ticketC.toLatin1());
    EXPECT_EQ(early.status, 503);
    EXPECT_EQ(jsonOf(early)[QStringLiteral("waitingRoom")][QStringLiteral("ticket")].toString(),
              ticketC);
    deliver(early);

    const HttpResponse admitted = post("key-00000002", bodyB, ticketB.toLatin1());
    EXPECT_EQ(admitted.status, 201);
    ASSERT_TRUE(waitForCommit());
    deliver(admitted);

    const QJsonObject stats = m_service->statsJson();
    EXPECT_EQ(stats[QStringLiteral("enrolmentsStored")].toInt(), 2);
    EXPECT_EQ(stats[QStringLiteral("waitingRoom")][QStringLiteral("waiting")].toInt(), 1);
    EXPECT_EQ(stats[QStringLiteral("waitingRoom")][QStringLiteral("issued")].toInt(), 2);
    EXPECT_EQ(get(QStringLiteral("/v1/waiting-room/T-nothing0")).status, 404);
}

TEST_F(ApiServiceTest, ConfirmDelayAnswersProcessingThenConfirmed) {
    ServerOptions options;
    options.confirmDelayMs = 1500;
    startService(options);
    const QByteArray body = applicantBody("Test One", "01000000001");
    const HttpResponse accepted = post("key-00000001", body);
    ASSERT_EQ(accepted.status, 202);
    const QJsonObject processing = jsonOf(accepted);
    EXPECT_EQ(processing[QStringLiteral("state")].toString(), QStringLiteral("processing"));
    EXPECT_EQ(processing[QStringLiteral("position")].toInt(), 1);
    EXPECT_TRUE(processing[QStringLiteral("ticket")].toString().startsWith(QLatin1String("T-")));
    EXPECT_GE(processing[QStringLiteral("refreshSeconds")].toInt(), 1);
    ASSERT_TRUE(waitForCommit());
    deliver(accepted);

    EXPECT_EQ(get(QStringLiteral("/v1/enrolments/key-00000001")).status, 202);
    const HttpResponse replayWhileProcessing = post("key-00000001", body);
    EXPECT_EQ(replayWhileProcessing.status, 202);
    EXPECT_EQ(headerOf(replayWhileProcessing, "Idempotent-Replayed"), QByteArray("true"));
    deliver(replayWhileProcessing);

    m_clock.advanceSecs(2);
    const HttpResponse confirmed = get(QStringLiteral("/v1/enrolments/key-00000001"));
    EXPECT_EQ(confirmed.status, 200);
    EXPECT_EQ(jsonOf(confirmed)[QStringLiteral("state")].toString(), QStringLiteral("confirmed"));
    EXPECT_EQ(jsonOf(confirmed)[QStringLiteral("participantId")].toString(),
              QStringLiteral("P-00000001"));
    ASSERT_TRUE(waitForCommit());
    EXPECT_EQ(m_service->statsJson()[QStringLiteral("processing")].toInt(), 0);
    EXPECT_EQ(post("key-00000001", body).status, 200);
    EXPECT_EQ(get(QStringLiteral("/v1/enrolments/key-00000404")).status, 404);
}

TEST_F(ApiServiceTest, FailRateAnswers503WithoutStoringAnything) {
    ServerOptions options;
    options.faults.failRate = 1;
    options.retryAfterSeconds = 4;
    startService(options);
    const HttpResponse failed = post("key-00000001", applicantBody("Test One", "01000000001"));
    EXPECT_EQ(failed.status, 503);
    EXPECT_EQ(headerOf(failed, "Retry-After"), QByteArray("4"));
    EXPECT_FALSE(failed.committed);
    EXPECT_EQ(get(QStringLiteral("/v1/status")).status, 503);
    EXPECT_EQ(get(QStringLiteral("/v1/admin/stats")).status, 200) << "administration is exempt";
    EXPECT_EQ(m_service->statsJson()[QStringLiteral("enrolmentsStored")].toInt(), 0);
}

TEST_F(ApiServiceTest, StatusReportsTheFirstComePlacesLeft) {
    ServerOptions options;
    options.firstComeLimit = 1;
    startService(options);
    QJsonObject status = jsonOf(get(QStringLiteral("/v1/status")));
    EXPECT_EQ(status[QStringLiteral("enrolment")][QStringLiteral("firstComeRemaining")].toInt(), 1);
    EXPECT_TRUE(status[QStringLiteral("enrolment")][QStringLiteral("open")].toBool());
    EXPECT_EQ(status[QStringLiteral("serverTime")].toString(),
              QStringLiteral("2026-11-22T01:00:00Z"));
    deliver(post("key-00000001", applicantBody("Test One", "01000000001")));
    ASSERT_TRUE(waitForCommit());
    const HttpResponse gone = post("key-00000002", applicantBody("Test Two", "01000000002"));
    EXPECT_EQ(gone.status, 410);
    status = jsonOf(get(QStringLiteral("/v1/status")));
    EXPECT_EQ(status[QStringLiteral("enrolment")][QStringLiteral("firstComeRemaining")].toInt(), 0);
    EXPECT_FALSE(status[QStringLiteral("enrolment")][QStringLiteral("open")].toBool());
}

TEST_F(ApiServiceTest, UnknownPathsAndMethodsHaveTheErrorShape) {
    startService({});
    const HttpResponse missing = get(QStringLiteral("/v1/nothing"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(jsonOf(missing)[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("not-found"));
    const HttpResponse wrongMethod = get(QStringLiteral("/v1/enrolments"));
    EXPECT_EQ(wrongMethod.status, 405);
    EXPECT_EQ(headerOf(wrongMethod, "Allow"), QByteArray("POST"));
    EXPECT_EQ(get(QStringLiteral("/v1/participants/P-00000001/ledger")).status, 401);
}
