// The QtBluetooth error table and the scan filter: pure functions, no adapter needed.

#include "QtBluetoothErrorMap.h"
#include "QtBluetoothTransport.h"
#include "WatchProfile.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>

#include <gtest/gtest.h>

using namespace wristdoc;
using Error = WatchTransport::Error;
using Map = QtBluetoothErrorMap;

TEST(QtBluetoothErrorMapTest, DiscoveryErrors) {
    using Agent = QBluetoothDeviceDiscoveryAgent;
    EXPECT_EQ(Map::fromDiscoveryError(Agent::PoweredOffError, true), Error::AdapterOff);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::PoweredOffError, false), Error::AdapterOff);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::InvalidBluetoothAdapterError, true), Error::NoAdapter);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::UnsupportedDiscoveryMethod, true), Error::NoAdapter);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::UnsupportedPlatformError, false), Error::NoAdapter);
    // BlueZ without an adapter answers the scan request at once with an I/O error.
    EXPECT_EQ(Map::fromDiscoveryError(Agent::InputOutputError, true), Error::NoAdapter);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::InputOutputError, false), Error::Unknown);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::MissingPermissionsError, true),
              Error::PermissionDenied);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::LocationServiceTurnedOffError, true),
              Error::PermissionDenied);
    EXPECT_EQ(Map::fromDiscoveryError(Agent::UnknownError, false), Error::Unknown);
}

TEST(QtBluetoothErrorMapTest, ControllerErrorsDependOnThePhase) {
    using C = QLowEnergyController;
    using P = Map::LinkPhase;
    EXPECT_EQ(Map::fromControllerError(C::InvalidBluetoothAdapterError, P::Connecting),
              Error::NoAdapter);
    EXPECT_EQ(Map::fromControllerError(C::MissingPermissionsError, P::Connecting),
              Error::PermissionDenied);
    EXPECT_EQ(Map::fromControllerError(C::UnknownRemoteDeviceError, P::Connecting),
              Error::OutOfRange);
    EXPECT_EQ(Map::fromControllerError(C::ConnectionError, P::Connecting), Error::OutOfRange);
    EXPECT_EQ(Map::fromControllerError(C::UnknownError, P::Connecting), Error::OutOfRange);
    EXPECT_EQ(Map::fromControllerError(C::AuthorizationError, P::Connecting),
              Error::ConnectionFailed);
    EXPECT_EQ(Map::fromControllerError(C::UnknownError, P::Discovering), Error::ConnectionFailed);
    EXPECT_EQ(Map::fromControllerError(C::RemoteHostClosedError, P::Discovering),
              Error::ConnectionFailed);
    EXPECT_EQ(Map::fromControllerError(C::RemoteHostClosedError, P::Connected),
              Error::ConnectionLost);
    EXPECT_EQ(Map::fromControllerError(C::NetworkError, P::Connected), Error::ConnectionLost);
}

TEST(QtBluetoothErrorMapTest, ServiceErrorsNameTheFailedRequest) {
    using S = QLowEnergyService;
    using O = Map::Operation;
    EXPECT_EQ(Map::fromServiceError(S::CharacteristicReadError, O::Read), Error::ReadFailed);
    EXPECT_EQ(Map::fromServiceError(S::CharacteristicWriteError, O::Write), Error::WriteFailed);
    EXPECT_EQ(Map::fromServiceError(S::DescriptorWriteError, O::Subscribe), Error::SubscribeFailed);
    // Refused before reaching the watch: the failure of whatever was asked.
    EXPECT_EQ(Map::fromServiceError(S::OperationError, O::Read), Error::ReadFailed);
    EXPECT_EQ(Map::fromServiceError(S::OperationError, O::Write), Error::WriteFailed);
    EXPECT_EQ(Map::fromServiceError(S::OperationError, O::Subscribe), Error::SubscribeFailed);
    EXPECT_EQ(Map::fromServiceError(S::UnknownError, O::Write), Error::WriteFailed);
}

TEST(QtBluetoothErrorMapTest, ScanFilterAcceptsWatchesOnly) {
    const QUuid history = WatchProfile::historyService();
    const QUuid heartRate = WatchProfile::fromShort(WatchProfile::kHeartRateService);
    const QUuid battery = WatchProfile::fromShort(WatchProfile::kBatteryService);
    const QUuid deviceInformation =
        WatchProfile::fromShort(WatchProfile::kDeviceInformationService);
    const QUuid weightScale = WatchProfile::fromShort(0x181D);

    EXPECT_TRUE(QtBluetoothTransport::isWatchAdvertisement(QString(), {history}));
    EXPECT_TRUE(QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("HR belt"), {heartRate}));
    EXPECT_TRUE(QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("WristDoc W2"), {}));
    EXPECT_TRUE(QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("wristdoc"), {}));
    // Earbuds and mice advertise Battery and Device Information too.
    EXPECT_FALSE(QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("Earbuds"),
                                                            {battery, deviceInformation}));
    EXPECT_FALSE(
        QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("Kitchen Scale"), {weightScale}));
    EXPECT_FALSE(QtBluetoothTransport::isWatchAdvertisement(QStringLiteral("My WristDoc"), {}));
    EXPECT_FALSE(QtBluetoothTransport::isWatchAdvertisement(QString(), {}));
}

TEST(QtBluetoothErrorMapTest, UuidsConvertBothWays) {
    const QUuid history = WatchProfile::historyService();
    const QBluetoothUuid bluetooth = QtBluetoothTransport::toBluetoothUuid(history);
    EXPECT_EQ(bluetooth.toString(QUuid::WithoutBraces),
              QStringLiteral("41576a18-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(QtBluetoothTransport::toUuid(bluetooth), history);

    const QBluetoothUuid heartRate(QBluetoothUuid::CharacteristicType::HeartRateMeasurement);
    EXPECT_EQ(QtBluetoothTransport::toUuid(heartRate),
              WatchProfile::fromShort(WatchProfile::kHeartRateMeasurement));
    bool ok = false;
    EXPECT_EQ(QtBluetoothTransport::toBluetoothUuid(
                  WatchProfile::fromShort(WatchProfile::kHeartRateMeasurement))
                  .toUInt16(&ok),
              0x2A37);
    EXPECT_TRUE(ok);
}

TEST(QtBluetoothErrorMapTest, IdentifierIsTheAddressOrThePlatformUuid) {
    const QBluetoothDeviceInfo byAddress(QBluetoothAddress(QStringLiteral("C0:FF:EE:00:A7:F3")),
                                         QStringLiteral("WristDoc W1"), 0);
    EXPECT_EQ(QtBluetoothTransport::identifierOf(byAddress), QStringLiteral("C0:FF:EE:00:A7:F3"));
    const QBluetoothUuid deviceUuid(QStringLiteral("{6f1c8a3e-2b7d-4c59-9e0a-1d2f3b4c5d6e}"));
    const QBluetoothDeviceInfo byUuid(deviceUuid, QStringLiteral("WristDoc W1"), 0);
    EXPECT_EQ(QtBluetoothTransport::identifierOf(byUuid),
              QStringLiteral("6f1c8a3e-2b7d-4c59-9e0a-1d2f3b4c5d6e"));
}
