#pragma once

#include "NetworkErrorKind.h"

#include <QByteArray>

#include <utility>

namespace wristdoc {

// What came back for one request, in the classifier's terms: either a network failure or an
// HTTP status with the headers that matter and the body bytes.
struct HttpReply {
    NetworkErrorKind networkError = NetworkErrorKind::None;
    int status = 0;        // 0 without an HTTP answer
    QByteArray retryAfter; // raw Retry-After value, empty when absent
    bool replayed = false; // "Idempotent-Replayed: true"
    QByteArray body;

    static HttpReply failed(NetworkErrorKind kind) {
        HttpReply reply;
        reply.networkError = kind;
        return reply;
    }
    static HttpReply answer(int status, QByteArray body, QByteArray retryAfter = {}) {
        HttpReply reply;
        reply.status = status;
        reply.body = std::move(body);
        reply.retryAfter = std::move(retryAfter);
        return reply;
    }
};

} // namespace wristdoc
