#pragma once

#include "Clock.h"

namespace wristdoc {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace wristdoc
