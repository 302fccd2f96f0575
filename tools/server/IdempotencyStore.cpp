#include "IdempotencyStore.h"

#include "ServerDatabase.h"

#include <QSqlError>
#include <QVariant>

namespace wristdoc {

IdempotencyStore::IdempotencyStore(ServerDatabase *database)
    : m_database(database) {}

bool IdempotencyStore::prepare(QString *error) {
    const QSqlDatabase db = m_database->connection();
    m_lookup = QSqlQuery(db);
    m_insert = QSqlQuery(db);
    const bool ok =
        m_lookup.prepare(QStringLiteral(
            "SELECT i.body_hash, i.status, i.body, e.state FROM idempotency i "
            "LEFT JOIN enrolments e ON e.idempotency_key = i.key WHERE i.key = ?")) &&
        m_insert.prepare(QStringLiteral("INSERT INTO idempotency (key, body_hash, status, body, "
                                        "created_ms) VALUES (?, ?, ?, ?, ?)"));
    if (!ok)
        *error = m_database->lastError();
    return ok;
}

bool IdempotencyStore::tryMarkInFlight(const QString &key) {
    if (m_inFlight.contains(key))
        return false;
    m_inFlight.insert(key);
    return true;
}

void IdempotencyStore::clearInFlight(const QString &key) {
    m_inFlight.remove(key);
}

std::optional<StoredAnswer> IdempotencyStore::lookup(const QString &key, bool *ok) {
    m_lookup.bindValue(0, key);
    if (!m_lookup.exec()) {
        m_lastError = m_lookup.lastError().text();
        *ok = false;
        return std::nullopt;
    }
    *ok = true;
    if (!m_lookup.next()) {
        m_lookup.finish();
        return std::nullopt;
    }
    StoredAnswer answer;
    answer.bodyHash = m_lookup.value(0).toByteArray();
    answer.status = m_lookup.value(1).toInt();
    answer.body = m_lookup.value(2).toByteArray();
    answer.processing = m_lookup.value(3).toString() == QLatin1String("processing");
    m_lookup.finish();
    return answer;
}

bool IdempotencyStore::insert(const QString &key, const QByteArray &bodyHash, int status,
                              const QByteArray &body, qint64 nowMs) {
    m_insert.bindValue(0, key);
    m_insert.bindValue(1, bodyHash);
    m_insert.bindValue(2, status);
    m_insert.bindValue(3, body);
    m_insert.bindValue(4, nowMs);
    if (!m_insert.exec()) {
        m_lastError = m_insert.lastError().text();
        return false;
    }
    m_insert.finish();
    return true;
}

bool IdempotencyStore::isValidKey(const QString &key) {
    if (key.size() < 8 || key.size() > 64)
        return false;
    for (QChar c : key) {
        const ushort u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace wristdoc
