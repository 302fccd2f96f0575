#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace wristdoc {

// One plain sentence per storage failure, in the user's language. The English detail of a
// StorageError is for logs only and never shown.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    // Empty for StorageErrorCode::None.
    static QString storageError(StorageErrorCode code);
    // What the user can do next, or empty when there is nothing to do.
    static QString storageErrorAdvice(StorageErrorCode code);
};

} // namespace wristdoc
