#pragma once

#include <QLoggingCategory>

namespace wristdoc {

// wristdoc.app: the composition root's choices (key store, delivery on or off). No personal data.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace wristdoc
