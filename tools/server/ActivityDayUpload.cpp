#include "ActivityDayUpload.h"

#include "PointsPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace wristdoc {

namespace {

// A JSON number that is a whole number within [minimum, maximum].
bool readInt(const QJsonValue &value, qint64 minimum, qint64 maximum, int *out) {
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (std::floor(d) != d || d < double(minimum) || d > double(maximum))
        return false;
    *out = int(d);
    return true;
}

bool shortText(const QJsonValue &value, int maximum, QString *out) {
    if (!value.isString())
        return false;
    *out = value.toString();
    return !out->trimmed().isEmpty() && out->size() <= maximum;
}

} // namespace

QString ActivityDayUpload::participantIdOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("participantId")).toString();
}

QVector<UploadIssue> ActivityDayUpload::decode(const QByteArray &body, const PointsPolicy &policy,
                                               const QDate &today, ActivityDayUpload *out) {
    QVector<UploadIssue> issues;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{QStringLiteral("body"), QStringLiteral("json")}};
    const QJsonObject o = document.object();
    ActivityDayUpload u;

    static const QRegularExpression participantPattern(QStringLiteral("^P-\\d{8}$"));
    u.participantId = o.value(QStringLiteral("participantId")).toString();
    if (!participantPattern.match(u.participantId).hasMatch())
        issues.append({QStringLiteral("participantId"), QStringLiteral("format")});

    const QString dateText = o.value(QStringLiteral("date")).toString();
    u.date = QDate::fromString(dateText, Qt::ISODate);
    if (dateText.size() != 10 || !u.date.isValid())
        issues.append({QStringLiteral("date"), QStringLiteral("format")});
    else if (u.date > today)
        issues.append({QStringLiteral("date"), QStringLiteral("future")});

    if (!readInt(o.value(QStringLiteral("revision")), 1, kMaximumRevision, &u.revision))
        issues.append({QStringLiteral("revision"), QStringLiteral("range")});
    const bool stepsOk = readInt(o.value(QStringLiteral("steps")), 0, kMaximumSteps, &u.steps);
    if (!stepsOk)
        issues.append({QStringLiteral("steps"), QStringLiteral("range")});
    if (!readInt(o.value(QStringLiteral("minutesWorn")), 0, 1440, &u.minutesWorn))
        issues.append({QStringLiteral("minutesWorn"), QStringLiteral("range")});

    // One number per local hour: 24, or 23/25 on a day a daylight-saving change shortens or
    // lengthens in the policy's zone.
    const QJsonValue hourly = o.value(QStringLiteral("hourlySteps"));
    const int hours =
        u.date.isValid()
            ? int((policy.dayStartUtc(u.date.addDays(1)) - policy.dayStartUtc(u.date)) / 3600)
            : 24;
    bool hourlyOk = hourly.isArray() && hourly.toArray().size() == hours;
    qint64 sum = 0;
    if (hourlyOk) {
        for (const QJsonValue &h : hourly.toArray()) {
            int steps = 0;
            if (!readInt(h, 0, kMaximumSteps, &steps)) {
                hourlyOk = false;
                break;
            }
            u.hourlySteps.append(steps);
            sum += steps;
        }
    }
    if (!hourlyOk)
        issues.append({QStringLiteral("hourlySteps"), QStringLiteral("format")});
    else if (stepsOk && sum != u.steps)
        issues.append({QStringLiteral("hourlySteps"), QStringLiteral("sum")});

    if (!shortText(o.value(QStringLiteral("device")), 64, &u.device))
        issues.append({QStringLiteral("device"), QStringLiteral("format")});
    if (!shortText(o.value(QStringLiteral("policyVersion")), 32, &u.policyVersion))
        issues.append({QStringLiteral("policyVersion"), QStringLiteral("format")});
    static const QRegularExpression digestPattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    u.digest = o.value(QStringLiteral("digest")).toString();
    if (!digestPattern.match(u.digest).hasMatch())
        issues.append({QStringLiteral("digest"), QStringLiteral("format")});

    if (issues.isEmpty())
        *out = u;
    return issues;
}

} // namespace wristdoc
