#pragma once

#include <QDateTime>
#include <QDir>

namespace wristdoc {

class LanguageController;
class Theme;

// Renders the kiosk window (the wizard with the staff button) and its idle warning, in Korean
// and English at 100 % and 200 % text, into out as kiosk-*.png. The idle time runs out on
// virtual time. Returns false when a file could not be written.
bool renderKioskShots(const QDir &out, const QDateTime &now, LanguageController &language,
                      Theme &theme);

} // namespace wristdoc
