#pragma once

#include <QByteArray>
#include <QDate>
#include <QPair>
#include <QString>
#include <QVector>

namespace wristdoc {

// One closed local day of a linked participant, as uploaded to POST /v1/activity/days
// (docs/api.md). A later sync that changes the day makes the next revision.
struct ActivityDaySummary {
    QString participantId;
    QDate date; // local date in the policy's time zone
    int revision = 1;
    int steps = 0;
    int minutesWorn = 0;
    QVector<int> hourlySteps; // one per local hour of the day (23 to 25)
    QString device;           // the watch's short name, never its Bluetooth address
    QString policyVersion;
    QString digest; // "sha256:" + 64 hex digits over the day's minutes (sampleDigest)

    // "day-" + 32 hex digits of SHA-256(participant \n date \n revision): the same day and
    // revision get the same key on every computer, so the server never credits it twice.
    QString idempotencyKey() const;
    // The request body, compact JSON: the same summary always gives the same bytes.
    QByteArray toJson() const;

    // SHA-256 of the canonical form of a day's minutes: "utcSeconds,steps\n" per minute with
    // steps, ascending. minutes must be ascending.
    static QString sampleDigest(const QVector<QPair<qint64, int>> &minutes);
};

} // namespace wristdoc
