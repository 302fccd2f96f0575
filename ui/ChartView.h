#pragma once

#include <QChartView>

namespace wristdoc {

// A chart view whose size hint is its minimum size. QGraphicsView hints at its current scene
// size, so a chart once stretched at 200 % text would keep asking for that height at 100 %.
class ChartView : public QChartView {
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};

} // namespace wristdoc
