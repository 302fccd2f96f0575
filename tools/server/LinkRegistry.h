#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wristdoc {

class CommitBatch;
class ServerDatabase;

// Participant linking (docs/api.md, "Participant linking (a home computer)"): a participant asks
// for a one-time code with their participant number, the code "is sent" (the reference server
// shows it on an admin endpoint instead), and the computer exchanges it, once, for a token.
// Tokens are 256 random bits of which only a SHA-256 is stored; codes never reach a log line.
class LinkRegistry {
public:
    struct Settings {
        int codeTtlSeconds = 600;
        int maxWrongCodes = 5;        // then the request is dead
        int maxRequestsPerWindow = 5; // per participant
        qint64 requestWindowMs = 10 * 60 * 1000;
    };

    LinkRegistry(ServerDatabase *database, CommitBatch *batch, const Settings &settings);

    // POST /v1/link-requests {"participantId": "P-00000001"}
    HttpResponse requestCode(const QByteArray &body, qint64 nowMs);
    // GET /v1/admin/link-codes?participantId=... (the caller has checked the admin token).
    HttpResponse newestCode(const QString &participantNumber) const;
    // POST /v1/link-requests/{requestId}/confirm {"code": "123456", "label": "..."}
    HttpResponse confirm(const QString &requestId, const QByteArray &body, qint64 nowMs);
    // DELETE /v1/links/current with the Participant-Token header.
    HttpResponse revoke(const QByteArray &token, qint64 nowMs);

    // The participant a Participant-Token belongs to; empty when it is missing, unknown or
    // revoked.
    std::optional<QString> participantOf(const QByteArray &token) const;
    // The birth year of a confirmed enrolment's participant number; 0 when there is none.
    int birthYearOf(const QString &participantId) const;

    // "P-00000001" from "p-0000 0001", "P00000001", ...; empty when it is not one.
    static QString canonicalParticipantId(const QString &typed);
    // 401 unlinked, the answer to a missing, unknown or revoked token.
    static HttpResponse unlinked();

private:
    HttpResponse wrongCode(const QString &requestId, int wrongBefore, qint64 nowMs);

    ServerDatabase *m_database;
    CommitBatch *m_batch;
    Settings m_settings;
};

} // namespace wristdoc
