#pragma once

#include "CohortSchedule.h"
#include "HttpResponse.h"

#include <QDate>
#include <QString>

namespace wristdoc {

class AdminStats;
class CommitBatch;
class ServerEnrolmentStore;
class IdempotencyStore;
class ProcessingQueue;
class ServerDatabase;
struct ApiRequest;

struct EnrolmentSettings {
    int firstComeLimit = -1; // negative: no limit
    int confirmDelayMs = 0;  // > 0: answer 202 processing, confirm this much later
};

// POST /v1/enrolments and GET /v1/enrolments/{key} (docs/api.md): idempotency by key, the
// shared enrolment rules (the wizard's own, so kiosk and server never disagree), duplicate
// people, cohort days and the first-come limit. The enrolment and the answer stored for its key
// are written in one savepoint of one transaction (CommitBatch), so a crash never leaves one
// without the other, and the answer leaves only once both are on disk.
class EnrolmentHandler {
public:
    EnrolmentHandler(ServerDatabase *database, CommitBatch *batch, ServerEnrolmentStore *enrolments,
                     IdempotencyStore *keys, ProcessingQueue *processing,
                     const CohortSchedule &cohorts, const EnrolmentSettings &settings,
                     AdminStats *stats);

    bool start(QString *error);
    // A group commit failed: what was counted in memory is read back from the database.
    void recover();

    // today: the local date that decides age and cohort day; nowMs: wall-clock milliseconds.
    HttpResponse post(const ApiRequest &request, const QDate &today, qint64 nowMs);
    HttpResponse status(const QString &key, qint64 nowMs);

    int stored() const { return m_stored; }
    // Places left under the first-come limit; -1 without a limit.
    int firstComeRemaining() const;
    const CohortSchedule &cohorts() const { return m_cohorts; }

    static constexpr int kMaximumReferenceLength = 32;

private:
    HttpResponse decide(const QString &key, const QByteArray &body, const QDate &today,
                        qint64 nowMs);
    HttpResponse processingAnswer(const QString &key, qint64 nowMs) const;
    HttpResponse internalError(const QString &what) const;

    ServerDatabase *m_database;
    CommitBatch *m_batch;
    ServerEnrolmentStore *m_enrolments;
    IdempotencyStore *m_keys;
    ProcessingQueue *m_processing;
    CohortSchedule m_cohorts;
    EnrolmentSettings m_settings;
    AdminStats *m_stats;
    int m_stored = 0;
};

} // namespace wristdoc
