#include "PointsPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <functional>

using namespace wristdoc;

namespace {

// The issue's example policy, event included.
const char *const kIssuePolicy = R"({"version": "2025-03", "timezone": "Asia/Seoul",
 "walking": [{"minAge": 0, "steps": 8000, "points": 200}, {"minAge": 70, "steps": 5000, "points": 200}],
 "capPerHalfYear": 100000, "conversionMinimum": 5000,
 "events": [{"name": "launch", "from": "2023-12-18", "to": "2023-12-31", "multiplier": 3}]})";

QJsonObject issueObject() {
    return QJsonDocument::fromJson(kIssuePolicy).object();
}

QByteArray toBytes(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

PointsPolicy parsed(const QByteArray &json) {
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(json);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    return result.policy;
}

// Replaces one field inside walking[index] or events[index] with value (undefined: removes it).
QJsonObject withArrayField(QJsonObject root, const QString &array, int index, const QString &key,
                           const QJsonValue &value) {
    QJsonArray items = root.value(array).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(array, items);
    return root;
}

QJsonObject withField(QJsonObject root, const QString &key, const QJsonValue &value) {
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return root;
}

} // namespace

TEST(PointsPolicyTest, ParsesTheIssueExample) {
    const PointsPolicy policy = parsed(kIssuePolicy);
    EXPECT_EQ(policy.version(), "2025-03");
    EXPECT_EQ(policy.timeZone().id(), "Asia/Seoul");
    ASSERT_EQ(policy.walkingRules().size(), 2);
    EXPECT_EQ(policy.walkingRules().at(0), (WalkingRule{0, 8000, 200}));
    EXPECT_EQ(policy.walkingRules().at(1), (WalkingRule{70, 5000, 200}));
    EXPECT_EQ(policy.capPerHalfYear(), 100000);
    EXPECT_EQ(policy.conversionMinimum(), 5000);
    ASSERT_EQ(policy.events().size(), 1);
    EXPECT_EQ(policy.events().at(0).name, "launch");
    EXPECT_EQ(policy.events().at(0).from, QDate(2023, 12, 18));
    EXPECT_EQ(policy.events().at(0).to, QDate(2023, 12, 31));
    EXPECT_EQ(policy.events().at(0).multiplier, 3);
}

TEST(PointsPolicyTest, BuiltInDefaultIsTheIssueExampleWithoutTheEvent) {
    QJsonObject object = issueObject();
    object.remove(QStringLiteral("events"));
    const PointsPolicy expected = parsed(toBytes(object));
    const PointsPolicy policy = PointsPolicy::builtInDefault();
    EXPECT_EQ(policy, expected);
    EXPECT_TRUE(policy.events().isEmpty());
    EXPECT_EQ(policy.timeZone().id(), "Asia/Seoul");
}

TEST(PointsPolicyTest, ToJsonRoundTrips) {
    const PointsPolicy original = parsed(kIssuePolicy);
    const PointsPolicy::ParseResult again = PointsPolicy::fromJson(original.toJson());
    ASSERT_TRUE(again.ok) << again.error.toStdString();
    EXPECT_EQ(again.policy, original);
    EXPECT_EQ(again.policy.toJson(), original.toJson());

    const PointsPolicy builtIn = PointsPolicy::builtInDefault();
    const PointsPolicy::ParseResult builtInAgain = PointsPolicy::fromJson(builtIn.toJson());
    ASSERT_TRUE(builtInAgain.ok);
    EXPECT_EQ(builtInAgain.policy, builtIn);
    EXPECT_FALSE(builtIn.toJson().contains("events"));
}

TEST(PointsPolicyTest, ExtraFieldsAreAllowed) {
    QJsonObject object = issueObject();
    object.insert(QStringLiteral("description"), QStringLiteral("a later server field"));
    EXPECT_TRUE(PointsPolicy::fromJson(toBytes(object)).ok);
}

TEST(PointsPolicyTest, EventsAreOptionalAndMayBeEmpty) {
    EXPECT_TRUE(
        PointsPolicy::fromJson(toBytes(withField(issueObject(), "events", QJsonArray()))).ok);
    EXPECT_TRUE(
        PointsPolicy::fromJson(toBytes(withField(issueObject(), "events", QJsonValue::Undefined)))
            .ok);
}

TEST(PointsPolicyTest, ZeroValuesThatAreAllowed) {
    QJsonObject object = withArrayField(issueObject(), "walking", 1, "points", 0);
    object = withField(object, "conversionMinimum", 0);
    object = withArrayField(object, "events", 0, "to", "2023-12-18"); // one-day event
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(toBytes(object));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.policy.walkingRules().at(1).points, 0);
    EXPECT_EQ(result.policy.conversionMinimum(), 0);
}

struct InvalidCase {
    const char *name;
    std::function<QByteArray()> json;
    const char *expectedError;
};

class PointsPolicyInvalidTest : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(PointsPolicyInvalidTest, IsRefusedWithTheFieldNamed) {
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(GetParam().json());
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.toStdString(), GetParam().expectedError);
}

#define ROOT(key, value) [] { return toBytes(withField(issueObject(), key, value)); }
#define ITEM(array, index, key, value)                                                             \
    [] { return toBytes(withArrayField(issueObject(), array, index, key, value)); }

INSTANTIATE_TEST_SUITE_P(
    Fields, PointsPolicyInvalidTest,
    ::testing::Values(
        InvalidCase{"NotAnObject", [] { return QByteArray("[1, 2]"); },
                    "the policy must be a JSON object"},
        InvalidCase{"VersionMissing", ROOT("version", QJsonValue::Undefined),
                    "version: is missing; it must be a non-empty string"},
        InvalidCase{"VersionNumber", ROOT("version", 2025), "version: must be a non-empty string"},
        InvalidCase{"VersionEmpty", ROOT("version", ""), "version: must be a non-empty string"},
        InvalidCase{"TimezoneMissing", ROOT("timezone", QJsonValue::Undefined),
                    "timezone: is missing; it must be a non-empty string"},
        InvalidCase{"TimezoneUnknown", ROOT("timezone", "Asia/Atlantis"),
                    "timezone: unknown time zone \"Asia/Atlantis\""},
        InvalidCase{"TimezoneNumber", ROOT("timezone", 9), "timezone: must be a non-empty string"},
        InvalidCase{"WalkingMissing", ROOT("walking", QJsonValue::Undefined),
                    "walking: is missing; it must be a non-empty array of rules"},
        InvalidCase{"WalkingEmpty", ROOT("walking", QJsonArray()),
                    "walking: must be a non-empty array of rules"},
        InvalidCase{"WalkingObject", ROOT("walking", QJsonObject()),
                    "walking: must be a non-empty array of rules"},
        InvalidCase{"WalkingItemNotObject", ROOT("walking", QJsonArray({8000})),
                    "walking[0]: must be an object"},
        InvalidCase{"MinAgeNegative", ITEM("walking", 1, "minAge", -1),
                    "walking[1].minAge: must be a non-negative integer"},
        InvalidCase{"MinAgeFraction", ITEM("walking", 1, "minAge", 69.5),
                    "walking[1].minAge: must be a non-negative integer"},
        InvalidCase{"MinAgeString", ITEM("walking", 0, "minAge", "0"),
                    "walking[0].minAge: must be a non-negative integer"},
        InvalidCase{"MinAgeMissing", ITEM("walking", 0, "minAge", QJsonValue::Undefined),
                    "walking[0].minAge: is missing; it must be a non-negative integer"},
        InvalidCase{"MinAgeDuplicate", ITEM("walking", 1, "minAge", 0),
                    "walking[1].minAge: 0 is already used by walking[0]"},
        InvalidCase{"StepsZero", ITEM("walking", 1, "steps", 0),
                    "walking[1].steps: must be a positive integer"},
        InvalidCase{"StepsNegative", ITEM("walking", 0, "steps", -8000),
                    "walking[0].steps: must be a positive integer"},
        InvalidCase{"StepsHuge", ITEM("walking", 0, "steps", 1e12),
                    "walking[0].steps: must be a positive integer"},
        InvalidCase{"StepsMissing", ITEM("walking", 1, "steps", QJsonValue::Undefined),
                    "walking[1].steps: is missing; it must be a positive integer"},
        InvalidCase{"PointsNegative", ITEM("walking", 0, "points", -200),
                    "walking[0].points: must be a non-negative integer"},
        InvalidCase{"PointsNull", ITEM("walking", 0, "points", QJsonValue::Null),
                    "walking[0].points: must be a non-negative integer"},
        InvalidCase{"CapZero", ROOT("capPerHalfYear", 0),
                    "capPerHalfYear: must be a positive integer"},
        InvalidCase{"CapMissing", ROOT("capPerHalfYear", QJsonValue::Undefined),
                    "capPerHalfYear: is missing; it must be a positive integer"},
        InvalidCase{"ConversionNegative", ROOT("conversionMinimum", -1),
                    "conversionMinimum: must be a non-negative integer"},
        InvalidCase{"ConversionBool", ROOT("conversionMinimum", true),
                    "conversionMinimum: must be a non-negative integer"},
        InvalidCase{"EventsObject", ROOT("events", QJsonObject()), "events: must be an array"},
        InvalidCase{"EventNotObject", ROOT("events", QJsonArray({"launch"})),
                    "events[0]: must be an object"},
        InvalidCase{"EventNameNumber", ITEM("events", 0, "name", 1),
                    "events[0].name: must be a string"},
        InvalidCase{"EventFromMissing", ITEM("events", 0, "from", QJsonValue::Undefined),
                    "events[0].from: is missing; it must be a date YYYY-MM-DD"},
        InvalidCase{"EventFromShape", ITEM("events", 0, "from", "2023-12-1"),
                    "events[0].from: must be a date YYYY-MM-DD"},
        InvalidCase{"EventFromNotADay", ITEM("events", 0, "from", "2023-02-30"),
                    "events[0].from: must be a date YYYY-MM-DD"},
        InvalidCase{"EventToWithTime", ITEM("events", 0, "to", "2023-12-31T00:00:00"),
                    "events[0].to: must be a date YYYY-MM-DD"},
        InvalidCase{"EventToBeforeFrom", ITEM("events", 0, "to", "2023-12-17"),
                    "events[0].to: must not be before events[0].from"},
        InvalidCase{"MultiplierZero", ITEM("events", 0, "multiplier", 0),
                    "events[0].multiplier: must be an integer of at least 1"},
        InvalidCase{"MultiplierFraction", ITEM("events", 0, "multiplier", 1.5),
                    "events[0].multiplier: must be an integer of at least 1"},
        InvalidCase{"MultiplierMissing", ITEM("events", 0, "multiplier", QJsonValue::Undefined),
                    "events[0].multiplier: is missing; it must be an integer of at least 1"}),
    [](const ::testing::TestParamInfo<InvalidCase> &info) { return info.param.name; });

#undef ROOT
#undef ITEM

TEST(PointsPolicyTest, SyntaxErrorNamesTheLine) {
    const QByteArray json = "{\n  \"version\": \"2025-03\",\n  \"timezone\": \"Asia/Seoul\"\n"
                            "  \"walking\": []\n}\n";
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(json);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.line, 4);
    EXPECT_TRUE(result.error.startsWith("not valid JSON: ")) << result.error.toStdString();
}

TEST(PointsPolicyTest, EmptyInputIsRefused) {
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(QByteArray());
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
}

TEST(PointsPolicyTest, SeventiethBirthdayCountsOnTheDayItself) {
    const PointsPolicy policy = PointsPolicy::builtInDefault();
    const QDate birth(1956, 3, 2);
    EXPECT_EQ(policy.ruleFor(birth, QDate(2026, 3, 1)), (WalkingRule{0, 8000, 200}));
    EXPECT_EQ(policy.ruleFor(birth, QDate(2026, 3, 2)), (WalkingRule{70, 5000, 200}));
    EXPECT_EQ(policy.ruleFor(birth, QDate(2026, 3, 3)), (WalkingRule{70, 5000, 200}));
    EXPECT_EQ(policy.ruleFor(birth, QDate(2030, 1, 1)), (WalkingRule{70, 5000, 200}));
}

TEST(PointsPolicyTest, RuleWithHighestMinAgeNotAboveTheAgeWhateverTheOrder) {
    const PointsPolicy policy = parsed(R"({"version": "t", "timezone": "UTC",
        "walking": [{"minAge": 80, "steps": 3000, "points": 100},
                    {"minAge": 0, "steps": 8000, "points": 200},
                    {"minAge": 70, "steps": 5000, "points": 150}],
        "capPerHalfYear": 1000, "conversionMinimum": 0})");
    const QDate day(2026, 6, 1);
    EXPECT_EQ(policy.ruleFor(QDate(1990, 1, 1), day).minAge, 0);
    EXPECT_EQ(policy.ruleFor(QDate(1950, 1, 1), day).minAge, 70);
    EXPECT_EQ(policy.ruleFor(QDate(1946, 6, 1), day).minAge, 80);
    EXPECT_EQ(policy.ruleFor(QDate(1946, 6, 2), day).minAge, 70);
    // Unknown birth date: treated as age 0.
    EXPECT_EQ(policy.ruleFor(QDate(), day).minAge, 0);
}

TEST(PointsPolicyTest, NoRuleForAgesBelowTheLowestMinAge) {
    const PointsPolicy policy = parsed(R"({"version": "adults", "timezone": "UTC",
        "walking": [{"minAge": 19, "steps": 8000, "points": 200}],
        "capPerHalfYear": 1000, "conversionMinimum": 0})");
    EXPECT_EQ(policy.ruleFor(QDate(2010, 1, 1), QDate(2026, 1, 1)), (WalkingRule{0, 0, 0}));
    EXPECT_EQ(policy.ruleFor(QDate(2000, 1, 1), QDate(2026, 1, 1)), (WalkingRule{19, 8000, 200}));
}

TEST(PointsPolicyTest, AgeOn) {
    EXPECT_EQ(ageOn(QDate(1956, 3, 2), QDate(2026, 3, 1)), 69);
    EXPECT_EQ(ageOn(QDate(1956, 3, 2), QDate(2026, 3, 2)), 70);
    EXPECT_EQ(ageOn(QDate(1956, 12, 31), QDate(2026, 1, 1)), 69);
    // Born on 29 February: a year older on 1 March of a common year, on 29 February of a leap year.
    EXPECT_EQ(ageOn(QDate(1956, 2, 29), QDate(2026, 2, 28)), 69);
    EXPECT_EQ(ageOn(QDate(1956, 2, 29), QDate(2026, 3, 1)), 70);
    EXPECT_EQ(ageOn(QDate(1956, 2, 29), QDate(2028, 2, 29)), 72);
    EXPECT_EQ(ageOn(QDate(2030, 1, 1), QDate(2026, 1, 1)), -4);
}

TEST(PointsPolicyTest, MultiplierEdgesAreInclusiveAndEventsMultiply) {
    const PointsPolicy policy = parsed(R"({"version": "e", "timezone": "Asia/Seoul",
        "walking": [{"minAge": 0, "steps": 8000, "points": 200}],
        "capPerHalfYear": 100000, "conversionMinimum": 5000,
        "events": [{"name": "a", "from": "2026-05-01", "to": "2026-05-10", "multiplier": 3},
                   {"name": "b", "from": "2026-05-10", "to": "2026-05-12", "multiplier": 2}]})");
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 4, 30)), 1);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 1)), 3);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 9)), 3);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 10)), 6);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 11)), 2);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 12)), 2);
    EXPECT_EQ(policy.multiplierOn(QDate(2026, 5, 13)), 1);
}

TEST(PointsPolicyTest, LocalDateIsTheSeoulCalendarDay) {
    const PointsPolicy policy = PointsPolicy::builtInDefault();
    const qint64 t1459 =
        QDateTime(QDate(2026, 3, 1), QTime(14, 59), QTimeZone::utc()).toSecsSinceEpoch();
    EXPECT_EQ(policy.localDate(t1459), QDate(2026, 3, 1));
    EXPECT_EQ(policy.localDate(t1459 + 60), QDate(2026, 3, 2));
    EXPECT_EQ(policy.dayStartUtc(QDate(2026, 3, 2)), t1459 + 60);
}

TEST(PointsPolicyTest, DayStartFollowsDaylightSaving) {
    QJsonObject object = withField(issueObject(), "timezone", "America/New_York");
    const PointsPolicy policy = parsed(toBytes(object));
    // 8 March 2026 is 23 hours long in New York.
    EXPECT_EQ(policy.dayStartUtc(QDate(2026, 3, 9)) - policy.dayStartUtc(QDate(2026, 3, 8)),
              23 * 3600);
    EXPECT_EQ(policy.dayStartUtc(QDate(2026, 3, 8)),
              QDateTime(QDate(2026, 3, 8), QTime(5, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

TEST(PointsPolicyTest, ParseIsoDateIsStrict) {
    EXPECT_EQ(parseIsoDate("2026-03-01"), QDate(2026, 3, 1));
    EXPECT_EQ(parseIsoDate("2024-02-29"), QDate(2024, 2, 29));
    EXPECT_FALSE(parseIsoDate("2026-02-29").isValid());
    EXPECT_FALSE(parseIsoDate("2026-3-01").isValid());
    EXPECT_FALSE(parseIsoDate("2026-03-01 ").isValid());
    EXPECT_FALSE(parseIsoDate("2026/03/01").isValid());
    EXPECT_FALSE(parseIsoDate("+026-03-01").isValid());
    EXPECT_FALSE(parseIsoDate("").isValid());
}
