// The reference server over capacity: the same key in flight, 503 with Retry-After, and the
// waiting room's ticket from 503 to admission.
#include "ReferenceServerProcess.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QTest>

#include <algorithm>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerOverloadTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameKeyWhileTheFirstIsInFlight();
    void overCapacityAnswers503WithRetryAfter();
    void waitingRoomTicketLeadsToAdmission();
};

void ServerOverloadTest::sameKeyWhileTheFirstIsInFlight() {
    // Slow answers keep the first request in flight while the second arrives.
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--latency-ms"), QStringLiteral("3000")}),
             qPrintable(server.errorString()));
    const QByteArray body = applicantBody("Test Slow", "01000000021");
    const LoopbackHttpRequest::Headers key{{"Idempotency-Key", "slow-0001"}};
    LoopbackHttpRequest first(server.port(), "POST", "/v1/enrolments", body, key);
    LoopbackHttpRequest second(server.port(), "POST", "/v1/enrolments", body, key);
    QVERIFY(first.start());
    QVERIFY(second.start());
    const LoopbackReply a = first.finish();
    const LoopbackReply b = second.finish();
    QVERIFY2(a.answered && b.answered, qPrintable(a.errorText + b.errorText));
    // Whichever the server read first is processed; the other is told to come back.
    const LoopbackReply &created = a.status == 201 ? a : b;
    const LoopbackReply &busy = a.status == 201 ? b : a;
    QCOMPARE(created.status, 201);
    QCOMPARE(busy.status, 409);
    QCOMPARE(errorCode(busy), QStringLiteral("in-flight"));
    QVERIFY(busy.header("retry-after").toInt() >= 1);

    const LoopbackReply later = postEnrolment(server.port(), "slow-0001", body);
    QCOMPARE(later.status, 200);
    QCOMPARE(later.body, created.body);
    const QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);
    QCOMPARE(stat(stats, QStringLiteral("inFlightRefused")), 1);
    QCOMPARE(stat(stats, QStringLiteral("inFlight")), 0);
}

void ServerOverloadTest::overCapacityAnswers503WithRetryAfter() {
    // One request per five seconds: the second, sent at once, finds no capacity.
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--capacity-rps"), QStringLiteral("0.2"),
                           QStringLiteral("--burst"), QStringLiteral("1")}),
             qPrintable(server.errorString()));
    QCOMPARE(
        postEnrolment(server.port(), "cap-00001", applicantBody("Test Cap", "01000000022")).status,
        201);
    const LoopbackReply refused =
        postEnrolment(server.port(), "cap-00002", applicantBody("Test Capb", "01000000023"));
    QCOMPARE(refused.status, 503);
    QCOMPARE(errorCode(refused), QStringLiteral("over-capacity"));
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    QVERIFY(!refused.json().contains(QStringLiteral("waitingRoom")));
    // Status and administration are not rationed.
    QCOMPARE(getPath(server.port(), "/v1/status").status, 200);
    const QJsonObject stats = server.adminStats();
    QCOMPARE(statusCount(stats, 503), 1);
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);
}

void ServerOverloadTest::waitingRoomTicketLeadsToAdmission() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--capacity-rps"), QStringLiteral("0.25"),
                           QStringLiteral("--burst"), QStringLiteral("1"),
                           QStringLiteral("--waiting-room"), QStringLiteral("on")}),
             qPrintable(server.errorString()));
    const quint16 port = server.port();
    QCOMPARE(postEnrolment(port, "room-00001", applicantBody("Test Room", "01000000024")).status,
             201);

    const QByteArray body = applicantBody("Test Roomb", "01000000025");
    const LoopbackReply queued = postEnrolment(port, "room-00002", body);
    QCOMPARE(queued.status, 503);
    const QJsonObject room = queued.json().value(QStringLiteral("waitingRoom")).toObject();
    const QByteArray ticket = room.value(QStringLiteral("ticket")).toString().toLatin1();
    QVERIFY(ticket.startsWith("T-"));
    QCOMPARE(room.value(QStringLiteral("position")).toInt(), 1);
    const QJsonObject wait = room.value(QStringLiteral("estimatedWaitSeconds")).toObject();
    QVERIFY(wait.value(QStringLiteral("min")).toInt() <= wait.value(QStringLiteral("max")).toInt());
    QVERIFY(room.value(QStringLiteral("refreshSeconds")).toInt() >= 1);
    QCOMPARE(queued.header("retry-after").toInt(),
             room.value(QStringLiteral("refreshSeconds")).toInt());

    // Poll the ticket as a client would, until its turn comes.
    LoopbackReply poll;
    QVERIFY(eventually([&] {
        poll = getPath(port, "/v1/waiting-room/" + ticket);
        return poll.status == 200 && poll.json().value(QStringLiteral("ready")).toBool();
    }));
    QCOMPARE(poll.json().value(QStringLiteral("ticket")).toString(), QString::fromLatin1(ticket));
    QVERIFY(poll.json().value(QStringLiteral("expiresAt")).toString().endsWith(u'Z'));

    const LoopbackReply admitted =
        postEnrolment(port, "room-00002", body, {{"Waiting-Room-Ticket", ticket}});
    QCOMPARE(admitted.status, 201);
    const QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 2);
    const QJsonObject roomStats = stats.value(QStringLiteral("waitingRoom")).toObject();
    QVERIFY(roomStats.value(QStringLiteral("enabled")).toBool());
    QCOMPARE(roomStats.value(QStringLiteral("issued")).toInt(), 1);
    QCOMPARE(roomStats.value(QStringLiteral("waiting")).toInt(), 0);
    QCOMPARE(getPath(port, "/v1/waiting-room/T-unknown0").status, 404);
}

QTEST_GUILESS_MAIN(ServerOverloadTest)
#include "tst_server_overload.moc"
