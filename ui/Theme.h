#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QString>

class QWidget;

namespace wristdoc {

// Text size (100-200 %) and colours for the whole application. The theme applies itself to the
// running QApplication (font, palette, style sheet) on construction and on every change, then
// emits changed() so widgets Qt does not restyle on its own (charts) can follow.
class Theme : public QObject {
    Q_OBJECT

public:
    static constexpr int MinTextScale = 100;
    static constexpr int MaxTextScale = 200;
    static constexpr int TextScaleStep = 25;
    static constexpr qreal BasePointSize = 16.0; // body text at 100 %
    static constexpr int MinTouchTarget = 44;    // px, every clickable control at 100 %

    // Kinds of text, set on labels with setRole(); the style sheet sizes them.
    enum class Role { Body, Caption, Title, Heading, Large, Huge, Badge, Warning };
    Q_ENUM(Role)

    struct Colors {
        QColor window;      // page background
        QColor card;        // card background
        QColor text;        // body text on window and card
        QColor mutedText;   // captions on card
        QColor border;      // card and control borders
        QColor accent;      // progress, bars, focus
        QColor accentText;  // text on an accent background
        QColor buttonFace;  // button background
        QColor buttonText;  // text on buttons
        QColor success;     // "goal reached" text on card
        QColor track;       // empty part of progress bars
        QColor barPast;     // week chart: earlier days
        QColor barPastEdge; // their outline (high contrast draws hollow bars)
        QColor barToday;    // week chart: today
        QColor goalLine;    // goal line in the week chart
        QColor chartLine;   // heart-rate line
        QColor gridLine;    // chart grid
        QColor badge;       // demo-data badge background
        QColor badgeText;   // text on the badge
        QColor warning;     // storage-error banner background
        QColor warningText; // text on the banner
    };

    explicit Theme(QObject *parent = nullptr);

    int textScalePercent() const { return m_textScale; }
    // Clamped to 100-200 and rounded to the nearest 25 % step.
    void setTextScalePercent(int percent);
    bool canIncreaseTextScale() const { return m_textScale < MaxTextScale; }
    bool canDecreaseTextScale() const { return m_textScale > MinTextScale; }
    void increaseTextScale();
    void decreaseTextScale();

    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    Colors colors() const { return m_highContrast ? highContrastColors() : normalColors(); }
    static Colors normalColors();
    static Colors highContrastColors();

    // First installed family of NanumBarunGothic, NanumGothic, Noto Sans CJK KR, then the default.
    QString fontFamily() const { return m_fontFamily; }
    qreal pointSize(Role role) const;
    // Unhinted, and (with a Korean family found) without fallback fonts: text from outside
    // the application, such as a watch's name, belongs in a TextLabel, which falls back itself.
    QFont font(Role role) const;
    // Pixels scaled with the text size, for chart heights and card widths.
    int scaled(int px) const { return px * m_textScale / 100; }

    QString styleSheet() const;
    // Applies font, palette and style sheet to the running QApplication (if any).
    void apply() const;

    static void setRole(QWidget *widget, Role role);
    // A colour variant within a role, e.g. "success"; nullptr clears it.
    static void setTone(QWidget *widget, const char *tone);
    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

Q_SIGNALS:
    void changed();

private:
    void update();

    int m_textScale = MinTextScale;
    bool m_highContrast = false;
    QString m_fontFamily;
};

} // namespace wristdoc
