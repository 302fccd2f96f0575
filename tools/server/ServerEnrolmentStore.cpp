#include "ServerEnrolmentStore.h"

#include "ServerDatabase.h"

#include <QSqlError>
#include <QVariant>

namespace wristdoc {

ServerEnrolmentStore::ServerEnrolmentStore(ServerDatabase *database)
    : m_database(database) {}

bool ServerEnrolmentStore::prepare(QString *error) {
    const QSqlDatabase db = m_database->connection();
    m_count = QSqlQuery(db);
    m_findPerson = QSqlQuery(db);
    m_insert = QSqlQuery(db);
    m_confirmDue = QSqlQuery(db);
    const bool ok =
        m_count.prepare(QStringLiteral("SELECT COUNT(*) FROM enrolments")) &&
        m_findPerson.prepare(QStringLiteral("SELECT 1 FROM enrolments WHERE person_hash = ?")) &&
        m_insert.prepare(QStringLiteral(
            "INSERT INTO enrolments (idempotency_key, person_hash, reference, district, "
            "birth_year, eligibility, device, language, consents, watch_serial, "
            "client_created_at, received_ms, state, confirm_due_ms, confirmed_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_confirmDue.prepare(
            QStringLiteral("UPDATE enrolments SET state = 'confirmed', confirmed_ms = ? "
                           "WHERE state = 'processing' AND confirm_due_ms <= ?"));
    if (!ok)
        *error = m_database->lastError();
    return ok;
}

int ServerEnrolmentStore::count() {
    if (!m_count.exec() || !m_count.next()) {
        m_lastError = m_count.lastError().text();
        return -1;
    }
    const int n = m_count.value(0).toInt();
    m_count.finish();
    return n;
}

int ServerEnrolmentStore::findPerson(const QByteArray &personHash) {
    m_findPerson.bindValue(0, personHash);
    if (!m_findPerson.exec()) {
        m_lastError = m_findPerson.lastError().text();
        return -1;
    }
    const bool found = m_findPerson.next();
    m_findPerson.finish();
    return found ? 1 : 0;
}

qint64 ServerEnrolmentStore::insert(const NewEnrolment &e) {
    int i = 0;
    m_insert.bindValue(i++, e.idempotencyKey);
    m_insert.bindValue(i++, e.personHash);
    m_insert.bindValue(i++, e.reference);
    m_insert.bindValue(i++, e.district);
    m_insert.bindValue(i++, e.birthYear);
    m_insert.bindValue(i++, e.eligibility);
    m_insert.bindValue(i++, e.device);
    m_insert.bindValue(i++, e.language);
    m_insert.bindValue(i++, QString::fromUtf8(e.consentsJson));
    m_insert.bindValue(i++, e.watchSerial.isEmpty() ? QVariant() : QVariant(e.watchSerial));
    m_insert.bindValue(i++, e.clientCreatedAt);
    m_insert.bindValue(i++, e.receivedMs);
    m_insert.bindValue(i++,
                       e.processing ? QStringLiteral("processing") : QStringLiteral("confirmed"));
    m_insert.bindValue(i++, e.processing ? e.confirmDueMs : e.receivedMs);
    m_insert.bindValue(i++, e.processing ? QVariant() : QVariant(e.receivedMs));
    if (!m_insert.exec()) {
        m_lastError = m_insert.lastError().text();
        return -1;
    }
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_insert.finish();
    return id;
}

QVector<QPair<QString, qint64>> ServerEnrolmentStore::processing() {
    QVector<QPair<QString, qint64>> out;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT idempotency_key, confirm_due_ms FROM enrolments "
                                   "WHERE state = 'processing' ORDER BY confirm_due_ms, id"))) {
        m_lastError = query.lastError().text();
        return out;
    }
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toLongLong()});
    return out;
}

int ServerEnrolmentStore::confirmDue(qint64 nowMs) {
    m_confirmDue.bindValue(0, nowMs);
    m_confirmDue.bindValue(1, nowMs);
    if (!m_confirmDue.exec()) {
        m_lastError = m_confirmDue.lastError().text();
        return -1;
    }
    const int n = m_confirmDue.numRowsAffected();
    m_confirmDue.finish();
    return n;
}

} // namespace wristdoc
