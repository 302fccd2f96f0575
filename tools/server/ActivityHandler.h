#pragma once

#include "HttpResponse.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace wristdoc {

class ActivityCreditRule;
class ActivityStore;
class AdminStats;
class CommitBatch;
class IdempotencyStore;
class LinkRegistry;
struct ActivityDayUpload;
struct ApiRequest;

// POST /v1/activity/days (docs/api.md): a linked participant's closed day. Idempotent by key
// like enrolments (the stored answer and the credit are written in one savepoint of the group
// commit); a higher revision replaces the day's credit, a stale one is refused for good.
class ActivityHandler {
public:
    ActivityHandler(CommitBatch *batch, IdempotencyStore *keys, ActivityStore *store,
                    const LinkRegistry *links, const ActivityCreditRule *rule, AdminStats *stats);

    // today: the local date in the policy's zone (no future days); nowMs: wall-clock ms.
    HttpResponse post(const ApiRequest &request, const QDate &today, qint64 nowMs);

private:
    HttpResponse decide(const QString &key, const QByteArray &body, const QDate &today,
                        qint64 nowMs);
    HttpResponse store(const QString &key, const QByteArray &bodyHash, const ActivityDayUpload &day,
                       qint64 nowMs);
    HttpResponse internalError(const QString &what) const;

    CommitBatch *m_batch;
    IdempotencyStore *m_keys;
    ActivityStore *m_store;
    const LinkRegistry *m_links;
    const ActivityCreditRule *m_rule;
    AdminStats *m_stats;
};

} // namespace wristdoc
