// A linked home computer against the real reference server on loopback: closed days go through
// the durable outbox, the ledger comes back, and reconciliation says which days differ. The
// server's own ledger is the judge of "credited once".
#include "DeviceStore.h"
#include "EventLoopScheduler.h"
#include "FieldCipher.h"
#include "LinkedParticipant.h"
#include "ManualClock.h"
#include "OutboxWorker.h"
#include "ParticipantExchange.h"
#include "ParticipantSync.h"
#include "PointsCheck.h"
#include "ReferenceServerProcess.h"
#include "SampleStore.h"
#include "SeededRandomSource.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wristdoc;

namespace {

constexpr int kWaitMs = 60000; // a guard against hanging, not a timing assertion
const QTimeZone kSeoul("Asia/Seoul");

// 09:00 in Seoul on 22 November: the days up to the 21st are closed and past their upload time.
QDateTime morningOf22nd() {
    return QDateTime(QDate(2026, 11, 22), QTime(9, 0), kSeoul).toUTC();
}

// steps spread evenly over the local hours [fromHour, toHour) of the day, minute by minute.
MinuteSamples walk(const QDate &day, int fromHour, int toHour, int steps) {
    MinuteSamples out;
    const int minutes = (toHour - fromHour) * 60;
    const qint64 start = QDateTime(day, QTime(fromHour, 0), kSeoul).toSecsSinceEpoch();
    for (int m = 0; m < minutes; ++m)
        out.append({start + 60LL * m, steps / minutes + (m < steps % minutes ? 1 : 0), 0});
    return out;
}

// One home computer: its own database and key, a real watch's samples, the participant's link.
struct HomeComputer {
    QTemporaryDir dir;
    ManualClock clock{morningOf22nd()};
    SeededRandomSource random;
    EventLoopScheduler scheduler;
    QNetworkAccessManager network;
    FieldCipher cipher;
    std::unique_ptr<Database> database;
    std::unique_ptr<ParticipantSync> sync;
    qint64 watch = 0;

    HomeComputer(const QUrl &server, const QString &participantId, const QByteArray &token,
                 quint32 seed)
        : random(seed) {
        FieldCipher::initialize();
        cipher = FieldCipher(FieldCipher::generateKey());
        Database::Options options;
        options.path = dir.filePath(QStringLiteral("home.db"));
        StorageError error;
        database = Database::open(options, &error);
        Device device;
        device.address = QStringLiteral("SIM-TEST-%1").arg(seed);
        device.name = QStringLiteral("SIM-0001");
        watch = DeviceStore(*database).ensureDevice(device, &error);
        LinkedParticipant participant{participantId, 1960, clock.nowUtc()};
        LinkedParticipant::save(*database, participant);
        ParticipantSync::Settings settings;
        settings.delivery.serverUrl = server;
        settings.delivery.participantToken = token;
        settings.participant = participant;
        settings.installationSecret = seed;
        sync = std::make_unique<ParticipantSync>(*database, cipher,
                                                 PointsPolicy::builtInDefault(), network, clock,
                                                 random, scheduler, settings);
    }
    bool ready() const { return database && watch > 0 && cipher.isValid(); }
    bool ingest(const MinuteSamples &samples) {
        return !SampleStore(*database).ingest(watch, samples);
    }
    int confirmedDays() const {
        const QMap<DeliveryState, int> counts = sync->outbox().stateCounts();
        return counts.value(DeliveryState::Confirmed);
    }
    PointsCheck::Result check() {
        PointsCheck::Result result;
        PointsCheck(*database, PointsPolicy::builtInDefault())
            .run(LinkedParticipant::load(*database), &result);
        return result;
    }
};

} // namespace

class PointsReconciliationTest : public QObject {
    Q_OBJECT

    std::unique_ptr<ReferenceServerProcess> m_server;
    QString m_participant;
    QByteArray m_token;

    // faults: switches for after the participant is enrolled and linked (a restart of the same
    // server database), so only the days meet them.
    bool startServer(const QStringList &extra, const QStringList &faults = {}) {
        m_participant.clear();
        m_token.clear();
        m_server = std::make_unique<ReferenceServerProcess>();
        if (!m_server->start(QStringList{QStringLiteral("--today"), QStringLiteral("2026-11-22")} +
                             extra)) {
            qWarning() << m_server->errorString();
            return false;
        }
        const QByteArray body = test::applicantBody(QStringLiteral("Invented Walker"),
                                                    QStringLiteral("01000000042"),
                                                    QDate(1960, 5, 5));
        const LoopbackReply reply = test::postEnrolment(m_server->port(), "enrol-key-0001", body);
        if (reply.status == 201)
            m_participant = reply.json().value(QStringLiteral("participantId")).toString();
        if (m_participant.isEmpty())
            return false;
        m_token = test::linkParticipant(m_server->port(), m_server->adminToken(), m_participant);
        if (m_token.isEmpty() || faults.isEmpty())
            return !m_token.isEmpty();
        m_server->stop();
        return m_server->start(QStringList{QStringLiteral("--today"), QStringLiteral("2026-11-22")} +
                               extra + faults);
    }

    // Four closed days: two morning walks (06-09 local), an afternoon walk, a short day.
    static bool walkFourDays(HomeComputer &home) {
        return home.ingest(walk(QDate(2026, 11, 18), 6, 9, 8214)) &&
               home.ingest(walk(QDate(2026, 11, 19), 14, 17, 9000)) &&
               home.ingest(walk(QDate(2026, 11, 20), 15, 16, 3000)) &&
               home.ingest(walk(QDate(2026, 11, 21), 5, 8, 8500));
    }

    static bool deliverAndFetch(HomeComputer &home, int days) {
        QSignalSpy fetched(home.sync.get(), &ParticipantSync::ledgerUpdated);
        home.sync->start();
        if (!QTest::qWaitFor([&] { return home.confirmedDays() == days; }, kWaitMs))
            return false;
        QSignalSpy problems(home.sync.get(), &ParticipantSync::problem);
        home.sync->refreshLedger();
        const bool fetchedOk = QTest::qWaitFor(
            [&] { return home.check().ledgerKnown && !home.sync->ledger().busy(); }, kWaitMs);
        for (const QList<QVariant> &problem : problems)
            qWarning() << "ledger problem:" << problem.value(0).toString();
        return fetchedOk;
    }

    int ledgerConfirmed() {
        return test::getLedger(m_server->port(), m_token, m_participant, "2026-11-01",
                               "2026-11-22")
            .json()
            .value(QStringLiteral("balance"))
            .toObject()
            .value(QStringLiteral("confirmed"))
            .toInt();
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void daysAreCreditedOnceEvenWhenSentTwiceAndAnswersAreLost() {
        // Half the answers that committed something are thrown away: every such day is sent
        // again with the same key and bytes, and the server replays its first answer.
        QVERIFY(startServer({}, {QStringLiteral("--drop-response-after-commit-rate"),
                                 QStringLiteral("0.5"), QStringLiteral("--seed"),
                                 QStringLiteral("3")}));
        HomeComputer home(m_server->baseUrl(), m_participant, m_token, 11);
        QVERIFY(home.ready());
        QVERIFY(walkFourDays(home));
        QVERIFY(deliverAndFetch(home, 4));
        // 18th, 19th and 21st reach 8,000 steps: 600 P, whatever the number of attempts.
        QCOMPARE(ledgerConfirmed(), 600);
        QVERIFY(m_server->adminStats().value(QStringLiteral("responsesDropped")).toInt() > 0);

        // A second computer of the same participant with the same watch data: the same keys,
        // so the server credits nothing twice.
        HomeComputer second(m_server->baseUrl(), m_participant, m_token, 12);
        QVERIFY(second.ready());
        QVERIFY(walkFourDays(second));
        QVERIFY(deliverAndFetch(second, 4));
        QCOMPARE(ledgerConfirmed(), 600);

        const PointsCheck::Result result = home.check();
        QVERIFY(result.ledgerKnown);
        QVERIFY(result.reconciliation.allMatch());
        QCOMPARE(result.ledger.summary.confirmed, 600);
        QVERIFY(result.ledger.summary.conversionDeadline.isValid());
    }

    void aLateSyncMakesARevisionThatReplacesTheCredit() {
        QVERIFY(startServer({}));
        HomeComputer home(m_server->baseUrl(), m_participant, m_token, 21);
        QVERIFY(home.ready());
        QVERIFY(walkFourDays(home));
        QVERIFY(deliverAndFetch(home, 4));
        QCOMPARE(ledgerConfirmed(), 600);

        // The watch syncs late: 6,000 more steps on the 20th, a closed and uploaded day.
        QVERIFY(home.ingest(walk(QDate(2026, 11, 20), 18, 20, 6000)));
        home.sync->uploader().check();
        ActivityDaySummary newest;
        QVERIFY(home.sync->days().latest(m_participant, QDate(2026, 11, 20), &newest));
        QCOMPARE(newest.revision, 2);
        QCOMPARE(newest.steps, 9000);
        // Not at once: a revision waits one to thirty minutes.
        QTest::qWait(200);
        QCOMPARE(home.confirmedDays(), 4);
        home.clock.advanceSecs(31 * 60);
        home.sync->worker().wake();
        QVERIFY(QTest::qWaitFor([&] { return home.confirmedDays() == 5; }, kWaitMs));
        QCOMPARE(ledgerConfirmed(), 800); // the 20th now earns 200 P, replacing its 0 P credit
        home.sync->refreshLedger();
        QVERIFY(QTest::qWaitFor(
            [&] { return home.check().ledger.summary.confirmed == 800; }, kWaitMs));
        const PointsCheck::Result result = home.check();
        QVERIFY(result.reconciliation.allMatch());
        for (const LedgerDay &day : result.ledger.days) {
            if (day.date == QDate(2026, 11, 20))
                QCOMPARE(day.revision, 2);
        }
    }

    void aServerCountingUtcDaysIsCaughtOnTheAffectedDaysOnly() {
        QVERIFY(startServer({QStringLiteral("--credit-bug"), QStringLiteral("utc-days")}));
        HomeComputer home(m_server->baseUrl(), m_participant, m_token, 31);
        QVERIFY(home.ready());
        QVERIFY(walkFourDays(home));
        QVERIFY(deliverAndFetch(home, 4));
        const PointsCheck::Result result = home.check();
        const QVector<ReconciledDay> bad = result.reconciliation.mismatches();
        // The morning walks (18th, 21st) fall before 09:00 local, on the previous UTC day.
        QCOMPARE(bad.size(), 2);
        QCOMPARE(bad[0].date, QDate(2026, 11, 18));
        QCOMPARE(bad[0].steps, 8214);
        QCOMPARE(bad[0].expectedPoints, 200);
        QCOMPARE(bad[0].creditedPoints, 0);
        QCOMPARE(bad[0].reason, QStringLiteral("points-differ"));
        QCOMPARE(bad[1].date, QDate(2026, 11, 21));
        QCOMPARE(result.reconciliation.disputedPoints, 400);

#ifdef WRISTDOC_CLI
        // The same answer from the command line, with exit status 1.
        QProcess cli;
        cli.start(QStringLiteral(WRISTDOC_CLI),
                  {QStringLiteral("reconcile"), QStringLiteral("--db"), home.database->path()});
        QVERIFY(cli.waitForFinished(kWaitMs));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonArray days = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("mismatches"))
                                    .toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-11-18"));
        QCOMPARE(days[0].toObject().value(QStringLiteral("expected")).toInt(), 200);
        QCOMPARE(days[0].toObject().value(QStringLiteral("credited")).toInt(), 0);
#endif
    }

    void demoHistoryIsNeverUploaded() {
        QVERIFY(startServer({}));
        HomeComputer home(m_server->baseUrl(), m_participant, m_token, 41);
        QVERIFY(home.ready());
        Device demo;
        demo.address = QStringLiteral("demo-watch");
        demo.name = QStringLiteral("demo");
        demo.demo = true;
        StorageError error;
        const qint64 demoId = DeviceStore(*home.database).ensureDevice(demo, &error);
        QVERIFY(demoId > 0);
        QVERIFY(!SampleStore(*home.database).ingest(demoId, walk(QDate(2026, 11, 19), 8, 12, 12000)));
        QVERIFY(home.ingest(walk(QDate(2026, 11, 20), 8, 12, 9000)));
        QVERIFY(deliverAndFetch(home, 1));
        QCOMPARE(ledgerConfirmed(), 200); // the 20th only
    }
};

QTEST_GUILESS_MAIN(PointsReconciliationTest)
#include "tst_points_reconciliation.moc"
