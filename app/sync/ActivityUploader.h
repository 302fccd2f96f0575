#pragma once

#include "ActivityUploadSchedule.h"
#include "StorageError.h"
#include "TaskScheduler.h"

#include <QObject>
#include <QString>

namespace wristdoc {

class ActivityDayBuilder;
class ActivityDayStore;
class Clock;
class RandomSource;

// Closes a linked participant's local days and queues them for the server. A day is looked at
// once its upload time (ActivityUploadSchedule) has come: its summary is built from the samples
// then, so a watch synced in the night is still in revision 1. A day whose samples changed after
// it was queued (a watch synced late) gets the next revision, queued a few minutes later. The
// outbox worker does the sending; this class only decides what goes and when.
class ActivityUploader : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString participantId;
        int lookbackDays = 30; // closed days looked at, counted back from yesterday
    };

    ActivityUploader(ActivityDayBuilder &builder, ActivityDayStore &store,
                     ActivityUploadSchedule schedule, const Clock &clock,
                     TaskScheduler &scheduler, RandomSource &random, QTimeZone zone,
                     const Settings &settings, QObject *parent = nullptr);
    ~ActivityUploader() override;

    // Looks at every day now and then at each next upload time.
    void start();
    int queuedSoFar() const { return m_queued; }

public Q_SLOTS:
    // New samples were stored (a watch sync): a closed day may have changed.
    void check();

Q_SIGNALS:
    // Days were queued: the outbox worker should look.
    void queued(int days);
    void storageProblem(const QString &detail);

private:
    void scheduleNext(const QDateTime &nextUtc);

    ActivityDayBuilder &m_builder;
    ActivityDayStore &m_store;
    ActivityUploadSchedule m_schedule;
    const Clock &m_clock;
    TaskScheduler &m_scheduler;
    RandomSource &m_random;
    QTimeZone m_zone;
    Settings m_settings;
    TaskScheduler::TaskId m_task = 0;
    int m_queued = 0;
};

} // namespace wristdoc
