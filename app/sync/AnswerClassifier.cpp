#include "AnswerClassifier.h"

#include "RetryAfter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

#include <cmath>

namespace wristdoc {

namespace {

const QString kMalformedBody = QStringLiteral("malformed-body");

QString httpCode(int status) {
    return QStringLiteral("http-%1").arg(status);
}

bool parseObject(const QByteArray &body, QJsonObject *out) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *out = document.object();
    return true;
}

// A whole number in [0, 2^31); -1 for anything else (missing, fractional, negative, text).
int readCount(const QJsonValue &value) {
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > 2147483647.0 ||
        std::floor(number) != number)
        return -1;
    return int(number);
}

QString readText(const QJsonValue &value) {
    return value.isString() ? value.toString() : QString();
}

// ISO 8601 with Z or an explicit offset; a time without a zone is refused (docs/api.md: UTC).
QDateTime readInstant(const QJsonValue &value) {
    const QString text = readText(value);
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return {};
    return at.toUTC();
}

QDate readDate(const QJsonValue &value) {
    const QString text = readText(value);
    if (text.size() != 10)
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

void readEstimate(const QJsonValue &value, ServerAnswer *answer) {
    const QJsonObject estimate = value.toObject();
    const int min = readCount(estimate.value(QStringLiteral("min")));
    const int max = readCount(estimate.value(QStringLiteral("max")));
    if (min < 0 || max < 0 || min > max)
        return; // a range that cannot be shown honestly is not shown
    answer->waitMinSeconds = min;
    answer->waitMaxSeconds = max;
}

int readRefresh(const QJsonValue &value) {
    const int seconds = readCount(value);
    return seconds > 0 ? seconds : -1;
}

// The queue fields shared by the waiting-room body, the poll answer and the 202 body.
void readQueueFields(const QJsonObject &object, ServerAnswer *answer) {
    answer->ticket = readText(object.value(QStringLiteral("ticket")));
    answer->position = readCount(object.value(QStringLiteral("position")));
    readEstimate(object.value(QStringLiteral("estimatedWaitSeconds")), answer);
    answer->refreshSeconds = readRefresh(object.value(QStringLiteral("refreshSeconds")));
    answer->ticketExpiresUtc = readInstant(object.value(QStringLiteral("expiresAt")));
}

QJsonObject errorObject(const QJsonObject &body) {
    return body.value(QStringLiteral("error")).toObject();
}

// The error code of a JSON error body; empty when the body is not one.
QString errorCodeIn(const QByteArray &body) {
    QJsonObject object;
    if (!parseObject(body, &object))
        return {};
    return readText(errorObject(object).value(QStringLiteral("code")));
}

// A member of the error object, or of the body when the server put it at the top level.
QJsonValue errorMember(const QJsonObject &body, const QString &name) {
    const QJsonObject error = errorObject(body);
    if (error.contains(name))
        return error.value(name);
    return body.value(name);
}

ServerAnswer start(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer;
    answer.httpStatus = reply.networkError == NetworkErrorKind::None ? reply.status : 0;
    answer.networkError = reply.networkError;
    answer.replayed = reply.replayed;
    if (!reply.retryAfter.isEmpty()) {
        if (const auto seconds = RetryAfter::parseSeconds(reply.retryAfter, nowUtc))
            answer.retryAfterSeconds = *seconds;
    }
    return answer;
}

ServerAnswer &becomes(ServerAnswer &answer, AnswerKind kind, BreakerSignal breaker,
                      const QString &code = QString()) {
    answer.kind = kind;
    answer.breaker = breaker;
    answer.code = code;
    return answer;
}

// No HTTP answer. Most failures pass (retry with backoff); a wrong pinned key or an address
// that would go out in clear text do not, whatever the wait: staff must look. Neither says
// anything about the server's load, so the circuit is not moved.
ServerAnswer &networkFailure(ServerAnswer &answer, NetworkErrorKind kind) {
    if (kind == NetworkErrorKind::PinMismatch || kind == NetworkErrorKind::InsecureAddress)
        return becomes(answer, AnswerKind::NeedsAttention, BreakerSignal::Neutral,
                       networkErrorCode(kind));
    return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Failure,
                   networkErrorCode(kind));
}

// 2xx without a usable body: the server may have committed; the same key retried gets the replay.
ServerAnswer &malformed(ServerAnswer &answer) {
    return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Failure, kMalformedBody);
}

ServerAnswer &readConfirmed(ServerAnswer &answer, const QByteArray &body) {
    QJsonObject object;
    if (!parseObject(body, &object))
        return malformed(answer);
    answer.participantId = readText(object.value(QStringLiteral("participantId")));
    answer.enrolmentId = readText(object.value(QStringLiteral("enrolmentId")));
    answer.reference = readText(object.value(QStringLiteral("reference")));
    if (readText(object.value(QStringLiteral("state"))) != QLatin1String("confirmed") ||
        answer.participantId.isEmpty() || answer.enrolmentId.isEmpty())
        return malformed(answer);
    return becomes(answer, AnswerKind::Confirmed, BreakerSignal::Healthy);
}

ServerAnswer &readProcessing(ServerAnswer &answer, const QByteArray &body) {
    QJsonObject object;
    if (!parseObject(body, &object) ||
        readText(object.value(QStringLiteral("state"))) != QLatin1String("processing"))
        return malformed(answer);
    readQueueFields(object, &answer); // each field optional: the client polls by key
    return becomes(answer, AnswerKind::Processing, BreakerSignal::Healthy);
}

// 429 and 503, and the other failures every endpoint shares.
ServerAnswer &readCommon(ServerAnswer &answer, const HttpReply &reply) {
    const int status = reply.status;
    if (status == 429 || status == 503) {
        QJsonObject object;
        if (parseObject(reply.body, &object)) {
            const QJsonObject room = object.value(QStringLiteral("waitingRoom")).toObject();
            readQueueFields(room, &answer);
            if (!answer.ticket.isEmpty())
                return becomes(answer, AnswerKind::WaitingRoom, BreakerSignal::Failure,
                               httpCode(status));
        }
        answer.ticket.clear();
        answer.position = answer.waitMinSeconds = answer.waitMaxSeconds = -1;
        answer.refreshSeconds = -1;
        answer.ticketExpiresUtc = QDateTime();
        return becomes(answer, AnswerKind::Overloaded, BreakerSignal::Failure, httpCode(status));
    }
    if (status >= 500 || status == 408)
        return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Failure,
                       httpCode(status));
    if (status >= 400) {
        const QString code = errorCodeIn(reply.body);
        return becomes(answer, AnswerKind::NeedsAttention, BreakerSignal::Healthy,
                       code.isEmpty() ? httpCode(status) : code);
    }
    // 1xx, 3xx, 2xx the endpoint does not use: nothing to act on, retry later.
    return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Neutral, httpCode(status));
}

QTimeZone seoul() {
    const QTimeZone zone(QByteArrayLiteral("Asia/Seoul"));
    // Korea has kept UTC+9 without daylight saving since 1988: a fixed offset is exact.
    return zone.isValid() ? zone : QTimeZone(9 * 3600);
}

ServerAnswer &readCohort(ServerAnswer &answer, const QJsonObject &object) {
    QDate nextDate = readDate(errorMember(object, QStringLiteral("nextDate")));
    const QJsonObject slot = errorMember(object, QStringLiteral("slot")).toObject();
    QDateTime from = readInstant(slot.value(QStringLiteral("from")));
    QDateTime to = readInstant(slot.value(QStringLiteral("to")));
    if (!from.isValid() || !to.isValid() || to <= from) {
        if (!nextDate.isValid())
            return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Healthy,
                           kMalformedBody);
        const QTimeZone zone = seoul();
        from = QDateTime(nextDate, QTime(0, 0), zone).toUTC();
        to = QDateTime(nextDate.addDays(1), QTime(0, 0), zone).toUTC();
    }
    if (!nextDate.isValid())
        nextDate = from.toTimeZone(seoul()).date();
    answer.nextDate = nextDate;
    answer.slotFromUtc = from;
    answer.slotToUtc = to;
    return becomes(answer, AnswerKind::CohortDeferred, BreakerSignal::Healthy,
                   QStringLiteral("not-cohort-day"));
}

QVector<FieldIssue> readFields(const QJsonObject &object) {
    QVector<FieldIssue> fields;
    const QJsonArray array = errorMember(object, QStringLiteral("fields")).toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject entry = item.toObject();
        FieldIssue issue{readText(entry.value(QStringLiteral("field"))),
                         readText(entry.value(QStringLiteral("code")))};
        if (!issue.field.isEmpty())
            fields.push_back(issue);
    }
    return fields;
}

} // namespace

ServerAnswer AnswerClassifier::enrolmentPost(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer = start(reply, nowUtc);
    if (reply.networkError != NetworkErrorKind::None)
        return networkFailure(answer, reply.networkError);
    const int status = reply.status;
    if (status == 200 || status == 201)
        return readConfirmed(answer, reply.body);
    if (status == 202)
        return readProcessing(answer, reply.body);

    QJsonObject object;
    const bool readable = parseObject(reply.body, &object);
    const QString code = readText(errorObject(object).value(QStringLiteral("code")));
    switch (status) {
    case 409:
        if (code == QLatin1String("already-enrolled"))
            return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy, code);
        if (code == QLatin1String("in-flight"))
            return becomes(answer, AnswerKind::InFlight, BreakerSignal::Healthy, code);
        break;
    case 422:
        if (code == QLatin1String("invalid")) {
            answer.fields = readFields(object);
            return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy, code);
        }
        break;
    case 403:
        if (code == QLatin1String("not-cohort-day"))
            return readCohort(answer, object);
        if (code == QLatin1String("cohort-closed")) // no window remains for this birth year
            return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy, code);
        break;
    case 410:
        // Gone is final whatever the body says; the code says why when it can be read.
        return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy,
                       readable && !code.isEmpty() ? code : httpCode(status));
    default:
        break;
    }
    return readCommon(answer, reply);
}

ServerAnswer AnswerClassifier::activityPost(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer = start(reply, nowUtc);
    if (reply.networkError != NetworkErrorKind::None)
        return networkFailure(answer, reply.networkError);
    QJsonObject object;
    const bool readable = parseObject(reply.body, &object);
    if (reply.status == 200 || reply.status == 201) {
        // The credit id stands where an enrolment's id stands: the outbox keeps it with the day.
        answer.participantId = readText(object.value(QStringLiteral("participantId")));
        answer.enrolmentId = readText(object.value(QStringLiteral("creditId")));
        if (!readable || readText(object.value(QStringLiteral("state"))) != QLatin1String("credited") ||
            answer.participantId.isEmpty() || answer.enrolmentId.isEmpty())
            return malformed(answer);
        return becomes(answer, AnswerKind::Confirmed, BreakerSignal::Healthy);
    }
    const QString code = readText(errorObject(object).value(QStringLiteral("code")));
    if (reply.status == 409 && code == QLatin1String("stale-revision"))
        return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy, code);
    if (reply.status == 409 && code == QLatin1String("in-flight"))
        return becomes(answer, AnswerKind::InFlight, BreakerSignal::Healthy, code);
    if (reply.status == 422 && code == QLatin1String("invalid")) {
        answer.fields = readFields(object);
        return becomes(answer, AnswerKind::Rejected, BreakerSignal::Healthy, code);
    }
    // 401 unlinked, 403 wrong-participant, 422 key-reused: the person must act (NeedsAttention).
    return readCommon(answer, reply);
}

ServerAnswer AnswerClassifier::enrolmentStatus(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer = start(reply, nowUtc);
    if (reply.networkError != NetworkErrorKind::None)
        return networkFailure(answer, reply.networkError);
    switch (reply.status) {
    case 200:
    case 201:
        return readConfirmed(answer, reply.body);
    case 202:
        return readProcessing(answer, reply.body);
    case 404: {
        // Whatever the body: sending the POST again with the same key is always safe.
        const QString code = errorCodeIn(reply.body);
        return becomes(answer, AnswerKind::NotStored, BreakerSignal::Healthy,
                       code.isEmpty() ? QStringLiteral("unknown") : code);
    }
    default:
        return readCommon(answer, reply);
    }
}

ServerAnswer AnswerClassifier::waitingRoomPoll(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer = start(reply, nowUtc);
    if (reply.networkError != NetworkErrorKind::None)
        return networkFailure(answer, reply.networkError);
    if (reply.status == 200) {
        QJsonObject object;
        if (!parseObject(reply.body, &object))
            return malformed(answer);
        const QJsonValue ready = object.value(QStringLiteral("ready"));
        readQueueFields(object, &answer);
        if (answer.ticket.isEmpty() || !ready.isBool())
            return malformed(answer);
        return becomes(answer, ready.toBool() ? AnswerKind::TicketReady : AnswerKind::WaitingRoom,
                       BreakerSignal::Healthy);
    }
    if (reply.status == 404) {
        const QString code = errorCodeIn(reply.body);
        return becomes(answer, AnswerKind::TicketExpired, BreakerSignal::Healthy,
                       code.isEmpty() ? QStringLiteral("unknown-ticket") : code);
    }
    return readCommon(answer, reply);
}

ServerAnswer AnswerClassifier::serverStatus(const HttpReply &reply, const QDateTime &nowUtc) {
    ServerAnswer answer = start(reply, nowUtc);
    if (reply.networkError != NetworkErrorKind::None)
        return networkFailure(answer, reply.networkError);
    if (reply.status == 200) {
        QJsonObject object;
        if (!parseObject(reply.body, &object))
            return malformed(answer);
        const QString status = readText(object.value(QStringLiteral("status")));
        answer.policyVersion = readText(object.value(QStringLiteral("policyVersion")));
        if (status == QLatin1String("ok"))
            return becomes(answer, AnswerKind::StatusOk, BreakerSignal::Healthy);
        return becomes(answer, AnswerKind::TransientFailure, BreakerSignal::Failure,
                       status.isEmpty() ? kMalformedBody : QStringLiteral("status-") + status);
    }
    return readCommon(answer, reply);
}

} // namespace wristdoc
