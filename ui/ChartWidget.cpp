#include "ChartWidget.h"

#include "Theme.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace wristdoc {

namespace {

// Charts report the accessible role "chart" rather than a nameless client area.
QAccessibleInterface *chartAccessible(const QString &className, QObject *object) {
    Q_UNUSED(className);
    if (auto *chart = qobject_cast<ChartWidget *>(object))
        return new QAccessibleWidget(chart, QAccessible::Chart);
    return nullptr;
}

} // namespace

ChartWidget::ChartWidget(const Theme &theme, int baseHeight, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_baseHeight(baseHeight) {
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&chartAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
    connect(&theme, &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
}

QSize ChartWidget::sizeHint() const {
    return minimumSizeHint();
}

QSize ChartWidget::minimumSizeHint() const {
    return QSize(m_theme.scaled(240), m_theme.scaled(m_baseHeight));
}

qreal ChartWidget::scaled(qreal px) const {
    return px * m_theme.textScalePercent() / 100.0;
}

} // namespace wristdoc
