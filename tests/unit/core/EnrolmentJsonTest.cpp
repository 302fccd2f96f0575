#include "EnrolmentJson.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

EnrolmentRequest sampleRequest() {
    EnrolmentRequest r;
    EnrolmentApplication &a = r.application;
    a.name = QStringLiteral("시험 신청자");
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("01000000001");
    a.district = QStringLiteral("mapo");
    a.eligibility = EligibilityBasis::Works;
    a.device = DeviceChoice::OwnWatch;
    a.consents = {{QStringLiteral("personal-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("health-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("third-party"), QStringLiteral("2026-01"), false}};
    a.language = QStringLiteral("en");
    r.reference = QStringLiteral("WD-7K3F9Q");
    r.createdUtc = QDateTime(QDate(2026, 11, 22), QTime(1, 29, 41), Qt::UTC);
    return r;
}

} // namespace

TEST(EnrolmentJson, RoundTrips) {
    const EnrolmentRequest r = sampleRequest();
    EnrolmentRequest back;
    QVector<ApplicationIssue> issues;
    ASSERT_TRUE(EnrolmentJson::decode(EnrolmentJson::encode(r), &back, &issues));
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_EQ(back.application, r.application);
    EXPECT_EQ(back.reference, r.reference);
    EXPECT_EQ(back.createdUtc, r.createdUtc);
}

TEST(EnrolmentJson, SameRequestGivesSameBytes) {
    EXPECT_EQ(EnrolmentJson::encode(sampleRequest()), EnrolmentJson::encode(sampleRequest()));
    const QByteArray body = EnrolmentJson::encode(sampleRequest());
    EXPECT_TRUE(body.contains("\"createdAt\":\"2026-11-22T01:29:41Z\""));
    EXPECT_TRUE(body.contains("\"eligibility\":\"works\""));
    EXPECT_TRUE(body.contains("\"device\":\"own-watch\""));
    EXPECT_FALSE(body.contains("watchSerial")); // only when a watch was paired
}

TEST(EnrolmentJson, RefusesBrokenJson) {
    QVector<ApplicationIssue> issues;
    EXPECT_FALSE(EnrolmentJson::decode("{\"applicant\": ", nullptr, &issues));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].code, QStringLiteral("malformed-json"));
    issues.clear();
    EXPECT_FALSE(EnrolmentJson::decode("[1,2]", nullptr, &issues));
    EXPECT_EQ(issues.value(0).code, QStringLiteral("malformed-json"));
}

TEST(EnrolmentJson, NamesMissingAndMistypedFields) {
    QVector<ApplicationIssue> issues;
    const QByteArray body =
        R"({"applicant": {"name": 7, "birthDate": "1956-02-30", "district": "mapo"},
            "eligibility": "visits", "device": "rental-band", "consents": {},
            "reference": "WD-AAAAAA", "createdAt": "yesterday"})";
    EnrolmentRequest out;
    out.reference = QStringLiteral("untouched");
    EXPECT_FALSE(EnrolmentJson::decode(body, &out, &issues));
    EXPECT_EQ(out.reference, QStringLiteral("untouched"));
    const QVector<ApplicationIssue> expected = {
        {QStringLiteral("applicant.name"), QStringLiteral("type")},
        {QStringLiteral("applicant.birthDate"), QStringLiteral("impossible-date")},
        {QStringLiteral("applicant.mobile"), QStringLiteral("required")},
        {QStringLiteral("eligibility"), QStringLiteral("unknown-value")},
        {QStringLiteral("consents"), QStringLiteral("type")},
        {QStringLiteral("createdAt"), QStringLiteral("format")}};
    EXPECT_EQ(issues, expected);
}
