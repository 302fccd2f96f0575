#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

namespace wristdoc {

class PointsPolicy;

// One field that breaks a rule of POST /v1/activity/days ({"field": "date", "code": "future"}).
struct UploadIssue {
    QString field;
    QString code;
};

// The body of POST /v1/activity/days (docs/api.md), decoded and checked.
struct ActivityDayUpload {
    QString participantId;
    QDate date;
    int revision = 0;
    int steps = 0;
    QVector<int> hourlySteps;
    int minutesWorn = 0;
    QString device;
    QString policyVersion;
    QString digest;

    static constexpr int kMaximumSteps = 200000;
    static constexpr int kMaximumRevision = 1000000;

    // Decodes and validates against the policy's zone (the number of hours of the local day)
    // and `today` there (no future days). Returns the issues; empty when the body is good.
    static QVector<UploadIssue> decode(const QByteArray &body, const PointsPolicy &policy,
                                       const QDate &today, ActivityDayUpload *out);
    // Only the participantId member, for the authorisation check before anything else.
    static QString participantIdOf(const QByteArray &body);
};

} // namespace wristdoc
