#include "EnrolmentStack.h"

#include "AppLogging.h"
#include "DeliveryService.h"
#include "DeviceCredentialStore.h"
#include "FileKeyStore.h"
#include "OutboxWorker.h"
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
#include "QtKeychainKeyStore.h"
#endif

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
    if (!FieldCipher::initialize()) {
        qCWarning(lcApp) << "libsodium did not start: enrolments cannot be stored";
        return;
    }
    KeyLoadResult result;
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    if (settings.keys == KeyChoice::Automatic) {
        QtKeychainKeyStore keychain;
        result = keychain.loadOrCreate();
        m_keyStoreName = keychain.name();
        // No secret service on this machine: the key file is the place instead. Any other
        // keychain problem is not papered over with a second key.
        if (result.error != KeyStoreError::Unavailable) {
            if (!result.ok())
                qCWarning(lcApp) << "data key from the keychain:"
                                 << keyStoreErrorCode(result.error);
            m_cipher = FieldCipher(result.key);
            FieldCipher::wipe(&result.key);
            return;
        }
        qCInfo(lcApp) << "no keychain here; the data key lives in an owner-only file";
    }
#endif
    FileKeyStore file(settings.keyFilePath.isEmpty()
                          ? FileKeyStore::defaultPathFor(settings.databasePath)
                          : settings.keyFilePath);
    m_keyStoreName = file.name();
    result = file.loadOrCreate();
    if (!result.ok())
        qCWarning(lcApp) << "data key from the key file:" << keyStoreErrorCode(result.error);
    m_cipher = FieldCipher(result.key);
    FieldCipher::wipe(&result.key);
}

} // namespace wristdoc
