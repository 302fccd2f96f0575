#include "HeartRateChart.h"

#include "Theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wristdoc {

HeartRateChart::HeartRateChart(const Theme &theme, QWidget *parent)
    : ChartWidget(theme, 240, parent) {}

void HeartRateChart::setPoints(const QVector<QPointF> &points) {
    m_points = points;
    update();
}

void HeartRateChart::setAxes(double bottom, double top, const QVector<Tick> &valueTicks,
                             const QVector<Tick> &hourTicks) {
    m_bottom = bottom;
    m_top = top > bottom ? top : bottom + 1;
    m_valueTicks = valueTicks;
    m_hourTicks = hourTicks;
    update();
}

QVector<QVector<QPointF>> HeartRateChart::segments() const {
    QVector<QVector<QPointF>> result;
    for (int i = 0; i < m_points.size(); ++i) {
        if (i == 0 || m_points.at(i).x() - m_points.at(i - 1).x() > kGapHours)
            result.append(QVector<QPointF>());
        result.last().append(m_points.at(i));
    }
    return result;
}

QRectF HeartRateChart::plotArea(const QFontMetricsF &fm) const {
    const qreal gap = scaled(8);
    qreal labelWidth = 0;
    for (const Tick &tick : m_valueTicks)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tick.label));
    // Room on the right for half of a label at the end of the day.
    qreal right = gap;
    for (const Tick &tick : m_hourTicks) {
        if (tick.value >= 24)
            right = std::max(right, fm.horizontalAdvance(tick.label) / 2);
    }
    return QRectF(
        QPointF(std::ceil(labelWidth + gap), std::ceil(fm.height() / 2)),
        QPointF(std::floor(width() - right), std::floor(height() - fm.height() - gap * 0.75)));
}

QRectF HeartRateChart::plotArea() const {
    return plotArea(QFontMetricsF(theme().font(Theme::Role::Body), this));
}

QPointF HeartRateChart::mapToPlot(const QRectF &plot, const QPointF &p) const {
    const double x = std::clamp(p.x() / 24.0, 0.0, 1.0);
    const double y = std::clamp((p.y() - m_bottom) / (m_top - m_bottom), 0.0, 1.0);
    return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height());
}

QPointF HeartRateChart::mapToPlot(const QPointF &hourAndBpm) const {
    return mapToPlot(plotArea(), hourAndBpm);
}

void HeartRateChart::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event);
    const Theme::Colors colors = theme().colors();
    const QFont font = theme().font(Theme::Role::Body);
    const QFontMetricsF fm(font, this);
    const QRectF plot = plotArea(fm);
    const qreal gap = scaled(8);
    QPainter painter(this);
    painter.setFont(font);

    // Grid: a line at each labelled value and hour.
    const qreal grid = std::max<qreal>(1, std::round(scaled(1)));
    painter.setPen(QPen(colors.gridLine, grid));
    for (const Tick &tick : m_valueTicks) {
        const qreal y = std::round(mapToPlot(plot, {0, tick.value}).y());
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (const Tick &tick : m_hourTicks) {
        const qreal x = std::round(mapToPlot(plot, {tick.value, m_bottom}).x());
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    // Axis lines, left and bottom.
    const qreal axis = std::max<qreal>(1, std::round(scaled(2)));
    painter.setPen(QPen(colors.border, axis, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(plot.left() - axis / 2, plot.top()),
                     QPointF(plot.left() - axis / 2, plot.bottom() + axis));
    painter.drawLine(QPointF(plot.left() - axis, plot.bottom() + axis / 2),
                     QPointF(plot.right(), plot.bottom() + axis / 2));

    // Labels.
    painter.setPen(colors.text);
    for (const Tick &tick : m_valueTicks) {
        const qreal y = std::round(mapToPlot(plot, {0, tick.value}).y());
        painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - gap / 2, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }
    for (const Tick &tick : m_hourTicks) {
        const qreal x = mapToPlot(plot, {tick.value, m_bottom}).x();
        const qreal w = fm.horizontalAdvance(tick.label);
        painter.drawText(QRectF(x - w / 2, plot.bottom() + gap * 0.75, w, fm.height()),
                         Qt::AlignCenter | Qt::TextDontClip, tick.label);
    }

    // The line, thicker in high contrast, growing with the text. Drawn as separate segments
    // with square caps: the rasterizer draws those directly, where a path with round joins
    // goes through the stroker and cost more than the rest of the dashboard's painting.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colors.chartLine, scaled(theme().highContrast() ? 3 : 2), Qt::SolidLine,
                        Qt::SquareCap));
    QVector<QLineF> lines;
    lines.reserve(m_points.size());
    for (const QVector<QPointF> &segment : segments()) {
        QPointF from = mapToPlot(plot, segment.first());
        // A lone reading between gaps is a short dash, not nothing.
        if (segment.size() == 1)
            lines.append(QLineF(from, from + QPointF(0.01, 0)));
        for (int i = 1; i < segment.size(); ++i) {
            const QPointF to = mapToPlot(plot, segment.at(i));
            lines.append(QLineF(from, to));
            from = to;
        }
    }
    painter.drawLines(lines);
}

} // namespace wristdoc
