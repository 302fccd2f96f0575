#include "LinkRegistry.h"

#include "CommitBatch.h"
#include "ServerDatabase.h"
#include "ServerLogging.h"
#include "ServerSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wristdoc {

namespace {

using ServerSecrets::isoUtc;
using ServerSecrets::tokenHash;

constexpr int kMaximumLabelLength = 64;

HttpResponse internalError() {
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QStringLiteral("The link could not be stored or read."));
}

QString newRequestId() {
    const quint64 bits = QRandomGenerator::system()->generate64() & 0xffffffffffffULL;
    return QStringLiteral("LR-%1").arg(bits, 12, 16, QLatin1Char('0'));
}

// The enrolment row id behind a participant number (P- and the id in 8 digits).
qint64 enrolmentRowOf(const QString &participantId) {
    return participantId.mid(2).toLongLong();
}

} // namespace

LinkRegistry::LinkRegistry(ServerDatabase *database, CommitBatch *batch, const Settings &settings)
    : m_database(database)
    , m_batch(batch)
    , m_settings(settings) {}

QString LinkRegistry::canonicalParticipantId(const QString &typed) {
    QString digits;
    const QString compact = typed.trimmed().toUpper();
    if (!compact.startsWith(u'P'))
        return {};
    for (const QChar c : compact.mid(1)) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u'-' && c != u' ')
            return {};
    }
    return digits.size() == 8 ? QStringLiteral("P-") + digits : QString();
}

HttpResponse LinkRegistry::unlinked() {
    HttpResponse denied = HttpResponse::error(
        401, QStringLiteral("unlinked"),
        QStringLiteral("This computer is not linked to the participant (token missing, unknown "
                       "or revoked)."));
    denied.addHeader("WWW-Authenticate", "Participant-Token");
    return denied;
}

int LinkRegistry::birthYearOf(const QString &participantId) const {
    QSqlQuery find(m_database->connection());
    find.prepare(
        QStringLiteral("SELECT birth_year FROM enrolments WHERE id = ? AND state = 'confirmed'"));
    find.addBindValue(enrolmentRowOf(participantId));
    return find.exec() && find.next() ? find.value(0).toInt() : 0;
}

HttpResponse LinkRegistry::requestCode(const QByteArray &body, qint64 nowMs) {
    const QString participantId = canonicalParticipantId(
        QJsonDocument::fromJson(body).object().value(QStringLiteral("participantId")).toString());
    if (participantId.isEmpty()) {
        return HttpResponse::error(
            422, QStringLiteral("invalid"), QStringLiteral("Not a participant number."),
            QJsonObject{
                {QStringLiteral("fields"),
                 QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("participantId")},
                                        {QStringLiteral("code"), QStringLiteral("format")}}}}});
    }
    if (birthYearOf(participantId) == 0)
        return HttpResponse::error(404, QStringLiteral("unknown-participant"),
                                   QStringLiteral("No confirmed enrolment has this number."));

    // Requests of the last window, counted from the database so a restart does not reset them.
    QSqlQuery recent(m_database->connection());
    recent.prepare(QStringLiteral("SELECT COUNT(*), MIN(created_ms) FROM link_requests "
                                  "WHERE participant_id = ? AND created_ms > ?"));
    recent.addBindValue(participantId);
    recent.addBindValue(nowMs - m_settings.requestWindowMs);
    if (!recent.exec() || !recent.next())
        return internalError();
    if (recent.value(0).toInt() >= m_settings.maxRequestsPerWindow) {
        const qint64 waitMs = recent.value(1).toLongLong() + m_settings.requestWindowMs - nowMs;
        HttpResponse busy = HttpResponse::error(
            429, QStringLiteral("too-many-requests"),
            QStringLiteral("Too many link codes for this participant lately; wait."));
        busy.addHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
        return busy;
    }
    recent.finish();

    const QString requestId = newRequestId();
    const qint64 expiresMs = nowMs + qint64(m_settings.codeTtlSeconds) * 1000;
    if (!m_batch->beginRequest())
        return internalError();
    // Each new request replaces the participant's open one: only the newest code works.
    QSqlQuery replace(m_database->connection());
    replace.prepare(QStringLiteral("UPDATE link_requests SET state = 'replaced' "
                                   "WHERE participant_id = ? AND state = 'open'"));
    replace.addBindValue(participantId);
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO link_requests (request_id, participant_id, code, "
                                  "created_ms, expires_ms, state) VALUES (?, ?, ?, ?, ?, 'open')"));
    insert.addBindValue(requestId);
    insert.addBindValue(participantId);
    insert.addBindValue(ServerSecrets::sixDigits());
    insert.addBindValue(nowMs);
    insert.addBindValue(expiresMs);
    if (!replace.exec() || !insert.exec()) {
        qCWarning(lcServer) << "link request not stored:" << insert.lastError().text();
        m_batch->undoRequest();
        return internalError();
    }
    if (!m_batch->endRequest())
        return internalError();
    HttpResponse created =
        HttpResponse::json(201, QJsonObject{{QStringLiteral("requestId"), requestId},
                                            {QStringLiteral("expiresAt"), isoUtc(expiresMs)},
                                            {QStringLiteral("codeLength"), 6}});
    created.committed = true;
    return created;
}

HttpResponse LinkRegistry::newestCode(const QString &participantNumber) const {
    const QString participantId = canonicalParticipantId(participantNumber);
    QSqlQuery find(m_database->connection());
    find.prepare(QStringLiteral("SELECT request_id, code, expires_ms FROM link_requests "
                                "WHERE participant_id = ? AND state = 'open' "
                                "ORDER BY created_ms DESC LIMIT 1"));
    find.addBindValue(participantId);
    if (participantId.isEmpty() || !find.exec() || !find.next())
        return HttpResponse::error(404, QStringLiteral("not-found"),
                                   QStringLiteral("No open link request for this participant."));
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("participantId"), participantId},
                         {QStringLiteral("requestId"), find.value(0).toString()},
                         {QStringLiteral("code"), find.value(1).toString()},
                         {QStringLiteral("expiresAt"), isoUtc(find.value(2).toLongLong())}});
}

HttpResponse LinkRegistry::confirm(const QString &requestId, const QByteArray &body, qint64 nowMs) {
    QSqlQuery find(m_database->connection());
    find.prepare(QStringLiteral("SELECT participant_id, code, expires_ms, wrong_attempts, state "
                                "FROM link_requests WHERE request_id = ?"));
    find.addBindValue(requestId);
    if (!find.exec())
        return internalError();
    if (!find.next())
        return HttpResponse::error(404, QStringLiteral("unknown-request"),
                                   QStringLiteral("No such link request."));
    const QString participantId = find.value(0).toString();
    const QString expected = find.value(1).toString();
    const qint64 expiresMs = find.value(2).toLongLong();
    const int wrongBefore = find.value(3).toInt();
    const QString state = find.value(4).toString();
    find.finish();
    if (state == QLatin1String("used"))
        return HttpResponse::error(410, QStringLiteral("code-used"),
                                   QStringLiteral("This link code has been used."));
    if (state == QLatin1String("dead"))
        return HttpResponse::error(410, QStringLiteral("too-many-attempts"),
                                   QStringLiteral("Too many wrong codes; ask for a new one."));
    // A request replaced by a newer one is as good as expired: only the newest code works.
    if (state == QLatin1String("replaced") || nowMs >= expiresMs)
        return HttpResponse::error(410, QStringLiteral("code-expired"),
                                   QStringLiteral("This link code has expired."));

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString typed =
        ServerSecrets::canonicalSixDigits(json.value(QStringLiteral("code")).toString());
    if (typed.isEmpty() || !ServerSecrets::sameSecret(typed.toLatin1(), expected.toLatin1()))
        return wrongCode(requestId, wrongBefore, nowMs);

    const int birthYear = birthYearOf(participantId);
    const QByteArray token = ServerSecrets::newToken();
    const QString label =
        json.value(QStringLiteral("label")).toString().trimmed().left(kMaximumLabelLength);
    if (!m_batch->beginRequest())
        return internalError();
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral("INSERT INTO participant_links (link_id, participant_id, "
                                  "token_hash, label, linked_ms) VALUES ('', ?, ?, ?, ?)"));
    insert.addBindValue(participantId);
    insert.addBindValue(tokenHash(token));
    insert.addBindValue(label);
    insert.addBindValue(nowMs);
    if (!insert.exec()) {
        m_batch->undoRequest();
        return internalError();
    }
    const QString linkId =
        QStringLiteral("H-%1").arg(insert.lastInsertId().toLongLong(), 6, 10, QLatin1Char('0'));
    QSqlQuery name(m_database->connection());
    name.prepare(QStringLiteral("UPDATE participant_links SET link_id = ? WHERE id = ?"));
    name.addBindValue(linkId);
    name.addBindValue(insert.lastInsertId());
    // The request is spent in the same savepoint: a crash leaves both or neither.
    QSqlQuery spend(m_database->connection());
    spend.prepare(QStringLiteral("UPDATE link_requests SET state = 'used' "
                                 "WHERE request_id = ? AND state = 'open'"));
    spend.addBindValue(requestId);
    if (!name.exec() || !spend.exec() || spend.numRowsAffected() != 1) {
        m_batch->undoRequest();
        return internalError();
    }
    if (!m_batch->endRequest())
        return internalError();
    qCInfo(lcServer).noquote() << "linked a computer as" << linkId;
    HttpResponse created =
        HttpResponse::json(201, QJsonObject{{QStringLiteral("linkId"), linkId},
                                            {QStringLiteral("participantId"), participantId},
                                            {QStringLiteral("token"), QString::fromLatin1(token)},
                                            {QStringLiteral("birthYear"), birthYear}});
    created.committed = true;
    return created;
}

HttpResponse LinkRegistry::wrongCode(const QString &requestId, int wrongBefore, qint64 nowMs) {
    Q_UNUSED(nowMs);
    const int wrong = wrongBefore + 1;
    const bool dead = wrong >= m_settings.maxWrongCodes;
    if (!m_batch->beginRequest())
        return internalError();
    QSqlQuery count(m_database->connection());
    count.prepare(QStringLiteral("UPDATE link_requests SET wrong_attempts = ?, state = ? "
                                 "WHERE request_id = ?"));
    count.addBindValue(wrong);
    count.addBindValue(dead ? QStringLiteral("dead") : QStringLiteral("open"));
    count.addBindValue(requestId);
    if (!count.exec()) {
        m_batch->undoRequest();
        return internalError();
    }
    if (!m_batch->endRequest())
        return internalError();
    // The attempt is counted before the answer leaves, so guessing gains nothing by racing.
    HttpResponse answer =
        dead ? HttpResponse::error(410, QStringLiteral("too-many-attempts"),
                                   QStringLiteral("Too many wrong codes; ask for a new one."))
             : HttpResponse::error(
                   422, QStringLiteral("wrong-code"), QStringLiteral("The code does not match."),
                   QJsonObject{{QStringLiteral("attemptsLeft"), m_settings.maxWrongCodes - wrong}});
    answer.committed = true;
    return answer;
}

HttpResponse LinkRegistry::revoke(const QByteArray &token, qint64 nowMs) {
    if (token.isEmpty())
        return unlinked();
    if (!m_batch->beginRequest())
        return internalError();
    QSqlQuery revoke(m_database->connection());
    revoke.prepare(QStringLiteral("UPDATE participant_links SET revoked_ms = ? "
                                  "WHERE token_hash = ? AND revoked_ms IS NULL"));
    revoke.addBindValue(nowMs);
    revoke.addBindValue(tokenHash(token));
    if (!revoke.exec()) {
        m_batch->undoRequest();
        return internalError();
    }
    const bool revoked = revoke.numRowsAffected() == 1;
    if (!m_batch->endRequest())
        return internalError();
    if (!revoked)
        return unlinked();
    HttpResponse gone;
    gone.status = 204;
    gone.committed = true;
    return gone;
}

std::optional<QString> LinkRegistry::participantOf(const QByteArray &token) const {
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery find(m_database->connection());
    find.prepare(QStringLiteral("SELECT participant_id FROM participant_links "
                                "WHERE token_hash = ? AND revoked_ms IS NULL"));
    find.addBindValue(tokenHash(token));
    if (!find.exec() || !find.next())
        return std::nullopt;
    return find.value(0).toString();
}

} // namespace wristdoc
