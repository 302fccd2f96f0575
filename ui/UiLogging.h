#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.ui: widgets, theme and language. Never log personal data (steps, heart rate, points).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace wristdoc
