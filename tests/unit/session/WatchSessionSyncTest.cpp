// History sync from the simulated watch into a real cache: every record once, whatever the link
// and the watch do in between.
#include "SampleStore.h"
#include "SessionTestSupport.h"

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

using State = WatchSession::State;
using Error = WatchSession::Error;

void expectEverythingStoredOnce(SessionRig &rig) {
    EXPECT_EQ(rig.storedMinutes(), SessionRig::expectedMinutes(rig.watch->records));
    EXPECT_EQ(rig.sink->minutesWrittenTwice, 0);
    const WatchSyncPosition position = rig.position();
    EXPECT_EQ(position.historyId, rig.watch->historyId);
    EXPECT_EQ(position.lastSequence, rig.watch->status().newestSequence);
}

TEST(WatchSessionSyncTest, FullSyncStoresExactlyEveryRecord) {
    SessionRig rig(1440);
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(rig.session->state(), State::Live);
    ASSERT_EQ(rig.syncs.size(), 1);
    const WatchSyncSummary &summary = rig.syncs.first();
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(summary.fromSequence, 1u);
    EXPECT_EQ(summary.expected, 1440u);
    EXPECT_EQ(summary.lastSequence, 1440u);
    EXPECT_EQ(summary.requests, 1);
    EXPECT_EQ(summary.duplicatesDropped, 0);
    EXPECT_EQ(summary.recordsRefused, 0);

    const auto expected = SessionRig::expectedMinutes(rig.watch->records);
    EXPECT_EQ(summary.recordsStored, expected.size());
    expectEverythingStoredOnce(rig);
    int withSteps = 0;
    int withHeartRate = 0;
    for (const ActivityRecord &record : rig.watch->records) {
        withSteps += record.hasSteps() ? 1 : 0;
        withHeartRate += record.hasHeartRate() ? 1 : 0;
    }
    EXPECT_EQ(rig.stepRows(), withSteps);
    EXPECT_EQ(rig.heartRateRows(), withHeartRate);
    EXPECT_GT(withSteps, 1000); // the invented day is mostly worn
    EXPECT_GT(rig.historyStoredSignals, 0);
    // The watch was told what is durable, so it may free it.
    EXPECT_EQ(rig.watch->acknowledgedSequence, 1440u);
    EXPECT_TRUE(rig.errors.isEmpty());
}

TEST(WatchSessionSyncTest, DailyRollupsMatchTheRecords) {
    SessionRig rig(3 * 1440, 11);
    ASSERT_TRUE(rig.connectAndSync());
    const QTimeZone seoul("Asia/Seoul");
    QMap<QDate, int> stepsPerDay;
    for (const ActivityRecord &record : rig.watch->records) {
        if (record.hasSteps())
            stepsPerDay[record.minuteUtc().toTimeZone(seoul).date()] += record.steps;
    }
    const QVector<DailyRollup> rollups =
        SampleStore(*rig.database).rollups(QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_EQ(rollups.size(), stepsPerDay.size());
    for (const DailyRollup &rollup : rollups)
        EXPECT_EQ(rollup.steps, stepsPerDay.value(rollup.date))
            << rollup.date.toString().toStdString();
}

TEST(WatchSessionSyncTest, RepeatedSyncStoresNothingNew) {
    SessionRig rig(600);
    ASSERT_TRUE(rig.connectAndSync());
    const auto before = rig.storedMinutes();
    const int batches = rig.sink->batches;
    ASSERT_TRUE(rig.disconnect());

    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_EQ(rig.syncs.size(), 2);
    const WatchSyncSummary &again = rig.syncs.last();
    EXPECT_TRUE(again.complete);
    EXPECT_EQ(again.fromSequence, 601u);
    EXPECT_EQ(again.expected, 0u);
    EXPECT_EQ(again.recordsStored, 0);
    EXPECT_EQ(again.requests, 0); // nothing to ask for
    EXPECT_EQ(rig.sink->batches, batches);
    EXPECT_EQ(rig.storedMinutes(), before);

    // syncNow() while connected finds nothing either, then fetches what the watch adds.
    ASSERT_TRUE(rig.session->syncNow());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 3; }));
    EXPECT_EQ(rig.syncs.last().recordsStored, 0);
    rig.watch->appendMinutes(30, rig.clock.nowUtc());
    rig.clock.advanceSecs(30 * 60);
    ASSERT_TRUE(rig.session->syncNow());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 4; }));
    EXPECT_EQ(rig.syncs.last().fromSequence, 601u);
    EXPECT_EQ(rig.syncs.last().lastSequence, 630u);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, DisconnectAtRecordKResumesFromLastStoredSequence) {
    WatchSession::Options options;
    options.maxRecordsPerCommit = 100; // so some records are committed before the drop
    SessionRig rig(1000, 7, options);
    rig.transport->faults().disconnectAtSequence = 437;
    ASSERT_TRUE(rig.connectAndSync());

    EXPECT_TRUE(rig.errors.contains(Error::ConnectionLost));
    EXPECT_EQ(rig.reconnectDelays.size(), 1);
    EXPECT_EQ(rig.transport->stats().connections, 2);
    // The second connection asked for exactly the first record that was not stored.
    QVector<quint32> requests;
    for (const HistoryControlCommand &command : rig.transport->stats().commands) {
        if (command.opcode == HistoryControlCommand::Opcode::RequestFrom)
            requests << command.sequence;
    }
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0], 1u);
    EXPECT_EQ(requests[1], 437u); // records 1..436 arrived in order and were kept at the drop
    ASSERT_EQ(rig.syncs.size(), 1);
    EXPECT_TRUE(rig.syncs.first().complete);
    EXPECT_EQ(rig.syncs.first().fromSequence, 437u);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, DropBetweenCommitsLosesNothingAcknowledged) {
    WatchSession::Options options;
    options.maxRecordsPerCommit = 200;
    SessionRig rig(900, 5, options);
    // Drop the link by hand after the first commit, before the batch ends.
    QObject::connect(rig.session.get(), &WatchSession::progress, [&](quint32 done, quint32) {
        if (done >= 200 && rig.transport->stats().connections == 1)
            rig.transport->dropLink();
    });
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(rig.transport->stats().connections, 2);
    expectEverythingStoredOnce(rig);
    EXPECT_GE(rig.watch->acknowledgedSequence, 900u);
}

TEST(WatchSessionSyncTest, SlowLinkCommitsEveryIntervalSoTheDashboardRefreshes) {
    WatchSession::Options options;
    options.commitIntervalMs = 1000;
    SimulatedWatchTransport::Options transport;
    transport.packetsPerConnectionEvent = 1;
    transport.connectionIntervalMs = 50; // 20 records per 50 ms: 1000 records in 2.5 s
    SessionRig rig(1000, 7, options, transport);
    QVector<QPair<qint64, quint32>> progress; // virtual time, records done
    QObject::connect(rig.session.get(), &WatchSession::progress, [&](quint32 done, quint32) {
        progress.append({rig.scheduler.elapsedMs(), done});
    });
    ASSERT_TRUE(rig.connectAndSync());
    // Progress at the start, two commits on the way (about 1 s and 2 s in), one at the end.
    ASSERT_EQ(progress.size(), 4);
    EXPECT_EQ(progress[0].second, 0u);
    EXPECT_GT(progress[1].second, 300u);
    EXPECT_LT(progress[1].second, 500u);
    EXPECT_GT(progress[2].second, progress[1].second);
    EXPECT_LT(progress[2].second, 1000u);
    EXPECT_EQ(progress[3].second, 1000u);
    EXPECT_EQ(progress[2].first - progress[1].first, 1000);
    EXPECT_EQ(rig.historyStoredSignals, 3);
    EXPECT_EQ(rig.sink->batches, 3);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, DuplicatedNotificationsAreStoredOnce) {
    SessionRig rig(800);
    rig.transport->faults().duplicateEveryNthPacket = 1; // every packet twice
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(summary.requests, 1);
    EXPECT_EQ(summary.duplicatesDropped, 800);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, OutOfOrderNotificationsWaitForTheGap) {
    WatchSession::Options options;
    options.maxRecordsPerCommit = 50;
    SessionRig rig(800, 3, options);
    rig.transport->faults().reorderEveryNthPacket = 3;
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(summary.requests, 1); // nothing had to be asked for again
    EXPECT_EQ(summary.gapRecords, 0u);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, DuplicatesAndReorderingTogether) {
    WatchSession::Options options;
    options.maxRecordsPerCommit = 64;
    SessionRig rig(700, 9, options);
    rig.transport->faults().reorderEveryNthPacket = 2;
    rig.transport->faults().duplicateEveryNthPacket = 3;
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_TRUE(rig.syncs.last().complete);
    EXPECT_GT(rig.syncs.last().duplicatesDropped, 0);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, CorruptPacketIsDroppedAndRequestedAgain) {
    SessionRig rig(1000);
    rig.transport->faults().corruptEveryNthPacket = 17; // packets of 20 records at MTU 247
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_TRUE(summary.complete);
    EXPECT_GT(summary.corruptPackets, 0);
    EXPECT_EQ(summary.requests, summary.corruptPackets + 1);
    EXPECT_TRUE(rig.errors.contains(Error::CorruptPacket));
    // Each corrupt packet aborted the batch, and the next request started where storing stopped.
    QVector<HistoryControlCommand> commands = rig.transport->stats().commands;
    int aborts = 0;
    for (const HistoryControlCommand &command : commands)
        aborts += command.opcode == HistoryControlCommand::Opcode::Abort ? 1 : 0;
    EXPECT_EQ(aborts, summary.corruptPackets);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, PersistentCorruptionGivesUpUntilTheNextSync) {
    WatchSession::Options options;
    options.maxRetriesWithoutProgress = 2;
    SessionRig rig(100, 7, options);
    rig.transport->faults().corruptEveryNthPacket = 1; // nothing gets through
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_FALSE(summary.complete);
    EXPECT_EQ(summary.requests, 3); // the first and two more without progress
    EXPECT_TRUE(rig.errors.contains(Error::SyncIncomplete));
    EXPECT_EQ(rig.stepRows(), 0);
    EXPECT_EQ(rig.session->state(), State::Live);

    // Once the link is clean again, the next sync gets everything.
    rig.transport->faults().corruptEveryNthPacket = 0;
    ASSERT_TRUE(rig.session->syncNow());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 2; }));
    EXPECT_TRUE(rig.syncs.last().complete);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, SmallMtuSendsOneRecordPerNotification) {
    SimulatedWatchTransport::Options transport;
    transport.attMtu = 23;
    SessionRig rig(300, 7, WatchSession::Options(), transport);
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(rig.transport->stats().recordsPackets, 300);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, WatchResetStartsFromItsOldestWithoutDoubling) {
    SessionRig rig(500);
    ASSERT_TRUE(rig.connectAndSync());
    const quint32 oldHistory = rig.watch->historyId;
    const auto firstHistory = rig.watch->records;
    ASSERT_TRUE(rig.disconnect());

    // A firmware update: new history id, the newest 120 minutes kept and renumbered from 1, then
    // 60 new minutes. The stored position (old id, 500) is now meaningless.
    rig.transport->faults().resetOnConnect = true;
    rig.transport->faults().resetKeepsRecords = 120;
    rig.clock.advanceSecs(60 * 60);
    ASSERT_TRUE(rig.session->connectToWatch(rig.watch->address));
    ASSERT_TRUE(rig.run([&] { return rig.session->state() == State::ReadingDeviceInformation; }));
    rig.watch->appendMinutes(60, rig.clock.nowUtc());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 2; }));

    ASSERT_NE(rig.watch->historyId, oldHistory);
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_TRUE(summary.watchReset);
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(summary.fromSequence, 1u);
    EXPECT_EQ(summary.lastSequence, 180u);
    EXPECT_EQ(rig.position(), (WatchSyncPosition{rig.watch->historyId, 180}));

    // The 120 kept minutes came again under the same (device, minute) keys: 500 + 60 minutes.
    QVector<ActivityRecord> all = firstHistory;
    all += rig.watch->records.mid(120);
    EXPECT_EQ(rig.storedMinutes(), SessionRig::expectedMinutes(all));
    EXPECT_EQ(rig.store->deviceIdFor(rig.identity()), rig.deviceId());
}

TEST(WatchSessionSyncTest, ResetBetweenStatusAndRequestIsAnsweredHistoryChanged) {
    SessionRig rig(400);
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_TRUE(rig.disconnect());
    rig.watch->appendMinutes(10, rig.clock.nowUtc());
    rig.transport->faults().resetBeforeRequest = true;
    rig.transport->faults().resetKeepsRecords = 50;
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_TRUE(summary.watchReset);
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(rig.position(), (WatchSyncPosition{rig.watch->historyId, 50}));
    EXPECT_EQ(rig.sink->minutesWrittenTwice, 0);
}

TEST(WatchSessionSyncTest, HistoryThatWentBackUnderTheSameIdIsAReset) {
    SessionRig rig(300);
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_TRUE(rig.disconnect());
    // The watch lost its history but kept its id: newest (40) is below the stored 300.
    rig.watch->reset(rig.watch->historyId, 40);
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_TRUE(rig.syncs.last().watchReset);
    EXPECT_EQ(rig.syncs.last().fromSequence, 1u);
    EXPECT_EQ(rig.position(), (WatchSyncPosition{rig.watch->historyId, 40}));
}

TEST(WatchSessionSyncTest, RecordsTheRingOverwroteAreReportedAsAGap) {
    SessionRig rig(300);
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_TRUE(rig.disconnect());
    rig.watch->appendMinutes(200, rig.clock.nowUtc());
    rig.watch->dropOldest(350); // sequences 301..350 are gone before they were synced
    ASSERT_TRUE(rig.connectAndSync());
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_EQ(summary.gapRecords, 50u);
    EXPECT_EQ(summary.fromSequence, 351u);
    EXPECT_TRUE(summary.complete);
    EXPECT_TRUE(rig.errors.contains(Error::HistoryGap));
    EXPECT_EQ(rig.position().lastSequence, 500u);
}

TEST(WatchSessionSyncTest, ImplausibleRecordsAreRefusedCountedAndPassedOver) {
    SessionRig rig(200);
    rig.watch->records[10].steps = 1500;    // above kMaxStepsPerMinute
    rig.watch->records[20].heartRate = 251; // above kMaxHeartRate
    rig.watch->records[30].heartRate = 19;  // below kMinHeartRate
    // Stamped five minutes ahead of the clock, by a watch whose clock is right.
    rig.watch->records.last().minute = quint32(rig.clock.nowUtc().toSecsSinceEpoch() / 60 + 5);
    QVector<QPair<quint32, WatchSession::RecordProblem>> refused;
    QObject::connect(rig.session.get(), &WatchSession::recordRefused,
                     [&](quint32 sequence, WatchSession::RecordProblem problem) {
                         refused.append({sequence, problem});
                     });
    ASSERT_TRUE(rig.connectAndSync());
    ASSERT_EQ(refused.size(), 4);
    EXPECT_EQ(refused[0], qMakePair(11u, WatchSession::RecordProblem::TooManySteps));
    EXPECT_EQ(refused[1], qMakePair(21u, WatchSession::RecordProblem::HeartRateOutOfRange));
    EXPECT_EQ(refused[2], qMakePair(31u, WatchSession::RecordProblem::HeartRateOutOfRange));
    EXPECT_EQ(refused[3], qMakePair(200u, WatchSession::RecordProblem::InTheFuture));
    const WatchSyncSummary &summary = rig.syncs.last();
    EXPECT_EQ(summary.recordsRefused, 4);
    EXPECT_TRUE(summary.complete);
    EXPECT_EQ(summary.lastSequence, 200u); // the sync does not stall on them
    EXPECT_TRUE(rig.errors.contains(Error::ImplausibleRecords));

    QVector<ActivityRecord> plausible;
    for (const ActivityRecord &record : rig.watch->records) {
        if (record.sequence != 11 && record.sequence != 21 && record.sequence != 31 &&
            record.sequence != 200)
            plausible.append(record);
    }
    EXPECT_EQ(rig.storedMinutes(), SessionRig::expectedMinutes(plausible));
}

TEST(WatchSessionSyncTest, FastWatchClockDoesNotMakeItsNewestMinutesFuture) {
    // The watch runs ten minutes fast and stamped its history with that clock.
    SessionRig rig(0);
    rig.watch->appendMinutes(120, rig.clock.nowUtc().addSecs(600));
    rig.transport->faults().clockOffsetSecs = 600;
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_EQ(rig.session->watchClockOffsetSecs().value_or(0), 600);
    EXPECT_EQ(rig.syncs.last().recordsRefused, 0);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, StorageFailureStoresNothingAndTheNextSyncCatchesUp) {
    SessionRig rig(300);
    rig.sink->failNextBatches = 1;
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_FALSE(rig.syncs.last().complete);
    EXPECT_TRUE(rig.errors.contains(Error::StorageFull));
    EXPECT_EQ(rig.stepRows(), 0);
    EXPECT_EQ(rig.position(), WatchSyncPosition());
    EXPECT_EQ(rig.watch->acknowledgedSequence, 0u); // nothing acknowledged that is not stored

    ASSERT_TRUE(rig.session->syncNow());
    ASSERT_TRUE(rig.run([&] { return rig.syncs.size() == 2; }));
    EXPECT_TRUE(rig.syncs.last().complete);
    expectEverythingStoredOnce(rig);
}

TEST(WatchSessionSyncTest, EmptyWatchStoresItsHistoryId) {
    SessionRig rig(0);
    ASSERT_TRUE(rig.connectAndSync());
    EXPECT_TRUE(rig.syncs.last().complete);
    EXPECT_EQ(rig.position(), (WatchSyncPosition{rig.watch->historyId, 0}));
    EXPECT_EQ(rig.stepRows(), 0);
}

} // namespace
