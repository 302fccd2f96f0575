// The whole chain as the app runs it: WatchSession driving the real QtBluetoothTransport through
// QtBluetooth's BlueZ D-Bus backend and the mock watch (run-with-mock.sh), storing into the real
// SQLite cache through WatchHistoryStore. A full sync; then, on a fresh cache, a sync whose link
// drops in the middle of the download, reconnects by itself and resumes, every record stored once.

#include "CurrentTime.h"
#include "Database.h"
#include "EventLoopScheduler.h"
#include "ManualClock.h"
#include "MockBluez.h"
#include "QtBluetoothTransport.h"
#include "SeededRandomSource.h"
#include "WatchHistoryStore.h"
#include "WatchSession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wristdoc;

namespace {

constexpr int kBoundMs = 30000; // upper bounds for whole phases; nothing is asserted about time
constexpr int kRecords = 300;
constexpr int kNotWorn = 3; // sequences 97, 194 and 291: no steps, no heart rate

// After the mock's history (2025-03-09T00:00Z + 300 minutes), so no record is in the future.
QDateTime testNow() {
    return QDateTime(QDate(2025, 3, 9), QTime(12, 0), QTimeZone::utc());
}

// One cache, one transport, one session: what the composition root builds.
struct Rig {
    explicit Rig(const QString &databasePath)
        : clock(testNow())
        , random(20250309) {
        Database::Options options;
        options.path = databasePath;
        database = Database::open(options, &openError);
        if (!database)
            return;
        store = std::make_unique<WatchHistoryStore>(*database, clock);
        transport = std::make_unique<QtBluetoothTransport>(clock);
        WatchSession::Options sessionOptions;
        sessionOptions.backoff.baseMs = 100; // reconnect soon; the jitter still applies
        sessionOptions.backoff.capMs = 400;
        session = std::make_unique<WatchSession>(*transport, *store, clock, scheduler, random,
                                                 sessionOptions);
    }

    qint64 scalar(const QString &sql) const {
        QSqlQuery query(database->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    WatchIdentity identity() const {
        WatchIdentity watch;
        watch.address = session->address();
        watch.info = session->deviceInformation();
        return watch;
    }

    ManualClock clock;
    EventLoopScheduler scheduler;
    SeededRandomSource random;
    StorageError openError;
    std::unique_ptr<Database> database;
    std::unique_ptr<WatchHistoryStore> store;
    std::unique_ptr<QtBluetoothTransport> transport;
    std::unique_ptr<WatchSession> session;
};

} // namespace

class WatchSessionMockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullSyncStoresEveryRecord();
    void dropMidDownloadResumesWithoutDuplicates();

private:
    bool scanAndConnect(Rig &rig);
    // Every stored minute equals the mock's record; each minute is there once.
    void verifyCache(Rig &rig);

    QTemporaryDir m_dir;
    MockBluez m_mock;
};

void WatchSessionMockTest::initTestCase() {
    if (!MockBluez::isRunning())
        QSKIP("needs the BlueZ mock: run through tests/bluez/run-with-mock.sh (ctest does)");
    QVERIFY(m_dir.isValid());
}

void WatchSessionMockTest::cleanup() {
    m_mock.setDisconnectAfterRecord(0);
}

bool WatchSessionMockTest::scanAndConnect(Rig &rig) {
    QSignalSpy nearby(rig.session.get(), &WatchSession::nearbyWatchesChanged);
    if (!rig.session->startScan())
        return false;
    const QString address = QLatin1String(MockBluez::kWatchAddress);
    QDeadlineTimer deadline(kBoundMs);
    auto listed = [&] {
        const QVector<DiscoveredWatch> watches = rig.session->nearbyWatches();
        return std::any_of(watches.cbegin(), watches.cend(),
                           [&](const DiscoveredWatch &w) { return w.address == address; });
    };
    while (!listed() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    for (const DiscoveredWatch &watch : rig.session->nearbyWatches()) {
        if (watch.address == QLatin1String(MockBluez::kScaleAddress))
            return false; // not a watch: must never be listed
    }
    return listed() && rig.session->connectToWatch(address);
}

void WatchSessionMockTest::verifyCache(Rig &rig) {
    const qint64 deviceId = rig.store->deviceIdFor(rig.identity());
    QVERIFY(deviceId > 0);
    QCOMPARE(rig.scalar(QStringLiteral("SELECT COUNT(*) FROM devices")), 1);
    const QString device = QString::number(deviceId);
    QCOMPARE(
        rig.scalar(QStringLiteral("SELECT COUNT(*) FROM step_samples WHERE device_id = ") + device),
        qint64(kRecords - kNotWorn));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT COUNT(DISTINCT minute_utc) FROM step_samples"
                                       " WHERE device_id = ") +
                        device),
             qint64(kRecords - kNotWorn));
    QCOMPARE(rig.scalar(QStringLiteral("SELECT COUNT(*) FROM heart_rate_samples"
                                       " WHERE device_id = ") +
                        device),
             qint64(kRecords - kNotWorn));

    // Value by value against the mock's history.
    QSqlQuery query(rig.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT s.minute_utc, s.steps, h.bpm FROM step_samples s"
                                      " JOIN heart_rate_samples h USING (device_id, minute_utc)"
                                      " WHERE s.device_id = %1 ORDER BY s.minute_utc")
                           .arg(deviceId)));
    int rows = 0;
    quint32 sequence = 0;
    while (query.next()) {
        const qint64 minuteUtc = query.value(0).toLongLong();
        do {
            ++sequence; // the not-worn minutes have no row
        } while (sequence % 97 == 0);
        const ActivityRecord expected = MockBluez::expectedRecord(sequence);
        QCOMPARE(minuteUtc, expected.minuteUtcSeconds());
        QCOMPARE(query.value(1).toInt(), int(expected.steps));
        QCOMPARE(query.value(2).toInt(), int(expected.heartRate));
        ++rows;
    }
    QCOMPARE(rows, kRecords - kNotWorn);

    WatchSinkResult result;
    const WatchSyncPosition position = rig.store->lastStored(rig.identity(), &result);
    QVERIFY(result.ok());
    QCOMPARE(position.historyId, MockBluez::kHistoryId);
    QCOMPARE(position.lastSequence, quint32(kRecords));
}

void WatchSessionMockTest::fullSyncStoresEveryRecord() {
    Rig rig(m_dir.filePath(QStringLiteral("full.db")));
    QVERIFY2(rig.database, qPrintable(rig.openError.detail));
    QSignalSpy synced(rig.session.get(), &WatchSession::syncFinished);
    QSignalSpy errors(rig.session.get(), &WatchSession::errorOccurred);
    QSignalSpy timeSet(rig.session.get(), &WatchSession::watchTimeSet);
    QSignalSpy heartRate(rig.session.get(), &WatchSession::heartRateMeasured);
    const uint requestsBefore = m_mock.state().value(QStringLiteral("historyRequests")).toUInt();

    QVERIFY(scanAndConnect(rig));
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, kBoundMs);
    for (const QList<QVariant> &error : std::as_const(errors))
        qWarning() << "session error" << error.at(0).value<WatchSession::Error>()
                   << error.at(1).toString();
    QCOMPARE(errors.count(), 0);

    const auto summary = synced.first().at(0).value<WatchSyncSummary>();
    QVERIFY(summary.complete);
    QCOMPARE(summary.historyId, MockBluez::kHistoryId);
    QCOMPARE(summary.fromSequence, 1u);
    QCOMPARE(summary.lastSequence, quint32(kRecords));
    QCOMPARE(summary.recordsStored, kRecords - kNotWorn); // minutes with something to store
    QCOMPARE(summary.recordsRefused, 0);
    QCOMPARE(summary.duplicatesDropped, 0);
    QCOMPARE(summary.corruptPackets, 0);

    QCOMPARE(rig.session->deviceInformation().serialNumber, QStringLiteral("WD-0A7F3"));
    QCOMPARE(rig.session->deviceInformation().shortCode(), QStringLiteral("A7F3"));
    QCOMPARE(rig.session->batteryPercent(), MockBluez::kBatteryPercent);

    // The watch's clock now shows the programme's wall-clock time (Asia/Seoul).
    QCOMPARE(timeSet.count(), 1);
    const auto written =
        CurrentTime::decode(m_mock.state().value(QStringLiteral("currentTime")).toByteArray());
    QVERIFY(written.ok());
    QCOMPARE(written.value().toDateTime(QTimeZone("Asia/Seoul")),
             testNow().toTimeZone(QTimeZone("Asia/Seoul")));
    QVERIFY(written.value().adjustReason & CurrentTime::ExternalReference);

    verifyCache(rig);
    const QVariantMap state = m_mock.state();
    QCOMPARE(state.value(QStringLiteral("acknowledged")).toUInt(), quint32(kRecords));
    QCOMPARE(state.value(QStringLiteral("historyRequests")).toUInt(), requestsBefore + 1);

    // Live: heart rate streams through the session.
    QTRY_VERIFY_WITH_TIMEOUT(heartRate.count() >= 2, kBoundMs);
    QCOMPARE(heartRate.first().at(1).value<WatchSession::SensorContact>(),
             WatchSession::SensorContact::Detected);

    // A sync with nothing new stores nothing and duplicates nothing.
    QVERIFY(rig.session->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 2, kBoundMs);
    const auto again = synced.at(1).at(0).value<WatchSyncSummary>();
    QVERIFY(again.complete);
    QCOMPARE(again.recordsStored, 0);
    verifyCache(rig);

    rig.session->disconnectFromWatch();
    QTRY_COMPARE_WITH_TIMEOUT(rig.session->state(), WatchSession::State::Idle, kBoundMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_mock.state().value(QStringLiteral("connected")).toBool(), false,
                              kBoundMs);
    QCOMPARE(errors.count(), 0);
}

void WatchSessionMockTest::dropMidDownloadResumesWithoutDuplicates() {
    // A fresh cache, so the whole history is downloaded again, and the link drops after the
    // packet that holds record 130.
    Rig rig(m_dir.filePath(QStringLiteral("drop.db")));
    QVERIFY2(rig.database, qPrintable(rig.openError.detail));
    QVERIFY(m_mock.setDisconnectAfterRecord(130));
    const QVariantMap before = m_mock.state();
    QSignalSpy synced(rig.session.get(), &WatchSession::syncFinished);
    QSignalSpy errors(rig.session.get(), &WatchSession::errorOccurred);
    QSignalSpy reconnects(rig.session.get(), &WatchSession::reconnectScheduled);

    // Where the cache stands when the session schedules its reconnection.
    WatchSyncPosition atDrop;
    connect(rig.session.get(), &WatchSession::reconnectScheduled, this, [&] {
        WatchSinkResult result;
        atDrop = rig.store->lastStored(rig.identity(), &result);
    });

    QVERIFY(scanAndConnect(rig));
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, kBoundMs);

    // The drop was seen and survived: one lost connection, one reconnection, no other error.
    QCOMPARE(reconnects.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).value<WatchSession::Error>(),
             WatchSession::Error::ConnectionLost);

    // What arrived before the drop was committed, and the download resumed right after it.
    QCOMPARE(atDrop.historyId, MockBluez::kHistoryId);
    QVERIFY2(atDrop.lastSequence >= 1 && atDrop.lastSequence <= 140,
             qPrintable(QString::number(atDrop.lastSequence)));
    const QVariantMap after = m_mock.state();
    QCOMPARE(after.value(QStringLiteral("historyRequests")).toUInt(),
             before.value(QStringLiteral("historyRequests")).toUInt() + 2);
    QCOMPARE(after.value(QStringLiteral("lastRequestFrom")).toUInt(), atDrop.lastSequence + 1);
    QCOMPARE(after.value(QStringLiteral("connections")).toUInt(),
             before.value(QStringLiteral("connections")).toUInt() + 2);
    // Records 1..140 before the drop, then from the resume point on: nothing else went over.
    const uint sent = after.value(QStringLiteral("recordsSent")).toUInt() -
                      before.value(QStringLiteral("recordsSent")).toUInt();
    QCOMPARE(sent, 140u + quint32(kRecords) - atDrop.lastSequence);

    const auto summary = synced.first().at(0).value<WatchSyncSummary>();
    QVERIFY(summary.complete);
    QCOMPARE(summary.lastSequence, quint32(kRecords));
    QVERIFY(after.value(QStringLiteral("acknowledgements")).toUInt() >
            before.value(QStringLiteral("acknowledgements")).toUInt());
    QCOMPARE(after.value(QStringLiteral("acknowledged")).toUInt(), quint32(kRecords));
    verifyCache(rig);

    rig.session->disconnectFromWatch();
    QTRY_COMPARE_WITH_TIMEOUT(rig.session->state(), WatchSession::State::Idle, kBoundMs);
}

QTEST_GUILESS_MAIN(WatchSessionMockTest)
#include "WatchSessionMockTest.moc"
