#include "ErrorMessages.h"

namespace wristdoc {

QString ErrorMessages::storageError(StorageErrorCode code) {
    switch (code) {
    case StorageErrorCode::None:
        return QString();
    case StorageErrorCode::CannotOpen:
        return tr("The data file cannot be opened.");
    case StorageErrorCode::NotADatabase:
        return tr("The data file is damaged or is not a WristDoc file. It was left as it was.");
    case StorageErrorCode::NewerSchema:
        return tr("The data file was saved by a newer version of WristDoc.");
    case StorageErrorCode::ReadOnly:
        return tr("The data file cannot be changed, so new records are not saved.");
    case StorageErrorCode::DiskFull:
        return tr("The disk is full, so new records were not saved. Nothing was lost.");
    case StorageErrorCode::MigrationFailed:
        return tr("The data file could not be updated for this version. It was left as it was.");
    case StorageErrorCode::QueryFailed:
        return tr("Your records could not be read or saved just now.");
    case StorageErrorCode::InvalidData:
        return tr("Some records did not look right, so none of them were saved.");
    }
    return tr("Your records could not be read or saved just now.");
}

QString ErrorMessages::storageErrorAdvice(StorageErrorCode code) {
    switch (code) {
    case StorageErrorCode::None:
        return QString();
    case StorageErrorCode::CannotOpen:
        return tr(
            "Check that the folder exists and that you may use it, or ask the staff for help.");
    case StorageErrorCode::NotADatabase:
        return tr("Ask the staff for help. Your points are also kept by the programme.");
    case StorageErrorCode::NewerSchema:
        return tr("Please update WristDoc to the newest version.");
    case StorageErrorCode::ReadOnly:
        return tr("Check the file's permissions, or ask the staff for help.");
    case StorageErrorCode::DiskFull:
        return tr("Free some space on the computer, then try again.");
    case StorageErrorCode::MigrationFailed:
        return tr("Please try again. If it happens again, ask the staff for help.");
    case StorageErrorCode::QueryFailed:
        return tr("Please try again in a moment.");
    case StorageErrorCode::InvalidData:
        return tr("Sync the watch again. If it happens again, ask the staff for help.");
    }
    return QString();
}

} // namespace wristdoc
