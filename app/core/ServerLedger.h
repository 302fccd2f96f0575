#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

// One day of the server's points ledger (GET /v1/participants/{id}/ledger, docs/api.md).
struct LedgerDay {
    QDate date;
    int revision = 0;
    int steps = 0;
    int points = 0;
    QString state; // "confirmed" or "pending"
    QString creditId;
    QString policyVersion;
    QString digest;
};

// The ledger's balance and conversion terms, and which range of days was fetched when.
struct LedgerSummary {
    QDate from;
    QDate to;
    QDateTime fetchedUtc; // invalid: never fetched
    int confirmed = 0;
    int pending = 0;
    int converted = 0;
    int available = 0;
    int conversionMinimum = 0;
    bool conversionAvailable = false;
    QDate conversionDeadline; // invalid when the server sent none
};

struct ServerLedger {
    QString participantId;
    LedgerSummary summary;
    QVector<LedgerDay> days; // ascending

    // Strict reading of the server's JSON; false with a reason (English, for logs) when the
    // body is not the documented shape. A wrong ledger must never be compared as if right.
    static bool fromJson(const QByteArray &json, ServerLedger *out, QString *error);
};

} // namespace wristdoc
