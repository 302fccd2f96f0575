#include "ParticipantCredentialStore.h"

#include "DeviceCredentialStore.h"
#include "StorageLog.h"
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
#include "KeychainDeviceCredentialStore.h"
#include "KeychainJob.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace wristdoc {

namespace {

const QString kKeychainService = QStringLiteral("WristDoc");

QString keychainEntry(const QString &profileId) {
    return QStringLiteral("participant-token-") + profileId;
}

} // namespace

ParticipantCredentialStore::ParticipantCredentialStore(Backend backend, QString folder)
    : m_backend(backend)
    , m_folder(std::move(folder)) {}

ParticipantCredentialStore::~ParticipantCredentialStore() = default;

QString ParticipantCredentialStore::defaultFolderFor(const QString &databasePath) {
    return QFileInfo(databasePath).absolutePath();
}

std::unique_ptr<ParticipantCredentialStore> ParticipantCredentialStore::open(const QString &folder,
                                                                             bool preferKeychain) {
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    if (preferKeychain) {
        // A read of an entry that may not exist tells whether a keychain answers at all.
        KeychainDeviceCredentialStore probe(kKeychainService, keychainEntry(QStringLiteral("0")));
        if (probe.load().error != KeyStoreError::Unavailable)
            return std::unique_ptr<ParticipantCredentialStore>(
                new ParticipantCredentialStore(Backend::Keychain, folder));
        qCInfo(lcStorage) << "no keychain here; participant tokens live in owner-only files";
    }
#else
    Q_UNUSED(preferKeychain);
#endif
    return std::unique_ptr<ParticipantCredentialStore>(
        new ParticipantCredentialStore(Backend::File, folder));
}

bool ParticipantCredentialStore::isValidProfileId(const QString &profileId) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(profileId).hasMatch();
}

QString ParticipantCredentialStore::name() const {
    return m_backend == Backend::Keychain ? QStringLiteral("keychain")
                                          : QStringLiteral("token file");
}

QString ParticipantCredentialStore::filePathFor(const QString &profileId) const {
    return QDir(m_folder).filePath(QStringLiteral("wristdoc-participant-%1.json").arg(profileId));
}

std::unique_ptr<DeviceCredentialStore>
ParticipantCredentialStore::entryFor(const QString &profileId) const {
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    if (m_backend == Backend::Keychain)
        return std::make_unique<KeychainDeviceCredentialStore>(kKeychainService,
                                                               keychainEntry(profileId));
#endif
    return std::make_unique<FileDeviceCredentialStore>(filePathFor(profileId));
}

QByteArray ParticipantCredentialStore::token(const QString &profileId) {
    m_lastError.clear();
    if (!isValidProfileId(profileId)) {
        m_lastError = QStringLiteral("not a profile id");
        return {};
    }
    const DeviceCredentialsResult loaded = entryFor(profileId)->load();
    if (!loaded.ok()) {
        if (loaded.error != KeyStoreError::NotFound) {
            m_lastError = loaded.detail;
            qCWarning(lcStorage).noquote()
                << "participant token not readable from the" << name() << ":" << loaded.detail;
        }
        return {};
    }
    // The entry names its profile: a file copied over another profile's is not used.
    if (loaded.credentials.deviceId != profileId) {
        m_lastError = QStringLiteral("the stored token belongs to another profile");
        return {};
    }
    return loaded.credentials.token;
}

bool ParticipantCredentialStore::store(const QString &profileId, const QByteArray &token,
                                       QString *error) {
    if (!isValidProfileId(profileId) || token.isEmpty()) {
        *error = QStringLiteral("nothing to store (profile id or token missing)");
        return false;
    }
    DeviceCredentials credentials;
    credentials.deviceId = profileId;
    credentials.token = token;
    return entryFor(profileId)->save(credentials, error) == KeyStoreError::None;
}

bool ParticipantCredentialStore::remove(const QString &profileId, QString *error) {
    if (!isValidProfileId(profileId)) {
        *error = QStringLiteral("not a profile id");
        return false;
    }
    if (m_backend == Backend::Keychain)
        return removeFromKeychain(profileId, error);
    QFile file(filePathFor(profileId));
    if (!file.exists())
        return true;
    if (!file.remove()) {
        *error = QStringLiteral("cannot remove the token file: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool ParticipantCredentialStore::removeFromKeychain(const QString &profileId, QString *error) {
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    auto *job = new QKeychain::DeletePasswordJob(kKeychainService);
    job->setKey(keychainEntry(profileId));
    job->setInsecureFallback(false);
    if (!keychain::runJob(job, 5000)) {
        *error = QStringLiteral("the keychain did not answer");
        return false;
    }
    const QKeychain::Error failure = job->error();
    const QString message = job->errorString();
    delete job;
    if (failure != QKeychain::NoError && failure != QKeychain::EntryNotFound) {
        *error = QStringLiteral("keychain: %1").arg(message);
        return false;
    }
    return true;
#else
    Q_UNUSED(profileId);
    *error = QStringLiteral("no keychain in this build");
    return false;
#endif
}

} // namespace wristdoc
