// The reference server's failure switches: an answer lost after the commit, connections reset
// before processing, a 503 storm, and enrolments confirmed after a delay.
#include "ReferenceServerProcess.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerFaultsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answerLostAfterCommitIsRecoveredByTheRetry();
    void connectionsResetBeforeProcessing();
    void randomResetsStillEnrolExactlyOnce();
    void failRateAnswers503WithoutCommitting();
    void confirmDelayAnswers202ThenConfirmed();
};

void ServerFaultsTest::answerLostAfterCommitIsRecoveredByTheRetry() {
    ReferenceServerProcess server;
    QVERIFY2(
        server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                      QStringLiteral("--drop-response-after-commit-rate"), QStringLiteral("1")}),
        qPrintable(server.errorString()));
    const QByteArray body = applicantBody("Test Lost", "01000000041");
    const LoopbackReply lost = postEnrolment(server.port(), "lost-00001", body);
    QVERIFY2(!lost.answered, "the connection closes without an answer");
    QCOMPARE(lost.socketError, QAbstractSocket::RemoteHostClosedError);

    QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);
    QCOMPARE(stat(stats, QStringLiteral("responsesDropped")), 1);

    // The retry with the same key and body commits nothing new, so its answer arrives.
    const LoopbackReply retry = postEnrolment(server.port(), "lost-00001", body);
    QVERIFY2(retry.answered, qPrintable(retry.errorText));
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(retry.json().value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(getPath(server.port(), "/v1/enrolments/lost-00001").body, retry.body);
    stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);
    QCOMPARE(stat(stats, QStringLiteral("replays")), 1);
}

void ServerFaultsTest::connectionsResetBeforeProcessing() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--reset-rate"), QStringLiteral("1")}),
             qPrintable(server.errorString()));
    const LoopbackReply reset =
        postEnrolment(server.port(), "reset-0001", applicantBody("Test Reset", "01000000042"));
    QVERIFY(!reset.answered);
    QVERIFY(!getPath(server.port(), "/v1/status").answered);
    const QJsonObject stats = server.adminStats(); // administration is exempt
    QCOMPARE(stat(stats, QStringLiteral("connectionsReset")), 2);
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 0);
}

void ServerFaultsTest::randomResetsStillEnrolExactlyOnce() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--reset-rate"), QStringLiteral("0.6"),
                           QStringLiteral("--seed"), QStringLiteral("3")}),
             qPrintable(server.errorString()));
    const QByteArray body = applicantBody("Test Persist", "01000000043");
    int attempts = 0;
    int confirmations = 0;
    for (; attempts < 100 && confirmations < 3; ++attempts) {
        const LoopbackReply reply = postEnrolment(server.port(), "persist-01", body);
        if (reply.answered) {
            QVERIFY2(reply.status == 201 || reply.status == 200, reply.body.constData());
            ++confirmations;
        }
    }
    QCOMPARE(confirmations, 3);
    const QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);
    QCOMPARE(stat(stats, QStringLiteral("connectionsReset")), attempts - confirmations);
    QCOMPARE(statusCount(stats, 201), 1);
    QCOMPARE(statusCount(stats, 200), 2);
}

void ServerFaultsTest::failRateAnswers503WithoutCommitting() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--fail-rate"), QStringLiteral("1"),
                           QStringLiteral("--retry-after-seconds"), QStringLiteral("5")}),
             qPrintable(server.errorString()));
    for (int i = 0; i < 3; ++i) {
        const LoopbackReply failed =
            postEnrolment(server.port(), "storm-0001", applicantBody("Test Storm", "01000000044"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("retry-after"), QByteArray("5"));
        QCOMPARE(errorCode(failed), QStringLiteral("unavailable"));
    }
    const QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 0);
    QCOMPARE(statusCount(stats, 503), 3);
}

void ServerFaultsTest::confirmDelayAnswers202ThenConfirmed() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--confirm-delay-ms"), QStringLiteral("300")}),
             qPrintable(server.errorString()));
    const QByteArray body = applicantBody("Test Later", "01000000045");
    const LoopbackReply accepted = postEnrolment(server.port(), "later-0001", body);
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.json().value(QStringLiteral("state")).toString(),
             QStringLiteral("processing"));
    QVERIFY(
        accepted.json().value(QStringLiteral("ticket")).toString().startsWith(QLatin1String("T-")));

    LoopbackReply state;
    bool onlyProcessingOrConfirmed = true;
    QVERIFY(eventually([&] {
        state = getPath(server.port(), "/v1/enrolments/later-0001");
        onlyProcessingOrConfirmed =
            onlyProcessingOrConfirmed && (state.status == 202 || state.status == 200);
        return state.status == 200;
    }));
    QVERIFY(onlyProcessingOrConfirmed);
    QCOMPARE(state.json().value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
    const LoopbackReply replay = postEnrolment(server.port(), "later-0001", body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, state.body);
    QCOMPARE(stat(server.adminStats(), QStringLiteral("processing")), 0);
}

QTEST_GUILESS_MAIN(ServerFaultsTest)
#include "tst_server_faults.moc"
