#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.core: policy and points computation. Never log personal data (birth dates, steps of
// a named participant) here.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace wristdoc
