#include "FileKeyStore.h"

#include "FieldCipher.h"
#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include "PosixFd.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wristdoc {

#if defined(Q_OS_UNIX)
using posix::errnoText;
using posix::Fd;
using posix::writeAll;

namespace {

void syncFolder(const QByteArray &folder) {
    Fd dir;
    dir.fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir.fd >= 0)
        ::fsync(dir.fd);
}

// For file systems without hard links: O_EXCL still guarantees one creator; a crash while
// writing leaves a short file, which load() reports as Corrupt rather than using it.
KeyLoadResult createWithoutLink(const QByteArray &finalPath) {
    QByteArray key = FieldCipher::generateKey();
    Fd file;
    file.fd = ::open(finalPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                     S_IRUSR | S_IWUSR);
    if (file.fd < 0) {
        const int error = errno;
        FieldCipher::wipe(&key);
        if (error == EEXIST)
            return KeyLoadResult::failed(KeyStoreError::NotFound, QStringLiteral("created by another process"));
        return KeyLoadResult::failed(KeyStoreError::IoError,
                       QStringLiteral("cannot create the key file: %1").arg(errnoText(error)));
    }
    if (::fchmod(file.fd, S_IRUSR | S_IWUSR) != 0 ||
        !writeAll(file.fd, key.constData(), size_t(key.size())) || ::fsync(file.fd) != 0) {
        const int error = errno;
        ::unlink(finalPath.constData());
        FieldCipher::wipe(&key);
        return KeyLoadResult::failed(KeyStoreError::IoError,
                       QStringLiteral("cannot write the key file: %1").arg(errnoText(error)));
    }
    KeyLoadResult result;
    result.key = key;
    result.created = true;
    return result;
}

} // namespace
#endif

FileKeyStore::FileKeyStore(QString path)
    : m_path(std::move(path)) {}

QString FileKeyStore::defaultPathFor(const QString &databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("wristdoc.key"));
}

#if defined(Q_OS_UNIX)
KeyLoadResult FileKeyStore::load() {
    if (m_path.isEmpty())
        return KeyLoadResult::failed(KeyStoreError::Unavailable, QStringLiteral("no key file path"));
    const QByteArray path = QFile::encodeName(m_path);
    Fd file;
    // O_NOFOLLOW: a symlink planted in place of the key file is refused, not followed.
    file.fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (file.fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return KeyLoadResult::failed(KeyStoreError::NotFound, QStringLiteral("no key file"));
        if (error == ELOOP)
            return KeyLoadResult::failed(KeyStoreError::Insecure, QStringLiteral("the key file is a symlink"));
        return KeyLoadResult::failed(KeyStoreError::IoError,
                       QStringLiteral("cannot open the key file: %1").arg(errnoText(error)));
    }
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return KeyLoadResult::failed(KeyStoreError::IoError,
                       QStringLiteral("cannot inspect the key file: %1").arg(errnoText(errno)));
    if (!S_ISREG(info.st_mode))
        return KeyLoadResult::failed(KeyStoreError::Insecure, QStringLiteral("the key file is not a file"));
    if (info.st_uid != ::geteuid())
        return KeyLoadResult::failed(KeyStoreError::Insecure,
                       QStringLiteral("the key file belongs to another user"));
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        return KeyLoadResult::failed(KeyStoreError::Insecure,
                       QStringLiteral("the key file is open to others (mode %1); expected 0600")
                           .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
    if (info.st_size != FieldCipher::kKeyBytes)
        return KeyLoadResult::failed(KeyStoreError::Corrupt, QStringLiteral("the key file holds %1 bytes, not %2")
                                                   .arg(qint64(info.st_size))
                                                   .arg(FieldCipher::kKeyBytes));
    KeyLoadResult result;
    result.key = QByteArray(FieldCipher::kKeyBytes, '\0');
    qint64 done = 0;
    while (done < FieldCipher::kKeyBytes) {
        const ssize_t n =
            ::read(file.fd, result.key.data() + done, size_t(FieldCipher::kKeyBytes - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            FieldCipher::wipe(&result.key);
            return KeyLoadResult::failed(KeyStoreError::IoError, QStringLiteral("cannot read the key file"));
        }
        done += n;
    }
    return result;
}

#endif

KeyLoadResult FileKeyStore::loadOrCreate() {
    KeyLoadResult loaded = load();
    if (loaded.error != KeyStoreError::NotFound)
        return loaded;
    return create();
}

#if defined(Q_OS_UNIX)
KeyLoadResult FileKeyStore::create() {
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return KeyLoadResult::failed(KeyStoreError::IoError,
                           QStringLiteral("cannot create the key file's folder"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    QByteArray key = FieldCipher::generateKey();
    if (key.size() != FieldCipher::kKeyBytes)
        return KeyLoadResult::failed(KeyStoreError::IoError, QStringLiteral("no random source for a new key"));

    const QByteArray finalPath = QFile::encodeName(info.absoluteFilePath());
    QByteArray tempPath = finalPath + ".XXXXXX";
    Fd temp;
    // mkstemp opens with O_CREAT | O_EXCL and mode 0600 (the umask can only take bits away);
    // fchmod below makes it exactly 0600.
    temp.fd = ::mkstemp(tempPath.data());
    if (temp.fd < 0) {
        FieldCipher::wipe(&key);
        return KeyLoadResult::failed(KeyStoreError::IoError,
                       QStringLiteral("cannot create the key file: %1").arg(errnoText(errno)));
    }
    const auto discard = [&](KeyStoreError error, const QString &detail) {
        ::unlink(tempPath.constData());
        FieldCipher::wipe(&key);
        return KeyLoadResult::failed(error, detail);
    };
    if (::fchmod(temp.fd, S_IRUSR | S_IWUSR) != 0 ||
        !writeAll(temp.fd, key.constData(), size_t(key.size())) || ::fsync(temp.fd) != 0)
        return discard(KeyStoreError::IoError,
                       QStringLiteral("cannot write the key file: %1").arg(errnoText(errno)));
    ::close(temp.fd);
    temp.fd = -1;

    // link() never replaces: if another process put its key in place first, use that one.
    if (::link(tempPath.constData(), finalPath.constData()) != 0) {
        const int error = errno;
        ::unlink(tempPath.constData());
        FieldCipher::wipe(&key);
        if (error == EEXIST)
            return load();
        if (error == EPERM || error == EOPNOTSUPP) {
            KeyLoadResult direct = createWithoutLink(finalPath);
            return direct.error == KeyStoreError::NotFound ? load() : direct;
        }
        return KeyLoadResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot put the key file in place: %1").arg(errnoText(error)));
    }
    ::unlink(tempPath.constData());
    syncFolder(QFile::encodeName(folder));
    qCInfo(lcStorage) << "created a new data key file";

    KeyLoadResult result;
    result.key = key;
    result.created = true;
    return result;
}

#else

// Elsewhere (Windows): Qt's file API. The key file lives in the user's profile, which the
// system's access lists keep to its owner; there is no owner or mode to check here, and no
// hard link to publish the file with, so it is created in place with NewOnly (one creator wins;
// a crash while writing leaves a short file, which load() reports as Corrupt).
KeyLoadResult FileKeyStore::load() {
    if (m_path.isEmpty())
        return KeyLoadResult::failed(KeyStoreError::Unavailable,
                                     QStringLiteral("no key file path"));
    const QFileInfo info(m_path);
    if (info.isSymLink())
        return KeyLoadResult::failed(KeyStoreError::Insecure,
                                     QStringLiteral("the key file is a symlink"));
    if (!info.exists())
        return KeyLoadResult::failed(KeyStoreError::NotFound, QStringLiteral("no key file"));
    if (!info.isFile())
        return KeyLoadResult::failed(KeyStoreError::Insecure,
                                     QStringLiteral("the key file is not a file"));
    if (info.size() != FieldCipher::kKeyBytes)
        return KeyLoadResult::failed(KeyStoreError::Corrupt,
                                     QStringLiteral("the key file holds %1 bytes, not %2")
                                         .arg(info.size())
                                         .arg(FieldCipher::kKeyBytes));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return KeyLoadResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot open the key file: %1").arg(file.errorString()));
    KeyLoadResult result;
    result.key = QByteArray(FieldCipher::kKeyBytes, '\0');
    if (file.read(result.key.data(), FieldCipher::kKeyBytes) != FieldCipher::kKeyBytes) {
        FieldCipher::wipe(&result.key);
        return KeyLoadResult::failed(KeyStoreError::IoError,
                                     QStringLiteral("cannot read the key file"));
    }
    return result;
}

KeyLoadResult FileKeyStore::create() {
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return KeyLoadResult::failed(KeyStoreError::IoError,
                                     QStringLiteral("cannot create the key file's folder"));
    QByteArray key = FieldCipher::generateKey();
    if (key.size() != FieldCipher::kKeyBytes)
        return KeyLoadResult::failed(KeyStoreError::IoError,
                                     QStringLiteral("no random source for a new key"));
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        FieldCipher::wipe(&key);
        if (file.exists())
            return load(); // another process put its key in place first
        return KeyLoadResult::failed(
            KeyStoreError::IoError,
            QStringLiteral("cannot create the key file: %1").arg(file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(key) != key.size() || !file.flush()) {
        const QString error = file.errorString();
        file.close();
        file.remove();
        FieldCipher::wipe(&key);
        return KeyLoadResult::failed(KeyStoreError::IoError,
                                     QStringLiteral("cannot write the key file: %1").arg(error));
    }
    file.close();
    qCInfo(lcStorage) << "created a new data key file";
    KeyLoadResult result;
    result.key = key;
    result.created = true;
    return result;
}

#endif

} // namespace wristdoc
