#pragma once

#include "QtBluetoothErrorMap.h"
#include "WatchTransport.h"

#include <QBluetoothDeviceInfo>
#include <QBluetoothUuid>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class QBluetoothDeviceDiscoveryAgent;
class QLowEnergyController;
class QLowEnergyDescriptor;
class QLowEnergyService;

namespace wristdoc {

class Clock;

// WatchTransport over QtBluetooth in the central role: BlueZ's D-Bus API on Linux, the platform
// backends elsewhere. It knows nothing of the simulated watch; the composition root picks one.
//
// Scanning: LE only (QBluetoothDeviceDiscoveryAgent::LowEnergyMethod). A device is reported when
// isWatchAdvertisement() accepts it: it advertises the WristDoc history service or the Heart
// Rate service, or its name starts with "WristDoc" (a watch whose advertisement has no room for
// a 128-bit UUID). Battery, Device Information and Current Time alone are not enough: mice,
// earbuds and phones advertise them too. Every advertisement with a new RSSI is reported again
// (deviceUpdated); entries BlueZ only remembers from an earlier scan (cached) are not reported.
// The scan ends with scanFinished() after scanDuration(); stopScan() ends it without one.
//
// Connecting: connected() once the link is up and every service's characteristics are known
// (no values are read; only explicit reads go to the watch). A request on a service or
// characteristic the watch lacks answers errorOccurred(ServiceMissing/CharacteristicMissing).
// - A connection attempt that fails answers errorOccurred() only (OutOfRange when the watch did
//   not answer within connectTimeout(), ConnectionFailed when discovery failed); disconnected()
//   is not emitted because connected() was not.
// - disconnectFromWatch() is answered by disconnected() (also when it aborts an attempt);
//   with nothing connected or connecting it does nothing.
// - When the link drops by itself: errorOccurred(ConnectionLost), then disconnected(). Requests
//   still pending at that moment get no answer of their own; ConnectionLost answers them.
// Errors found before anything is sent (no adapter, not connected, missing characteristic) are
// emitted from the event loop, never from inside the call.
class QtBluetoothTransport final : public WatchTransport {
    Q_OBJECT
public:
    // A name that marks a WristDoc watch when its advertisement carries no service UUID.
    static constexpr const char *kWatchNamePrefix = "WristDoc";
    static constexpr int kDefaultScanDurationMs = 10000;
    static constexpr int kDefaultConnectTimeoutMs = 20000;
    static constexpr int kDisconnectTimeoutMs = 5000;

    // clock stamps DiscoveredWatch::lastSeenUtc; it must outlive the transport.
    explicit QtBluetoothTransport(const Clock &clock, QObject *parent = nullptr);
    ~QtBluetoothTransport() override;

    void startScan() override;
    void stopScan() override;
    void connectToWatch(const QString &address) override;
    void disconnectFromWatch() override;

    void readCharacteristic(const QUuid &service, const QUuid &characteristic) override;
    void writeCharacteristic(const QUuid &service, const QUuid &characteristic,
                             const QByteArray &value) override;
    void setNotifications(const QUuid &service, const QUuid &characteristic, bool enabled) override;

    // 0: scan until stopScan().
    void setScanDuration(int milliseconds) { m_scanDurationMs = milliseconds; }
    int scanDuration() const { return m_scanDurationMs; }
    // Bounds connecting plus service discovery.
    void setConnectTimeout(int milliseconds) { m_connectTimeoutMs = milliseconds; }
    int connectTimeout() const { return m_connectTimeoutMs; }

    // The scan filter described above.
    static bool isWatchAdvertisement(const QString &name, const QList<QUuid> &serviceUuids);
    // QBluetoothUuid is a QUuid with Bluetooth constructors; the profile speaks QUuid.
    static QBluetoothUuid toBluetoothUuid(const QUuid &uuid) { return QBluetoothUuid(uuid); }
    static QUuid toUuid(const QBluetoothUuid &uuid) { return QUuid(uuid); }
    // The address WristDoc keeps for a device: the Bluetooth address, or on platforms that hide
    // it (Apple's) the platform's device UUID.
    static QString identifierOf(const QBluetoothDeviceInfo &info);

private:
    using Operation = QtBluetoothErrorMap::Operation;
    using LinkPhase = QtBluetoothErrorMap::LinkPhase;

    enum class LinkState {
        Idle,
        Connecting,
        DiscoveringServices,
        DiscoveringDetails,
        Connected,
        Disconnecting,
    };

    struct PendingRequest {
        Operation operation = Operation::Read;
        QUuid service;
        QUuid characteristic;
        bool enabled = false; // Subscribe
    };

    // Scanning
    void reportDevice(const QBluetoothDeviceInfo &info);
    void onDiscoveryError(int error);
    void finishScan();

    // Connection
    void onControllerConnected();
    void onServiceDiscoveryFinished();
    void onServiceStateChanged();
    void onControllerError(int error);
    void onControllerDisconnected();
    void onConnectTimeout();
    void failConnection(Error error, const QString &detail);
    void finishDisconnect();
    void releaseController();
    LinkPhase linkPhase() const;
    bool adapterPoweredOff() const;

    // Requests
    QLowEnergyService *serviceFor(Operation operation, const QUuid &service,
                                  const QUuid &characteristic);
    void onCharacteristicRead(QLowEnergyService *service, const QBluetoothUuid &characteristic,
                              const QByteArray &value);
    void onCharacteristicWritten(QLowEnergyService *service, const QBluetoothUuid &characteristic);
    void onDescriptorWritten(QLowEnergyService *service, const QLowEnergyDescriptor &descriptor,
                             const QByteArray &value);
    void onServiceError(QLowEnergyService *service, int error);
    // Takes the oldest pending request matching; Qt runs GATT requests in order, so the oldest
    // of a kind on a service is the one an answer belongs to.
    bool takePending(const QUuid &service, const std::function<bool(const PendingRequest &)> &match,
                     PendingRequest *taken);

    // Emits from the event loop: errors found inside a call, or reported by Qt inside one.
    void emitLater(std::function<void()> emission);
    void emitError(Error error, const QString &detail);

    const Clock &m_clock;
    int m_scanDurationMs = kDefaultScanDurationMs;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;

    QPointer<QBluetoothDeviceDiscoveryAgent> m_agent;
    bool m_scanStarting = false;
    bool m_scanOpen = false; // between startScan() and its end (finish, stop or error)
    QHash<QString, QBluetoothDeviceInfo> m_seen; // identifier -> last advertisement

    QPointer<QLowEnergyController> m_controller;
    LinkState m_state = LinkState::Idle;
    QHash<QUuid, QLowEnergyService *> m_services; // owned by m_controller
    QList<PendingRequest> m_pending;
    QTimer m_connectTimer;
    QTimer m_disconnectTimer;
    int m_qtCallDepth = 0; // > 0 while inside a QtBluetooth call that may report synchronously
};

} // namespace wristdoc
