#pragma once

#include "StorageError.h"

#include <QByteArray>
#include <QString>

namespace wristdoc {

class EnrolmentStore;
class OutboxStore;

// The outbox as a CSV for manual processing, shared by the staff console and wristdoc-cli:
// one row per item with reference, state, attempts, last error, reason, district, device and
// times, and for items the server has not confirmed the applicant's name, birth date and mobile.
// Never health data. Written owner-only and atomically (QSaveFile): a reader sees the old file
// or the whole new one, and nobody else can read it at any moment.
class OutboxExport {
public:
    enum class Problem {
        None,
        WrongKey,    // the data key does not open the stored personal data: nothing written
        Storage,     // the database could not be read (storageError)
        CannotWrite, // the file could not be written (detail, English, for logs and the CLI)
    };
    struct Result {
        Problem problem = Problem::None;
        int items = 0;
        int withPersonalData = 0;
        StorageError storageError;
        QString detail;
        bool ok() const { return problem == Problem::None; }
    };

    static QStringList header();
    // The CSV's bytes (UTF-8 with BOM, CRLF); empty unless result->ok(). Wipe them after use.
    static QByteArray csv(const OutboxStore &outbox, const EnrolmentStore &enrolments,
                          Result *result);
    // csv() and writePrivateFile() together.
    static Result writeTo(const QString &path, const OutboxStore &outbox,
                          const EnrolmentStore &enrolments);
    // Atomic and owner-only (0600) from the first byte.
    static bool writePrivateFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace wristdoc
