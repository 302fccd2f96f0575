// Kiosk registration against the real reference server on loopback: a one-time code from the
// admin endpoint exchanged once for a device token, kept owner-only, carried from then on.
#include "AnswerClassifier.h"
#include "DeviceCredentialStore.h"
#include "DeviceRegistration.h"
#include "LoopbackHttpRequest.h"
#include "ProgrammeApiClient.h"
#include "ReferenceServerProcess.h"
#include "ServerTestBodies.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wristdoc;

class DeviceRegistrationTest : public QObject {
    Q_OBJECT

private:
    ReferenceServerProcess m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    QString newCode() {
        const LoopbackReply reply = LoopbackHttpRequest::exchange(
            m_server.port(), "POST", "/v1/admin/registration-codes", {},
            {{"Authorization", "Bearer " + m_server.adminToken().toUtf8()}});
        if (reply.status != 201)
            return {};
        return reply.json().value(QStringLiteral("code")).toString();
    }

    ProgrammeApiClient::Settings settings(const QByteArray &token = {}) const {
        ProgrammeApiClient::Settings s;
        s.baseUrl = m_server.baseUrl();
        s.deviceToken = token;
        return s;
    }

    static HttpReply wait(const std::function<void(ProgrammeApi::Done)> &call) {
        HttpReply out;
        bool done = false;
        call([&](const HttpReply &reply) {
            out = reply;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning() << "no reply within a minute";
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void adminEndpointNeedsTheAdminToken() {
        const LoopbackReply reply =
            LoopbackHttpRequest::exchange(m_server.port(), "POST", "/v1/admin/registration-codes",
                                          {}, {{"Authorization", "Bearer not-the-token"}});
        QCOMPARE(reply.status, 401);
    }

    void codeExchangedOnceForAStoredToken() {
        const QString code = newCode();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{3}-\\d{3}$")).match(code).hasMatch(),
                 qPrintable(code));
        const QString path = m_dir.filePath(QStringLiteral("once/wristdoc-device.json"));
        FileDeviceCredentialStore store(path);
        ProgrammeApiClient client(m_network, settings());
        DeviceRegistration registration(client, store);
        QSignalSpy registered(&registration, &DeviceRegistration::registered);
        QSignalSpy failed(&registration, &DeviceRegistration::failed);

        registration.registerWithCode(code.left(3) + QStringLiteral(" ") + code.mid(4));
        QVERIFY(registration.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(registered.size() + failed.size(), 1, 60000);
        QCOMPARE(failed.size(), 0);
        const QString deviceId = registered.first().first().toString();
        QVERIFY(deviceId.startsWith(QStringLiteral("K-")));

        // Stored owner-only before success was reported, and carried by the client from now on.
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        const DeviceCredentialsResult stored = store.load();
        QVERIFY(stored.ok());
        QCOMPARE(stored.credentials.deviceId, deviceId);
        QVERIFY(stored.credentials.token.size() >= 40);
        QVERIFY(client.hasDeviceToken());

        const HttpReply enrolment = wait([&](ProgrammeApi::Done done) {
            client.postEnrolment(QStringLiteral("registered-kiosk-0001"),
                                 test::applicantBody(QStringLiteral("Test Registered"),
                                                     QStringLiteral("01077778888")),
                                 QString(), std::move(done));
        });
        QCOMPARE(enrolment.status, 201);

        // The same code a second time: spent.
        FileDeviceCredentialStore second(m_dir.filePath(QStringLiteral("second.json")));
        DeviceRegistration again(client, second);
        QSignalSpy againFailed(&again, &DeviceRegistration::failed);
        again.registerWithCode(code);
        QTRY_COMPARE_WITH_TIMEOUT(againFailed.size(), 1, 60000);
        QCOMPARE(againFailed.first().first().toString(), QStringLiteral("code-used"));
        QCOMPARE(second.load().error, KeyStoreError::NotFound);
    }

    void unknownCodeRefused() {
        ProgrammeApiClient client(m_network, settings());
        FileDeviceCredentialStore store(m_dir.filePath(QStringLiteral("unknown.json")));
        DeviceRegistration registration(client, store);
        QSignalSpy failed(&registration, &DeviceRegistration::failed);
        // Codes are drawn at random; one never handed out is refused as invalid. 000-000 may
        // exist by chance only if drawn, and this server has drawn two codes.
        const QString code = newCode() == QStringLiteral("000-000") ? QStringLiteral("000-001")
                                                                    : QStringLiteral("000-000");
        registration.registerWithCode(code);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("invalid-code"));
    }

    void malformedCodeNeverLeavesTheKiosk() {
        ProgrammeApiClient client(m_network, settings());
        FileDeviceCredentialStore store(m_dir.filePath(QStringLiteral("malformed.json")));
        DeviceRegistration registration(client, store);
        QSignalSpy failed(&registration, &DeviceRegistration::failed);
        registration.registerWithCode(QStringLiteral("12345"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("invalid-code"));
        QCOMPARE(client.requestsStarted(), 0);
        QCOMPARE(DeviceRegistration::normalizedCode(QStringLiteral("123 456")),
                 QStringLiteral("123-456"));
        QCOMPARE(DeviceRegistration::normalizedCode(QStringLiteral("12a456")), QString());
    }

    void unknownTokenIsRefusedAndNeedsAttention() {
        ProgrammeApiClient client(m_network, settings("a-token-this-server-never-issued"));
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            client.postEnrolment(
                QStringLiteral("unknown-token-0001"),
                test::applicantBody(QStringLiteral("Test Stranger"), QStringLiteral("01099990000")),
                QString(), std::move(done));
        });
        QCOMPARE(reply.status, 401);
        const ServerAnswer answer =
            AnswerClassifier::enrolmentPost(reply, QDateTime::currentDateTimeUtc());
        QCOMPARE(answerKindCode(answer.kind), QStringLiteral("needs-attention"));
        QCOMPARE(answer.code, QStringLiteral("unknown-device"));
    }
};

QTEST_GUILESS_MAIN(DeviceRegistrationTest)
#include "tst_device_registration.moc"
