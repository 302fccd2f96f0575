#include "Theme.h"

#include "UiLogging.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

const char *roleName(Theme::Role role) {
    switch (role) {
    case Theme::Role::Body:
        return "body";
    case Theme::Role::Caption:
        return "caption";
    case Theme::Role::Title:
        return "title";
    case Theme::Role::Heading:
        return "heading";
    case Theme::Role::Large:
        return "large";
    case Theme::Role::Huge:
        return "huge";
    case Theme::Role::Badge:
        return "badge";
    case Theme::Role::Warning:
        return "warning";
    }
    return "body";
}

// Size of each kind of text relative to body text. What a dashboard shows at start-up comes in
// four sizes (16, 20, 28 and 56 pt at 100 %), each in one weight: every size and weight is a
// font engine to load before the first paint. Seniors read captions too, so none is small.
qreal roleFactor(Theme::Role role) {
    switch (role) {
    case Theme::Role::Body:
    case Theme::Role::Caption: // told apart by colour, not by a smaller size
        return 1.0;
    case Theme::Role::Title:
    case Theme::Role::Badge:
        return 1.25;
    case Theme::Role::Warning: // only shown on errors: its own size costs nothing at start-up
        return 1.0625;
    case Theme::Role::Heading:
    case Theme::Role::Large:
        return 1.75;
    case Theme::Role::Huge:
        return 3.5;
    }
    return 1.0;
}

bool roleIsBold(Theme::Role role) {
    return role == Theme::Role::Title || role == Theme::Role::Heading ||
           role == Theme::Role::Large || role == Theme::Role::Huge || role == Theme::Role::Badge ||
           role == Theme::Role::Warning;
}

QString resolveFontFamily() {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QString();
    const QStringList installed = QFontDatabase::families();
    const QStringList preferred = {
        QStringLiteral("NanumBarunGothic"), QStringLiteral("NanumGothic"),
        QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR")};
    for (const QString &family : preferred) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    qCWarning(lcUi) << "no Korean font found; install fonts-nanum for Hangul";
    return QGuiApplication::font().family();
}

double linearChannel(double c) {
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * linearChannel(rgb.red()) + 0.7152 * linearChannel(rgb.green()) +
           0.0722 * linearChannel(rgb.blue());
}

QString css(const QColor &color) {
    return color.name(QColor::HexRgb);
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
    , m_fontFamily(resolveFontFamily()) {
    apply();
}

void Theme::setTextScalePercent(int percent) {
    const int clamped = std::clamp(percent, MinTextScale, MaxTextScale);
    const int stepped =
        MinTextScale +
        ((clamped - MinTextScale + TextScaleStep / 2) / TextScaleStep) * TextScaleStep;
    if (stepped == m_textScale)
        return;
    m_textScale = stepped;
    update();
}

void Theme::increaseTextScale() {
    setTextScalePercent(m_textScale + TextScaleStep);
}

void Theme::decreaseTextScale() {
    setTextScalePercent(m_textScale - TextScaleStep);
}

void Theme::setHighContrast(bool on) {
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    update();
}

Theme::Colors Theme::normalColors() {
    // Calm blue on light grey; every text colour is at least 4.5:1 on the surface it sits on.
    Colors c;
    c.window = QColor(0xEE, 0xF2, 0xF6);
    c.card = QColor(0xFF, 0xFF, 0xFF);
    c.text = QColor(0x1B, 0x1F, 0x24);
    c.mutedText = QColor(0x47, 0x50, 0x5C);
    c.border = QColor(0x8A, 0x96, 0xA3);
    c.accent = QColor(0x0A, 0x58, 0xCA);
    c.accentText = QColor(0xFF, 0xFF, 0xFF);
    c.buttonFace = QColor(0xE3, 0xEC, 0xF7);
    c.buttonText = QColor(0x0B, 0x2E, 0x5C);
    c.success = QColor(0x1B, 0x6E, 0x20);
    c.track = QColor(0xDD, 0xE3, 0xEA);
    c.barPast = QColor(0x4F, 0x7F, 0xD1);
    c.barPastEdge = c.barPast;
    c.barToday = QColor(0x0B, 0x2E, 0x5C);
    c.goalLine = QColor(0xB4, 0x3C, 0x0A);
    c.chartLine = QColor(0xB3, 0x26, 0x1E);
    c.gridLine = QColor(0xD0, 0xD7, 0xDE);
    c.badge = QColor(0xFF, 0xE0, 0x8A);
    c.badgeText = QColor(0x3D, 0x2E, 0x00);
    c.warning = QColor(0xFD, 0xEC, 0xEA);
    c.warningText = QColor(0x8A, 0x1C, 0x14);
    return c;
}

Theme::Colors Theme::highContrastColors() {
    // White and yellow on black, no greys for text.
    Colors c;
    c.window = QColor(0x00, 0x00, 0x00);
    c.card = QColor(0x00, 0x00, 0x00);
    c.text = QColor(0xFF, 0xFF, 0xFF);
    c.mutedText = QColor(0xFF, 0xFF, 0xFF);
    c.border = QColor(0xFF, 0xFF, 0xFF);
    c.accent = QColor(0xFF, 0xD4, 0x00);
    c.accentText = QColor(0x00, 0x00, 0x00);
    c.buttonFace = QColor(0x00, 0x00, 0x00);
    c.buttonText = QColor(0xFF, 0xD4, 0x00);
    c.success = QColor(0x7C, 0xFF, 0x7C);
    c.track = QColor(0x00, 0x00, 0x00);
    c.barPast = QColor(0x00, 0x00, 0x00);
    c.barPastEdge = QColor(0xFF, 0xFF, 0xFF);
    c.barToday = QColor(0xFF, 0xD4, 0x00);
    c.goalLine = QColor(0x00, 0xE5, 0xFF);
    c.chartLine = QColor(0xFF, 0xD4, 0x00);
    c.gridLine = QColor(0x80, 0x80, 0x80);
    c.badge = QColor(0xFF, 0xD4, 0x00);
    c.badgeText = QColor(0x00, 0x00, 0x00);
    c.warning = QColor(0x00, 0x00, 0x00);
    c.warningText = QColor(0xFF, 0xD4, 0x00);
    return c;
}

qreal Theme::pointSize(Role role) const {
    return BasePointSize * roleFactor(role) * m_textScale / 100.0;
}

QFont Theme::font(Role role) const {
    QFont f = QGuiApplication::font();
    if (!m_fontFamily.isEmpty())
        f.setFamilies({m_fontFamily});
    f.setPointSizeF(pointSize(role));
    f.setBold(roleIsBold(role));
    // Unhinted glyphs: at 16 pt and above hinting changes next to nothing on screen, and the
    // light auto-hinter fontconfig asks for costs more than rendering the glyph itself.
    f.setHintingPreference(QFont::PreferNoHinting);
    // The Korean font covers everything the application writes (tst_font_coverage checks it).
    // Without font merging Qt loads one font engine per size; with it, one per size and script
    // (Hangul and the digits and Latin letters around it), and looks up fallback families.
    // TextLabel falls back on its own for text from elsewhere that the font lacks.
    if (!m_fontFamily.isEmpty())
        f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

QString Theme::styleSheet() const {
    const Colors c = colors();
    const int border = m_highContrast ? 3 : 2;
    const int targetPadding = 8;
    QString sheet;
    auto add = [&sheet](const QString &rule) { sheet += rule + QLatin1Char('\n'); };

    add(QStringLiteral("QMainWindow, QScrollArea, QWidget#dashboardContent { background: %1; }")
            .arg(css(c.window)));
    add(QStringLiteral("QScrollArea { border: none; }"));
    // Type selectors where they do: an attribute selector costs a property lookup per widget
    // (and per ancestor, in a descendant selector) every time a widget is polished.
    add(QStringLiteral(
            "wristdoc--DashboardCard { qproperty-fillColor: %1; qproperty-edgeColor: %2; "
            "qproperty-edgeWidth: %3; }")
            .arg(css(c.card), css(c.border))
            .arg(border));
    add(QStringLiteral("QLabel { color: %1; background: transparent; border: none; }")
            .arg(css(c.text)));
    for (Role role : {Role::Body, Role::Caption, Role::Title, Role::Heading, Role::Large,
                      Role::Huge, Role::Badge, Role::Warning}) {
        add(QStringLiteral("QLabel[role=\"%1\"] { font-size: %2pt; font-weight: %3; }")
                .arg(QLatin1String(roleName(role)))
                .arg(pointSize(role), 0, 'f', 1)
                .arg(roleIsBold(role) ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
    add(QStringLiteral("QLabel[role=\"caption\"] { color: %1; }").arg(css(c.mutedText)));
    add(QStringLiteral("QLabel[tone=\"success\"] { color: %1; }").arg(css(c.success)));
    add(QStringLiteral("QLabel[tone=\"brand\"] { color: %1; }").arg(css(c.accent)));
    add(QStringLiteral("QLabel[tone=\"warning\"] { color: %1; }").arg(css(c.warningText)));
    add(QStringLiteral("QLabel[role=\"badge\"] { background: %1; color: %2; border-radius: 8px; "
                       "padding: 4px 12px; }")
            .arg(css(c.badge), css(c.badgeText)));
    add(QStringLiteral("wristdoc--ErrorBanner { background: %1; border: %2px solid %3; "
                       "border-radius: 14px; }")
            .arg(css(c.warning))
            .arg(border + 1)
            .arg(css(c.warningText)));

    add(QStringLiteral("QPushButton, QToolButton { background: %1; color: %2; border: %3px solid "
                       "%4; border-radius: 10px; padding: %5px %6px; font-size: %7pt; }")
            .arg(css(c.buttonFace), css(c.buttonText))
            .arg(border)
            .arg(css(m_highContrast ? c.buttonText : c.accent))
            .arg(scaled(targetPadding))
            .arg(scaled(16))
            .arg(pointSize(Role::Body), 0, 'f', 1));
    add(QStringLiteral("QPushButton[symbol=\"true\"] { font-size: %1pt; font-weight: bold; "
                       "padding: 0px %2px; }")
            .arg(pointSize(Role::Title), 0, 'f', 1)
            .arg(scaled(12)));
    add(QStringLiteral("QPushButton:hover, QToolButton:hover, QPushButton:focus, "
                       "QToolButton:focus { border: %1px solid %2; }")
            .arg(border + 2)
            .arg(css(m_highContrast ? c.text : c.accent)));
    add(QStringLiteral("QPushButton:pressed, QPushButton:checked, QToolButton:pressed { "
                       "background: %1; color: %2; }")
            .arg(css(c.accent), css(c.accentText)));
    add(QStringLiteral("QPushButton:disabled, QToolButton:disabled { background: %1; color: %2; "
                       "border: %3px dashed %4; }")
            .arg(css(c.card), css(c.mutedText))
            .arg(border)
            .arg(css(c.mutedText)));
    // Menu buttons carry a visible arrow in their text; the style's tiny indicator is hidden.
    add(QStringLiteral("QPushButton::menu-indicator { image: none; width: 0px; }"));
    add(QStringLiteral("QProgressBar { background: %1; border: %2px solid %3; border-radius: 10px; "
                       "min-height: %4px; max-height: %4px; }")
            .arg(css(c.track))
            .arg(border)
            .arg(css(c.border))
            .arg(scaled(24)));
    add(QStringLiteral("QProgressBar::chunk { background: %1; border-radius: 7px; }")
            .arg(css(c.accent)));
    add(QStringLiteral(
            "QMenu { background: %1; color: %2; border: %3px solid %4; font-size: %5pt; }")
            .arg(css(c.card), css(c.text))
            .arg(border)
            .arg(css(c.border))
            .arg(pointSize(Role::Body), 0, 'f', 1));
    add(QStringLiteral("QMenu::item { padding: 12px 28px; min-height: 28px; }"));
    add(QStringLiteral("QMenu::item:selected { background: %1; color: %2; }")
            .arg(css(c.accent), css(c.accentText)));
    add(QStringLiteral("QMenu::item:disabled { color: %1; }").arg(css(c.mutedText)));
    add(QStringLiteral("QMessageBox, QDialog { background: %1; }").arg(css(c.card)));
    add(QStringLiteral("QMessageBox QLabel { font-size: %1pt; }")
            .arg(pointSize(Role::Body), 0, 'f', 1));
    add(QStringLiteral("QToolTip { background: %1; color: %2; border: 2px solid %3; }")
            .arg(css(c.card), css(c.text), css(c.border)));
    return sheet;
}

void Theme::apply() const {
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    // Fusion draws the same everywhere and honours palettes fully (high contrast needs that).
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }

    const Colors c = colors();
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.card);
    palette.setColor(QPalette::AlternateBase, c.window);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.buttonFace);
    palette.setColor(QPalette::ButtonText, c.buttonText);
    palette.setColor(QPalette::Highlight, c.accent);
    palette.setColor(QPalette::HighlightedText, c.accentText);
    palette.setColor(QPalette::ToolTipBase, c.card);
    palette.setColor(QPalette::ToolTipText, c.text);
    palette.setColor(QPalette::PlaceholderText, c.mutedText);
    palette.setColor(QPalette::Link, c.accent);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, c.mutedText);
    palette.setColor(QPalette::Disabled, QPalette::Text, c.mutedText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, c.mutedText);
    QApplication::setPalette(palette);
    QApplication::setFont(font(Role::Body));
    app->setStyleSheet(styleSheet());
}

void Theme::setRole(QWidget *widget, Role role) {
    widget->setProperty("role", QLatin1String(roleName(role)));
}

void Theme::setTone(QWidget *widget, const char *tone) {
    const QVariant value = tone ? QVariant(QLatin1String(tone)) : QVariant();
    if (widget->property("tone") == value)
        return;
    widget->setProperty("tone", value);
    // Dynamic properties only take effect in style sheets after a re-polish; a widget not
    // polished yet gets its first polish with the property already set.
    if (widget->testAttribute(Qt::WA_WState_Polished)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

double Theme::contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void Theme::update() {
    apply();
    qCDebug(lcUi) << "theme: text scale" << m_textScale << "high contrast" << m_highContrast;
    Q_EMIT changed();
}

} // namespace wristdoc
