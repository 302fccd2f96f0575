#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wristdoc {

namespace {

bool fail(QString *problem, const QString &text) {
    if (problem)
        *problem = text;
    return false;
}

} // namespace

#if defined(Q_OS_UNIX)

bool OwnerOnlyFile::createEmpty(const QString &path, QString *problem) {
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST) {
            struct stat info {};
            if (::lstat(name.constData(), &info) == 0 && S_ISLNK(info.st_mode))
                return fail(problem, QStringLiteral("a symlink stands where the file belongs"));
            return true;
        }
        return fail(problem, QStringLiteral("cannot create the file: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    // The umask can only take bits away; this makes it exactly 0600.
    const bool exact = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    return exact || fail(problem, QStringLiteral("cannot set the file's mode"));
}

bool OwnerOnlyFile::ensureFolder(const QString &folder, QString *problem) {
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    // The missing folders, outermost first, so each one is locked down as it is made.
    QStringList missing;
    for (QString f = absolute; !QFileInfo::exists(f); f = QFileInfo(f).absolutePath()) {
        missing.prepend(f);
        if (QFileInfo(f).absolutePath() == f)
            break;
    }
    for (const QString &f : missing) {
        if (::mkdir(QFile::encodeName(f).constData(), S_IRWXU) != 0 && errno != EEXIST)
            return fail(problem, QStringLiteral("cannot create the folder %1").arg(f));
        ::chmod(QFile::encodeName(f).constData(), S_IRWXU);
    }
    return QFileInfo(absolute).isDir() ||
           fail(problem, QStringLiteral("not a folder: %1").arg(absolute));
}

bool OwnerOnlyFile::restrictToOwner(const QString &path) {
    const QByteArray name = QFile::encodeName(path);
    struct stat info {};
    if (::lstat(name.constData(), &info) != 0 || !S_ISREG(info.st_mode) ||
        info.st_uid != ::geteuid())
        return false;
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return true;
    return ::chmod(name.constData(), info.st_mode & S_IRWXU) == 0;
}

#else

// Elsewhere (Windows): the files live in the user's profile, which the system's access lists
// keep to its owner; Qt's permission bits only set or clear the read-only flag there.
namespace {
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

bool OwnerOnlyFile::createEmpty(const QString &path, QString *problem) {
    const QFileInfo info(path);
    if (info.isSymLink())
        return fail(problem, QStringLiteral("a symlink stands where the file belongs"));
    if (info.exists())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(path) ||
               fail(problem, QStringLiteral("cannot create the file: %1").arg(file.errorString()));
    file.setPermissions(kOwnerFile);
    return true;
}

bool OwnerOnlyFile::ensureFolder(const QString &folder, QString *problem) {
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(absolute))
        return fail(problem, QStringLiteral("cannot create the folder %1").arg(absolute));
    return QFileInfo(absolute).isDir() ||
           fail(problem, QStringLiteral("not a folder: %1").arg(absolute));
}

bool OwnerOnlyFile::restrictToOwner(const QString &path) {
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile())
        return false;
    return QFile::setPermissions(path, kOwnerFile);
}

#endif

} // namespace wristdoc
