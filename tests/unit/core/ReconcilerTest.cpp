#include "HelpdeskReport.h"
#include "Reconciler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QString kPerson = QStringLiteral("P-00000001");

LocalActivityDay local(const QDate &date, int steps, int revision = 1,
                       LocalActivityDay::Upload upload = LocalActivityDay::Upload::Credited) {
    LocalActivityDay d;
    d.summary.participantId = kPerson;
    d.summary.date = date;
    d.summary.steps = steps;
    d.summary.revision = revision;
    d.summary.digest = QStringLiteral("sha256:%1").arg(steps);
    d.upload = upload;
    return d;
}

LedgerDay credit(const QDate &date, int steps, int points, int revision = 1) {
    LedgerDay d;
    d.date = date;
    d.steps = steps;
    d.points = points;
    d.revision = revision;
    d.state = QStringLiteral("confirmed");
    d.creditId = QStringLiteral("C-%1").arg(date.day());
    return d;
}

ServerLedger ledger(QVector<LedgerDay> days) {
    ServerLedger l;
    l.participantId = kPerson;
    l.days = std::move(days);
    return l;
}

const QDate d1(2026, 11, 16), d2(2026, 11, 17), d3(2026, 11, 18), d4(2026, 11, 19);

} // namespace

TEST(ReconcilerTest, MatchingDaysAreNotFlagged) {
    const Reconciler r(PointsPolicy::builtInDefault(), 1960);
    const Reconciliation result =
        r.compare({local(d1, 9000), local(d2, 3000)},
                  ledger({credit(d1, 9000, 200), credit(d2, 3000, 0)}), d1, d4);
    ASSERT_EQ(result.days.size(), 2);
    EXPECT_TRUE(result.allMatch());
    EXPECT_EQ(result.expectedTotal, 200);
    EXPECT_EQ(result.creditedTotal, 200);
    EXPECT_EQ(result.disputedPoints, 0);
}

TEST(ReconcilerTest, EachKindOfDifferenceHasItsReason) {
    const Reconciler r(PointsPolicy::builtInDefault(), 1960);
    const Reconciliation result = r.compare(
        {local(d1, 8214), local(d2, 9000), local(d3, 9100), local(d4, 9500, 2)},
        ledger({credit(d1, 8214, 0), credit(d2, 7000, 0), credit(d4, 9400, 200, 1)}), d1, d4);
    const QVector<ReconciledDay> bad = result.mismatches();
    ASSERT_EQ(bad.size(), 4);
    EXPECT_EQ(bad[0].reason, QStringLiteral("points-differ")); // same steps, other points
    EXPECT_EQ(bad[0].expectedPoints, 200);
    EXPECT_EQ(bad[0].creditedPoints, 0);
    EXPECT_EQ(bad[1].reason, QStringLiteral("steps-differ"));
    EXPECT_EQ(bad[2].reason, QStringLiteral("missing-credit")); // uploaded, not in the ledger
    EXPECT_EQ(bad[3].reason, QStringLiteral("older-revision")); // server still has revision 1
    // Only what was expected and not credited is disputed: d1, d2, d3 (d4's 200 were credited).
    EXPECT_EQ(result.disputedPoints, 600);
}

TEST(ReconcilerTest, DaysStillOnTheirWayArePendingNotDisputed) {
    const Reconciler r(PointsPolicy::builtInDefault(), 1960);
    const Reconciliation result = r.compare(
        {local(d1, 9000, 1, LocalActivityDay::Upload::Queued),
         local(d2, 9000, 2, LocalActivityDay::Upload::Queued)},
        ledger({credit(d2, 8000, 200, 1)}), d1, d4);
    EXPECT_TRUE(result.allMatch());
    ASSERT_EQ(result.days.size(), 2);
    EXPECT_EQ(result.days[0].status, ReconciledDay::Status::Pending);
    EXPECT_EQ(result.days[1].status, ReconciledDay::Status::Pending);
    EXPECT_EQ(result.pendingPoints, 400);
}

TEST(ReconcilerTest, AgeCountsByYearOfBirthLikeTheServer) {
    // Born in 1956: 70 in every day of 2026, so 5,000 steps earn the goal's points.
    const Reconciler seventy(PointsPolicy::builtInDefault(), 1956);
    EXPECT_EQ(seventy.expectedPoints(QDate(2026, 1, 2), 5000), 200);
    const Reconciler sixtyNine(PointsPolicy::builtInDefault(), 1957);
    EXPECT_EQ(sixtyNine.expectedPoints(QDate(2026, 12, 31), 5000), 0);
}

TEST(ReconcilerTest, DaysOutsideTheRangeAndServerOnlyDaysAreNotMismatches) {
    const Reconciler r(PointsPolicy::builtInDefault(), 1960);
    const Reconciliation result = r.compare({local(d1, 100), local(d4.addDays(10), 9000)},
                                            ledger({credit(d1, 100, 0), credit(d3, 9000, 200)}),
                                            d1, d4);
    ASSERT_EQ(result.days.size(), 2);
    EXPECT_EQ(result.days[1].status, ReconciledDay::Status::ServerOnly);
    EXPECT_TRUE(result.allMatch());
}

TEST(ReconcilerTest, LedgerJsonIsReadStrictly) {
    ServerLedger out;
    QString error;
    EXPECT_TRUE(ServerLedger::fromJson(
        R"({"participantId":"P-00000001","from":"2026-11-01","to":"2026-11-30",
            "days":[{"date":"2026-11-18","revision":2,"steps":8214,"points":200,
                     "creditId":"C-000012","state":"confirmed","policyVersion":"2026-01",
                     "digest":"sha256:ab"}],
            "balance":{"confirmed":1200,"pending":0,"converted":0,"available":1200},
            "conversion":{"minimum":5000,"available":false,"deadline":"2027-01-31"}})",
        &out, &error))
        << error.toStdString();
    ASSERT_EQ(out.days.size(), 1);
    EXPECT_EQ(out.days[0].revision, 2);
    EXPECT_EQ(out.summary.available, 1200);
    EXPECT_EQ(out.summary.conversionDeadline, QDate(2027, 1, 31));
    EXPECT_FALSE(ServerLedger::fromJson("{}", &out, &error));
    EXPECT_FALSE(ServerLedger::fromJson("not json", &out, &error));
    EXPECT_FALSE(ServerLedger::fromJson(
        R"({"participantId":"P-1","from":"2026-11-01","to":"2026-11-30","days":[{"date":"x"}],
            "balance":{"confirmed":0,"available":0}})",
        &out, &error));
}

TEST(ReconcilerTest, HelpdeskReportHoldsTheDayAndBothFiguresOnly) {
    ActivityDaySummary summary = local(d3, 8214).summary;
    summary.minutesWorn = 612;
    summary.hourlySteps = QVector<int>(24, 0);
    summary.hourlySteps[7] = 8214;
    summary.policyVersion = QStringLiteral("2026-01");
    summary.device = QStringLiteral("SIM-0001");
    ReconciledDay day;
    day.date = d3;
    day.steps = 8214;
    day.expectedPoints = 200;
    day.creditedPoints = 0;
    day.reason = QStringLiteral("points-differ");
    day.revision = 1;
    day.serverRevision = 1;
    day.serverSteps = 8214;
    const QByteArray json =
        HelpdeskReport::toJson(day, summary, QDateTime(d4, QTime(1, 0), Qt::UTC));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(o.value(QStringLiteral("expectedPoints")).toInt(), 200);
    EXPECT_EQ(o.value(QStringLiteral("creditedPoints")).toInt(), 0);
    const QJsonObject mine = o.value(QStringLiteral("local")).toObject();
    EXPECT_EQ(mine.value(QStringLiteral("digest")).toString(), summary.digest);
    EXPECT_EQ(mine.value(QStringLiteral("policyVersion")).toString(), QStringLiteral("2026-01"));
    EXPECT_EQ(mine.value(QStringLiteral("hourlySteps")).toArray().at(7).toInt(), 8214);
    // No other personal data: not the participant number, not the watch.
    EXPECT_FALSE(json.contains("P-00000001"));
    EXPECT_FALSE(json.contains("SIM-0001"));
    EXPECT_EQ(HelpdeskReport::fileName(d3), QStringLiteral("wristdoc-report-2026-11-18.json"));
}
