// The reference server binary on loopback: enrolments, idempotency, validation, the first-come
// limit, restarts, and the administration endpoint.
#include "ReferenceServerProcess.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerEnrolmentsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void happyPathStoresTheEnrolment();
    void replayGivesBackTheFirstAnswer();
    void keyReusedWithAnotherBodyIsRefused();
    void samePersonUnderAnotherKeyIsAlreadyEnrolled();
    void invalidApplicationsAreRefused_data();
    void invalidApplicationsAreRefused();
    void malformedKeysAreRefused();
    void enrolmentStateByKey();
    void statusAndPolicy();
    void unimplementedEndpointsAnswer501();
    void adminStatsNeedTheToken();
    void restartKeepsEnrolmentsAndAnswers();
    void firstComeLimitAnswers410();

private:
    quint16 port() const { return m_server.port(); }
    ReferenceServerProcess m_server;
};

void ServerEnrolmentsTest::initTestCase() {
    QVERIFY2(m_server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
             qPrintable(m_server.errorString()));
    QVERIFY(port() != 0);
    QCOMPARE(m_server.baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void ServerEnrolmentsTest::happyPathStoresTheEnrolment() {
    const int before = stat(m_server.adminStats(), QStringLiteral("enrolmentsStored"));
    const LoopbackReply reply =
        postEnrolment(port(), "happy-0001", applicantBody("Test Happy", "01000000001"));
    QVERIFY2(reply.answered, qPrintable(reply.errorText));
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("idempotent-replayed").isEmpty());
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("state")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("WD-TEST01"));
    QVERIFY(QRegularExpression(QStringLiteral("^P-\\d{8}$"))
                .match(body.value(QStringLiteral("participantId")).toString())
                .hasMatch());
    QVERIFY(body.value(QStringLiteral("enrolmentId")).toString().startsWith(QLatin1String("E-")));
    QCOMPARE(stat(m_server.adminStats(), QStringLiteral("enrolmentsStored")), before + 1);
}

void ServerEnrolmentsTest::replayGivesBackTheFirstAnswer() {
    const QByteArray body = applicantBody("Test Replay", "01000000002");
    const LoopbackReply first = postEnrolment(port(), "replay-0001", body);
    QCOMPARE(first.status, 201);
    const QJsonObject before = m_server.adminStats();
    const LoopbackReply second = postEnrolment(port(), "replay-0001", body);
    QVERIFY2(second.answered, qPrintable(second.errorText));
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);
    QCOMPARE(second.header("idempotent-replayed"), QByteArray("true"));
    const QJsonObject after = m_server.adminStats();
    QCOMPARE(stat(after, QStringLiteral("enrolmentsStored")),
             stat(before, QStringLiteral("enrolmentsStored")));
    QCOMPARE(stat(after, QStringLiteral("replays")), stat(before, QStringLiteral("replays")) + 1);
    QCOMPARE(statusCount(after, 200), statusCount(before, 200) + 1);
}

void ServerEnrolmentsTest::keyReusedWithAnotherBodyIsRefused() {
    QCOMPARE(
        postEnrolment(port(), "reused-0001", applicantBody("Test Reuse", "01000000003")).status,
        201);
    const int stored = stat(m_server.adminStats(), QStringLiteral("enrolmentsStored"));
    const LoopbackReply reused =
        postEnrolment(port(), "reused-0001", applicantBody("Test Other", "01000000004"));
    QCOMPARE(reused.status, 422);
    QCOMPARE(errorCode(reused), QStringLiteral("key-reused"));
    QCOMPARE(stat(m_server.adminStats(), QStringLiteral("enrolmentsStored")), stored);
}

void ServerEnrolmentsTest::samePersonUnderAnotherKeyIsAlreadyEnrolled() {
    QCOMPARE(
        postEnrolment(port(), "person-0001", applicantBody("Test Twice", "01000000005")).status,
        201);
    const QJsonObject before = m_server.adminStats();
    // The same person from another kiosk: another key, another reference, spaces in the name.
    EnrolmentRequest again =
        applicant(QStringLiteral("Test  Twice"), QStringLiteral("01000000005"));
    again.reference = QStringLiteral("WD-OTHER1");
    const LoopbackReply duplicate = postEnrolment(port(), "person-0002", bodyOf(again));
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(errorCode(duplicate), QStringLiteral("already-enrolled"));
    const QJsonObject after = m_server.adminStats();
    QCOMPARE(stat(after, QStringLiteral("duplicatesRefused")),
             stat(before, QStringLiteral("duplicatesRefused")) + 1);
    QCOMPARE(stat(after, QStringLiteral("enrolmentsStored")),
             stat(before, QStringLiteral("enrolmentsStored")));

    // Its key keeps that answer.
    const LoopbackReply replay = postEnrolment(port(), "person-0002", bodyOf(again));
    QCOMPARE(replay.status, 409);
    QCOMPARE(replay.body, duplicate.body);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
}

void ServerEnrolmentsTest::invalidApplicationsAreRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("bad mobile") << applicantBody("Test Invalid", "0101234") << "applicant.mobile"
                                << "format";
    QTest::newRow("under 19") << applicantBody("Test Young", "01000000006", QDate(2010, 1, 1))
                              << "applicant.birthDate"
                              << "under-age";
    QTest::newRow("19 tomorrow") << applicantBody("Test Almost", "01000000007", QDate(2007, 11, 23))
                                 << "applicant.birthDate"
                                 << "under-age";
    EnrolmentRequest noHealth =
        applicant(QStringLiteral("Test Consent"), QStringLiteral("01000000008"));
    noHealth.application.consents.removeAt(1);
    QTest::newRow("missing health consent") << bodyOf(noHealth) << "consents.health-data"
                                            << "required";
    EnrolmentRequest refused =
        applicant(QStringLiteral("Test Consent"), QStringLiteral("01000000008"));
    refused.application.consents[1].granted = false;
    QTest::newRow("health consent refused") << bodyOf(refused) << "consents.health-data"
                                            << "required";
    EnrolmentRequest district =
        applicant(QStringLiteral("Test District"), QStringLiteral("01000000009"));
    district.application.district = QStringLiteral("atlantis");
    QTest::newRow("unknown district") << bodyOf(district) << "applicant.district"
                                      << "unknown-district";
    QTest::newRow("not JSON") << QByteArray("{\"applicant\":") << "body"
                              << "malformed-json";
}

void ServerEnrolmentsTest::invalidApplicationsAreRefused() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const int stored = stat(m_server.adminStats(), QStringLiteral("enrolmentsStored"));
    const QByteArray key = "invalid-" + QByteArray(QTest::currentDataTag()).replace(' ', '-');
    const LoopbackReply reply = postEnrolment(port(), key, body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("invalid"));
    QVERIFY2(hasFieldIssue(reply, field, code), reply.body.constData());
    QCOMPARE(stat(m_server.adminStats(), QStringLiteral("enrolmentsStored")), stored);
}

void ServerEnrolmentsTest::malformedKeysAreRefused() {
    const QByteArray body = applicantBody("Test Keyless", "01000000010");
    for (const QByteArray &key :
         {QByteArray(), QByteArray("short"), QByteArray("bad key 0001"), QByteArray(65, 'k')}) {
        const LoopbackReply reply = postEnrolment(port(), key, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("bad-idempotency-key"));
    }
}

void ServerEnrolmentsTest::enrolmentStateByKey() {
    const LoopbackReply created =
        postEnrolment(port(), "state-0001", applicantBody("Test State", "01000000011"));
    QCOMPARE(created.status, 201);
    const LoopbackReply state = getPath(port(), "/v1/enrolments/state-0001");
    QCOMPARE(state.status, 200);
    QCOMPARE(state.body, created.body);
    const LoopbackReply unknown = getPath(port(), "/v1/enrolments/state-9999");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QStringLiteral("unknown"));
}

void ServerEnrolmentsTest::statusAndPolicy() {
    const LoopbackReply status = getPath(port(), "/v1/status");
    QCOMPARE(status.status, 200);
    const QJsonObject s = status.json();
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(s.value(QStringLiteral("policyVersion")).toString(), QStringLiteral("2025-03"));
    QVERIFY(s.value(QStringLiteral("serverTime")).toString().endsWith(u'Z'));
    const QJsonObject enrolment = s.value(QStringLiteral("enrolment")).toObject();
    QVERIFY(enrolment.value(QStringLiteral("firstComeRemaining")).isNull());
    QCOMPARE(enrolment.value(QStringLiteral("cohorts")).toString(), QStringLiteral("off"));
    QVERIFY(enrolment.value(QStringLiteral("open")).toBool());

    const LoopbackReply policy = getPath(port(), "/v1/policy");
    QCOMPARE(policy.status, 200);
    QCOMPARE(policy.json().value(QStringLiteral("timezone")).toString(),
             QStringLiteral("Asia/Seoul"));
    QCOMPARE(policy.json().value(QStringLiteral("walking")).toArray().size(), 2);
}

void ServerEnrolmentsTest::unimplementedEndpointsAnswer501() {
    const LoopbackReply bind = LoopbackHttpRequest::exchange(
        port(), "POST", "/v1/watch-bindings", "{}", {{"Idempotency-Key", "bind-0001"}});
    QCOMPARE(bind.status, 501);
    QCOMPARE(errorCode(bind), QStringLiteral("not-implemented"));
    // Activity and the ledger are served now; without a participant token they answer 401.
    QCOMPARE(LoopbackHttpRequest::exchange(port(), "POST", "/v1/activity/days", "{}",
                                           {{"Idempotency-Key", "day-0001"}})
                 .status,
             401);
    QCOMPARE(
        getPath(port(), "/v1/participants/P-00000001/ledger?from=2026-11-01&to=2026-11-22").status,
        401);
    const LoopbackReply missing = getPath(port(), "/v2/anything");
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("not-found"));
}

void ServerEnrolmentsTest::adminStatsNeedTheToken() {
    // Earlier tests' 401 answers (activity without a participant token) are counted; these not.
    const int earlier401 = statusCount(m_server.adminStats(), 401);
    const LoopbackReply none = getPath(port(), "/v1/admin/stats");
    QCOMPARE(none.status, 401);
    QCOMPARE(errorCode(none), QStringLiteral("unauthorized"));
    QCOMPARE(getPath(port(), "/v1/admin/stats", {{"Authorization", "Bearer wrong-token"}}).status,
             401);
    QCOMPARE(getPath(port(), "/v1/admin/stats", {{"Authorization", m_server.adminToken().toUtf8()}})
                 .status,
             401);
    const LoopbackReply ok = getPath(
        port(), "/v1/admin/stats", {{"Authorization", "Bearer " + m_server.adminToken().toUtf8()}});
    QCOMPARE(ok.status, 200);
    for (const char *member : {"enrolmentsStored", "duplicatesRefused", "replays",
                               "requestsByStatus", "waitingRoom", "inFlight"})
        QVERIFY2(ok.json().contains(QLatin1String(member)), member);
    QCOMPARE(statusCount(ok.json(), 401), earlier401); // administration is not counted
}

void ServerEnrolmentsTest::restartKeepsEnrolmentsAndAnswers() {
    const QByteArray body = applicantBody("Test Restart", "01000000012");
    const LoopbackReply created = postEnrolment(port(), "restart-0001", body);
    QCOMPARE(created.status, 201);
    const int stored = stat(m_server.adminStats(), QStringLiteral("enrolmentsStored"));

    m_server.stop();
    QVERIFY(!m_server.isRunning());
    QVERIFY2(m_server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
             qPrintable(m_server.errorString()));
    QCOMPARE(stat(m_server.adminStats(), QStringLiteral("enrolmentsStored")), stored);
    const LoopbackReply replay = postEnrolment(port(), "restart-0001", body);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body, created.body);
    QCOMPARE(postEnrolment(port(), "restart-0002", body).status, 409);
}

void ServerEnrolmentsTest::firstComeLimitAnswers410() {
    ReferenceServerProcess limited;
    QVERIFY2(limited.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                            QStringLiteral("--first-come-limit"), QStringLiteral("2")}),
             qPrintable(limited.errorString()));
    const quint16 p = limited.port();
    const QByteArray first = applicantBody("Test First", "01000000013");
    QCOMPARE(postEnrolment(p, "first-0001", first).status, 201);
    QCOMPARE(postEnrolment(p, "first-0002", applicantBody("Test Second", "01000000014")).status,
             201);
    const LoopbackReply gone =
        postEnrolment(p, "first-0003", applicantBody("Test Third", "01000000015"));
    QCOMPARE(gone.status, 410);
    QCOMPARE(errorCode(gone), QStringLiteral("capacity-reached"));
    QCOMPARE(postEnrolment(p, "first-0001", first).status, 200); // replays still work
    const QJsonObject enrolment =
        getPath(p, "/v1/status").json().value(QStringLiteral("enrolment")).toObject();
    QCOMPARE(enrolment.value(QStringLiteral("firstComeRemaining")).toInt(), 0);
    QVERIFY(!enrolment.value(QStringLiteral("open")).toBool());
    QCOMPARE(stat(limited.adminStats(), QStringLiteral("enrolmentsStored")), 2);
}

QTEST_GUILESS_MAIN(ServerEnrolmentsTest)
#include "tst_server_enrolments.moc"
