#pragma once

#include "PointsPolicy.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace wristdoc {

struct DaySteps {
    QDate date;
    int steps = 0;
};

struct DayPoints {
    QDate date;
    int steps = 0;
    int points = 0;         // after multiplier and cap
    int uncappedPoints = 0; // before the half-year cap
    bool goalReached = false;
};

// Turns local-day step totals into points. Pure: no clock, no storage.
class PointsCalculator {
public:
    explicit PointsCalculator(PointsPolicy policy);

    // days must be ascending with unique dates. earnedBefore maps a half-year to points already
    // credited in it before the first day given (key: halfYearKey()).
    QVector<DayPoints> evaluate(const QVector<DaySteps> &days, const QDate &birthDate) const;
    QVector<DayPoints> evaluate(const QVector<DaySteps> &days, const QDate &birthDate,
                                const QHash<int, int> &earnedBefore) const;

    DayPoints evaluateDay(const DaySteps &day, const QDate &birthDate,
                          int alreadyEarnedInHalfYear) const;

    static int halfYearKey(const QDate &day);     // year * 2 + (month > 6)
    static QDate halfYearStart(const QDate &day); // 1 January or 1 July of the day's half-year
    const PointsPolicy &policy() const { return m_policy; }

private:
    PointsPolicy m_policy;
};

} // namespace wristdoc
