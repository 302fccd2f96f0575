#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace wristdoc {

namespace {

bool readRate(const QCommandLineParser &parser, const QString &name, double *out, QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1) {
        *error = QStringLiteral("--%1 must be a probability between 0 and 1").arg(name);
        return false;
    }
    *out = value;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *out,
             QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        *error = QStringLiteral("--%1 must be an integer of at least %2").arg(name).arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

QString ServerOptions::defaultDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/wristdoc-server");
    return dir + QStringLiteral("/server.sqlite");
}

QDate ServerOptions::defaultConversionDeadline(const QDate &today) {
    // The half-year ends on 30 June or 31 December; the deadline is the end of the next month.
    const QDate firstOfNextMonth =
        today.month() <= 6 ? QDate(today.year(), 8, 1) : QDate(today.year() + 1, 2, 1);
    return firstOfNextMonth.addDays(-1);
}

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *out, QString *error,
                          QString *helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reference programme server of docs/api.md, on 127.0.0.1 only."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0: any free port)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("db"), QStringLiteral("SQLite file of the server."),
         QStringLiteral("FILE")},
        {QStringLiteral("admin-token"),
         QStringLiteral("Bearer token of GET /v1/admin/stats (none: always 401)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("policy"), QStringLiteral("Points policy JSON served by GET /v1/policy."),
         QStringLiteral("FILE")},
        {QStringLiteral("synchronous"),
         QStringLiteral("SQLite synchronous mode: full (survives a power cut) or normal (survives "
                        "a crash of the server only)."),
         QStringLiteral("full|normal"), QStringLiteral("full")},
        {QStringLiteral("capacity-rps"),
         QStringLiteral("Requests per second admitted (token bucket; 0: no limit)."),
         QStringLiteral("R")},
        {QStringLiteral("burst"), QStringLiteral("Token bucket size (default: ceil(R))."),
         QStringLiteral("N")},
        {QStringLiteral("max-concurrent"),
         QStringLiteral("Requests in progress at most (0: no limit)."), QStringLiteral("C")},
        {QStringLiteral("waiting-room"),
         QStringLiteral("on: over capacity, hand out waiting-room tickets."),
         QStringLiteral("on|off"), QStringLiteral("off")},
        {QStringLiteral("ticket-ttl-seconds"),
         QStringLiteral("A ready ticket admits its holder this long; a waiting one not polled "
                        "this long is dropped."),
         QStringLiteral("S")},
        {QStringLiteral("cohorts"), QStringLiteral("Cohort days: off, parity or windows."),
         QStringLiteral("MODE"), QStringLiteral("off")},
        {QStringLiteral("cohort-windows"),
         QStringLiteral("JSON list of {\"birthYears\":[from,to],\"from\":DATE,\"to\":DATE}."),
         QStringLiteral("FILE")},
        {QStringLiteral("today"),
         QStringLiteral("Use this local date (YYYY-MM-DD) instead of today's in Asia/Seoul."),
         QStringLiteral("DATE")},
        {QStringLiteral("first-come-limit"),
         QStringLiteral("Answer 410 capacity-reached after N enrolments."), QStringLiteral("N")},
        {QStringLiteral("confirm-delay-ms"),
         QStringLiteral("Answer 202 processing; confirm N ms later."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the fault draws and ticket names."),
         QStringLiteral("S")},
        {QStringLiteral("fail-rate"), QStringLiteral("Probability of a 503 without committing."),
         QStringLiteral("P")},
        {QStringLiteral("drop-response-after-commit-rate"),
         QStringLiteral("Probability of closing the connection after a commit, unanswered."),
         QStringLiteral("P")},
        {QStringLiteral("reset-rate"),
         QStringLiteral("Probability of resetting the connection before processing."),
         QStringLiteral("P")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay of every answer."),
         QStringLiteral("N")},
        {QStringLiteral("latency-jitter-ms"),
         QStringLiteral("Extra delay, uniform between 0 and N."), QStringLiteral("N")},
        {QStringLiteral("retry-after-seconds"),
         QStringLiteral("Retry-After of --fail-rate answers (default 1)."), QStringLiteral("S")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("Serve HTTPS with this PEM certificate (chain); needs --tls-key."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
         QStringLiteral("FILE")},
        {QStringLiteral("registration-code-ttl-seconds"),
         QStringLiteral("Validity of a kiosk registration code (default 600)."),
         QStringLiteral("S")},
        {QStringLiteral("link-code-ttl-seconds"),
         QStringLiteral("Validity of a participant link code (default 600)."), QStringLiteral("S")},
        {QStringLiteral("credit-bug"),
         QStringLiteral("Fault for reconciliation demos: utc-days credits days as UTC days."),
         QStringLiteral("utc-days")},
        {QStringLiteral("conversion-deadline"),
         QStringLiteral("Conversion deadline sent with the ledger (default: the last day of the "
                        "month after the half-year ends)."),
         QStringLiteral("DATE")},
    });

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        if (helpText)
            *helpText =
                parser.isSet(help) ? parser.helpText() : QStringLiteral("wristdoc-server\n");
        return false;
    }

    ServerOptions o;
    bool ok = false;
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        *error = QStringLiteral("--port must be between 0 and 65535");
        return false;
    }
    o.port = quint16(port);
    o.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                        : defaultDatabasePath();
    o.adminToken = parser.value(QStringLiteral("admin-token"));
    o.policyPath = parser.value(QStringLiteral("policy"));

    if (parser.isSet(QStringLiteral("capacity-rps"))) {
        o.capacityRps = parser.value(QStringLiteral("capacity-rps")).toDouble(&ok);
        if (!ok || o.capacityRps < 0) {
            *error = QStringLiteral("--capacity-rps must be a non-negative number");
            return false;
        }
    }
    if (!readInt(parser, QStringLiteral("burst"), 1, &o.burst, error) ||
        !readInt(parser, QStringLiteral("max-concurrent"), 0, &o.maxConcurrent, error) ||
        !readInt(parser, QStringLiteral("ticket-ttl-seconds"), 1, &o.ticketTtlSeconds, error) ||
        !readInt(parser, QStringLiteral("first-come-limit"), 0, &o.firstComeLimit, error) ||
        !readInt(parser, QStringLiteral("confirm-delay-ms"), 0, &o.confirmDelayMs, error) ||
        !readInt(parser, QStringLiteral("latency-ms"), 0, &o.faults.latencyMs, error) ||
        !readInt(parser, QStringLiteral("latency-jitter-ms"), 0, &o.faults.latencyJitterMs,
                 error) ||
        !readInt(parser, QStringLiteral("retry-after-seconds"), 1, &o.retryAfterSeconds, error) ||
        !readInt(parser, QStringLiteral("registration-code-ttl-seconds"), 1,
                 &o.registrationCodeTtlSeconds, error) ||
        !readInt(parser, QStringLiteral("link-code-ttl-seconds"), 1, &o.linkCodeTtlSeconds, error))
        return false;
    if (parser.isSet(QStringLiteral("credit-bug"))) {
        if (parser.value(QStringLiteral("credit-bug")) != QLatin1String("utc-days")) {
            *error = QStringLiteral("--credit-bug must be utc-days");
            return false;
        }
        o.creditBugUtcDays = true;
    }
    o.tlsCertificatePath = parser.value(QStringLiteral("tls-cert"));
    o.tlsKeyPath = parser.value(QStringLiteral("tls-key"));
    if (o.tlsCertificatePath.isEmpty() != o.tlsKeyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    if (!readRate(parser, QStringLiteral("fail-rate"), &o.faults.failRate, error) ||
        !readRate(parser, QStringLiteral("drop-response-after-commit-rate"),
                  &o.faults.dropAfterCommitRate, error) ||
        !readRate(parser, QStringLiteral("reset-rate"), &o.faults.resetRate, error))
        return false;

    const QString synchronous = parser.value(QStringLiteral("synchronous"));
    if (synchronous != QLatin1String("full") && synchronous != QLatin1String("normal")) {
        *error = QStringLiteral("--synchronous must be full or normal");
        return false;
    }
    o.synchronousFull = synchronous == QLatin1String("full");

    const QString room = parser.value(QStringLiteral("waiting-room"));
    if (room != QLatin1String("on") && room != QLatin1String("off")) {
        *error = QStringLiteral("--waiting-room must be on or off");
        return false;
    }
    o.waitingRoom = room == QLatin1String("on");
    if (o.waitingRoom && o.capacityRps <= 0 && o.maxConcurrent <= 0) {
        *error = QStringLiteral("--waiting-room on needs --capacity-rps or --max-concurrent");
        return false;
    }

    if (parser.isSet(QStringLiteral("seed"))) {
        o.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed must be a non-negative 32-bit integer");
            return false;
        }
    }

    if (parser.isSet(QStringLiteral("today"))) {
        const QString text = parser.value(QStringLiteral("today"));
        o.today = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !o.today.isValid()) {
            *error = QStringLiteral("--today must be a date as YYYY-MM-DD");
            return false;
        }
    }

    if (parser.isSet(QStringLiteral("conversion-deadline"))) {
        const QString text = parser.value(QStringLiteral("conversion-deadline"));
        o.conversionDeadline = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !o.conversionDeadline.isValid()) {
            *error = QStringLiteral("--conversion-deadline must be a date as YYYY-MM-DD");
            return false;
        }
    }

    const QString cohorts = parser.value(QStringLiteral("cohorts"));
    const bool haveWindows = parser.isSet(QStringLiteral("cohort-windows"));
    if (cohorts == QLatin1String("off")) {
        o.cohorts = haveWindows ? CohortMode::Windows : CohortMode::Off;
    } else if (cohorts == QLatin1String("parity")) {
        o.cohorts = CohortMode::Parity;
        if (haveWindows) {
            *error = QStringLiteral("--cohorts parity and --cohort-windows exclude each other");
            return false;
        }
    } else if (cohorts == QLatin1String("windows")) {
        o.cohorts = CohortMode::Windows;
        if (!haveWindows) {
            *error = QStringLiteral("--cohorts windows needs --cohort-windows FILE");
            return false;
        }
    } else {
        *error = QStringLiteral("--cohorts must be off, parity or windows");
        return false;
    }
    if (haveWindows) {
        const QString path = parser.value(QStringLiteral("cohort-windows"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        QString windowsError;
        if (!CohortSchedule::parseWindows(file.readAll(), &o.cohortWindows, &windowsError)) {
            *error = QStringLiteral("%1: %2").arg(path, windowsError);
            return false;
        }
    }

    *out = o;
    return true;
}

} // namespace wristdoc
