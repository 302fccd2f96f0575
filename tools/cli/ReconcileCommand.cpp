#include "ReconcileCommand.h"

#include "CliInput.h"
#include "Database.h"
#include "PointsCheck.h"
#include "ProfileRegistry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QString ReconcileCommand::synopsis() const {
    return QStringLiteral("reconcile --db FILE [--profile ID] [--policy FILE]");
}

QString ReconcileCommand::description() const {
    return QStringLiteral(
        "Compares each uploaded day's points, expected from the local samples and the policy, "
        "with the server's ledger as last fetched, and prints the days that do not match as "
        "JSON (date, steps, expected, credited, reason). Exit status 0 when every day matches, "
        "1 when some do not. --profile picks another person's profile of the same computer.");
}

void ReconcileCommand::addOptions(QCommandLineParser &parser) const {
    parser.addOption(CliInput::dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("profile"),
        QStringLiteral("The profile to check (default: main; see profiles.json beside FILE)."),
        QStringLiteral("ID")));
    parser.addOption(CliInput::policyOption());
}

CommandResult ReconcileCommand::run(const QCommandLineParser &parser, QTextStream &out) const {
    QString error;
    QString dbPath;
    if (!CliInput::requireValue(parser, QStringLiteral("db"), QStringLiteral("FILE"), &dbPath,
                                &error))
        return CommandResult::failed(error);
    PointsPolicy policy;
    if (!CliInput::loadPolicy(parser, &policy, &error))
        return CommandResult::failed(error);
    const QString profileId = parser.isSet(QStringLiteral("profile"))
                                  ? parser.value(QStringLiteral("profile"))
                                  : ProfileRegistry::mainId();
    ProfileRegistry::Profile profile;
    if (!ProfileRegistry(dbPath).find(profileId, &profile))
        return CommandResult::failed(
            QStringLiteral("reconcile: no profile '%1' beside %2").arg(profileId.left(40), dbPath));
    if (!QFileInfo::exists(profile.databasePath))
        return CommandResult::failed(
            QStringLiteral("%1: no such file").arg(profile.databasePath));
    Database::Options options;
    options.path = profile.databasePath;
    StorageError storageError;
    const std::unique_ptr<Database> database = Database::open(options, &storageError);
    if (!database)
        return CommandResult::failed(CliInput::storageMessage(profile.databasePath, storageError));

    const LinkedParticipant participant = LinkedParticipant::load(*database);
    if (!participant.isLinked())
        return CommandResult::failed(
            QStringLiteral("reconcile: profile '%1' is not linked to a participant")
                .arg(profileId.left(40)));
    PointsCheck::Result result;
    if (!PointsCheck(*database, policy).run(participant, &result, &storageError))
        return CommandResult::failed(CliInput::storageMessage(profile.databasePath, storageError));
    if (!result.ledgerKnown)
        return CommandResult::failed(QStringLiteral(
            "reconcile: the server's ledger was never fetched for this profile; open WristDoc "
            "with --server once"));

    QJsonArray days;
    for (const ReconciledDay &day : result.reconciliation.mismatches()) {
        days.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("steps"), day.steps},
                                {QStringLiteral("expected"), day.expectedPoints},
                                {QStringLiteral("credited"), day.creditedPoints},
                                {QStringLiteral("reason"), day.reason},
                                {QStringLiteral("revision"), day.revision},
                                {QStringLiteral("serverRevision"), day.serverRevision},
                                {QStringLiteral("serverSteps"), day.serverSteps}});
    }
    const LedgerSummary &s = result.ledger.summary;
    const QJsonObject report{
        {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
        {QStringLiteral("ledgerFetched"), s.fetchedUtc.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("mismatches"), days},
    };
    out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (days.isEmpty())
        return CommandResult::ok();
    return {kExitMismatch, QString()};
}

} // namespace wristdoc
