#include "PointsCommand.h"

#include "CliInput.h"
#include "DailyStepAggregator.h"
#include "PointsCalculator.h"
#include "StepCsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QString PointsCommand::synopsis() const {
    return QStringLiteral("points --steps-csv FILE [--policy FILE] [--birth-date YYYY-MM-DD]");
}

QString PointsCommand::description() const {
    return QStringLiteral("Per-day steps and points of a step CSV, as JSON. Local days are "
                          "those of the policy's time zone; the half-year cap counts from the "
                          "first day in the file.");
}

void PointsCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(CliInput::policyOption());
    parser.addOption(CliInput::birthDateOption());
    parser.addOption(QCommandLineOption(QStringLiteral("steps-csv"),
                                        QStringLiteral("CSV with timestamp_utc,steps rows."),
                                        QStringLiteral("FILE")));
}

CommandResult PointsCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    QString error;
    QString csvPath;
    PointsPolicy policy;
    QDate birthDate;
    if (!CliInput::requireValue(parser, QStringLiteral("steps-csv"), QStringLiteral("FILE"),
                                &csvPath, &error) ||
        !CliInput::optionalDate(parser, QStringLiteral("birth-date"), &birthDate, &error) ||
        !CliInput::loadPolicy(parser, &policy, &error)) {
        return CommandResult::failed(error);
    }

    const StepCsvReader::Result csv = StepCsvReader::readFile(csvPath);
    if (!csv.ok)
        return CommandResult::failed(csv.error.toString());

    const QVector<DaySteps> days = DailyStepAggregator::aggregate(csv.samples, policy);
    const QVector<DayPoints> points = PointsCalculator(policy).evaluate(days, birthDate);

    QJsonArray dayList;
    qint64 total = 0;
    for (const DayPoints &day : points) {
        dayList.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                   {QStringLiteral("steps"), day.steps},
                                   {QStringLiteral("points"), day.points}});
        total += day.points;
    }
    const QJsonObject result{{QStringLiteral("policyVersion"), policy.version()},
                             {QStringLiteral("days"), dayList},
                             {QStringLiteral("totalPoints"), total}};
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

} // namespace wristdoc
