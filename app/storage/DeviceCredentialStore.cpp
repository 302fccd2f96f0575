#include "DeviceCredentialStore.h"

#include "StorageLog.h"
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
#include "KeychainDeviceCredentialStore.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#if defined(Q_OS_UNIX)
#include "PosixFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace wristdoc {

#if defined(Q_OS_UNIX)
using posix::errnoText;
using posix::Fd;
using posix::writeAll;
#endif

namespace {

constexpr qint64 kMaximumFileBytes = 4096;

// Overwrites the bytes before they are freed: the buffer held the token.
void wipe(QByteArray *bytes) {
    if (!bytes->isEmpty()) {
        volatile char *p = bytes->data();
        for (qsizetype i = 0; i < bytes->size(); ++i)
            p[i] = 0;
    }
    bytes->clear();
}

// The token file's contents read back as credentials; the buffer is wiped either way.
DeviceCredentialsResult parseAndWipe(QByteArray *bytes) {
    DeviceCredentialsResult result;
    const bool parsed = DeviceCredentials::fromJson(*bytes, &result.credentials);
    wipe(bytes);
    if (!parsed)
        return DeviceCredentialsResult::failed(
            KeyStoreError::Corrupt, QStringLiteral("the token file holds no device credentials"));
    return result;
}

} // namespace

QByteArray DeviceCredentials::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                     {QStringLiteral("token"), QString::fromLatin1(token)}})
        .toJson(QJsonDocument::Compact);
}

bool DeviceCredentials::fromJson(const QByteArray &json, DeviceCredentials *out) {
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    DeviceCredentials read;
    read.deviceId = object.value(QStringLiteral("deviceId")).toString();
    read.token = object.value(QStringLiteral("token")).toString().toLatin1();
    if (!read.isValid())
        return false;
    *out = read;
    return true;
}

QString DeviceCredentialStore::defaultFilePathFor(const QString &databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("wristdoc-device.json"));
}

std::unique_ptr<DeviceCredentialStore> DeviceCredentialStore::open(const QString &filePath,
                                                                   bool preferKeychain) {
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    if (preferKeychain) {
        auto keychain = std::make_unique<KeychainDeviceCredentialStore>();
        if (keychain->load().error != KeyStoreError::Unavailable)
            return keychain;
        qCInfo(lcStorage) << "no keychain here; the device token lives in an owner-only file";
    }
#else
    Q_UNUSED(preferKeychain);
#endif
    return std::make_unique<FileDeviceCredentialStore>(filePath);
}

FileDeviceCredentialStore::FileDeviceCredentialStore(QString path)
    : m_path(std::move(path)) {}

#if defined(Q_OS_UNIX)
DeviceCredentialsResult FileDeviceCredentialStore::load() {
    const QByteArray path = QFile::encodeName(m_path);
    Fd file;
    file.fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return DeviceCredentialsResult::failed(KeyStoreError::NotFound,
                                                   QStringLiteral("no token file"));
        if (error == ELOOP)
            return DeviceCredentialsResult::failed(KeyStoreError::Insecure,
                                                   QStringLiteral("the token file is a symlink"));
        return DeviceCredentialsResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot open the token file: %1").arg(errnoText(error)));
    }
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return DeviceCredentialsResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot inspect the token file: %1").arg(errnoText(errno)));
    if (!S_ISREG(info.st_mode))
        return DeviceCredentialsResult::failed(KeyStoreError::Insecure,
                                               QStringLiteral("the token file is not a file"));
    if (info.st_uid != ::geteuid())
        return DeviceCredentialsResult::failed(
            KeyStoreError::Insecure, QStringLiteral("the token file belongs to another user"));
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        return DeviceCredentialsResult::failed(
            KeyStoreError::Insecure,
            QStringLiteral("the token file is open to others (mode %1); expected 0600")
                .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
    if (info.st_size <= 0 || info.st_size > kMaximumFileBytes)
        return DeviceCredentialsResult::failed(KeyStoreError::Corrupt,
                                               QStringLiteral("the token file has a wrong size"));
    QByteArray bytes(qsizetype(info.st_size), '\0');
    qint64 done = 0;
    while (done < info.st_size) {
        const ssize_t n = ::read(file.fd, bytes.data() + done, size_t(info.st_size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            wipe(&bytes);
            return DeviceCredentialsResult::failed(KeyStoreError::IoError,
                                                   QStringLiteral("cannot read the token file"));
        }
        done += n;
    }
    return parseAndWipe(&bytes);
}

KeyStoreError FileDeviceCredentialStore::save(const DeviceCredentials &credentials,
                                              QString *detail) {
    if (!credentials.isValid()) {
        *detail = QStringLiteral("no credentials to store");
        return KeyStoreError::Corrupt;
    }
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)) {
            *detail = QStringLiteral("cannot create the token file's folder");
            return KeyStoreError::IoError;
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    const QByteArray finalPath = QFile::encodeName(info.absoluteFilePath());
    QByteArray tempPath = finalPath + ".XXXXXX";
    Fd temp;
    // mkstemp: O_CREAT | O_EXCL, mode 0600; fchmod makes it exactly that whatever the umask.
    temp.fd = ::mkstemp(tempPath.data());
    if (temp.fd < 0) {
        *detail = QStringLiteral("cannot create the token file: %1").arg(errnoText(errno));
        return KeyStoreError::IoError;
    }
    QByteArray bytes = credentials.toJson();
    const bool written = ::fchmod(temp.fd, S_IRUSR | S_IWUSR) == 0 &&
                         writeAll(temp.fd, bytes.constData(), size_t(bytes.size())) &&
                         ::fsync(temp.fd) == 0;
    const int writeError = errno;
    wipe(&bytes);
    ::close(temp.fd);
    temp.fd = -1;
    if (!written) {
        ::unlink(tempPath.constData());
        *detail = QStringLiteral("cannot write the token file: %1").arg(errnoText(writeError));
        return KeyStoreError::IoError;
    }
    // rename() replaces a regular file or a symlink itself, never a symlink's target.
    if (::rename(tempPath.constData(), finalPath.constData()) != 0) {
        const int error = errno;
        ::unlink(tempPath.constData());
        *detail = QStringLiteral("cannot put the token file in place: %1").arg(errnoText(error));
        return KeyStoreError::IoError;
    }
    Fd dir;
    dir.fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir.fd >= 0)
        ::fsync(dir.fd);
    return KeyStoreError::None;
}

#else

// Elsewhere (Windows): Qt's file API. The file lives in the user's profile, which the system's
// access lists keep to its owner; there is no owner or mode to check here.
DeviceCredentialsResult FileDeviceCredentialStore::load() {
    const QFileInfo info(m_path);
    if (info.isSymLink())
        return DeviceCredentialsResult::failed(KeyStoreError::Insecure,
                                               QStringLiteral("the token file is a symlink"));
    if (!info.exists())
        return DeviceCredentialsResult::failed(KeyStoreError::NotFound,
                                               QStringLiteral("no token file"));
    if (!info.isFile())
        return DeviceCredentialsResult::failed(KeyStoreError::Insecure,
                                               QStringLiteral("the token file is not a file"));
    if (info.size() <= 0 || info.size() > kMaximumFileBytes)
        return DeviceCredentialsResult::failed(KeyStoreError::Corrupt,
                                               QStringLiteral("the token file has a wrong size"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return DeviceCredentialsResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot open the token file: %1").arg(file.errorString()));
    QByteArray bytes = file.read(kMaximumFileBytes);
    return parseAndWipe(&bytes);
}

KeyStoreError FileDeviceCredentialStore::save(const DeviceCredentials &credentials,
                                              QString *detail) {
    if (!credentials.isValid()) {
        *detail = QStringLiteral("no credentials to store");
        return KeyStoreError::Corrupt;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *detail = QStringLiteral("cannot create the token file's folder");
        return KeyStoreError::IoError;
    }
    // QSaveFile writes a temporary file and renames it over the old one on commit().
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *detail = QStringLiteral("cannot create the token file: %1").arg(file.errorString());
        return KeyStoreError::IoError;
    }
    QByteArray bytes = credentials.toJson();
    const bool written = file.write(bytes) == bytes.size();
    wipe(&bytes);
    if (!written || !file.commit()) {
        *detail = QStringLiteral("cannot write the token file: %1").arg(file.errorString());
        return KeyStoreError::IoError;
    }
    QFile::setPermissions(info.absoluteFilePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return KeyStoreError::None;
}

#endif

} // namespace wristdoc
