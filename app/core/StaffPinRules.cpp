#include "StaffPinRules.h"

namespace wristdoc {

bool StaffPinRules::onlyDigits(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        // Only ASCII: full-width or other scripts' digits would not be typed the same way twice.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

PinRuleIssue StaffPinRules::check(const QString &pin) {
    if (!onlyDigits(pin))
        return PinRuleIssue::NotDigits;
    if (pin.size() < kMinDigits)
        return PinRuleIssue::TooShort;
    if (pin.size() > kMaxDigits)
        return PinRuleIssue::TooLong;
    bool allSame = true;
    bool ascending = true;
    bool descending = true;
    for (int i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        allSame = allSame && step == 0;
        // Round the dial too: 789012 and 210987 are as easy to guess.
        ascending = ascending && (step == 1 || step == -9);
        descending = descending && (step == -1 || step == 9);
    }
    if (allSame)
        return PinRuleIssue::AllSame;
    if (ascending || descending)
        return PinRuleIssue::Sequence;
    return PinRuleIssue::None;
}

} // namespace wristdoc
