#include "EnrolmentHandler.h"

#include "AdminStats.h"
#include "ApiRequest.h"
#include "CommitBatch.h"
#include "EnrolmentJson.h"
#include "EnrolmentRules.h"
#include "IdempotencyStore.h"
#include "IdempotentAnswers.h"
#include "PersonFingerprint.h"
#include "ProcessingQueue.h"
#include "ServerDatabase.h"
#include "ServerEnrolmentStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

QString isoUtc(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

HttpResponse invalid(const QVector<ApplicationIssue> &issues) {
    QJsonArray fields;
    for (const ApplicationIssue &issue : issues) {
        fields.append(QJsonObject{
            {QStringLiteral("field"), issue.field.isEmpty() ? QStringLiteral("body") : issue.field},
            {QStringLiteral("code"), issue.code}});
    }
    return HttpResponse::error(
        422, QStringLiteral("invalid"),
        QStringLiteral("The application breaks %1 rule(s).").arg(issues.size()),
        QJsonObject{{QStringLiteral("fields"), fields}});
}

QByteArray consentsJson(const QVector<ConsentGrant> &consents) {
    QJsonArray array;
    for (const ConsentGrant &c : consents) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("version"), c.version},
                                 {QStringLiteral("granted"), c.granted}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

EnrolmentHandler::EnrolmentHandler(ServerDatabase *database, CommitBatch *batch,
                                   ServerEnrolmentStore *enrolments, IdempotencyStore *keys,
                                   ProcessingQueue *processing, const CohortSchedule &cohorts,
                                   const EnrolmentSettings &settings, AdminStats *stats)
    : m_database(database)
    , m_batch(batch)
    , m_enrolments(enrolments)
    , m_keys(keys)
    , m_processing(processing)
    , m_cohorts(cohorts)
    , m_settings(settings)
    , m_stats(stats) {}

bool EnrolmentHandler::start(QString *error) {
    m_stored = m_enrolments->count();
    if (m_stored < 0) {
        *error = m_enrolments->lastError();
        return false;
    }
    m_processing->load();
    return true;
}

void EnrolmentHandler::recover() {
    const int stored = m_enrolments->count();
    if (stored >= 0)
        m_stored = stored;
    m_processing->reload();
}

int EnrolmentHandler::firstComeRemaining() const {
    if (m_settings.firstComeLimit < 0)
        return -1;
    return std::max(0, m_settings.firstComeLimit - m_stored);
}

HttpResponse EnrolmentHandler::internalError(const QString &what) const {
    return HttpResponse::internalError(what,
                                       QStringLiteral("The server could not store or read the "
                                                      "enrolment; nothing was committed."));
}

HttpResponse EnrolmentHandler::post(const ApiRequest &request, const QDate &today, qint64 nowMs) {
    return IdempotentAnswers::run(request, m_keys, m_stats, [&](const QString &key) {
        return decide(key, request.body, today, nowMs);
    });
}

HttpResponse EnrolmentHandler::decide(const QString &key, const QByteArray &body,
                                      const QDate &today, qint64 nowMs) {
    m_processing->confirmDue(nowMs);
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    bool ok = false;
    const std::optional<StoredAnswer> stored = m_keys->lookup(key, &ok);
    if (!ok)
        return internalError(m_keys->lastError());
    if (stored) {
        if (stored->bodyHash != bodyHash)
            return IdempotentAnswers::keyReused(m_stats);
        HttpResponse replay = IdempotentAnswers::replay(*stored, m_stats);
        if (stored->processing) {
            // Not confirmed yet: the current position, still marked as a replay.
            const HttpResponse processing = processingAnswer(key, nowMs);
            replay.status = processing.status;
            replay.body = processing.body;
        }
        return replay;
    }

    EnrolmentRequest parsed;
    QVector<ApplicationIssue> issues;
    if (!EnrolmentJson::decode(body, &parsed, &issues))
        return invalid(issues);
    issues = EnrolmentRules::validate(parsed.application, today);
    if (parsed.reference.trimmed().isEmpty())
        issues.append({QStringLiteral("reference"), QStringLiteral("required")});
    else if (parsed.reference.size() > kMaximumReferenceLength)
        issues.append({QStringLiteral("reference"), QStringLiteral("too-long")});
    if (!issues.isEmpty())
        return invalid(issues);
    const EnrolmentApplication &application = parsed.application;

    const QByteArray person = PersonFingerprint::of(m_database->personSalt(), application);
    const int found = m_enrolments->findPerson(person);
    if (found < 0)
        return internalError(m_enrolments->lastError());
    if (found > 0) {
        // Stored under this key too, so a retry of the refused request gets the same answer.
        HttpResponse duplicate =
            HttpResponse::error(409, QStringLiteral("already-enrolled"),
                                QStringLiteral("This person is already a participant."));
        if (!m_batch->join() ||
            !m_keys->insert(key, bodyHash, duplicate.status, duplicate.body, nowMs))
            return internalError(m_keys->lastError());
        m_stats->countDuplicate();
        return duplicate;
    }

    const CohortDecision cohort = m_cohorts.decide(application.birthDate.year(), today);
    if (!cohort.allowed) {
        if (!cohort.nextDate.isValid()) {
            return HttpResponse::error(
                403, QStringLiteral("cohort-closed"),
                QStringLiteral("No application window remains for this birth year."));
        }
        return HttpResponse::error(
            403, QStringLiteral("not-cohort-day"),
            m_cohorts.mode() == CohortMode::Parity
                ? QStringLiteral("Birth years ending in an odd digit apply on odd dates, even "
                                 "on even dates.")
                : QStringLiteral("This birth year's application window has not opened."),
            QJsonObject{{QStringLiteral("nextDate"), cohort.nextDate.toString(Qt::ISODate)},
                        {QStringLiteral("slot"),
                         QJsonObject{{QStringLiteral("from"), isoUtc(cohort.slotFromUtc)},
                                     {QStringLiteral("to"), isoUtc(cohort.slotToUtc)}}}});
    }

    if (m_settings.firstComeLimit >= 0 && m_stored >= m_settings.firstComeLimit) {
        return HttpResponse::error(410, QStringLiteral("capacity-reached"),
                                   QStringLiteral("All first-come places are taken."));
    }

    NewEnrolment e;
    e.idempotencyKey = key;
    e.personHash = person;
    e.reference = parsed.reference;
    e.district = application.district;
    e.birthYear = application.birthDate.year();
    e.eligibility = eligibilityCode(application.eligibility);
    e.device = deviceChoiceCode(application.device);
    e.language = application.language;
    e.consentsJson = consentsJson(application.consents);
    e.watchSerial = application.watchSerial;
    e.clientCreatedAt = isoUtc(parsed.createdUtc);
    e.receivedMs = nowMs;
    e.processing = m_settings.confirmDelayMs > 0;
    e.confirmDueMs = nowMs + m_settings.confirmDelayMs;

    if (!m_batch->beginRequest())
        return internalError(m_database->lastError());
    const qint64 id = m_enrolments->insert(e);
    if (id < 0) {
        const QString error = m_enrolments->lastError();
        m_batch->undoRequest();
        return internalError(error);
    }
    const QByteArray confirmed =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("state"), QStringLiteral("confirmed")},
                          {QStringLiteral("enrolmentId"),
                           QStringLiteral("E-%1").arg(id, 8, 10, QLatin1Char('0'))},
                          {QStringLiteral("participantId"),
                           QStringLiteral("P-%1").arg(id, 8, 10, QLatin1Char('0'))},
                          {QStringLiteral("reference"), parsed.reference},
                      })
            .toJson(QJsonDocument::Compact);
    if (!m_keys->insert(key, bodyHash, 201, confirmed, nowMs)) {
        const QString error = m_keys->lastError();
        m_batch->undoRequest();
        return internalError(error);
    }
    if (!m_batch->endRequest()) {
        m_batch->undoRequest();
        return internalError(m_database->lastError());
    }
    ++m_stored;

    HttpResponse created;
    if (e.processing) {
        m_processing->add(key, e.confirmDueMs);
        created = processingAnswer(key, nowMs);
    } else {
        created.status = 201;
        created.body = confirmed;
    }
    created.committed = true;
    return created;
}

HttpResponse EnrolmentHandler::status(const QString &key, qint64 nowMs) {
    if (!IdempotencyStore::isValidKey(key))
        return HttpResponse::error(404, QStringLiteral("unknown"),
                                   QStringLiteral("No enrolment was stored with this key."));
    m_processing->confirmDue(nowMs);
    bool ok = false;
    const std::optional<StoredAnswer> stored = m_keys->lookup(key, &ok);
    if (!ok)
        return internalError(m_keys->lastError());
    if (!stored)
        return HttpResponse::error(404, QStringLiteral("unknown"),
                                   QStringLiteral("No enrolment was stored with this key."));
    if (stored->processing)
        return processingAnswer(key, nowMs);
    HttpResponse answer;
    answer.status = stored->status == 201 ? 200 : stored->status;
    answer.body = stored->body;
    return answer;
}

HttpResponse EnrolmentHandler::processingAnswer(const QString &key, qint64 nowMs) const {
    const int position = std::max(1, m_processing->positionOf(key));
    const qint64 due = m_processing->dueOf(key);
    const double remaining = due > nowMs ? (due - nowMs) / 1000.0 : 0.0;
    const QByteArray digest =
        QCryptographicHash::hash(key.toLatin1(), QCryptographicHash::Sha256).toHex().left(8);
    return HttpResponse::json(
        202, QJsonObject{
                 {QStringLiteral("state"), QStringLiteral("processing")},
                 {QStringLiteral("ticket"), QStringLiteral("T-") + QString::fromLatin1(digest)},
                 {QStringLiteral("position"), position},
                 {QStringLiteral("estimatedWaitSeconds"),
                  QJsonObject{{QStringLiteral("min"), int(std::floor(remaining))},
                              {QStringLiteral("max"), int(std::ceil(remaining)) + 1}}},
                 {QStringLiteral("refreshSeconds"), std::clamp(int(std::ceil(remaining)), 1, 10)},
             });
}

} // namespace wristdoc
