#pragma once

#include "PublicKeyPins.h"
#include "ServerAddressPolicy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wristdoc {

// What the command line asks of the app; parsed once in main().
struct AppOptions {
    QString databasePath; // empty: Database::defaultPath()
    QString language;     // "ko" (default) or "en"
    int textScalePercent = 100;
    bool highContrast = false;
    bool demoData = true;                        // seed simulated history into an empty cache
    QDateTime fixedNowUtc;                       // valid: run on a fixed clock (demos, screenshots)
    bool exitAfterFirstPaint = false;            // start-up benchmark
    QString watch = QStringLiteral("auto");      // auto, bluetooth or simulated
    QString start = QStringLiteral("dashboard"); // dashboard, or enrolment (a kiosk)
    QUrl serverUrl; // the programme server enrolments are delivered to; empty: store only
    bool kiosk = false;        // --kiosk: full screen, locked, idle wipe (also a setting)
    int idleTimeoutSeconds = 0; // --idle-timeout; 0: the setting's (120 s by default)
    // Allowed, or why serverUrl may not be used (clear text to another host). parse() accepts
    // such an address so main() can refuse it in the user's language once translations load.
    ServerAddressPolicy::Verdict serverVerdict = ServerAddressPolicy::Verdict::Allowed;
    // --pin-sha256 (repeatable), else the settings key server/pinSha256 (a list).
    PublicKeyPins serverPins;

    // Returns false and fills error (English, for stderr) on a bad option.
    static bool parse(const QStringList &arguments, AppOptions *options, QString *error);
};

// True when a Qt GUI platform can start; otherwise hint holds one line saying how to proceed.
bool guiPlatformAvailable(QString *hint);

} // namespace wristdoc
