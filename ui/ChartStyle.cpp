#include "ChartStyle.h"

#include "Theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>

namespace wristdoc {

void ChartStyle::prepare(QChartView *view) {
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::NoFocus);
    view->setContextMenuPolicy(Qt::NoContextMenu);
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

void ChartStyle::apply(QChart *chart, const Theme &theme, const QLocale &locale) {
    const Theme::Colors colors = theme.colors();
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundBrush(colors.card);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleFont(theme.font(Theme::Role::Body));
    chart->setTitleBrush(colors.text);

    QLegend *legend = chart->legend();
    legend->setFont(theme.font(Theme::Role::Caption));
    legend->setLabelColor(colors.text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);

    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        applyToAxis(axis, theme);
}

void ChartStyle::applyToAxis(QAbstractAxis *axis, const Theme &theme) {
    const Theme::Colors colors = theme.colors();
    axis->setLabelsFont(theme.font(Theme::Role::Caption));
    axis->setLabelsColor(colors.text);
    axis->setTitleFont(theme.font(Theme::Role::Caption));
    axis->setTitleBrush(colors.text);
    axis->setLinePenColor(colors.border);
    axis->setGridLineColor(colors.gridLine);
    axis->setShadesVisible(false);
}

} // namespace wristdoc
