// The reference server binary on loopback: linking a home computer to a participant with a
// one-time code, its limits, unlinking, and that neither codes nor tokens reach the log or (for
// tokens) the database. All people and numbers are invented.
#include "ParticipantExchange.h"
#include "ReferenceServerProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerLinkingTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void happyPathLinksAndTheTokenWorks();
    void wrongCodeTellsTheTriesLeft();
    void fiveWrongCodesKillTheRequest();
    void usedCodeCannotBeReused();
    void newRequestReplacesTheOpenOne();
    void unknownAndInvalidNumbers();
    void requestsPerParticipantAreLimited();
    void adminEndpointNeedsTheToken();
    void unlinkRevokesTheToken();
    void expiredCodeIsRefused();
    void logAndDatabaseKeepNoSecrets();

private:
    quint16 port() const { return m_server.port(); }
    QString enrol(const QByteArray &key, const QString &mobile) {
        return enrolParticipant(port(), key, QStringLiteral("Test Linker"), mobile,
                                QDate(1958, 8, 8));
    }
    QJsonObject sent(const QString &participantId) {
        return sentCode(port(), m_server.adminToken(), participantId);
    }
    static QString wrongCodeFor(const QString &code) {
        return code == QLatin1String("000000") ? QStringLiteral("111111")
                                               : QStringLiteral("000000");
    }

    QTemporaryDir m_logs;
    ReferenceServerProcess m_server;
};

void ServerLinkingTest::initTestCase() {
    m_server.setLogFile(m_logs.filePath(QStringLiteral("server.log")));
    m_server.setEnvironmentVariable(QStringLiteral("QT_LOGGING_RULES"),
                                    QStringLiteral("wristdoc.*.debug=true"));
    QVERIFY2(m_server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
             qPrintable(m_server.errorString()));
}

void ServerLinkingTest::happyPathLinksAndTheTokenWorks() {
    const QString participant = enrol("link-enrol-01", QStringLiteral("01000000101"));
    QVERIFY(!participant.isEmpty());
    // Typed as on a receipt, with a space and in lower case.
    const QString typed = QStringLiteral("p-") + participant.mid(2, 4) + u' ' + participant.mid(6);
    const LoopbackReply requested = requestLinkCode(port(), typed);
    QCOMPARE(requested.status, 201);
    const QJsonObject request = requested.json();
    QVERIFY(request.value(QStringLiteral("requestId")).toString().startsWith(QLatin1String("LR-")));
    QCOMPARE(request.value(QStringLiteral("codeLength")).toInt(), 6);
    QVERIFY(request.value(QStringLiteral("expiresAt")).toString().endsWith(u'Z'));

    const QJsonObject code = sent(participant);
    QCOMPARE(code.value(QStringLiteral("requestId")), request.value(QStringLiteral("requestId")));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$"))
                .match(code.value(QStringLiteral("code")).toString())
                .hasMatch());

    const LoopbackReply confirmed =
        confirmLink(port(), request.value(QStringLiteral("requestId")).toString(),
                    code.value(QStringLiteral("code")).toString());
    QCOMPARE(confirmed.status, 201);
    const QJsonObject link = confirmed.json();
    QCOMPARE(link.value(QStringLiteral("participantId")).toString(), participant);
    QCOMPARE(link.value(QStringLiteral("birthYear")).toInt(), 1958);
    QVERIFY(link.value(QStringLiteral("linkId")).toString().startsWith(QLatin1String("H-")));
    const QByteArray token = link.value(QStringLiteral("token")).toString().toLatin1();
    QCOMPARE(token.size(), 43);
    QCOMPARE(getLedger(port(), token, participant, "2026-11-01", "2026-11-22").status, 200);
}

void ServerLinkingTest::wrongCodeTellsTheTriesLeft() {
    const QString participant = enrol("link-enrol-02", QStringLiteral("01000000102"));
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject code = sent(participant);
    const QString requestId = code.value(QStringLiteral("requestId")).toString();
    const LoopbackReply wrong =
        confirmLink(port(), requestId, wrongCodeFor(code.value(QStringLiteral("code")).toString()));
    QCOMPARE(wrong.status, 422);
    QCOMPARE(errorCode(wrong), QStringLiteral("wrong-code"));
    QCOMPARE(wrong.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("attemptsLeft"))
                 .toInt(),
             4);
    // The right code still works after a wrong one.
    QCOMPARE(confirmLink(port(), requestId, code.value(QStringLiteral("code")).toString()).status,
             201);
}

void ServerLinkingTest::fiveWrongCodesKillTheRequest() {
    const QString participant = enrol("link-enrol-03", QStringLiteral("01000000103"));
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject code = sent(participant);
    const QString requestId = code.value(QStringLiteral("requestId")).toString();
    const QString right = code.value(QStringLiteral("code")).toString();
    for (int left = 4; left >= 1; --left) {
        const LoopbackReply wrong = confirmLink(port(), requestId, wrongCodeFor(right));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(wrong.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("attemptsLeft"))
                     .toInt(),
                 left);
    }
    const LoopbackReply fifth = confirmLink(port(), requestId, wrongCodeFor(right));
    QCOMPARE(fifth.status, 410);
    QCOMPARE(errorCode(fifth), QStringLiteral("too-many-attempts"));
    const LoopbackReply late = confirmLink(port(), requestId, right);
    QCOMPARE(late.status, 410);
    QCOMPARE(errorCode(late), QStringLiteral("too-many-attempts"));
}

void ServerLinkingTest::usedCodeCannotBeReused() {
    const QString participant = enrol("link-enrol-04", QStringLiteral("01000000104"));
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject code = sent(participant);
    const QString requestId = code.value(QStringLiteral("requestId")).toString();
    QCOMPARE(confirmLink(port(), requestId, code.value(QStringLiteral("code")).toString()).status,
             201);
    const LoopbackReply reused =
        confirmLink(port(), requestId, code.value(QStringLiteral("code")).toString());
    QCOMPARE(reused.status, 410);
    QCOMPARE(errorCode(reused), QStringLiteral("code-used"));
    // Spent: the admin endpoint has no open code left for the participant.
    QCOMPARE(getPath(port(), "/v1/admin/link-codes?participantId=" + participant.toLatin1(),
                     {{"Authorization", "Bearer " + m_server.adminToken().toUtf8()}})
                 .status,
             404);
}

void ServerLinkingTest::newRequestReplacesTheOpenOne() {
    const QString participant = enrol("link-enrol-05", QStringLiteral("01000000105"));
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject first = sent(participant);
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject second = sent(participant);
    QVERIFY(first.value(QStringLiteral("requestId")) != second.value(QStringLiteral("requestId")));
    const LoopbackReply old =
        confirmLink(port(), first.value(QStringLiteral("requestId")).toString(),
                    first.value(QStringLiteral("code")).toString());
    QCOMPARE(old.status, 410);
    QCOMPARE(errorCode(old), QStringLiteral("code-expired"));
    QCOMPARE(confirmLink(port(), second.value(QStringLiteral("requestId")).toString(),
                         second.value(QStringLiteral("code")).toString())
                 .status,
             201);
}

void ServerLinkingTest::unknownAndInvalidNumbers() {
    const LoopbackReply unknown = requestLinkCode(port(), QStringLiteral("P-09999999"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(errorCode(unknown), QStringLiteral("unknown-participant"));
    for (const QString &bad : {QStringLiteral("P-123"), QStringLiteral("Q-00000001"),
                               QStringLiteral("P-0000000x"), QString()}) {
        const LoopbackReply invalid = requestLinkCode(port(), bad);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(errorCode(invalid), QStringLiteral("invalid"));
    }
    const LoopbackReply noRequest =
        confirmLink(port(), QStringLiteral("LR-000000000000"), QStringLiteral("123456"));
    QCOMPARE(noRequest.status, 404);
    QCOMPARE(errorCode(noRequest), QStringLiteral("unknown-request"));
}

void ServerLinkingTest::requestsPerParticipantAreLimited() {
    const QString participant = enrol("link-enrol-06", QStringLiteral("01000000106"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const LoopbackReply sixth = requestLinkCode(port(), participant);
    QCOMPARE(sixth.status, 429);
    QCOMPARE(errorCode(sixth), QStringLiteral("too-many-requests"));
    const int retryAfter = sixth.header("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 600);
}

void ServerLinkingTest::adminEndpointNeedsTheToken() {
    QCOMPARE(getPath(port(), "/v1/admin/link-codes?participantId=P-00000001").status, 401);
    QCOMPARE(getPath(port(), "/v1/admin/link-codes?participantId=P-00000001",
                     {{"Authorization", "Bearer wrong"}})
                 .status,
             401);
}

void ServerLinkingTest::unlinkRevokesTheToken() {
    const QString participant = enrol("link-enrol-07", QStringLiteral("01000000107"));
    const QByteArray token = linkParticipant(port(), m_server.adminToken(), participant);
    QVERIFY(!token.isEmpty());
    const LoopbackReply unlinked = LoopbackHttpRequest::exchange(
        port(), "DELETE", "/v1/links/current", {}, {{"Participant-Token", token}});
    QCOMPARE(unlinked.status, 204);
    const LoopbackReply ledger = getLedger(port(), token, participant, "2026-11-01", "2026-11-22");
    QCOMPARE(ledger.status, 401);
    QCOMPARE(errorCode(ledger), QStringLiteral("unlinked"));
    const QString date = QStringLiteral("2026-11-20");
    QCOMPARE(postDay(port(), token, dayKey(participant, date, 1),
                     dayBody(participant, date, 1, walkedBetween(9, 12, 9000)))
                 .status,
             401);
    const LoopbackReply again = LoopbackHttpRequest::exchange(port(), "DELETE", "/v1/links/current",
                                                              {}, {{"Participant-Token", token}});
    QCOMPARE(again.status, 401);
    QCOMPARE(errorCode(again), QStringLiteral("unlinked"));
    QCOMPARE(LoopbackHttpRequest::exchange(port(), "DELETE", "/v1/links/current").status, 401);
}

void ServerLinkingTest::expiredCodeIsRefused() {
    ReferenceServerProcess quick;
    QVERIFY2(quick.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                          QStringLiteral("--link-code-ttl-seconds"), QStringLiteral("1")}),
             qPrintable(quick.errorString()));
    const QString participant =
        enrolParticipant(quick.port(), "link-enrol-08", QStringLiteral("Test Late"),
                         QStringLiteral("01000000108"), QDate(1958, 8, 8));
    QCOMPARE(requestLinkCode(quick.port(), participant).status, 201);
    const QJsonObject code = sentCode(quick.port(), quick.adminToken(), participant);
    QTest::qSleep(1500);
    const LoopbackReply expired =
        confirmLink(quick.port(), code.value(QStringLiteral("requestId")).toString(),
                    code.value(QStringLiteral("code")).toString());
    QCOMPARE(expired.status, 410);
    QCOMPARE(errorCode(expired), QStringLiteral("code-expired"));
}

void ServerLinkingTest::logAndDatabaseKeepNoSecrets() {
    const QString participant = enrol("link-enrol-09", QStringLiteral("01000000109"));
    QCOMPARE(requestLinkCode(port(), participant).status, 201);
    const QJsonObject code = sent(participant);
    const LoopbackReply confirmed =
        confirmLink(port(), code.value(QStringLiteral("requestId")).toString(),
                    code.value(QStringLiteral("code")).toString());
    QCOMPARE(confirmed.status, 201);
    const QByteArray token = confirmed.json().value(QStringLiteral("token")).toString().toLatin1();

    QByteArray stored;
    const QDir dir = QFileInfo(m_server.databasePath()).dir();
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            stored += file.readAll();
    }
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(token));

    QFile log(m_logs.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(!logged.contains(token));
    QVERIFY(!logged.contains(code.value(QStringLiteral("code")).toString().toLatin1()));
}

QTEST_GUILESS_MAIN(ServerLinkingTest)
#include "tst_server_linking.moc"
