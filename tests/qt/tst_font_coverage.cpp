#include "Formatter.h"
#include "LanguageController.h"
#include "Theme.h"

#include <QFile>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace wristdoc;

namespace {

// Every source text, translation and plural form in a .ts file.
QStringList tsTexts(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("source") || name == QLatin1String("numerusform"))
            texts << xml.readElementText();
        else if (name == QLatin1String("translation") &&
                 xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

} // namespace

// The theme's fonts do not fall back to other fonts (each fallback is another font engine to
// load at start-up), so every character the application itself shows must be in the Korean
// font: a missing one would show as an empty box.
class TestFontCoverage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Theme> m_theme;

    void verifyCovered(const QStringList &texts, const char *what) {
        for (const Theme::Role role : {Theme::Role::Body, Theme::Role::Title}) {
            const QFontMetricsF metrics(m_theme->font(role));
            for (const QString &text : texts) {
                for (const char32_t c : text.toUcs4()) {
                    if (c == '\n' || c == '\t')
                        continue;
                    QVERIFY2(metrics.inFontUcs4(c),
                             qPrintable(QStringLiteral("%1: U+%2 in \"%3\"")
                                            .arg(QLatin1String(what))
                                            .arg(uint(c), 4, 16, QLatin1Char('0'))
                                            .arg(text)));
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase() {
        m_theme = std::make_unique<Theme>();
        // fonts-nanum is a build dependency; without it the theme falls back to merging fonts.
        QVERIFY(m_theme->font(Theme::Role::Body).styleStrategy() & QFont::NoFontMerging);
    }

    void cleanupTestCase() { m_theme.reset(); }

    void everyTranslatedTextIsInTheFont() {
        for (const char *file : {"wristdoc_ko.ts", "wristdoc_en.ts"}) {
            const QStringList texts =
                tsTexts(QStringLiteral(WRISTDOC_TRANSLATIONS_DIR "/") + QLatin1String(file));
            QVERIFY(texts.size() > 100);
            verifyCovered(texts, file);
        }
    }

    void numbersDatesAndTimesAreInTheFont() {
        for (const auto language :
             {LanguageController::Language::Korean, LanguageController::Language::English}) {
            const Formatter f(LanguageController::localeFor(language),
                              QTimeZone(QByteArrayLiteral("Asia/Seoul")));
            QStringList texts;
            const QDate first(2026, 1, 5);
            for (int day = 0; day < 7; ++day) {
                texts << f.longDate(first.addDays(day)) << f.shortWeekday(first.addDays(day));
            }
            for (int month = 1; month <= 12; ++month)
                texts << f.monthDay(QDate(2026, month, 1));
            const QDateTime utc(first, QTime(0, 0), QTimeZone::utc());
            for (int hour = 0; hour < 24; hour += 5)
                texts << f.moment(utc.addSecs(hour * 3600), first.addDays(1));
            texts << f.number(1234567) << f.steps(12345) << f.points(-400) << f.percent(154)
                  << f.bpm(62) << LanguageController::nativeName(language);
            verifyCovered(texts, "formatter");
        }
        // The text-size buttons and the settings menu's arrow.
        verifyCovered({QStringLiteral("\uFF0D\uFF0B\u25BC\u2026")}, "symbols");
    }
};

QTEST_MAIN(TestFontCoverage)
#include "tst_font_coverage.moc"
