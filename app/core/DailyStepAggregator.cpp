#include "DailyStepAggregator.h"

#include <QDateTime>
#include <QMap>

#include <climits>

namespace wristdoc {

namespace {

// Converting every minute through QTimeZone is slow for years of data; remember the UTC bounds
// of the last local day and convert only when a minute falls outside them.
class LocalDayCache {
public:
    explicit LocalDayCache(const QTimeZone &zone)
        : m_zone(zone) {}

    QDate dayOf(qint64 utcSecs) {
        if (!m_day.isValid() || utcSecs < m_startUtc || utcSecs >= m_endUtc) {
            m_day = QDateTime::fromSecsSinceEpoch(utcSecs, m_zone).date();
            m_startUtc = m_day.startOfDay(m_zone).toSecsSinceEpoch();
            m_endUtc = m_day.addDays(1).startOfDay(m_zone).toSecsSinceEpoch();
        }
        return m_day;
    }

private:
    QTimeZone m_zone;
    QDate m_day;
    qint64 m_startUtc = 0;
    qint64 m_endUtc = 0;
};

} // namespace

QVector<DaySteps> DailyStepAggregator::aggregate(const MinuteSamples &samples,
                                                 const QTimeZone &zone) {
    LocalDayCache cache(zone);
    QMap<QDate, qint64> totals;
    QDate runDay;
    qint64 runSteps = 0;
    // Sorted input makes runs of one day; the map only sees one insertion per run.
    for (const MinuteSample &sample : samples) {
        if (!sample.hasSteps())
            continue;
        const QDate day = cache.dayOf(sample.minuteUtc);
        if (day != runDay) {
            if (runDay.isValid())
                totals[runDay] += runSteps;
            runDay = day;
            runSteps = 0;
        }
        runSteps += sample.steps;
    }
    if (runDay.isValid())
        totals[runDay] += runSteps;

    QVector<DaySteps> days;
    days.reserve(totals.size());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        days.append(DaySteps{it.key(), int(qMin<qint64>(it.value(), INT_MAX))});
    return days;
}

QVector<DaySteps> DailyStepAggregator::aggregate(const MinuteSamples &samples,
                                                 const PointsPolicy &policy) {
    return aggregate(samples, policy.timeZone());
}

} // namespace wristdoc
