#pragma once

#include <QString>

namespace wristdoc {

enum class StorageErrorCode {
    None,
    CannotOpen,      // missing folder, permissions
    NotADatabase,    // corrupt or foreign file
    NewerSchema,     // written by a newer WristDoc
    ReadOnly,        // file or folder not writable
    DiskFull,        // SQLITE_FULL or an I/O error while writing
    MigrationFailed, // a migration step failed; everything rolled back
    QueryFailed,     // any other SQL failure
    InvalidData,     // input refused before anything was written (implausible sample, bad date)
};

// The code is for the UI to translate; detail is English, for stderr and logs (never personal
// data).
struct StorageError {
    StorageErrorCode code = StorageErrorCode::None;
    QString detail;

    bool isError() const { return code != StorageErrorCode::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace wristdoc
