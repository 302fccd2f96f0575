#include "KeychainDeviceCredentialStore.h"

#include "KeychainJob.h"

namespace wristdoc {

using keychain::errorFor;
using keychain::runJob;
using keychain::sessionBusLikely;

KeychainDeviceCredentialStore::KeychainDeviceCredentialStore(QString service, QString entry,
                                                             int timeoutMs)
    : m_service(std::move(service))
    , m_entry(std::move(entry))
    , m_timeoutMs(timeoutMs) {}

DeviceCredentialsResult KeychainDeviceCredentialStore::load() {
    if (!sessionBusLikely())
        return DeviceCredentialsResult::failed(KeyStoreError::Unavailable,
                                               QStringLiteral("no session bus for a keychain"));
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_entry);
    job->setInsecureFallback(false);
    if (!runJob(job, m_timeoutMs))
        return DeviceCredentialsResult::failed(KeyStoreError::Unavailable,
                                               QStringLiteral("the keychain did not answer"));
    const QKeychain::Error error = job->error();
    const QString message = job->errorString();
    QByteArray bytes = error == QKeychain::NoError ? job->binaryData() : QByteArray();
    delete job;
    if (error != QKeychain::NoError)
        return DeviceCredentialsResult::failed(errorFor(error),
                                               QStringLiteral("keychain: %1").arg(message));
    DeviceCredentialsResult result;
    const bool parsed = DeviceCredentials::fromJson(bytes, &result.credentials);
    bytes.fill('\0');
    if (!parsed)
        return DeviceCredentialsResult::failed(
            KeyStoreError::Corrupt, QStringLiteral("the keychain entry holds no credentials"));
    return result;
}

KeyStoreError KeychainDeviceCredentialStore::save(const DeviceCredentials &credentials,
                                                  QString *detail) {
    if (!credentials.isValid()) {
        *detail = QStringLiteral("no credentials to store");
        return KeyStoreError::Corrupt;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_entry);
    job->setInsecureFallback(false);
    QByteArray bytes = credentials.toJson();
    job->setBinaryData(bytes);
    bytes.fill('\0');
    if (!runJob(job, m_timeoutMs)) {
        *detail = QStringLiteral("the keychain did not answer");
        return KeyStoreError::Unavailable;
    }
    const QKeychain::Error error = job->error();
    const QString message = job->errorString();
    delete job;
    if (error != QKeychain::NoError) {
        *detail = QStringLiteral("keychain: %1").arg(message);
        return error == QKeychain::EntryNotFound ? KeyStoreError::IoError : errorFor(error);
    }
    return KeyStoreError::None;
}

} // namespace wristdoc
