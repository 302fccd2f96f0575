#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace wristdoc {

class AdminStats;
class IdempotencyStore;
struct ApiRequest;
struct StoredAnswer;

// The answers every endpoint with an Idempotency-Key shares (docs/api.md, Conventions), so
// enrolments and activity days cannot drift apart.
namespace IdempotentAnswers {

// Reads the request's key and marks it in flight, then answers with decide(key); the answer
// holds the key in flight until it has left. A malformed key gets 400 bad-idempotency-key, a
// key in flight 409 in-flight, without calling decide.
HttpResponse run(const ApiRequest &request, IdempotencyStore *keys, AdminStats *stats,
                 const std::function<HttpResponse(const QString &key)> &decide);
// 422 key-reused (counted), for a stored key with another body.
HttpResponse keyReused(AdminStats *stats);
// The stored answer given back (counted): 201 as 200, any other status unchanged, with
// Idempotent-Replayed: true.
HttpResponse replay(const StoredAnswer &stored, AdminStats *stats);

} // namespace IdempotentAnswers

} // namespace wristdoc
