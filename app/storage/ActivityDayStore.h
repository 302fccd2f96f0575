#pragma once

#include "ActivityDaySummary.h"
#include "Reconciler.h"
#include "SqliteStatement.h"
#include "StorageError.h"

#include <QDateTime>
#include <QVector>

namespace wristdoc {

class Clock;
class Database;
class OutboxStore;

// A linked participant's closed days, one row per revision, and their delivery through the
// outbox (docs/storage.md, "activity_days"). enqueue() writes the revision and its outbox row in
// one transaction with synchronous = FULL, so a day counted as uploaded is on disk first, and
// the key derived from participant, date and revision makes every retry the same request.
class ActivityDayStore {
public:
    // A reader (the CLI, reconciliation) passes no outbox and no clock: enqueue() then fails.
    explicit ActivityDayStore(Database &database, OutboxStore *outbox = nullptr,
                              const Clock *clock = nullptr);

    // The newest revision stored for the day; false when there is none (or on error).
    bool latest(const QString &participantId, const QDate &date, ActivityDaySummary *out,
                StorageError *error = nullptr) const;
    // Stores summary (its revision must be above the newest stored) and queues its upload, due
    // at notBeforeUtc.
    StorageError enqueue(const ActivityDaySummary &summary, const QDateTime &notBeforeUtc);
    // The newest revision of each day in [from, to], ascending, with how far its upload got.
    QVector<LocalActivityDay> days(const QString &participantId, const QDate &from,
                                   const QDate &to, StorageError *error = nullptr) const;
    // Removes every day of the participant (unlinking with "delete my data"); their outbox rows
    // go too, so nothing is sent for a participant who left this computer.
    StorageError removeParticipant(const QString &participantId);

private:
    Database &m_database;
    OutboxStore *m_outbox;
    const Clock *m_clock;
    mutable SqliteStatement m_insert;
};

} // namespace wristdoc
