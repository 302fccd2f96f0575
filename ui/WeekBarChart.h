#pragma once

#include "ChartWidget.h"

#include <QRectF>
#include <QStringList>

namespace wristdoc {

// Steps per day as bars on an axis from zero, today's bar in its own colour with its day
// underlined in that colour, the goal as a dashed line across, and a legend naming all three
// that wraps onto more rows when the text is large.
class WeekBarChart : public ChartWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label; // short weekday, shown under the bar
        int value = 0;
        bool today = false;
    };

    explicit WeekBarChart(const Theme &theme, QWidget *parent = nullptr);

    void setBars(const QVector<Bar> &bars);
    // The value axis runs from 0 to top; ticks are labelled and drawn as grid lines.
    void setAxis(int top, const QVector<Tick> &ticks);
    void setGoal(int value); // 0: no goal line
    void setLegend(const QString &earlierDays, const QString &today, const QString &goal);

    const QVector<Bar> &bars() const { return m_bars; }
    QStringList labels() const;
    int axisTop() const { return m_top; }
    const QVector<Tick> &ticks() const { return m_ticks; }
    int goal() const { return m_goal; }
    // The legend entries shown: earlier days, today, and the goal when there is one.
    QStringList legend() const;

    // Where things are painted at the current size, in widget coordinates.
    QRectF plotArea() const;
    QRectF barRect(int index) const;
    qreal valueY(double value) const;
    // Rows the legend takes at the current width.
    int legendRows() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    enum class Swatch { EarlierDays, Today, Goal };
    struct LegendEntry {
        Swatch swatch;
        QString text;
        QRectF rect;
    };
    struct Geometry {
        QRectF plot;
        qreal labelsTop = 0;
        QVector<LegendEntry> legend;
        int legendRows = 0;
    };
    Geometry geometry() const;
    qreal valueY(const QRectF &plot, double value) const;
    QRectF barRect(const QRectF &plot, int index) const;
    void paintSwatch(QPainter &painter, Swatch swatch, const QRectF &rect) const;

    QVector<Bar> m_bars;
    int m_top = 1;
    QVector<Tick> m_ticks;
    int m_goal = 0;
    QString m_earlierText;
    QString m_todayText;
    QString m_goalText;
};

} // namespace wristdoc
