#pragma once

#include "SimResult.h"

#include <QString>

#include <vector>

namespace wristdoc {

// Draws the plots of docs/launch-day.md with QtCharts, offscreen, one PNG per server setup and
// measure: offered load against capacity, clients waiting, and the completion curve.
class ChartRenderer {
public:
    static bool renderAll(const std::vector<SimResult> &results, const QString &directory,
                          QString *error);
};

} // namespace wristdoc
