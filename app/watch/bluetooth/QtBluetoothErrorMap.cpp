#include "QtBluetoothErrorMap.h"

namespace wristdoc {

using Error = WatchTransport::Error;

Error QtBluetoothErrorMap::fromDiscoveryError(QBluetoothDeviceDiscoveryAgent::Error error,
                                              bool atStart) {
    switch (error) {
    case QBluetoothDeviceDiscoveryAgent::PoweredOffError:
        return Error::AdapterOff;
    case QBluetoothDeviceDiscoveryAgent::InvalidBluetoothAdapterError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedPlatformError:
    case QBluetoothDeviceDiscoveryAgent::UnsupportedDiscoveryMethod: // an adapter without LE
        return Error::NoAdapter;
    case QBluetoothDeviceDiscoveryAgent::InputOutputError:
        // BlueZ answers a scan request with an I/O error when it has no adapter to scan with.
        return atStart ? Error::NoAdapter : Error::Unknown;
    case QBluetoothDeviceDiscoveryAgent::MissingPermissionsError:
    case QBluetoothDeviceDiscoveryAgent::LocationServiceTurnedOffError: // scanning needs it there
        return Error::PermissionDenied;
    case QBluetoothDeviceDiscoveryAgent::NoError:
    case QBluetoothDeviceDiscoveryAgent::UnknownError:
        break;
    }
    return Error::Unknown;
}

Error QtBluetoothErrorMap::fromControllerError(QLowEnergyController::Error error, LinkPhase phase) {
    switch (error) {
    case QLowEnergyController::InvalidBluetoothAdapterError:
        return Error::NoAdapter;
    case QLowEnergyController::MissingPermissionsError:
        return Error::PermissionDenied;
    case QLowEnergyController::AuthorizationError: // the watch refused us: setup failed
        return phase == LinkPhase::Connected ? Error::ConnectionLost : Error::ConnectionFailed;
    case QLowEnergyController::UnknownRemoteDeviceError:
    case QLowEnergyController::ConnectionError:
    case QLowEnergyController::NetworkError:
    case QLowEnergyController::RemoteHostClosedError:
    case QLowEnergyController::UnknownError:
    case QLowEnergyController::AdvertisingError:
    case QLowEnergyController::NoError:
        break;
    }
    switch (phase) {
    case LinkPhase::Connecting:
        return Error::OutOfRange; // the watch did not answer (or BlueZ does not know it)
    case LinkPhase::Discovering:
        return Error::ConnectionFailed;
    case LinkPhase::Connected:
        break;
    }
    return Error::ConnectionLost;
}

Error QtBluetoothErrorMap::fromServiceError(QLowEnergyService::ServiceError error,
                                            Operation operation) {
    switch (error) {
    case QLowEnergyService::CharacteristicReadError:
    case QLowEnergyService::DescriptorReadError:
        return Error::ReadFailed;
    case QLowEnergyService::CharacteristicWriteError:
        return Error::WriteFailed;
    case QLowEnergyService::DescriptorWriteError: // the only descriptor written is 0x2902
        return Error::SubscribeFailed;
    case QLowEnergyService::OperationError: // refused before it reached the watch
    case QLowEnergyService::UnknownError:
    case QLowEnergyService::NoError:
        break;
    }
    return failureOf(operation);
}

Error QtBluetoothErrorMap::failureOf(Operation operation) {
    switch (operation) {
    case Operation::Read:
        return Error::ReadFailed;
    case Operation::Write:
        return Error::WriteFailed;
    case Operation::Subscribe:
        break;
    }
    return Error::SubscribeFailed;
}

} // namespace wristdoc
