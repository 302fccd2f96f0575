#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.server: the reference programme server. Requests are logged by path, status and
// idempotency key only; request bodies hold personal data and are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace wristdoc
