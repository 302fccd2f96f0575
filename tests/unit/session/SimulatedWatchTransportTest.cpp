// The simulated watch at the level of the profile: everything it serves decodes with the
// profile's codecs, and every fault does what it says.
#include "SimulatedWatchTransport.h"
#include "BatteryLevel.h"
#include "CurrentTime.h"
#include "HeartRateMeasurement.h"
#include "HistoryControlCommand.h"
#include "HistoryPacket.h"
#include "HistoryStatus.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "WatchProfile.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDateTime kNow(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc());

QUuid sig(quint16 value) {
    return WatchProfile::fromShort(value);
}

// Records what the transport says, in order.
struct Probe {
    explicit Probe(SimulatedWatchTransport &transport) {
        QObject::connect(&transport, &WatchTransport::connected, [this] { ++connected; });
        QObject::connect(&transport, &WatchTransport::disconnected, [this] { ++disconnected; });
        QObject::connect(&transport, &WatchTransport::watchDiscovered,
                         [this](const DiscoveredWatch &watch) { discovered.append(watch); });
        QObject::connect(&transport, &WatchTransport::scanFinished, [this] { ++scansFinished; });
        QObject::connect(&transport, &WatchTransport::characteristicRead,
                         [this](const QUuid &, const QUuid &c, const QByteArray &value) {
                             reads.append({c, value});
                         });
        QObject::connect(&transport, &WatchTransport::characteristicWritten,
                         [this](const QUuid &, const QUuid &c) { written.append(c); });
        QObject::connect(&transport, &WatchTransport::notificationsChanged,
                         [this](const QUuid &, const QUuid &c, bool on) {
                             subscriptions.append({c, on});
                         });
        QObject::connect(&transport, &WatchTransport::characteristicChanged,
                         [this](const QUuid &, const QUuid &c, const QByteArray &value) {
                             if (c == WatchProfile::historyRecord())
                                 history.append(value);
                             else
                                 notifications.append({c, value});
                         });
        QObject::connect(
            &transport, &WatchTransport::errorOccurred,
            [this](WatchTransport::Error error, const QString &) { errors.append(error); });
    }

    // The decoded history packets, checking each decodes.
    QVector<HistoryPacket> packets() const {
        QVector<HistoryPacket> result;
        for (const QByteArray &bytes : history) {
            const auto packet = HistoryPacket::decode(bytes);
            EXPECT_TRUE(packet.ok()) << packet.error().message.toStdString();
            result.append(packet.value());
        }
        return result;
    }
    QVector<quint32> sequences() const {
        QVector<quint32> result;
        for (const HistoryPacket &packet : packets()) {
            for (const ActivityRecord &record : packet.records)
                result.append(record.sequence);
        }
        return result;
    }

    int connected = 0;
    int disconnected = 0;
    int scansFinished = 0;
    QVector<DiscoveredWatch> discovered;
    QVector<QPair<QUuid, QByteArray>> reads;
    QVector<QUuid> written;
    QVector<QPair<QUuid, bool>> subscriptions;
    QVector<QByteArray> history;
    QVector<QPair<QUuid, QByteArray>> notifications;
    QVector<WatchTransport::Error> errors;
};

class SimulatedWatchTransportTest : public ::testing::Test {
protected:
    SimulatedWatchTransportTest()
        : clock(kNow)
        , scheduler(&clock)
        , transport(clock, scheduler)
        , watch(transport.addWatch(SimulatedWatch::generate(21, 500, kNow)))
        , probe(transport) {}

    void connectAndSubscribe() {
        transport.connectToWatch(watch.address);
        scheduler.runDue();
        ASSERT_EQ(probe.connected, 1);
        transport.setNotifications(WatchProfile::historyService(), WatchProfile::historyRecord(),
                                   true);
        scheduler.runDue();
    }
    void control(const HistoryControlCommand &command) {
        transport.writeCharacteristic(WatchProfile::historyService(),
                                      WatchProfile::historyControlPoint(),
                                      command.encode().value());
        scheduler.runDue();
    }
    QByteArray read(const QUuid &service, const QUuid &characteristic) {
        const int before = int(probe.reads.size());
        transport.readCharacteristic(service, characteristic);
        scheduler.runDue();
        return probe.reads.size() > before ? probe.reads.last().second : QByteArray();
    }

    ManualClock clock;
    ManualScheduler scheduler;
    SimulatedWatchTransport transport;
    SimulatedWatch &watch;
    Probe probe;
};

TEST_F(SimulatedWatchTransportTest, SameSeedSameWatch) {
    const SimulatedWatch a = SimulatedWatch::generate(21, 500, kNow);
    const SimulatedWatch b = SimulatedWatch::generate(21, 500, kNow);
    const SimulatedWatch c = SimulatedWatch::generate(22, 500, kNow);
    EXPECT_EQ(a.records, b.records);
    EXPECT_EQ(a.info, b.info);
    EXPECT_EQ(a.historyId, b.historyId);
    EXPECT_NE(a.records, c.records);
    EXPECT_NE(a.info.serialNumber, c.info.serialNumber);
    ASSERT_EQ(a.records.size(), 500);
    EXPECT_EQ(a.records.first().sequence, 1u);
    EXPECT_EQ(a.records.last().minuteUtcSeconds(), kNow.toSecsSinceEpoch() - 60);
    for (const ActivityRecord &record : a.records) {
        if (record.hasSteps()) {
            EXPECT_LE(record.steps, 1000);
        }
        if (record.hasHeartRate()) {
            EXPECT_GE(record.heartRate, 20);
            EXPECT_LE(record.heartRate, 250);
        }
    }
}

TEST_F(SimulatedWatchTransportTest, NothingIsAnsweredInsideTheCall) {
    transport.connectToWatch(watch.address);
    EXPECT_EQ(probe.connected, 0);
    scheduler.runDue();
    EXPECT_EQ(probe.connected, 1);
    transport.readCharacteristic(sig(WatchProfile::kBatteryService),
                                 sig(WatchProfile::kBatteryLevel));
    EXPECT_TRUE(probe.reads.isEmpty());
    scheduler.runDue();
    EXPECT_EQ(probe.reads.size(), 1);
}

TEST_F(SimulatedWatchTransportTest, ScanReportsWatchesInRangeWithRssiAndServices) {
    SimulatedWatch &second = transport.addWatch(SimulatedWatch::generate(22, 0, kNow));
    second.inRange = false;
    transport.startScan();
    scheduler.advance(2500); // three advertising rounds
    ASSERT_EQ(probe.discovered.size(), 3);
    for (const DiscoveredWatch &found : probe.discovered) {
        EXPECT_EQ(found.address, watch.address);
        EXPECT_EQ(found.name, watch.name);
        EXPECT_NEAR(found.rssi, watch.rssi, 2);
        EXPECT_TRUE(found.serviceUuids.contains(WatchProfile::historyService()));
    }
    EXPECT_EQ(probe.discovered.last().lastSeenUtc, kNow.addSecs(2));
    scheduler.advance(10000);
    EXPECT_EQ(probe.scansFinished, 1);
}

TEST_F(SimulatedWatchTransportTest, ServesDeviceInformationBatteryTimeAndStatus) {
    connectAndSubscribe();
    const QUuid dis = sig(WatchProfile::kDeviceInformationService);
    const QByteArray serial = read(dis, sig(WatchProfile::kSerialNumber));
    EXPECT_EQ(serial.size(), 20); // NUL-padded like many watches
    EXPECT_EQ(DeviceInformation::decodeString(serial).value(), watch.info.serialNumber);
    EXPECT_EQ(DeviceInformation::decodeString(read(dis, sig(WatchProfile::kModelNumber))).value(),
              QStringLiteral("WD-1"));
    EXPECT_EQ(BatteryLevel::decode(
                  read(sig(WatchProfile::kBatteryService), sig(WatchProfile::kBatteryLevel)))
                  .value()
                  .percent,
              watch.batteryPercent);

    watch.clockOffsetSecs = 600;
    const auto time = CurrentTime::decode(
        read(sig(WatchProfile::kCurrentTimeService), sig(WatchProfile::kCurrentTime)));
    ASSERT_TRUE(time.ok());
    // 12:00 UTC is 21:00 in Seoul; the watch runs ten minutes fast.
    EXPECT_EQ(time.value().hours, 21);
    EXPECT_EQ(time.value().minutes, 10);
    EXPECT_EQ(time.value().dayOfWeek, 7);

    const auto status =
        HistoryStatus::decode(read(WatchProfile::historyService(), WatchProfile::historyStatus()));
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status.value().historyId, watch.historyId);
    EXPECT_EQ(status.value().oldestSequence, 1u);
    EXPECT_EQ(status.value().newestSequence, 500u);
}

TEST_F(SimulatedWatchTransportTest, WritingCurrentTimeSetsTheWatchClock) {
    connectAndSubscribe();
    watch.clockOffsetSecs = -3600;
    const CurrentTime now = CurrentTime::fromDateTime(kNow.toTimeZone(QTimeZone("Asia/Seoul")),
                                                      CurrentTime::ExternalReference);
    transport.writeCharacteristic(sig(WatchProfile::kCurrentTimeService),
                                  sig(WatchProfile::kCurrentTime), now.encode().value());
    scheduler.runDue();
    ASSERT_EQ(probe.written.size(), 1);
    EXPECT_EQ(watch.clockOffsetSecs, 0);

    transport.faults().refuseTimeWrite = true;
    transport.writeCharacteristic(sig(WatchProfile::kCurrentTimeService),
                                  sig(WatchProfile::kCurrentTime), now.encode().value());
    scheduler.runDue();
    EXPECT_EQ(probe.errors.last(), WatchTransport::Error::WriteFailed);
}

TEST_F(SimulatedWatchTransportTest, HeartRateIsNotifiedEverySecondWhileSubscribed) {
    connectAndSubscribe();
    const QUuid hr = sig(WatchProfile::kHeartRateMeasurement);
    transport.setNotifications(sig(WatchProfile::kHeartRateService), hr, true);
    scheduler.advance(3000);
    ASSERT_EQ(probe.notifications.size(), 3);
    for (const auto &[characteristic, bytes] : probe.notifications) {
        EXPECT_EQ(characteristic, hr);
        const auto measurement = HeartRateMeasurement::decode(bytes);
        ASSERT_TRUE(measurement.ok());
        EXPECT_EQ(measurement.value().sensorContact, HeartRateMeasurement::SensorContact::Detected);
        EXPECT_EQ(measurement.value().rrIntervals.size(), 1);
    }
    transport.setNotifications(sig(WatchProfile::kHeartRateService), hr, false);
    scheduler.advance(3000);
    EXPECT_EQ(probe.notifications.size(), 3);
}

TEST_F(SimulatedWatchTransportTest, HistoryIsPackedPerMtuAndClosedByAnEndMarker) {
    connectAndSubscribe();
    control(HistoryControlCommand::requestFrom(101, watch.historyId));
    const QVector<HistoryPacket> packets = probe.packets();
    // 400 records, 20 per notification at MTU 247, then the end marker.
    ASSERT_EQ(packets.size(), 21);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(packets[i].type, HistoryPacket::Type::Records);
        EXPECT_EQ(packets[i].records.size(), 20);
    }
    EXPECT_EQ(probe.history.first().size(), 2 + 20 * 12);
    EXPECT_EQ(packets.last().type, HistoryPacket::Type::EndOfBatch);
    EXPECT_EQ(packets.last().end.result, HistoryBatchEnd::Result::Complete);
    EXPECT_EQ(packets.last().end.lastSequence, 500u);
    EXPECT_EQ(packets.last().end.count, 400u);
    EXPECT_EQ(packets.last().end.historyId, watch.historyId);
    EXPECT_EQ(probe.sequences().first(), 101u);
    EXPECT_EQ(probe.sequences().last(), 500u);
    EXPECT_EQ(packets[0].records.first(), watch.records[100]);
    EXPECT_EQ(probe.written.size(), 1); // the write was answered first

    control(HistoryControlCommand::acknowledge(500));
    EXPECT_EQ(watch.acknowledgedSequence, 500u);
}

TEST_F(SimulatedWatchTransportTest, NothingNewAndWrongHistoryId) {
    connectAndSubscribe();
    control(HistoryControlCommand::requestFrom(501, watch.historyId));
    control(HistoryControlCommand::requestFrom(1, watch.historyId ^ 0xFF));
    const QVector<HistoryPacket> packets = probe.packets();
    ASSERT_EQ(packets.size(), 2);
    EXPECT_EQ(packets[0].end,
              (HistoryBatchEnd{HistoryBatchEnd::Result::Complete, watch.historyId, 500, 0}));
    EXPECT_EQ(packets[1].end,
              (HistoryBatchEnd{HistoryBatchEnd::Result::HistoryChanged, watch.historyId, 500, 0}));
}

TEST_F(SimulatedWatchTransportTest, AbortStopsTheBatch) {
    connectAndSubscribe();
    transport.writeCharacteristic(WatchProfile::historyService(),
                                  WatchProfile::historyControlPoint(),
                                  HistoryControlCommand::requestFrom(1, 0).encode().value());
    // The first connection event's packets are out; the rest are not.
    ASSERT_TRUE(scheduler.runUntil([&] { return probe.history.size() >= 3; }));
    ASSERT_LT(probe.history.size(), 25);
    control(HistoryControlCommand::abort());
    const QVector<HistoryPacket> packets = probe.packets();
    ASSERT_GE(packets.size(), 2);
    EXPECT_EQ(packets.last().end.result, HistoryBatchEnd::Result::Aborted);
    EXPECT_EQ(packets.last().end.count, quint32(probe.sequences().size()));
    EXPECT_LT(probe.sequences().size(), 500);
}

TEST_F(SimulatedWatchTransportTest, WithoutSubscriptionNothingArrives) {
    transport.connectToWatch(watch.address);
    scheduler.runDue();
    control(HistoryControlCommand::requestFrom(1, 0));
    EXPECT_TRUE(probe.history.isEmpty());
}

TEST_F(SimulatedWatchTransportTest, DisconnectAtRecordDeliversEverythingBeforeIt) {
    transport.faults().disconnectAtSequence = 47;
    connectAndSubscribe();
    control(HistoryControlCommand::requestFrom(1, 0));
    EXPECT_EQ(probe.sequences().size(), 46);
    EXPECT_EQ(probe.sequences().last(), 46u);
    EXPECT_EQ(probe.errors, QVector<WatchTransport::Error>{WatchTransport::Error::ConnectionLost});
    EXPECT_EQ(probe.disconnected, 1);
    EXPECT_FALSE(transport.isConnected());
    EXPECT_EQ(transport.faults().disconnectAtSequence, 0u); // one-shot
}

TEST_F(SimulatedWatchTransportTest, DuplicateReorderAndCorruptFaults) {
    transport.faults().duplicateEveryNthPacket = 2;
    transport.faults().reorderEveryNthPacket = 3;
    transport.faults().corruptEveryNthPacket = 5;
    connectAndSubscribe();
    control(HistoryControlCommand::requestFrom(1, 0));
    // 25 packets of 20 records. Corrupt: 5, 10, 15, 20, 25; 10 and 20 also arrive twice (even),
    // while 15 is held back (a multiple of 3) and so sent once: 7 corrupt notifications.
    int corrupt = 0;
    QVector<quint32> firsts;
    for (const QByteArray &bytes : probe.history) {
        const auto packet = HistoryPacket::decode(bytes);
        if (!packet.ok()) {
            ++corrupt;
            continue;
        }
        if (packet.value().type == HistoryPacket::Type::Records)
            firsts.append(packet.value().records.first().sequence);
    }
    EXPECT_EQ(corrupt, 7);
    EXPECT_GT(firsts.size(), 20);
    bool outOfOrder = false;
    bool duplicated = false;
    for (int i = 1; i < firsts.size(); ++i) {
        outOfOrder = outOfOrder || firsts[i] < firsts[i - 1];
        duplicated = duplicated || firsts[i] == firsts[i - 1];
    }
    EXPECT_TRUE(outOfOrder);
    EXPECT_TRUE(duplicated);
    // The end marker still comes last.
    EXPECT_EQ(HistoryPacket::decode(probe.history.last()).value().type,
              HistoryPacket::Type::EndOfBatch);
}

TEST_F(SimulatedWatchTransportTest, ResetOnConnectStartsANewHistory) {
    const quint32 before = watch.historyId;
    const QVector<ActivityRecord> old = watch.records;
    transport.faults().resetOnConnect = true;
    transport.faults().resetKeepsRecords = 10;
    connectAndSubscribe();
    EXPECT_NE(watch.historyId, before);
    ASSERT_EQ(watch.records.size(), 10);
    EXPECT_EQ(watch.records.first().sequence, 1u);
    EXPECT_EQ(watch.records.first().minute, old[490].minute);
    EXPECT_FALSE(transport.faults().resetOnConnect);
}

TEST_F(SimulatedWatchTransportTest, AdapterAndRangeFaults) {
    transport.faults().outOfRange = true;
    transport.connectToWatch(watch.address);
    scheduler.runDue();
    transport.faults().outOfRange = false;
    transport.connectToWatch(QStringLiteral("00:00:00:00:00:00"));
    scheduler.runDue();
    transport.faults().noAdapter = true;
    transport.startScan();
    transport.connectToWatch(watch.address);
    scheduler.runDue();
    EXPECT_EQ(probe.errors, (QVector<WatchTransport::Error>{WatchTransport::Error::OutOfRange,
                                                            WatchTransport::Error::OutOfRange,
                                                            WatchTransport::Error::NoAdapter,
                                                            WatchTransport::Error::NoAdapter}));
    EXPECT_EQ(probe.connected, 0);
}

TEST_F(SimulatedWatchTransportTest, LowBatteryAndClockFaults) {
    transport.faults().lowBattery = true;
    transport.faults().clockOffsetSecs = 600;
    connectAndSubscribe();
    EXPECT_EQ(watch.clockOffsetSecs, 600);
    EXPECT_EQ(BatteryLevel::decode(
                  read(sig(WatchProfile::kBatteryService), sig(WatchProfile::kBatteryLevel)))
                  .value()
                  .percent,
              SimulatedWatchFaults::kLowBatteryPercent);
}

TEST_F(SimulatedWatchTransportTest, UnknownAttributesAreErrors) {
    connectAndSubscribe();
    transport.readCharacteristic(sig(0x1811), sig(0x2A46));
    transport.readCharacteristic(sig(WatchProfile::kBatteryService), sig(0x2A46));
    transport.readCharacteristic(sig(WatchProfile::kHeartRateService),
                                 sig(WatchProfile::kHeartRateMeasurement));
    scheduler.runDue();
    EXPECT_EQ(probe.errors,
              (QVector<WatchTransport::Error>{WatchTransport::Error::ServiceMissing,
                                              WatchTransport::Error::CharacteristicMissing,
                                              WatchTransport::Error::ReadFailed}));
}

} // namespace
