#include "ActivityDaySummary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

ActivityDaySummary day(int revision = 1) {
    ActivityDaySummary s;
    s.participantId = QStringLiteral("P-00000001");
    s.date = QDate(2026, 11, 18);
    s.revision = revision;
    s.steps = 8214;
    s.minutesWorn = 912;
    s.hourlySteps = QVector<int>(24, 0);
    s.hourlySteps[7] = 8000;
    s.hourlySteps[15] = 214;
    s.device = QStringLiteral("SIM-0001");
    s.policyVersion = QStringLiteral("2026-01");
    s.digest = ActivityDaySummary::sampleDigest({{1763420400, 8000}, {1763449200, 214}});
    return s;
}

} // namespace

TEST(ActivityDaySummaryTest, KeyDependsOnParticipantDateAndRevisionOnly) {
    const QString key = day().idempotencyKey();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^day-[0-9a-f]{32}$")).match(key).hasMatch())
        << key.toStdString();
    ActivityDaySummary otherSteps = day();
    otherSteps.steps = 1;
    EXPECT_EQ(otherSteps.idempotencyKey(), key); // the key names the day, not its content
    EXPECT_NE(day(2).idempotencyKey(), key);
    ActivityDaySummary otherDate = day();
    otherDate.date = otherDate.date.addDays(1);
    EXPECT_NE(otherDate.idempotencyKey(), key);
    ActivityDaySummary otherPerson = day();
    otherPerson.participantId = QStringLiteral("P-00000002");
    EXPECT_NE(otherPerson.idempotencyKey(), key);
    // Within the server's rule for keys: 8 to 64 characters of [A-Za-z0-9-].
    EXPECT_LE(key.size(), 64);
}

TEST(ActivityDaySummaryTest, BodyIsTheDocumentedShapeAndTheSameBytesEveryTime) {
    const QByteArray body = day().toJson();
    EXPECT_EQ(body, day().toJson());
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    EXPECT_EQ(o.value(QStringLiteral("participantId")).toString(), QStringLiteral("P-00000001"));
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(o.value(QStringLiteral("revision")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("steps")).toInt(), 8214);
    EXPECT_EQ(o.value(QStringLiteral("minutesWorn")).toInt(), 912);
    EXPECT_EQ(o.value(QStringLiteral("hourlySteps")).toArray().size(), 24);
    EXPECT_EQ(o.value(QStringLiteral("hourlySteps")).toArray().at(7).toInt(), 8000);
    EXPECT_EQ(o.value(QStringLiteral("device")).toString(), QStringLiteral("SIM-0001"));
    EXPECT_EQ(o.value(QStringLiteral("policyVersion")).toString(), QStringLiteral("2026-01"));
    EXPECT_TRUE(o.value(QStringLiteral("digest")).toString().startsWith(u"sha256:"));
}

TEST(ActivityDaySummaryTest, DigestChangesWithAnyMinuteAndMatchesTheCanonicalForm) {
    const QString a = ActivityDaySummary::sampleDigest({{60, 10}, {120, 20}});
    EXPECT_EQ(a, ActivityDaySummary::sampleDigest({{60, 10}, {120, 20}}));
    EXPECT_NE(a, ActivityDaySummary::sampleDigest({{60, 10}, {120, 21}}));
    EXPECT_NE(a, ActivityDaySummary::sampleDigest({{60, 10}, {180, 20}}));
    // sha256("60,10\n120,20\n"), computed independently with sha256sum.
    EXPECT_EQ(a, QStringLiteral("sha256:") +
                     QString::fromLatin1(QCryptographicHash::hash("60,10\n120,20\n",
                                                                  QCryptographicHash::Sha256)
                                             .toHex()));
}
