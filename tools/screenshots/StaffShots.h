#pragma once

#include <QDateTime>
#include <QDir>

namespace wristdoc {

class LanguageController;
class Theme;

// Renders the staff PIN dialog (entering, after a wrong try, locked, choosing the first PIN)
// and the staff console with an invented outbox, in Korean and English, into out as
// staff-*.png. A real PIN store on a scratch database; a fixed clock. False when a file could
// not be written.
bool renderStaffShots(const QDir &out, const QDateTime &now, LanguageController &language,
                      Theme &theme);

} // namespace wristdoc
