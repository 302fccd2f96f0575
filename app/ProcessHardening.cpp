#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace wristdoc {

bool ProcessHardening::disableCoreDumps(QString *problem) {
#if defined(Q_OS_UNIX)
    const auto fail = [problem](const char *what) {
        if (problem)
            *problem = QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                    QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    };
    struct rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    if (::setrlimit(RLIMIT_CORE, &none) != 0)
        return fail("setrlimit(RLIMIT_CORE)");
#if defined(Q_OS_LINUX)
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return fail("prctl(PR_SET_DUMPABLE)");
#endif
    return true;
#else
    Q_UNUSED(problem);
    return true;
#endif
}

void ProcessHardening::restrictNewFilesToOwner() {
#if defined(Q_OS_UNIX)
    ::umask(S_IRWXG | S_IRWXO);
#endif
}

} // namespace wristdoc
