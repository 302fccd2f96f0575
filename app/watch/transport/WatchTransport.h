#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

namespace wristdoc {

// A watch seen while scanning. Only LE devices advertising one of the profile's services are
// reported (docs/watch-profile.md).
struct DiscoveredWatch
{
    QString address; // BLE address, or the simulator's identifier
    QString name;    // advertised local name, may be empty
    int rssi = 0;    // dBm; 0 = unknown
    QDateTime lastSeenUtc;
    QList<QUuid> serviceUuids;
};

// One GATT-central connection to one watch, at the level of services and characteristics.
// Two implementations, chosen at the composition root: QtBluetoothTransport (BlueZ, platform
// backends) and SimulatedWatchTransport (in process, deterministic, with injectable faults).
// Nothing above this interface knows which one it talks to.
//
// Every request is asynchronous and answered by exactly one signal: the matching *Finished
// signal, or errorOccurred(). Requests are only valid between connected() and disconnected().
class WatchTransport : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoAdapter,        // no Bluetooth hardware (or no BlueZ)
        AdapterOff,       // Bluetooth switched off
        PermissionDenied, // the platform refused access
        OutOfRange,       // the watch did not answer the connection attempt
        ConnectionFailed, // connected, then service discovery or setup failed
        ServiceMissing,   // the watch lacks a service of the profile
        CharacteristicMissing,
        ReadFailed,
        WriteFailed,
        SubscribeFailed,
        ConnectionLost, // the link dropped unexpectedly
        Unknown,
    };
    Q_ENUM(Error)

    using QObject::QObject;
    ~WatchTransport() override = default;

    virtual void startScan() = 0; // reports watchDiscovered() repeatedly, then scanFinished()
    virtual void stopScan() = 0;
    virtual void connectToWatch(const QString &address) = 0; // connected() once services are known
    virtual void disconnectFromWatch() = 0;                   // disconnected() follows

    virtual void readCharacteristic(const QUuid &service, const QUuid &characteristic) = 0;
    virtual void writeCharacteristic(const QUuid &service, const QUuid &characteristic,
                                     const QByteArray &value) = 0; // with response
    // Enables or disables notifications through the characteristic's 0x2902 descriptor.
    virtual void setNotifications(const QUuid &service, const QUuid &characteristic,
                                  bool enabled) = 0;

Q_SIGNALS:
    void watchDiscovered(const wristdoc::DiscoveredWatch &watch);
    void scanFinished();
    void connected();
    void disconnected();
    void characteristicRead(const QUuid &service, const QUuid &characteristic,
                            const QByteArray &value);
    void characteristicWritten(const QUuid &service, const QUuid &characteristic);
    void notificationsChanged(const QUuid &service, const QUuid &characteristic, bool enabled);
    void characteristicChanged(const QUuid &service, const QUuid &characteristic,
                               const QByteArray &value);
    void errorOccurred(wristdoc::WatchTransport::Error error, const QString &detail);
};

} // namespace wristdoc

Q_DECLARE_METATYPE(wristdoc::DiscoveredWatch)
