#include "UiLogging.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcUi, "wristdoc.ui", QtInfoMsg)

} // namespace wristdoc
