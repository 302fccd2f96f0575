#pragma once

#include <QDateTime>

namespace wristdoc {

// Time is passed in, never read from a global, so tests can run days in milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

} // namespace wristdoc
