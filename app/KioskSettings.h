#pragma once

#include <QString>

namespace wristdoc {

// The kiosk's persisted settings, an INI file only its owner can read (0600, its folder 0700):
//   [kiosk]
//   enabled=true          start in kiosk mode (as --kiosk does)
//   idleSeconds=120       no input for this long shows the "Are you still there?" warning
//   warningSeconds=30     how long the warning counts down before the session is wiped (>= 20)
// The command line wins over the file for one run.
struct KioskSettings {
    static constexpr int kDefaultIdleSeconds = 120;
    static constexpr int kDefaultWarningSeconds = 30;
    static constexpr int kMinimumIdleSeconds = 10;
    static constexpr int kMaximumIdleSeconds = 3600;
    static constexpr int kMinimumWarningSeconds = 20;

    bool enabled = false;
    int idleSeconds = kDefaultIdleSeconds;
    int warningSeconds = kDefaultWarningSeconds;

    // <user config>/wristdoc/WristDoc.ini, e.g. ~/.config/wristdoc/WristDoc.ini on Linux.
    static QString defaultPath();
    // Missing or out-of-range values fall back to the defaults above.
    static KioskSettings load(const QString &path);
    // Writes every value; the file and any folder made for it are owner-only.
    bool save(const QString &path, QString *problem = nullptr) const;
    // Writes the defaults when no file exists yet, so an administrator finds the keys to set.
    static bool writeDefaultsIfMissing(const QString &path, QString *problem = nullptr);
};

} // namespace wristdoc
