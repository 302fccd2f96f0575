#include "WeekBarChart.h"

#include "Theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

constexpr qreal kBarShare = 0.6; // of each day's slot; the rest is space between bars

} // namespace

WeekBarChart::WeekBarChart(const Theme &theme, QWidget *parent)
    : ChartWidget(theme, 280, parent) {}

void WeekBarChart::setBars(const QVector<Bar> &bars) {
    m_bars = bars;
    update();
}

void WeekBarChart::setAxis(int top, const QVector<Tick> &ticks) {
    m_top = std::max(1, top);
    m_ticks = ticks;
    update();
}

void WeekBarChart::setGoal(int value) {
    m_goal = std::max(0, value);
    update();
}

void WeekBarChart::setLegend(const QString &earlierDays, const QString &today,
                             const QString &goal) {
    m_earlierText = earlierDays;
    m_todayText = today;
    m_goalText = goal;
    update();
}

QStringList WeekBarChart::labels() const {
    QStringList result;
    for (const Bar &bar : m_bars)
        result << bar.label;
    return result;
}

QStringList WeekBarChart::legend() const {
    QStringList result;
    for (const LegendEntry &entry : geometry().legend)
        result << entry.text;
    return result;
}

WeekBarChart::Geometry WeekBarChart::geometry() const {
    const QFontMetricsF fm(theme().font(Theme::Role::Body), this);
    const qreal gap = scaled(8);
    const qreal lineHeight = fm.height();
    Geometry g;

    // The legend at the bottom, centred, in as many rows as the width needs.
    QVector<LegendEntry> entries;
    if (!m_earlierText.isEmpty())
        entries.append({Swatch::EarlierDays, m_earlierText, {}});
    if (!m_todayText.isEmpty())
        entries.append({Swatch::Today, m_todayText, {}});
    if (m_goal > 0 && !m_goalText.isEmpty())
        entries.append({Swatch::Goal, m_goalText, {}});
    QVector<qreal> rowWidths;
    QVector<int> rowOf;
    for (LegendEntry &entry : entries) {
        const qreal swatch = entry.swatch == Swatch::Goal ? lineHeight * 1.2 : lineHeight * 0.7;
        const qreal entryWidth = swatch + gap * 0.75 + fm.horizontalAdvance(entry.text);
        entry.rect = QRectF(0, 0, entryWidth, lineHeight);
        if (rowWidths.isEmpty() || rowWidths.last() + gap * 2 + entryWidth > width())
            rowWidths.append(entryWidth);
        else
            rowWidths.last() += gap * 2 + entryWidth;
        rowOf.append(int(rowWidths.size()) - 1);
    }
    g.legendRows = int(rowWidths.size());
    const qreal legendHeight =
        g.legendRows * lineHeight + std::max(0, g.legendRows - 1) * gap * 0.5;
    QVector<qreal> nextX;
    for (qreal rowWidth : std::as_const(rowWidths))
        nextX.append(std::max<qreal>(0, (width() - rowWidth) / 2));
    for (int i = 0; i < entries.size(); ++i) {
        const int row = rowOf.at(i);
        const qreal y = height() - legendHeight + row * (lineHeight + gap * 0.5);
        entries[i].rect.moveTo(nextX[row], y);
        nextX[row] += entries[i].rect.width() + gap * 2;
    }
    g.legend = entries;

    // Value labels on the left, day labels (and today's mark) under the plot.
    qreal labelWidth = 0;
    for (const Tick &tick : m_ticks)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tick.label));
    const qreal dayLabels = lineHeight + gap * 0.25 + scaled(4);
    const qreal bottom = height() - (g.legendRows > 0 ? legendHeight + gap : 0) - dayLabels - gap;
    g.plot = QRectF(QPointF(std::ceil(labelWidth + gap), std::ceil(lineHeight / 2)),
                    QPointF(width() - gap, std::floor(bottom)));
    g.labelsTop = g.plot.bottom() + gap * 0.5;
    return g;
}

QRectF WeekBarChart::plotArea() const {
    return geometry().plot;
}

int WeekBarChart::legendRows() const {
    return geometry().legendRows;
}

qreal WeekBarChart::valueY(const QRectF &plot, double value) const {
    const double share = std::clamp(value / m_top, 0.0, 1.0);
    return plot.bottom() - share * plot.height();
}

qreal WeekBarChart::valueY(double value) const {
    return valueY(geometry().plot, value);
}

QRectF WeekBarChart::barRect(const QRectF &plot, int index) const {
    if (index < 0 || index >= m_bars.size())
        return {};
    const qreal slot = plot.width() / m_bars.size();
    const qreal barWidth = std::round(slot * kBarShare);
    const qreal left = std::round(plot.left() + slot * index + (slot - barWidth) / 2);
    const qreal top = std::round(valueY(plot, m_bars.at(index).value));
    return QRectF(QPointF(left, top), QPointF(left + barWidth, plot.bottom()));
}

QRectF WeekBarChart::barRect(int index) const {
    return barRect(geometry().plot, index);
}

void WeekBarChart::paintSwatch(QPainter &painter, Swatch swatch, const QRectF &rect) const {
    const Theme::Colors colors = theme().colors();
    const qreal edge = std::max<qreal>(2, std::round(scaled(2)));
    switch (swatch) {
    case Swatch::EarlierDays:
        // Hollow in high contrast (black fill, white edge), solid otherwise.
        painter.setPen(QPen(colors.barPastEdge, edge, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(colors.barPast);
        painter.drawRect(rect.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2));
        break;
    case Swatch::Today:
        painter.fillRect(rect, colors.barToday);
        break;
    case Swatch::Goal: {
        QPen pen(colors.goalLine, std::round(scaled(3)), Qt::DashLine, Qt::FlatCap);
        painter.setPen(pen);
        const qreal y = std::round(rect.center().y());
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        break;
    }
    }
}

void WeekBarChart::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event);
    const Theme::Colors colors = theme().colors();
    const QFont font = theme().font(Theme::Role::Body);
    const QFontMetricsF fm(font, this);
    const Geometry g = geometry();
    const QRectF &plot = g.plot;
    const qreal gap = scaled(8);
    QPainter painter(this);
    painter.setFont(font);

    // Grid lines and value labels.
    const qreal grid = std::max<qreal>(1, std::round(scaled(1)));
    for (const Tick &tick : m_ticks) {
        const qreal y = std::round(valueY(plot, tick.value));
        if (tick.value > 0) {
            painter.setPen(QPen(colors.gridLine, grid));
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter.setPen(colors.text);
        painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - gap / 2, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }

    // Bars, then the axis line over their feet, then the goal over everything.
    for (int i = 0; i < m_bars.size(); ++i) {
        const QRectF bar = barRect(plot, i);
        if (bar.height() <= 0)
            continue;
        paintSwatch(painter, m_bars.at(i).today ? Swatch::Today : Swatch::EarlierDays, bar);
    }
    const qreal axis = std::max<qreal>(1, std::round(scaled(2)));
    painter.setPen(QPen(colors.border, axis, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(plot.left(), plot.bottom() + axis / 2),
                     QPointF(plot.right(), plot.bottom() + axis / 2));
    if (m_goal > 0) {
        const qreal y = std::round(valueY(plot, m_goal));
        paintSwatch(painter, Swatch::Goal, QRectF(plot.left(), y - 1, plot.width(), 2));
    }

    // Day labels; today's in its bar's colour and underlined with it.
    if (!m_bars.isEmpty()) {
        const qreal slot = plot.width() / m_bars.size();
        for (int i = 0; i < m_bars.size(); ++i) {
            const Bar &bar = m_bars.at(i);
            const QRectF cell(plot.left() + slot * i, g.labelsTop, slot, fm.height());
            painter.setPen(bar.today ? colors.barToday : colors.text);
            painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, bar.label);
            if (bar.today) {
                const qreal w = fm.horizontalAdvance(bar.label);
                painter.fillRect(QRectF(std::round(cell.center().x() - w / 2),
                                        std::round(cell.bottom() + gap / 4), std::round(w),
                                        std::round(scaled(4))),
                                 colors.barToday);
            }
        }
    }

    // Legend.
    for (const LegendEntry &entry : g.legend) {
        const qreal lineHeight = fm.height();
        const qreal swatchWidth =
            entry.swatch == Swatch::Goal ? lineHeight * 1.2 : std::round(lineHeight * 0.7);
        const qreal swatchHeight = entry.swatch == Swatch::Goal ? 2 : swatchWidth;
        const QRectF swatch(std::round(entry.rect.left()),
                            std::round(entry.rect.center().y() - swatchHeight / 2), swatchWidth,
                            swatchHeight);
        paintSwatch(painter, entry.swatch, swatch);
        painter.setPen(colors.text);
        painter.drawText(entry.rect.adjusted(swatchWidth + gap * 0.75, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, entry.text);
    }
}

} // namespace wristdoc
