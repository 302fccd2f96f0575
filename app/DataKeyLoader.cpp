#include "DataKeyLoader.h"

#include "AppLogging.h"
#include "FileKeyStore.h"
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
#include "QtKeychainKeyStore.h"
#endif

namespace wristdoc {

FieldCipher DataKeyLoader::load(const QString &databasePath, bool preferKeychain,
                                const QString &keyFilePath, QString *storeName) {
    QString unusedName;
    QString &name = storeName ? *storeName : unusedName;
    if (!FieldCipher::initialize()) {
        qCWarning(lcApp) << "libsodium did not start: nothing can be sealed";
        return FieldCipher();
    }
    KeyLoadResult result;
#if defined(WRISTDOC_HAVE_QTKEYCHAIN)
    if (preferKeychain) {
        QtKeychainKeyStore keychain;
        result = keychain.loadOrCreate();
        name = keychain.name();
        // No secret service on this machine: the key file is the place instead. Any other
        // keychain problem is not papered over with a second key.
        if (result.error != KeyStoreError::Unavailable) {
            if (!result.ok())
                qCWarning(lcApp) << "data key from the keychain:"
                                 << keyStoreErrorCode(result.error);
            FieldCipher cipher(result.key);
            FieldCipher::wipe(&result.key);
            return cipher;
        }
        qCInfo(lcApp) << "no keychain here; the data key lives in an owner-only file";
    }
#endif
    FileKeyStore file(keyFilePath.isEmpty() ? FileKeyStore::defaultPathFor(databasePath)
                                            : keyFilePath);
    name = file.name();
    result = file.loadOrCreate();
    if (!result.ok())
        qCWarning(lcApp) << "data key from the key file:" << keyStoreErrorCode(result.error);
    FieldCipher cipher(result.key);
    FieldCipher::wipe(&result.key);
    return cipher;
}

} // namespace wristdoc
