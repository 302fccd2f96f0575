#pragma once

class QChart;
class QChartView;
class QAbstractAxis;
class QLocale;

namespace wristdoc {

class Theme;

// QtCharts ignores the application font, palette and style sheet, so every chart takes its
// fonts and colours from the Theme here.
class ChartStyle {
public:
    // A chart that is calm to look at and renders the same in every screenshot.
    static void prepare(QChartView *view);
    static void apply(QChart *chart, const Theme &theme, const QLocale &locale);
    static void applyToAxis(QAbstractAxis *axis, const Theme &theme);
};

} // namespace wristdoc
