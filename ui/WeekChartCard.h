#pragma once

#include "DashboardCard.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QBarSet;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace wristdoc {

class Theme;

// The last seven days' steps as bars, today's in its own colour (a legend entry says "Today",
// which is too wide for a category label at large text), the goal as a line, and the days it
// was reached in words.
class WeekChartCard : public DashboardCard {
    Q_OBJECT

public:
    WeekChartCard(const LanguageController &language, const Theme &theme,
                  QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    // Category labels as shown on the x axis: short weekday names, oldest first.
    QStringList dayLabels() const;

protected:
    void refresh() override;

private:
    void applyTheme();

    const Theme &m_theme;
    QChartView *m_view;
    QStackedBarSeries *m_series;
    QBarSet *m_pastBars;
    QBarSet *m_todayBar;
    QLineSeries *m_goalLine;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_summary;
};

} // namespace wristdoc
