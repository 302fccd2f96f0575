// The real QtBluetooth transport where no Bluetooth can be reached. Run directly, the program
// points the system bus at an address where nothing listens (BlueZ unreachable, as on a machine
// without Bluetooth or D-Bus), so it behaves the same on a machine that has an adapter. Run by
// run-with-mock.sh --no-mock, it talks to a real dbus-daemon on which no bluetoothd runs.

#include "QtBluetoothTransport.h"
#include "SystemClock.h"
#include "WatchProfile.h"

#include <QBluetoothLocalDevice>
#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wristdoc;

namespace {
constexpr int kBoundMs = 10000; // an upper bound only: NoAdapter comes from the event loop
}

class QtBluetoothNoAdapterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanReportsNoAdapter();
    void connectReportsNoAdapter();
    void requestsBeforeConnectingFail();
    void disconnectWithoutLinkDoesNothing();

private:
    SystemClock m_clock;
};

void QtBluetoothNoAdapterTest::initTestCase() {
    QVERIFY2(QBluetoothLocalDevice::allDevices().isEmpty(),
             "this test needs BlueZ out of reach; run it as registered in CTest");
}

void QtBluetoothNoAdapterTest::scanReportsNoAdapter() {
    QtBluetoothTransport transport(m_clock);
    QSignalSpy errors(&transport, &WatchTransport::errorOccurred);
    QSignalSpy found(&transport, &WatchTransport::watchDiscovered);
    QSignalSpy finished(&transport, &WatchTransport::scanFinished);

    transport.startScan();
    QCOMPARE(errors.count(), 0); // answered from the event loop, never inside the call
    QVERIFY(errors.wait(kBoundMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<WatchTransport::Error>(), WatchTransport::Error::NoAdapter);
    QCOMPARE(found.count(), 0);
    QCOMPARE(finished.count(), 0); // the error is the answer

    transport.stopScan(); // nothing to stop; must not emit anything
    QCoreApplication::processEvents();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void QtBluetoothNoAdapterTest::connectReportsNoAdapter() {
    QtBluetoothTransport transport(m_clock);
    QSignalSpy errors(&transport, &WatchTransport::errorOccurred);
    QSignalSpy connectedSpy(&transport, &WatchTransport::connected);
    QSignalSpy disconnectedSpy(&transport, &WatchTransport::disconnected);

    transport.connectToWatch(QStringLiteral("C0:FF:EE:00:A7:F3"));
    QCOMPARE(errors.count(), 0);
    QVERIFY(errors.wait(kBoundMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<WatchTransport::Error>(), WatchTransport::Error::NoAdapter);
    QCOMPARE(connectedSpy.count(), 0);
    QCOMPARE(disconnectedSpy.count(), 0); // connected() never came, so no disconnected()
}

void QtBluetoothNoAdapterTest::requestsBeforeConnectingFail() {
    QtBluetoothTransport transport(m_clock);
    QSignalSpy errors(&transport, &WatchTransport::errorOccurred);
    QSignalSpy reads(&transport, &WatchTransport::characteristicRead);
    const QUuid battery = WatchProfile::fromShort(WatchProfile::kBatteryService);
    const QUuid level = WatchProfile::fromShort(WatchProfile::kBatteryLevel);

    transport.readCharacteristic(battery, level);
    transport.writeCharacteristic(battery, level, QByteArray(1, '\x10'));
    transport.setNotifications(battery, level, true);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 3, kBoundMs);
    QCOMPARE(errors.at(0).at(0).value<WatchTransport::Error>(), WatchTransport::Error::ReadFailed);
    QCOMPARE(errors.at(1).at(0).value<WatchTransport::Error>(), WatchTransport::Error::WriteFailed);
    QCOMPARE(errors.at(2).at(0).value<WatchTransport::Error>(),
             WatchTransport::Error::SubscribeFailed);
    QCOMPARE(reads.count(), 0);
}

void QtBluetoothNoAdapterTest::disconnectWithoutLinkDoesNothing() {
    QtBluetoothTransport transport(m_clock);
    QSignalSpy errors(&transport, &WatchTransport::errorOccurred);
    QSignalSpy disconnectedSpy(&transport, &WatchTransport::disconnected);
    transport.disconnectFromWatch();
    QCoreApplication::processEvents();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(disconnectedSpy.count(), 0);
}

int main(int argc, char **argv) {
    // Before anything opens the system bus. run-with-mock.sh sets WRISTDOC_BLUEZ_MOCK and its
    // own bus; otherwise BlueZ is put out of reach on purpose.
    QTemporaryDir emptyDir;
    if (!qEnvironmentVariableIsSet("WRISTDOC_BLUEZ_MOCK")) {
        qputenv("DBUS_SYSTEM_BUS_ADDRESS",
                QByteArray("unix:path=") + QDir(emptyDir.path()).filePath("no-bus").toUtf8());
    }
    QCoreApplication app(argc, argv);
    QtBluetoothNoAdapterTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "QtBluetoothNoAdapterTest.moc"
