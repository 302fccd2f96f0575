// The rules for a new staff PIN.
#include "StaffPinRules.h"

#include <gtest/gtest.h>

using namespace wristdoc;

TEST(StaffPinRulesTest, AcceptsSixToTwelveDigitsThatAreNotObvious) {
    for (const char *pin : {"482915", "135790", "1357924680", "102938475612", "112233"})
        EXPECT_EQ(StaffPinRules::check(QString::fromLatin1(pin)), PinRuleIssue::None) << pin;
}

TEST(StaffPinRulesTest, RefusesShortLongAndNonDigitPins) {
    EXPECT_EQ(StaffPinRules::check(QString()), PinRuleIssue::NotDigits);
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("48291")), PinRuleIssue::TooShort);
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("4829150123456")), PinRuleIssue::TooLong);
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("48291a")), PinRuleIssue::NotDigits);
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("482 915")), PinRuleIssue::NotDigits);
    // Full-width digits look the same and are typed differently.
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("４８２９１５")), PinRuleIssue::NotDigits);
}

TEST(StaffPinRulesTest, RefusesRepeatedDigitsAndSequences) {
    for (const char *pin : {"000000", "9999999"})
        EXPECT_EQ(StaffPinRules::check(QString::fromLatin1(pin)), PinRuleIssue::AllSame) << pin;
    for (const char *pin : {"123456", "012345", "987654", "3456789", "6543210", "789012", "210987"})
        EXPECT_EQ(StaffPinRules::check(QString::fromLatin1(pin)), PinRuleIssue::Sequence) << pin;
    // A sequence that turns back is not a simple one.
    EXPECT_EQ(StaffPinRules::check(QStringLiteral("123432")), PinRuleIssue::None);
}
