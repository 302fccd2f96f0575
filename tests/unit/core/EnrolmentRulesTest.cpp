#include "EnrolmentRules.h"
#include "SeoulDistricts.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDate kToday(2026, 11, 22);

EnrolmentApplication validApplication() {
    EnrolmentApplication a;
    a.name = QStringLiteral("Test Applicant");
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("01000000001");
    a.district = QStringLiteral("jongno");
    a.consents = {{EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
    return a;
}

} // namespace

struct MobileCase {
    const char *typed;
    MobileIssue expected;
    const char *digits;
};

class MobileNumbers : public ::testing::TestWithParam<MobileCase> {};

TEST_P(MobileNumbers, AreCheckedAsTyped) {
    const MobileCase c = GetParam();
    QString digits;
    EXPECT_EQ(EnrolmentRules::checkMobile(QString::fromUtf8(c.typed), &digits), c.expected)
        << c.typed;
    if (c.expected == MobileIssue::None) {
        EXPECT_EQ(digits, QString::fromUtf8(c.digits));
    }
}

INSTANTIATE_TEST_SUITE_P(
    KoreanFormats, MobileNumbers,
    ::testing::Values(MobileCase{"01000000001", MobileIssue::None, "01000000001"},
                      MobileCase{"010-0000-0002", MobileIssue::None, "01000000002"},
                      MobileCase{"010 0000 0003", MobileIssue::None, "01000000003"},
                      MobileCase{"011-000-0004", MobileIssue::None, "0110000004"},
                      MobileCase{"016-0000-0005", MobileIssue::None, "01600000005"},
                      MobileCase{"019-000-0006", MobileIssue::None, "0190000006"},
                      MobileCase{"", MobileIssue::Empty, ""},
                      MobileCase{" - ", MobileIssue::Empty, ""},
                      MobileCase{"010-0000-000", MobileIssue::WrongLength, ""},
                      MobileCase{"010-0000-00001", MobileIssue::WrongLength, ""},
                      MobileCase{"011-00-0004", MobileIssue::WrongLength, ""},
                      MobileCase{"012-0000-0001", MobileIssue::WrongPrefix, ""},
                      MobileCase{"02-000-0000", MobileIssue::WrongPrefix, ""},
                      MobileCase{"010-0000-000a", MobileIssue::NotDigits, ""},
                      MobileCase{"+82 10 0000 0001", MobileIssue::NotDigits, ""},
                      // full-width digits are not ASCII digits: refused rather than guessed
                      MobileCase{"０１０００００００１", MobileIssue::NotDigits, ""}));

TEST(EnrolmentRules, FormatsMobileWhileTyping) {
    EXPECT_EQ(EnrolmentRules::formatMobile(QStringLiteral("010")), QStringLiteral("010"));
    EXPECT_EQ(EnrolmentRules::formatMobile(QStringLiteral("01012")), QStringLiteral("010-12"));
    EXPECT_EQ(EnrolmentRules::formatMobile(QStringLiteral("0101234567")),
              QStringLiteral("010-123-4567"));
    EXPECT_EQ(EnrolmentRules::formatMobile(QStringLiteral("01012345678")),
              QStringLiteral("010-1234-5678"));
    EXPECT_EQ(EnrolmentRules::formatMobile(QStringLiteral("010-1234-5678")),
              QStringLiteral("010-1234-5678"));
}

TEST(EnrolmentRules, BirthDates) {
    EXPECT_EQ(EnrolmentRules::checkBirthDate(1956, 4, 9, kToday), BirthDateIssue::None);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(1990, 2, 30, kToday), BirthDateIssue::Impossible);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(1990, 13, 1, kToday), BirthDateIssue::Impossible);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(1990, 0, 1, kToday), BirthDateIssue::Impossible);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(0, 0, 0, kToday), BirthDateIssue::Empty);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(2027, 1, 1, kToday), BirthDateIssue::InFuture);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(1900, 1, 1, kToday), BirthDateIssue::TooOld);
    // 19 on the day itself, not the day before
    EXPECT_EQ(EnrolmentRules::checkBirthDate(2007, 11, 22, kToday), BirthDateIssue::None);
    EXPECT_EQ(EnrolmentRules::checkBirthDate(2007, 11, 23, kToday), BirthDateIssue::UnderAge);
}

TEST(EnrolmentRules, LeapDayBirthdayCountsOnFirstOfMarch) {
    const QDate leap(2004, 2, 29);
    EXPECT_EQ(EnrolmentRules::ageOn(leap, QDate(2023, 2, 28)), 18);
    EXPECT_EQ(EnrolmentRules::ageOn(leap, QDate(2023, 3, 1)), 19);
}

TEST(EnrolmentRules, Names) {
    EXPECT_EQ(EnrolmentRules::checkName(QStringLiteral("홍길동")), NameIssue::None);
    EXPECT_EQ(EnrolmentRules::checkName(QStringLiteral("  ")), NameIssue::Empty);
    EXPECT_EQ(EnrolmentRules::checkName(QStringLiteral("Test 2")), NameIssue::InvalidCharacters);
    EXPECT_EQ(EnrolmentRules::checkName(QString(41, u'가')), NameIssue::TooLong);
}

TEST(EnrolmentRules, TwentyFiveDistricts) {
    EXPECT_EQ(SeoulDistricts::all().size(), 25);
    QSet<QString> codes;
    for (const District &d : SeoulDistricts::all()) {
        codes.insert(d.code);
        EXPECT_TRUE(d.koreanName.endsWith(u'구')) << d.code.toStdString();
        EXPECT_TRUE(d.englishName.endsWith(QLatin1String("-gu"))) << d.code.toStdString();
    }
    EXPECT_EQ(codes.size(), 25);
    EXPECT_TRUE(EnrolmentRules::isDistrict(QStringLiteral("gangdong")));
    EXPECT_FALSE(EnrolmentRules::isDistrict(QStringLiteral("haeundae")));
}

TEST(EnrolmentRules, ValidApplicationHasNoIssue) {
    EXPECT_TRUE(EnrolmentRules::validate(validApplication(), kToday).isEmpty());
}

TEST(EnrolmentRules, HealthConsentIsItsOwnRequirement) {
    EnrolmentApplication a = validApplication();
    a.consents[1].granted = false;
    const auto issues = EnrolmentRules::validate(a, kToday);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0], (ApplicationIssue{QStringLiteral("consents.health-data"),
                                           QStringLiteral("required")}));
    a = validApplication();
    a.consents.removeFirst();
    EXPECT_EQ(EnrolmentRules::validate(a, kToday).value(0).field,
              QStringLiteral("consents.personal-data"));
}

TEST(EnrolmentRules, ReportsEveryBrokenField) {
    EnrolmentApplication a = validApplication();
    a.name.clear();
    a.birthDate = QDate(2010, 1, 1);
    a.mobile = QStringLiteral("010-0000-0001"); // must arrive as digits only
    a.district = QStringLiteral("haeundae");
    a.consents.append({QStringLiteral("marketing"), QStringLiteral("1"), true});
    const auto issues = EnrolmentRules::validate(a, kToday);
    const QVector<ApplicationIssue> expected = {
        {QStringLiteral("applicant.name"), QStringLiteral("required")},
        {QStringLiteral("applicant.birthDate"), QStringLiteral("under-age")},
        {QStringLiteral("applicant.mobile"), QStringLiteral("format")},
        {QStringLiteral("applicant.district"), QStringLiteral("unknown-district")},
        {QStringLiteral("consents.marketing"), QStringLiteral("unknown-consent")}};
    EXPECT_EQ(issues, expected);
}

TEST(EnrolmentApplication, WipeClearsEveryPersonalField) {
    EnrolmentApplication a = validApplication();
    a.watchSerial = QStringLiteral("SIM-0001");
    a.wipe();
    EXPECT_TRUE(a.name.isEmpty());
    EXPECT_TRUE(a.mobile.isEmpty());
    EXPECT_TRUE(a.district.isEmpty());
    EXPECT_TRUE(a.watchSerial.isEmpty());
    EXPECT_TRUE(a.birthDate.isNull());
    EXPECT_TRUE(a.consents.isEmpty());
}
