#include "CoreLogging.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcCore, "wristdoc.core")

} // namespace wristdoc
