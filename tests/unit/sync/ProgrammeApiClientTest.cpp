// ProgrammeApiClient against the real reference server on loopback: every answer of
// docs/api.md's enrolment table travels through QNetworkAccessManager and AnswerClassifier.
#include "ProgrammeApiClient.h"
#include "AnswerClassifier.h"
#include "EnrolmentJson.h"
#include "ReferenceServerProcess.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <functional>
#include <memory>

using namespace wristdoc;

namespace {

// An invented applicant; the number tells tests apart so none collides with another's person.
QByteArray enrolmentBody(int person, int birthYear = 1956, const QString &mobile = QString()) {
    EnrolmentRequest r;
    EnrolmentApplication &a = r.application;
    // Names hold no digits: the person's number is spelled in letters.
    a.name =
        QStringLiteral("Test Applicant ") + QChar(u'A' + person / 26) + QChar(u'a' + person % 26);
    a.birthDate = QDate(birthYear, 4, 9);
    a.mobile = mobile.isEmpty() ? QStringLiteral("0100000%1").arg(person, 4, 10, QLatin1Char('0'))
                                : mobile;
    a.district = QStringLiteral("jongno");
    a.eligibility = EligibilityBasis::Lives;
    a.device = DeviceChoice::RentalBand;
    a.consents = {{QStringLiteral("personal-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("health-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("third-party"), QStringLiteral("2026-01"), false}};
    a.language = QStringLiteral("en");
    r.reference = QStringLiteral("WD-TEST%1").arg(person, 2, 10, QLatin1Char('0'));
    r.createdUtc = QDateTime(QDate(2026, 11, 22), QTime(1, 0), QTimeZone::utc());
    return EnrolmentJson::encode(r);
}

QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class ProgrammeApiClientTest : public QObject {
    Q_OBJECT

private:
    // Starts a new server (its own empty database) with these switches, and a client for it.
    bool startServer(const QStringList &args, int timeoutMs = 15000) {
        m_client.reset();
        m_server = std::make_unique<ReferenceServerProcess>();
        return restartServer(args, timeoutMs);
    }
    // Starts the same server again, on the database it had, with these switches.
    bool restartServer(const QStringList &args, int timeoutMs = 15000) {
        m_client.reset();
        if (!m_server->start(args)) {
            qWarning() << m_server->errorString();
            return false;
        }
        ProgrammeApiClient::Settings settings;
        settings.baseUrl = m_server->baseUrl();
        settings.transferTimeoutMs = timeoutMs;
        m_client = std::make_unique<ProgrammeApiClient>(m_network, settings);
        return true;
    }
    // Runs one request to its end (the client's own transfer timeout ends every request).
    HttpReply run(const std::function<void(ProgrammeApi::Done)> &send) {
        HttpReply result;
        bool done = false;
        QEventLoop loop;
        send([&](const HttpReply &reply) {
            result = reply;
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return result;
    }
    ServerAnswer post(const QString &key, const QByteArray &body, const QString &ticket = {}) {
        const HttpReply reply = run([&](ProgrammeApi::Done d) {
            m_client->postEnrolment(key, body, ticket, std::move(d));
        });
        return AnswerClassifier::enrolmentPost(reply, QDateTime::currentDateTimeUtc());
    }
    ServerAnswer status(const QString &key) {
        const HttpReply reply =
            run([&](ProgrammeApi::Done d) { m_client->getEnrolment(key, std::move(d)); });
        return AnswerClassifier::enrolmentStatus(reply, QDateTime::currentDateTimeUtc());
    }
    ServerAnswer poll(const QString &ticket) {
        const HttpReply reply =
            run([&](ProgrammeApi::Done d) { m_client->pollWaitingRoom(ticket, std::move(d)); });
        return AnswerClassifier::waitingRoomPoll(reply, QDateTime::currentDateTimeUtc());
    }
    int stat(const char *name) { return m_server->adminStats().value(QLatin1String(name)).toInt(); }

    QNetworkAccessManager m_network;
    std::unique_ptr<ReferenceServerProcess> m_server;
    std::unique_ptr<ProgrammeApiClient> m_client;

private Q_SLOTS:
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void statusIsOk() {
        QVERIFY(startServer({}));
        const HttpReply reply =
            run([&](ProgrammeApi::Done d) { m_client->getStatus(std::move(d)); });
        const ServerAnswer a =
            AnswerClassifier::serverStatus(reply, QDateTime::currentDateTimeUtc());
        QCOMPARE(a.kind, AnswerKind::StatusOk);
        QCOMPARE(a.httpStatus, 200);
    }

    void requestsAreSpreadOverLanes() {
        // More than six at once need a second manager: each request goes to the quieter lane.
        QVERIFY(startServer({}));
        QNetworkAccessManager second;
        m_client->addLane(second);
        QCOMPARE(m_client->laneCount(), 2);
        int onFirst = 0, onSecond = 0, answered = 0;
        connect(&m_network, &QNetworkAccessManager::finished, this, [&] { ++onFirst; });
        connect(&second, &QNetworkAccessManager::finished, this, [&] { ++onSecond; });
        QEventLoop loop;
        for (int i = 0; i < 8; ++i) {
            m_client->getStatus([&](const HttpReply &reply) {
                QCOMPARE(reply.status, 200);
                if (++answered == 8)
                    loop.quit();
            });
        }
        loop.exec();
        QCOMPARE(onFirst, 4);
        QCOMPARE(onSecond, 4);
        disconnect(&m_network, nullptr, this, nullptr);
    }

    void createdThenReplayedWithTheSameKey() {
        QVERIFY(startServer({}));
        const QString key = newKey();
        const QByteArray body = enrolmentBody(1);
        const ServerAnswer first = post(key, body);
        QCOMPARE(first.kind, AnswerKind::Confirmed);
        QCOMPARE(first.httpStatus, 201);
        QVERIFY(!first.replayed);
        QVERIFY(first.participantId.startsWith(QLatin1String("P-")));
        QCOMPARE(first.reference, QStringLiteral("WD-TEST01"));

        const ServerAnswer again = post(key, body);
        QCOMPARE(again.kind, AnswerKind::Confirmed);
        QCOMPARE(again.httpStatus, 200);
        QVERIFY(again.replayed);
        QCOMPARE(again.participantId, first.participantId);
        QCOMPARE(again.enrolmentId, first.enrolmentId);

        const ServerAnswer byKey = status(key);
        QCOMPARE(byKey.kind, AnswerKind::Confirmed);
        QCOMPARE(byKey.participantId, first.participantId);
        QCOMPARE(stat("enrolmentsStored"), 1);
    }

    void sameKeyOtherBodyNeedsAttention() {
        QVERIFY(startServer({}));
        const QString key = newKey();
        QCOMPARE(post(key, enrolmentBody(2)).kind, AnswerKind::Confirmed);
        const ServerAnswer reused = post(key, enrolmentBody(3));
        QCOMPARE(reused.kind, AnswerKind::NeedsAttention);
        QCOMPARE(reused.code, QStringLiteral("key-reused"));
        QCOMPARE(reused.httpStatus, 422);
    }

    void samePersonWithANewKeyIsAlreadyEnrolled() {
        QVERIFY(startServer({}));
        QCOMPARE(post(newKey(), enrolmentBody(4)).kind, AnswerKind::Confirmed);
        const ServerAnswer twice = post(newKey(), enrolmentBody(4));
        QCOMPARE(twice.kind, AnswerKind::Rejected);
        QCOMPARE(twice.code, QStringLiteral("already-enrolled"));
        QCOMPARE(twice.httpStatus, 409);
    }

    void invalidBodyIsRejectedWithFields() {
        QVERIFY(startServer({}));
        const ServerAnswer a = post(newKey(), enrolmentBody(5, 1956, QStringLiteral("0201234")));
        QCOMPARE(a.kind, AnswerKind::Rejected);
        QCOMPARE(a.code, QStringLiteral("invalid"));
        QVERIFY(!a.fields.isEmpty());
        bool namesMobile = false;
        for (const FieldIssue &f : a.fields)
            namesMobile = namesMobile || f.field.contains(QLatin1String("mobile"));
        QVERIFY(namesMobile);
    }

    void unknownKeyAndTicket() {
        QVERIFY(startServer({}));
        const ServerAnswer key = status(newKey());
        QCOMPARE(key.kind, AnswerKind::NotStored);
        QCOMPARE(key.httpStatus, 404);
        const ServerAnswer ticket = poll(QStringLiteral("T-00000000"));
        QCOMPARE(ticket.kind, AnswerKind::TicketExpired);
    }

    void firstComeLimitIsFinal() {
        QVERIFY(startServer({QStringLiteral("--first-come-limit"), QStringLiteral("1")}));
        QCOMPARE(post(newKey(), enrolmentBody(6)).kind, AnswerKind::Confirmed);
        const ServerAnswer late = post(newKey(), enrolmentBody(7));
        QCOMPARE(late.kind, AnswerKind::Rejected);
        QCOMPARE(late.code, QStringLiteral("capacity-reached"));
        QCOMPARE(late.httpStatus, 410);
    }

    void notTheCohortDay() {
        // 22 November is an even date: birth years ending in an odd digit wait for the 23rd.
        QVERIFY(startServer({QStringLiteral("--cohorts"), QStringLiteral("parity"),
                             QStringLiteral("--today"), QStringLiteral("2026-11-22")}));
        const ServerAnswer a = post(newKey(), enrolmentBody(8, 1957));
        QCOMPARE(a.kind, AnswerKind::CohortDeferred);
        QCOMPARE(a.nextDate, QDate(2026, 11, 23));
        QVERIFY(a.slotFromUtc.isValid());
        QVERIFY(a.slotFromUtc < a.slotToUtc);
        QCOMPARE(a.slotFromUtc.toTimeZone(QTimeZone(9 * 3600)).date(), QDate(2026, 11, 23));
        QCOMPARE(post(newKey(), enrolmentBody(9, 1956)).kind, AnswerKind::Confirmed);
    }

    void failingServerIsOverloadedWithRetryAfter() {
        QVERIFY(startServer({QStringLiteral("--fail-rate"), QStringLiteral("1"),
                             QStringLiteral("--retry-after-seconds"), QStringLiteral("7")}));
        const ServerAnswer a = post(newKey(), enrolmentBody(10));
        QCOMPARE(a.kind, AnswerKind::Overloaded);
        QCOMPARE(a.httpStatus, 503);
        QCOMPARE(a.retryAfterSeconds, 7);
        QCOMPARE(a.breaker, BreakerSignal::Failure);
        QCOMPARE(stat("enrolmentsStored"), 0);
    }

    void lostAnswerIsNeverADuplicate() {
        QVERIFY(startServer(
            {QStringLiteral("--drop-response-after-commit-rate"), QStringLiteral("1")}));
        const QString key = newKey();
        const QByteArray body = enrolmentBody(11);
        const ServerAnswer first = post(key, body);
        QCOMPARE(stat("enrolmentsStored"), 1); // committed, whatever the client heard
        // QNetworkAccessManager may send the same bytes again by itself when a connection
        // closes before any answer; the replay then answers. Either way nothing is doubled.
        if (first.kind == AnswerKind::Confirmed) {
            QVERIFY(first.replayed);
        } else {
            QCOMPARE(first.kind, AnswerKind::TransientFailure);
            QCOMPARE(first.httpStatus, 0);
            QVERIFY(first.networkError != NetworkErrorKind::None);
        }

        // The same database behind a server that answers: a retry hears the first answer.
        QVERIFY(restartServer({}));
        const ServerAnswer retry = post(key, body);
        QCOMPARE(retry.kind, AnswerKind::Confirmed);
        QVERIFY(retry.replayed);
        if (first.kind == AnswerKind::Confirmed)
            QCOMPARE(retry.participantId, first.participantId);
        QCOMPARE(stat("enrolmentsStored"), 1);
    }

    void resetConnectionIsTransient() {
        QVERIFY(startServer({QStringLiteral("--reset-rate"), QStringLiteral("1")}));
        const ServerAnswer a = post(newKey(), enrolmentBody(12));
        QCOMPARE(a.kind, AnswerKind::TransientFailure);
        QCOMPARE(a.httpStatus, 0);
        QVERIFY(a.networkError == NetworkErrorKind::ConnectionReset ||
                a.networkError == NetworkErrorKind::Other);
        QCOMPARE(stat("enrolmentsStored"), 0);
    }

    void slowAnswerEndsAsTimeout() {
        QVERIFY(startServer({QStringLiteral("--latency-ms"), QStringLiteral("5000")}, 300));
        const ServerAnswer a = post(newKey(), enrolmentBody(13));
        QCOMPARE(a.kind, AnswerKind::TransientFailure);
        QCOMPARE(a.networkError, NetworkErrorKind::Timeout);
        QCOMPARE(a.code, QStringLiteral("timeout"));
    }

    void nobodyListeningIsConnectionRefused() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // the port is free now and nothing listens there
        ProgrammeApiClient::Settings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client = std::make_unique<ProgrammeApiClient>(m_network, settings);
        const ServerAnswer a = post(newKey(), enrolmentBody(14));
        QCOMPARE(a.kind, AnswerKind::TransientFailure);
        QCOMPARE(a.networkError, NetworkErrorKind::ConnectionRefused);
    }

    void processingIsPolledByKey() {
        QVERIFY(startServer({QStringLiteral("--confirm-delay-ms"), QStringLiteral("600000")}));
        const QString key = newKey();
        const ServerAnswer a = post(key, enrolmentBody(15));
        QCOMPARE(a.kind, AnswerKind::Processing);
        QCOMPARE(a.httpStatus, 202);
        QVERIFY(a.refreshSeconds > 0);
        const ServerAnswer later = status(key);
        QCOMPARE(later.kind, AnswerKind::Processing);
    }

    void waitingRoomTicketAdmitsItsHolder() {
        // One request a second: the second newcomer gets a ticket, and the ticket becomes ready.
        QVERIFY(startServer({QStringLiteral("--capacity-rps"), QStringLiteral("1"),
                             QStringLiteral("--burst"), QStringLiteral("1"),
                             QStringLiteral("--waiting-room"), QStringLiteral("on")}));
        QCOMPARE(post(newKey(), enrolmentBody(16)).kind, AnswerKind::Confirmed);
        const QString key = newKey();
        const QByteArray body = enrolmentBody(17);
        const ServerAnswer queued = post(key, body);
        QCOMPARE(queued.kind, AnswerKind::WaitingRoom);
        QVERIFY(queued.ticket.startsWith(QLatin1String("T-")));
        QVERIFY(queued.position >= 0);
        QVERIFY(queued.refreshSeconds > 0);
        QVERIFY(queued.retryAfterSeconds >= 0);

        ServerAnswer polled;
        for (int i = 0; i < 50; ++i) { // the server's refresh is a second: at most ~10 s
            polled = poll(queued.ticket);
            QVERIFY(polled.kind == AnswerKind::WaitingRoom ||
                    polled.kind == AnswerKind::TicketReady);
            if (polled.kind == AnswerKind::TicketReady)
                break;
            QTest::qWait(200);
        }
        QCOMPARE(polled.kind, AnswerKind::TicketReady);
        const ServerAnswer admitted = post(key, body, queued.ticket);
        QCOMPARE(admitted.kind, AnswerKind::Confirmed);
    }
};

QTEST_GUILESS_MAIN(ProgrammeApiClientTest)
#include "ProgrammeApiClientTest.moc"
