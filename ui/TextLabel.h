#pragma once

#include <QFont>
#include <QLabel>
#include <QTextLayout>
#include <QVector>

namespace wristdoc {

// A QLabel for plain text that shapes its text once, until the text or the font changes, and
// answers every size hint, height-for-width and paint from that. QLabel lays the text out
// afresh for each of them (five to nine times for a word-wrapped label before its first
// paint), and so does QTextLayout for every new line width; on the dashboard that made text
// shaping a large share of the start-up. Here the text is shaped into the pieces a line may not
// break inside (a word and its trailing spaces), and breaking into lines for any width is
// arithmetic on their widths, with QLabel's rules. Rich text, images, right-to-left text and
// selectable text are left to QLabel itself.
class TextLabel : public QLabel {
    Q_OBJECT

public:
    explicit TextLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // A piece of text no line breaks inside, shaped as one line of m_layout.
    struct Piece {
        qreal width = 0;   // without trailing spaces
        qreal advance = 0; // with them: where the next piece starts
        qreal ascent = 0;
        qreal descent = 0;
        bool endsParagraph = false;
    };
    // Pieces [first, last] on one line, at y from the top of the text.
    struct Line {
        int first = 0;
        int last = 0;
        qreal width = 0;
        qreal ascent = 0;
        qreal y = 0;
    };

    bool handlesText() const;
    static QFont layoutFont(const QFont &font, const QString &text);
    void ensureShaped() const;
    // Lines of at most `width` px (unlimited when negative); sets the size of the block.
    QVector<Line> breakLines(int width, QSize *size) const;
    QSize textSize(int width) const;
    // Room around the text: contents margins (frame and style sheet padding), margin, indent.
    QSize extraSpace() const;

    mutable QTextLayout m_layout;
    mutable QVector<Piece> m_pieces;
    mutable QString m_text; // what m_layout holds
    mutable QFont m_font;
    mutable int m_flags = -1; // alignment and word wrap m_layout was set up for
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    // What the two hints above also depend on besides the text and the font.
    mutable QSize m_hintExtra;
    mutable QSize m_hintMinimum;
    mutable int m_hintMaximumWidth = -1;
};

} // namespace wristdoc
