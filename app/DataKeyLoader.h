#pragma once

#include "FieldCipher.h"

#include <QString>

namespace wristdoc {

// The data key that seals personal fields and queued request bodies: from the OS keychain where
// QtKeychain was built in and a secret service answers, else from an owner-only key file beside
// the database. Chosen here once, for the kiosk's enrolments and a home profile's uploads alike.
class DataKeyLoader {
public:
    // keyFilePath empty: FileKeyStore::defaultPathFor(databasePath). An invalid cipher when no
    // key could be had (the callers say so in words; nothing is stored unsealed).
    static FieldCipher load(const QString &databasePath, bool preferKeychain,
                            const QString &keyFilePath = QString(), QString *storeName = nullptr);
};

} // namespace wristdoc
