#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.watch.session: the watch session state machine; wristdoc.watch.simulator: the
// simulated watch. Never log personal data: no serial numbers, no step or heart-rate values.
Q_DECLARE_LOGGING_CATEGORY(lcWatchSession)
Q_DECLARE_LOGGING_CATEGORY(lcWatchSimulator)

} // namespace wristdoc
