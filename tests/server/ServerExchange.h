#pragma once

#include "LoopbackHttpRequest.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace wristdoc::test {

inline LoopbackReply postEnrolment(quint16 port, const QByteArray &key, const QByteArray &body,
                                   const LoopbackHttpRequest::Headers &extra = {}) {
    LoopbackHttpRequest::Headers headers = extra;
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    return LoopbackHttpRequest::exchange(port, "POST", "/v1/enrolments", body, headers);
}

inline LoopbackReply getPath(quint16 port, const QByteArray &path,
                             const LoopbackHttpRequest::Headers &headers = {}) {
    return LoopbackHttpRequest::exchange(port, "GET", path, {}, headers);
}

inline QString errorCode(const LoopbackReply &reply) {
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// Whether a 422 invalid answer lists {"field": field, "code": code} among its fields.
inline bool hasFieldIssue(const LoopbackReply &reply, const QString &field, const QString &code) {
    const QJsonArray fields = reply.json()
                                  .value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("fields"))
                                  .toArray();
    for (const QJsonValue &f : fields) {
        if (f[QStringLiteral("field")].toString() == field &&
            f[QStringLiteral("code")].toString() == code)
            return true;
    }
    return false;
}

// Polls until the condition holds; the timeout is generous and only guards against a hang.
template <typename Condition> bool eventually(Condition condition, int timeoutMs = 60000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (condition())
            return true;
        QThread::msleep(50);
    }
    return condition();
}

inline int stat(const QJsonObject &stats, const QString &name) {
    return stats.value(name).toInt();
}

inline int statusCount(const QJsonObject &stats, int status) {
    return stats.value(QStringLiteral("requestsByStatus"))
        .toObject()
        .value(QString::number(status))
        .toInt();
}

} // namespace wristdoc::test
