// The outbox worker against the real reference server on loopback, one launch-day failure at a
// time. Every case ends with the server's own count: exactly the enrolments that were meant.
#include "KioskUnderTest.h"
#include "ReferenceServerProcess.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace wristdoc;

namespace {
constexpr int kWaitMs = 60000; // a guard against hanging, not a timing assertion
}

class OutboxServerTest : public QObject {
    Q_OBJECT

private:
    // Starts a server with the given switches and a kiosk pointed at it.
    bool startServer(const QStringList &args) {
        m_server = std::make_unique<ReferenceServerProcess>();
        if (!m_server->start(args)) {
            qWarning() << m_server->errorString();
            return false;
        }
        return true;
    }
    QStringList submit(KioskUnderTest &kiosk, int count, int firstIndex = 0, int year = 1956) {
        QStringList references;
        for (int i = 0; i < count; ++i) {
            const IntakeResult r = kiosk.outbox().submit(inventedApplicant(firstIndex + i, year));
            if (!r.ok())
                return {};
            references << r.receipt.reference;
        }
        return references;
    }
    int stat(const char *name) { return m_server->adminStats().value(QLatin1String(name)).toInt(); }
    int requestsWithStatus(const char *status) {
        return m_server->adminStats()
            .value(QStringLiteral("requestsByStatus"))
            .toObject()
            .value(QLatin1String(status))
            .toInt();
    }

    std::unique_ptr<ReferenceServerProcess> m_server;

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void happyPathConfirmsAndForgetsPersonalData() {
        QVERIFY(startServer({}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QVERIFY(kiosk.ready());
        const QStringList refs = submit(kiosk, 3);
        QCOMPARE(refs.size(), 3);
        QCOMPARE(kiosk.statusOf(refs[0]).state, DeliveryState::Pending);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 3, kWaitMs);
        const DeliveryStatus status = kiosk.statusOf(refs[0]);
        QVERIFY(status.participantId.startsWith(QLatin1String("P-")));
        QVERIFY(status.confirmedUtc.isValid());
        OutboxItem item;
        QVERIFY(kiosk.store().itemByReference(refs[0], &item));
        QVERIFY(!item.hasRequestBody);
        EnrolmentPersonalData personal;
        QCOMPARE(kiosk.outbox().enrolments().personalData(item.itemId, &personal),
                 UnsealResult::Forgotten);
        QCOMPARE(stat("enrolmentsStored"), 3);
    }

    void stormOf503WithRetryAfterEndsConfirmed() {
        QVERIFY(startServer({QStringLiteral("--fail-rate"), QStringLiteral("0.6"),
                             QStringLiteral("--retry-after-seconds"), QStringLiteral("1"),
                             QStringLiteral("--seed"), QStringLiteral("11")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QCOMPARE(submit(kiosk, 6).size(), 6);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 6, kWaitMs);
        QCOMPARE(stat("enrolmentsStored"), 6);
        QVERIFY(requestsWithStatus("503") > 0);
        QCOMPARE(stat("duplicatesRefused"), 0);
    }

    void responseLostAfterCommitIsReplayedNotDoubled() {
        QVERIFY(startServer(
            {QStringLiteral("--drop-response-after-commit-rate"), QStringLiteral("1.0")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QCOMPARE(submit(kiosk, 4).size(), 4);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 4, kWaitMs);
        // Every first answer was lost: each enrolment was confirmed by a replay of its own key.
        QCOMPARE(stat("enrolmentsStored"), 4);
        QVERIFY(stat("replays") >= 4);
        QCOMPARE(stat("duplicatesRefused"), 0);
    }

    void connectionResetsAreRetriedWithTheSameKey() {
        QVERIFY(startServer({QStringLiteral("--reset-rate"), QStringLiteral("0.5"),
                             QStringLiteral("--seed"), QStringLiteral("5")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QCOMPARE(submit(kiosk, 6).size(), 6);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 6, kWaitMs);
        QCOMPARE(stat("enrolmentsStored"), 6);
        QCOMPARE(stat("duplicatesRefused"), 0);
    }

    void slowRepliesPastTheTimeoutAreNotDoubled() {
        // Replies take 50-450 ms; the kiosk gives up after 250 ms and tries again.
        QVERIFY(startServer({QStringLiteral("--latency-ms"), QStringLiteral("50"),
                             QStringLiteral("--latency-jitter-ms"), QStringLiteral("400"),
                             QStringLiteral("--seed"), QStringLiteral("9")}));
        KioskUnderTest kiosk(m_server->baseUrl(), 250);
        QCOMPARE(submit(kiosk, 5).size(), 5);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 5, kWaitMs);
        QCOMPARE(stat("enrolmentsStored"), 5);
        QCOMPARE(stat("duplicatesRefused"), 0);
    }

    void invalidApplicationIsRejectedWithTheField() {
        QVERIFY(startServer({}));
        KioskUnderTest kiosk(m_server->baseUrl());
        EnrolmentApplication young = inventedApplicant(1);
        young.birthDate = QDate::currentDate().addYears(-15);
        const IntakeResult r = kiosk.outbox().submit(young);
        QVERIFY(r.ok());
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Rejected), 1, kWaitMs);
        OutboxItem item;
        QVERIFY(kiosk.store().itemByReference(r.receipt.reference, &item));
        QCOMPARE(item.status.reasonCode, QStringLiteral("invalid"));
        QVERIFY2(item.reasonDetail.contains(QLatin1String("applicant.birthDate")),
                 qPrintable(item.reasonDetail));
        QCOMPARE(stat("enrolmentsStored"), 0);
    }

    void samePersonTwiceIsAlreadyEnrolled() {
        QVERIFY(startServer({}));
        KioskUnderTest kiosk(m_server->baseUrl());
        const IntakeResult first = kiosk.outbox().submit(inventedApplicant(3));
        QVERIFY(first.ok());
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.statusOf(first.receipt.reference).state,
                                  DeliveryState::Confirmed, kWaitMs);
        const IntakeResult again = kiosk.outbox().submit(inventedApplicant(3));
        QVERIFY(again.ok());
        kiosk.worker().wake();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.statusOf(again.receipt.reference).state,
                                  DeliveryState::Rejected, kWaitMs);
        QCOMPARE(kiosk.statusOf(again.receipt.reference).reasonCode,
                 QStringLiteral("already-enrolled"));
        QCOMPARE(stat("enrolmentsStored"), 1);
        QCOMPARE(stat("duplicatesRefused"), 1);
    }

    void firstComeLimitRejectsTheRest() {
        QVERIFY(startServer({QStringLiteral("--first-come-limit"), QStringLiteral("2")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QCOMPARE(submit(kiosk, 3).size(), 3);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed) +
                                      kiosk.countIn(DeliveryState::Rejected),
                                  3, kWaitMs);
        QCOMPARE(kiosk.countIn(DeliveryState::Confirmed), 2);
        QCOMPARE(kiosk.countIn(DeliveryState::Rejected), 1);
        bool sawCapacity = false;
        for (const OutboxItem &item : kiosk.store().list())
            sawCapacity |= item.status.reasonCode == QLatin1String("capacity-reached");
        QVERIFY(sawCapacity);
    }

    void waitingRoomTicketsAreHonoured() {
        QVERIFY(startServer({QStringLiteral("--capacity-rps"), QStringLiteral("3"),
                             QStringLiteral("--burst"), QStringLiteral("1"),
                             QStringLiteral("--waiting-room"), QStringLiteral("on")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QSignalSpy changes(&kiosk.worker(), &OutboxWorker::itemChanged);
        QCOMPARE(submit(kiosk, 8).size(), 8);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 8, kWaitMs);
        bool sawPosition = false;
        for (const QList<QVariant> &change : changes) {
            const auto status = change.at(0).value<DeliveryStatus>();
            sawPosition |= status.state == DeliveryState::Queued && status.waitingPosition >= 0;
        }
        QVERIFY2(sawPosition, "no item was ever shown a waiting-room position");
        QCOMPARE(stat("enrolmentsStored"), 8);
        QVERIFY(m_server->adminStats()
                    .value(QStringLiteral("waitingRoom"))
                    .toObject()
                    .value(QStringLiteral("issued"))
                    .toInt() > 0);
    }

    void processingQueueIsPolledUntilConfirmed() {
        QVERIFY(startServer({QStringLiteral("--confirm-delay-ms"), QStringLiteral("300")}));
        KioskUnderTest kiosk(m_server->baseUrl());
        QSignalSpy changes(&kiosk.worker(), &OutboxWorker::itemChanged);
        const QStringList refs = submit(kiosk, 2);
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.countIn(DeliveryState::Confirmed), 2, kWaitMs);
        bool sawQueued = false;
        for (const QList<QVariant> &change : changes)
            sawQueued |= change.at(0).value<DeliveryStatus>().state == DeliveryState::Queued;
        QVERIFY(sawQueued);
        QCOMPARE(stat("enrolmentsStored"), 2);
    }

    void cohortDayWaitsLocallyAndTellsTheDate() {
        // Parity cohorts: birth years whose last digit has the parity of the local date's day
        // may apply today; the others wait for their day.
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul")).date();
        const int todayYear = today.day() % 2 ? 1957 : 1956;
        const int otherYear = todayYear == 1957 ? 1956 : 1957;
        QVERIFY(startServer({QStringLiteral("--cohorts"), QStringLiteral("parity"),
                             QStringLiteral("--today"), today.toString(Qt::ISODate)}));
        KioskUnderTest kiosk(m_server->baseUrl());
        const IntakeResult now = kiosk.outbox().submit(inventedApplicant(1, todayYear));
        const IntakeResult later = kiosk.outbox().submit(inventedApplicant(2, otherYear));
        QVERIFY(now.ok() && later.ok());
        kiosk.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.statusOf(now.receipt.reference).state,
                                  DeliveryState::Confirmed, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.statusOf(later.receipt.reference).state,
                                  DeliveryState::Queued, kWaitMs);
        const DeliveryStatus waiting = kiosk.statusOf(later.receipt.reference);
        QVERIFY(waiting.cohortDate > today);
        QCOMPARE(waiting.cohortDate.day() % 2, otherYear % 2);
        QVERIFY(waiting.nextAttemptUtc > QDateTime::currentDateTimeUtc());
        QCOMPARE(stat("enrolmentsStored"), 1);
    }
};

QTEST_GUILESS_MAIN(OutboxServerTest)
#include "tst_outbox_server.moc"
