#include "SignalBars.h"

#include "Theme.h"

#include <QEvent>
#include <QPainter>

namespace wristdoc {

SignalBars::Level SignalBars::levelFor(int rssi) {
    if (rssi == 0)
        return Level::Unknown;
    if (rssi >= -60)
        return Level::Strong;
    if (rssi >= -75)
        return Level::Fair;
    return Level::Weak;
}

QString SignalBars::describe(Level level) {
    switch (level) {
    case Level::Strong:
        return tr("Strong signal");
    case Level::Fair:
        return tr("Fair signal");
    case Level::Weak:
        return tr("Weak signal");
    case Level::Unknown:
        break;
    }
    return tr("Signal unknown");
}

SignalBars::SignalBars(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme) {
    setObjectName(QStringLiteral("signalBars"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(&theme, &Theme::changed, this, [this] {
        updateGeometry();
        update();
    });
    retranslateUi();
}

void SignalBars::setLevel(Level level) {
    if (level == m_level)
        return;
    m_level = level;
    retranslateUi();
    update();
}

QSize SignalBars::sizeHint() const {
    return QSize(m_theme.scaled(40), m_theme.scaled(32));
}

void SignalBars::paintEvent(QPaintEvent *) {
    const Theme::Colors c = m_theme.colors();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int bars = 3;
    const qreal gap = width() * 0.1;
    const qreal pen = m_theme.highContrast() ? 3.0 : 2.0;
    const qreal barWidth = (width() - gap * (bars - 1) - pen) / bars;
    const qreal full = height() - pen;
    for (int i = 0; i < bars; ++i) {
        const qreal h = full * (i + 1) / bars;
        const QRectF r(pen / 2 + i * (barWidth + gap), pen / 2 + full - h, barWidth, h);
        const bool filled = i < barsFor(m_level);
        painter.setPen(QPen(filled ? c.accent : c.mutedText, pen));
        painter.setBrush(filled ? QBrush(c.accent) : Qt::NoBrush);
        painter.drawRoundedRect(r, 2, 2);
    }
}

void SignalBars::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignalBars::retranslateUi() {
    setAccessibleName(describe(m_level));
    setToolTip(describe(m_level));
}

} // namespace wristdoc
