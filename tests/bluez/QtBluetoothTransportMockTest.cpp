// The real QtBluetoothTransport, end to end through QtBluetooth's BlueZ D-Bus backend, against
// the mock watch of wristdoc_bluez_template.py on a private system bus (run-with-mock.sh).

#include "BatteryLevel.h"
#include "CurrentTime.h"
#include "DeviceInformation.h"
#include "HeartRateMeasurement.h"
#include "HistoryControlCommand.h"
#include "HistoryPacket.h"
#include "HistoryStatus.h"
#include "LocalTimeInformation.h"
#include "MockBluez.h"
#include "QtBluetoothTransport.h"
#include "SystemClock.h"
#include "WatchProfile.h"

#include <QBluetoothLocalDevice>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QtTest>

#include <functional>
#include <memory>

using namespace wristdoc;
using Error = WatchTransport::Error;

namespace {

constexpr int kBoundMs = 15000; // upper bounds for answers; nothing is asserted about time

QUuid sig(quint16 shortUuid) {
    return WatchProfile::fromShort(shortUuid);
}

const QUuid kHeartRate = sig(WatchProfile::kHeartRateService);
const QUuid kHeartRateMeasurement = sig(WatchProfile::kHeartRateMeasurement);
const QUuid kBattery = sig(WatchProfile::kBatteryService);
const QUuid kBatteryLevel = sig(WatchProfile::kBatteryLevel);
const QUuid kDeviceInformation = sig(WatchProfile::kDeviceInformationService);
const QUuid kCurrentTimeService = sig(WatchProfile::kCurrentTimeService);
const QUuid kCurrentTime = sig(WatchProfile::kCurrentTime);
const QUuid kLocalTimeInformation = sig(WatchProfile::kLocalTimeInformation);

// The answer to one request: the success signal's value, or the error.
struct Answer {
    bool answered = false;
    bool ok = false;
    Error error = Error::Unknown;
    QString detail;
    QByteArray value;
};

// Runs `call` and waits for the first answer: a success signal matching the request, or
// errorOccurred(). Exactly one is expected, so a second one within the wait fails the test.
class Requester {
public:
    explicit Requester(WatchTransport &transport)
        : m_transport(transport) {}

    Answer read(const QUuid &service, const QUuid &characteristic) {
        QSignalSpy spy(&m_transport, &WatchTransport::characteristicRead);
        return run([&] { m_transport.readCharacteristic(service, characteristic); }, spy,
                   [&](const QList<QVariant> &args) {
                       return args.at(0).toUuid() == service &&
                              args.at(1).toUuid() == characteristic;
                   },
                   2);
    }
    Answer write(const QUuid &service, const QUuid &characteristic, const QByteArray &value) {
        QSignalSpy spy(&m_transport, &WatchTransport::characteristicWritten);
        return run([&] { m_transport.writeCharacteristic(service, characteristic, value); }, spy,
                   [&](const QList<QVariant> &args) {
                       return args.at(0).toUuid() == service &&
                              args.at(1).toUuid() == characteristic;
                   },
                   -1);
    }
    Answer subscribe(const QUuid &service, const QUuid &characteristic, bool enabled) {
        QSignalSpy spy(&m_transport, &WatchTransport::notificationsChanged);
        return run([&] { m_transport.setNotifications(service, characteristic, enabled); }, spy,
                   [&](const QList<QVariant> &args) {
                       return args.at(0).toUuid() == service &&
                              args.at(1).toUuid() == characteristic &&
                              args.at(2).toBool() == enabled;
                   },
                   -1);
    }

private:
    Answer run(const std::function<void()> &call, QSignalSpy &success,
               const std::function<bool(const QList<QVariant> &)> &matches, int valueIndex) {
        QSignalSpy errors(&m_transport, &WatchTransport::errorOccurred);
        call();
        QDeadlineTimer deadline(kBoundMs);
        while (success.isEmpty() && errors.isEmpty() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        Answer answer;
        if (!errors.isEmpty()) {
            answer.answered = true;
            answer.error = errors.first().at(0).value<Error>();
            answer.detail = errors.first().at(1).toString();
        } else if (!success.isEmpty() && matches(success.first())) {
            answer.answered = true;
            answer.ok = true;
            if (valueIndex >= 0)
                answer.value = success.first().at(valueIndex).toByteArray();
        }
        return answer;
    }

    WatchTransport &m_transport;
};

// Collects History Record notifications until an end marker (or the link drops).
class HistoryCollector : public QObject {
public:
    explicit HistoryCollector(WatchTransport &transport) {
        connect(&transport, &WatchTransport::characteristicChanged, this,
                [this](const QUuid &service, const QUuid &characteristic, const QByteArray &value) {
                    if (service != WatchProfile::historyService() ||
                        characteristic != WatchProfile::historyRecord())
                        return;
                    ++notifications;
                    const auto packet = HistoryPacket::decode(value);
                    if (!packet) {
                        ++corrupt;
                        return;
                    }
                    if (packet.value().type == HistoryPacket::Type::Records)
                        records += packet.value().records;
                    else
                        ends.append(packet.value().end);
                });
    }

    QVector<ActivityRecord> records;
    QVector<HistoryBatchEnd> ends;
    int notifications = 0;
    int corrupt = 0;
};

QByteArray encoded(const CodecResult<QByteArray> &result) {
    return result.ok() ? result.value() : QByteArray();
}

} // namespace

class QtBluetoothTransportMockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanReportsWatchesWithSignalUpdates();
    void connectReadsDeviceInformationAndBattery();
    void currentTimeIsWrittenAndReadBack();
    void heartRateNotificationsArrive();
    void historyDownloadsEveryRecord();
    void historyResumesAfterTheLinkDrops();
    void requestsTheWatchCannotServeFail();
    void watchOutOfRange();
    void adapterSwitchedOff();

private:
    bool connectWatch();

    SystemClock m_clock;
    MockBluez m_mock;
    std::unique_ptr<QtBluetoothTransport> m_transport;
};

void QtBluetoothTransportMockTest::initTestCase() {
    if (!MockBluez::isRunning())
        QSKIP("needs the BlueZ mock: run through tests/bluez/run-with-mock.sh (ctest does)");
    QCOMPARE(QBluetoothLocalDevice::allDevices().size(), 1);

    // BlueZ learns about devices by scanning; connecting needs that first, as in the app.
    QtBluetoothTransport transport(m_clock);
    QSignalSpy found(&transport, &WatchTransport::watchDiscovered);
    QSignalSpy finished(&transport, &WatchTransport::scanFinished);
    transport.setScanDuration(0);
    transport.startScan();
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), kBoundMs);
    transport.stopScan();
    QCOMPARE(finished.count(), 0);
}

void QtBluetoothTransportMockTest::init() {
    m_transport = std::make_unique<QtBluetoothTransport>(m_clock);
}

void QtBluetoothTransportMockTest::cleanup() {
    if (m_mock.state().value(QStringLiteral("connected")).toBool()) {
        QSignalSpy disconnectedSpy(m_transport.get(), &WatchTransport::disconnected);
        m_transport->disconnectFromWatch();
        QTRY_COMPARE_WITH_TIMEOUT(disconnectedSpy.count(), 1, kBoundMs);
    }
    m_transport.reset();
    m_mock.setFault(QStringLiteral("connect"), false);
    m_mock.setFault(QStringLiteral("read"), false);
    m_mock.setFault(QStringLiteral("notify"), false);
    m_mock.setDisconnectAfterRecord(0);
    m_mock.setPowered(true);
}

bool QtBluetoothTransportMockTest::connectWatch() {
    QSignalSpy connectedSpy(m_transport.get(), &WatchTransport::connected);
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);
    m_transport->connectToWatch(QLatin1String(MockBluez::kWatchAddress));
    QDeadlineTimer deadline(kBoundMs);
    while (connectedSpy.isEmpty() && errors.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!errors.isEmpty())
        qWarning() << "connect failed:" << errors.first().at(0).value<Error>()
                   << errors.first().at(1).toString();
    return connectedSpy.count() == 1 && errors.isEmpty();
}

void QtBluetoothTransportMockTest::scanReportsWatchesWithSignalUpdates() {
    QSignalSpy found(m_transport.get(), &WatchTransport::watchDiscovered);
    QSignalSpy finished(m_transport.get(), &WatchTransport::scanFinished);
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);

    // A scan that ends by itself.
    m_transport->setScanDuration(1500);
    m_transport->startScan();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kBoundMs);
    QCOMPARE(errors.count(), 0);

    QList<int> watchRssi;
    bool sawNameOnlyWatch = false;
    for (const QList<QVariant> &args : std::as_const(found)) {
        const auto watch = args.at(0).value<DiscoveredWatch>();
        QVERIFY2(watch.address != QLatin1String(MockBluez::kScaleAddress),
                 "a device that is not a watch was reported");
        QVERIFY(watch.lastSeenUtc.isValid());
        if (watch.address == QLatin1String(MockBluez::kWatchAddress)) {
            QCOMPARE(watch.name, QStringLiteral("WristDoc W1"));
            QVERIFY(watch.serviceUuids.contains(WatchProfile::historyService()));
            QVERIFY2(watch.rssi <= -50 && watch.rssi >= -70,
                     qPrintable(QString::number(watch.rssi)));
            watchRssi.append(watch.rssi);
        } else if (watch.address == QLatin1String(MockBluez::kSilentWatchAddress)) {
            QCOMPARE(watch.name, QStringLiteral("WristDoc W2")); // accepted by its name
            QVERIFY(watch.serviceUuids.isEmpty());
            sawNameOnlyWatch = true;
        }
    }
    QVERIFY(sawNameOnlyWatch);
    // Reported again with every advertisement that carries a new signal strength.
    QVERIFY2(watchRssi.size() >= 2, qPrintable(QString::number(watchRssi.size())));
    QVERIFY(std::any_of(watchRssi.cbegin(), watchRssi.cend(),
                        [&](int rssi) { return rssi != watchRssi.first(); }));

    // A scan stopped by the caller ends without scanFinished(), and reports nothing more.
    found.clear();
    m_transport->setScanDuration(0);
    m_transport->startScan();
    QTRY_VERIFY_WITH_TIMEOUT(found.count() >= 2, kBoundMs);
    m_transport->stopScan();
    const int reported = found.count();
    QTest::qWait(400); // longer than the mock's advertising interval (150 ms)
    QCOMPARE(found.count(), reported);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 0);
}

void QtBluetoothTransportMockTest::connectReadsDeviceInformationAndBattery() {
    QVERIFY(connectWatch());
    Requester requester(*m_transport);

    const struct {
        quint16 characteristic;
        const char *expected;
    } strings[] = {
        {WatchProfile::kManufacturerName, "WristDoc Test Works"},
        {WatchProfile::kModelNumber, "WD-W1"},
        {WatchProfile::kSerialNumber, "WD-0A7F3"}, // sent with NUL padding
        {WatchProfile::kFirmwareRevision, "1.4.2"},
    };
    DeviceInformation information;
    for (const auto &entry : strings) {
        const Answer answer = requester.read(kDeviceInformation, sig(entry.characteristic));
        QVERIFY2(answer.ok, qPrintable(answer.detail));
        const auto text = DeviceInformation::decodeString(answer.value);
        QVERIFY2(text.ok(), qPrintable(text.error().message));
        QCOMPARE(text.value(), QString::fromLatin1(entry.expected));
        if (entry.characteristic == WatchProfile::kSerialNumber)
            information.serialNumber = text.value();
    }
    QCOMPARE(information.shortCode(), QStringLiteral("A7F3"));

    const Answer battery = requester.read(kBattery, kBatteryLevel);
    QVERIFY2(battery.ok, qPrintable(battery.detail));
    const auto level = BatteryLevel::decode(battery.value);
    QVERIFY(level.ok());
    QCOMPARE(level.value().percent, MockBluez::kBatteryPercent);

    QSignalSpy disconnectedSpy(m_transport.get(), &WatchTransport::disconnected);
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);
    m_transport->disconnectFromWatch();
    QTRY_COMPARE_WITH_TIMEOUT(disconnectedSpy.count(), 1, kBoundMs);
    QCOMPARE(errors.count(), 0); // asked for: not a lost connection
    QCOMPARE(m_mock.state().value(QStringLiteral("connected")).toBool(), false);
}

void QtBluetoothTransportMockTest::currentTimeIsWrittenAndReadBack() {
    QVERIFY(connectWatch());
    Requester requester(*m_transport);

    // What the session writes: the zone first, then the wall-clock time of Asia/Seoul.
    const QTimeZone seoul("Asia/Seoul");
    const QDateTime now(QDate(2026, 5, 20), QTime(9, 41, 7, 500), seoul);
    const auto zone = LocalTimeInformation::fromTimeZone(seoul, now).encode();
    QVERIFY(zone.ok());
    QCOMPARE(zone.value(), QByteArray::fromHex("2400"));
    Answer answer = requester.write(kCurrentTimeService, kLocalTimeInformation, zone.value());
    QVERIFY2(answer.ok, qPrintable(answer.detail));

    const CurrentTime written = CurrentTime::fromDateTime(now, CurrentTime::ExternalReference);
    const QByteArray bytes = encoded(written.encode());
    QCOMPARE(bytes.size(), CurrentTime::kSize);
    answer = requester.write(kCurrentTimeService, kCurrentTime, bytes);
    QVERIFY2(answer.ok, qPrintable(answer.detail));

    answer = requester.read(kCurrentTimeService, kCurrentTime);
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    const auto readBack = CurrentTime::decode(answer.value);
    QVERIFY2(readBack.ok(), qPrintable(readBack.error().message));
    QCOMPARE(readBack.value(), written);
    QCOMPARE(readBack.value().toDateTime(seoul),
             QDateTime(QDate(2026, 5, 20), QTime(9, 41, 7, 500), seoul));
    QCOMPARE(m_mock.state().value(QStringLiteral("currentTime")).toByteArray(), bytes);
    QCOMPARE(m_mock.state().value(QStringLiteral("localTimeInformation")).toByteArray(),
             zone.value());

    // A value the watch refuses (month 13) is a write failure and changes nothing.
    QByteArray month13 = bytes;
    month13[2] = 13;
    answer = requester.write(kCurrentTimeService, kCurrentTime, month13);
    QVERIFY(answer.answered);
    QVERIFY(!answer.ok);
    QCOMPARE(answer.error, Error::WriteFailed);
    answer = requester.read(kCurrentTimeService, kCurrentTime);
    QVERIFY(answer.ok);
    QCOMPARE(answer.value, bytes);
}

void QtBluetoothTransportMockTest::heartRateNotificationsArrive() {
    QVERIFY(connectWatch());
    Requester requester(*m_transport);
    QSignalSpy changed(m_transport.get(), &WatchTransport::characteristicChanged);

    Answer answer = requester.subscribe(kHeartRate, kHeartRateMeasurement, true);
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, kBoundMs);

    answer = requester.subscribe(kHeartRate, kHeartRateMeasurement, false);
    QVERIFY2(answer.ok, qPrintable(answer.detail));

    // The mock counts n = 0, 1, 2, ... from the subscription: 72 + n bpm, n kJ, one RR.
    int n = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toUuid(), kHeartRate);
        QCOMPARE(args.at(1).toUuid(), kHeartRateMeasurement);
        const auto measurement = HeartRateMeasurement::decode(args.at(2).toByteArray());
        QVERIFY2(measurement.ok(), qPrintable(measurement.error().message));
        QCOMPARE(int(measurement.value().bpm), 72 + n % 20);
        QCOMPARE(measurement.value().sensorContact, HeartRateMeasurement::SensorContact::Detected);
        QCOMPARE(measurement.value().energyExpendedKj, std::optional<quint16>(quint16(n)));
        QCOMPARE(measurement.value().rrIntervals.size(), 1);
        QCOMPARE(int(measurement.value().rrIntervals.first()), qRound(60 * 1024.0 / (72 + n % 20)));
        ++n;
    }
}

void QtBluetoothTransportMockTest::historyDownloadsEveryRecord() {
    QVERIFY(connectWatch());
    Requester requester(*m_transport);
    HistoryCollector collector(*m_transport);

    // Subscribe first, or the first records are lost (docs/watch-profile.md, "A sync").
    Answer answer =
        requester.subscribe(WatchProfile::historyService(), WatchProfile::historyRecord(), true);
    QVERIFY2(answer.ok, qPrintable(answer.detail));

    answer = requester.read(WatchProfile::historyService(), WatchProfile::historyStatus());
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    const auto status = HistoryStatus::decode(answer.value);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(status.value().historyId, MockBluez::kHistoryId);
    QCOMPARE(status.value().oldestSequence, 1u);
    QCOMPARE(status.value().newestSequence, 300u);

    answer = requester.write(WatchProfile::historyService(), WatchProfile::historyControlPoint(),
                             encoded(HistoryControlCommand::requestFrom(1, 0).encode()));
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QTRY_COMPARE_WITH_TIMEOUT(collector.ends.size(), 1, kBoundMs);

    QCOMPARE(collector.corrupt, 0);
    QCOMPARE(collector.records.size(), 300);
    for (int i = 0; i < collector.records.size(); ++i)
        QCOMPARE(collector.records.at(i), MockBluez::expectedRecord(quint32(i + 1)));
    const HistoryBatchEnd end = collector.ends.first();
    QCOMPARE(end.result, HistoryBatchEnd::Result::Complete);
    QCOMPARE(end.historyId, MockBluez::kHistoryId);
    QCOMPARE(end.lastSequence, 300u);
    QCOMPARE(end.count, 300u);
    // Packed as the profile says: 20 records a notification at MTU 247, plus the end marker.
    QCOMPARE(collector.notifications, 300 / MockBluez::kRecordsPerPacket + 1);

    answer = requester.write(WatchProfile::historyService(), WatchProfile::historyControlPoint(),
                             encoded(HistoryControlCommand::acknowledge(300).encode()));
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QCOMPARE(m_mock.state().value(QStringLiteral("acknowledged")).toUInt(), 300u);

    // A request naming another history id (the watch was reset): only an end marker.
    answer = requester.write(WatchProfile::historyService(), WatchProfile::historyControlPoint(),
                             encoded(HistoryControlCommand::requestFrom(301, 0x1234).encode()));
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QTRY_COMPARE_WITH_TIMEOUT(collector.ends.size(), 2, kBoundMs);
    QCOMPARE(collector.ends.at(1).result, HistoryBatchEnd::Result::HistoryChanged);
    QCOMPARE(collector.ends.at(1).historyId, MockBluez::kHistoryId);
    QCOMPARE(collector.ends.at(1).count, 0u);
    QCOMPARE(collector.records.size(), 300);
}

void QtBluetoothTransportMockTest::historyResumesAfterTheLinkDrops() {
    const uint connectionsBefore = m_mock.state().value(QStringLiteral("connections")).toUInt();
    QVERIFY(m_mock.setDisconnectAfterRecord(130));
    QVERIFY(connectWatch());
    auto requester = std::make_unique<Requester>(*m_transport);
    HistoryCollector collector(*m_transport);
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);
    QSignalSpy disconnectedSpy(m_transport.get(), &WatchTransport::disconnected);

    Answer answer =
        requester->subscribe(WatchProfile::historyService(), WatchProfile::historyRecord(), true);
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    answer = requester->write(WatchProfile::historyService(), WatchProfile::historyControlPoint(),
                              encoded(HistoryControlCommand::requestFrom(1, 0).encode()));
    QVERIFY2(answer.ok, qPrintable(answer.detail));

    // The watch drops the link after the packet holding record 130: ConnectionLost, then
    // disconnected(), and no end marker.
    QTRY_COMPARE_WITH_TIMEOUT(disconnectedSpy.count(), 1, kBoundMs);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().at(0).value<Error>(), Error::ConnectionLost);
    QCOMPARE(collector.ends.size(), 0);
    const int firstPart = collector.records.size();
    QCOMPARE(firstPart, 140); // packets of 20: the one holding 130 ends at 140
    QCOMPARE(collector.records.last().sequence, 140u);

    // A request after the drop fails at once instead of waiting forever.
    answer = requester->read(WatchProfile::historyService(), WatchProfile::historyStatus());
    QVERIFY(answer.answered);
    QCOMPARE(answer.error, Error::ReadFailed);

    // Reconnect, subscribe again (a server forgets it for an unbonded client), resume.
    errors.clear();
    QVERIFY(connectWatch());
    answer =
        requester->subscribe(WatchProfile::historyService(), WatchProfile::historyRecord(), true);
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    const quint32 from = collector.records.last().sequence + 1;
    answer = requester->write(
        WatchProfile::historyService(), WatchProfile::historyControlPoint(),
        encoded(HistoryControlCommand::requestFrom(from, MockBluez::kHistoryId).encode()));
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QTRY_COMPARE_WITH_TIMEOUT(collector.ends.size(), 1, kBoundMs);
    QCOMPARE(errors.count(), 0);

    QCOMPARE(collector.ends.first().result, HistoryBatchEnd::Result::Complete);
    QCOMPARE(collector.ends.first().count, 300u - 140u);
    QCOMPARE(collector.records.size(), 300); // every record once, in order
    for (int i = 0; i < collector.records.size(); ++i)
        QCOMPARE(collector.records.at(i), MockBluez::expectedRecord(quint32(i + 1)));
    const QVariantMap state = m_mock.state();
    QCOMPARE(state.value(QStringLiteral("connections")).toUInt(), connectionsBefore + 2);
    QCOMPARE(state.value(QStringLiteral("lastRequestFrom")).toUInt(), 141u);
}

void QtBluetoothTransportMockTest::requestsTheWatchCannotServeFail() {
    QVERIFY(connectWatch());
    Requester requester(*m_transport);
    QSignalSpy disconnectedSpy(m_transport.get(), &WatchTransport::disconnected);

    Answer answer = requester.read(sig(0x1816), sig(0x2A5B)); // Cycling Speed and Cadence
    QVERIFY(answer.answered);
    QCOMPARE(answer.error, Error::ServiceMissing);
    answer = requester.read(kHeartRate, sig(0x2A38)); // Body Sensor Location: not served
    QCOMPARE(answer.error, Error::CharacteristicMissing);
    answer = requester.read(kHeartRate, kHeartRateMeasurement); // notify only
    QCOMPARE(answer.error, Error::ReadFailed);
    answer = requester.write(kHeartRate, kHeartRateMeasurement, QByteArray::fromHex("064E"));
    QCOMPARE(answer.error, Error::WriteFailed);
    answer = requester.subscribe(kDeviceInformation, sig(WatchProfile::kModelNumber), true);
    QCOMPARE(answer.error, Error::SubscribeFailed);
    answer = requester.write(WatchProfile::historyService(), WatchProfile::historyControlPoint(),
                             QByteArray::fromHex("07")); // unknown opcode: the watch refuses
    QVERIFY(answer.answered);
    QCOMPARE(answer.error, Error::WriteFailed);

    // Failures reported by the watch through BlueZ.
    QVERIFY(m_mock.setFault(QStringLiteral("read"), true));
    answer = requester.read(kBattery, kBatteryLevel);
    QVERIFY(answer.answered);
    QCOMPARE(answer.error, Error::ReadFailed);
    QVERIFY(m_mock.setFault(QStringLiteral("read"), false));
    QVERIFY(m_mock.setFault(QStringLiteral("notify"), true));
    answer = requester.subscribe(kHeartRate, kHeartRateMeasurement, true);
    QVERIFY(answer.answered);
    QCOMPARE(answer.error, Error::SubscribeFailed);
    QVERIFY(m_mock.setFault(QStringLiteral("notify"), false));

    // None of it hurt the link.
    answer = requester.read(kBattery, kBatteryLevel);
    QVERIFY2(answer.ok, qPrintable(answer.detail));
    QCOMPARE(answer.value, QByteArray(1, char(MockBluez::kBatteryPercent)));
    QCOMPARE(disconnectedSpy.count(), 0);
}

void QtBluetoothTransportMockTest::watchOutOfRange() {
    QSignalSpy connectedSpy(m_transport.get(), &WatchTransport::connected);
    QSignalSpy disconnectedSpy(m_transport.get(), &WatchTransport::disconnected);
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);

    // W2 was seen advertising but does not answer the connection.
    m_transport->connectToWatch(QLatin1String(MockBluez::kSilentWatchAddress));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kBoundMs);
    QCOMPARE(errors.first().at(0).value<Error>(), Error::OutOfRange);

    // A watch BlueZ has never seen.
    m_transport->connectToWatch(QStringLiteral("C0:FF:EE:99:99:99"));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, kBoundMs);
    QCOMPARE(errors.at(1).at(0).value<Error>(), Error::OutOfRange);

    // The right watch, failing to connect this time, then fine again.
    QVERIFY(m_mock.setFault(QStringLiteral("connect"), true));
    m_transport->connectToWatch(QLatin1String(MockBluez::kWatchAddress));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 3, kBoundMs);
    QCOMPARE(errors.at(2).at(0).value<Error>(), Error::OutOfRange);
    QCOMPARE(connectedSpy.count(), 0);
    QCOMPARE(disconnectedSpy.count(), 0);
    QVERIFY(m_mock.setFault(QStringLiteral("connect"), false));
    QVERIFY(connectWatch());
}

void QtBluetoothTransportMockTest::adapterSwitchedOff() {
    QSignalSpy errors(m_transport.get(), &WatchTransport::errorOccurred);
    QSignalSpy finished(m_transport.get(), &WatchTransport::scanFinished);
    QVERIFY(m_mock.setPowered(false));

    m_transport->startScan();
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kBoundMs);
    QCOMPARE(errors.first().at(0).value<Error>(), Error::AdapterOff);
    m_transport->connectToWatch(QLatin1String(MockBluez::kWatchAddress));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, kBoundMs);
    QCOMPARE(errors.at(1).at(0).value<Error>(), Error::AdapterOff);
    QCOMPARE(finished.count(), 0);

    // Switched on again, the watch is there.
    QVERIFY(m_mock.setPowered(true));
    QVERIFY(connectWatch());
}

QTEST_GUILESS_MAIN(QtBluetoothTransportMockTest)
#include "QtBluetoothTransportMockTest.moc"
