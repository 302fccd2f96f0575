#include "KioskSettings.h"

#include "OwnerOnlyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace wristdoc {

namespace {

const QString kEnabled = QStringLiteral("kiosk/enabled");
const QString kIdle = QStringLiteral("kiosk/idleSeconds");
const QString kWarning = QStringLiteral("kiosk/warningSeconds");

int boundedInt(const QSettings &settings, const QString &key, int fallback, int low, int high) {
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

QString KioskSettings::defaultPath() {
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
                     QCoreApplication::organizationName(), QCoreApplication::applicationName())
        .fileName();
}

KioskSettings KioskSettings::load(const QString &path) {
    KioskSettings result;
    if (!QFileInfo::exists(path))
        return result;
    const QSettings settings(path, QSettings::IniFormat);
    result.enabled = settings.value(kEnabled, false).toBool();
    result.idleSeconds =
        boundedInt(settings, kIdle, kDefaultIdleSeconds, kMinimumIdleSeconds, kMaximumIdleSeconds);
    result.warningSeconds = boundedInt(settings, kWarning, kDefaultWarningSeconds,
                                       kMinimumWarningSeconds, kMaximumIdleSeconds);
    return result;
}

bool KioskSettings::save(const QString &path, QString *problem) const {
    // QSettings writes through a temporary file that takes over the mode of the file it
    // replaces, and a new one gets 0644: so the file exists, owner-only, before it writes.
    if (!OwnerOnlyFile::ensureFolder(QFileInfo(path).absolutePath(), problem) ||
        !OwnerOnlyFile::createEmpty(path, problem))
        return false;
    OwnerOnlyFile::restrictToOwner(path);
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(kEnabled, enabled);
    settings.setValue(kIdle, idleSeconds);
    settings.setValue(kWarning, warningSeconds);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (problem)
            *problem = QStringLiteral("cannot write the settings file");
        return false;
    }
    // Whatever the write path did, the file ends owner-only.
    if (OwnerOnlyFile::restrictToOwner(path))
        return true;
    if (problem)
        *problem = QStringLiteral("cannot make the settings file owner-only");
    return false;
}

bool KioskSettings::writeDefaultsIfMissing(const QString &path, QString *problem) {
    if (QFileInfo::exists(path))
        return true;
    return KioskSettings().save(path, problem);
}

} // namespace wristdoc
