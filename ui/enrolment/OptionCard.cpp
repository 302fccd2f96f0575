#include "OptionCard.h"

#include "TextLabel.h"
#include "Theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace wristdoc {

namespace {
constexpr int kPadding = 16;
constexpr int kRadius = 14;
} // namespace

OptionCard::OptionCard(Theme &theme, Mark mark, QWidget *parent)
    : QAbstractButton(parent)
    , m_theme(theme)
    , m_mark(mark)
    , m_layout(new QVBoxLayout(this))
    , m_title(new TextLabel(this))
    , m_description(new TextLabel(this)) {
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);
    for (QLabel *label : {m_title, m_description}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        // Taps on the text are taps on the card.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_title->setObjectName(QStringLiteral("optionTitle"));
    m_description->setObjectName(QStringLiteral("optionDescription"));
    Theme::setRole(m_title, Theme::Role::Title);
    Theme::setRole(m_description, Theme::Role::Body);
    m_description->hide();
    m_layout->setSpacing(4);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_description);
    connect(&m_theme, &Theme::changed, this, &OptionCard::applyTheme);
    connect(this, &QAbstractButton::toggled, this, &OptionCard::applyTheme);
    applyTheme();
}

void OptionCard::setTitle(const QString &title) {
    m_title->setText(title);
    // The button's own text is what assistive technology and tests read.
    setText(title);
}

void OptionCard::setDescription(const QString &description) {
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    setAccessibleDescription(description);
}

QString OptionCard::title() const {
    return m_title->text();
}

QString OptionCard::description() const {
    return m_description->text();
}

int OptionCard::markSize() const {
    return m_mark == Mark::None ? 0 : m_theme.scaled(26);
}

void OptionCard::applyTheme() {
    const int pad = m_theme.scaled(kPadding);
    const int left = m_mark == Mark::None ? pad : pad + markSize() + pad;
    m_layout->setContentsMargins(left, pad, pad, pad);
    // A chosen card is filled with the accent colour, its text in the colour made for it: the
    // choice shows at a glance, not only by a thicker edge.
    const QString sheet = isChecked() ? QStringLiteral("QLabel { color: %1; }")
                                            .arg(m_theme.colors().accentText.name(QColor::HexRgb))
                                      : QString();
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    updateGeometry();
    update();
}

int OptionCard::naturalWidth() const {
    return m_layout->totalSizeHint().width();
}

QSize OptionCard::sizeHint() const {
    return m_layout->totalSizeHint().expandedTo(minimumSize());
}

QSize OptionCard::minimumSizeHint() const {
    return m_layout->totalMinimumSize().expandedTo(
        QSize(Theme::MinTouchTarget, Theme::MinTouchTarget));
}

bool OptionCard::hasHeightForWidth() const {
    return true;
}

int OptionCard::heightForWidth(int width) const {
    return std::max(m_layout->totalHeightForWidth(width), Theme::MinTouchTarget);
}

bool OptionCard::hitButton(const QPoint &pos) const {
    return rect().contains(pos);
}

void OptionCard::paintEvent(QPaintEvent *) {
    const Theme::Colors c = m_theme.colors();
    const bool on = isChecked();
    const bool highContrast = m_theme.highContrast();
    const int thin = highContrast ? 3 : 2;
    const int edge = on ? thin + 2 : thin;

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(edge / 2.0, edge / 2.0, -edge / 2.0, -edge / 2.0);
    const QColor fill = on ? c.accent : isDown() ? c.buttonFace : c.card;
    QColor border = on ? (highContrast ? c.text : c.accent) : c.border;
    if (!isEnabled())
        border = c.mutedText;
    painter.setPen(QPen(border, edge));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, kRadius, kRadius);

    if (hasFocus()) {
        // A second, inner outline: focus shows even on a chosen card.
        QPen focus(on ? c.accentText : highContrast ? c.text : c.accent, 2, Qt::DashLine);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        const qreal inset = edge + 3;
        painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), kRadius - 4,
                                kRadius - 4);
    }

    if (m_mark == Mark::None)
        return;
    // The mark sits beside the title's first line.
    const int size = markSize();
    const int pad = m_theme.scaled(kPadding);
    const int titleLine = m_title->fontMetrics().height();
    const QRectF box(pad, m_title->geometry().top() + (titleLine - size) / 2.0, size, size);
    const QColor markColor = on ? c.accent : c.text;
    painter.setPen(QPen(markColor, thin));
    painter.setBrush(c.card);
    if (m_mark == Mark::Radio) {
        painter.drawEllipse(box);
        if (on) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(c.accent);
            const qreal inner = size * 0.25;
            painter.drawEllipse(box.adjusted(inner, inner, -inner, -inner));
        }
    } else {
        if (on)
            painter.setBrush(c.accent);
        painter.drawRoundedRect(box, 4, 4);
        if (on) {
            QPainterPath tick;
            tick.moveTo(box.left() + size * 0.22, box.top() + size * 0.52);
            tick.lineTo(box.left() + size * 0.42, box.top() + size * 0.72);
            tick.lineTo(box.left() + size * 0.78, box.top() + size * 0.30);
            painter.setPen(QPen(c.accentText, std::max(2, size / 8), Qt::SolidLine, Qt::RoundCap,
                                Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(tick);
        }
    }
}

} // namespace wristdoc
