#include "SimulatedWatchTransport.h"

#include "BatteryLevel.h"
#include "CurrentTime.h"
#include "HistoryPacket.h"
#include "WatchProfile.h"
#include "WatchSessionLog.h"

#include <QTimeZone>

namespace wristdoc {

namespace {

// What a real watch answers to a write it refuses: ATT "application error" 0x80.
const QString kAttRefused = QStringLiteral("ATT error 0x80");
// Device Information strings are padded to this size when padding is on.
constexpr int kPaddedStringSize = 20;
// Bytes cut from a packet to corrupt it: never a whole record, so the length is always wrong.
constexpr int kCorruptionCut = 5;

QUuid sig(quint16 shortUuid) {
    return WatchProfile::fromShort(shortUuid);
}

} // namespace

SimulatedWatchTransport::SimulatedWatchTransport(const Clock &clock, TaskScheduler &scheduler,
                                                 QObject *parent)
    : SimulatedWatchTransport(clock, scheduler, Options(), parent) {}

SimulatedWatchTransport::SimulatedWatchTransport(const Clock &clock, TaskScheduler &scheduler,
                                                 const Options &options, QObject *parent)
    : WatchTransport(parent)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_options(options) {}

SimulatedWatchTransport::~SimulatedWatchTransport() {
    // Pending tasks are bound to this object and dropped with it.
    m_scheduler.cancel(m_heartRateTask);
    m_scheduler.cancel(m_stream.task);
}

SimulatedWatch &SimulatedWatchTransport::addWatch(SimulatedWatch watch) {
    if (watch.advertisedServices.isEmpty())
        watch.advertisedServices = SimulatedWatch::profileServices();
    m_watches.push_back(std::make_unique<SimulatedWatch>(std::move(watch)));
    return *m_watches.back();
}

SimulatedWatch *SimulatedWatchTransport::watch(const QString &address) {
    for (const auto &watch : m_watches) {
        if (watch->address == address)
            return watch.get();
    }
    return nullptr;
}

QString SimulatedWatchTransport::connectedAddress() const {
    return m_watch ? m_watch->address : QString();
}

QList<QUuid> SimulatedWatchTransport::subscriptions() const {
    return QList<QUuid>(m_subscriptions.cbegin(), m_subscriptions.cend());
}

void SimulatedWatchTransport::post(std::function<void()> task) {
    const quint64 generation = m_generation;
    m_scheduler.schedule(0, this, [this, generation, task = std::move(task)] {
        if (generation == m_generation)
            task();
    });
}

void SimulatedWatchTransport::postError(Error error, const QString &detail) {
    post([this, error, detail] { Q_EMIT errorOccurred(error, detail); });
}

// --- scanning --------------------------------------------------------------------------------

void SimulatedWatchTransport::startScan() {
    if (m_faults.noAdapter || m_faults.adapterOff) {
        const Error error = m_faults.noAdapter ? Error::NoAdapter : Error::AdapterOff;
        m_scheduler.schedule(0, this, [this, error] {
            Q_EMIT errorOccurred(error, QStringLiteral("no usable Bluetooth adapter"));
        });
        return;
    }
    ++m_stats.scans;
    m_scanning = true;
    const quint64 generation = ++m_scanGeneration;
    m_scheduler.schedule(0, this, [this, generation] { advertise(generation); });
    m_scheduler.schedule(m_options.scanDurationMs, this, [this, generation] {
        if (generation != m_scanGeneration)
            return;
        m_scanning = false;
        ++m_scanGeneration;
        Q_EMIT scanFinished();
    });
}

void SimulatedWatchTransport::stopScan() {
    // Like a cancelled discovery agent: the scan ends without scanFinished().
    m_scanning = false;
    ++m_scanGeneration;
}

void SimulatedWatchTransport::advertise(quint64 scanGeneration) {
    if (scanGeneration != m_scanGeneration || !m_scanning)
        return;
    ++m_advertisingRound;
    for (const auto &watch : m_watches) {
        // A connected peripheral stops advertising.
        if (!watch->inRange || watch.get() == m_watch)
            continue;
        DiscoveredWatch found;
        found.address = watch->address;
        found.name = watch->name;
        // A little fading, the same for the same round and watch.
        found.rssi = watch->rssi + int((watch->seed + quint32(m_advertisingRound) * 7u) % 5) - 2;
        found.lastSeenUtc = m_clock.nowUtc();
        found.serviceUuids = watch->advertisedServices;
        Q_EMIT watchDiscovered(found);
        if (scanGeneration != m_scanGeneration)
            return; // stopped from a slot
    }
    m_scheduler.schedule(m_options.advertisingIntervalMs, this,
                         [this, scanGeneration] { advertise(scanGeneration); });
}

// --- connection ------------------------------------------------------------------------------

void SimulatedWatchTransport::connectToWatch(const QString &address) {
    ++m_stats.connectionAttempts;
    if (m_watch)
        closeLink();
    ++m_generation;
    if (m_faults.noAdapter || m_faults.adapterOff) {
        postError(m_faults.noAdapter ? Error::NoAdapter : Error::AdapterOff,
                  QStringLiteral("no usable Bluetooth adapter"));
        return;
    }
    SimulatedWatch *target = watch(address);
    if (!target || !target->inRange || m_faults.outOfRange) {
        postError(Error::OutOfRange, QStringLiteral("the watch did not answer"));
        return;
    }
    m_connecting = true;
    post([this, target] {
        m_connecting = false;
        m_watch = target;
        m_subscriptions.clear(); // not bonded: every connection starts with notifications off
        m_packetCounter = 0;
        m_stream = Stream();
        if (m_faults.resetOnConnect) {
            m_faults.resetOnConnect = false;
            target->reset(target->nextHistoryId(), m_faults.resetKeepsRecords);
            qCDebug(lcWatchSimulator) << "watch reset as the connection opened";
        }
        if (m_faults.clockOffsetSecs)
            target->clockOffsetSecs = *m_faults.clockOffsetSecs;
        ++m_stats.connections;
        Q_EMIT connected();
    });
}

void SimulatedWatchTransport::closeLink() {
    ++m_generation;
    m_scheduler.cancel(m_heartRateTask);
    m_heartRateTask = 0;
    m_scheduler.cancel(m_stream.task);
    m_stream = Stream();
    m_subscriptions.clear();
    m_watch = nullptr;
    m_connecting = false;
}

void SimulatedWatchTransport::disconnectFromWatch() {
    if (!m_watch && !m_connecting)
        return;
    if (m_watch)
        m_stats.subscriptionsAtDisconnect = subscriptions();
    closeLink();
    post([this] { Q_EMIT disconnected(); });
}

void SimulatedWatchTransport::dropLink() {
    if (!m_watch)
        return;
    qCDebug(lcWatchSimulator) << "link dropped";
    closeLink();
    postError(Error::ConnectionLost, QStringLiteral("the link dropped"));
    post([this] { Q_EMIT disconnected(); });
}

// --- attributes ------------------------------------------------------------------------------

SimulatedWatchTransport::Attribute SimulatedWatchTransport::identify(const QUuid &service,
                                                                     const QUuid &characteristic,
                                                                     bool *serviceKnown) const {
    struct Entry {
        QUuid service;
        QUuid characteristic;
        Attribute attribute;
    };
    static const QVector<Entry> table = {
        {sig(WatchProfile::kDeviceInformationService), sig(WatchProfile::kManufacturerName),
         Attribute::ManufacturerName},
        {sig(WatchProfile::kDeviceInformationService), sig(WatchProfile::kModelNumber),
         Attribute::ModelNumber},
        {sig(WatchProfile::kDeviceInformationService), sig(WatchProfile::kSerialNumber),
         Attribute::SerialNumber},
        {sig(WatchProfile::kDeviceInformationService), sig(WatchProfile::kFirmwareRevision),
         Attribute::FirmwareRevision},
        {sig(WatchProfile::kBatteryService), sig(WatchProfile::kBatteryLevel),
         Attribute::BatteryLevel},
        {sig(WatchProfile::kCurrentTimeService), sig(WatchProfile::kCurrentTime),
         Attribute::CurrentTime},
        {sig(WatchProfile::kCurrentTimeService), sig(WatchProfile::kLocalTimeInformation),
         Attribute::LocalTimeInformation},
        {sig(WatchProfile::kHeartRateService), sig(WatchProfile::kHeartRateMeasurement),
         Attribute::HeartRateMeasurement},
        {WatchProfile::historyService(), WatchProfile::historyRecord(), Attribute::HistoryRecord},
        {WatchProfile::historyService(), WatchProfile::historyControlPoint(),
         Attribute::HistoryControlPoint},
        {WatchProfile::historyService(), WatchProfile::historyStatus(), Attribute::HistoryStatus},
    };
    *serviceKnown = false;
    for (const Entry &entry : table) {
        if (entry.service != service)
            continue;
        *serviceKnown = true;
        if (entry.characteristic == characteristic)
            return entry.attribute;
    }
    return Attribute::Unknown;
}

QByteArray SimulatedWatchTransport::deviceString(const QString &text) const {
    QByteArray bytes = DeviceInformation::encodeString(text).value();
    if (m_options.padDeviceStrings && bytes.size() < kPaddedStringSize)
        bytes.append(kPaddedStringSize - bytes.size(), '\0');
    return bytes;
}

void SimulatedWatchTransport::readCharacteristic(const QUuid &service,
                                                 const QUuid &characteristic) {
    if (!m_watch) {
        postError(Error::ReadFailed, QStringLiteral("not connected"));
        return;
    }
    if (m_faults.stopsAnswering)
        return;
    ++m_stats.reads;
    bool serviceKnown = false;
    const Attribute attribute = identify(service, characteristic, &serviceKnown);
    QByteArray value;
    switch (attribute) {
    case Attribute::ManufacturerName:
        value = deviceString(m_watch->info.manufacturerName);
        break;
    case Attribute::ModelNumber:
        value = deviceString(m_watch->info.modelNumber);
        break;
    case Attribute::SerialNumber:
        value = deviceString(m_watch->info.serialNumber);
        break;
    case Attribute::FirmwareRevision:
        value = deviceString(m_watch->info.firmwareRevision);
        break;
    case Attribute::BatteryLevel:
        value = BatteryLevel{m_faults.lowBattery ? SimulatedWatchFaults::kLowBatteryPercent
                                                 : m_watch->batteryPercent}
                    .encode()
                    .value();
        break;
    case Attribute::CurrentTime:
        value = CurrentTime::fromDateTime(m_watch->wallClock(m_clock.nowUtc())).encode().value();
        break;
    case Attribute::LocalTimeInformation:
        value = m_watch->localTime.encode().value();
        break;
    case Attribute::HistoryStatus:
        value = m_watch->status().encode().value();
        break;
    case Attribute::HeartRateMeasurement:
    case Attribute::HistoryRecord:
    case Attribute::HistoryControlPoint:
        postError(Error::ReadFailed, QStringLiteral("characteristic is not readable"));
        return;
    case Attribute::Unknown:
        postError(serviceKnown ? Error::CharacteristicMissing : Error::ServiceMissing,
                  WatchProfile::displayString(characteristic));
        return;
    }
    post([this, service, characteristic, value] {
        Q_EMIT characteristicRead(service, characteristic, value);
    });
}

void SimulatedWatchTransport::writeCharacteristic(const QUuid &service, const QUuid &characteristic,
                                                  const QByteArray &value) {
    if (!m_watch) {
        postError(Error::WriteFailed, QStringLiteral("not connected"));
        return;
    }
    if (m_faults.stopsAnswering)
        return;
    ++m_stats.writes;
    bool serviceKnown = false;
    const Attribute attribute = identify(service, characteristic, &serviceKnown);
    const auto written = [this, service, characteristic] {
        post([this, service, characteristic] {
            Q_EMIT characteristicWritten(service, characteristic);
        });
    };
    switch (attribute) {
    case Attribute::CurrentTime: {
        const auto time = CurrentTime::decode(value);
        const QDateTime wall =
            time ? time.value().toDateTime(QTimeZone(m_watch->localTime.utcOffsetMinutes() * 60))
                 : QDateTime();
        if (m_faults.refuseTimeWrite || !wall.isValid()) {
            postError(Error::WriteFailed, kAttRefused);
            return;
        }
        m_watch->setWallClock(wall, m_clock.nowUtc());
        written();
        return;
    }
    case Attribute::LocalTimeInformation: {
        const auto zone = LocalTimeInformation::decode(value);
        if (!zone) {
            postError(Error::WriteFailed, kAttRefused);
            return;
        }
        m_watch->localTime = zone.value();
        written();
        return;
    }
    case Attribute::HistoryControlPoint: {
        const auto command = HistoryControlCommand::decode(value);
        if (!command) {
            postError(Error::WriteFailed, kAttRefused);
            return;
        }
        m_stats.commands.append(command.value());
        written(); // the write response goes out before any notification it causes
        handleControl(command.value());
        return;
    }
    case Attribute::Unknown:
        postError(serviceKnown ? Error::CharacteristicMissing : Error::ServiceMissing,
                  WatchProfile::displayString(characteristic));
        return;
    default:
        postError(Error::WriteFailed, QStringLiteral("characteristic is not writable"));
        return;
    }
}

void SimulatedWatchTransport::setNotifications(const QUuid &service, const QUuid &characteristic,
                                               bool enabled) {
    if (!m_watch) {
        postError(Error::SubscribeFailed, QStringLiteral("not connected"));
        return;
    }
    if (m_faults.stopsAnswering)
        return;
    bool serviceKnown = false;
    const Attribute attribute = identify(service, characteristic, &serviceKnown);
    switch (attribute) {
    case Attribute::HeartRateMeasurement:
    case Attribute::HistoryRecord:
    case Attribute::HistoryStatus:
    case Attribute::BatteryLevel:
    case Attribute::CurrentTime:
        break;
    case Attribute::Unknown:
        postError(serviceKnown ? Error::CharacteristicMissing : Error::ServiceMissing,
                  WatchProfile::displayString(characteristic));
        return;
    default:
        postError(Error::SubscribeFailed, QStringLiteral("characteristic cannot notify"));
        return;
    }
    if (enabled)
        m_subscriptions.insert(characteristic);
    else
        m_subscriptions.remove(characteristic);
    if (attribute == Attribute::HeartRateMeasurement) {
        m_scheduler.cancel(m_heartRateTask);
        m_heartRateTask = 0;
        if (enabled) {
            const quint64 generation = m_generation;
            m_heartRateTask =
                m_scheduler.schedule(m_options.heartRateIntervalMs, this,
                                     [this, generation] { heartRateTick(generation); });
        }
    }
    post([this, service, characteristic, enabled] {
        Q_EMIT notificationsChanged(service, characteristic, enabled);
    });
}

void SimulatedWatchTransport::heartRateTick(quint64 generation) {
    m_heartRateTask = 0;
    const QUuid characteristic = sig(WatchProfile::kHeartRateMeasurement);
    if (generation != m_generation || !m_watch || !m_subscriptions.contains(characteristic))
        return;
    m_heartRateTask = m_scheduler.schedule(m_options.heartRateIntervalMs, this,
                                           [this, generation] { heartRateTick(generation); });
    if (m_faults.stopsAnswering)
        return;
    ++m_stats.heartRateNotifications;
    Q_EMIT characteristicChanged(sig(WatchProfile::kHeartRateService), characteristic,
                                 m_watch->nextHeartRate().encode().value());
}

// --- history service -------------------------------------------------------------------------

void SimulatedWatchTransport::handleControl(const HistoryControlCommand &command) {
    switch (command.opcode) {
    case HistoryControlCommand::Opcode::RequestFrom:
        startStream(command.sequence, command.historyId);
        return;
    case HistoryControlCommand::Opcode::Acknowledge:
        m_watch->acknowledgedSequence = qMax(m_watch->acknowledgedSequence, command.sequence);
        return;
    case HistoryControlCommand::Opcode::Abort:
        if (m_stream.active)
            abortStream();
        return;
    }
}

void SimulatedWatchTransport::abortStream() {
    m_scheduler.cancel(m_stream.task);
    // The marker is made now, from the batch as it stopped; it goes out after the write response.
    const QByteArray end = endMarker(HistoryBatchEnd::Result::Aborted);
    m_stream = Stream();
    post([this, end] { notifyHistory(end); });
}

void SimulatedWatchTransport::startStream(quint32 fromSequence, quint32 historyId) {
    if (m_stream.active)
        abortStream();
    if (m_faults.resetBeforeRequest) {
        m_faults.resetBeforeRequest = false;
        m_watch->reset(m_watch->nextHistoryId(), m_faults.resetKeepsRecords);
    }
    m_stream = Stream();
    if (historyId != 0 && historyId != m_watch->historyId) {
        const QByteArray end = endMarker(HistoryBatchEnd::Result::HistoryChanged);
        post([this, end] { notifyHistory(end); });
        return;
    }
    // The batch is what the watch holds now; minutes recorded meanwhile wait for the next one.
    m_stream.active = true;
    m_stream.index = m_watch->indexOfSequence(fromSequence);
    m_stream.endIndex = int(m_watch->records.size());
    scheduleBurst(0);
}

void SimulatedWatchTransport::scheduleBurst(int delayMs) {
    const quint64 generation = m_generation;
    m_stream.task = m_scheduler.schedule(delayMs, this, [this, generation] { burst(generation); });
}

void SimulatedWatchTransport::burst(quint64 generation) {
    m_stream.task = 0;
    for (int i = 0; i < m_options.packetsPerConnectionEvent; ++i) {
        // A slot may have written Abort or disconnected meanwhile.
        if (generation != m_generation || !m_stream.active)
            return;
        sendNextPacket();
    }
    if (generation == m_generation && m_stream.active)
        scheduleBurst(m_options.connectionIntervalMs);
}

void SimulatedWatchTransport::sendNextPacket() {
    if (m_stream.index >= m_stream.endIndex) {
        if (m_stream.held) {
            const QByteArray held = *m_stream.held;
            m_stream.held.reset();
            notifyHistory(held);
        }
        const QByteArray end = endMarker(HistoryBatchEnd::Result::Complete);
        m_stream = Stream();
        notifyHistory(end);
        return;
    }
    const int perPacket = HistoryPacket::recordsPerPacket(m_options.attMtu);
    const int count = qMin(perPacket, m_stream.endIndex - m_stream.index);
    QVector<ActivityRecord> records = m_watch->records.mid(m_stream.index, count);
    const quint32 dropAt = m_faults.disconnectAtSequence;
    if (dropAt != 0 && records.first().sequence <= dropAt && dropAt <= records.last().sequence) {
        m_faults.disconnectAtSequence = 0;
        while (!records.isEmpty() && records.last().sequence >= dropAt)
            records.removeLast();
        if (!records.isEmpty())
            emitRecordsPacket(records, false);
        dropLink();
        return;
    }
    m_stream.index += count;
    m_stream.count += quint32(count);
    m_stream.lastSent = records.last().sequence;
    emitRecordsPacket(records, m_stream.index < m_stream.endIndex);
}

void SimulatedWatchTransport::emitRecordsPacket(const QVector<ActivityRecord> &records,
                                                bool moreFollow) {
    const int number = ++m_packetCounter;
    const auto every = [number](int n) { return n > 0 && number % n == 0; };
    // Encoded only now, packet by packet: a week of history is never held encoded.
    QByteArray bytes = HistoryPacket::fromRecords(records).encode().value();
    if (every(m_faults.corruptEveryNthPacket))
        bytes.chop(kCorruptionCut);
    if (every(m_faults.reorderEveryNthPacket) && moreFollow && !m_stream.held) {
        m_stream.held = bytes;
        return;
    }
    const quint64 generation = m_generation;
    notifyHistory(bytes);
    if (every(m_faults.duplicateEveryNthPacket) && generation == m_generation)
        notifyHistory(bytes);
    if (m_stream.held && generation == m_generation) {
        const QByteArray held = *m_stream.held;
        m_stream.held.reset();
        notifyHistory(held);
    }
}

QByteArray SimulatedWatchTransport::endMarker(HistoryBatchEnd::Result result) const {
    HistoryBatchEnd end;
    end.result = result;
    end.historyId = m_watch->historyId;
    end.count = result == HistoryBatchEnd::Result::HistoryChanged ? 0 : m_stream.count;
    end.lastSequence = end.count > 0 ? m_stream.lastSent : m_watch->status().newestSequence;
    return HistoryPacket::fromEnd(end).encode().value();
}

void SimulatedWatchTransport::notifyHistory(const QByteArray &bytes) {
    // Without a subscription the watch sends nothing: the notification is lost, as on air.
    if (!m_watch || !m_subscriptions.contains(WatchProfile::historyRecord()) ||
        m_faults.stopsAnswering)
        return;
    if (!bytes.isEmpty() && quint8(bytes.at(0)) == quint8(HistoryPacket::Type::Records))
        ++m_stats.recordsPackets;
    Q_EMIT characteristicChanged(WatchProfile::historyService(), WatchProfile::historyRecord(),
                                 bytes);
}

} // namespace wristdoc
