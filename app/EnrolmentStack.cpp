#include "EnrolmentStack.h"

#include "AppLogging.h"
#include "DataKeyLoader.h"
#include "DeliveryService.h"
#include "DeviceCredentialStore.h"
#include "OutboxWorker.h"

namespace wristdoc {

EnrolmentStack::EnrolmentStack(Database &database, const Clock &clock, const Settings &settings) {
    loadKey(settings);
    m_outbox =
        std::make_unique<EnrolmentOutbox>(database, m_cipher, clock, m_random, settings.limits);
    if (settings.serverUrl.isValid() && !settings.serverUrl.isEmpty()) {
        m_network = std::make_unique<QNetworkAccessManager>();
        DeliveryService::Settings delivery;
        delivery.serverUrl = settings.serverUrl;
        delivery.pins = settings.serverPins;
        // A kiosk registered by staff (DeviceRegistration) identifies itself with its token.
        const std::unique_ptr<DeviceCredentialStore> device = DeviceCredentialStore::open(
            DeviceCredentialStore::defaultFilePathFor(settings.databasePath),
            settings.keys == KeyChoice::Automatic);
        DeviceCredentialsResult credentials = device->load();
        if (credentials.ok())
            delivery.deviceToken = credentials.credentials.token;
        else if (credentials.error != KeyStoreError::NotFound)
            qCWarning(lcApp).noquote() << "device token not loaded:" << credentials.detail;
        credentials.credentials.token.fill('\0');
        m_delivery = std::make_unique<DeliveryService>(m_outbox->outbox(), *m_network, clock,
                                                       m_random, m_scheduler, delivery);
        m_delivery->worker().start();
    }
}

EnrolmentStack::~EnrolmentStack() {
    // The worker refers to the outbox and the network; it goes first.
    m_delivery.reset();
    m_network.reset();
    m_outbox.reset();
}

OutboxWorker *EnrolmentStack::worker() {
    return m_delivery ? &m_delivery->worker() : nullptr;
}

void EnrolmentStack::loadKey(const Settings &settings) {
    m_cipher = DataKeyLoader::load(settings.databasePath, settings.keys == KeyChoice::Automatic,
                                   settings.keyFilePath, &m_keyStoreName);
}

} // namespace wristdoc
