#include "KeychainDeviceCredentialStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace wristdoc {

namespace {

// Secret Service lives on the session bus; without one the keychain is not even asked, so
// nothing tries to autolaunch a bus or waits for one.
bool sessionBusLikely() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
#else
    return true;
#endif
}

// Runs a job to its end or the timeout; a job outliving the wait deletes itself later.
bool runJob(QKeychain::Job *job, int timeoutMs) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
    }
    return finished;
}

KeyStoreError errorFor(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return KeyStoreError::None;
    case QKeychain::EntryNotFound:
        return KeyStoreError::NotFound;
    default:
        return KeyStoreError::Unavailable;
    }
}

} // namespace

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
