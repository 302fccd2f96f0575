#include "StorageLog.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcStorage, "wristdoc.storage")

} // namespace wristdoc
