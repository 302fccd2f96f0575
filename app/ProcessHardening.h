#pragma once

#include <QString>

namespace wristdoc {

// What a public kiosk's process does to itself at start-up so that personal data in its memory
// cannot leave it by way of the file system.
class ProcessHardening {
public:
    // No core file (RLIMIT_CORE 0, soft and hard, so the process cannot raise it again) and, on
    // Linux, not dumpable (PR_SET_DUMPABLE 0: no core through a pipe handler such as
    // systemd-coredump, no ptrace attach by the same user). False with the reason on failure;
    // where the platform has neither, true and nothing is done.
    static bool disableCoreDumps(QString *problem = nullptr);
    // umask 077: whatever the process creates from now on is its owner's only (SQLite's
    // journals, lock files, files Qt writes).
    static void restrictNewFilesToOwner();
};

} // namespace wristdoc
