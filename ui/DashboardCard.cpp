#include "DashboardCard.h"

#include "LanguageController.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace wristdoc {

DashboardCard::DashboardCard(const LanguageController &language, QWidget *parent)
    : QFrame(parent)
    , m_language(language)
    , m_zone(QByteArrayLiteral("Asia/Seoul"))
    , m_title(new QLabel(this))
    , m_layout(new QVBoxLayout(this)) {
    setProperty("card", true);
    setFrameShape(QFrame::StyledPanel);
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

Formatter DashboardCard::formatter() const {
    return Formatter(m_language.locale(), m_zone);
}

QLabel *DashboardCard::makeLabel(const QString &objectName, Theme::Role role, bool wordWrap) {
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    Theme::setRole(label, role);
    label->setWordWrap(wordWrap);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace wristdoc
