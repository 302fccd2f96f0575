#include "WatchSession.h"

#include "BatteryLevel.h"
#include "CurrentTime.h"
#include "HeartRateMeasurement.h"
#include "HistoryControlCommand.h"
#include "HistoryPacket.h"
#include "HistoryStatus.h"
#include "RandomSource.h"
#include "WatchProfile.h"
#include "WatchSessionLog.h"

#include <cmath>

namespace wristdoc {

namespace {

// A reset noticed again and again within one sync means the watch keeps changing; stop.
constexpr int kMaxStatusReadsPerSync = 3;

QUuid sig(quint16 shortUuid) {
    return WatchProfile::fromShort(shortUuid);
}

WatchSession::RecordProblem toSessionProblem(HistoryDownload::RecordProblem problem) {
    switch (problem) {
    case HistoryDownload::RecordProblem::TooManySteps:
        return WatchSession::RecordProblem::TooManySteps;
    case HistoryDownload::RecordProblem::HeartRateOutOfRange:
        return WatchSession::RecordProblem::HeartRateOutOfRange;
    case HistoryDownload::RecordProblem::InTheFuture:
        break;
    }
    return WatchSession::RecordProblem::InTheFuture;
}

WatchSession::Error storageError(WatchSinkResult::Code code) {
    switch (code) {
    case WatchSinkResult::Code::Full:
        return WatchSession::Error::StorageFull;
    case WatchSinkResult::Code::ReadOnly:
        return WatchSession::Error::StorageReadOnly;
    default:
        return WatchSession::Error::StorageFailed;
    }
}

bool isAdapterProblem(WatchTransport::Error error) {
    return error == WatchTransport::Error::NoAdapter ||
           error == WatchTransport::Error::AdapterOff ||
           error == WatchTransport::Error::PermissionDenied;
}

WatchSession::Error adapterError(WatchTransport::Error error) {
    switch (error) {
    case WatchTransport::Error::NoAdapter:
        return WatchSession::Error::NoAdapter;
    case WatchTransport::Error::AdapterOff:
        return WatchSession::Error::AdapterOff;
    default:
        return WatchSession::Error::PermissionDenied;
    }
}

} // namespace

WatchSession::WatchSession(WatchTransport &transport, WatchHistorySink &sink, const Clock &clock,
                           TaskScheduler &scheduler, RandomSource &random, QObject *parent)
    : WatchSession(transport, sink, clock, scheduler, random, Options(), parent) {}

WatchSession::WatchSession(WatchTransport &transport, WatchHistorySink &sink, const Clock &clock,
                           TaskScheduler &scheduler, RandomSource &random, const Options &options,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_sink(sink)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_random(random)
    , m_options(options)
    , m_nearby(options.staleAfterSecs) {
    qRegisterMetaType<wristdoc::DiscoveredWatch>();
    qRegisterMetaType<wristdoc::DeviceInformation>();
    qRegisterMetaType<wristdoc::WatchSyncSummary>();
    connect(&m_transport, &WatchTransport::watchDiscovered, this, &WatchSession::onWatchDiscovered);
    connect(&m_transport, &WatchTransport::scanFinished, this, &WatchSession::onScanFinished);
    connect(&m_transport, &WatchTransport::connected, this, &WatchSession::onConnected);
    connect(&m_transport, &WatchTransport::disconnected, this, &WatchSession::onDisconnected);
    connect(&m_transport, &WatchTransport::characteristicRead, this,
            &WatchSession::onCharacteristicRead);
    connect(&m_transport, &WatchTransport::characteristicWritten, this,
            &WatchSession::onCharacteristicWritten);
    connect(&m_transport, &WatchTransport::notificationsChanged, this,
            &WatchSession::onNotificationsChanged);
    connect(&m_transport, &WatchTransport::characteristicChanged, this,
            &WatchSession::onCharacteristicChanged);
    connect(&m_transport, &WatchTransport::errorOccurred, this, &WatchSession::onTransportError);
}

WatchSession::~WatchSession() {
    for (TaskScheduler::TaskId *task : {&m_scanRefreshTask, &m_reconnectTask, &m_linkTimer,
                                        &m_requestTimer, &m_watchdogTask, &m_commitTask})
        cancelTask(*task);
    // No time for a clean teardown here; at least commit what arrived in order and let go.
    disconnect(&m_transport, nullptr, this, nullptr);
    blockSignals(true);
    const bool linkUp = m_linkUp;
    m_linkUp = false; // no acknowledgement from a destructor
    if (m_syncRunning)
        commit();
    if (linkUp || m_state == State::Connecting)
        m_transport.disconnectFromWatch();
}

void WatchSession::setState(State state) {
    if (m_state == state)
        return;
    qCDebug(lcWatchSession) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WatchSession::fail(Error error, const QString &detail) {
    qCInfo(lcWatchSession).noquote() << error << detail;
    Q_EMIT errorOccurred(error, detail);
}

void WatchSession::cancelTask(TaskScheduler::TaskId &task) {
    if (task != 0)
        m_scheduler.cancel(task);
    task = 0;
}

// --- scanning --------------------------------------------------------------------------------

bool WatchSession::startScan() {
    if (m_state != State::Idle)
        return false;
    setState(State::Scanning);
    refreshNearby();
    m_transport.startScan();
    return true;
}

void WatchSession::stopScan() {
    if (m_state != State::Scanning)
        return;
    m_transport.stopScan();
    setState(State::Idle);
}

QVector<DiscoveredWatch> WatchSession::nearbyWatches() const {
    return m_nearby.visible(m_clock.nowUtc());
}

void WatchSession::onWatchDiscovered(const DiscoveredWatch &watch) {
    if (!m_nearby.update(watch, m_clock.nowUtc()))
        return;
    // Announced on every sighting: the signal-strength bars move too.
    m_visibleAddresses.clear();
    for (const DiscoveredWatch &visible : nearbyWatches())
        m_visibleAddresses << visible.address;
    Q_EMIT nearbyWatchesChanged();
    if (m_scanRefreshTask == 0)
        refreshNearby();
}

void WatchSession::onScanFinished() {
    if (m_state == State::Scanning)
        setState(State::Idle);
}

// Announces a changed list, and keeps looking while anything is listed, so a watch that was
// carried away disappears even when no scan is running.
void WatchSession::refreshNearby() {
    cancelTask(m_scanRefreshTask);
    QStringList addresses;
    for (const DiscoveredWatch &watch : nearbyWatches())
        addresses << watch.address;
    if (addresses != m_visibleAddresses) {
        m_visibleAddresses = addresses;
        Q_EMIT nearbyWatchesChanged();
    }
    if (!addresses.isEmpty() || m_state == State::Scanning)
        m_scanRefreshTask = m_scheduler.schedule(m_options.scanRefreshIntervalMs, this,
                                                 [this] { refreshNearby(); });
}

// --- connection ------------------------------------------------------------------------------

bool WatchSession::connectToWatch(const QString &address) {
    if (address.isEmpty() || (m_state != State::Idle && m_state != State::Scanning))
        return false;
    if (m_state == State::Scanning)
        m_transport.stopScan();
    m_identity = WatchIdentity();
    m_identity.address = address;
    for (const DiscoveredWatch &watch : m_nearby.visible(m_clock.nowUtc())) {
        if (watch.address == address)
            m_identity.name = watch.name;
    }
    m_everConnected = false;
    m_attempt = 0;
    m_batteryPercent = -1;
    m_clockOffsetSecs.reset();
    m_summary = WatchSyncSummary();
    beginConnect();
    return true;
}

void WatchSession::beginConnect() {
    cancelTask(m_reconnectTask);
    setState(State::Connecting);
    cancelTask(m_linkTimer);
    m_linkTimer = m_scheduler.schedule(m_options.connectTimeoutMs, this, [this] {
        m_linkTimer = 0;
        if (m_state != State::Connecting)
            return;
        m_transport.disconnectFromWatch();
        handleLinkLoss(Error::OutOfRange, QStringLiteral("connection attempt timed out"));
    });
    m_transport.connectToWatch(m_identity.address);
}

void WatchSession::onConnected() {
    if (m_state != State::Connecting)
        return; // a teardown overtook the connection; onDisconnected() ends it
    cancelTask(m_linkTimer);
    m_linkUp = true;
    m_everConnected = true;
    clearRequests();
    // Notifications are off on every new connection: nothing is remembered for an unbonded
    // central, so every (re)connection subscribes again.
    m_heartRateSubscribed = false;
    m_historySubscribed = false;
    m_localTimeAvailable = true;
    m_watchLocalTime.reset();
    m_zoneChanged = false;
    m_finishing = false;
    m_statusReads = 0;
    qCInfo(lcWatchSession) << "connected";
    setState(State::ReadingDeviceInformation);
    enqueue(Step::ReadManufacturer);
    enqueue(Step::ReadModel);
    enqueue(Step::ReadSerial);
    enqueue(Step::ReadFirmware);
    enqueue(Step::ReadBattery);
}

void WatchSession::onDisconnected() {
    if (m_awaitingDisconnect) {
        m_awaitingDisconnect = false;
        cancelTask(m_linkTimer);
        scheduleReconnect();
        return;
    }
    switch (m_state) {
    case State::Idle:
    case State::Scanning:
    case State::Reconnecting:
        return;
    case State::Disconnecting:
        finishTeardown();
        return;
    default:
        handleLinkLoss(Error::ConnectionLost, QStringLiteral("the watch disconnected"));
        return;
    }
}

void WatchSession::onTransportError(WatchTransport::Error error, const QString &detail) {
    switch (m_state) {
    case State::Idle:
    case State::Reconnecting:
        qCDebug(lcWatchSession).noquote() << "transport error while idle:" << error << detail;
        return;
    case State::Scanning:
        fail(isAdapterProblem(error) ? adapterError(error) : Error::ScanFailed, detail);
        setState(State::Idle);
        return;
    case State::Connecting:
        if (isAdapterProblem(error)) {
            cancelTask(m_linkTimer);
            fail(adapterError(error), detail);
            setState(State::Idle);
            return;
        }
        handleLinkLoss(error == WatchTransport::Error::OutOfRange       ? Error::OutOfRange
                       : error == WatchTransport::Error::ConnectionLost ? Error::ConnectionLost
                                                                        : Error::ConnectionFailed,
                       detail);
        return;
    case State::Disconnecting:
        // A link that is gone, or an attempt that failed while being torn down: done.
        if (!m_linkUp || error == WatchTransport::Error::ConnectionLost ||
            isAdapterProblem(error)) {
            finishTeardown();
            return;
        }
        if (m_inFlight)
            failInFlight(error, detail);
        return;
    default:
        break;
    }
    // Connected states.
    if (error == WatchTransport::Error::ConnectionLost) {
        handleLinkLoss(Error::ConnectionLost, detail);
        return;
    }
    if (isAdapterProblem(error)) {
        // Bluetooth switched off under a connection: nothing to reconnect to.
        clearRequests();
        m_linkUp = false;
        if (m_syncRunning)
            commit();
        m_syncRunning = false;
        m_finishing = false;
        cancelTask(m_watchdogTask);
        fail(adapterError(error), detail);
        setState(State::Idle);
        return;
    }
    if (m_inFlight)
        failInFlight(error, detail);
    else
        qCDebug(lcWatchSession).noquote() << "unsolicited transport error" << error << detail;
}

// --- request queue ---------------------------------------------------------------------------

WatchSession::Target WatchSession::targetOf(Step step) {
    const QUuid dis = sig(WatchProfile::kDeviceInformationService);
    const QUuid cts = sig(WatchProfile::kCurrentTimeService);
    const QUuid hrs = sig(WatchProfile::kHeartRateService);
    const QUuid history = WatchProfile::historyService();
    switch (step) {
    case Step::ReadManufacturer:
        return {Kind::Read, dis, sig(WatchProfile::kManufacturerName)};
    case Step::ReadModel:
        return {Kind::Read, dis, sig(WatchProfile::kModelNumber)};
    case Step::ReadSerial:
        return {Kind::Read, dis, sig(WatchProfile::kSerialNumber)};
    case Step::ReadFirmware:
        return {Kind::Read, dis, sig(WatchProfile::kFirmwareRevision)};
    case Step::ReadBattery:
        return {Kind::Read, sig(WatchProfile::kBatteryService), sig(WatchProfile::kBatteryLevel)};
    case Step::ReadLocalTime:
        return {Kind::Read, cts, sig(WatchProfile::kLocalTimeInformation)};
    case Step::ReadCurrentTime:
        return {Kind::Read, cts, sig(WatchProfile::kCurrentTime)};
    case Step::WriteLocalTime:
        return {Kind::Write, cts, sig(WatchProfile::kLocalTimeInformation)};
    case Step::WriteCurrentTime:
        return {Kind::Write, cts, sig(WatchProfile::kCurrentTime)};
    case Step::SubscribeHeartRate:
        return {Kind::Subscribe, hrs, sig(WatchProfile::kHeartRateMeasurement)};
    case Step::UnsubscribeHeartRate:
        return {Kind::Unsubscribe, hrs, sig(WatchProfile::kHeartRateMeasurement)};
    case Step::SubscribeHistory:
        return {Kind::Subscribe, history, WatchProfile::historyRecord()};
    case Step::UnsubscribeHistory:
        return {Kind::Unsubscribe, history, WatchProfile::historyRecord()};
    case Step::ReadHistoryStatus:
        return {Kind::Read, history, WatchProfile::historyStatus()};
    case Step::RequestHistory:
    case Step::AcknowledgeHistory:
    case Step::AbortHistory:
        break;
    }
    return {Kind::Write, history, WatchProfile::historyControlPoint()};
}

void WatchSession::enqueue(Step step, const QByteArray &value) {
    m_queue.append(Request{step, value});
    pump();
}

void WatchSession::clearRequests() {
    m_queue.clear();
    m_inFlight.reset();
    cancelTask(m_requestTimer);
}

void WatchSession::pump() {
    if (m_inFlight || !m_linkUp)
        return;
    if (m_queue.isEmpty()) {
        queueDrained();
        return;
    }
    m_inFlight = m_queue.takeFirst();
    armRequestTimer();
    issue(*m_inFlight);
}

void WatchSession::issue(const Request &request) {
    const Target target = targetOf(request.step);
    switch (target.kind) {
    case Kind::Read:
        m_transport.readCharacteristic(target.service, target.characteristic);
        return;
    case Kind::Write: {
        QByteArray value = request.value;
        if (request.step == Step::WriteCurrentTime) {
            // Made at the moment of writing, so the watch gets the time it is written at.
            const int reason =
                CurrentTime::ExternalReference | (m_zoneChanged ? CurrentTime::TimeZoneChange : 0);
            value =
                CurrentTime::fromDateTime(m_clock.nowUtc().toTimeZone(m_options.timeZone), reason)
                    .encode()
                    .value();
        }
        m_transport.writeCharacteristic(target.service, target.characteristic, value);
        return;
    }
    case Kind::Subscribe:
    case Kind::Unsubscribe:
        m_transport.setNotifications(target.service, target.characteristic,
                                     target.kind == Kind::Subscribe);
        return;
    }
}

void WatchSession::armRequestTimer() {
    cancelTask(m_requestTimer);
    m_requestTimer = m_scheduler.schedule(m_options.requestTimeoutMs, this, [this] {
        m_requestTimer = 0;
        if (!m_inFlight)
            return;
        if (m_state == State::Disconnecting) {
            // An unanswered teardown step is skipped; the link closes anyway.
            m_inFlight.reset();
            pump();
            return;
        }
        dropStaleLink(QStringLiteral("a request went unanswered"));
    });
}

bool WatchSession::matchesInFlight(Kind kind, const QUuid &characteristic) const {
    if (!m_inFlight)
        return false;
    const Target target = targetOf(m_inFlight->step);
    if (target.characteristic != characteristic)
        return false;
    if (kind == Kind::Subscribe)
        return target.kind == Kind::Subscribe || target.kind == Kind::Unsubscribe;
    return target.kind == kind;
}

void WatchSession::onCharacteristicRead(const QUuid &, const QUuid &characteristic,
                                        const QByteArray &value) {
    if (matchesInFlight(Kind::Read, characteristic))
        completeInFlight(value);
}

void WatchSession::onCharacteristicWritten(const QUuid &, const QUuid &characteristic) {
    if (matchesInFlight(Kind::Write, characteristic))
        completeInFlight(QByteArray());
}

void WatchSession::onNotificationsChanged(const QUuid &, const QUuid &characteristic, bool) {
    if (matchesInFlight(Kind::Subscribe, characteristic))
        completeInFlight(QByteArray());
}

void WatchSession::completeInFlight(const QByteArray &value) {
    const Step step = m_inFlight->step;
    m_inFlight.reset();
    cancelTask(m_requestTimer);
    if (m_state != State::Disconnecting)
        handleResult(step, value);
    pump();
}

void WatchSession::failInFlight(WatchTransport::Error error, const QString &detail) {
    const Step step = m_inFlight->step;
    m_inFlight.reset();
    cancelTask(m_requestTimer);
    if (m_state != State::Disconnecting)
        handleFailure(step, error, detail);
    pump();
}

void WatchSession::handleResult(Step step, const QByteArray &value) {
    switch (step) {
    case Step::ReadManufacturer:
    case Step::ReadModel:
    case Step::ReadSerial:
    case Step::ReadFirmware: {
        const auto text = DeviceInformation::decodeString(value);
        if (!text) {
            qCInfo(lcWatchSession).noquote()
                << "device information string refused:" << text.error().message;
            return;
        }
        QString &field = step == Step::ReadManufacturer ? m_identity.info.manufacturerName
                         : step == Step::ReadModel      ? m_identity.info.modelNumber
                         : step == Step::ReadSerial     ? m_identity.info.serialNumber
                                                        : m_identity.info.firmwareRevision;
        field = text.value();
        return;
    }
    case Step::ReadBattery: {
        const auto battery = BatteryLevel::decode(value);
        if (!battery) {
            qCInfo(lcWatchSession).noquote() << "battery level refused:" << battery.error().message;
            return;
        }
        m_batteryPercent = battery.value().percent;
        Q_EMIT batteryChanged(m_batteryPercent, m_batteryPercent <= m_options.lowBatteryPercent);
        return;
    }
    case Step::ReadLocalTime: {
        const auto zone = LocalTimeInformation::decode(value);
        if (zone)
            m_watchLocalTime = zone.value();
        return;
    }
    case Step::ReadCurrentTime: {
        const auto time = CurrentTime::decode(value);
        // The reading is in the watch's zone when it knows one, else assumed to be ours.
        const QTimeZone zone = m_watchLocalTime && m_watchLocalTime->isKnown()
                                   ? QTimeZone(m_watchLocalTime->utcOffsetMinutes() * 60)
                                   : m_options.timeZone;
        const QDateTime watchTime = time ? time.value().toDateTime(zone) : QDateTime();
        if (watchTime.isValid()) {
            const qint64 offset =
                qint64(std::llround(double(m_clock.nowUtc().msecsTo(watchTime)) / 1000.0));
            m_clockOffsetSecs = offset;
            qCInfo(lcWatchSession) << "watch clock offset" << offset << "s";
            Q_EMIT watchClockOffsetMeasured(offset);
        }
        queueTimeWrites();
        return;
    }
    case Step::WriteCurrentTime:
        Q_EMIT watchTimeSet();
        return;
    case Step::SubscribeHeartRate:
        m_heartRateSubscribed = true;
        return;
    case Step::SubscribeHistory:
        m_historySubscribed = true;
        return;
    case Step::ReadHistoryStatus:
        onHistoryStatus(value);
        return;
    case Step::WriteLocalTime:
    case Step::RequestHistory:
    case Step::AcknowledgeHistory:
    case Step::AbortHistory:
    case Step::UnsubscribeHeartRate:
    case Step::UnsubscribeHistory:
        return;
    }
}

void WatchSession::handleFailure(Step step, WatchTransport::Error error, const QString &detail) {
    qCDebug(lcWatchSession).noquote() << "request failed:" << int(step) << error << detail;
    switch (step) {
    case Step::ReadManufacturer:
    case Step::ReadModel:
    case Step::ReadSerial:
    case Step::ReadFirmware:
    case Step::ReadBattery:
    case Step::WriteLocalTime:
        return; // optional for a sync; the fields stay empty
    case Step::ReadLocalTime:
        m_localTimeAvailable = false;
        return;
    case Step::ReadCurrentTime:
        queueTimeWrites(); // the offset stays unknown; the time is set all the same
        return;
    case Step::WriteCurrentTime:
        fail(Error::TimeNotSet, detail);
        return;
    case Step::SubscribeHeartRate:
        fail(Error::HeartRateUnavailable, detail);
        return;
    case Step::SubscribeHistory:
        return; // reported when the status would be read
    case Step::ReadHistoryStatus:
        fail(error == WatchTransport::Error::ServiceMissing ||
                     error == WatchTransport::Error::CharacteristicMissing
                 ? Error::NotAWatch
                 : Error::HistoryUnavailable,
             detail);
        abandonSync();
        return;
    case Step::RequestHistory:
        fail(Error::HistoryUnavailable, detail);
        finishSync(false);
        return;
    case Step::AcknowledgeHistory:
    case Step::AbortHistory:
    case Step::UnsubscribeHeartRate:
    case Step::UnsubscribeHistory:
        return; // acknowledgements are advisory; the watch just keeps its records longer
    }
}

void WatchSession::queueDrained() {
    switch (m_state) {
    case State::ReadingDeviceInformation:
        Q_EMIT deviceInformationRead(m_identity.info);
        // A slot may have ended the session (a watch bound to someone else): stop here then.
        if (m_state != State::ReadingDeviceInformation)
            return;
        if (m_options.setWatchTime)
            startTimeSetting();
        else
            startSubscribing();
        return;
    case State::SettingTime:
        startSubscribing();
        return;
    case State::Subscribing:
        startStatusRead();
        return;
    case State::Disconnecting:
        closeLinkForTeardown();
        return;
    case State::ReadingHistoryStatus:
    case State::Downloading:
        if (m_finishing)
            completeFinish();
        return;
    default:
        return;
    }
}

// --- phases ----------------------------------------------------------------------------------

void WatchSession::startTimeSetting() {
    setState(State::SettingTime);
    enqueue(Step::ReadLocalTime);
    enqueue(Step::ReadCurrentTime);
}

void WatchSession::queueTimeWrites() {
    if (m_localTimeAvailable) {
        const LocalTimeInformation ours =
            LocalTimeInformation::fromTimeZone(m_options.timeZone, m_clock.nowUtc());
        if (!m_watchLocalTime || *m_watchLocalTime != ours) {
            m_zoneChanged = true;
            enqueue(Step::WriteLocalTime, ours.encode().value());
        }
    }
    enqueue(Step::WriteCurrentTime);
}

void WatchSession::startSubscribing() {
    setState(State::Subscribing);
    // History first: it must be on before anything is requested, or the first records are lost.
    enqueue(Step::SubscribeHistory);
    enqueue(Step::SubscribeHeartRate);
}

void WatchSession::startStatusRead() {
    setState(State::ReadingHistoryStatus);
    if (!m_historySubscribed) {
        fail(Error::HistoryUnavailable,
             QStringLiteral("history notifications could not be enabled"));
        abandonSync();
        return;
    }
    ++m_statusReads;
    enqueue(Step::ReadHistoryStatus);
}

bool WatchSession::syncNow() {
    if (m_state != State::Live)
        return false;
    m_statusReads = 0;
    startStatusRead();
    return true;
}

void WatchSession::onHistoryStatus(const QByteArray &value) {
    const auto decoded = HistoryStatus::decode(value);
    if (!decoded) {
        fail(Error::HistoryUnavailable, decoded.error().message);
        abandonSync();
        return;
    }
    const HistoryStatus status = decoded.value();
    WatchSinkResult result;
    const WatchSyncPosition stored = m_sink.lastStored(m_identity, &result);
    if (!result.ok()) {
        fail(storageError(result.code), result.detail);
        abandonSync();
        return;
    }

    const bool reset = stored.historyId != 0 && (stored.historyId != status.historyId ||
                                                 status.newestSequence < stored.lastSequence);
    const bool resume = stored.historyId == status.historyId && !reset;
    if (m_syncRunning) {
        foldCounters(); // a reset noticed mid-sync: the sync goes on under the new history
    } else {
        m_summary = WatchSyncSummary();
        m_retriesWithoutProgress = 0;
    }
    m_summary.watchReset = m_summary.watchReset || reset;
    if (reset)
        qCInfo(lcWatchSession) << "watch reset detected; starting from its oldest record";

    quint32 from = resume ? stored.lastSequence + 1 : qMax<quint32>(1, status.oldestSequence);
    if (!status.isEmpty() && from < status.oldestSequence) {
        const quint32 gap = status.oldestSequence - from;
        m_summary.gapRecords += gap;
        fail(Error::HistoryGap,
             QStringLiteral("%1 record(s) were overwritten on the watch before they were synced")
                 .arg(gap));
        from = status.oldestSequence;
    }
    // A fast watch stamped its newest minutes ahead of our clock: allow for its offset.
    const qint64 latestMinute = m_clock.nowUtc().toSecsSinceEpoch() +
                                qMax<qint64>(0, m_clockOffsetSecs.value_or(0)) +
                                m_options.futureToleranceSecs;
    const bool positionStored = resume && stored.lastSequence == from - 1;
    m_download.start(status.historyId, from, positionStored, latestMinute);
    m_syncRunning = true;
    m_syncFailed = false;
    m_syncFrom = from;
    m_progressPosition = m_download.committedThrough();
    m_summary.historyId = status.historyId;
    m_summary.fromSequence = from;
    m_summary.expected = status.newestSequence >= from ? status.newestSequence - from + 1 : 0;
    Q_EMIT progress(0, m_summary.expected);

    if (status.isEmpty() || from > status.newestSequence) {
        if (commit())
            finishSync(true);
        else
            finishSync(false);
        return;
    }
    requestBatch();
}

void WatchSession::requestBatch() {
    setState(State::Downloading);
    m_download.startBatch();
    m_abortRequested = false;
    ++m_summary.requests;
    enqueue(Step::RequestHistory,
            HistoryControlCommand::requestFrom(m_download.nextSequence(), m_download.historyId())
                .encode()
                .value());
    armDownloadWatchdog();
}

void WatchSession::armDownloadWatchdog() {
    cancelTask(m_watchdogTask);
    const quint64 seen = m_activity;
    m_watchdogTask = m_scheduler.schedule(m_options.downloadIdleTimeoutMs, this, [this, seen] {
        m_watchdogTask = 0;
        if (m_state != State::Downloading)
            return;
        if (m_activity != seen) {
            armDownloadWatchdog(); // packets arrived meanwhile: look again later
            return;
        }
        dropStaleLink(QStringLiteral("the history download stalled"));
    });
}

void WatchSession::onCharacteristicChanged(const QUuid &, const QUuid &characteristic,
                                           const QByteArray &value) {
    if (!m_linkUp)
        return;
    if (characteristic == WatchProfile::historyRecord()) {
        onHistoryPacket(value);
        return;
    }
    if (characteristic == sig(WatchProfile::kHeartRateMeasurement)) {
        const auto measurement = HeartRateMeasurement::decode(value);
        if (!measurement) {
            qCDebug(lcWatchSession).noquote()
                << "heart rate measurement refused:" << measurement.error().message;
            return;
        }
        SensorContact contact = SensorContact::Unknown;
        if (measurement.value().sensorContact == HeartRateMeasurement::SensorContact::Detected)
            contact = SensorContact::Detected;
        else if (measurement.value().sensorContact ==
                 HeartRateMeasurement::SensorContact::NotDetected)
            contact = SensorContact::NotDetected;
        Q_EMIT heartRateMeasured(measurement.value().bpm, contact);
    }
}

void WatchSession::onHistoryPacket(const QByteArray &value) {
    if (m_state != State::Downloading || !m_syncRunning)
        return; // a batch this side no longer wants (teardown, or after an error)
    ++m_activity;
    const auto decoded = HistoryPacket::decode(value);
    if (!decoded) {
        ++m_summary.corruptPackets;
        m_download.noteCorruptPacket();
        fail(Error::CorruptPacket, decoded.error().message);
        // Keep what arrived in order, then stop this batch and ask again from there.
        if (!commit())
            return;
        if (!m_abortRequested) {
            m_abortRequested = true;
            enqueue(Step::AbortHistory, HistoryControlCommand::abort().encode().value());
        }
        return;
    }
    const HistoryPacket &packet = decoded.value();
    if (packet.type == HistoryPacket::Type::EndOfBatch) {
        onBatchEnd(packet.end);
        return;
    }
    if (m_syncFailed)
        return;
    QVector<HistoryDownload::Refusal> refusals;
    m_download.addRecords(packet.records, &refusals);
    reportRefusals(refusals);
    if (m_download.pendingRecords() >= m_options.maxRecordsPerCommit) {
        commit();
    } else if (m_download.pendingRecords() > 0 && m_commitTask == 0) {
        m_commitTask = m_scheduler.schedule(m_options.commitIntervalMs, this, [this] {
            m_commitTask = 0;
            if (m_syncRunning && m_state == State::Downloading)
                commit();
        });
    }
}

void WatchSession::reportRefusals(const QVector<HistoryDownload::Refusal> &refusals) {
    for (const HistoryDownload::Refusal &refusal : refusals)
        Q_EMIT recordRefused(refusal.sequence, toSessionProblem(refusal.problem));
}

bool WatchSession::commit() {
    cancelTask(m_commitTask);
    if (m_syncFailed)
        return false;
    if (!m_download.needsCommit())
        return true;
    const int samples = int(m_download.pendingSamples().size());
    const WatchSinkResult result =
        m_sink.storeBatch(m_identity, m_download.historyId(), m_download.pendingThrough(),
                          m_download.pendingSamples());
    if (!result.ok()) {
        // Nothing of the batch is stored and nothing is acknowledged: the watch keeps it all
        // for the next sync.
        m_syncFailed = true;
        fail(storageError(result.code), result.detail);
        if (m_state == State::Downloading && m_download.batchActive() && !m_abortRequested) {
            m_abortRequested = true;
            enqueue(Step::AbortHistory, HistoryControlCommand::abort().encode().value());
        }
        return false;
    }
    m_download.markCommitted();
    const quint32 through = m_download.committedThrough();
    Q_EMIT progress(through + 1 - m_syncFrom, m_summary.expected);
    if (samples > 0)
        Q_EMIT historyStored();
    if (through > 0 && m_linkUp && m_state != State::Disconnecting)
        queueAcknowledge(through);
    return true;
}

void WatchSession::queueAcknowledge(quint32 sequence) {
    const QByteArray value = HistoryControlCommand::acknowledge(sequence).encode().value();
    // One acknowledgement waiting is enough: a later one covers the earlier.
    for (Request &request : m_queue) {
        if (request.step == Step::AcknowledgeHistory) {
            request.value = value;
            return;
        }
    }
    enqueue(Step::AcknowledgeHistory, value);
}

void WatchSession::onBatchEnd(const HistoryBatchEnd &end) {
    // A failed commit stores nothing and acknowledges nothing: the next sync gets it all again.
    if (m_syncFailed || !commit()) {
        finishSync(false);
        return;
    }
    QVector<HistoryDownload::Refusal> refusals;
    const HistoryDownload::EndAction action =
        m_download.finishBatch(end, m_abortRequested, &refusals);
    reportRefusals(refusals);
    if (!commit()) {
        finishSync(false);
        return;
    }
    switch (action) {
    case HistoryDownload::EndAction::Finished:
        finishSync(true);
        return;
    case HistoryDownload::EndAction::Stopped:
        fail(Error::SyncIncomplete, QStringLiteral("the watch stopped the history batch"));
        finishSync(false);
        return;
    case HistoryDownload::EndAction::HistoryChanged:
        m_summary.watchReset = true;
        if (m_statusReads >= kMaxStatusReadsPerSync) {
            fail(Error::SyncIncomplete, QStringLiteral("the watch's history keeps changing"));
            finishSync(false);
            return;
        }
        startStatusRead();
        return;
    case HistoryDownload::EndAction::RequestAgain:
        if (m_download.committedThrough() == m_progressPosition) {
            if (++m_retriesWithoutProgress > m_options.maxRetriesWithoutProgress) {
                fail(Error::SyncIncomplete,
                     QStringLiteral("history packets keep going missing; resuming at next sync"));
                finishSync(false);
                return;
            }
        } else {
            m_retriesWithoutProgress = 0;
            m_progressPosition = m_download.committedThrough();
        }
        requestBatch();
        return;
    }
}

void WatchSession::finishSync(bool complete) {
    cancelTask(m_watchdogTask);
    cancelTask(m_commitTask);
    if (!m_syncRunning) {
        goLive();
        return;
    }
    m_syncRunning = false;
    m_summary.lastSequence = m_download.committedThrough();
    m_summary.complete = complete && !m_syncFailed;
    const quint32 gapAtEnd = m_download.gapRecords();
    foldCounters();
    if (gapAtEnd > 0)
        fail(Error::HistoryGap,
             QStringLiteral("%1 record(s) were overwritten on the watch before they were synced")
                 .arg(gapAtEnd));
    if (m_summary.recordsRefused > 0)
        fail(Error::ImplausibleRecords,
             QStringLiteral("%1 implausible record(s) refused").arg(m_summary.recordsRefused));
    qCInfo(lcWatchSession) << "history sync finished: stored" << m_summary.recordsStored
                           << "refused" << m_summary.recordsRefused << "duplicates"
                           << m_summary.duplicatesDropped << "corrupt" << m_summary.corruptPackets
                           << "complete" << m_summary.complete;
    // Live once the last acknowledgement has been written.
    m_finishing = true;
    if (!m_inFlight && m_queue.isEmpty())
        completeFinish();
}

void WatchSession::completeFinish() {
    m_finishing = false;
    m_statusReads = 0;
    goLive();
    Q_EMIT syncFinished(m_summary);
}

void WatchSession::foldCounters() {
    m_summary.recordsStored += m_download.storedRecords();
    m_summary.recordsRefused += m_download.refusedRecords();
    m_summary.duplicatesDropped += m_download.duplicates();
    m_summary.gapRecords += m_download.gapRecords();
    m_download = HistoryDownload();
}

// Ends a sync that cannot go on (it resumes at the next one), or just goes Live when none runs.
void WatchSession::abandonSync() {
    if (m_syncRunning)
        finishSync(false);
    else
        goLive();
}

void WatchSession::goLive() {
    m_attempt = 0; // a connection that got this far resets the backoff
    setState(State::Live);
}

// --- link loss, reconnection, teardown -------------------------------------------------------

void WatchSession::handleLinkLoss(Error reason, const QString &detail) {
    m_finishing = false;
    cancelTask(m_linkTimer);
    cancelTask(m_watchdogTask);
    clearRequests();
    m_linkUp = false; // nothing more goes to the watch, not even an acknowledgement
    if (m_syncRunning) {
        commit(); // what arrived in order is kept; the rest comes again after reconnecting
        m_syncRunning = false;
    }
    fail(reason, detail);
    if (!m_everConnected) {
        setState(State::Idle); // the first attempt: the pairing screen says why
        return;
    }
    scheduleReconnect();
}

void WatchSession::dropStaleLink(const QString &detail) {
    m_finishing = false;
    cancelTask(m_watchdogTask);
    clearRequests();
    m_linkUp = false;
    if (m_syncRunning) {
        commit();
        m_syncRunning = false;
    }
    fail(Error::WatchNotResponding, detail);
    setState(State::Reconnecting);
    awaitTransportDisconnect();
    m_transport.disconnectFromWatch();
}

// The next attempt starts only once the transport has let go of the old link (or did not say so
// in time), so a late disconnected() cannot be mistaken for the new link dropping.
void WatchSession::awaitTransportDisconnect() {
    m_awaitingDisconnect = true;
    cancelTask(m_linkTimer);
    m_linkTimer = m_scheduler.schedule(m_options.requestTimeoutMs, this, [this] {
        m_linkTimer = 0;
        if (!m_awaitingDisconnect)
            return;
        m_awaitingDisconnect = false;
        scheduleReconnect();
    });
}

void WatchSession::scheduleReconnect() {
    if (!m_options.autoReconnect) {
        setState(State::Idle);
        return;
    }
    if (m_options.maxReconnectAttempts > 0 && m_attempt >= m_options.maxReconnectAttempts) {
        fail(Error::ReconnectGaveUp,
             QStringLiteral("%1 reconnection attempts failed").arg(m_attempt));
        setState(State::Idle);
        return;
    }
    const qint64 delay = m_options.backoff.delayMs(m_attempt, m_random);
    ++m_attempt;
    setState(State::Reconnecting);
    qCInfo(lcWatchSession) << "reconnect attempt" << m_attempt << "in" << delay << "ms";
    Q_EMIT reconnectScheduled(m_attempt, delay);
    cancelTask(m_reconnectTask);
    m_reconnectTask = m_scheduler.schedule(delay, this, [this] {
        m_reconnectTask = 0;
        if (m_state == State::Reconnecting)
            beginConnect();
    });
}

void WatchSession::disconnectFromWatch() {
    switch (m_state) {
    case State::Idle:
    case State::Disconnecting:
        return;
    case State::Scanning:
        stopScan();
        return;
    case State::Reconnecting:
        cancelTask(m_reconnectTask);
        cancelTask(m_linkTimer);
        m_awaitingDisconnect = false;
        setState(State::Idle);
        return;
    case State::Connecting:
        cancelTask(m_linkTimer);
        setState(State::Disconnecting);
        closeLinkForTeardown();
        return;
    default:
        break;
    }
    // Connected: stop what runs, switch notifications off, then close the link.
    cancelTask(m_watchdogTask);
    const bool downloading = m_state == State::Downloading && m_download.batchActive();
    if (m_syncRunning) {
        commit();
        m_syncRunning = false;
    }
    m_finishing = false;
    setState(State::Disconnecting);
    // A request in flight still gets its answer, which is then ignored. A waiting
    // acknowledgement still goes out: it lets the watch free what is stored.
    QList<Request> kept;
    if (downloading)
        kept.append(Request{Step::AbortHistory, HistoryControlCommand::abort().encode().value()});
    for (const Request &request : std::as_const(m_queue)) {
        if (request.step == Step::AcknowledgeHistory)
            kept.append(request);
    }
    m_queue = kept;
    if (m_heartRateSubscribed)
        enqueue(Step::UnsubscribeHeartRate);
    if (m_historySubscribed)
        enqueue(Step::UnsubscribeHistory);
    m_heartRateSubscribed = false;
    m_historySubscribed = false;
    pump();
}

void WatchSession::closeLinkForTeardown() {
    cancelTask(m_linkTimer);
    m_linkTimer = m_scheduler.schedule(m_options.requestTimeoutMs, this, [this] {
        m_linkTimer = 0;
        if (m_state == State::Disconnecting)
            finishTeardown(); // the transport never confirmed; the session lets go anyway
    });
    m_transport.disconnectFromWatch();
}

void WatchSession::finishTeardown() {
    cancelTask(m_commitTask);
    cancelTask(m_linkTimer);
    cancelTask(m_requestTimer);
    cancelTask(m_watchdogTask);
    clearRequests();
    m_linkUp = false;
    qCInfo(lcWatchSession) << "disconnected";
    setState(State::Idle);
}

} // namespace wristdoc
