#include "PointsCheck.h"

#include "ActivityDayStore.h"
#include "ServerLedgerStore.h"

namespace wristdoc {

PointsCheck::PointsCheck(Database &database, PointsPolicy policy)
    : m_database(database)
    , m_policy(std::move(policy)) {}

bool PointsCheck::run(const LinkedParticipant &participant, Result *out, StorageError *error) {
    *out = Result();
    if (!participant.isLinked())
        return true;
    StorageError problem;
    if (!ServerLedgerStore(m_database).load(participant.participantId, &out->ledger, &problem)) {
        if (error)
            *error = problem;
        return !problem;
    }
    out->ledgerKnown = true;
    const QVector<LocalActivityDay> local =
        ActivityDayStore(m_database)
            .days(participant.participantId, out->ledger.summary.from, out->ledger.summary.to,
                  &problem);
    if (problem) {
        if (error)
            *error = problem;
        return false;
    }
    out->reconciliation = Reconciler(m_policy, participant.birthYear)
                              .compare(local, out->ledger, out->ledger.summary.from,
                                       out->ledger.summary.to);
    return true;
}

} // namespace wristdoc
