#include "TextLabel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOption>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

// As wide as a line may get when the text does not wrap (QLabel's own limit).
constexpr int kUnlimited = 0x01000000;
constexpr int kWrapFlag = 0x10000000;

} // namespace

TextLabel::TextLabel(QWidget *parent)
    : QLabel(parent) {
    // Keep the shaped glyphs after the layout; QTextLayout drops them by default.
    m_layout.setCacheEnabled(true);
}

bool TextLabel::handlesText() const {
    // What QLabel draws through a text document, as an image, or right to left stays with it.
    if (textFormat() == Qt::RichText || buddy())
        return false;
    if (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard))
        return false;
    if (!pixmap().isNull() || !picture().isNull() || movie())
        return false;
    const QString current = text();
    // QLabel sizes an empty label in its own way (no height for width); so does this one.
    if (current.isEmpty() || current.isRightToLeft())
        return false;
    return textFormat() == Qt::PlainText || !Qt::mightBeRichText(current);
}

void TextLabel::ensureShaped() const {
    const QString current = text();
    const QFont currentFont = font();
    const int flags = int(alignment()) | (wordWrap() ? kWrapFlag : 0);
    if (flags == m_flags && currentFont == m_font && current == m_text)
        return;
    m_text = current;
    m_font = currentFont;
    m_flags = flags;
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();

    // As QLabel shows plain text: a newline starts a new line.
    QString display = current;
    display.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout.setText(display);
    m_layout.setFont(layoutFont(currentFont, display));
    // Laid out at width 0, every line of m_layout is one piece no line may break inside: the
    // line breaks Qt itself would choose, from one shaping. Pieces are aligned here, not by
    // QTextLayout.
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(wordWrap() ? QTextOption::WordWrap : QTextOption::ManualWrap);
    option.setTextDirection(Qt::LeftToRight);
    m_layout.setTextOption(option);

    const QFontMetricsF metrics(m_layout.font());
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    m_pieces.clear();
    m_layout.beginLayout();
    for (;;) {
        QTextLine line = m_layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(wordWrap() ? 0 : kUnlimited);
        line.setPosition(QPointF(0, 0));
        const int start = line.textStart();
        const int end = start + line.textLength();
        Piece piece;
        piece.width = line.naturalTextWidth(); // without trailing spaces
        piece.advance = piece.width;
        for (int i = end; i > start; --i) {
            const QChar c = display.at(i - 1);
            if (!c.isSpace() || c == QChar::LineSeparator)
                break;
            piece.advance += c == QLatin1Char(' ') ? space : metrics.horizontalAdvance(c);
        }
        piece.ascent = line.ascent();
        piece.descent = line.descent();
        piece.endsParagraph = !wordWrap() || end >= display.size() ||
                              (end > start && display.at(end - 1) == QChar::LineSeparator);
        m_pieces.append(piece);
    }
    m_layout.endLayout();
}

QFont TextLabel::layoutFont(const QFont &font, const QString &text) {
    // The theme's fonts do not fall back to other fonts (every font engine loaded is start-up
    // time); text from elsewhere, a watch's name say, may hold a character the font lacks, and
    // then this label alone lays out with fallback fonts rather than show an empty box.
    if (!(font.styleStrategy() & QFont::NoFontMerging))
        return font;
    const QFontMetricsF metrics(font);
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control)
            continue;
        if (!metrics.inFontUcs4(c)) {
            QFont merging = font;
            merging.setStyleStrategy(
                QFont::StyleStrategy(font.styleStrategy() & ~QFont::NoFontMerging));
            return merging;
        }
    }
    return font;
}

QVector<TextLabel::Line> TextLabel::breakLines(int width, QSize *size) const {
    // QLabel's rules: a line takes pieces while the text (without trailing spaces) fits, and
    // at least one piece; lines are stacked with the font's leading between them, each on a
    // whole pixel, as QPainter::drawText stacks them.
    const bool limited = width >= 0 && wordWrap();
    const qreal leading = QFontMetricsF(m_layout.font()).leading();
    QVector<Line> lines;
    qreal y = 0;
    qreal widest = 0;
    int next = 0;
    while (next < m_pieces.size()) {
        Line line;
        line.first = next;
        qreal x = 0;
        qreal descent = 0;
        for (;;) {
            const Piece &piece = m_pieces.at(next);
            if (next > line.first && limited && x + piece.width > width)
                break;
            line.width = x + piece.width;
            x += piece.advance;
            line.ascent = std::max(line.ascent, piece.ascent);
            descent = std::max(descent, piece.descent);
            ++next;
            if (piece.endsParagraph || next == m_pieces.size())
                break;
        }
        line.last = next - 1;
        if (!lines.isEmpty())
            y += leading;
        y = std::ceil(y);
        line.y = y;
        y += std::ceil(line.ascent + descent);
        widest = std::max(widest, line.width);
        lines.append(line);
    }
    if (size)
        *size = QSize(int(std::ceil(widest)), int(std::ceil(y)));
    return lines;
}

QSize TextLabel::textSize(int width) const {
    QSize size;
    breakLines(width, &size);
    return size;
}

QSize TextLabel::extraSpace() const {
    const QMargins cm = contentsMargins();
    int horizontal = 2 * margin() + cm.left() + cm.right();
    int vertical = 2 * margin() + cm.top() + cm.bottom();
    // QLabel indents framed text by the width of an "x" when no indent is set.
    int m = indent();
    if (m < 0 && frameWidth())
        m = fontMetrics().horizontalAdvance(QLatin1Char('x')) - margin() * 2;
    if (m > 0) {
        const Qt::Alignment align = alignment();
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            horizontal += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vertical += m;
    }
    return QSize(horizontal, vertical);
}

// QLabel's size rules: a wrapping label without a width tries 80 average characters, then half
// and a quarter of that while the text stays short.
QSize TextLabel::sizeHint() const {
    if (!handlesText())
        return QLabel::sizeHint();
    ensurePolished();
    ensureShaped();
    const QSize extra = extraSpace();
    if (m_sizeHint.isValid() && extra == m_hintExtra && minimumSize() == m_hintMinimum &&
        maximumWidth() == m_hintMaximumWidth)
        return m_sizeHint;
    m_hintExtra = extra;
    m_hintMinimum = minimumSize();
    m_hintMaximumWidth = maximumWidth();
    m_minimumSizeHint = QSize();
    QSize content;
    if (minimumWidth() > 0 && wordWrap()) {
        content = textSize(std::max(0, minimumWidth() - extra.width()));
    } else if (wordWrap()) {
        const QFontMetrics fm(m_layout.font());
        const int w = std::min(fm.averageCharWidth() * 80, maximumWidth()) - extra.width();
        content = textSize(std::max(0, w));
        if (content.height() < 4 * fm.lineSpacing() && content.width() > w / 2)
            content = textSize(std::max(0, w / 2));
        if (content.height() < 2 * fm.lineSpacing() && content.width() > w / 4)
            content = textSize(std::max(0, w / 4));
    } else {
        content = textSize(-1);
    }
    m_sizeHint = (content + extra).expandedTo(minimumSize());
    return m_sizeHint;
}

QSize TextLabel::minimumSizeHint() const {
    if (!handlesText())
        return QLabel::minimumSizeHint();
    const QSize hint = sizeHint(); // polishes and shapes
    if (m_minimumSizeHint.isValid())
        return m_minimumSizeHint;
    const QSize extra = extraSpace();
    // As narrow as the widest piece, as low as one line (or the hint, if that is lower).
    const int oneLine = (textSize(-1) + extra).expandedTo(minimumSize()).height();
    const int narrowest =
        (textSize(wordWrap() ? std::max(0, minimumWidth() - extra.width()) : -1) + extra)
            .expandedTo(minimumSize())
            .width();
    m_minimumSizeHint = QSize(narrowest, std::min(oneLine, hint.height()));
    return m_minimumSizeHint;
}

int TextLabel::heightForWidth(int width) const {
    if (!handlesText())
        return QLabel::heightForWidth(width);
    ensurePolished();
    ensureShaped();
    const QSize extra = extraSpace();
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const QSize content = textSize(wordWrap() ? std::max(0, width - extra.width()) : -1);
    return std::max(content.height() + extra.height(), minimumHeight());
}

void TextLabel::paintEvent(QPaintEvent *event) {
    if (!handlesText()) {
        QLabel::paintEvent(event);
        return;
    }
    ensureShaped();
    QPainter painter(this);
    drawFrame(&painter);

    // The text's rectangle as QLabel computes it: contents, margin, half an indent.
    QRect r = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const Qt::Alignment align = alignment();
    int m = indent();
    if (m < 0 && frameWidth())
        m = fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 - margin();
    if (m > 0) {
        if (align & Qt::AlignLeft)
            r.setLeft(r.left() + m);
        if (align & Qt::AlignRight)
            r.setRight(r.right() - m);
        if (align & Qt::AlignTop)
            r.setTop(r.top() + m);
        if (align & Qt::AlignBottom)
            r.setBottom(r.bottom() - m);
    }

    QSize block;
    const QVector<Line> lines = breakLines(std::max(0, r.width()), &block);
    int top = r.top();
    if (align & Qt::AlignBottom)
        top = r.bottom() + 1 - block.height();
    else if (align & Qt::AlignVCenter)
        top = r.top() + (r.height() - block.height()) / 2;

    QStyleOption option;
    option.initFrom(this);
    painter.setPen(option.palette.color(foregroundRole()));
    for (const Line &line : lines) {
        qreal x = r.left();
        if (align & Qt::AlignRight)
            x = r.right() + 1 - line.width;
        else if (align & Qt::AlignHCenter)
            x = r.left() + (r.width() - line.width) / 2;
        x = std::round(x);
        for (int i = line.first; i <= line.last; ++i) {
            const Piece &piece = m_pieces.at(i);
            m_layout.lineAt(i).draw(&painter,
                                    QPointF(x, top + line.y + line.ascent - piece.ascent));
            x += piece.advance;
        }
    }
}

} // namespace wristdoc
