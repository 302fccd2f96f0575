#pragma once

#include "LinkedParticipant.h"
#include "PointsPolicy.h"
#include "Reconciler.h"
#include "ServerLedger.h"
#include "StorageError.h"

namespace wristdoc {

class Database;

// Reconciliation from the cache: the participant's newest day revisions (ActivityDayStore)
// against the last copy of the server's ledger (ServerLedgerStore), over the range the ledger
// was fetched for. Used by the dashboard and by `wristdoc-cli reconcile`.
class PointsCheck {
public:
    struct Result {
        bool ledgerKnown = false; // false: never fetched, nothing compared
        ServerLedger ledger;
        Reconciliation reconciliation;
    };

    PointsCheck(Database &database, PointsPolicy policy);

    bool run(const LinkedParticipant &participant, Result *out, StorageError *error = nullptr);

private:
    Database &m_database;
    PointsPolicy m_policy;
};

} // namespace wristdoc
