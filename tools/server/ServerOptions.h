#pragma once

#include "CohortSchedule.h"
#include "FaultInjector.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace wristdoc {

// The command line of wristdoc-server (docs/api.md, "Running the reference server").
struct ServerOptions {
    quint16 port = 0; // 0: any free port
    QString databasePath;
    QString adminToken; // empty: the admin endpoint answers 401 to everyone
    QString policyPath; // empty: PointsPolicy::builtInDefault()
    // SQLite synchronous mode: FULL (default) survives a power cut; NORMAL only a crash of the
    // process, for load experiments on slow disks.
    bool synchronousFull = true;

    double capacityRps = 0; // 0: no rate limit
    int burst = 0;          // 0: derived from the rate
    int maxConcurrent = 0;  // 0: no concurrency limit
    bool waitingRoom = false;
    int ticketTtlSeconds = 120;
    int retryAfterSeconds = 1; // Retry-After of --fail-rate answers

    CohortMode cohorts = CohortMode::Off;
    QVector<CohortWindow> cohortWindows;
    QDate today;             // invalid: the real local date in Asia/Seoul
    int firstComeLimit = -1; // negative: no limit
    int confirmDelayMs = 0;

    quint32 seed = 1;
    FaultSettings faults;

    // HTTPS: a PEM certificate (chain) and its PEM private key; both or neither.
    QString tlsCertificatePath;
    QString tlsKeyPath;
    // How long a kiosk registration code from POST /v1/admin/registration-codes stays valid.
    int registrationCodeTtlSeconds = 600;
    // How long a participant link code (POST /v1/link-requests) stays valid.
    int linkCodeTtlSeconds = 600;
    // --credit-bug utc-days: credit days as if they were UTC days (reconciliation demos).
    bool creditBugUtcDays = false;
    // Conversion deadline sent with the ledger; invalid: the last day of the month after the
    // current half-year ends (defaultConversionDeadline()).
    QDate conversionDeadline;

    // Parses arguments (arguments[0] is the program). On failure returns false with a message
    // for stderr. --help and --version are reported through helpText.
    static bool parse(const QStringList &arguments, ServerOptions *out, QString *error,
                      QString *helpText = nullptr);
    // Where the database lives without --db: the user's data directory.
    static QString defaultDatabasePath();
    // The last day of the month after the half-year of `today` ends (2027-01-31 for any day of
    // July to December 2026, 2026-07-31 for January to June 2026).
    static QDate defaultConversionDeadline(const QDate &today);
};

} // namespace wristdoc
