#pragma once

#include <QDateTime>
#include <QDir>

namespace wristdoc {

class LanguageController;
class Theme;

// Renders every step of the kiosk enrolment wizard, in Korean and English at 100 % and 200 %
// text, plus the states worth seeing (checks while typing, a failed save, a queued receipt),
// into out as enrolment-*.png. Invented applicant data, a fixed clock, an intake that stores
// nothing. Returns false when a file could not be written.
bool renderEnrolmentShots(const QDir &out, const QDateTime &now, LanguageController &language,
                          Theme &theme);

} // namespace wristdoc
