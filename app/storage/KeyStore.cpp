#include "KeyStore.h"

namespace wristdoc {

QString keyStoreErrorCode(KeyStoreError error) {
    switch (error) {
    case KeyStoreError::None:
        return QStringLiteral("none");
    case KeyStoreError::NotFound:
        return QStringLiteral("not-found");
    case KeyStoreError::Unavailable:
        return QStringLiteral("unavailable");
    case KeyStoreError::Insecure:
        return QStringLiteral("insecure");
    case KeyStoreError::Corrupt:
        return QStringLiteral("corrupt");
    case KeyStoreError::IoError:
        return QStringLiteral("io-error");
    }
    return {};
}

} // namespace wristdoc
