#include "ChartView.h"

namespace wristdoc {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize ChartView::sizeHint() const {
    return minimumSize().expandedTo(QSize(240, 160));
}

} // namespace wristdoc
