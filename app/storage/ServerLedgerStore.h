#pragma once

#include "ServerLedger.h"
#include "StorageError.h"

namespace wristdoc {

class Database;

// The newest copy of the server's points ledger per participant, kept so the dashboard can show
// the balance and the reconciliation while the server is down (with its "as of" time).
class ServerLedgerStore {
public:
    explicit ServerLedgerStore(Database &database);

    // Replaces the days of the fetched range and the summary, in one transaction: a day the
    // server no longer lists in that range is removed, days outside it are kept.
    StorageError replace(const ServerLedger &ledger, const QDateTime &fetchedUtc);
    // false when nothing was ever fetched for the participant.
    bool load(const QString &participantId, ServerLedger *out, StorageError *error = nullptr) const;
    StorageError removeParticipant(const QString &participantId);

private:
    Database &m_database;
};

} // namespace wristdoc
