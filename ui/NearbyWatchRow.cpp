#include "NearbyWatchRow.h"

#include "SignalBars.h"
#include "TextLabel.h"
#include "Theme.h"
#include "WatchShortCode.h"

#include <QEvent>
#include <QGridLayout>
#include <QPainter>

#include <algorithm>

namespace wristdoc {

namespace {

QLabel *rowLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new TextLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // The row is the button: touches on its texts go to it.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    Theme::setRole(label, role);
    return label;
}

} // namespace

NearbyWatchRow::NearbyWatchRow(const Theme &theme, QWidget *parent)
    : QAbstractButton(parent)
    , m_theme(theme)
    , m_bars(new SignalBars(theme, this))
    , m_signal(rowLabel(QStringLiteral("watchSignal"), Theme::Role::Caption, this))
    , m_name(rowLabel(QStringLiteral("watchName"), Theme::Role::Title, this))
    , m_code(rowLabel(QStringLiteral("watchCode"), Theme::Role::Large, this))
    , m_action(rowLabel(QStringLiteral("watchConnect"), Theme::Role::Body, this)) {
    setObjectName(QStringLiteral("nearbyWatchRow"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover); // repaint with a thicker edge under the pointer
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setMinimumHeight(Theme::MinTouchTarget * 2); // a big target even at 100 %
    m_bars->setAttribute(Qt::WA_TransparentForMouseEvents);
    Theme::setRole(m_action, Theme::Role::Title);
    Theme::setTone(m_action, "brand");
    m_action->setWordWrap(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setHorizontalSpacing(20);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_bars, 0, 0, Qt::AlignHCenter | Qt::AlignBottom);
    layout->addWidget(m_signal, 1, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_code, 1, 1);
    layout->addWidget(m_action, 0, 2, 2, 1, Qt::AlignVCenter | Qt::AlignRight);
    layout->setColumnStretch(1, 1);

    connect(this, &QAbstractButton::clicked, this, [this] { Q_EMIT chosen(m_watch.address); });
    connect(&theme, &Theme::changed, this, [this] {
        updateSignalColumn();
        update();
    });
    retranslateUi();
}

void NearbyWatchRow::setWatch(const DiscoveredWatch &watch) {
    m_watch = watch;
    m_shortCode = WatchShortCode::forDiscovered(watch);
    m_bars->setLevel(SignalBars::levelFor(watch.rssi));
    retranslateUi();
}

void NearbyWatchRow::updateSignalColumn() {
    // As wide as the widest signal text, so names and codes line up from row to row (all rows
    // are as wide as the list). In a narrow row (large text) the words may wrap instead, so the
    // name keeps its room.
    const QFontMetrics metrics(m_theme.font(Theme::Role::Caption));
    const bool roomy = width() >= m_theme.scaled(600);
    int widest = m_bars->sizeHint().width();
    for (auto level : {SignalBars::Level::Unknown, SignalBars::Level::Weak, SignalBars::Level::Fair,
                       SignalBars::Level::Strong}) {
        const QString text = SignalBars::describe(level);
        const QStringList pieces =
            roomy ? QStringList{text} : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &piece : pieces)
            widest = std::max(widest, metrics.horizontalAdvance(piece) + 2);
    }
    // The whole row is the button; in a narrow row the word "Connect" gives its room to the
    // name and code.
    if (m_action->isHidden() == roomy)
        m_action->setVisible(roomy);
    auto *grid = static_cast<QGridLayout *>(layout());
    if (grid->columnMinimumWidth(0) != widest)
        grid->setColumnMinimumWidth(0, widest);
}

void NearbyWatchRow::resizeEvent(QResizeEvent *event) {
    QAbstractButton::resizeEvent(event);
    updateSignalColumn();
}

void NearbyWatchRow::paintEvent(QPaintEvent *) {
    const Theme::Colors c = m_theme.colors();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool emphasised = hasFocus() || underMouse();
    const qreal border = (m_theme.highContrast() ? 3 : 2) + (emphasised ? 2 : 0);
    painter.setPen(QPen(m_theme.highContrast() ? c.text : c.accent, border));
    painter.setBrush(isDown() ? c.track : c.card);
    painter.drawRoundedRect(
        QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2), 14, 14);
}

void NearbyWatchRow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QAbstractButton::changeEvent(event);
}

void NearbyWatchRow::retranslateUi() {
    const QString name = m_watch.name.isEmpty() ? tr("Unnamed watch") : m_watch.name;
    const QString signal = SignalBars::describe(m_bars->level());
    m_signal->setText(signal);
    updateSignalColumn();
    m_name->setText(name);
    m_code->setText(m_shortCode.isEmpty() ? tr("No code") : tr("Code %1").arg(m_shortCode));
    m_action->setText(tr("Connect"));
    // Screen readers hear the whole row as one button.
    setAccessibleName(tr("%1, code %2, %3").arg(name, m_shortCode, signal));
    setAccessibleDescription(tr("Connects to this watch and fetches its records"));
}

} // namespace wristdoc
