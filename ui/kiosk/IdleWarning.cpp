#include "IdleWarning.h"

#include "TextLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

QLabel *makeLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new TextLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    Theme::setRole(label, role);
    return label;
}

} // namespace

IdleWarning::IdleWarning(Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_title(makeLabel(QStringLiteral("idleWarningTitle"), Theme::Role::Heading, this))
    , m_explanation(makeLabel(QStringLiteral("idleWarningText"), Theme::Role::Title, this))
    , m_count(makeLabel(QStringLiteral("idleWarningCount"), Theme::Role::Huge, this))
    , m_unit(makeLabel(QStringLiteral("idleWarningUnit"), Theme::Role::Title, this))
    , m_continue(new QPushButton(this)) {
    setObjectName(QStringLiteral("idleWarning"));
    setAttribute(Qt::WA_StyledBackground);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    // The one thing to press: far larger than the 44 px minimum.
    m_continue->setMinimumSize(Theme::MinTouchTarget * 7, Theme::MinTouchTarget * 2);
    m_continue->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);

    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("idleWarningColumn"));
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(24);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_explanation);
    // The number and its words belong together.
    auto *countLayout = new QVBoxLayout;
    countLayout->setSpacing(0);
    countLayout->addWidget(m_count);
    countLayout->addWidget(m_unit);
    columnLayout->addLayout(countLayout);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_continue, 0, Qt::AlignHCenter);

    // At 200 % text on a small screen the column scrolls rather than being cut off.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("idleWarningPage"));
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(32, 32, 32, 32);
    pageLayout->addStretch(1);
    pageLayout->addWidget(column, 0, Qt::AlignHCenter);
    pageLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("idleWarningScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_continue, &QPushButton::clicked, this, &IdleWarning::continueRequested);
    connect(&m_theme, &Theme::changed, this, &IdleWarning::applyTheme);
    if (parent)
        parent->installEventFilter(this);
    hide();
    applyTheme();
    retranslateUi();
}

void IdleWarning::setSecondsLeft(int seconds) {
    m_seconds = seconds;
    // The number alone, very large, with its words under it: no plural forms needed.
    m_count->setText(QLocale().toString(seconds));
    m_count->setAccessibleName(tr("Seconds left: %1").arg(seconds));
}

void IdleWarning::present(int seconds) {
    setSecondsLeft(seconds);
    fitParent();
    show();
    raise();
    m_continue->setFocus(Qt::OtherFocusReason);
}

void IdleWarning::fitParent() {
    if (parentWidget())
        setGeometry(parentWidget()->rect());
}

bool IdleWarning::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitParent();
    return QWidget::eventFilter(watched, event);
}

void IdleWarning::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IdleWarning::retranslateUi() {
    m_title->setText(tr("Are you still there?"));
    m_explanation->setText(
        tr("To protect your privacy, everything entered on this screen will be cleared when "
           "the count reaches zero. Tap \"Continue\" if you are still here."));
    m_unit->setText(tr("seconds left"));
    m_continue->setText(tr("Continue"));
    m_continue->setAccessibleName(tr("Continue"));
    setAccessibleName(tr("Are you still there?"));
    setSecondsLeft(m_seconds);
}

void IdleWarning::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    const int border = m_theme.highContrast() ? 4 : 3;
    // A reading column that stays narrow enough to follow, even on a wide kiosk screen.
    findChild<QWidget *>(QStringLiteral("idleWarningColumn"))->setMaximumWidth(m_theme.scaled(900));
    setStyleSheet(QStringLiteral("QWidget#idleWarning, QWidget#idleWarningPage, "
                                 "QScrollArea#idleWarningScroll { background: %1; }"
                                 "QLabel { color: %2; }"
                                 "QLabel#idleWarningCount { color: %3; font-weight: bold; }"
                                 "QPushButton#continueButton { background: %3; color: %4;"
                                 " border: %5px solid %3; border-radius: 16px;"
                                 " font-size: %6pt; font-weight: bold; padding: %7px %8px; }"
                                 "QPushButton#continueButton:focus { border: %5px solid %2; }")
                      .arg(m_theme.colors().window.name(), c.text.name(), c.accent.name(),
                           c.accentText.name())
                      .arg(border)
                      .arg(m_theme.pointSize(Theme::Role::Heading), 0, 'f', 1)
                      .arg(m_theme.scaled(12))
                      .arg(m_theme.scaled(48)));
}

} // namespace wristdoc
