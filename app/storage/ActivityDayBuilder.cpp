#include "ActivityDayBuilder.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace wristdoc {

ActivityDayBuilder::ActivityDayBuilder(Database &database, PointsPolicy policy)
    : m_database(database)
    , m_policy(std::move(policy)) {}

bool ActivityDayBuilder::build(const QString &participantId, const QDate &date,
                               ActivityDaySummary *out, StorageError *error) const {
    const qint64 start = m_policy.dayStartUtc(date);
    const qint64 end = m_policy.dayStartUtc(date.addDays(1));
    QSqlQuery q(m_database.connection());
    // Several real watches on one day (a replaced watch) add up, as the daily rollups do.
    q.prepare(QStringLiteral("SELECT s.minute_utc, sum(s.steps) FROM step_samples s"
                             " JOIN devices d ON d.id = s.device_id"
                             " WHERE d.demo = 0 AND s.minute_utc >= ? AND s.minute_utc < ?"
                             " AND s.steps >= 0 GROUP BY s.minute_utc ORDER BY s.minute_utc"));
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec()) {
        if (error)
            *error = storageErrorFromQuery(q.lastError(), QStringLiteral("read day's steps"));
        return false;
    }
    // Hours are counted from the local day's start, so a 23- or 25-hour day keeps its length.
    const int hours = int((end - start + 3599) / 3600);
    ActivityDaySummary s;
    s.participantId = participantId;
    s.date = date;
    s.policyVersion = m_policy.version();
    s.hourlySteps = QVector<int>(hours, 0);
    QVector<QPair<qint64, int>> minutes;
    while (q.next()) {
        const qint64 minute = q.value(0).toLongLong();
        const int steps = q.value(1).toInt();
        minutes.append({minute, steps});
        s.steps += steps;
        ++s.minutesWorn;
        s.hourlySteps[int((minute - start) / 3600)] += steps;
    }
    if (minutes.isEmpty())
        return false;
    s.digest = ActivityDaySummary::sampleDigest(minutes);

    q.prepare(QStringLiteral("SELECT d.name FROM step_samples s JOIN devices d"
                             " ON d.id = s.device_id WHERE d.demo = 0 AND s.minute_utc >= ?"
                             " AND s.minute_utc < ? GROUP BY d.id ORDER BY sum(s.steps) DESC"
                             " LIMIT 1"));
    q.addBindValue(start);
    q.addBindValue(end);
    if (q.exec() && q.next())
        s.device = q.value(0).toString();
    *out = s;
    return true;
}

} // namespace wristdoc
