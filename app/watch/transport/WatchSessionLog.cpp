#include "WatchSessionLog.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcWatchSession, "wristdoc.watch.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatchSimulator, "wristdoc.watch.simulator", QtWarningMsg)

} // namespace wristdoc
