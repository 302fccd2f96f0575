#include "PointsCalculator.h"

#include <limits>
#include <utility>

namespace wristdoc {

PointsCalculator::PointsCalculator(PointsPolicy policy)
    : m_policy(std::move(policy)) {}

QVector<DayPoints> PointsCalculator::evaluate(const QVector<DaySteps> &days,
                                              const QDate &birthDate) const {
    return evaluate(days, birthDate, {});
}

QVector<DayPoints> PointsCalculator::evaluate(const QVector<DaySteps> &days, const QDate &birthDate,
                                              const QHash<int, int> &earnedBefore) const {
    QVector<DayPoints> result;
    result.reserve(days.size());
    // Running totals per half-year, so a new half-year starts from what was credited before it.
    QHash<int, int> earned = earnedBefore;
    for (const DaySteps &day : days) {
        const int key = halfYearKey(day.date);
        const DayPoints points = evaluateDay(day, birthDate, earned.value(key, 0));
        earned[key] = earned.value(key, 0) + points.points;
        result.append(points);
    }
    return result;
}

DayPoints PointsCalculator::evaluateDay(const DaySteps &day, const QDate &birthDate,
                                        int alreadyEarnedInHalfYear) const {
    DayPoints result;
    result.date = day.date;
    result.steps = day.steps;

    const WalkingRule rule = m_policy.ruleFor(birthDate, day.date);
    result.goalReached = rule.steps > 0 && day.steps >= rule.steps;
    if (!result.goalReached)
        return result;

    const qint64 uncapped = qint64(rule.points) * m_policy.multiplierOn(day.date);
    result.uncappedPoints = int(qMin<qint64>(uncapped, std::numeric_limits<int>::max()));
    // The day that crosses the cap earns only what is left; later days earn nothing.
    const int left = qMax(0, m_policy.capPerHalfYear() - qMax(0, alreadyEarnedInHalfYear));
    result.points = qMin(result.uncappedPoints, left);
    return result;
}

int PointsCalculator::halfYearKey(const QDate &day) {
    return day.year() * 2 + (day.month() > 6 ? 1 : 0);
}

QDate PointsCalculator::halfYearStart(const QDate &day) {
    return QDate(day.year(), day.month() > 6 ? 7 : 1, 1);
}

} // namespace wristdoc
