#include "EnrolmentStore.h"

#include "Database.h"
#include "StorageLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace wristdoc {

namespace {

// Overwrites a string's characters before releasing it (the same idea as
// EnrolmentApplication::wipe).
void wipeString(QString *text) {
    if (!text->isEmpty() && text->isDetached())
        text->fill(QLatin1Char('\0'));
    text->clear();
}

QByteArray consentsJson(const QVector<ConsentGrant> &consents) {
    QJsonArray array;
    for (const ConsentGrant &consent : consents) {
        array.append(QJsonObject{{QStringLiteral("id"), consent.id},
                                 {QStringLiteral("version"), consent.version},
                                 {QStringLiteral("granted"), consent.granted}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QVector<ConsentGrant> consentsFromJson(const QByteArray &json) {
    QVector<ConsentGrant> consents;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        consents.append(ConsentGrant{object.value(QLatin1String("id")).toString(),
                                     object.value(QLatin1String("version")).toString(),
                                     object.value(QLatin1String("granted")).toBool()});
    }
    return consents;
}

StorageError sqliteError(sqlite3 *db, int rc, const char *what) {
    StorageError error = storageErrorFromSqlite(rc, QString::fromLatin1(what));
    if (db && rc != SQLITE_OK)
        error.detail += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    return error;
}

void bindText(SqliteStatement &s, int index, const QString &text) {
    s.bind(index, text.isNull() ? QByteArray("") : text.toUtf8());
}

} // namespace

void EnrolmentPersonalData::wipe() {
    wipeString(&name);
    wipeString(&mobile);
    birthDate = QDate();
}

EnrolmentStore::EnrolmentStore(Database &database, const FieldCipher &cipher)
    : m_db(database.handle())
    , m_cipher(cipher) {}

EnrolmentStore::~EnrolmentStore() = default;

QByteArray EnrolmentStore::personalAssociatedData(const QString &reference) {
    return QByteArrayLiteral("enrolments.sealed_personal:") + reference.toUtf8();
}

StorageError EnrolmentStore::insert(const QString &reference,
                                    const EnrolmentApplication &application,
                                    const QDateTime &createdUtc, qint64 *id, bool *referenceTaken) {
    if (referenceTaken)
        *referenceTaken = false;
    if (!m_db)
        return {StorageErrorCode::CannotOpen, QStringLiteral("no native SQLite handle")};
    if (reference.isEmpty() || !createdUtc.isValid())
        return {StorageErrorCode::InvalidData, QStringLiteral("enrolment without reference")};

    QByteArray personal = QJsonDocument(QJsonObject{
                                            {QStringLiteral("name"), application.name},
                                            {QStringLiteral("birthDate"),
                                             application.birthDate.toString(Qt::ISODate)},
                                            {QStringLiteral("mobile"), application.mobile},
                                        })
                              .toJson(QJsonDocument::Compact);
    const QByteArray sealed = m_cipher.seal(personal, personalAssociatedData(reference));
    FieldCipher::wipe(&personal);
    if (sealed.isEmpty())
        return {StorageErrorCode::InvalidData, QStringLiteral("no data key to seal the fields")};

    if (!m_insert.get()) {
        const int rc = m_insert.prepare(
            m_db, "INSERT INTO enrolments (reference, created_ms, sealed_personal, district,"
                  " eligibility, device, language, watch_serial, consents)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (rc != SQLITE_OK)
            return sqliteError(m_db, rc, "prepare enrolment insert");
    }
    m_insert.bind(1, reference.toUtf8());
    m_insert.bind(2, createdUtc.toMSecsSinceEpoch());
    sqlite3_bind_blob(m_insert.get(), 3, sealed.constData(), int(sealed.size()), SQLITE_TRANSIENT);
    bindText(m_insert, 4, application.district);
    m_insert.bind(5, eligibilityCode(application.eligibility).toUtf8());
    m_insert.bind(6, deviceChoiceCode(application.device).toUtf8());
    bindText(m_insert, 7, application.language);
    bindText(m_insert, 8, application.watchSerial);
    m_insert.bind(9, consentsJson(application.consents));
    const int rc = m_insert.run();
    sqlite3_clear_bindings(m_insert.get());
    if (rc != SQLITE_OK) {
        if (referenceTaken && sqlite3_extended_errcode(m_db) == SQLITE_CONSTRAINT_UNIQUE)
            *referenceTaken = true;
        return sqliteError(m_db, rc, "insert enrolment");
    }
    if (id)
        *id = sqlite3_last_insert_rowid(m_db);
    return {};
}

bool EnrolmentStore::record(qint64 id, EnrolmentRecord *out, StorageError *error) const {
    if (error)
        *error = {};
    SqliteStatement s;
    int rc = m_db ? s.prepare(m_db, "SELECT id, reference, created_ms, district, eligibility,"
                                    " device, language, watch_serial, consents, participant_id,"
                                    " enrolment_id, cohort_date, confirmed_ms,"
                                    " sealed_personal IS NOT NULL FROM enrolments WHERE id = ?1")
                  : SQLITE_MISUSE;
    if (rc == SQLITE_OK) {
        s.bind(1, id);
        rc = s.step();
    }
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE && error)
            *error = sqliteError(m_db, rc, "read enrolment");
        return false;
    }
    if (!out)
        return true;
    EnrolmentRecord r;
    r.id = s.columnInt64(0);
    r.reference = s.columnText(1);
    r.createdUtc = QDateTime::fromMSecsSinceEpoch(s.columnInt64(2), Qt::UTC);
    r.district = s.columnText(3);
    r.eligibility = s.columnText(4);
    r.device = s.columnText(5);
    r.language = s.columnText(6);
    r.watchSerial = s.columnText(7);
    r.consents = consentsFromJson(s.columnText(8).toUtf8());
    r.participantId = s.columnText(9);
    r.enrolmentId = s.columnText(10);
    if (!s.columnIsNull(11))
        r.cohortDate = QDate::fromString(s.columnText(11), Qt::ISODate);
    if (!s.columnIsNull(12))
        r.confirmedUtc = QDateTime::fromMSecsSinceEpoch(s.columnInt64(12), Qt::UTC);
    r.hasPersonalData = s.columnInt64(13) != 0;
    *out = r;
    return true;
}

UnsealResult EnrolmentStore::personalData(qint64 id, EnrolmentPersonalData *out,
                                          StorageError *error) const {
    if (error)
        *error = {};
    if (out)
        out->wipe();
    if (!m_cipher.isValid())
        return UnsealResult::NoKey;
    SqliteStatement s;
    int rc = m_db ? s.prepare(m_db, "SELECT reference, sealed_personal FROM enrolments"
                                    " WHERE id = ?1")
                  : SQLITE_MISUSE;
    if (rc == SQLITE_OK) {
        s.bind(1, id);
        rc = s.step();
    }
    if (rc == SQLITE_DONE)
        return UnsealResult::NoSuchItem;
    if (rc != SQLITE_ROW) {
        if (error)
            *error = sqliteError(m_db, rc, "read enrolment");
        return UnsealResult::StorageFailed;
    }
    if (s.columnIsNull(1))
        return UnsealResult::Forgotten;
    const QString reference = s.columnText(0);
    const QByteArray sealed(static_cast<const char *>(sqlite3_column_blob(s.get(), 1)),
                            sqlite3_column_bytes(s.get(), 1));
    QByteArray clear;
    if (m_cipher.open(sealed, personalAssociatedData(reference), &clear) !=
        FieldCipher::OpenResult::Ok) {
        qCWarning(lcStorage) << "enrolment" << id
                             << "personal fields do not open with the data key";
        return UnsealResult::WrongKey;
    }
    const QJsonObject object = QJsonDocument::fromJson(clear).object();
    FieldCipher::wipe(&clear);
    if (out) {
        out->name = object.value(QLatin1String("name")).toString();
        out->birthDate =
            QDate::fromString(object.value(QLatin1String("birthDate")).toString(), Qt::ISODate);
        out->mobile = object.value(QLatin1String("mobile")).toString();
    }
    return UnsealResult::Ok;
}

} // namespace wristdoc
