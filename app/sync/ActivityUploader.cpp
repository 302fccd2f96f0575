#include "ActivityUploader.h"

#include "ActivityDayBuilder.h"
#include "ActivityDayStore.h"
#include "Clock.h"
#include "SyncLog.h"

namespace wristdoc {

ActivityUploader::ActivityUploader(ActivityDayBuilder &builder, ActivityDayStore &store,
                                   ActivityUploadSchedule schedule, const Clock &clock,
                                   TaskScheduler &scheduler, RandomSource &random, QTimeZone zone,
                                   const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_builder(builder)
    , m_store(store)
    , m_schedule(std::move(schedule))
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_random(random)
    , m_zone(std::move(zone))
    , m_settings(settings) {}

ActivityUploader::~ActivityUploader() {
    if (m_task)
        m_scheduler.cancel(m_task);
}

void ActivityUploader::start() {
    check();
}

void ActivityUploader::check() {
    if (m_settings.participantId.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toTimeZone(m_zone).date();
    int added = 0;
    QDateTime next = m_schedule.uploadTime(today); // today's own time, after tonight
    for (int back = m_settings.lookbackDays; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        const QDateTime due = m_schedule.uploadTime(day);
        if (due > now) {
            next = std::min(next, due); // yesterday's time in the early hours, not yet come
            continue;
        }
        ActivityDaySummary summary;
        StorageError error;
        if (!m_builder.build(m_settings.participantId, day, &summary, &error)) {
            if (error) {
                Q_EMIT storageProblem(error.detail);
                return;
            }
            continue; // no step from a real watch that day: nothing to credit
        }
        ActivityDaySummary stored;
        QDateTime notBefore = due;
        if (m_store.latest(m_settings.participantId, day, &stored, &error)) {
            if (stored.digest == summary.digest)
                continue;
            summary.revision = stored.revision + 1;
            notBefore = m_schedule.lateRevisionTime(now, m_random);
        } else if (error) {
            Q_EMIT storageProblem(error.detail);
            return;
        }
        if (const StorageError queued = m_store.enqueue(summary, notBefore)) {
            Q_EMIT storageProblem(queued.detail);
            return;
        }
        qCInfo(lcSync) << "activity day queued, revision" << summary.revision;
        ++added;
    }
    m_queued += added;
    if (added > 0)
        Q_EMIT queued(added);
    scheduleNext(next);
}

void ActivityUploader::scheduleNext(const QDateTime &nextUtc) {
    if (m_task)
        m_scheduler.cancel(m_task);
    const qint64 delay = std::max<qint64>(0, m_clock.nowUtc().msecsTo(nextUtc));
    m_task = m_scheduler.schedule(delay, this, [this] {
        m_task = 0;
        check();
    });
}

} // namespace wristdoc
