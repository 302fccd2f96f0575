#include "BluetoothLog.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcWatchBluetooth, "wristdoc.watch.bluetooth")

} // namespace wristdoc
