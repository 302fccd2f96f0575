#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

namespace wristdoc {

bool AppOptions::parse(const QStringList &arguments, AppOptions *options, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WristDoc: steps, heart rate and points"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite cache file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("User interface language: ko or en."),
                                      QStringLiteral("LANG"), QStringLiteral("ko"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"),
                                       QStringLiteral("Text size in percent, 100 to 200."),
                                       QStringLiteral("PERCENT"), QStringLiteral("100"));
    const QCommandLineOption contrast(QStringLiteral("high-contrast"),
                                      QStringLiteral("Start with the high-contrast theme."));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    QStringLiteral("Do not add demo history to an empty cache."));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("Run on a fixed clock (UTC, ISO 8601)."),
                                 QStringLiteral("TIME"));
    const QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
                                        QStringLiteral("Quit once the window has painted."));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        QStringLiteral("Watch link: auto (Bluetooth when an adapter exists, else the simulated "
                       "watch), bluetooth or simulated."),
        QStringLiteral("KIND"), QStringLiteral("auto"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        QStringLiteral("First window: dashboard, or enrolment (the kiosk's enrolment wizard)."),
        QStringLiteral("WINDOW"), QStringLiteral("dashboard"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Programme server to deliver stored enrolments to, e.g. "
                       "http://127.0.0.1:8080. Without it they are stored and wait."),
        QStringLiteral("URL"));
    const QCommandLineOption pin(
        QStringLiteral("pin-sha256"),
        QStringLiteral("Pinned server key: base64 SHA-256 of its SubjectPublicKeyInfo. Give it "
                       "twice or more (the key in use and a backup). Default: the settings key "
                       "server/pinSha256."),
        QStringLiteral("BASE64"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("Public kiosk: full screen, no way out without staff, the enrolment "
                       "wizard first, idle sessions wiped, no core dumps."));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Kiosk: seconds without input before the session is wiped (after a "
                       "warning), 10 to 3600; default 120 or the settings file's."),
        QStringLiteral("SECONDS"));
    parser.addOptions({db, language, textScale, contrast, noDemo, now, firstPaint, watch, start,
                       server, kiosk, idleTimeout});
    parser.addOption(pin);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    options->databasePath = parser.value(db);
    options->language = parser.value(language);
    if (options->language != QLatin1String("ko") && options->language != QLatin1String("en")) {
        *error = QStringLiteral("--language must be ko or en");
        return false;
    }
    bool ok = false;
    options->textScalePercent = parser.value(textScale).toInt(&ok);
    if (!ok || options->textScalePercent < 100 || options->textScalePercent > 200) {
        *error = QStringLiteral("--text-scale must be a number from 100 to 200");
        return false;
    }
    options->highContrast = parser.isSet(contrast);
    options->demoData = !parser.isSet(noDemo);
    if (parser.isSet(now)) {
        options->fixedNowUtc = QDateTime::fromString(parser.value(now), Qt::ISODate).toUTC();
        if (!options->fixedNowUtc.isValid()) {
            *error = QStringLiteral("--now must be an ISO 8601 time such as 2026-11-22T05:30:00Z");
            return false;
        }
    }
    options->exitAfterFirstPaint = parser.isSet(firstPaint);
    options->watch = parser.value(watch);
    if (options->watch != QLatin1String("auto") && options->watch != QLatin1String("bluetooth") &&
        options->watch != QLatin1String("simulated")) {
        *error = QStringLiteral("--watch must be auto, bluetooth or simulated");
        return false;
    }
    options->start = parser.value(start);
    if (options->start != QLatin1String("dashboard") &&
        options->start != QLatin1String("enrolment")) {
        *error = QStringLiteral("--start must be dashboard or enrolment");
        return false;
    }
    options->kiosk = parser.isSet(kiosk);
    if (parser.isSet(idleTimeout)) {
        options->idleTimeoutSeconds = parser.value(idleTimeout).toInt(&ok);
        if (!ok || options->idleTimeoutSeconds < 10 || options->idleTimeoutSeconds > 3600) {
            *error = QStringLiteral("--idle-timeout must be a number of seconds from 10 to 3600");
            return false;
        }
    }
    if (parser.isSet(server)) {
        options->serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
        const QString scheme = options->serverUrl.scheme();
        if (!options->serverUrl.isValid() || options->serverUrl.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            *error = QStringLiteral("--server must be an http or https URL such as "
                                    "http://127.0.0.1:8080");
            return false;
        }
        options->serverVerdict = ServerAddressPolicy::check(options->serverUrl);
    }
    // The city's pins: the command line wins over the settings file.
    const QStringList pins =
        parser.isSet(pin) ? parser.values(pin)
                          : QSettings().value(QStringLiteral("server/pinSha256")).toStringList();
    QString pinError;
    if (!PublicKeyPins::parse(pins, &options->serverPins, &pinError)) {
        *error = QStringLiteral("--pin-sha256: %1").arg(pinError);
        return false;
    }
    return true;
}

bool guiPlatformAvailable(QString *hint) {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without this check Qt aborts with a platform-plugin error that tells a newcomer nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        *hint = QStringLiteral("WristDoc needs a display and none was found: run it under Xvfb "
                               "(xvfb-run -a bash scripts/run) or set QT_QPA_PLATFORM=offscreen.");
        return false;
    }
#else
    Q_UNUSED(hint);
#endif
    return true;
}

} // namespace wristdoc
