#pragma once

#include <QLoggingCategory>

namespace wristdoc {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace wristdoc
