#include "ActivityCreditRule.h"

#include "ActivityDayUpload.h"

#include <QDateTime>

#include <utility>

namespace wristdoc {

ActivityCreditRule::ActivityCreditRule(PointsPolicy policy, bool utcDaysBug)
    : m_calculator(std::move(policy))
    , m_utcDaysBug(utcDaysBug) {}

int ActivityCreditRule::countedSteps(const ActivityDayUpload &day) const {
    if (!m_utcDaysBug)
        return day.steps;
    // The hours of the local day follow each other from its first instant, whatever the zone
    // and its daylight-saving changes; the bug keeps those whose UTC date is the local date.
    const qint64 start = policy().dayStartUtc(day.date);
    int counted = 0;
    for (int hour = 0; hour < day.hourlySteps.size(); ++hour) {
        const QDate utcDate =
            QDateTime::fromSecsSinceEpoch(start + qint64(hour) * 3600, Qt::UTC).date();
        if (utcDate == day.date)
            counted += day.hourlySteps.at(hour);
    }
    return counted;
}

DayPoints ActivityCreditRule::credit(const ActivityDayUpload &day, int birthYear,
                                     int otherDaysInHalfYear) const {
    // Age by year: the birth date is taken as 1 January of the birth year.
    return m_calculator.evaluateDay(DaySteps{day.date, countedSteps(day)}, QDate(birthYear, 1, 1),
                                    otherDaysInHalfYear);
}

} // namespace wristdoc
