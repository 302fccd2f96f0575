#include "WeekChartCard.h"

#include "WeekBarChart.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

namespace {

// A round top for the value axis with at most six labels: 0, 4,000, 8,000, 12,000 ...
std::pair<int, int> niceAxis(int maximum) {
    const int steps[] = {1000, 2000, 2500, 4000, 5000, 10000, 20000, 25000, 50000, 100000};
    const int target = std::max(1000, int(maximum * 1.1));
    for (int step : steps) {
        const int ticks = (target + step - 1) / step;
        if (ticks <= 5)
            return {ticks * step, step};
    }
    const int step = 100000;
    return {((target + step - 1) / step) * step, step};
}

} // namespace

WeekChartCard::WeekChartCard(const LanguageController &language, const Theme &theme,
                             QWidget *parent)
    : DashboardCard(language, parent)
    , m_chart(new WeekBarChart(theme, this))
    , m_summary(makeLabel(QStringLiteral("weekSummary"), Theme::Role::Body, true)) {
    setObjectName(QStringLiteral("weekCard"));
    titleLabel()->setObjectName(QStringLiteral("weekTitle"));
    m_chart->setObjectName(QStringLiteral("weekChart"));
    cardLayout()->addWidget(m_chart, 1);
    cardLayout()->addWidget(m_summary);
    refresh();
}

QStringList WeekChartCard::dayLabels() const {
    return m_chart->labels();
}

void WeekChartCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();

    titleLabel()->setText(tr("Steps in the last 7 days"));

    QVector<WeekBarChart::Bar> bars;
    QStringList spoken;
    int reached = 0;
    int total = 0;
    int maximum = s.stepGoal;
    for (const DashboardSnapshot::DayTotal &day : s.week) {
        const bool isToday = day.date == s.today;
        bars.append({f.shortWeekday(day.date), day.steps, isToday});
        spoken << QStringLiteral("%1 %2").arg(isToday ? tr("Today") : f.shortWeekday(day.date),
                                              f.steps(day.steps));
        total += day.steps;
        maximum = std::max(maximum, day.steps);
        if (s.stepGoal > 0 && day.steps >= s.stepGoal)
            ++reached;
    }
    const auto [top, step] = niceAxis(maximum);
    QVector<ChartWidget::Tick> ticks;
    for (int value = 0; value <= top; value += step)
        ticks.append({double(value), f.number(value)});

    //: Legend entry of the goal line, e.g. "Goal: 8,000 steps".
    const QString goal = tr("Goal: %1").arg(f.steps(s.stepGoal));
    m_chart->setBars(bars);
    m_chart->setAxis(top, ticks);
    m_chart->setGoal(s.stepGoal);
    //: Legend entry for the bars of the six days before today.
    m_chart->setLegend(tr("Earlier days"), tr("Today"), goal);

    // What the picture shows, in words: every day's count, then the goal.
    if (s.stepGoal > 0)
        spoken << goal;
    m_chart->setAccessibleName(tr("Steps in the last 7 days"));
    m_chart->setAccessibleDescription(spoken.join(QStringLiteral(", ")));

    if (s.week.isEmpty()) {
        m_summary->setText(tr("No steps recorded this week yet."));
    } else {
        const int days = int(s.week.size());
        //: %1 days out of %2 reached the goal.
        const QString goalDays =
            tr("Goal reached on %1 of %2 days.").arg(f.number(reached), f.number(days));
        //: %1 is a step count with its unit.
        const QString average = tr("Daily average: %1.").arg(f.steps(total / days));
        m_summary->setText(goalDays + QLatin1Char(' ') + average);
    }
}

} // namespace wristdoc
