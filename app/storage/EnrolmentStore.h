#pragma once

#include "EnrolmentApplication.h"
#include "FieldCipher.h"
#include "SqliteStatement.h"
#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

struct sqlite3;

namespace wristdoc {

class Database;

// The columns of an enrolment that are not personal data: kept after confirmation.
struct EnrolmentRecord {
    qint64 id = 0;
    QString reference;
    QDateTime createdUtc;
    QString district;    // SeoulDistricts code
    QString eligibility; // "lives", "works", "studies"
    QString device;      // "rental-band", "own-watch", "phone-only"
    QString language;
    QString watchSerial;
    QVector<ConsentGrant> consents;
    QString participantId; // once confirmed
    QString enrolmentId;
    QDate cohortDate;
    QDateTime confirmedUtc;
    bool hasPersonalData = false; // false once confirmed
};

// The applicant's personal fields, sealed in one blob. Never log them; wipe() when done.
struct EnrolmentPersonalData {
    QString name;
    QDate birthDate;
    QString mobile;
    void wipe();
};

// The enrolments table. The personal fields (name, birth date, mobile) are sealed with the data
// key, bound to the row's reference, and deleted when the server confirms (OutboxStore).
class EnrolmentStore {
public:
    EnrolmentStore(Database &database, const FieldCipher &cipher);
    ~EnrolmentStore();
    EnrolmentStore(const EnrolmentStore &) = delete;
    EnrolmentStore &operator=(const EnrolmentStore &) = delete;

    // Inside the caller's transaction. A reference already taken gives QueryFailed with
    // *referenceTaken set, so the caller can draw another one.
    StorageError insert(const QString &reference, const EnrolmentApplication &application,
                        const QDateTime &createdUtc, qint64 *id, bool *referenceTaken = nullptr);

    bool record(qint64 id, EnrolmentRecord *out, StorageError *error = nullptr) const;
    // Decrypted name, birth date and mobile; Forgotten once confirmed, WrongKey with another key.
    UnsealResult personalData(qint64 id, EnrolmentPersonalData *out,
                              StorageError *error = nullptr) const;

    static QByteArray personalAssociatedData(const QString &reference);

private:
    sqlite3 *m_db;
    const FieldCipher &m_cipher;
    SqliteStatement m_insert;
};

} // namespace wristdoc
