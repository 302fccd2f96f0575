#include "WeekChartCard.h"

#include "ChartStyle.h"
#include "ChartView.h"
#include "LanguageController.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace wristdoc {

namespace {

// A round top for the y axis with at most six labels: 0, 4,000, 8,000, 12,000 ...
std::pair<int, int> niceAxis(int maximum) {
    const int steps[] = {1000, 2000, 2500, 4000, 5000, 10000, 20000, 25000, 50000, 100000};
    const int target = std::max(1000, int(maximum * 1.1));
    for (int step : steps) {
        const int ticks = (target + step - 1) / step;
        if (ticks <= 5)
            return {ticks * step, ticks + 1};
    }
    const int step = 100000;
    return {((target + step - 1) / step) * step, 6};
}

} // namespace

WeekChartCard::WeekChartCard(const LanguageController &language, const Theme &theme,
                             QWidget *parent)
    : DashboardCard(language, parent)
    , m_theme(theme)
    , m_view(new ChartView(this))
    , m_series(new QStackedBarSeries)
    , m_pastBars(new QBarSet(QString()))
    , m_todayBar(new QBarSet(QString()))
    , m_goalLine(new QLineSeries)
    , m_axisX(new QBarCategoryAxis)
    , m_axisY(new QValueAxis)
    , m_summary(makeLabel(QStringLiteral("weekSummary"), Theme::Role::Body, true)) {
    setObjectName(QStringLiteral("weekCard"));
    titleLabel()->setObjectName(QStringLiteral("weekTitle"));
    m_view->setObjectName(QStringLiteral("weekChart"));
    ChartStyle::prepare(m_view);

    QChart *chart = m_view->chart();
    // Stacked with zeros, so each day is one bar whichever set holds its value.
    m_series->append(m_pastBars);
    m_series->append(m_todayBar);
    m_series->setBarWidth(0.6);
    chart->addSeries(m_series);
    chart->addSeries(m_goalLine);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_goalLine->attachAxis(m_axisX);
    m_goalLine->attachAxis(m_axisY);
    // "%.0f", not "%i": Qt 6.4 draws no labels for integer formats with localized numbers.
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisX->setGridLineVisible(false);
    m_axisX->setTruncateLabels(false); // "Today" must never become "To..."
    chart->legend()->setAlignment(Qt::AlignBottom);

    cardLayout()->addWidget(m_view, 1);
    cardLayout()->addWidget(m_summary);

    connect(&theme, &Theme::changed, this, &WeekChartCard::applyTheme);
    applyTheme();
}

QStringList WeekChartCard::dayLabels() const {
    return m_axisX->categories();
}

void WeekChartCard::applyTheme() {
    m_view->setMinimumHeight(m_theme.scaled(280));
    refresh();
}

void WeekChartCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();
    const Theme::Colors colors = m_theme.colors();

    titleLabel()->setText(tr("Steps in the last 7 days"));

    QStringList labels;
    QList<qreal> past;
    QList<qreal> today;
    QStringList spoken;
    int reached = 0;
    int total = 0;
    int maximum = s.stepGoal;
    for (const DashboardSnapshot::DayTotal &day : s.week) {
        const bool isToday = day.date == s.today;
        labels << f.shortWeekday(day.date);
        past << (isToday ? 0 : day.steps);
        today << (isToday ? day.steps : 0);
        spoken << QStringLiteral("%1 %2").arg(isToday ? tr("Today") : f.shortWeekday(day.date),
                                              f.steps(day.steps));
        total += day.steps;
        maximum = std::max(maximum, day.steps);
        if (s.stepGoal > 0 && day.steps >= s.stepGoal)
            ++reached;
    }

    m_pastBars->remove(0, m_pastBars->count());
    m_pastBars->append(past);
    //: Legend entry for the bars of the six days before today.
    m_pastBars->setLabel(tr("Earlier days"));
    m_pastBars->setColor(colors.barPast);
    QPen edge(colors.barPastEdge);
    edge.setWidth(2);
    m_pastBars->setPen(edge);
    m_todayBar->remove(0, m_todayBar->count());
    m_todayBar->append(today);
    m_todayBar->setLabel(tr("Today"));
    m_todayBar->setColor(colors.barToday);
    m_todayBar->setBorderColor(colors.barToday);

    m_axisX->clear();
    m_axisX->append(labels);
    const auto [top, ticks] = niceAxis(maximum);
    m_axisY->setRange(0, top);
    m_axisY->setTickCount(ticks);

    // The goal spans the whole category axis: categories sit at 0..n-1.
    m_goalLine->clear();
    if (!labels.isEmpty() && s.stepGoal > 0) {
        m_goalLine->append(-0.5, s.stepGoal);
        m_goalLine->append(labels.size() - 0.5, s.stepGoal);
    }
    //: Legend entry of the goal line, e.g. "Goal: 8,000 steps".
    m_goalLine->setName(tr("Goal: %1").arg(f.steps(s.stepGoal)));
    QPen goalPen(colors.goalLine);
    goalPen.setWidth(m_theme.scaled(3));
    goalPen.setStyle(Qt::DashLine);
    m_goalLine->setPen(goalPen);

    ChartStyle::apply(m_view->chart(), m_theme, f.locale());

    m_view->setAccessibleName(tr("Steps in the last 7 days"));
    m_view->setAccessibleDescription(spoken.join(QStringLiteral(", ")));

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
