#include "SummaryCommand.h"

#include "AppStateStore.h"
#include "CliInput.h"
#include "Database.h"
#include "PointsCalculator.h"
#include "SampleStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QString SummaryCommand::synopsis() const {
    return QStringLiteral(
        "summary --db FILE --date YYYY-MM-DD [--policy FILE] [--birth-date YYYY-MM-DD]");
}

QString SummaryCommand::description() const {
    return QStringLiteral("One local day's steps, worn minutes, heart rate and points from the "
                          "database, as JSON. Points apply the half-year cap to the points "
                          "computed from the cached days of that half-year up to the date.");
}

void SummaryCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(CliInput::dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("date"),
                                        QStringLiteral("Local day in the policy's time zone."),
                                        QStringLiteral("YYYY-MM-DD")));
    parser.addOption(CliInput::policyOption());
    parser.addOption(CliInput::birthDateOption());
}

CommandResult SummaryCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    QString error;
    QString dbPath;
    QDate date;
    QDate birthDate;
    PointsPolicy policy;
    if (!CliInput::requireValue(parser, QStringLiteral("db"), QStringLiteral("FILE"), &dbPath,
                                &error) ||
        !CliInput::optionalDate(parser, QStringLiteral("date"), &date, &error) ||
        !CliInput::optionalDate(parser, QStringLiteral("birth-date"), &birthDate, &error) ||
        !CliInput::loadPolicy(parser, &policy, &error)) {
        return CommandResult::failed(error);
    }
    if (!date.isValid())
        return CommandResult::failed(QStringLiteral("--date YYYY-MM-DD is required"));
    // Reading must never create an empty database where none was.
    if (!QFileInfo::exists(dbPath))
        return CommandResult::failed(QStringLiteral("%1: no such file").arg(dbPath));

    Database::Options options;
    options.path = dbPath;
    options.rollupZone = policy.timeZone();
    options.verifyIntegrity = true;
    StorageError storageError;
    const std::unique_ptr<Database> database = Database::open(options, &storageError);
    if (!database)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    if (!parser.isSet(QStringLiteral("birth-date"))) {
        // Unset or unreadable: an invalid date, which the policy treats as under every age rule.
        birthDate = parseIsoDate(AppStateStore(*database).value(birthDateKey()));
    }

    // The half-year up to the date, so the cap is applied as the days were earned.
    const QVector<DailyRollup> rollups =
        SampleStore(*database).rollups(PointsCalculator::halfYearStart(date), date, &storageError);
    if (storageError)
        return CommandResult::failed(CliInput::storageMessage(dbPath, storageError));

    DailyRollup day;
    day.date = date;
    QVector<DaySteps> stepDays;
    for (const DailyRollup &rollup : rollups) {
        if (rollup.stepMinutes > 0)
            stepDays.append(DaySteps{rollup.date, rollup.steps});
        if (rollup.date == date)
            day = rollup;
    }
    const QVector<DayPoints> points = PointsCalculator(policy).evaluate(stepDays, birthDate);
    const int dayPoints =
        !points.isEmpty() && points.constLast().date == date ? points.constLast().points : 0;

    QJsonValue heartRate = QJsonValue::Null;
    if (day.hrMinutes > 0) {
        heartRate = QJsonObject{{QStringLiteral("min"), day.hrMin},
                                {QStringLiteral("avg"), day.hrAvg},
                                {QStringLiteral("max"), day.hrMax}};
    }
    const QJsonObject result{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                             {QStringLiteral("steps"), day.steps},
                             {QStringLiteral("stepMinutes"), day.stepMinutes},
                             {QStringLiteral("heartRate"), heartRate},
                             {QStringLiteral("policyVersion"), policy.version()},
                             {QStringLiteral("points"), dayPoints}};
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return CommandResult::ok();
}

} // namespace wristdoc
