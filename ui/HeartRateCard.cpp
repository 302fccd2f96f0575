#include "HeartRateCard.h"

#include "HeartRateChart.h"

#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

HeartRateCard::HeartRateCard(const LanguageController &language, const Theme &theme,
                             QWidget *parent)
    : DashboardCard(language, parent)
    , m_stats(new QGridLayout)
    , m_chart(new HeartRateChart(theme, this))
    , m_empty(makeLabel(QStringLiteral("heartRateEmpty"), Theme::Role::Body, true)) {
    setObjectName(QStringLiteral("heartRateCard"));
    titleLabel()->setObjectName(QStringLiteral("heartRateTitle"));

    m_stats->setHorizontalSpacing(24);
    m_stats->setVerticalSpacing(2);
    m_resting = makeStat(QStringLiteral("heartRateResting"), 0, &m_restingCaption);
    m_average = makeStat(QStringLiteral("heartRateAverage"), 1, &m_averageCaption);
    m_max = makeStat(QStringLiteral("heartRateMax"), 2, &m_maxCaption);
    cardLayout()->addLayout(m_stats);

    m_chart->setObjectName(QStringLiteral("heartRateChart"));
    cardLayout()->addWidget(m_chart, 1);
    cardLayout()->addWidget(m_empty);
    refresh();
}

QLabel *HeartRateCard::makeStat(const QString &name, int column, QLabel **caption) {
    *caption = makeLabel(name + QStringLiteral("Caption"), Theme::Role::Caption, true);
    QLabel *value = makeLabel(name, Theme::Role::Large, false);
    m_stats->addWidget(*caption, 0, column);
    m_stats->addWidget(value, 1, column);
    m_stats->setColumnStretch(column, 1);
    return value;
}

void HeartRateCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();
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
    m_chart->setVisible(hasReadings);
    m_empty->setVisible(!hasReadings);
    m_empty->setText(
        tr("No heart-rate readings today yet. Wear the watch and sync it to see them here."));

    QVector<QPointF> points;
    points.reserve(s.heartRateToday.size());
    int low = 1000;
    int high = 0;
    // Hourly averages for the spoken description: a line cannot be read aloud point by point.
    QMap<int, std::pair<qint64, int>> hours; // hour -> (sum, count)
    for (const DashboardSnapshot::HeartRatePoint &p : s.heartRateToday) {
        const double hour = f.localHourOfDay(p.timeUtc);
        points.append(QPointF(hour, p.bpm));
        low = std::min(low, p.bpm);
        high = std::max(high, p.bpm);
        auto &bucket = hours[int(hour)];
        bucket.first += p.bpm;
        bucket.second += 1;
    }

    // Round labels (60, 80, 100 ...) with some room above and below the line.
    int bottom = 40;
    int top = 120;
    int step = 20;
    if (hasReadings) {
        step = high - low > 40 ? 20 : 10;
        bottom = std::max(0, (low - 5) / step * step);
        top = (high + 5 + step - 1) / step * step;
    }
    QVector<ChartWidget::Tick> valueTicks;
    for (int value = bottom; value <= top; value += step)
        valueTicks.append({double(value), f.number(value)});
    // Hours of the day in words a senior reads at a glance. Midnight is left unlabelled: at the
    // axes' corner it would collide with the lowest heart-rate label.
    const QVector<ChartWidget::Tick> hourTicks = {
        {6, tr("6 AM")}, {12, tr("noon")}, {18, tr("6 PM")}};
    m_chart->setPoints(points);
    m_chart->setAxes(bottom, top, valueTicks, hourTicks);

    QStringList spoken;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        const int average = int((it.value().first + it.value().second / 2) / it.value().second);
        spoken << QStringLiteral("%1 %2").arg(
            f.locale().toString(QTime(it.key(), 0), QLocale::ShortFormat), f.bpm(average));
    }
    m_chart->setAccessibleName(tr("Heart rate today"));
    m_chart->setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

} // namespace wristdoc
