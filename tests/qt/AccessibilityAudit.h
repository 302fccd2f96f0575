#pragma once

// Checks any screen can be put through, whatever its widgets: accessible names, touch-target
// sizes, text that does not fit its geometry, and the contrast of text against what is
// actually painted behind it. Each check walks the visible widget tree under a root and returns
// findings in words (empty when all is well), so a test can print every problem at once.

#include "Theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTextEdit>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <limits>

namespace wristdoc::a11y {

// "ClassName#objectName in parent#name", enough to find the widget in the sources.
inline QString describe(const QWidget *w) {
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    QString where = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        where += QLatin1Char('#') + w->objectName();
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            where += QStringLiteral(" in ") + p->objectName();
            break;
        }
    }
    if (!text.isEmpty())
        where += QStringLiteral(" \"%1\"").arg(text.simplified().left(40));
    return where + QStringLiteral(" %1x%2").arg(w->width()).arg(w->height());
}

// Shown on screen right now (not merely not hidden): the widget and its ancestors are visible.
inline bool isShown(const QWidget *w) {
    return w->isVisible() && w->width() > 0 && w->height() > 0;
}

// Scroll bars are left out of the control checks: a finger drags the page itself (QScroller)
// and the keyboard scrolls to the focused control, so they are a second way, not the only one.
inline bool isScrollBar(const QWidget *w) {
    return qobject_cast<const QScrollBar *>(w) != nullptr;
}

// Something a person operates: presses, types into, chooses from.
inline bool isInteractive(const QWidget *w) {
    if (isScrollBar(w))
        return false;
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
        qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
        qobject_cast<const QAbstractSlider *>(w))
        return true;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(w))
        return view->isEnabled();
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly();
    return false;
}

inline QList<QWidget *> shownControls(QWidget *root) {
    QList<QWidget *> controls;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (isShown(w) && isInteractive(w))
            controls << w;
    }
    return controls;
}

// The name assistive technology reads: the widget's accessible name, or what Qt derives from
// its text or its buddy label.
inline QString accessibleName(QWidget *w) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).simplified() : QString();
}

// Controls, keyed by where they are, with their accessible names.
inline QMap<QString, QString> controlNames(QWidget *root) {
    QMap<QString, QString> names;
    QHash<QString, int> seen;
    for (QWidget *w : shownControls(root)) {
        QString key =
            QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                key += QStringLiteral(" in ") + p->objectName();
                break;
            }
        }
        // Several rows of one kind (districts have names, watch rows do not): number them.
        const int n = seen[key]++;
        if (n > 0)
            key += QStringLiteral(" [%1]").arg(n);
        names.insert(key, accessibleName(w));
    }
    return names;
}

inline QStringList unnamedControls(QWidget *root) {
    QStringList unnamed;
    for (QWidget *w : shownControls(root)) {
        if (accessibleName(w).isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

inline bool hasHangul(const QString &s) {
    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    return s.contains(hangul);
}
// A Latin word of three letters or more: "OK" or "P" may stay, "Next" may not.
inline bool hasLatinWord(const QString &s) {
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return s.contains(word);
}

// Compares the names one screen state has in Korean and in English: a name that is text in
// one language must be text in the other. `fixed` lists controls named alike on purpose (a
// language's own name on the language chooser). Returns the controls that fail.
inline QStringList untranslatedNames(const QMap<QString, QString> &korean,
                                     const QMap<QString, QString> &english,
                                     const QSet<QString> &fixed) {
    QStringList problems;
    for (auto it = korean.cbegin(); it != korean.cend(); ++it) {
        const QString objectName =
            it.key().section(QLatin1Char('#'), 1).section(QLatin1Char(' '), 0, 0);
        if (fixed.contains(objectName))
            continue;
        const QString ko = it.value();
        const QString en = english.value(it.key());
        if (!english.contains(it.key())) {
            problems << QStringLiteral("%1: only shown in Korean").arg(it.key());
            continue;
        }
        if (hasLatinWord(ko) && !hasHangul(ko))
            problems << QStringLiteral("%1: Korean name is \"%2\"").arg(it.key(), ko);
        else if (hasHangul(en) && !hasLatinWord(en))
            problems << QStringLiteral("%1: English name is \"%2\"").arg(it.key(), en);
        else if (ko == en && (hasLatinWord(ko) || hasHangul(ko)))
            problems << QStringLiteral("%1: same name \"%2\" in both languages").arg(it.key(), ko);
    }
    return problems;
}

struct TargetReport {
    QStringList small;
    int checked = 0;
    int smallestSide = std::numeric_limits<int>::max();
    QString smallest;
};

// Every shown control at least `minimum` px wide and high.
inline TargetReport touchTargets(QWidget *root, int minimum = Theme::MinTouchTarget) {
    TargetReport report;
    for (QWidget *w : shownControls(root)) {
        ++report.checked;
        const int side = std::min(w->width(), w->height());
        if (side < report.smallestSide) {
            report.smallestSide = side;
            report.smallest = describe(w);
        }
        if (w->width() < minimum || w->height() < minimum)
            report.small << describe(w);
    }
    return report;
}

// The widget's rect lies inside every ancestor up to the window; inside a scroll area's
// viewport only sideways (the page scrolls down, never sideways).
inline bool insideAncestors(const QWidget *w, const QWidget *root) {
    QRect r = w->rect();
    const QWidget *child = w;
    for (const QWidget *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        r.translate(child->pos());
        const bool viewport =
            qobject_cast<const QAbstractScrollArea *>(p->parentWidget()) &&
            static_cast<const QAbstractScrollArea *>(p->parentWidget())->viewport() == p;
        if (viewport) {
            if (r.left() < 0 || r.right() > p->width() - 1)
                return false;
            // The page itself fits sideways; whatever is within it was checked above.
            return true;
        }
        if (!p->rect().contains(r))
            return false;
        if (p == root)
            break;
    }
    return true;
}

// Text that does not fit: a label's wrapped height (or one-line size), a button's size hint
// (or height for its width), larger than the geometry it got, or a geometry outside its parent.
inline QStringList clippedTexts(QWidget *root, int *checked = nullptr) {
    QStringList clipped;
    int count = 0;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!isShown(w))
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        if (label && label->text().isEmpty())
            continue;
        if (button && button->text().isEmpty())
            continue;
        if (!label && !button)
            continue;
        ++count;
        QSize needed;
        if (label && label->wordWrap())
            needed = QSize(0, label->heightForWidth(label->width()));
        else if (w->hasHeightForWidth())
            needed = QSize(0, w->heightForWidth(w->width()));
        else
            needed = w->sizeHint();
        const bool fits = needed.width() <= w->width() && needed.height() <= w->height() &&
                          insideAncestors(w, root);
        if (!fits)
            clipped << describe(w) +
                           QStringLiteral(" needs %1x%2").arg(needed.width()).arg(needed.height());
    }
    if (checked)
        *checked = count;
    return clipped;
}

// --- contrast ---------------------------------------------------------------------------

struct ContrastPair {
    QString what;
    QColor text;
    QColor background;
    double ratio = 0;
};

// The colour most pixels of `area` have: the surface text sits on (text covers far less).
inline QColor dominantColor(const QImage &image, const QRect &area) {
    QHash<QRgb, int> counts;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return QColor::fromRgb(best);
}

// Whatever paints a widget's surroundings in full: a scroll area's page (painted whole, also
// where it is scrolled out of view) or the window.
inline QWidget *paintRoot(QWidget *w) {
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        QWidget *viewport = p->parentWidget();
        if (auto *scroll =
                qobject_cast<QScrollArea *>(viewport ? viewport->parentWidget() : nullptr)) {
            if (scroll->widget() == p)
                return p;
        }
        if (p->isWindow())
            return p;
    }
    return w->window();
}

// The text colour a widget paints with, as its (style-sheet polished) palette says.
inline QColor textColor(const QWidget *w) {
    const QPalette::ColorGroup group = w->isEnabled() ? QPalette::Active : QPalette::Disabled;
    QPalette::ColorRole role = w->foregroundRole();
    if (qobject_cast<const QLineEdit *>(w))
        role = QPalette::Text;
    else if (qobject_cast<const QAbstractButton *>(w) && !qobject_cast<const QLabel *>(w))
        role = QPalette::ButtonText;
    return w->palette().color(group, role);
}

// The colour the text is painted in. Usually the palette's, and then pixels of exactly that
// colour are found in the text's strokes; a state a style sheet colours by itself (a checked
// or pressed button) paints another, and then the painted colour that differs most from the
// background is taken (the cores of the strokes, not their smoothed edges).
inline QColor paintedTextColor(const QImage &image, const QRect &area, const QColor &expected,
                               const QColor &background) {
    const QRect r = area.intersected(image.rect());
    const QRgb wanted = expected.rgb() | 0xff000000u;
    QRgb strongest = background.rgb();
    double strongestRatio = 1.0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb pixel = line[x] | 0xff000000u;
            // Text in the background's own colour would be invisible: that is the surface.
            if (pixel == wanted && expected != background)
                return expected;
            const double ratio = Theme::contrastRatio(QColor::fromRgb(pixel), background);
            if (ratio > strongestRatio) {
                strongestRatio = ratio;
                strongest = pixel;
            }
        }
    }
    return QColor::fromRgb(strongest);
}

// Every shown text on the screen against the colour actually painted around it: labels,
// buttons that draw their own text, text fields with text. Widgets rendered once per root.
inline QList<ContrastPair> renderedTextPairs(QWidget *root) {
    QList<ContrastPair> pairs;
    QHash<QWidget *, QImage> grabs;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!isShown(w))
            continue;
        bool hasText = false;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            hasText = !label->text().isEmpty() && label->pixmap().isNull();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            // Cards and rows draw their text with child labels, checked on their own.
            hasText = !button->text().isEmpty() &&
                      (w->inherits("QPushButton") || w->inherits("QToolButton") ||
                       w->inherits("QCheckBox") || w->inherits("QRadioButton"));
        else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            hasText = !edit->text().isEmpty();
        if (!hasText)
            continue;
        w->ensurePolished();
        QWidget *paintedBy = paintRoot(w);
        if (!grabs.contains(paintedBy))
            grabs.insert(paintedBy,
                         paintedBy->grab().toImage().convertToFormat(QImage::Format_ARGB32));
        const QImage &image = grabs[paintedBy];
        // The grab is in device pixels; offscreen they equal logical ones.
        const QRect area(w->mapTo(paintedBy, QPoint(0, 0)), w->size());
        ContrastPair pair;
        pair.what = describe(w);
        pair.background = dominantColor(image, area);
        // Inside a control's border: the border is not text.
        const int inset = qobject_cast<const QLabel *>(w) ? 0 : 6;
        pair.text = paintedTextColor(image, area.adjusted(inset, inset, -inset, -inset),
                                     textColor(w), pair.background);
        pair.ratio = Theme::contrastRatio(pair.text, pair.background);
        pairs << pair;
    }
    return pairs;
}

// Pairs a style sheet names: a rule with both a colour and a background is one pair; a rule
// with only a colour is paired with each surface text sits on (window and card).
inline QList<ContrastPair> styleSheetPairs(const QString &sheet, const QList<QColor> &surfaces) {
    QList<ContrastPair> pairs;
    static const QRegularExpression rule(QStringLiteral("([^{}]+)\\{([^}]*)\\}"));
    static const QRegularExpression color(QStringLiteral("(?:^|;|\\s)color:\\s*(#[0-9a-fA-F]{6})"));
    static const QRegularExpression background(
        QStringLiteral("background(?:-color)?:\\s*(#[0-9a-fA-F]{6})"));
    auto it = rule.globalMatch(sheet);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString selector = m.captured(1).simplified();
        const QString body = m.captured(2);
        const auto c = color.match(body);
        if (!c.hasMatch())
            continue;
        const QColor text(c.captured(1));
        const auto b = background.match(body);
        const QList<QColor> backgrounds =
            b.hasMatch() ? QList<QColor>{QColor(b.captured(1))} : surfaces;
        for (const QColor &bg : backgrounds) {
            ContrastPair pair;
            pair.what = selector;
            pair.text = text;
            pair.background = bg;
            pair.ratio = Theme::contrastRatio(text, bg);
            pairs << pair;
        }
    }
    return pairs;
}

inline QString describe(const ContrastPair &p) {
    return QStringLiteral("%1: %2 on %3 = %4:1")
        .arg(p.what, p.text.name(), p.background.name())
        .arg(p.ratio, 0, 'f', 2);
}

inline const ContrastPair *lowest(const QList<ContrastPair> &pairs) {
    const auto it = std::min_element(
        pairs.cbegin(), pairs.cend(),
        [](const ContrastPair &a, const ContrastPair &b) { return a.ratio < b.ratio; });
    return it == pairs.cend() ? nullptr : &*it;
}

inline QStringList belowRatio(const QList<ContrastPair> &pairs, double minimum) {
    QStringList low;
    for (const ContrastPair &p : pairs) {
        if (p.ratio < minimum)
            low << describe(p);
    }
    return low;
}

} // namespace wristdoc::a11y
