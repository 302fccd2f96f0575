// Transport security against servers on loopback with certificates generated for the run:
// pins accepted and refused, untrusted certificates refused, clear text to another host never
// sent, and a refused pin aborting before a byte of the request is written.
#include "AnswerClassifier.h"
#include "DeviceCredentialStore.h"
#include "DeviceRegistration.h"
#include "ProgrammeApiClient.h"
#include "PublicKeyPins.h"
#include "ReferenceServerProcess.h"
#include "ServerAddressPolicy.h"
#include "ServerTestBodies.h"
#include "TlsTestCertificates.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace wristdoc;

namespace {

// Counts what QtNetwork is asked to send: an insecure address must never get this far.
class CountingNetwork final : public QNetworkAccessManager {
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *body) override {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, body);
    }
};

// A bare TLS server that records every decrypted byte a client sends and answers 503 once a
// whole request has arrived.
class RecordingTlsServer final : public QObject {
public:
    QByteArray received;
    bool clientGone = false;

    bool listen(const QSslCertificate &certificate, const QString &keyPath) {
        QFile file(keyPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(QSslKey(file.readAll(), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n") && received.endsWith("MARKER\"}")) {
                        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                      "Connection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QAbstractSocket::disconnected, this,
                        [this] { clientGone = true; });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

QUrl tlsUrl(quint16 port) {
    return QUrl(QStringLiteral("https://localhost:%1").arg(port));
}

QString randomPin() {
    return QString::fromLatin1(
        QCryptographicHash::hash("not the key of any server here", QCryptographicHash::Sha256)
            .toBase64());
}

} // namespace

class TransportSecurityTest : public QObject {
    Q_OBJECT

private:
    test::TlsTestCertificates m_certs;
    ReferenceServerProcess m_primary;   // CA-signed, the key in use
    ReferenceServerProcess m_backup;    // CA-signed, the backup key
    ReferenceServerProcess m_untrusted; // self-signed
    QString m_primaryPin;
    QString m_backupPin;
    QNetworkAccessManager m_network;

    PublicKeyPins pins(const QStringList &base64) {
        PublicKeyPins out;
        QString error;
        if (!PublicKeyPins::parse(base64, &out, &error))
            qWarning() << error;
        return out;
    }

    std::unique_ptr<ProgrammeApiClient> client(QNetworkAccessManager &network, const QUrl &url,
                                               const PublicKeyPins &keyPins, bool trustCa = true) {
        ProgrammeApiClient::Settings settings;
        settings.baseUrl = url;
        settings.pins = keyPins;
        if (trustCa)
            settings.caCertificates = m_certs.ca();
        return std::make_unique<ProgrammeApiClient>(network, settings);
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

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QSslSocket::supportsSsl(), "QtNetwork has no TLS backend");
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        QVERIFY2(m_primary.start(m_certs.serverArgs(QStringLiteral("primary"))),
                 qPrintable(m_primary.errorString()));
        QVERIFY2(m_backup.start(m_certs.serverArgs(QStringLiteral("backup"))),
                 qPrintable(m_backup.errorString()));
        QVERIFY2(m_untrusted.start(m_certs.serverArgs(QStringLiteral("selfsigned"))),
                 qPrintable(m_untrusted.errorString()));
        m_primaryPin =
            PublicKeyPins::spkiSha256Base64(m_certs.certificate(QStringLiteral("primary")));
        m_backupPin =
            PublicKeyPins::spkiSha256Base64(m_certs.certificate(QStringLiteral("backup")));
        QVERIFY(!m_primaryPin.isEmpty());
        QVERIFY(m_primaryPin != m_backupPin);
    }

    void spkiDigestIsWhatOpensslComputes() {
        for (const QString &name :
             {QStringLiteral("primary"), QStringLiteral("backup"), QStringLiteral("selfsigned")}) {
            QString error;
            const QString expected = m_certs.opensslPin(name, &error);
            QVERIFY2(!expected.isEmpty(), qPrintable(error));
            QCOMPARE(PublicKeyPins::spkiSha256Base64(m_certs.certificate(name)), expected);
        }
    }

    void rightPinConfirmsEnrolment() {
        auto api = client(m_network, tlsUrl(m_primary.port()), pins({m_primaryPin, m_backupPin}));
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(QStringLiteral("tls-right-pin-0001"),
                               test::applicantBody(QStringLiteral("Test Applicant"),
                                                   QStringLiteral("01011112222")),
                               QString(), std::move(done));
        });
        QCOMPARE(reply.networkError, NetworkErrorKind::None);
        const ServerAnswer answer = AnswerClassifier::enrolmentPost(reply, now());
        QCOMPARE(answerKindCode(answer.kind), QStringLiteral("confirmed"));
    }

    void backupPinAccepted() {
        // The server moved to its backup key; kiosks pinned to both keep working.
        auto api = client(m_network, tlsUrl(m_backup.port()), pins({m_primaryPin, m_backupPin}));
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(
                QStringLiteral("tls-backup-pin-0001"),
                test::applicantBody(QStringLiteral("Test Backup"), QStringLiteral("01033334444")),
                QString(), std::move(done));
        });
        QCOMPARE(reply.networkError, NetworkErrorKind::None);
        QCOMPARE(answerKindCode(AnswerClassifier::enrolmentPost(reply, now()).kind),
                 QStringLiteral("confirmed"));
    }

    void wrongPinRefusedAndNothingStored() {
        QNetworkAccessManager fresh; // no connection from earlier tests to reuse
        auto api = client(fresh, tlsUrl(m_primary.port()), pins({m_backupPin, randomPin()}));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("does not match the pinned keys")));
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(
                QStringLiteral("tls-wrong-pin-0001"),
                test::applicantBody(QStringLiteral("Test Refused"), QStringLiteral("01055556666")),
                QString(), std::move(done));
        });
        QCOMPARE(reply.networkError, NetworkErrorKind::PinMismatch);
        const ServerAnswer answer = AnswerClassifier::enrolmentPost(reply, now());
        QCOMPARE(answerKindCode(answer.kind), QStringLiteral("needs-attention"));
        QCOMPARE(answer.code, QStringLiteral("pin-mismatch"));

        // Asked with the right pins: the server never stored that key.
        auto right = client(m_network, tlsUrl(m_primary.port()), pins({m_primaryPin, m_backupPin}));
        const HttpReply status = wait([&](ProgrammeApi::Done done) {
            right->getEnrolment(QStringLiteral("tls-wrong-pin-0001"), std::move(done));
        });
        QCOMPARE(status.status, 404);
        QCOMPARE(answerKindCode(AnswerClassifier::enrolmentStatus(status, now()).kind),
                 QStringLiteral("not-stored"));
    }

    void wrongPinAbortsBeforeTheRequestIsWritten() {
        const QByteArray body = "{\"personal\":\"MARKER\"}";
        {
            // Control: with the right pins the request, body and all, arrives.
            RecordingTlsServer server;
            QVERIFY(server.listen(m_certs.certificate(QStringLiteral("primary")),
                                  m_certs.path(QStringLiteral("primary.key"))));
            QNetworkAccessManager network;
            auto api = client(network, tlsUrl(server.port()), pins({m_primaryPin, m_backupPin}));
            const HttpReply reply = wait([&](ProgrammeApi::Done done) {
                api->postEnrolment(QStringLiteral("tls-control-0001"), body, QString(),
                                   std::move(done));
            });
            QCOMPARE(reply.status, 503);
            QVERIFY(server.received.startsWith("POST /v1/enrolments HTTP/1.1"));
            QVERIFY(server.received.endsWith(body));
        }
        RecordingTlsServer server;
        QVERIFY(server.listen(m_certs.certificate(QStringLiteral("primary")),
                              m_certs.path(QStringLiteral("primary.key"))));
        QNetworkAccessManager network;
        auto api = client(network, tlsUrl(server.port()), pins({m_backupPin, randomPin()}));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("does not match the pinned keys")));
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(QStringLiteral("tls-refused-0001"), body, QString(),
                               std::move(done));
        });
        QCOMPARE(reply.networkError, NetworkErrorKind::PinMismatch);
        // The client has closed its end; everything it ever wrote has been read by now.
        QTRY_VERIFY_WITH_TIMEOUT(server.clientGone, 30000);
        QCOMPARE(server.received, QByteArray()); // not the request line, not a header, no body

        // The refused connection is not pooled: the next request shakes hands again and is
        // refused again, still without a byte.
        server.clientGone = false;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("does not match the pinned keys")));
        const HttpReply second = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(QStringLiteral("tls-refused-0002"), body, QString(),
                               std::move(done));
        });
        QCOMPARE(second.networkError, NetworkErrorKind::PinMismatch);
        QTRY_VERIFY_WITH_TIMEOUT(server.clientGone, 30000);
        QCOMPARE(server.received, QByteArray());
    }

    void untrustedCertificateRefused() {
        // Self-signed, and no CA given for it: refused, whatever the pins would say.
        QNetworkAccessManager network;
        const QString selfPin =
            PublicKeyPins::spkiSha256Base64(m_certs.certificate(QStringLiteral("selfsigned")));
        auto api = client(network, tlsUrl(m_untrusted.port()), pins({selfPin, m_backupPin}));
        const HttpReply reply =
            wait([&](ProgrammeApi::Done done) { api->getStatus(std::move(done)); });
        QCOMPARE(reply.networkError, NetworkErrorKind::TlsError);

        // The CA-signed server too, when the client was not given the CA.
        QNetworkAccessManager other;
        auto noCa = client(other, tlsUrl(m_primary.port()), PublicKeyPins(), false);
        const HttpReply refused =
            wait([&](ProgrammeApi::Done done) { noCa->getStatus(std::move(done)); });
        QCOMPARE(refused.networkError, NetworkErrorKind::TlsError);
        QCOMPARE(AnswerClassifier::serverStatus(refused, now()).code, QStringLiteral("tls-error"));
    }

    void plainHttpToAnotherHostIsNeverSent() {
        CountingNetwork network;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("refusing clear-text http://")));
        auto api = client(network, QUrl(QStringLiteral("http://example.org")), PublicKeyPins());
        QCOMPARE(api->addressVerdict(), ServerAddressPolicy::Verdict::PlainHttpToRemoteHost);
        const HttpReply reply = wait([&](ProgrammeApi::Done done) {
            api->postEnrolment(QStringLiteral("tls-plain-0001"), "{}", QString(), std::move(done));
        });
        QCOMPARE(reply.networkError, NetworkErrorKind::InsecureAddress);
        QCOMPARE(network.created, 0);
        const ServerAnswer answer = AnswerClassifier::enrolmentPost(reply, now());
        QCOMPARE(answerKindCode(answer.kind), QStringLiteral("needs-attention"));
        QCOMPARE(answer.code, QStringLiteral("insecure-address"));
        QVERIFY(ServerAddressPolicy::userMessage(api->addressVerdict())
                    .contains(QStringLiteral("https://")));
    }

    void registrationOverAWrongPinSendsNoCode() {
        QNetworkAccessManager network;
        auto api = client(network, tlsUrl(m_primary.port()), pins({m_backupPin, randomPin()}));
        QTemporaryDir dir;
        FileDeviceCredentialStore store(dir.filePath(QStringLiteral("device.json")));
        DeviceRegistration registration(*api, store);
        QSignalSpy failed(&registration, &DeviceRegistration::failed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("does not match the pinned keys")));
        registration.registerWithCode(QStringLiteral("123-456"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("pin-mismatch"));
        QVERIFY(!DeviceRegistration::reasonText(QStringLiteral("pin-mismatch")).isEmpty());
        QCOMPARE(store.load().error, KeyStoreError::NotFound);
    }
};

QTEST_GUILESS_MAIN(TransportSecurityTest)
#include "tst_transport_security.moc"
