#include "DeviceRegistry.h"

#include "CommitBatch.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "ServerSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wristdoc {

namespace {

using ServerSecrets::isoUtc;
using ServerSecrets::tokenHash;

HttpResponse internalError() {
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QStringLiteral("The registration could not be stored."));
}

} // namespace

DeviceRegistry::DeviceRegistry(ServerDatabase *database, CommitBatch *batch,
                               const Settings &settings)
    : m_database(database)
    , m_batch(batch)
    , m_settings(settings) {}

HttpResponse DeviceRegistry::createCode(qint64 nowMs) {
    if (!m_batch->join() || !m_batch->beginRequest())
        return internalError();
    // A fresh code that is not in the table (a spent one is never handed out again).
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString digits = ServerSecrets::sixDigits();
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO registration_codes "
                                      "(code, created_ms, expires_ms) VALUES (?, ?, ?)"));
        const qint64 expiresMs = nowMs + qint64(m_settings.codeTtlSeconds) * 1000;
        insert.addBindValue(digits);
        insert.addBindValue(nowMs);
        insert.addBindValue(expiresMs);
        if (!insert.exec()) {
            qCWarning(lcServer) << "registration code not stored:" << insert.lastError().text();
            m_batch->undoRequest();
            return internalError();
        }
        if (insert.numRowsAffected() != 1)
            continue;
        if (!m_batch->endRequest())
            return internalError();
        HttpResponse created = HttpResponse::json(
            201, QJsonObject{{QStringLiteral("code"), digits.left(3) + u'-' + digits.mid(3)},
                             {QStringLiteral("expiresAt"), isoUtc(expiresMs)}});
        created.committed = true;
        return created;
    }
    m_batch->undoRequest();
    return HttpResponse::error(503, QStringLiteral("no-code-free"),
                               QStringLiteral("No unused code could be found; try again."));
}

bool DeviceRegistry::tooManyFailures(qint64 nowMs) {
    while (!m_failures.empty() && m_failures.front() <= nowMs - m_settings.failureWindowMs)
        m_failures.pop_front();
    return int(m_failures.size()) >= m_settings.maxFailuresPerWindow;
}

HttpResponse DeviceRegistry::refuse(int status, const QString &code, const QString &message,
                                    qint64 nowMs) {
    m_failures.push_back(nowMs);
    return HttpResponse::error(status, code, message);
}

HttpResponse DeviceRegistry::registerDevice(const QByteArray &body, qint64 nowMs) {
    if (tooManyFailures(nowMs)) {
        const qint64 waitMs = m_failures.front() + m_settings.failureWindowMs - nowMs;
        HttpResponse busy = HttpResponse::error(
            429, QStringLiteral("too-many-attempts"),
            QStringLiteral("Too many wrong registration codes lately; wait and try again."));
        busy.addHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
        return busy;
    }
    const QString code = ServerSecrets::canonicalSixDigits(
        QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toString());
    if (code.isEmpty())
        return refuse(422, QStringLiteral("invalid-code"),
                      QStringLiteral("The body must be {\"code\": \"123-456\"}."), nowMs);

    QSqlQuery find(m_database->connection());
    find.prepare(
        QStringLiteral("SELECT expires_ms, used_ms FROM registration_codes WHERE code = ?"));
    find.addBindValue(code);
    if (!find.exec())
        return internalError();
    if (!find.next())
        return refuse(422, QStringLiteral("invalid-code"),
                      QStringLiteral("No such registration code."), nowMs);
    const qint64 expiresMs = find.value(0).toLongLong();
    const bool used = !find.value(1).isNull();
    find.finish();
    if (used)
        return refuse(410, QStringLiteral("code-used"),
                      QStringLiteral("This registration code has been used."), nowMs);
    if (nowMs >= expiresMs)
        return refuse(410, QStringLiteral("code-expired"),
                      QStringLiteral("This registration code has expired."), nowMs);

    const QByteArray token = ServerSecrets::newToken();
    if (!m_batch->join() || !m_batch->beginRequest())
        return internalError();
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO devices (device_id, token_hash, registered_ms) VALUES ('', ?, ?)"));
    insert.addBindValue(tokenHash(token));
    insert.addBindValue(nowMs);
    if (!insert.exec()) {
        m_batch->undoRequest();
        return internalError();
    }
    const QString deviceId =
        QStringLiteral("K-%1").arg(insert.lastInsertId().toLongLong(), 6, 10, QLatin1Char('0'));
    QSqlQuery name(m_database->connection());
    name.prepare(QStringLiteral("UPDATE devices SET device_id = ? WHERE id = ?"));
    name.addBindValue(deviceId);
    name.addBindValue(insert.lastInsertId());
    // The code is spent in the same savepoint: a crash leaves both or neither.
    QSqlQuery spend(m_database->connection());
    spend.prepare(QStringLiteral("UPDATE registration_codes SET used_ms = ?, device_id = ? "
                                 "WHERE code = ? AND used_ms IS NULL"));
    spend.addBindValue(nowMs);
    spend.addBindValue(deviceId);
    spend.addBindValue(code);
    if (!name.exec() || !spend.exec() || spend.numRowsAffected() != 1) {
        m_batch->undoRequest();
        return internalError();
    }
    if (!m_batch->endRequest())
        return internalError();
    qCInfo(lcServer).noquote() << "registered device" << deviceId;
    HttpResponse created =
        HttpResponse::json(201, QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                            {QStringLiteral("token"), QString::fromLatin1(token)}});
    created.committed = true;
    return created;
}

DeviceRegistry::Bearer DeviceRegistry::checkBearer(const QByteArray &authorization) const {
    if (authorization.isEmpty())
        return Bearer::Absent;
    if (!authorization.startsWith("Bearer "))
        return Bearer::Unknown;
    QSqlQuery find(m_database->connection());
    find.prepare(QStringLiteral("SELECT 1 FROM devices WHERE token_hash = ?"));
    find.addBindValue(tokenHash(authorization.mid(7).trimmed()));
    return find.exec() && find.next() ? Bearer::Known : Bearer::Unknown;
}

int DeviceRegistry::deviceCount() const {
    QSqlQuery count(m_database->connection());
    return count.exec(QStringLiteral("SELECT COUNT(*) FROM devices")) && count.next()
               ? count.value(0).toInt()
               : 0;
}

} // namespace wristdoc
