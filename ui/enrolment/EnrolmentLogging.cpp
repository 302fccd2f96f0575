#include "EnrolmentLogging.h"

namespace wristdoc {

Q_LOGGING_CATEGORY(lcEnrolmentUi, "wristdoc.ui.enrolment")

} // namespace wristdoc
