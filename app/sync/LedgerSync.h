#pragma once

#include <QDate>
#include <QObject>
#include <QString>

namespace wristdoc {

class Clock;
class ProgrammeApiClient;
class ServerLedgerStore;

// Fetches a linked participant's ledger (GET /v1/participants/{id}/ledger) and keeps the newest
// copy in the cache, where reconciliation reads it. A failed fetch changes nothing stored: the
// dashboard keeps the last copy with its "as of" time.
class LedgerSync : public QObject {
    Q_OBJECT
public:
    LedgerSync(ProgrammeApiClient &client, ServerLedgerStore &store, const Clock &clock,
               QString participantId, QObject *parent = nullptr);

    // The range is inclusive; the server allows at most 366 days.
    void fetch(const QDate &from, const QDate &to);
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void updated();
    // code: an error code of docs/api.md ("unlinked", "wrong-participant"), "http-NNN",
    // "malformed-body", "storage", or a network failure's code.
    void failed(const QString &code);

private:
    ProgrammeApiClient &m_client;
    ServerLedgerStore &m_store;
    const Clock &m_clock;
    QString m_participantId;
    bool m_busy = false;
};

} // namespace wristdoc
