#include "HelpdeskReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QByteArray HelpdeskReport::toJson(const ReconciledDay &day, const ActivityDaySummary &summary,
                                  const QDateTime &generatedUtc) {
    QJsonArray hours;
    for (int h : summary.hourlySteps)
        hours.append(h);
    const QJsonObject report{
        {QStringLiteral("report"), QStringLiteral("wristdoc-points-check")},
        {QStringLiteral("generated"), generatedUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
        {QStringLiteral("reason"), day.reason},
        {QStringLiteral("expectedPoints"), day.expectedPoints},
        {QStringLiteral("creditedPoints"), day.creditedPoints},
        {QStringLiteral("local"),
         QJsonObject{{QStringLiteral("revision"), summary.revision},
                     {QStringLiteral("steps"), summary.steps},
                     {QStringLiteral("minutesWorn"), summary.minutesWorn},
                     {QStringLiteral("hourlySteps"), hours},
                     {QStringLiteral("policyVersion"), summary.policyVersion},
                     {QStringLiteral("digest"), summary.digest}}},
        {QStringLiteral("server"),
         QJsonObject{{QStringLiteral("revision"), day.serverRevision},
                     {QStringLiteral("steps"), day.serverSteps},
                     {QStringLiteral("points"), day.creditedPoints}}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

QString HelpdeskReport::fileName(const QDate &date) {
    return QStringLiteral("wristdoc-report-%1.json").arg(date.toString(Qt::ISODate));
}

} // namespace wristdoc
