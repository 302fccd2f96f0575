#pragma once

#include "ChartWidget.h"

#include <QPointF>
#include <QRectF>

namespace wristdoc {

// Heart rate over one day as a line: hours since local midnight (0-24) across, beats per
// minute up, with grid lines at the labelled hours and values. A gap of more than
// kGapHours without readings (the watch was off) breaks the line instead of bridging it.
class HeartRateChart : public ChartWidget {
    Q_OBJECT

public:
    static constexpr double kGapHours = 0.5;

    explicit HeartRateChart(const Theme &theme, QWidget *parent = nullptr);

    // Points as (hour of the day, bpm), ascending by hour.
    void setPoints(const QVector<QPointF> &points);
    // The value axis runs from bottom to top; the hour axis always covers the whole day.
    void setAxes(double bottom, double top, const QVector<Tick> &valueTicks,
                 const QVector<Tick> &hourTicks);

    const QVector<QPointF> &points() const { return m_points; }
    double axisBottom() const { return m_bottom; }
    double axisTop() const { return m_top; }
    const QVector<Tick> &valueTicks() const { return m_valueTicks; }
    const QVector<Tick> &hourTicks() const { return m_hourTicks; }
    // Runs of points drawn as one unbroken line.
    QVector<QVector<QPointF>> segments() const;

    // Where things are painted at the current size, in widget coordinates.
    QRectF plotArea() const;
    QPointF mapToPlot(const QPointF &hourAndBpm) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotArea(const QFontMetricsF &metrics) const;
    QPointF mapToPlot(const QRectF &plot, const QPointF &hourAndBpm) const;

    QVector<QPointF> m_points;
    double m_bottom = 0;
    double m_top = 1;
    QVector<Tick> m_valueTicks;
    QVector<Tick> m_hourTicks;
};

} // namespace wristdoc
