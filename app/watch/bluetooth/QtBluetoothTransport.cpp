#include "QtBluetoothTransport.h"

#include "BluetoothLog.h"
#include "Clock.h"
#include "WatchProfile.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothHostInfo>
#include <QBluetoothLocalDevice>
#include <QLowEnergyCharacteristic>
#include <QLowEnergyController>
#include <QLowEnergyDescriptor>
#include <QLowEnergyService>

namespace wristdoc {

namespace {

const QByteArray kEnableNotifications = QByteArray::fromHex("0100");
const QByteArray kEnableIndications = QByteArray::fromHex("0200");
const QByteArray kDisableNotifications = QByteArray::fromHex("0000");

const char *operationName(QtBluetoothErrorMap::Operation operation) {
    switch (operation) {
    case QtBluetoothErrorMap::Operation::Read:
        return "read";
    case QtBluetoothErrorMap::Operation::Write:
        return "write";
    case QtBluetoothErrorMap::Operation::Subscribe:
        break;
    }
    return "subscribe";
}

// Keeps track of being inside a QtBluetooth call, which may report an error synchronously.
class QtCallScope {
public:
    explicit QtCallScope(int &depth)
        : m_depth(depth) {
        ++m_depth;
    }
    ~QtCallScope() { --m_depth; }
    QtCallScope(const QtCallScope &) = delete;
    QtCallScope &operator=(const QtCallScope &) = delete;

private:
    int &m_depth;
};

} // namespace

QtBluetoothTransport::QtBluetoothTransport(const Clock &clock, QObject *parent)
    : WatchTransport(parent)
    , m_clock(clock) {
    qRegisterMetaType<wristdoc::DiscoveredWatch>();
    qRegisterMetaType<wristdoc::WatchTransport::Error>();
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &QtBluetoothTransport::onConnectTimeout);
    m_disconnectTimer.setSingleShot(true);
    connect(&m_disconnectTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcWatchBluetooth) << "disconnect not confirmed in time; closing locally";
        finishDisconnect();
    });
}

QtBluetoothTransport::~QtBluetoothTransport() {
    if (m_agent && m_agent->isActive())
        m_agent->stop();
    if (m_controller) {
        m_controller->disconnect(this);
        if (m_controller->state() != QLowEnergyController::UnconnectedState)
            m_controller->disconnectFromDevice();
        delete m_controller;
    }
}

bool QtBluetoothTransport::isWatchAdvertisement(const QString &name,
                                                const QList<QUuid> &serviceUuids) {
    if (serviceUuids.contains(WatchProfile::historyService()) ||
        serviceUuids.contains(WatchProfile::fromShort(WatchProfile::kHeartRateService)))
        return true;
    return name.startsWith(QLatin1String(kWatchNamePrefix), Qt::CaseInsensitive);
}

QString QtBluetoothTransport::identifierOf(const QBluetoothDeviceInfo &info) {
    if (!info.address().isNull())
        return info.address().toString();
    return info.deviceUuid().toString(QUuid::WithoutBraces);
}

// Scanning -------------------------------------------------------------------------------------

void QtBluetoothTransport::startScan() {
    if (m_scanOpen && m_agent && m_agent->isActive())
        return; // the running scan reports, then finishes

    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty()) {
        qCInfo(lcWatchBluetooth) << "scan: no Bluetooth adapter";
        emitLater([this] { emitError(Error::NoAdapter, QStringLiteral("no Bluetooth adapter")); });
        return;
    }
    if (adapterPoweredOff()) {
        qCInfo(lcWatchBluetooth) << "scan: adapter is off";
        emitLater([this] { emitError(Error::AdapterOff, QStringLiteral("Bluetooth is off")); });
        return;
    }

    if (m_agent) {
        m_agent->disconnect(this);
        if (m_agent->isActive())
            m_agent->stop();
        m_agent->deleteLater();
    }
    m_agent = new QBluetoothDeviceDiscoveryAgent(adapters.first().address(), this);
    m_agent->setLowEnergyDiscoveryTimeout(m_scanDurationMs);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this,
            &QtBluetoothTransport::reportDevice);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields fields) {
                if (fields.testFlag(QBluetoothDeviceInfo::Field::RSSI))
                    reportDevice(info);
            });
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this,
            &QtBluetoothTransport::finishScan);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::canceled, this,
            &QtBluetoothTransport::finishScan);
    connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this,
            [this](QBluetoothDeviceDiscoveryAgent::Error error) { onDiscoveryError(error); });

    qCInfo(lcWatchBluetooth) << "scan: started, LE only, for" << m_scanDurationMs << "ms";
    m_scanOpen = true;
    m_scanStarting = true;
    {
        QtCallScope scope(m_qtCallDepth);
        m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    }
    m_scanStarting = false;
}

void QtBluetoothTransport::stopScan() {
    // Like the agent's own cancel (and the simulated transport): no scanFinished() follows.
    m_scanOpen = false;
    if (m_agent && m_agent->isActive()) {
        QtCallScope scope(m_qtCallDepth);
        m_agent->stop();
    }
}

void QtBluetoothTransport::reportDevice(const QBluetoothDeviceInfo &info) {
    if (!m_scanOpen)
        return; // stopped, finished or failed: nothing more is reported
    if (!(info.coreConfigurations() & QBluetoothDeviceInfo::LowEnergyCoreConfiguration))
        return;
    if (info.isCached())
        return; // remembered by the platform, not heard now
    QList<QUuid> uuids;
    for (const QBluetoothUuid &uuid : info.serviceUuids())
        uuids.append(toUuid(uuid));
    if (!isWatchAdvertisement(info.name(), uuids))
        return;

    DiscoveredWatch watch;
    watch.address = identifierOf(info);
    watch.name = info.name();
    watch.rssi = info.rssi();
    watch.lastSeenUtc = m_clock.nowUtc();
    watch.serviceUuids = uuids;
    m_seen.insert(watch.address, info);
    Q_EMIT watchDiscovered(watch);
}

void QtBluetoothTransport::onDiscoveryError(int error) {
    if (!m_scanOpen)
        return; // the scan was already stopped or over
    const auto agentError = static_cast<QBluetoothDeviceDiscoveryAgent::Error>(error);
    Error mapped = QtBluetoothErrorMap::fromDiscoveryError(agentError, m_scanStarting);
    if (mapped == Error::Unknown && adapterPoweredOff())
        mapped = Error::AdapterOff; // the adapter went off mid-scan
    qCWarning(lcWatchBluetooth) << "scan failed:" << agentError << "->" << mapped;
    m_scanOpen = false; // the error answers startScan(); no scanFinished() follows
    const QString detail = m_agent ? m_agent->errorString() : QString();
    if (m_qtCallDepth > 0)
        emitLater([this, mapped, detail] { emitError(mapped, detail); });
    else
        emitError(mapped, detail);
}

void QtBluetoothTransport::finishScan() {
    if (!m_scanOpen)
        return;
    m_scanOpen = false;
    qCInfo(lcWatchBluetooth) << "scan: finished";
    if (m_qtCallDepth > 0)
        emitLater([this] { Q_EMIT scanFinished(); });
    else
        Q_EMIT scanFinished();
}

// Connection -----------------------------------------------------------------------------------

void QtBluetoothTransport::connectToWatch(const QString &address) {
    if (m_state != LinkState::Idle) {
        qCInfo(lcWatchBluetooth) << "connect: dropping the previous link first";
        releaseController();
    }

    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty()) {
        qCInfo(lcWatchBluetooth) << "connect: no Bluetooth adapter";
        emitLater([this] { emitError(Error::NoAdapter, QStringLiteral("no Bluetooth adapter")); });
        return;
    }
    if (adapterPoweredOff()) {
        qCInfo(lcWatchBluetooth) << "connect: adapter is off";
        emitLater([this] { emitError(Error::AdapterOff, QStringLiteral("Bluetooth is off")); });
        return;
    }

    QBluetoothDeviceInfo info = m_seen.value(address);
    if (!info.isValid()) {
        // Not seen in this run (a stored pairing): BlueZ still knows the device by address.
        const QBluetoothAddress bluetoothAddress(address);
        if (!bluetoothAddress.isNull()) {
            info = QBluetoothDeviceInfo(bluetoothAddress, QString(), 0);
        } else {
            const QBluetoothUuid deviceUuid(address);
            if (deviceUuid.isNull()) {
                emitLater([this] {
                    emitError(Error::OutOfRange, QStringLiteral("not a Bluetooth address"));
                });
                return;
            }
            info = QBluetoothDeviceInfo(deviceUuid, QString(), 0);
        }
        info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    }

    m_controller = QLowEnergyController::createCentral(info, this);
    if (!m_controller) {
        emitLater([this] { emitError(Error::NoAdapter, QStringLiteral("no LE controller")); });
        return;
    }
    connect(m_controller, &QLowEnergyController::connected, this,
            &QtBluetoothTransport::onControllerConnected);
    connect(m_controller, &QLowEnergyController::discoveryFinished, this,
            &QtBluetoothTransport::onServiceDiscoveryFinished);
    connect(m_controller, &QLowEnergyController::errorOccurred, this,
            [this](QLowEnergyController::Error error) { onControllerError(error); });
    connect(m_controller, &QLowEnergyController::disconnected, this,
            &QtBluetoothTransport::onControllerDisconnected);

    qCInfo(lcWatchBluetooth) << "connect: connecting";
    m_state = LinkState::Connecting;
    m_connectTimer.start(m_connectTimeoutMs);
    QtCallScope scope(m_qtCallDepth);
    m_controller->connectToDevice();
}

void QtBluetoothTransport::disconnectFromWatch() {
    switch (m_state) {
    case LinkState::Idle:
    case LinkState::Disconnecting:
        return;
    case LinkState::Connecting:
    case LinkState::DiscoveringServices:
    case LinkState::DiscoveringDetails:
        qCInfo(lcWatchBluetooth) << "disconnect: attempt aborted";
        releaseController();
        emitLater([this] { Q_EMIT disconnected(); });
        return;
    case LinkState::Connected:
        break;
    }
    qCInfo(lcWatchBluetooth) << "disconnect: requested";
    m_state = LinkState::Disconnecting;
    m_pending.clear();
    m_disconnectTimer.start(kDisconnectTimeoutMs);
    QtCallScope scope(m_qtCallDepth);
    m_controller->disconnectFromDevice();
}

void QtBluetoothTransport::onControllerConnected() {
    if (m_state != LinkState::Connecting)
        return;
    qCInfo(lcWatchBluetooth) << "connect: link up, discovering services";
    m_state = LinkState::DiscoveringServices;
    m_controller->discoverServices();
}

void QtBluetoothTransport::onServiceDiscoveryFinished() {
    if (m_state != LinkState::DiscoveringServices)
        return;
    m_state = LinkState::DiscoveringDetails;
    const QList<QBluetoothUuid> uuids = m_controller->services();
    qCInfo(lcWatchBluetooth) << "connect:" << uuids.size() << "services; discovering details";
    for (const QBluetoothUuid &uuid : uuids) {
        QLowEnergyService *service = m_controller->createServiceObject(uuid, m_controller);
        if (!service || m_services.contains(toUuid(uuid)))
            continue;
        m_services.insert(toUuid(uuid), service);
        connect(service, &QLowEnergyService::stateChanged, this,
                &QtBluetoothTransport::onServiceStateChanged);
        connect(service, &QLowEnergyService::characteristicRead, this,
                [this, service](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                    onCharacteristicRead(service, c.uuid(), value);
                });
        connect(service, &QLowEnergyService::characteristicWritten, this,
                [this, service](const QLowEnergyCharacteristic &c, const QByteArray &) {
                    onCharacteristicWritten(service, c.uuid());
                });
        connect(service, &QLowEnergyService::descriptorWritten, this,
                [this, service](const QLowEnergyDescriptor &d, const QByteArray &value) {
                    onDescriptorWritten(service, d, value);
                });
        connect(service, &QLowEnergyService::characteristicChanged, this,
                [this, service](const QLowEnergyCharacteristic &c, const QByteArray &value) {
                    if (m_state == LinkState::Connected)
                        Q_EMIT characteristicChanged(toUuid(service->serviceUuid()),
                                                     toUuid(c.uuid()), value);
                });
        connect(service, &QLowEnergyService::errorOccurred, this,
                [this, service](QLowEnergyService::ServiceError error) {
                    onServiceError(service, error);
                });
    }
    // Values are read on request only: a full discovery would read every readable attribute,
    // some of which a watch may guard with encryption.
    const QList<QLowEnergyService *> services = m_services.values();
    for (QLowEnergyService *service : services) {
        if (m_state != LinkState::DiscoveringDetails)
            return;
        if (service->state() == QLowEnergyService::RemoteService)
            service->discoverDetails(QLowEnergyService::SkipValueDiscovery);
    }
    onServiceStateChanged(); // BlueZ may finish synchronously
}

void QtBluetoothTransport::onServiceStateChanged() {
    if (m_state != LinkState::DiscoveringDetails)
        return;
    for (QLowEnergyService *service : std::as_const(m_services)) {
        switch (service->state()) {
        case QLowEnergyService::RemoteServiceDiscovered:
            continue;
        case QLowEnergyService::InvalidService:
            failConnection(Error::ConnectionFailed, QStringLiteral("service discovery failed"));
            return;
        default:
            return; // still discovering
        }
    }
    m_connectTimer.stop();
    m_state = LinkState::Connected;
    qCInfo(lcWatchBluetooth) << "connect: connected";
    Q_EMIT connected();
}

void QtBluetoothTransport::onControllerError(int error) {
    const auto controllerError = static_cast<QLowEnergyController::Error>(error);
    qCWarning(lcWatchBluetooth) << "controller error" << controllerError << "while in state"
                                << int(m_state);
    switch (m_state) {
    case LinkState::Idle:
    case LinkState::Disconnecting:
        return; // the disconnected() that follows (or the timer) finishes it
    case LinkState::Connected:
        // The link is gone if the controller says so; disconnected() may or may not follow.
        if (m_controller && m_controller->state() == QLowEnergyController::UnconnectedState)
            onControllerDisconnected();
        return;
    case LinkState::Connecting:
    case LinkState::DiscoveringServices:
    case LinkState::DiscoveringDetails:
        break;
    }
    Error mapped = QtBluetoothErrorMap::fromControllerError(controllerError, linkPhase());
    if (mapped == Error::OutOfRange && adapterPoweredOff())
        mapped = Error::AdapterOff; // BlueZ refuses to connect with the adapter off
    failConnection(mapped, m_controller ? m_controller->errorString() : QString());
}

void QtBluetoothTransport::onControllerDisconnected() {
    switch (m_state) {
    case LinkState::Idle:
        return;
    case LinkState::Disconnecting:
        finishDisconnect();
        return;
    case LinkState::Connecting:
    case LinkState::DiscoveringServices:
    case LinkState::DiscoveringDetails:
        failConnection(Error::ConnectionFailed,
                       QStringLiteral("the link dropped during service discovery"));
        return;
    case LinkState::Connected:
        break;
    }
    qCWarning(lcWatchBluetooth) << "link lost;" << m_pending.size() << "requests unanswered";
    releaseController();
    emitError(Error::ConnectionLost, QStringLiteral("the link dropped"));
    Q_EMIT disconnected();
}

void QtBluetoothTransport::onConnectTimeout() {
    const bool connecting = m_state == LinkState::Connecting;
    if (!connecting && m_state != LinkState::DiscoveringServices &&
        m_state != LinkState::DiscoveringDetails)
        return;
    qCWarning(lcWatchBluetooth) << "connect: timed out after" << m_connectTimeoutMs << "ms";
    failConnection(connecting ? Error::OutOfRange : Error::ConnectionFailed,
                   connecting ? QStringLiteral("the watch did not answer")
                              : QStringLiteral("service discovery did not finish"));
}

void QtBluetoothTransport::failConnection(Error error, const QString &detail) {
    qCWarning(lcWatchBluetooth) << "connect: failed:" << error;
    releaseController();
    if (m_qtCallDepth > 0)
        emitLater([this, error, detail] { emitError(error, detail); });
    else
        emitError(error, detail);
}

void QtBluetoothTransport::finishDisconnect() {
    if (m_state != LinkState::Disconnecting)
        return;
    qCInfo(lcWatchBluetooth) << "disconnect: done";
    releaseController();
    if (m_qtCallDepth > 0)
        emitLater([this] { Q_EMIT disconnected(); });
    else
        Q_EMIT disconnected();
}

void QtBluetoothTransport::releaseController() {
    m_connectTimer.stop();
    m_disconnectTimer.stop();
    m_state = LinkState::Idle;
    m_pending.clear();
    m_services.clear(); // children of the controller
    if (!m_controller)
        return;
    QLowEnergyController *controller = m_controller;
    m_controller = nullptr;
    controller->disconnect(this);
    if (controller->state() != QLowEnergyController::UnconnectedState)
        controller->disconnectFromDevice();
    // Not deleted here: this may run inside one of the controller's own signals.
    controller->deleteLater();
}

QtBluetoothTransport::LinkPhase QtBluetoothTransport::linkPhase() const {
    switch (m_state) {
    case LinkState::Connecting:
        return LinkPhase::Connecting;
    case LinkState::DiscoveringServices:
    case LinkState::DiscoveringDetails:
        return LinkPhase::Discovering;
    case LinkState::Idle:
    case LinkState::Connected:
    case LinkState::Disconnecting:
        break;
    }
    return LinkPhase::Connected;
}

bool QtBluetoothTransport::adapterPoweredOff() const {
    const QList<QBluetoothHostInfo> adapters = QBluetoothLocalDevice::allDevices();
    if (adapters.isEmpty())
        return false;
    const QBluetoothLocalDevice adapter(adapters.first().address());
    return adapter.isValid() && adapter.hostMode() == QBluetoothLocalDevice::HostPoweredOff;
}

// Requests -------------------------------------------------------------------------------------

QLowEnergyService *QtBluetoothTransport::serviceFor(Operation operation, const QUuid &service,
                                                    const QUuid &characteristic) {
    const QString what = WatchProfile::displayString(characteristic);
    if (m_state != LinkState::Connected) {
        const Error error = QtBluetoothErrorMap::failureOf(operation);
        emitLater([this, error, what] {
            emitError(error, QStringLiteral("not connected (%1)").arg(what));
        });
        return nullptr;
    }
    QLowEnergyService *qtService = m_services.value(service);
    if (!qtService) {
        const QString serviceName = WatchProfile::displayString(service);
        emitLater([this, serviceName] {
            emitError(Error::ServiceMissing,
                      QStringLiteral("the watch has no service %1").arg(serviceName));
        });
        return nullptr;
    }
    if (!qtService->characteristic(toBluetoothUuid(characteristic)).isValid()) {
        emitLater([this, what] {
            emitError(Error::CharacteristicMissing,
                      QStringLiteral("the watch has no characteristic %1").arg(what));
        });
        return nullptr;
    }
    return qtService;
}

void QtBluetoothTransport::readCharacteristic(const QUuid &service, const QUuid &characteristic) {
    QLowEnergyService *qtService = serviceFor(Operation::Read, service, characteristic);
    if (!qtService)
        return;
    const QLowEnergyCharacteristic c = qtService->characteristic(toBluetoothUuid(characteristic));
    if (!(c.properties() & QLowEnergyCharacteristic::Read)) {
        emitLater([this] { emitError(Error::ReadFailed, QStringLiteral("not readable")); });
        return;
    }
    m_pending.append({Operation::Read, service, characteristic, false});
    QtCallScope scope(m_qtCallDepth);
    qtService->readCharacteristic(c);
}

void QtBluetoothTransport::writeCharacteristic(const QUuid &service, const QUuid &characteristic,
                                               const QByteArray &value) {
    QLowEnergyService *qtService = serviceFor(Operation::Write, service, characteristic);
    if (!qtService)
        return;
    const QLowEnergyCharacteristic c = qtService->characteristic(toBluetoothUuid(characteristic));
    if (!(c.properties() & QLowEnergyCharacteristic::Write)) {
        emitLater([this] {
            emitError(Error::WriteFailed, QStringLiteral("not writable with response"));
        });
        return;
    }
    m_pending.append({Operation::Write, service, characteristic, false});
    QtCallScope scope(m_qtCallDepth);
    qtService->writeCharacteristic(c, value, QLowEnergyService::WriteWithResponse);
}

void QtBluetoothTransport::setNotifications(const QUuid &service, const QUuid &characteristic,
                                            bool enabled) {
    QLowEnergyService *qtService = serviceFor(Operation::Subscribe, service, characteristic);
    if (!qtService)
        return;
    const QLowEnergyCharacteristic c = qtService->characteristic(toBluetoothUuid(characteristic));
    const bool notify = c.properties() & QLowEnergyCharacteristic::Notify;
    const bool indicate = c.properties() & QLowEnergyCharacteristic::Indicate;
    const QLowEnergyDescriptor cccd = c.clientCharacteristicConfiguration();
    if ((!notify && !indicate) || !cccd.isValid()) {
        emitLater([this] {
            emitError(Error::SubscribeFailed,
                      QStringLiteral("no notifications (no 0x2902 descriptor)"));
        });
        return;
    }
    // Qt 6.4 has no CCCEnableNotification constant; these are the descriptor's values.
    const QByteArray value =
        !enabled ? kDisableNotifications : (notify ? kEnableNotifications : kEnableIndications);
    m_pending.append({Operation::Subscribe, service, characteristic, enabled});
    QtCallScope scope(m_qtCallDepth);
    qtService->writeDescriptor(cccd, value);
}

void QtBluetoothTransport::onCharacteristicRead(QLowEnergyService *service,
                                                const QBluetoothUuid &characteristic,
                                                const QByteArray &value) {
    const QUuid serviceUuid = toUuid(service->serviceUuid());
    const QUuid characteristicUuid = toUuid(characteristic);
    PendingRequest request;
    if (!takePending(
            serviceUuid,
            [&](const PendingRequest &r) {
                return r.operation == Operation::Read && r.characteristic == characteristicUuid;
            },
            &request))
        return; // not ours (Qt may read on its own)
    Q_EMIT characteristicRead(serviceUuid, characteristicUuid, value);
}

void QtBluetoothTransport::onCharacteristicWritten(QLowEnergyService *service,
                                                   const QBluetoothUuid &characteristic) {
    const QUuid serviceUuid = toUuid(service->serviceUuid());
    const QUuid characteristicUuid = toUuid(characteristic);
    PendingRequest request;
    if (!takePending(
            serviceUuid,
            [&](const PendingRequest &r) {
                return r.operation == Operation::Write && r.characteristic == characteristicUuid;
            },
            &request))
        return;
    Q_EMIT characteristicWritten(serviceUuid, characteristicUuid);
}

void QtBluetoothTransport::onDescriptorWritten(QLowEnergyService *service,
                                               const QLowEnergyDescriptor &descriptor,
                                               const QByteArray &value) {
    if (descriptor.uuid() != QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration)
        return;
    const QUuid serviceUuid = toUuid(service->serviceUuid());
    const bool enabled = value != kDisableNotifications;
    PendingRequest request;
    if (!takePending(
            serviceUuid,
            [&](const PendingRequest &r) {
                return r.operation == Operation::Subscribe && r.enabled == enabled &&
                       service->characteristic(toBluetoothUuid(r.characteristic))
                               .clientCharacteristicConfiguration() == descriptor;
            },
            &request))
        return;
    Q_EMIT notificationsChanged(serviceUuid, request.characteristic, request.enabled);
}

void QtBluetoothTransport::onServiceError(QLowEnergyService *service, int error) {
    const auto serviceError = static_cast<QLowEnergyService::ServiceError>(error);
    const QUuid serviceUuid = toUuid(service->serviceUuid());
    // Which kind of request the error answers; OperationError and UnknownError answer any.
    std::function<bool(const PendingRequest &)> match = [](const PendingRequest &) { return true; };
    switch (serviceError) {
    case QLowEnergyService::CharacteristicReadError:
    case QLowEnergyService::DescriptorReadError:
        match = [](const PendingRequest &r) { return r.operation == Operation::Read; };
        break;
    case QLowEnergyService::CharacteristicWriteError:
        match = [](const PendingRequest &r) { return r.operation == Operation::Write; };
        break;
    case QLowEnergyService::DescriptorWriteError:
        match = [](const PendingRequest &r) { return r.operation == Operation::Subscribe; };
        break;
    default:
        break;
    }
    PendingRequest request;
    if (!takePending(serviceUuid, match, &request)) {
        qCWarning(lcWatchBluetooth) << "service error without a request:" << serviceError;
        return;
    }
    const Error mapped = QtBluetoothErrorMap::fromServiceError(serviceError, request.operation);
    const QString detail = QStringLiteral("%1 of %2 failed (%3)")
                               .arg(QLatin1String(operationName(request.operation)),
                                    WatchProfile::displayString(request.characteristic),
                                    QString::number(int(serviceError)));
    qCWarning(lcWatchBluetooth) << operationName(request.operation) << "failed:" << serviceError;
    if (m_qtCallDepth > 0)
        emitLater([this, mapped, detail] { emitError(mapped, detail); });
    else
        emitError(mapped, detail);
}

bool QtBluetoothTransport::takePending(const QUuid &service,
                                       const std::function<bool(const PendingRequest &)> &match,
                                       PendingRequest *taken) {
    for (int i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).service == service && match(m_pending.at(i))) {
            *taken = m_pending.takeAt(i);
            return true;
        }
    }
    return false;
}

void QtBluetoothTransport::emitLater(std::function<void()> emission) {
    QMetaObject::invokeMethod(this, std::move(emission), Qt::QueuedConnection);
}

void QtBluetoothTransport::emitError(Error error, const QString &detail) {
    Q_EMIT errorOccurred(error, detail);
}

} // namespace wristdoc
