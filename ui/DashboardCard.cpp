#include "DashboardCard.h"

#include "LanguageController.h"
#include "TextLabel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

DashboardCard::DashboardCard(const LanguageController &language, QWidget *parent)
    : QFrame(parent)
    , m_language(language)
    , m_zone(QByteArrayLiteral("Asia/Seoul"))
    , m_title(new TextLabel(this))
    , m_layout(new QVBoxLayout(this)) {
    setEdgeWidth(2);
    m_layout->setContentsMargins(24, 20, 24, 20);
    m_layout->setSpacing(10);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    Theme::setRole(m_title, Theme::Role::Title);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(QString());
    m_layout->addWidget(m_title);
}

void DashboardCard::setSnapshot(const DashboardSnapshot &snapshot) {
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    refresh();
}

void DashboardCard::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    refresh();
}

void DashboardCard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void DashboardCard::setFillColor(const QColor &color) {
    m_fillColor = color;
    update();
}

void DashboardCard::setEdgeColor(const QColor &color) {
    m_edgeColor = color;
    update();
}

void DashboardCard::setEdgeWidth(int px) {
    m_edgeWidth = std::max(0, px);
    // The edge is part of the card's frame: contents start inside it.
    setContentsMargins(m_edgeWidth, m_edgeWidth, m_edgeWidth, m_edgeWidth);
    update();
}

void DashboardCard::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event);
    constexpr qreal kRadius = 14;
    const qreal w = m_edgeWidth;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF outer = rect();
    painter.setBrush(m_edgeColor);
    painter.drawRoundedRect(outer, kRadius, kRadius);
    painter.setBrush(m_fillColor);
    painter.drawRoundedRect(outer.adjusted(w, w, -w, -w), kRadius - w, kRadius - w);
}

Formatter DashboardCard::formatter() const {
    return Formatter(m_language.locale(), m_zone);
}

QLabel *DashboardCard::makeLabel(const QString &objectName, Theme::Role role, bool wordWrap) {
    auto *label = new TextLabel(this);
    label->setObjectName(objectName);
    Theme::setRole(label, role);
    label->setWordWrap(wordWrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace wristdoc
