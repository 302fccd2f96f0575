#include "LocalDays.h"

#include <QDateTime>

namespace wristdoc {

LocalDays::LocalDays(QTimeZone zone)
    : m_zone(std::move(zone)) {}

QDate LocalDays::dateOf(qint64 utcSecs) {
    if (utcSecs >= m_start && utcSecs < m_end)
        return m_date;
    m_date = QDateTime::fromSecsSinceEpoch(utcSecs, m_zone).date();
    m_start = startOf(m_date);
    m_end = startOf(m_date.addDays(1));
    return m_date;
}

qint64 LocalDays::startOf(const QDate &day) const {
    // startOfDay() also handles zones whose midnight falls in a daylight-saving gap.
    return day.startOfDay(m_zone).toSecsSinceEpoch();
}

} // namespace wristdoc
