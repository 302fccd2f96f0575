#include "ActivityHandler.h"

#include "ActivityCreditRule.h"
#include "ActivityDayUpload.h"
#include "ActivityStore.h"
#include "AdminStats.h"
#include "ApiRequest.h"
#include "CommitBatch.h"
#include "IdempotencyStore.h"
#include "IdempotentAnswers.h"
#include "LinkRegistry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

namespace {

HttpResponse invalid(const QVector<UploadIssue> &issues) {
    QJsonArray fields;
    for (const UploadIssue &issue : issues) {
        fields.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                  {QStringLiteral("code"), issue.code}});
    }
    return HttpResponse::error(422, QStringLiteral("invalid"),
                               QStringLiteral("The day breaks %1 rule(s).").arg(issues.size()),
                               QJsonObject{{QStringLiteral("fields"), fields}});
}

QDate halfYearEnd(const QDate &day) {
    return day.month() > 6 ? QDate(day.year(), 12, 31) : QDate(day.year(), 6, 30);
}

} // namespace

ActivityHandler::ActivityHandler(CommitBatch *batch, IdempotencyStore *keys, ActivityStore *store,
                                 const LinkRegistry *links, const ActivityCreditRule *rule,
                                 AdminStats *stats)
    : m_batch(batch)
    , m_keys(keys)
    , m_store(store)
    , m_links(links)
    , m_rule(rule)
    , m_stats(stats) {}

HttpResponse ActivityHandler::internalError(const QString &what) const {
    return HttpResponse::internalError(what,
                                       QStringLiteral("The server could not store or read the day; "
                                                      "nothing was committed."));
}

HttpResponse ActivityHandler::post(const ApiRequest &request, const QDate &today, qint64 nowMs) {
    // Who is asking comes first: a stranger learns nothing about keys.
    const std::optional<QString> linked =
        m_links->participantOf(request.header("participant-token"));
    if (!linked)
        return LinkRegistry::unlinked();
    // A day named for someone else is refused before anything about the key is revealed.
    const QString named = ActivityDayUpload::participantIdOf(request.body);
    if (!named.isEmpty() && named != *linked)
        return HttpResponse::error(403, QStringLiteral("wrong-participant"),
                                   QStringLiteral("The token belongs to another participant."));
    return IdempotentAnswers::run(request, m_keys, m_stats, [&](const QString &key) {
        return decide(key, request.body, today, nowMs);
    });
}

HttpResponse ActivityHandler::decide(const QString &key, const QByteArray &body, const QDate &today,
                                     qint64 nowMs) {
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    bool ok = false;
    const std::optional<StoredAnswer> stored = m_keys->lookup(key, &ok);
    if (!ok)
        return internalError(m_keys->lastError());
    if (stored) {
        return stored->bodyHash == bodyHash ? IdempotentAnswers::replay(*stored, m_stats)
                                            : IdempotentAnswers::keyReused(m_stats);
    }

    ActivityDayUpload day;
    const QVector<UploadIssue> issues =
        ActivityDayUpload::decode(body, m_rule->policy(), today, &day);
    if (!issues.isEmpty())
        return invalid(issues);

    const std::optional<CreditedDay> current = m_store->inForce(day.participantId, day.date, &ok);
    if (!ok)
        return internalError(m_store->lastError());
    if (current && day.revision <= current->revision) {
        // Final, so a retry of the same stale request hears the same thing.
        HttpResponse stale = HttpResponse::error(
            409, QStringLiteral("stale-revision"),
            QStringLiteral("A revision not above this one is already on the server."),
            QJsonObject{{QStringLiteral("currentRevision"), current->revision}});
        if (!m_batch->join() || !m_keys->insert(key, bodyHash, stale.status, stale.body, nowMs))
            return internalError(m_keys->lastError());
        return stale;
    }
    return store(key, bodyHash, day, nowMs);
}

HttpResponse ActivityHandler::store(const QString &key, const QByteArray &bodyHash,
                                    const ActivityDayUpload &day, qint64 nowMs) {
    // The half-year cap counts the other days' credits first (docs/api.md).
    const qint64 others =
        m_store->pointsBetween(day.participantId, PointsCalculator::halfYearStart(day.date),
                               halfYearEnd(day.date), day.date);
    if (others < 0)
        return internalError(m_store->lastError());
    const int birthYear = m_links->birthYearOf(day.participantId);
    const DayPoints points = m_rule->credit(day, birthYear, int(others));

    if (!m_batch->beginRequest())
        return internalError(QStringLiteral("cannot open the batch"));
    const qint64 creditId = m_store->credit(day, points.points, nowMs);
    if (creditId < 0) {
        const QString error = m_store->lastError();
        m_batch->undoRequest();
        return internalError(error);
    }
    HttpResponse created = HttpResponse::json(
        201, QJsonObject{{QStringLiteral("participantId"), day.participantId},
                         {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                         {QStringLiteral("revision"), day.revision},
                         {QStringLiteral("steps"), day.steps},
                         {QStringLiteral("points"), points.points},
                         {QStringLiteral("creditId"), ActivityStore::creditName(creditId)},
                         {QStringLiteral("state"), QStringLiteral("credited")}});
    if (!m_keys->insert(key, bodyHash, created.status, created.body, nowMs)) {
        const QString error = m_keys->lastError();
        m_batch->undoRequest();
        return internalError(error);
    }
    if (!m_batch->endRequest()) {
        m_batch->undoRequest();
        return internalError(QStringLiteral("cannot release the savepoint"));
    }
    created.committed = true;
    return created;
}

} // namespace wristdoc
