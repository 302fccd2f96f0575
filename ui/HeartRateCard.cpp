#include "HeartRateCard.h"

#include "ChartStyle.h"
#include "ChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace wristdoc {

HeartRateCard::HeartRateCard(const LanguageController &language, const Theme &theme,
                             QWidget *parent)
    : DashboardCard(language, parent)
    , m_theme(theme)
    , m_resting(nullptr)
    , m_average(nullptr)
    , m_max(nullptr)
    , m_view(new ChartView(this))
    , m_line(new QLineSeries)
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QValueAxis)
    , m_empty(makeLabel(QStringLiteral("heartRateEmpty"), Theme::Role::Body, true))
    , m_stats(new QGridLayout) {
    setObjectName(QStringLiteral("heartRateCard"));
    titleLabel()->setObjectName(QStringLiteral("heartRateTitle"));

    m_stats->setHorizontalSpacing(24);
    m_stats->setVerticalSpacing(2);
    m_resting = makeStat(QStringLiteral("heartRateResting"), 0, &m_restingCaption);
    m_average = makeStat(QStringLiteral("heartRateAverage"), 1, &m_averageCaption);
    m_max = makeStat(QStringLiteral("heartRateMax"), 2, &m_maxCaption);
    cardLayout()->addLayout(m_stats);

    m_view->setObjectName(QStringLiteral("heartRateChart"));
    ChartStyle::prepare(m_view);
    QChart *chart = m_view->chart();
    chart->addSeries(m_line);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_line->attachAxis(m_axisX);
    m_line->attachAxis(m_axisY);
    chart->legend()->hide();
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setRange(0, 24);
    // "%.0f", not "%i": Qt 6.4 draws no labels for integer formats with localized numbers.
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    cardLayout()->addWidget(m_view, 1);
    cardLayout()->addWidget(m_empty);

    connect(&theme, &Theme::changed, this, &HeartRateCard::applyTheme);
    applyTheme();
}

QLabel *HeartRateCard::makeStat(const QString &name, int column, QLabel **caption) {
    *caption = makeLabel(name + QStringLiteral("Caption"), Theme::Role::Caption, true);
    QLabel *value = makeLabel(name, Theme::Role::Large, false);
    m_stats->addWidget(*caption, 0, column);
    m_stats->addWidget(value, 1, column);
    m_stats->setColumnStretch(column, 1);
    return value;
}

void HeartRateCard::applyTheme() {
    m_view->setMinimumHeight(m_theme.scaled(240));
    refresh();
}

void HeartRateCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();
    const Theme::Colors colors = m_theme.colors();
    const QString unknown = tr("no reading");

    titleLabel()->setText(tr("Heart rate today"));
    m_restingCaption->setText(tr("Resting"));
    m_averageCaption->setText(tr("Average"));
    m_maxCaption->setText(tr("Highest"));
    const auto show = [&](QLabel *label, QLabel *caption, int bpm) {
        label->setText(bpm > 0 ? f.bpm(bpm) : unknown);
        label->setAccessibleName(caption->text() + QLatin1String(": ") + label->text());
    };
    show(m_resting, m_restingCaption, s.restingHeartRate);
    show(m_average, m_averageCaption, s.averageHeartRate);
    show(m_max, m_maxCaption, s.maxHeartRate);

    const bool hasReadings = !s.heartRateToday.isEmpty();
    m_view->setVisible(hasReadings);
    m_empty->setVisible(!hasReadings);
    m_empty->setText(
        tr("No heart-rate readings today yet. Wear the watch and sync it to see them here."));

    QList<QPointF> points;
    points.reserve(s.heartRateToday.size());
    int low = 1000;
    int high = 0;
    for (const DashboardSnapshot::HeartRatePoint &p : s.heartRateToday) {
        points.append(QPointF(f.localHourOfDay(p.timeUtc), p.bpm));
        low = std::min(low, p.bpm);
        high = std::max(high, p.bpm);
    }
    m_line->replace(points);
    QPen pen(colors.chartLine);
    pen.setWidth(m_theme.scaled(m_theme.highContrast() ? 3 : 2)); // lines grow with the text
    m_line->setPen(pen);
    if (hasReadings) {
        // Round labels (60, 80, 100 ...) with some room above and below the line.
        const int step = high - low > 40 ? 20 : 10;
        const int bottom = std::max(0, (low - 5) / step * step);
        const int top = (high + 5 + step - 1) / step * step;
        m_axisY->setRange(bottom, top);
        m_axisY->setTickCount((top - bottom) / step + 1);
    }

    // Hours of the day in words a senior reads at a glance. Midnight is left unlabelled: at the
    // axes' corner it would collide with the lowest heart-rate label.
    const auto labels = m_axisX->categoriesLabels();
    for (const QString &label : labels)
        m_axisX->remove(label);
    m_axisX->setStartValue(0);
    m_axisX->append(tr("6 AM"), 6);
    m_axisX->append(tr("noon"), 12);
    m_axisX->append(tr("6 PM"), 18);
    m_axisX->setRange(0, 24);

    ChartStyle::apply(m_view->chart(), m_theme, f.locale());
    m_view->setAccessibleName(tr("Heart rate today"));
}

} // namespace wristdoc
