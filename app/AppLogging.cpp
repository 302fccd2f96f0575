#include "AppLogging.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcApp, "wristdoc.app")

} // namespace wristdoc
