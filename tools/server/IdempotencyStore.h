#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace wristdoc {

class ServerDatabase;

// The first final answer given for a key, and the body it answered (by hash).
struct StoredAnswer {
    QByteArray bodyHash; // SHA-256 of the request body
    int status = 0;
    QByteArray body;
    bool processing = false; // the enrolment it created is not confirmed yet
};

// Idempotency keys (docs/api.md, Conventions): the stored answers live in the idempotency table,
// written in the same transaction as the enrolment; the keys in flight live in memory, because
// a request in flight does not outlive the process.
class IdempotencyStore {
public:
    explicit IdempotencyStore(ServerDatabase *database);

    bool prepare(QString *error);

    // False when the key is already in flight.
    bool tryMarkInFlight(const QString &key);
    void clearInFlight(const QString &key);
    int inFlightCount() const { return m_inFlight.size(); }

    // The stored answer of a key; empty when none. *ok is false on a database error.
    std::optional<StoredAnswer> lookup(const QString &key, bool *ok);
    // Call inside the transaction that commits what the answer reports.
    bool insert(const QString &key, const QByteArray &bodyHash, int status, const QByteArray &body,
                qint64 nowMs);
    QString lastError() const { return m_lastError; }

    // 8 to 64 characters of [A-Za-z0-9-].
    static bool isValidKey(const QString &key);

private:
    ServerDatabase *m_database;
    QSet<QString> m_inFlight;
    QSqlQuery m_lookup;
    QSqlQuery m_insert;
    QString m_lastError;
};

} // namespace wristdoc
