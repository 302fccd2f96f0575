#pragma once

#include "WatchTransport.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QLowEnergyController>
#include <QLowEnergyService>

namespace wristdoc {

// How QtBluetooth's errors become WatchTransport::Error. Pure functions of the error and of
// what the transport was doing, so the table can be tested without a Bluetooth adapter.
// What needs the live adapter (is it switched off?) is decided by QtBluetoothTransport.
class QtBluetoothErrorMap {
public:
    // What the link was doing when the controller reported an error.
    enum class LinkPhase {
        Connecting,  // connectToDevice() issued, not yet connected
        Discovering, // connected, services or their details being discovered
        Connected,   // connected() has been reported
    };
    // The request a service error answers.
    enum class Operation {
        Read,
        Write,
        Subscribe,
    };

    // atStart: the error came while the scan was being started (no device reported yet).
    // An I/O error there means BlueZ has no usable adapter; later it is a failure mid-scan.
    static WatchTransport::Error fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::Error error,
                                                    bool atStart);
    static WatchTransport::Error fromControllerError(QLowEnergyController::Error error,
                                                     LinkPhase phase);
    static WatchTransport::Error fromServiceError(QLowEnergyService::ServiceError error,
                                                  Operation operation);
    // The failure of operation when it cannot even be attempted (not readable, no 0x2902, ...).
    static WatchTransport::Error failureOf(Operation operation);
};

} // namespace wristdoc
