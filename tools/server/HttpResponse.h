#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

namespace wristdoc {

// An answer of the API layer, before the transport decides when (latency) and whether (lost
// responses) it reaches the client.
struct HttpResponse {
    int status = 200;
    QByteArray body; // JSON
    QVector<QPair<QByteArray, QByteArray>> headers;

    // Something was committed while producing this answer, so losing it is the interesting
    // failure: the --drop-response-after-commit-rate fault applies only to these.
    bool committed = false;
    // The idempotency key this request holds "in flight" until its answer leaves or is lost.
    QString inFlightKey;
    // The request holds an admission slot (concurrency) until its answer leaves or is lost.
    bool holdsAdmission = false;
    // A POST /v1/enrolments answer that is a replay of a stored one.
    bool replay = false;
    // Produced while a group commit was open: held back until it is on disk.
    bool awaitsCommit = false;
    // An answer of /v1/admin: not counted in requestsByStatus, so watching the statistics
    // does not change them.
    bool administrative = false;

    void addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
    }

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": {"code": ..., "message": ..., <extra members>}} (docs/api.md, Conventions)
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});
    // 500 internal after a database failure: logs what failed (never a body), answers message.
    static HttpResponse internalError(const QString &logDetail, const QString &message);
    static QByteArray reasonPhrase(int status);
};

} // namespace wristdoc
