#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.ui.enrolment: the kiosk enrolment wizard. Steps and outcomes only; never a name, a
// birth date, a phone number or a reference code.
Q_DECLARE_LOGGING_CATEGORY(lcEnrolmentUi)

} // namespace wristdoc
