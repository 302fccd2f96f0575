#include "IdempotentAnswers.h"

#include "AdminStats.h"
#include "ApiRequest.h"
#include "IdempotencyStore.h"

namespace wristdoc::IdempotentAnswers {

HttpResponse run(const ApiRequest &request, IdempotencyStore *keys, AdminStats *stats,
                 const std::function<HttpResponse(const QString &key)> &decide) {
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (!IdempotencyStore::isValidKey(key)) {
        return HttpResponse::error(
            400, QStringLiteral("bad-idempotency-key"),
            QStringLiteral("Idempotency-Key must be 8 to 64 characters of [A-Za-z0-9-]."));
    }
    if (!keys->tryMarkInFlight(key)) {
        stats->countInFlightRefused();
        HttpResponse busy = HttpResponse::error(
            409, QStringLiteral("in-flight"),
            QStringLiteral("A request with this key is still being processed."));
        busy.addHeader("Retry-After", "1");
        return busy;
    }
    HttpResponse response = decide(key);
    response.inFlightKey = key;
    return response;
}

HttpResponse keyReused(AdminStats *stats) {
    stats->countKeyReused();
    return HttpResponse::error(
        422, QStringLiteral("key-reused"),
        QStringLiteral("This Idempotency-Key was used with a different body."));
}

HttpResponse replay(const StoredAnswer &stored, AdminStats *stats) {
    stats->countReplay();
    HttpResponse replay;
    replay.status = stored.status == 201 ? 200 : stored.status;
    replay.body = stored.body;
    replay.addHeader("Idempotent-Replayed", "true");
    replay.replay = true;
    return replay;
}

} // namespace wristdoc::IdempotentAnswers
