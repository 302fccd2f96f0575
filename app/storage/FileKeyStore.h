#pragma once

#include "KeyStore.h"

namespace wristdoc {

// The data key in a file only its owner can read (mode 0600), for systems without a keychain.
// A new file is written under a temporary name created with O_EXCL and mode 0600, synced, and
// linked into place, so a crash leaves either no key file or a whole one, and two processes
// starting together end up with the same key. A key file that is not a regular file owned by
// this user with no group or other permission bits is refused, not used.
class FileKeyStore final : public KeyStore {
public:
    explicit FileKeyStore(QString path);

    // wristdoc.key beside the database file: the app and wristdoc-cli find the same key.
    static QString defaultPathFor(const QString &databasePath);

    KeyLoadResult loadOrCreate() override;
    KeyLoadResult load() override;
    QString name() const override { return QStringLiteral("key file"); }
    QString path() const { return m_path; }

private:
    KeyLoadResult create();

    QString m_path;
};

} // namespace wristdoc
