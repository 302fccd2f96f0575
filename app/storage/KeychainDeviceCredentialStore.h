#pragma once

#include "DeviceCredentialStore.h"

namespace wristdoc {

// The device credentials in the OS keychain through QtKeychain (built only where it is found).
// Waits at most timeoutMs per call and reports Unavailable when no keychain answers, so
// DeviceCredentialStore::open() can choose the file instead. Needs a QCoreApplication.
class KeychainDeviceCredentialStore final : public DeviceCredentialStore {
public:
    explicit KeychainDeviceCredentialStore(QString service = QStringLiteral("WristDoc"),
                                           QString entry = QStringLiteral("device-token"),
                                           int timeoutMs = 5000);
    DeviceCredentialsResult load() override;
    KeyStoreError save(const DeviceCredentials &credentials, QString *detail) override;
    QString name() const override { return QStringLiteral("keychain"); }

private:
    QString m_service;
    QString m_entry;
    int m_timeoutMs;
};

} // namespace wristdoc
