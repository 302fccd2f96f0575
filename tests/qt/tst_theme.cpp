#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace wristdoc;

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textScaleIsClampedAndStepped() {
        Theme theme;
        QCOMPARE(theme.textScalePercent(), 100);
        QSignalSpy spy(&theme, &Theme::changed);
        theme.setTextScalePercent(160);
        QCOMPARE(theme.textScalePercent(), 150);
        theme.setTextScalePercent(163);
        QCOMPARE(theme.textScalePercent(), 175);
        theme.setTextScalePercent(500);
        QCOMPARE(theme.textScalePercent(), 200);
        QVERIFY(!theme.canIncreaseTextScale());
        theme.increaseTextScale();
        QCOMPARE(theme.textScalePercent(), 200);
        theme.setTextScalePercent(10);
        QCOMPARE(theme.textScalePercent(), 100);
        QVERIFY(!theme.canDecreaseTextScale());
        theme.decreaseTextScale();
        QCOMPARE(theme.textScalePercent(), 100);
        // 150, 175, 200, 100: unchanged values do not signal.
        QCOMPARE(spy.count(), 4);
    }

    void fontsFollowTheScaleAndPreferAKoreanFamily() {
        Theme theme;
        QCOMPARE(theme.pointSize(Theme::Role::Body), 16.0);
        QCOMPARE(QApplication::font().pointSizeF(), 16.0);
        theme.setTextScalePercent(200);
        QCOMPARE(theme.pointSize(Theme::Role::Body), 32.0);
        QCOMPARE(QApplication::font().pointSizeF(), 32.0);
        QVERIFY(theme.pointSize(Theme::Role::Huge) > 3 * theme.pointSize(Theme::Role::Body));
        // fonts-nanum is a build dependency; without it the theme would fall back silently.
        QVERIFY2(theme.fontFamily().startsWith(QStringLiteral("Nanum")),
                 qPrintable(theme.fontFamily()));
        QCOMPARE(QApplication::font().family(), theme.fontFamily());
        QVERIFY(theme.styleSheet().contains(QStringLiteral("font-size: 112.0pt")));
    }

    void everyTextColourMeetsContrastInBothThemes_data() {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("normal") << false;
        QTest::newRow("high contrast") << true;
    }

    void everyTextColourMeetsContrastInBothThemes() {
        QFETCH(bool, highContrast);
        const Theme::Colors c = highContrast ? Theme::highContrastColors() : Theme::normalColors();
        const double minimum = highContrast ? 7.0 : 4.5;
        const struct {
            const char *what;
            QColor fg;
            QColor bg;
        } pairs[] = {
            {"text on window", c.text, c.window},     {"text on card", c.text, c.card},
            {"caption on card", c.mutedText, c.card}, {"caption on window", c.mutedText, c.window},
            {"button", c.buttonText, c.buttonFace},   {"checked button", c.accentText, c.accent},
            {"success", c.success, c.card},           {"badge", c.badgeText, c.badge},
            {"warning", c.warningText, c.warning},    {"disabled", c.mutedText, c.card},
            {"app name", c.accent, c.window},
        };
        for (const auto &p : pairs) {
            const double ratio = Theme::contrastRatio(p.fg, p.bg);
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2").arg(p.what).arg(ratio)));
        }
        // Graphics (progress, bars, chart lines) need 3:1 against what they sit on.
        QVERIFY(Theme::contrastRatio(c.accent, c.track) >= 3.0);
        QVERIFY(Theme::contrastRatio(c.accent, c.card) >= 3.0);
        QVERIFY(Theme::contrastRatio(c.chartLine, c.card) >= 3.0);
        QVERIFY(Theme::contrastRatio(c.goalLine, c.card) >= 3.0);
        QVERIFY(Theme::contrastRatio(c.barPastEdge, c.card) >= 3.0);
        QVERIFY(Theme::contrastRatio(c.barToday, c.card) >= 3.0);
        // Today's bar stands out from the other days by more than hue.
        QVERIFY(Theme::contrastRatio(c.barToday, c.barPast) >= 3.0);
    }

    void contrastRatioMatchesWcagReferenceValues() {
        QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(Theme::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the well-known 4.54:1 minimum grey.
        QCOMPARE(qRound(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void highContrastChangesTheApplicationAndWidgetPalettes() {
        Theme theme;
        QLabel label(QStringLiteral("text"));
        Theme::setRole(&label, Theme::Role::Body);
        label.ensurePolished();
        const QColor normalWindow = QApplication::palette().color(QPalette::Window);
        const QColor normalText = label.palette().color(label.foregroundRole());
        QCOMPARE(normalWindow, Theme::normalColors().window);
        QCOMPARE(normalText, Theme::normalColors().text);

        QSignalSpy spy(&theme, &Theme::changed);
        theme.setHighContrast(true);
        QCOMPARE(spy.count(), 1);
        QCoreApplication::processEvents();
        label.ensurePolished();
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(label.palette().color(label.foregroundRole()), QColor(Qt::white));
        QVERIFY(theme.styleSheet().contains(QStringLiteral("#ffd400")));

        theme.setHighContrast(false);
        QCoreApplication::processEvents();
        label.ensurePolished();
        QCOMPARE(QApplication::palette().color(QPalette::Window), normalWindow);
        QCOMPARE(label.palette().color(label.foregroundRole()), normalText);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
