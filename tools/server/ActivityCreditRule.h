#pragma once

#include "PointsCalculator.h"

namespace wristdoc {

struct ActivityDayUpload;

// How the server turns an uploaded day into points: the policy's PointsCalculator, the walking
// rule for the age by birth year (the server keeps only the year), and the half-year cap with
// the other days' credits counted first. --credit-bug utc-days makes it count, like the fault
// of the launch, only the hours that fall on the same UTC date as the local date.
class ActivityCreditRule {
public:
    ActivityCreditRule(PointsPolicy policy, bool utcDaysBug);

    // The steps the day is credited for: all of them, or with the bug only the hours whose
    // start lies on the local date's UTC date (in Asia/Seoul, 09:00 to 23:00 local time).
    int countedSteps(const ActivityDayUpload &day) const;
    DayPoints credit(const ActivityDayUpload &day, int birthYear, int otherDaysInHalfYear) const;

    const PointsPolicy &policy() const { return m_calculator.policy(); }

private:
    PointsCalculator m_calculator;
    bool m_utcDaysBug;
};

} // namespace wristdoc
