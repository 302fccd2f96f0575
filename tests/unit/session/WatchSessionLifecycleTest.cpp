// The watch session around the sync: scanning, the watch's clock and battery, live heart rate,
// reconnecting with backoff, stale links, and clean teardown. Virtual time throughout.
#include "SessionTestSupport.h"
#include "WatchProfile.h"

#include <algorithm>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

using State = WatchSession::State;
using Error = WatchSession::Error;

// Returns the same value every time: the backoff's exact ceilings become visible.
class FixedRandomSource final : public RandomSource {
public:
    explicit FixedRandomSource(quint32 value)
        : m_value(value) {}
    quint32 next32() override { return m_value; }

private:
    quint32 m_value;
};

QStringList addresses(const QVector<DiscoveredWatch> &watches) {
    QStringList result;
    for (const DiscoveredWatch &watch : watches)
        result << watch.address;
    return result;
}

TEST(WatchSessionLifecycleTest, ScanListsProfileWatchesStrongestFirstAndHidesStaleOnes) {
    SimulatedWatchTransport::Options transport;
    transport.scanDurationMs = 60 * 1000;
    SessionRig rig(10, 1, WatchSession::Options(), transport);
    rig.watch->rssi = -70;
    SimulatedWatch &near =
        rig.transport->addWatch(SimulatedWatch::generate(2, 10, rig.clock.nowUtc()));
    near.rssi = -48;
    SimulatedWatch &middle =
        rig.transport->addWatch(SimulatedWatch::generate(3, 10, rig.clock.nowUtc()));
    middle.rssi = -60;
    // Something else on the air (a strong one): it advertises no service of the profile.
    SimulatedWatch &other =
        rig.transport->addWatch(SimulatedWatch::generate(4, 0, rig.clock.nowUtc()));
    other.rssi = -30;
    other.advertisedServices = {WatchProfile::fromShort(WatchProfile::kBatteryService)};

    int changes = 0;
    QObject::connect(rig.session.get(), &WatchSession::nearbyWatchesChanged, [&] { ++changes; });
    ASSERT_TRUE(rig.session->startScan());
    EXPECT_EQ(rig.session->state(), State::Scanning);
    rig.scheduler.advance(1500);
    EXPECT_EQ(addresses(rig.session->nearbyWatches()),
              (QStringList{near.address, middle.address, rig.watch->address}));
    EXPECT_GT(changes, 0);
    for (const DiscoveredWatch &watch : rig.session->nearbyWatches()) {
        EXPECT_LT(watch.rssi, 0);
        EXPECT_FALSE(watch.name.isEmpty());
    }

    // The middle watch is carried away; ten seconds later it is no longer listed.
    middle.inRange = false;
    rig.scheduler.advance(5000);
    EXPECT_EQ(rig.session->nearbyWatches().size(), 3); // seen 5 s ago: still listed
    const int before = changes;
    rig.scheduler.advance(6000);
    EXPECT_EQ(addresses(rig.session->nearbyWatches()),
              (QStringList{near.address, rig.watch->address}));
    EXPECT_GT(changes, before); // the screen was told

    // Once scanning stops, every entry goes stale in turn.
    rig.session->stopScan();
    EXPECT_EQ(rig.session->state(), State::Idle);
    rig.scheduler.advance(11 * 1000);
    EXPECT_TRUE(rig.session->nearbyWatches().isEmpty());
}

TEST(WatchSessionLifecycleTest, ScanEndsByItself) {
    SimulatedWatchTransport::Options transport;
    transport.scanDurationMs = 4000;
    SessionRig rig(10, 1, WatchSession::Options(), transport);
    ASSERT_TRUE(rig.session->startScan());
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    EXPECT_EQ(rig.scheduler.elapsedMs(), 4000);
    EXPECT_EQ(rig.session->nearbyWatches().size(), 1);
}

TEST(WatchSessionLifecycleTest, DeviceInformationAndBatteryAreRead) {
    SessionRig rig(10);
    QVector<DeviceInformation> infos;
    QVector<QPair<int, bool>> batteries;
    QObject::connect(rig.session.get(), &WatchSession::deviceInformationRead,
                     [&](const DeviceInformation &info) { infos.append(info); });
    QObject::connect(rig.session.get(), &WatchSession::batteryChanged, [&](int percent, bool low) {
        batteries.append({percent, low});
    });
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_EQ(infos.size(), 1);
    EXPECT_EQ(infos.first(), rig.watch->info); // the NUL padding is gone
    EXPECT_EQ(infos.first().shortCode().size(), 4);
    EXPECT_EQ(rig.session->deviceInformation().serialNumber, rig.watch->info.serialNumber);
    ASSERT_EQ(batteries.size(), 1);
    EXPECT_EQ(batteries.first(), qMakePair(rig.watch->batteryPercent, false));
}

TEST(WatchSessionLifecycleTest, LowBatteryIsReported) {
    SessionRig rig(10);
    rig.transport->faults().lowBattery = true;
    QVector<QPair<int, bool>> batteries;
    QObject::connect(rig.session.get(), &WatchSession::batteryChanged, [&](int percent, bool low) {
        batteries.append({percent, low});
    });
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_EQ(batteries.size(), 1);
    EXPECT_EQ(batteries.first(), qMakePair(SimulatedWatchFaults::kLowBatteryPercent, true));
    EXPECT_EQ(rig.session->batteryPercent(), SimulatedWatchFaults::kLowBatteryPercent);
}

TEST(WatchSessionLifecycleTest, WatchClockTenMinutesOffIsReportedThenCorrected) {
    SessionRig rig(60);
    rig.transport->faults().clockOffsetSecs = 600;
    QVector<qint64> offsets;
    int timeSet = 0;
    QObject::connect(rig.session.get(), &WatchSession::watchClockOffsetMeasured,
                     [&](qint64 offset) { offsets.append(offset); });
    QObject::connect(rig.session.get(), &WatchSession::watchTimeSet, [&] { ++timeSet; });
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(offsets, QVector<qint64>{600});
    EXPECT_EQ(timeSet, 1);
    EXPECT_EQ(rig.watch->clockOffsetSecs, 0);
    // The watch now reads the programme's wall-clock time.
    EXPECT_EQ(rig.watch->wallClock(rig.clock.nowUtc()).toSecsSinceEpoch(),
              rig.clock.nowUtc().toSecsSinceEpoch());

    // Slow by ten minutes this time.
    ASSERT_TRUE(rig.disconnect());
    rig.transport->faults().clockOffsetSecs = -600;
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(offsets.last(), -600);
    EXPECT_EQ(rig.watch->clockOffsetSecs, 0);
}

TEST(WatchSessionLifecycleTest, WatchInAnotherZoneGetsOursAndTheRightTime) {
    SessionRig rig(10);
    rig.watch->localTime.timeZone = 0; // UTC, with a correct clock
    rig.watch->localTime.dstOffset = 0;
    QVector<qint64> offsets;
    QObject::connect(rig.session.get(), &WatchSession::watchClockOffsetMeasured,
                     [&](qint64 offset) { offsets.append(offset); });
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(offsets, QVector<qint64>{0}); // read in the watch's own zone, so not 9 hours off
    EXPECT_EQ(rig.watch->localTime.utcOffsetMinutes(), 9 * 60);
    EXPECT_EQ(rig.watch->clockOffsetSecs, 0);
    EXPECT_EQ(rig.watch->wallClock(rig.clock.nowUtc()).time(),
              rig.clock.nowUtc().toTimeZone(QTimeZone("Asia/Seoul")).time());
}

TEST(WatchSessionLifecycleTest, RefusedTimeWriteIsReportedAndTheSyncGoesOn) {
    SessionRig rig(60);
    rig.transport->faults().clockOffsetSecs = 600;
    rig.transport->faults().refuseTimeWrite = true;
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_TRUE(rig.errors.contains(Error::TimeNotSet));
    EXPECT_EQ(rig.session->watchClockOffsetSecs().value_or(0), 600);
    EXPECT_EQ(rig.watch->clockOffsetSecs, 600);
    EXPECT_TRUE(rig.syncs.last().complete);
}

TEST(WatchSessionLifecycleTest, HeartRateStreamsWhileLive) {
    SessionRig rig(10);
    QVector<int> rates;
    QObject::connect(rig.session.get(), &WatchSession::heartRateMeasured,
                     [&](int bpm, WatchSession::SensorContact contact) {
                         EXPECT_EQ(contact, WatchSession::SensorContact::Detected);
                         rates.append(bpm);
                     });
    ASSERT_TRUE(rig.connectAndSync());
    const int before = int(rates.size());
    rig.scheduler.advance(5000);
    EXPECT_EQ(rates.size() - before, 5); // one a second
    for (int bpm : rates) {
        EXPECT_GE(bpm, 64);
        EXPECT_LE(bpm, 87);
    }
}

TEST(WatchSessionLifecycleTest, TeardownLeavesNoSubscription) {
    SessionRig rig(100);
    int rates = 0;
    QObject::connect(rig.session.get(), &WatchSession::heartRateMeasured, [&] { ++rates; });
    ASSERT_TRUE(rig.connectAndSync());
    rig.scheduler.advance(2000);
    ASSERT_EQ(rig.transport->subscriptions().size(), 2);

    rig.session->disconnectFromWatch();
    EXPECT_EQ(rig.session->state(), State::Disconnecting);
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    EXPECT_TRUE(rig.transport->stats().subscriptionsAtDisconnect.isEmpty());
    EXPECT_FALSE(rig.transport->isConnected());

    const int notifications = rig.transport->stats().heartRateNotifications;
    const int seen = rates;
    rig.scheduler.advance(10 * 1000);
    EXPECT_EQ(rig.transport->stats().heartRateNotifications, notifications);
    EXPECT_EQ(rates, seen);
    EXPECT_EQ(rig.scheduler.pendingCount(), 0); // no timer of the session or the watch left
    EXPECT_TRUE(rig.reconnectDelays.isEmpty());
}

TEST(WatchSessionLifecycleTest, TeardownDuringDownloadAbortsItAndKeepsWhatArrived) {
    WatchSession::Options options;
    options.maxRecordsPerCommit = 100;
    SimulatedWatchTransport::Options transport;
    transport.packetsPerConnectionEvent = 1;
    SessionRig rig(2000, 7, options, transport);
    ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
    ASSERT_TRUE(rig.run([&] { return rig.position().lastSequence >= 300; }));
    ASSERT_EQ(rig.session->state(), State::Downloading);

    rig.session->disconnectFromWatch();
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    const QVector<HistoryControlCommand> &commands = rig.transport->stats().commands;
    ASSERT_FALSE(commands.isEmpty());
    bool aborted = false;
    for (const HistoryControlCommand &command : commands)
        aborted = aborted || command.opcode == HistoryControlCommand::Opcode::Abort;
    EXPECT_TRUE(aborted);
    EXPECT_TRUE(rig.transport->stats().subscriptionsAtDisconnect.isEmpty());
    EXPECT_TRUE(rig.syncs.isEmpty());

    // What is stored is an unbroken run from the first record, and the position says so.
    const quint32 last = rig.position().lastSequence;
    ASSERT_GE(last, 300u);
    ASSERT_LT(last, 2000u);
    EXPECT_EQ(rig.storedMinutes(),
              SessionRig::expectedMinutes(rig.watch->records.mid(0, int(last))));

    // The next connection resumes there and ends with everything once.
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(rig.syncs.last().fromSequence, last + 1);
    EXPECT_EQ(rig.storedMinutes(), SessionRig::expectedMinutes(rig.watch->records));
    EXPECT_EQ(rig.sink->minutesWrittenTwice, 0);
}

TEST(WatchSessionLifecycleTest, ResubscribesAfterEveryReconnect) {
    SessionRig rig(50);
    int rates = 0;
    QObject::connect(rig.session.get(), &WatchSession::heartRateMeasured, [&] { ++rates; });
    ASSERT_TRUE(rig.connectAndSync());
    for (int drop = 0; drop < 2; ++drop) {
        rig.transport->dropLink();
        ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Reconnecting; }));
        ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Live; }));
        EXPECT_EQ(rig.transport->subscriptions().size(), 2);
        const int before = rates;
        rig.scheduler.advance(3000);
        EXPECT_EQ(rates - before, 3);
    }
    EXPECT_EQ(rig.transport->stats().connections, 3);
    EXPECT_EQ(rig.syncs.size(), 3); // every reconnection syncs what is new
    EXPECT_EQ(rig.session->reconnectAttempts(), 0);
}

TEST(WatchSessionLifecycleTest, ReconnectDelaysDoubleUpToTheCap) {
    SessionRig rig(20);
    WatchSession::Options options;
    options.backoff.baseMs = 1000;
    options.backoff.capMs = 8000;
    options.maxReconnectAttempts = 7;
    FixedRandomSource highest(0xFFFFFFFFu); // the top of every jitter range
    rig.recreateSession(options, highest);
    ASSERT_TRUE(rig.connectAndSync());
    rig.transport->faults().outOfRange = true;
    rig.transport->dropLink();
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    EXPECT_EQ(rig.reconnectDelays, (QVector<qint64>{1000, 2000, 4000, 8000, 8000, 8000, 8000}));
    EXPECT_TRUE(rig.errors.contains(Error::ReconnectGaveUp));
    EXPECT_EQ(rig.transport->stats().connectionAttempts, 1 + 7);
}

TEST(WatchSessionLifecycleTest, ReconnectDelaysAreJitteredAndReproducibleForASeed) {
    const auto delaysFor = [](quint32 seed, QVector<qint64> *attemptTimes) {
        SessionRig rig(20);
        WatchSession::Options options;
        options.backoff.baseMs = 1000;
        options.backoff.capMs = 30000;
        options.maxReconnectAttempts = 8;
        SeededRandomSource random(seed);
        rig.recreateSession(options, random);
        EXPECT_TRUE(rig.connectAndSync());
        QObject::connect(rig.session.get(), &WatchSession::stateChanged, [&](State state) {
            if (state == State::Connecting && attemptTimes)
                attemptTimes->append(rig.scheduler.elapsedMs());
        });
        rig.transport->faults().outOfRange = true;
        rig.transport->dropLink();
        rig.run([&] { return rig.session->state() == State::Idle; });
        return rig.reconnectDelays;
    };
    QVector<qint64> times;
    const QVector<qint64> delays = delaysFor(99, &times);
    ASSERT_EQ(delays.size(), 8);
    const ReconnectBackoff backoff{1000, 30000};
    bool belowCeiling = false;
    for (int i = 0; i < delays.size(); ++i) {
        EXPECT_GE(delays[i], 0);
        EXPECT_LE(delays[i], backoff.ceilingMs(i)) << "attempt " << i;
        belowCeiling = belowCeiling || delays[i] < backoff.ceilingMs(i);
    }
    EXPECT_TRUE(belowCeiling); // jittered, not the bare exponential
    EXPECT_LE(*std::max_element(delays.begin(), delays.end()), 30000);
    // Each attempt started exactly its delay after the previous one failed: virtual time.
    ASSERT_EQ(times.size(), 8);
    for (int i = 1; i < times.size(); ++i)
        EXPECT_EQ(times[i] - times[i - 1], delays[i]) << "attempt " << i;

    EXPECT_EQ(delaysFor(99, nullptr), delays); // the same seed, the same delays
    EXPECT_NE(delaysFor(100, nullptr), delays);
}

TEST(WatchSessionLifecycleTest, ReconnectsWhenTheWatchComesBack) {
    SessionRig rig(100);
    ASSERT_TRUE(rig.connectAndSync());
    rig.transport->faults().outOfRange = true;
    rig.transport->dropLink();
    ASSERT_TRUE(rig.run([&] { return rig.reconnectDelays.size() == 3; }));
    rig.transport->faults().outOfRange = false;
    rig.watch->appendMinutes(5, rig.clock.nowUtc());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 2; }));
    EXPECT_EQ(rig.session->state(), State::Live);
    EXPECT_EQ(rig.syncs.last().fromSequence, 101u);
    EXPECT_EQ(rig.position().lastSequence, 105u);
    EXPECT_EQ(rig.session->reconnectAttempts(), 0);
}

TEST(WatchSessionLifecycleTest, UnansweredRequestDropsTheStaleLinkAndReconnects) {
    WatchSession::Options options;
    options.requestTimeoutMs = 5000;
    SessionRig rig(100, 7, options);
    ASSERT_TRUE(rig.connectAndSync());
    rig.transport->faults().stopsAnswering = true;
    ASSERT_TRUE(rig.session->syncNow());
    ASSERT_TRUE(rig.run([&] { return rig.errors.contains(Error::WatchNotResponding); }));
    EXPECT_EQ(rig.session->state(), State::Reconnecting);
    rig.transport->faults().stopsAnswering = false;
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 2; }));
    EXPECT_EQ(rig.session->state(), State::Live);
    EXPECT_EQ(rig.transport->stats().connections, 2);
}

TEST(WatchSessionLifecycleTest, StalledDownloadIsNoticed) {
    WatchSession::Options options;
    options.downloadIdleTimeoutMs = 4000;
    options.maxRecordsPerCommit = 100;
    SimulatedWatchTransport::Options transport;
    transport.packetsPerConnectionEvent = 1;
    SessionRig rig(3000, 7, options, transport);
    ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
    ASSERT_TRUE(rig.run([&] { return rig.position().lastSequence >= 200; }));
    rig.transport->faults().stopsAnswering = true;
    ASSERT_TRUE(rig.run([&] { return rig.errors.contains(Error::WatchNotResponding); }));
    rig.transport->faults().stopsAnswering = false;
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 1; }));
    EXPECT_EQ(rig.storedMinutes(), SessionRig::expectedMinutes(rig.watch->records));
    EXPECT_EQ(rig.sink->minutesWrittenTwice, 0);
}

TEST(WatchSessionLifecycleTest, FirstConnectionOutOfRangeReturnsToIdle) {
    SessionRig rig(10);
    rig.transport->faults().outOfRange = true;
    ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    EXPECT_EQ(rig.errors, QVector<Error>{Error::OutOfRange});
    EXPECT_TRUE(rig.reconnectDelays.isEmpty());
}

TEST(WatchSessionLifecycleTest, NoAdapterIsReportedPlainly) {
    SessionRig rig(10);
    rig.transport->faults().noAdapter = true;
    ASSERT_TRUE(rig.session->startScan());
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
    EXPECT_EQ(rig.errors, (QVector<Error>{Error::NoAdapter, Error::NoAdapter}));
    EXPECT_TRUE(rig.reconnectDelays.isEmpty());
}

TEST(WatchSessionLifecycleTest, DisconnectWhileConnectingEndsAtOnce) {
    for (const bool inRange : {true, false}) {
        SessionRig rig(10);
        rig.transport->faults().outOfRange = !inRange;
        ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
        rig.session->disconnectFromWatch();
        EXPECT_EQ(rig.session->state(), State::Disconnecting);
        ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Idle; }));
        EXPECT_EQ(rig.scheduler.elapsedMs(), 0) << "no waiting for a timeout";
        EXPECT_EQ(rig.transport->stats().connections, 0);
        EXPECT_FALSE(rig.transport->isConnected());
        EXPECT_TRUE(rig.reconnectDelays.isEmpty());
        EXPECT_EQ(rig.scheduler.pendingCount(), 0);
    }
}

TEST(WatchSessionLifecycleTest, DisconnectWhileWaitingToReconnectStopsTrying) {
    SessionRig rig(10);
    ASSERT_TRUE(rig.connectAndSync());
    rig.transport->faults().outOfRange = true;
    rig.transport->dropLink();
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::Reconnecting; }));
    rig.session->disconnectFromWatch();
    EXPECT_EQ(rig.session->state(), State::Idle);
    const int attempts = rig.transport->stats().connectionAttempts;
    rig.scheduler.advance(10 * 60 * 1000);
    EXPECT_EQ(rig.transport->stats().connectionAttempts, attempts);
    EXPECT_EQ(rig.scheduler.pendingCount(), 0);
}

} // namespace
