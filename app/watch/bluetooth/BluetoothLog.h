#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.watch.bluetooth: the QtBluetooth transport. Events and error codes only; never a
// device address, a name or a value read from a watch.
Q_DECLARE_LOGGING_CATEGORY(lcWatchBluetooth)

} // namespace wristdoc
