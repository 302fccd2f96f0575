#pragma once

#include <QString>

namespace wristdoc {

// What is wrong with a new staff PIN, if anything. A PIN guards the staff console of a public
// kiosk: six digits at least, and none of the guesses a passer-by tries first.
enum class PinRuleIssue {
    None,
    NotDigits, // anything but the digits 0-9
    TooShort,  // fewer than kMinDigits
    TooLong,   // more than kMaxDigits
    AllSame,   // 000000, 777777
    Sequence,  // 123456, 987654, 789012 (each digit one up or one down, round 9 to 0)
};

class StaffPinRules {
public:
    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 12;

    static PinRuleIssue check(const QString &pin);
    static bool onlyDigits(const QString &text); // ASCII 0-9, at least one
};

} // namespace wristdoc
