#pragma once

#include "DashboardCard.h"

class QLabel;

namespace wristdoc {

class Theme;
class WeekBarChart;

// The last seven days' steps as bars, today's in its own colour (a legend entry says "Today",
// which is too wide for a day label at large text), the goal as a line, and the days it was
// reached in words.
class WeekChartCard : public DashboardCard {
    Q_OBJECT

public:
    WeekChartCard(const LanguageController &language, const Theme &theme,
                  QWidget *parent = nullptr);

    WeekBarChart *chart() const { return m_chart; }
    // Day labels as shown under the bars: short weekday names, oldest first.
    QStringList dayLabels() const;

protected:
    void refresh() override;

private:
    WeekBarChart *m_chart;
    QLabel *m_summary;
};

} // namespace wristdoc
