#pragma once

#include "SimResult.h"

#include <QString>

#include <vector>

namespace wristdoc {

// The comparison as files: one row per strategy and server (CSV and a markdown table), and the
// time series behind the plots (CSV, long format).
class ReportWriter {
public:
    static QString summaryCsv(const std::vector<SimResult> &results);
    static QString timeSeriesCsv(const std::vector<SimResult> &results);
    static QString markdownTable(const std::vector<SimResult> &results);

    static bool writeFile(const QString &path, const QString &text, QString *error);
};

} // namespace wristdoc
