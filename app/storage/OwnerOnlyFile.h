#pragma once

#include <QString>

namespace wristdoc {

// Files that hold personal data, keys or settings are readable by their owner only (0600) and
// the folders made for them are 0700, whatever the umask: SQLite and QSettings would otherwise
// create them 0644, and on a shared kiosk account another local user could read them.
class OwnerOnlyFile {
public:
    // Creates an empty file with mode 0600 unless something exists at path already (that is
    // left alone). A symlink in its place is refused. Returns false with a reason otherwise.
    static bool createEmpty(const QString &path, QString *problem = nullptr);
    // Creates the folder and any missing parents; the ones created here get 0700.
    static bool ensureFolder(const QString &folder, QString *problem = nullptr);
    // Takes the group and other bits away from a regular file of this user (an older
    // installation's 0644 cache). Anything else is left alone. True when the file is now
    // owner-only.
    static bool restrictToOwner(const QString &path);
};

} // namespace wristdoc
