// The outbox worker on virtual time against a scripted server: what it sends, with which key and
// bytes, and what it writes back after each answer. The real server is in tst_outbox_server.
#include "Database.h"
#include "EnrolmentOutbox.h"
#include "EnrolmentRules.h"
#include "FieldCipher.h"
#include "InventedApplicant.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "OutboxWorker.h"
#include "ProgrammeApi.h"
#include "RetryPlanner.h"
#include "SeededRandomSource.h"

#include <QTemporaryDir>
#include <QtTest>

#include <deque>

using namespace wristdoc;

namespace {

// A server that answers from a script, one reply per request, after the current task.
class ScriptedServer final : public ProgrammeApi {
public:
    explicit ScriptedServer(TaskScheduler &scheduler)
        : m_scheduler(scheduler) {}

    struct Request {
        QString kind; // "post", "get", "poll"
        QString key;
        QByteArray body;
        QString ticket;
    };

    std::deque<HttpReply> script;
    QVector<Request> requests;
    int outstanding = 0;
    int maxOutstanding = 0;

    void postEnrolment(const QString &key, const QByteArray &body, const QString &ticket,
                       Done done) override {
        answer({QStringLiteral("post"), key, body, ticket}, std::move(done));
    }
    void postActivityDay(const QString &key, const QByteArray &body, Done done) override {
        answer({QStringLiteral("day"), key, body, {}}, std::move(done));
    }
    void getEnrolment(const QString &key, Done done) override {
        answer({QStringLiteral("get"), key, {}, {}}, std::move(done));
    }
    void pollWaitingRoom(const QString &ticket, Done done) override {
        answer({QStringLiteral("poll"), {}, {}, ticket}, std::move(done));
    }

private:
    void answer(const Request &request, Done done) {
        requests.append(request);
        HttpReply reply = HttpReply::failed(NetworkErrorKind::ConnectionRefused);
        if (!script.empty()) {
            reply = script.front();
            script.pop_front();
        }
        ++outstanding;
        maxOutstanding = std::max(maxOutstanding, outstanding);
        m_scheduler.schedule(0, nullptr, [this, reply, done] {
            --outstanding;
            done(reply);
        });
    }
    TaskScheduler &m_scheduler;
};

HttpReply confirmed(int status = 201) {
    return HttpReply::answer(status, R"({"state":"confirmed","enrolmentId":"E-1",)"
                                     R"("participantId":"P-00000001","reference":"WD-X"})");
}

EnrolmentApplication applicant(int i) {
    return inventedApplicant(i, QDate(1960, 1, 1).addDays(i), QStringLiteral("guro"));
}

} // namespace

class OutboxWorkerTest : public QObject {
    Q_OBJECT

    struct Rig {
        QTemporaryDir dir;
        ManualClock clock{QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC)};
        ManualScheduler scheduler{&clock};
        SeededRandomSource random{42};
        FieldCipher cipher;
        std::unique_ptr<Database> database;
        std::unique_ptr<EnrolmentOutbox> outbox;
        ScriptedServer server{scheduler};
        CircuitBreaker breaker{clock, random};
        RetryBudget budget{clock};
        RetryPlanner planner{clock, random, breaker, budget};
        std::unique_ptr<OutboxWorker> worker;

        explicit Rig(int maxInFlight = 4) {
            FieldCipher::initialize();
            cipher = FieldCipher(FieldCipher::generateKey());
            Database::Options options;
            options.path = dir.filePath(QStringLiteral("w.db"));
            StorageError error;
            database = Database::open(options, &error);
            outbox = std::make_unique<EnrolmentOutbox>(*database, cipher, clock, random);
            newWorker(maxInFlight);
        }
        void newWorker(int maxInFlight = 4) {
            OutboxWorker::Settings settings;
            settings.maxInFlight = maxInFlight;
            worker.reset();
            worker = std::make_unique<OutboxWorker>(outbox->outbox(), server, planner, clock,
                                                    scheduler, settings);
        }
        DeliveryStatus status(const QString &reference) {
            OutboxItem item;
            outbox->outbox().itemByReference(reference, &item);
            return item.status;
        }
    };

private Q_SLOTS:
    void confirmsAndSendsTheStoredBytes() {
        Rig rig;
        const IntakeResult r = rig.outbox->submit(applicant(1));
        QVERIFY(r.ok());
        rig.server.script.push_back(confirmed());
        rig.worker->start();
        rig.scheduler.runDue();
        QCOMPARE(rig.status(r.receipt.reference).state, DeliveryState::Confirmed);
        QCOMPARE(rig.status(r.receipt.reference).participantId, QStringLiteral("P-00000001"));
        QCOMPARE(rig.server.requests.size(), 1);
        QVERIFY(rig.server.requests[0].body.contains("\"reference\":\"" +
                                                     r.receipt.reference.toLatin1() + '"'));
        QVERIFY(!rig.server.requests[0].key.isEmpty());
    }

    void garbledConfirmationIsRetriedWithTheSameKeyAndBytes() {
        Rig rig;
        const IntakeResult r = rig.outbox->submit(applicant(2));
        rig.server.script.push_back(HttpReply::answer(201, "{\"state\":\"confir"));
        rig.server.script.push_back(confirmed(200));
        rig.worker->start();
        QVERIFY(rig.scheduler.runUntil(
            [&] { return rig.status(r.receipt.reference).state == DeliveryState::Confirmed; }));
        QCOMPARE(rig.server.requests.size(), 2);
        QCOMPARE(rig.server.requests[1].key, rig.server.requests[0].key);
        QCOMPARE(rig.server.requests[1].body, rig.server.requests[0].body);
    }

    void retryAfterIsAFloor() {
        Rig rig;
        const IntakeResult r = rig.outbox->submit(applicant(3));
        rig.server.script.push_back(HttpReply::answer(503, {}, "30"));
        rig.server.script.push_back(confirmed());
        const QDateTime start = rig.clock.nowUtc();
        rig.worker->start();
        rig.scheduler.runDue();
        const DeliveryStatus waiting = rig.status(r.receipt.reference);
        QCOMPARE(waiting.state, DeliveryState::Pending);
        QCOMPARE(waiting.lastError, QStringLiteral("http-503"));
        QVERIFY(waiting.nextAttemptUtc >= start.addSecs(30));
        rig.scheduler.advance(29 * 1000);
        QCOMPARE(rig.server.requests.size(), 1); // not a moment before the server asked
        QVERIFY(rig.scheduler.runUntil(
            [&] { return rig.status(r.receipt.reference).state == DeliveryState::Confirmed; }));
        QCOMPARE(rig.server.requests.size(), 2);
    }

    void itemsLeftSendingByACrashAreSentAgain() {
        Rig rig;
        const IntakeResult r = rig.outbox->submit(applicant(4));
        OutboxItem item;
        QVERIFY(rig.outbox->outbox().itemByReference(r.receipt.reference, &item));
        QVERIFY(!rig.outbox->outbox().markSending(item.id)); // as if killed mid-request
        rig.server.script.push_back(confirmed());
        rig.newWorker();
        rig.worker->start();
        rig.scheduler.runDue();
        QCOMPARE(rig.status(r.receipt.reference).state, DeliveryState::Confirmed);
        QCOMPARE(rig.server.requests.size(), 1);
        QCOMPARE(rig.server.requests[0].key, item.idempotencyKey);
    }

    void neverMoreInFlightThanAllowed() {
        Rig rig(2);
        for (int i = 0; i < 7; ++i)
            QVERIFY(rig.outbox->submit(applicant(10 + i)).ok());
        for (int i = 0; i < 7; ++i)
            rig.server.script.push_back(confirmed());
        rig.worker->start();
        QVERIFY(rig.scheduler.runUntil([&] {
            return rig.outbox->outbox().stateCounts().value(DeliveryState::Confirmed) == 7;
        }));
        QCOMPARE(rig.server.maxOutstanding, 2);
        QCOMPARE(rig.server.requests.size(), 7);
    }

    void openCircuitHoldsNewWork() {
        Rig rig(1);
        for (int i = 0; i < 20; ++i)
            QVERIFY(rig.outbox->submit(applicant(30 + i)).ok());
        // Nothing scripted: every request meets a refused connection.
        rig.worker->start();
        rig.scheduler.advance(2000);
        const int threshold = rig.breaker.settings().failureThreshold;
        QCOMPARE(rig.breaker.state(), CircuitBreaker::State::Open);
        QCOMPARE(rig.server.requests.size(), threshold);
        // During the cool-down nothing goes, however many items are due.
        const qint64 coolDown = rig.clock.nowUtc().msecsTo(rig.breaker.openUntilUtc());
        rig.scheduler.advance(std::max<qint64>(0, coolDown - 1));
        QCOMPARE(rig.server.requests.size(), threshold);
    }

    void waitingRoomTicketIsPolledThenUsed() {
        Rig rig;
        const IntakeResult r = rig.outbox->submit(applicant(5));
        rig.server.script.push_back(HttpReply::answer(
            503,
            R"({"waitingRoom":{"ticket":"T-abc12345","position":1206,)"
            R"("estimatedWaitSeconds":{"min":240,"max":600},"refreshSeconds":20}})",
            "20"));
        rig.server.script.push_back(HttpReply::answer(
            200, R"({"ticket":"T-abc12345","position":0,"ready":true,"refreshSeconds":20,)"
                 R"("estimatedWaitSeconds":{"min":0,"max":0}})"));
        rig.server.script.push_back(confirmed());
        rig.worker->start();
        rig.scheduler.runDue();
        const DeliveryStatus queued = rig.status(r.receipt.reference);
        QCOMPARE(queued.state, DeliveryState::Queued);
        QCOMPARE(queued.waitingPosition, 1206);
        QCOMPARE(queued.waitMinSeconds, 240);
        QCOMPARE(queued.waitMaxSeconds, 600);
        // The ticket survives a restart of the worker.
        rig.newWorker();
        rig.worker->start();
        QVERIFY(rig.scheduler.runUntil(
            [&] { return rig.status(r.receipt.reference).state == DeliveryState::Confirmed; }));
        QCOMPARE(rig.server.requests.size(), 3);
        QCOMPARE(rig.server.requests[1].kind, QStringLiteral("poll"));
        QCOMPARE(rig.server.requests[1].ticket, QStringLiteral("T-abc12345"));
        QCOMPARE(rig.server.requests[2].kind, QStringLiteral("post"));
        QCOMPARE(rig.server.requests[2].ticket, QStringLiteral("T-abc12345"));
    }
};

QTEST_GUILESS_MAIN(OutboxWorkerTest)
#include "tst_outbox_worker.moc"
