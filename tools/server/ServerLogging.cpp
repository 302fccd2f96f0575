#include "ServerLogging.h"

namespace wristdoc {

// Info by default: one line per request at debug level would slow a 10,000-enrolment drain.
Q_LOGGING_CATEGORY(lcServer, "wristdoc.server", QtInfoMsg)

} // namespace wristdoc
