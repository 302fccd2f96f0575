#pragma once

#include <QDate>
#include <QTimeZone>

namespace wristdoc {

// Local calendar days of a time zone for UTC instants. Remembers the last day's bounds, so a run
// of samples in time order converts with one time-zone lookup per day, not per minute.
class LocalDays {
public:
    explicit LocalDays(QTimeZone zone);

    QDate dateOf(qint64 utcSecs);
    // First UTC second of a local day.
    qint64 startOf(const QDate &day) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    QDate m_date;
    qint64 m_start = 0;
    qint64 m_end = 0; // empty range: nothing cached yet
};

} // namespace wristdoc
