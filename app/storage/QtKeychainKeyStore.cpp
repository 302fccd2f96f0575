#include "QtKeychainKeyStore.h"

#include "FieldCipher.h"
#include "KeychainJob.h"
#include "StorageLog.h"

namespace wristdoc {

using keychain::errorFor;
using keychain::runJob;
using keychain::sessionBusLikely;

QtKeychainKeyStore::QtKeychainKeyStore(QString service, QString entry, int timeoutMs)
    : m_service(std::move(service))
    , m_entry(std::move(entry))
    , m_timeoutMs(timeoutMs) {}

KeyLoadResult QtKeychainKeyStore::load() {
    if (!sessionBusLikely())
        return KeyLoadResult::failed(KeyStoreError::Unavailable, QStringLiteral("no session bus for a keychain"));
    return read();
}

KeyLoadResult QtKeychainKeyStore::loadOrCreate() {
    KeyLoadResult loaded = load();
    if (loaded.error != KeyStoreError::NotFound)
        return loaded;
    QByteArray key = FieldCipher::generateKey();
    if (key.size() != FieldCipher::kKeyBytes)
        return KeyLoadResult::failed(KeyStoreError::IoError, QStringLiteral("no random source for a new key"));
    KeyLoadResult written = write(key);
    FieldCipher::wipe(&key);
    if (!written.ok())
        return written;
    // Read back what the keychain holds: a second process may have stored its key first.
    KeyLoadResult stored = read();
    if (stored.ok()) {
        stored.created = true;
        qCInfo(lcStorage) << "created a new data key in the keychain";
    }
    return stored;
}

KeyLoadResult QtKeychainKeyStore::read() {
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_entry);
    job->setInsecureFallback(false);
    if (!runJob(job, m_timeoutMs))
        return KeyLoadResult::failed(KeyStoreError::Unavailable, QStringLiteral("the keychain did not answer"));
    const QKeychain::Error error = job->error();
    const QString message = job->errorString();
    KeyLoadResult result;
    if (error == QKeychain::NoError)
        result.key = job->binaryData();
    delete job;
    if (error != QKeychain::NoError)
        return KeyLoadResult::failed(errorFor(error), QStringLiteral("keychain: %1").arg(message));
    if (result.key.size() != FieldCipher::kKeyBytes) {
        FieldCipher::wipe(&result.key);
        return KeyLoadResult::failed(
            KeyStoreError::Corrupt,
            QStringLiteral("the keychain entry is not a %1-byte key").arg(FieldCipher::kKeyBytes));
    }
    return result;
}

KeyLoadResult QtKeychainKeyStore::write(const QByteArray &key) {
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_entry);
    job->setInsecureFallback(false);
    job->setBinaryData(key);
    if (!runJob(job, m_timeoutMs))
        return KeyLoadResult::failed(KeyStoreError::Unavailable, QStringLiteral("the keychain did not answer"));
    const QKeychain::Error error = job->error();
    const QString message = job->errorString();
    delete job;
    if (error != QKeychain::NoError)
        return KeyLoadResult::failed(errorFor(error) == KeyStoreError::NotFound ? KeyStoreError::IoError
                                                                  : errorFor(error),
                       QStringLiteral("keychain: %1").arg(message));
    return {};
}

} // namespace wristdoc
