#pragma once

#include "KeyStore.h"

namespace wristdoc {

// The data key in the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Store
// on Windows) through QtKeychain. Built only when QtKeychain is found. Each call waits for the
// keychain at most timeoutMs and reports Unavailable when there is no secret service, no session
// bus, or no answer in time, so the composition root can fall back to a FileKeyStore instead of
// hanging at start. Needs a QCoreApplication (it runs a local event loop).
class QtKeychainKeyStore final : public KeyStore {
public:
    explicit QtKeychainKeyStore(QString service = QStringLiteral("WristDoc"),
                                QString entry = QStringLiteral("data-key"), int timeoutMs = 5000);

    KeyLoadResult loadOrCreate() override;
    KeyLoadResult load() override;
    QString name() const override { return QStringLiteral("keychain"); }

private:
    KeyLoadResult read();
    KeyLoadResult write(const QByteArray &key);

    QString m_service;
    QString m_entry;
    int m_timeoutMs;
};

} // namespace wristdoc
