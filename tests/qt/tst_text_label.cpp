#include "TextLabel.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QtTest>

using namespace wristdoc;

namespace {

// Bounding box of the pixels that differ clearly from the background at (0, 0).
QRect inkBounds(const QImage &image) {
    const QColor background = image.pixelColor(0, 0);
    QRect bounds;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int distance = qAbs(c.red() - background.red()) +
                                 qAbs(c.green() - background.green()) +
                                 qAbs(c.blue() - background.blue());
            if (distance > 120)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

QImage render(QWidget &widget) {
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    widget.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void prepare(QLabel *label, Theme::Role role, bool wrap, const QString &text) {
    Theme::setRole(label, role);
    label->setWordWrap(wrap);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->ensurePolished();
}

} // namespace

// TextLabel shapes once and answers every size question itself; it must answer exactly as
// QLabel does, so that layouts (and the no-clipping checks) are unchanged, and paint what it
// measured.
class TestTextLabel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Theme> m_theme;

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<Theme>(); }
    void cleanupTestCase() { m_theme.reset(); }

    void sizesAreQLabels_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("wrap");
        QTest::addColumn<QString>("text");
        const QStringList texts = {
            QStringLiteral("적립 예정 포인트는 이 기기에서 계산한 것이에요. 서버에서 확인하면 "
                           "적립이 확정돼요."),
            QStringLiteral("Pending points are counted on this computer and become confirmed "
                           "when the programme checks them."),
            QStringLiteral("3,073보"),
            QStringLiteral("목표 8,000보"),
            QStringLiteral("200\u00A0P, two lines\nand a second, longer line of text"),
            QString(),
        };
        for (const Theme::Role role :
             {Theme::Role::Body, Theme::Role::Title, Theme::Role::Large, Theme::Role::Huge}) {
            for (const bool wrap : {false, true}) {
                for (int i = 0; i < texts.size(); ++i) {
                    const QByteArray name = QByteArray::number(int(role)) +
                                            (wrap ? "-wrap-" : "-line-") + QByteArray::number(i);
                    QTest::newRow(name.constData()) << int(role) << wrap << texts.at(i);
                }
            }
        }
    }

    void sizesAreQLabels() {
        QFETCH(int, role);
        QFETCH(bool, wrap);
        QFETCH(QString, text);
        QLabel reference;
        TextLabel label;
        prepare(&reference, Theme::Role(role), wrap, text);
        prepare(&label, Theme::Role(role), wrap, text);
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
        for (const int width : {0, 90, 200, 333, 480, 1000})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }

    void followsTextFontAndMargins() {
        TextLabel label;
        prepare(&label, Theme::Role::Body, true, QStringLiteral("short"));
        const QSize small = label.sizeHint();
        label.setText(QStringLiteral("a much longer text than before"));
        QVERIFY(label.sizeHint().width() > small.width());
        Theme::setRole(&label, Theme::Role::Huge);
        label.style()->unpolish(&label);
        label.style()->polish(&label);
        QVERIFY(label.sizeHint().height() > 2 * small.height());
        const QSize hint = label.sizeHint();
        label.setContentsMargins(10, 20, 30, 40);
        QCOMPARE(label.sizeHint(), hint + QSize(40, 60));
    }

    void paintsWhatItMeasures() {
        TextLabel label;
        prepare(&label, Theme::Role::Large, true,
                QStringLiteral("목표까지 4,927보 남았어요. 달성하면 200 P가 적립돼요."));
        const int width = 260;
        label.resize(width, label.heightForWidth(width));
        const QRect ink = inkBounds(render(label));
        QVERIFY(ink.isValid());
        // Wrapped onto several lines, all inside the height it asked for.
        const int lineHeight = QFontMetrics(label.font()).height();
        QVERIFY2(ink.height() > 2 * lineHeight, qPrintable(QString::number(ink.height())));
        QVERIFY(label.rect().contains(ink));
        QVERIFY(ink.bottom() >= label.height() - lineHeight);
    }

    void alignsLikeQLabel() {
        TextLabel label;
        prepare(&label, Theme::Role::Title, false, QStringLiteral("38%"));
        label.resize(300, label.sizeHint().height());
        const QRect left = inkBounds(render(label));
        label.setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QRect right = inkBounds(render(label));
        label.setAlignment(Qt::AlignCenter);
        const QRect centre = inkBounds(render(label));
        QVERIFY(left.left() < 10);
        QVERIFY(right.right() > 290);
        QVERIFY(qAbs(centre.center().x() - 150) <= 3);
        QCOMPARE(right.width(), left.width());
    }

    void usesThePalettesTextColour() {
        TextLabel label;
        prepare(&label, Theme::Role::Huge, false, QStringLiteral("88"));
        QPalette palette = label.palette();
        palette.setColor(label.foregroundRole(), QColor(0xC0, 0x10, 0x10));
        label.setPalette(palette);
        label.resize(label.sizeHint());
        const QImage image = render(label);
        const QRect ink = inkBounds(image);
        QVERIFY(ink.isValid());
        bool found = false;
        for (int y = ink.top(); y <= ink.bottom() && !found; ++y) {
            for (int x = ink.left(); x <= ink.right() && !found; ++x)
                found = image.pixelColor(x, y) == QColor(0xC0, 0x10, 0x10);
        }
        QVERIFY(found);
    }

    void selectableTextIsLeftToQLabel() {
        QLabel reference;
        TextLabel label;
        for (QLabel *l : {&reference, static_cast<QLabel *>(&label)}) {
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            prepare(l, Theme::Role::Body, true, QStringLiteral("오늘 걸음 5,538보"));
        }
        QCOMPARE(label.sizeHint(), reference.sizeHint());
        QCOMPARE(label.heightForWidth(120), reference.heightForWidth(120));
    }

    void fallsBackForACharacterTheFontLacks() {
        // The theme's fonts do not merge in other fonts; a label showing foreign text does.
        QVERIFY(m_theme->font(Theme::Role::Body).styleStrategy() & QFont::NoFontMerging);
        const QString text = QStringLiteral("Watch \u2713 \u0915");
        QVERIFY(!QFontMetrics(m_theme->font(Theme::Role::Body)).inFontUcs4(0x2713));
        TextLabel label;
        prepare(&label, Theme::Role::Body, false, text);
        QLabel merging;
        prepare(&merging, Theme::Role::Body, false, text);
        QFont font = merging.font();
        font.setStyleStrategy(QFont::PreferDefault);
        merging.setFont(font);
        QCOMPARE(label.sizeHint(), merging.sizeHint());
    }
};

QTEST_MAIN(TestTextLabel)
#include "tst_text_label.moc"
